extension CodebookField {
  /// ``summary`` in `language`: the Dutch line for the Dutch template's codebook sheet and the
  /// Dutch docs (`beweegredenen voor collectief leren, 1-15 …`), the English one otherwise. A
  /// field of another codebook without a Dutch line keeps its English one.
  public func summary(in language: Language) -> String {
    language == .nl ? Self.dutchSummaries[summary] ?? summary : summary
  }

  /// The Dutch ``summary`` of every field of ``Codebook/partnership``, by its English summary
  /// (two fields are named `middelen`; a test checks that none is missing).
  static let dutchSummaries: [String: String] = [
    "positional role after Gehre (in Suijs, 1999)":
      "positionele rol naar Gehre (in Suijs, 1999)",
    "kind of actor":
      "soort actor",
    "inside the school or external":
      "binnen de school of extern",
    "resources the actor brings": "hulpbronnen die de actor inbrengt",
    "resources the tie gives access to": "hulpbronnen waartoe de relatie toegang geeft",
    "how often the partners are in contact":
      "hoe vaak de partners contact hebben",
    "how long the partnership runs":
      "hoe lang het partnerschap loopt",
    "follow-up structure within the partnership":
      "opvolgingsstructuur binnen het partnerschap",
    "where the partners meet":
      "waar de partners elkaar ontmoeten",
    "formal agreement or informal contact":
      "formele afspraak of informeel contact",
    "how the partnership came about":
      "hoe het partnerschap tot stand kwam",
    "joined by choice or by obligation":
      "uit vrije keuze of verplicht",
    "active or passive participation":
      "actieve of passieve deelname",
    "one person or the team takes part":
      "één persoon of het team neemt deel",
    "local, regional or international partnership":
      "lokaal, regionaal of internationaal partnerschap",
    "motive dimension (Suijs, 1999)":
      "dimensie van het motief (Suijs, 1999)",
    "reasons for collective learning, 1-15 (task 1-6, relationship 7-10, growth 11-15)":
      "beweegredenen voor collectief leren, 1-15 (taak 1-6, relatie 7-10, groei 11-15)",
    "goal domain (Schiff et al., 2015)":
      "doeldomein (Schiff e.a., 2015)",
    "the goal, in words":
      "het doel, in woorden",
  ]
}

extension CodebookValue {
  /// ``meaning`` in `language`: the Dutch explanation for the Dutch template, the English one
  /// otherwise; a value of another codebook without a Dutch explanation keeps its English one.
  public func meaning(in language: Language) -> String {
    language == .nl ? Self.dutchMeanings[value] ?? meaning : meaning
  }

  /// The Dutch ``meaning`` of every value of ``Codebook/partnership`` that has one, by value (a
  /// test checks that none is missing).
  static let dutchMeanings: [String: String] = [
    "kort": "korter dan een schooljaar",
    "schooljaar": "ongeveer één schooljaar",
    "meerjarig": "meerdere jaren",
    "permanent": "een vaste opvolgingsstructuur",
    "occasioneel": "af en toe opgevolgd",
    "materieel": "geld, infrastructuur, personeel, tijd",
    "kennis": "kennis en vaardigheden",
    "positie": "positie en gezag",
    "relaties": "een netwerk van relaties",
    "identiteit": "identiteit en imago",
    "ja": "de school en haar eigen team",
    "nee": "extern",
    "vakdidactiek": "vakdidactiek, programma's en materiaal uitwisselen of herwerken; leerlijnen afstemmen",
    "onderzoek": "leraren nemen de rol van onderzoeker op",
    "leerlingenzorg": "brede zorg voor en begeleiding van leerlingen",
    "project": "een tijdelijk of internationaal project",
    "werkplekleren": "duaal leren, stages",
    "regelgeving": "wat de decreten van de overheid van scholen vragen",
    "netwerkstimulans": "netwerken dat van buitenaf aangemoedigd of verplicht wordt",
    "nieuwe-contacten": "contacten voor leraren die er op hun eigen school te weinig vinden",
    "cocreatie": "mensen en knowhow samenbrengen om samen iets te maken",
    "vangnet": "een (lokaal) netwerk om op terug te vallen",
    "innovatie": "duurzame vernieuwing en verandering zien, bestuderen of doorvoeren",
    "schaalvergroting": "beter bestuur en schaalvoordelen: budget, personeel, gebouwen",
    "professionalisering": "de professionele groei en reflectie van leraren ondersteunen",
    "kwaliteitszorg": "de kwaliteit van het onderwijs ontwikkelen",
    "leerlingenprestaties": "de resultaten van leerlingen verhogen door samen te werken",
  ]
}

extension CodebookField.Question {
  /// The question in `language`: the raw value in Dutch (`waarom`), `why` in English.
  public func name(in language: Language) -> String {
    guard language == .en else { return rawValue }
    switch self {
    case .what: return "what"
    case .where: return "where"
    case .when: return "when"
    case .how: return "how"
    case .who: return "who"
    case .why: return "why"
    case .resources: return "resources"
    }
  }
}
