/// The fields of the partnership codebook (``Codebook/partnership``), by name, so that code asks
/// `tie.codebookValue(of: .motive)` instead of spelling a column name, and a typo does not compile.
/// The column names and values are documented in `Docs/Codebook.md`.
extension CodebookField {
  /// `role` (`rol`): the positional role after Gehre (in Suijs, 1999); values ``ActorRole``.
  public static let role = CodebookField(
    "role", aliases: ["rol"], table: .actors, question: .who,
    values: .closed(ActorRole.allCases.map { CodebookValue($0.rawValue, english: $0.englishName) }),
    summary: "positional role after Gehre (in Suijs, 1999)")

  /// `type`: the kind of actor, an open list (``CodebookValue/school``, `clb`, `universiteit` …).
  public static let actorType = CodebookField(
    "type", table: .actors, question: .who,
    values: .open(
      [
        CodebookValue.school, CodebookValue.schoolTeam, CodebookValue("clb", english: "pupil guidance centre"),
        CodebookValue("pedagogische-begeleiding", english: "pedagogical advisory service"),
        CodebookValue("scholengemeenschap", english: "school community"),
        CodebookValue("schoolbestuur", english: "school governing body"),
        CodebookValue("lerarenopleiding", english: "teacher training"),
        CodebookValue("universiteit", english: "university"), CodebookValue("overheid", english: "government"),
        CodebookValue("bibliotheek", english: "library"), CodebookValue("andere-school", english: "other school"),
        CodebookValue("welzijn", english: "welfare and care"),
        CodebookValue("cultuur-sport", english: "culture and sport"), CodebookValue("bedrijf", english: "company"),
        CodebookValue("ouders", english: "parents"), CodebookValue("nascholing", english: "in-service training"),
      ]),
    summary: "kind of actor")

  /// `intern` (`internal`): whether the actor belongs to the school, ``CodebookValue/yes`` or
  /// ``CodebookValue/no``.
  public static let insideSchool = CodebookField(
    "intern", aliases: ["internal"], table: .actors, question: .who, values: .closed([.yes, .no]),
    summary: "inside the school or external")

  /// `middelen` (`resources`) of an actor: the resources it brings, one or several.
  public static let actorResources = CodebookField(
    "middelen", aliases: ["resources"], table: .actors, question: .resources, values: .several(resources),
    summary: "resources the actor brings")

  /// `frequentie` (`frequency`): how often the partners are in contact, from `dagelijks` to
  /// ``CodebookValue/yearly`` and ``CodebookValue/once``.
  public static let frequency = CodebookField(
    "frequentie", aliases: ["frequency"], table: .ties, question: .when,
    values: .closed([
      CodebookValue("dagelijks", english: "daily"), CodebookValue("wekelijks", english: "weekly"),
      CodebookValue("maandelijks", english: "monthly"),
      CodebookValue("per-trimester", english: "termly", synonyms: ["each term", "trimestrieel"]), .yearly, .once,
    ]),
    summary: "how often the partners are in contact")

  /// `duur` (`duration`): how long the partnership runs.
  public static let duration = CodebookField(
    "duur", aliases: ["duration"], table: .ties, question: .when,
    values: .closed([
      CodebookValue("kort", english: "short", meaning: "shorter than a school year"),
      CodebookValue("schooljaar", english: "school-year", meaning: "about one school year", synonyms: ["school year"]),
      CodebookValue("meerjarig", english: "multi-year", meaning: "several years"),
    ]),
    summary: "how long the partnership runs")

  /// `opvolging` (`follow_up`): the follow-up structure, `permanent`, `occasioneel` or `geen`.
  /// Not a contact rhythm: that is ``frequency``.
  public static let followUp = CodebookField(
    "opvolging", aliases: ["follow_up", "follow-up"], table: .ties, question: .when,
    values: .closed([
      CodebookValue("permanent", english: "standing", meaning: "a standing follow-up structure"),
      CodebookValue("occasioneel", english: "occasional", meaning: "follow-up now and then"),
      CodebookValue("geen", english: "none"),
    ]),
    summary: "follow-up structure within the partnership")

  /// `vorm` (`form`): where the partners meet, face to face, online or both.
  public static let form = CodebookField(
    "vorm", aliases: ["form"], table: .ties, question: .where,
    values: .closed([
      CodebookValue("face-to-face", english: "face to face", synonyms: ["in person", "fysiek"]),
      CodebookValue("online", english: "online"),
      CodebookValue("hybride", english: "hybrid"),
    ]),
    summary: "where the partners meet")

  /// `formeel` (`formal`): a formal agreement or ``CodebookValue/informal`` contact.
  public static let formality = CodebookField(
    "formeel", aliases: ["formal"], table: .ties, question: .how,
    values: .closed([CodebookValue("formeel", english: "formal"), .informal]),
    summary: "formal agreement or informal contact")

  /// `ontstaan` (`origin`): how the partnership came about.
  public static let origin = CodebookField(
    "ontstaan", aliases: ["origin"], table: .ties, question: .how,
    values: .closed([
      CodebookValue("spontaan", english: "spontaneous"),
      CodebookValue("gestimuleerd", english: "stimulated", synonyms: ["encouraged"]),
      CodebookValue("opgelegd", english: "imposed"),
    ]),
    summary: "how the partnership came about")

