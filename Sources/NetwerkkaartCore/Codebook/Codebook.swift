/// The fields and allowed values for recording school partnerships, from the literature on
/// collective learning with external professionals: Gehre's positional roles (in Suijs, 1999),
/// the 5W1H of a partnership (when: frequency, duration, follow-up; where: face-to-face or
/// online; how: formality and origin; who: voluntariness, involvement, level, scope; what: goal
/// domain after Schiff et al., 2015; why: the motive dimensions task, relationship and growth of
/// Suijs, 1999) and the resources that make an actor worth involving.
///
/// The codebook checks known columns only; every other column is a free attribute. See
/// `Docs/Codebook.md` (English) and `Docs/Codebook.nl.md` (Dutch) for the coding guide.
public struct Codebook: Sendable {
  public var fields: [CodebookField]

  public init(fields: [CodebookField]) { self.fields = fields }

  /// The field of `table` that column `name` records, if the codebook knows it.
  public func field(named name: String, in table: CodebookField.Table) -> CodebookField? {
    fields.first { $0.table == table && $0.isNamed(name) }
  }

  /// The codebook of Netwerkkaart's documentation.
  public static let partnership = Codebook(fields: actorFields + tieFields)

  static let resources: [CodebookValue] = [
    CodebookValue("materieel", english: "material", meaning: "money, infrastructure, staff, time"),
    CodebookValue("kennis", english: "knowledge", meaning: "knowledge and skills"),
    CodebookValue("positie", english: "position", meaning: "position and authority"),
    CodebookValue("relaties", english: "relations", meaning: "a network of relations"),
    CodebookValue("identiteit", english: "identity", meaning: "identity and image"),
  ]

  static let actorFields: [CodebookField] = [
    CodebookField(
      "role", aliases: ["rol"], table: .actors, question: .who,
      values: .closed(
        ActorRole.allCases.map { CodebookValue($0.rawValue, english: $0.englishName) }),
      summary: "positional role after Gehre (in Suijs, 1999)"),
    CodebookField(
      "type", table: .actors, question: .who,
      values: .open(
        [
          ("school", "focal school"), ("schoolteam", "school team member"), ("clb", "pupil guidance centre"),
          ("pedagogische-begeleiding", "pedagogical advisory service"),
          ("scholengemeenschap", "school community"), ("schoolbestuur", "school governing body"),
          ("lerarenopleiding", "teacher training"), ("universiteit", "university"), ("overheid", "government"),
          ("bibliotheek", "library"), ("andere-school", "other school"), ("welzijn", "welfare and care"),
          ("cultuur-sport", "culture and sport"), ("bedrijf", "company"), ("ouders", "parents"),
          ("nascholing", "in-service training"),
        ].map { CodebookValue($0.0, english: $0.1) }),
      summary: "kind of actor"),
    CodebookField(
      "intern", aliases: ["internal"], table: .actors, question: .who,
      values: .closed([
        CodebookValue("ja", english: "yes", meaning: "the school and its own team", synonyms: ["true", "1"]),
        CodebookValue("nee", english: "no", meaning: "external", synonyms: ["false", "0"]),
      ]),
      summary: "inside the school or external"),
    CodebookField(
      "middelen", aliases: ["resources"], table: .actors, question: .resources, values: .several(resources),
      summary: "resources the actor brings"),
  ]

