import Foundation
import NetwerkkaartTestSupport
import Testing

/// `--lang` on every command, and its default from the environment: `LANG=nl_BE.UTF-8` alone
/// gives Dutch, `NETWERKKAART_LANG` overrides the locale, `--lang` overrides both.
@Suite struct LanguageOptionTests {
  static let example = "Examples/basisschool-de-linde"

  func run(_ arguments: [String], environment: [String: String]) throws -> CommandResult {
    var base = ProcessInfo.processInfo.environment
    for name in ["NETWERKKAART_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { base[name] = nil }
    return try CommandRunner.runExecutable(
      CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart"), arguments,
      environment: base.merging(environment) { $1 })
  }

  @Test(arguments: [
    "validate", "metrics", "analyse", "compare", "diff", "draw", "edit", "convert", "report", "template",
  ])
  func everyCommandTakesLang(command: String) throws {
    let help = try netwerkkaart(command, "--help")
    #expect(help.standardOutput.contains("--lang <lang>"), "\(command): \(help)")
  }

  /// The drawing's legend title follows the environment: `Relaties (motief)` in Dutch.
  @Test func theLocaleChoosesTheLanguage() throws {
    let arguments = ["draw", Self.example, "--format", "dot", "-o", "-"]
    let dutch = try run(arguments, environment: ["LANG": "nl_BE.UTF-8"])
    #expect(dutch.status == 0 && dutch.standardOutput.contains("Relaties (motief)"), "\(dutch)")
    let english = try run(arguments, environment: ["LANG": "en_GB.UTF-8"])
    #expect(english.standardOutput.contains("Ties (motive)"), "\(english)")
    let bare = try run(arguments, environment: [:])
    #expect(bare.standardOutput.contains("Ties (motive)"), "\(bare)")
    let overridden = try run(arguments, environment: ["LANG": "nl_BE.UTF-8", "NETWERKKAART_LANG": "en"])
    #expect(overridden.standardOutput.contains("Ties (motive)"), "\(overridden)")
    let chosen = try run(arguments + ["--lang", "nl"], environment: ["NETWERKKAART_LANG": "en"])
    #expect(chosen.standardOutput.contains("Relaties (motief)"), "\(chosen)")
  }

  /// Machine formats do not follow the language.
  @Test func jsonAndCSVAreTheSameInBothLanguages() throws {
    for format in ["json", "csv"] {
      let arguments = ["metrics", Self.example, "--format", format]
      let dutch = try run(arguments, environment: ["LANG": "nl_BE.UTF-8"])
      let english = try run(arguments + ["--lang", "en"], environment: [:])
      #expect(dutch.status == 0 && dutch.standardOutput == english.standardOutput, "\(format)")
    }
  }

  /// `compare` in Dutch: no English word of its tables, and decimal commas; in English no Dutch
  /// word of its tables (codebook values such as taak stay as recorded in both).
  @Test func compareSpeaksTheLanguageAsked() throws {
    let maps = [Self.example, "Examples/secundaire-school-atheneum-zuid"]
    for format in ["table", "markdown"] {
      let dutch = try run(["compare"] + maps + ["--format", format, "--lang", "nl"], environment: [:])
      #expect(dutch.status == 0, "\(dutch)")
      for english in [
        "Comparison", "Size and density", "actors", "density", "undirected", "unweighted", "Top brokers",
        "tie records", "broker 1", "no role", "components", "map ",
      ] {
        #expect(!dutch.standardOutput.contains(english), "\(format): \(english)")
      }
      #expect(dutch.standardOutput.contains("0,133") && !dutch.standardOutput.contains("0.133"), "\(format)")
      let english = try run(["compare"] + maps + ["--format", format], environment: ["LANG": "en_GB.UTF-8"])
      for word in ["Vergelijking", "Omvang", "dichtheid", "kaarten", "makelaar", "relatieregels", "geen rol", "0,133"] {
        #expect(!english.standardOutput.contains(word), "\(format): \(word)")
      }
      let fromLocale = try run(["compare"] + maps + ["--format", format], environment: ["LANG": "nl_BE.UTF-8"])
      #expect(fromLocale.standardOutput == dutch.standardOutput, "\(format)")
    }
  }

  static let zuid = "Examples/secundaire-school-atheneum-zuid"
  static let golf2 = "Examples/basisschool-de-linde-golf2"

  /// Every command that writes for people, on both examples (the template and convert write
  /// files and say so in one line).
  static let commandLines: [[String]] =
    [example, zuid].flatMap { map in
      [
        ["validate", map], ["metrics", map], ["metrics", map, "--format", "markdown"],
        ["metrics", map, "--extended"], ["analyse", map], ["analyse", map, "--format", "markdown"],
        ["convert", map, "--to", "graphml", "-o", "/dev/null"],
      ]
    } + [
      ["compare", example, zuid], ["compare", example, zuid, "--format", "markdown"],
      ["diff", example, golf2], ["diff", example, golf2, "--format", "markdown"],
      ["template", "--output", NSTemporaryDirectory() + "netwerkkaart-template-test.xlsx"],
    ]

  /// The words of a text, lower case: runs of letters, `_` and `-` (so that keys such as
  /// `degree_centrality` and ids such as `wg-stem` are one word and not read as prose).
  /// File and document paths (`actors.csv`, `Docs/Metrics/WholeMap.md`) are left out.
  static func words(_ text: String) -> Set<String> {
    let prose = text.replacingOccurrences(of: "\\_", with: "_").split(whereSeparator: \.isWhitespace).filter { chunk in
      !chunk.contains("/") && !chunk.contains(".md") && !chunk.contains(".csv")
    }
    return Set(
      prose.joined(separator: " ").lowercased().split { !($0.isLetter || $0 == "_" || $0 == "-") }.map(String.init))
  }

  /// English words of the outputs' headings, conventions and sentences; none may appear in
  /// Dutch output (stdout and stderr). `error`/`warning` stay as the severity prefix.
  static let englishWords: Set<String> = [
    "the", "and", "with", "ties", "tie", "actors", "density", "components", "degree", "figure", "value", "role",
    "group", "whole", "brokers", "undirected", "unweighted", "valid", "invalid", "errors", "warnings", "before",
    "after", "added", "removed", "changed", "size", "share", "within", "between", "structural", "holes", "average",
    "only", "top", "quarter", "core", "anchoring", "framing", "none", "source", "target", "weight", "values",
    "change", "date", "wave", "map", "records", "distinct", "has", "no", "are", "by", "from", "to",
    "for", "merged", "dropped", "neighbours", "ordered", "unordered", "pair", "pairs", "reachable", "sum",
    "divided", "connected", "isolates", "count", "contacts", "efficiency", "constraint", "rule", "why", "total",
    "coordinator", "itinerant", "liaison", "gatekeeper", "representative", "communities", "modularity",
    "transitivity", "distance", "largest", "network", "conventions", "blank", "template",
  ]

  /// Dutch words of the outputs' headings and sentences; none may appear in English output
  /// (labels and ids of the examples are Dutch, so only words no label holds are listed).
  static let dutchWords: Set<String> = [
    "relaties", "relatie", "dichtheid", "componenten", "actoren", "ongericht", "gericht", "ongewogen", "geldig",
    "fouten", "waarschuwing", "kengetal", "waarde", "makelaars", "makelaar", "golf", "datum", "kern",
    "verankering", "omkadering", "gewijzigd", "rol", "geen", "totaal", "taak", "groei", "hybride", "heeft",
    "relatieregels", "verschil", "gewicht", "bron", "doel", "afspraken", "netwerkmaten", "beperking",
    "hele", "kaart", "zonder", "tussen", "enige", "brug", "rand",
  ]

  /// With `--lang nl` no English word of the list appears, in any command on either example;
  /// with `--lang en` no Dutch word of the other list, except in raw values: the tie values
  /// `diff` lists (`motief=taak`) are the file's own.
  @Test(arguments: commandLines)
  func everyCommandSpeaksTheLanguageAsked(arguments: [String]) throws {
    /// Runs the command line; the template's workbook is removed first (no command writes over a file).
    func run(_ arguments: [String], environment: [String: String]) throws -> CommandResult {
      if arguments.first == "template" { try? FileManager.default.removeItem(atPath: arguments[2]) }
      return try self.run(arguments, environment: environment)
    }
    let dutch = try run(arguments + ["--lang", "nl"], environment: [:])
    #expect(dutch.status == 0, "\(dutch)")
    let found = Self.words(dutch.standardOutput + dutch.standardError).intersection(Self.englishWords)
    #expect(
      found.isEmpty, "\(arguments): English words \(found.sorted()) in\n\(dutch.standardOutput)\(dutch.standardError)")
    let english = try run(arguments + ["--lang", "en"], environment: [:])
    #expect(english.status == 0, "\(english)")
    var text = english.standardOutput + english.standardError
    if arguments.first == "diff" {
      // Raw tie values, as recorded in the files: `frequentie=maandelijks, vorm=hybride, motief=groei`.
      text = text.split(separator: "\n").filter { !$0.contains("=") }.joined(separator: "\n")
    }
    let foundDutch = Self.words(text).intersection(Self.dutchWords)
    #expect(foundDutch.isEmpty, "\(arguments): Dutch words \(foundDutch.sorted()) in\n\(text)")
    // The locale alone gives Dutch: the same output as --lang nl.
    let fromLocale = try run(arguments, environment: ["LANG": "nl_BE.UTF-8"])
    #expect(fromLocale.standardOutput == dutch.standardOutput, "\(arguments)")
  }