  /// `vrijwilligheid` (`voluntariness`): joined by choice or by obligation.
  public static let voluntariness = CodebookField(
    "vrijwilligheid", aliases: ["voluntariness"], table: .ties, question: .who,
    values: .closed([
      CodebookValue("vrijwillig", english: "voluntary"),
      CodebookValue("verplicht", english: "obliged", synonyms: ["compulsory", "opgelegd"]),
    ]),
    summary: "joined by choice or by obligation")

  /// `betrokkenheid` (`involvement`): active or passive participation.
  public static let involvement = CodebookField(
    "betrokkenheid", aliases: ["involvement"], table: .ties, question: .who,
    values: .closed([CodebookValue("actief", english: "active"), CodebookValue("passief", english: "passive")]),
    summary: "active or passive participation")

  /// `niveau` (`level`): one person or the team takes part.
  public static let level = CodebookField(
    "niveau", aliases: ["level"], table: .ties, question: .who,
    values: .closed([
      CodebookValue("individueel", english: "individual"), CodebookValue("collectief", english: "collective"),
    ]),
    summary: "one person or the team takes part")

  /// `reikwijdte` (`scope`): local, regional or international.
  public static let scope = CodebookField(
    "reikwijdte", aliases: ["scope"], table: .ties, question: .who,
    values: .closed([
      CodebookValue("lokaal", english: "local"), CodebookValue("regionaal", english: "regional"),
      CodebookValue("internationaal", english: "international"),
    ]),
    summary: "local, regional or international partnership")

  /// `motief` (`motive`): the motive dimension after Suijs (1999), ``CodebookValue/task``,
  /// ``CodebookValue/relationship`` or ``CodebookValue/growth``, in that order.
  public static let motive = CodebookField(
    "motief", aliases: ["motive"], table: .ties, question: .why, values: .closed([.task, .relationship, .growth]),
    summary: "motive dimension (Suijs, 1999)")

  /// `domein` (`domain`): the goal domain after Schiff et al. (2015).
  public static let domain = CodebookField(
    "domein", aliases: ["domain"], table: .ties, question: .what,
    values: .closed([
      CodebookValue("klasmanagement", english: "classroom management"),
      CodebookValue("inhoud", english: "content"), CodebookValue("pedagogie", english: "pedagogy"),
      CodebookValue("technologie", english: "technology"),
      CodebookValue("leerlingenbegeleiding", english: "pupil guidance"), CodebookValue("anders", english: "other"),
    ]),
    summary: "goal domain (Schiff et al., 2015)")

  /// `doel` (`goal`): the goal, in words.
  public static let goal = CodebookField(
    "doel", aliases: ["goal"], table: .ties, question: .what, values: .text, summary: "the goal, in words")

  /// `middelen` (`resources`) of a tie: the resources it gives access to, one or several.
  public static let tieResources = CodebookField(
    "middelen", aliases: ["resources"], table: .ties, question: .resources, values: .several(resources),
    summary: "resources the tie gives access to")

  /// The resources of ``actorResources`` and ``tieResources`` (Suijs, 1999).
  static let resources: [CodebookValue] = [
    CodebookValue("materieel", english: "material", meaning: "money, infrastructure, staff, time"),
    CodebookValue("kennis", english: "knowledge", meaning: "knowledge and skills"),
    CodebookValue("positie", english: "position", meaning: "position and authority"),
    CodebookValue("relaties", english: "relations", meaning: "a network of relations"),
    CodebookValue("identiteit", english: "identity", meaning: "identity and image"),
  ]

  /// The actor fields of ``Codebook/partnership``, in the order of the coding guide.
  static let actorFields: [CodebookField] = [.role, .actorType, .insideSchool, .actorResources]

  /// The tie fields of ``Codebook/partnership``, in the order of the coding guide.
  static let tieFields: [CodebookField] = [
    .frequency, .duration, .followUp, .form, .formality, .origin, .voluntariness, .involvement, .level, .scope,
    .motive, .reasons, .domain, .goal, .tieResources,
  ]
}

/// The values of the partnership codebook that the library itself tests for: the drawing's
/// motive colours and dashed ties, the school boundary and the focal school. Compare a record's
/// value with them after ``CodebookField/normalised(_:)``, never its text.
extension CodebookValue {
  /// `type` `school`: the focal school.
  public static let school = CodebookValue("school", english: "focal school")
  /// `type` `schoolteam`: a member of the school's own team.
  public static let schoolTeam = CodebookValue("schoolteam", english: "school team member")
  /// `intern` `ja`: the school and its own team (also `yes`, `true`, `1`).
  public static let yes = CodebookValue(
    "ja", english: "yes", meaning: "the school and its own team", synonyms: ["true", "1"])
  /// `intern` `nee`: external (also `no`, `false`, `0`).
  public static let no = CodebookValue("nee", english: "no", meaning: "external", synonyms: ["false", "0"])
  /// `frequentie` `jaarlijks`: once a year.
  public static let yearly = CodebookValue("jaarlijks", english: "yearly")
  /// `frequentie` `eenmalig`: a single contact.
  public static let once = CodebookValue("eenmalig", english: "once")
  /// `formeel` `informeel`: the tie rests on personal contact.
  public static let informal = CodebookValue("informeel", english: "informal")
  /// `motief` `taak`: the task dimension.
  public static let task = CodebookValue("taak", english: "task")
  /// `motief` `relatie`: the relationship dimension (also `relation`).
  public static let relationship = CodebookValue("relatie", english: "relationship", synonyms: ["relation"])
  /// `motief` `groei`: the growth dimension.
  public static let growth = CodebookValue("groei", english: "growth")
}