  static let tieFields: [CodebookField] = [
    CodebookField(
      "frequentie", aliases: ["frequency"], table: .ties, question: .when,
      values: .closed([
        CodebookValue("dagelijks", english: "daily"), CodebookValue("wekelijks", english: "weekly"),
        CodebookValue("maandelijks", english: "monthly"),
        CodebookValue("per-trimester", english: "termly", synonyms: ["each term", "trimestrieel"]),
        CodebookValue("jaarlijks", english: "yearly"), CodebookValue("eenmalig", english: "once"),
      ]),
      summary: "how often the partners are in contact"),
    CodebookField(
      "duur", aliases: ["duration"], table: .ties, question: .when,
      values: .closed([
        CodebookValue("kort", english: "short", meaning: "shorter than a school year"),
        CodebookValue(
          "schooljaar", english: "school-year", meaning: "about one school year", synonyms: ["school year"]),
        CodebookValue("meerjarig", english: "multi-year", meaning: "several years"),
      ]),
      summary: "how long the partnership runs"),
    CodebookField(
      "opvolging", aliases: ["follow_up", "follow-up"], table: .ties, question: .when,
      values: .closed([
        CodebookValue("permanent", english: "standing", meaning: "a standing follow-up structure"),
        CodebookValue("occasioneel", english: "occasional", meaning: "follow-up now and then"),
        CodebookValue("geen", english: "none"),
      ]),
      summary: "follow-up structure within the partnership"),
    CodebookField(
      "vorm", aliases: ["form"], table: .ties, question: .where,
      values: .closed([
        CodebookValue("face-to-face", english: "face to face", synonyms: ["in person", "fysiek"]),
        CodebookValue("online", english: "online"),
        CodebookValue("hybride", english: "hybrid"),
      ]),
      summary: "where the partners meet"),
    CodebookField(
      "formeel", aliases: ["formal"], table: .ties, question: .how,
      values: .closed([CodebookValue("formeel", english: "formal"), CodebookValue("informeel", english: "informal")]),
      summary: "formal agreement or informal contact"),
    CodebookField(
      "ontstaan", aliases: ["origin"], table: .ties, question: .how,
      values: .closed([
        CodebookValue("spontaan", english: "spontaneous"),
        CodebookValue("gestimuleerd", english: "stimulated", synonyms: ["encouraged"]),
        CodebookValue("opgelegd", english: "imposed"),
      ]),
      summary: "how the partnership came about"),
    CodebookField(
      "vrijwilligheid", aliases: ["voluntariness"], table: .ties, question: .who,
      values: .closed([
        CodebookValue("vrijwillig", english: "voluntary"),
        CodebookValue("verplicht", english: "obliged", synonyms: ["compulsory", "opgelegd"]),
      ]),
      summary: "joined by choice or by obligation"),
    CodebookField(
      "betrokkenheid", aliases: ["involvement"], table: .ties, question: .who,
      values: .closed([CodebookValue("actief", english: "active"), CodebookValue("passief", english: "passive")]),
      summary: "active or passive participation"),
    CodebookField(
      "niveau", aliases: ["level"], table: .ties, question: .who,
      values: .closed([
        CodebookValue("individueel", english: "individual"), CodebookValue("collectief", english: "collective"),
      ]),
      summary: "one person or the team takes part"),
    CodebookField(
      "reikwijdte", aliases: ["scope"], table: .ties, question: .who,
      values: .closed([
        CodebookValue("lokaal", english: "local"), CodebookValue("regionaal", english: "regional"),
        CodebookValue("internationaal", english: "international"),
      ]),
      summary: "local, regional or international partnership"),
    CodebookField(
      "motief", aliases: ["motive"], table: .ties, question: .why,
      values: .closed([
        CodebookValue("taak", english: "task"), CodebookValue("relatie", english: "relationship"),
        CodebookValue("groei", english: "growth"),
      ]),
      summary: "motive dimension (Suijs, 1999)"),
    CodebookField(
      "domein", aliases: ["domain"], table: .ties, question: .what,
      values: .closed([
        CodebookValue("klasmanagement", english: "classroom management"),
        CodebookValue("inhoud", english: "content"), CodebookValue("pedagogie", english: "pedagogy"),
        CodebookValue("technologie", english: "technology"),
        CodebookValue("leerlingenbegeleiding", english: "pupil guidance"), CodebookValue("anders", english: "other"),
      ]),
      summary: "goal domain (Schiff et al., 2015)"),
    CodebookField(
      "doel", aliases: ["goal"], table: .ties, question: .what, values: .text, summary: "the goal, in words"),
    CodebookField(
      "middelen", aliases: ["resources"], table: .ties, question: .resources, values: .several(resources),
      summary: "resources the tie gives access to"),
  ]
}