  /// The text people read in a drawing: the DOT's labels and tooltips (not its attribute names).
  static func drawnText(_ dot: String) -> String {
    dot.matches(of: /(?:label|tooltip)="((?:[^"\\]|\\.)*)"/).map { String($0.output.1) }.joined(separator: "\n")
      .replacingOccurrences(of: "\\n", with: " ").replacing(Self.freeText, with: "")
  }

  /// The free-text goal of a tie in a tooltip (`goal omkadering en middelen delen …`): the
  /// file's own words, in whatever language it was written.
  static var freeText: Regex<Substring> { /(?:goal|doel) [^·\n<]*/ }

  /// The text people read in a report: its HTML without scripts, styles and tags, entities
  /// decoded.
  static func readText(_ html: String) -> String {
    var text = html.replacing(/<script[^>]*>[\s\S]*?<\/script>/, with: "")
      .replacing(/<style[^>]*>[\s\S]*?<\/style>/, with: "").replacing("<wbr>", with: "")
      // Graphviz names the legend's invisible end points (`legend0from--legend0to`): not text.
      .replacing(/<title>legend[^<]*<\/title>/, with: "").replacing(/<[^>]+>/, with: " ")
      .replacing(Self.freeText, with: "")
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text
  }

  /// The drawing (legend, notes, tooltips) and the HTML report: no English word of the list in
  /// Dutch, no Dutch word in English; the locale alone gives Dutch.
  @Test(arguments: [example, zuid])
  func drawingAndReportSpeakTheLanguageAsked(map: String) throws {
    let report = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "netwerkkaart-language-\(UUID().uuidString).html")
    defer { try? FileManager.default.removeItem(at: report) }
    for (language, forbidden) in [("nl", Self.englishWords), ("en", Self.dutchWords)] {
      let draw = try run(["draw", map, "--format", "dot", "-o", "-", "--lang", language], environment: [:])
      #expect(draw.status == 0, "\(draw)")
      let drawn = Self.drawnText(draw.standardOutput) + "\n" + draw.standardError
      #expect(!drawn.isEmpty)
      let inDrawing = Self.words(drawn).intersection(forbidden)
      #expect(inDrawing.isEmpty, "draw --lang \(language): \(inDrawing.sorted()) in\n\(drawn)")
      try? FileManager.default.removeItem(at: report)
      let written = try run(["report", map, "-o", report.path, "--lang", language], environment: [:])
      #expect(written.status == 0, "\(written)")
      let text = try Self.readText(String(contentsOf: report, encoding: .utf8)) + written.standardOutput
      let inReport = Self.words(text).intersection(forbidden)
      #expect(inReport.isEmpty, "report --lang \(language): \(inReport.sorted())")
    }
    let dutch = try run(["draw", map, "--format", "dot", "-o", "-", "--lang", "nl"], environment: [:])
    let fromLocale = try run(["draw", map, "--format", "dot", "-o", "-"], environment: ["LANG": "nl_BE.UTF-8"])
    #expect(fromLocale.standardOutput == dutch.standardOutput)
  }

  /// A usage error: the command line (its subcommand first) and the first line of standard
  /// error in each language, as written here by hand.
  struct UsageError: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let dutch: String
    let english: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let usageErrors: [UsageError] = [
    UsageError(
      arguments: ["diff", example], dutch: "Fout: Verplicht argument '<map-t2>' ontbreekt",
      english: "Error: Missing expected argument '<map-t2>'"),
    UsageError(
      arguments: ["metrics", example, "--bogus"], dutch: "Fout: Onbekende optie '--bogus'",
      english: "Error: Unknown option '--bogus'"),
    UsageError(
      arguments: ["analyse", example, "--brokerz", "3"],
      dutch: "Fout: Onbekende optie '--brokerz'. Bedoel je '--brokers'?",
      english: "Error: Unknown option '--brokerz'. Did you mean '--brokers'?"),
    UsageError(
      arguments: ["metrics", example, "--format", "xyz"],
      dutch:
        "Fout: De waarde 'xyz' is ongeldig voor '--format <format>'. Kies een van 'table', 'csv', 'json' of 'markdown'.",
      english:
        "Error: The value 'xyz' is invalid for '--format <format>'. Please provide one of 'table', 'csv', 'json' or 'markdown'."
    ),
    UsageError(
      arguments: ["metrics", example, "--format"], dutch: "Fout: Waarde ontbreekt voor '--format <format>'",
      english: "Error: Missing value for '--format <format>'"),
    UsageError(
      arguments: ["metrics", example, zuid], dutch: "Fout: Onverwacht argument '\(zuid)'",
      english: "Error: Unexpected argument '\(zuid)'"),
    UsageError(
      arguments: ["validate"],
      dutch: "Fout: Noem een kaart: een map met actors.csv en ties.csv, een kaartbestand, of --actors en --ties.",
      english: "Error: Name a map: a folder with actors.csv and ties.csv, a map file, or --actors and --ties."),
    UsageError(
      arguments: ["metrics", example, "--threads", "0"], dutch: "Fout: --threads moet 1 of meer zijn.",
      english: "Error: --threads must be 1 or more."),
    UsageError(
      arguments: ["draw", example, "-o", "-", "--layout", "neato", "--positions", "plaatsen.csv"],
      dutch: "Fout: --positions en --save-positions werken alleen met de ringen-layout; laat --layout neato weg",
      english: "Error: --positions and --save-positions work with the rings layout only; leave out --layout neato"),
    UsageError(
      arguments: ["metrics", example, "--ties", "motief="],
      dutch:
        "Fout: 'motief=' is geen relatiefilter; schrijf SLEUTEL=WAARDE of SLEUTEL!=WAARDE (motief=groei, vorm!=online, weight>=3)",
      english:
        "Error: 'motief=' is not a tie filter; write KEY=VALUE or KEY!=VALUE (motief=groei, vorm!=online, weight>=3)"),
    UsageError(
      arguments: ["metrics", example, "--ties", "motief>=2"],
      dutch: "Fout: 'motief>=2': alleen weight kan vergeleken worden met <, <=, > of >=, met één getal (weight>=3)",
      english: "Error: 'motief>=2': only weight can be compared with <, <=, > or >=, against one number (weight>=3)"),
  ]

  /// Usage errors, the argument parser's own and the commands' option checks: Dutch under
  /// `--lang nl`, `NETWERKKAART_LANG=nl` or `LANG=nl_BE.UTF-8` alone (the usage line and the
  /// pointer to the help too), English otherwise; exit status 64 in both.
  @Test(arguments: usageErrors)
  func usageErrorsSpeakTheLanguageAsked(error: UsageError) throws {
    let command = error.arguments[0]
    // `--lang nl` right after the subcommand, so that it is not taken as another option's value.
    let asked = [command, "--lang", "nl"] + error.arguments.dropFirst()
    let dutch = try run(asked, environment: [:])
    #expect(dutch.status == 64 && dutch.standardOutput.isEmpty, "\(dutch)")
    let lines = dutch.standardError.split(separator: "\n").map(String.init)
    #expect(lines.first == error.dutch, "\(dutch.standardError)")
    #expect(lines.contains { $0.hasPrefix("Gebruik: netwerkkaart \(command)") }, "\(dutch.standardError)")
    #expect(lines.last == "  Zie 'netwerkkaart \(command) --help' voor meer uitleg.", "\(dutch.standardError)")
    for english in ["Error:", "Usage:", "Help:", "See '", "information", "<options>"] {
      #expect(!dutch.standardError.contains(english), "\(english) in \(dutch.standardError)")
    }
    for environment in [["LANG": "nl_BE.UTF-8"], ["NETWERKKAART_LANG": "nl", "LANG": "en_GB.UTF-8"]] {
      let fromEnvironment = try run(error.arguments, environment: environment)
      #expect(fromEnvironment.status == 64 && fromEnvironment.standardError == dutch.standardError, "\(environment)")
    }
    let english = try run(error.arguments, environment: ["LANG": "en_GB.UTF-8"])
    #expect(english.status == 64 && english.standardError.hasPrefix(error.english + "\n"), "\(english)")
    #expect(english.standardError.contains("Usage: netwerkkaart \(command)"), "\(english)")
    #expect(english.standardError.hasSuffix("  See 'netwerkkaart \(command) --help' for more information.\n"))
  }

  /// A drawing option the map cannot meet (an attribute no actor has, a focus that is no actor)
  /// in the language asked, options named as typed.
  @Test func drawingOptionErrorsSpeakTheLanguageAsked() throws {
    let cases: [(arguments: [String], dutch: String, english: String)] = [
      (
        ["--color-by", "xyz"],
        "error: --color-by: de actoren hebben geen kenmerk 'xyz'; kies een van role, type, functie, intern\n",
        "error: --color-by: the actors have no attribute 'xyz'; choose one of role, type, functie, intern\n"
      ),
      (
        ["--focus", "nobody"], "error: --focus noemt geen actor \"nobody\"\n",
        "error: --focus names no actor \"nobody\"\n"
      ),
    ]
    for (arguments, dutch, english) in cases {
      let draw = ["draw", Self.example, "--format", "dot", "-o", "-"] + arguments
      let inDutch = try run(draw, environment: ["LANG": "nl_BE.UTF-8"])
      #expect(inDutch.status == 1 && inDutch.standardOutput.isEmpty && inDutch.standardError == dutch, "\(inDutch)")
      let inEnglish = try run(draw + ["--lang", "en"], environment: ["LANG": "nl_BE.UTF-8"])
      #expect(inEnglish.status == 1 && inEnglish.standardError == english, "\(inEnglish)")
    }
  }

  /// The checks of saved positions (an actor the map does not have, the focal actor away from
  /// the centre) in the language asked, at their line of the file.
  @Test func positionNotesSpeakTheLanguageAsked() throws {
    let positions = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "netwerkkaart-positions-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: positions) }
    try "id,x,y,ring,sector\nschool,1,0,focus,school\nzz99,1,1,kern,\n".write(
      to: positions, atomically: true, encoding: .utf8)
    let arguments = ["draw", Self.example, "--format", "dot", "-o", "-", "--positions", positions.path]
    let dutch = try run(arguments, environment: ["LANG": "nl_BE.UTF-8"])
    #expect(dutch.status == 1, "\(dutch)")
    #expect(
      dutch.standardError.contains(
        "\(positions.path):2: error: de focusactor \"school\" staat in het midden van de ringen; zet zijn x en y op 0"),
      "\(dutch.standardError)")
    #expect(
      dutch.standardError.contains(
        "\(positions.path):3: note: actor \"zz99\" staat niet in de kaart; zijn positie wordt niet gebruikt"),
      "\(dutch.standardError)")
    let found = Self.words(dutch.standardError).intersection(Self.englishWords)
    #expect(found.isEmpty, "English words \(found.sorted()) in\n\(dutch.standardError)")
    let english = try run(arguments + ["--lang", "en"], environment: ["LANG": "nl_BE.UTF-8"])
    #expect(english.status == 1, "\(english)")
    #expect(english.standardError.contains(":3: note: actor \"zz99\" is not in the map; its position is not used"))
  }

  /// The LaTeX of `compare` (captions, headings, the comment on booktabs) and the sheets of the
  /// workbooks `analyse` and `compare` write, read back by openpyxl: in the language asked.
  /// Sheet names are the tables' titles without `:` and cut at Excel's 31 characters.
  @Test(.pythonLibraries)
  func latexAndWorkbooksSpeakTheLanguageAsked() throws {
    let maps = [Self.example, Self.zuid]
    let captions: [String: [String]] = [
      "nl": [
        "Omvang en dichtheid", "Centralisatie (Freeman)", "Rollen", "Relaties naar motief en vorm",
        "Belangrijkste makelaars",
      ],
      "en": [
        "Size and density", "Freeman centralization", "Role composition", "Ties by motive and form", "Top brokers",
      ],
    ]
    let comments = [
      "nl": "% netwerkkaart compare: ongericht; ongewogen\n% vraagt \\usepackage{booktabs} in de preambule\n",
      "en": "% netwerkkaart compare: undirected; unweighted\n% needs \\usepackage{booktabs} in the preamble\n",
    ]
    let analysisSheets = [
      "nl": [
        "Hele kaart", "Structurele gaten de minst bepe", "Subgroepen de binnenste k-kern ",
        "Gemeenschappen (Louvain, seed 1",
        "Dichtheid binnen en tussen groe", "E-I-index per groep", "Schoolgrens", "Makelaars (rollen van Gould & F",
        "Om te bespreken rol en positie",
      ],
      "en": [
        "Whole map", "Structural holes least constrai", "Subgroups the innermost k-core ",
        "Communities (Louvain, seed 1)",
        "Density within and between grou", "E-I index by group", "School boundary", "Brokers (Gould & Fernandez role",
        "Points to discuss role and posi",
      ],
    ]
    let headings = [
      "nl":
        "['kaart', 'golf', 'actoren', 'intern', 'extern', 'relaties', 'dichtheid', 'dichtheid zonder school', 'componenten']",
      "en": "['map', 'wave', 'actors', 'internal', 'external', 'ties', 'density', 'density w/o school', 'components']",
    ]
    let out = try folder(["keep.txt": ""])
    for (language, forbidden) in [("nl", Self.englishWords), ("en", Self.dutchWords)] {
      let latex = try run(["compare"] + maps + ["--format", "latex", "--lang", language], environment: [:])
      #expect(latex.status == 0, "\(latex)")
      let found = latex.standardOutput.matches(of: /\\caption\{([^}]*)\}/).map { String($0.output.1) }
      #expect(found == captions[language], "\(language)")
      #expect(latex.standardOutput.hasPrefix(comments[language] ?? ""), "\(latex.standardOutput.prefix(200))")
      let foreign = Self.words(latex.standardOutput).intersection(forbidden)
      #expect(foreign.isEmpty, "compare --format latex --lang \(language): \(foreign.sorted())")
      let analysed = out.appendingPathComponent("analyse-\(language).xlsx").path
      let compared = out.appendingPathComponent("compare-\(language).xlsx").path
      #expect(try run(["analyse", Self.example, "-o", analysed, "--lang", language], environment: [:]).status == 0)
      #expect(try run(["compare"] + maps + ["-o", compared, "--lang", language], environment: [:]).status == 0)
      let script = """
        import openpyxl, sys
        for path in sys.argv[1:]:
            book = openpyxl.load_workbook(path)
            print("|".join(book.sheetnames))
            print([cell.value for cell in book[book.sheetnames[0]][1]])
        """
      let check = try CommandRunner.runExecutable(
        URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, analysed, compared])
      let lines = check.standardOutput.split(separator: "\n").map(String.init)
      #expect(lines.count == 4, "\(check)")
      guard lines.count == 4 else { continue }
      #expect(lines[0] == analysisSheets[language]?.joined(separator: "|"), "\(lines[0])")
      #expect(lines[1] == (language == "nl" ? "['kengetal', 'waarde']" : "['figure', 'value']"))
      #expect(lines[2] == captions[language]?.joined(separator: "|"), "\(lines[2])")
      #expect(lines[3] == headings[language], "\(lines[3])")
    }
  }
}
