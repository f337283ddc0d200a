import Foundation
import NetwerkkaartCore

/// The positions file: where each actor sits in a rings drawing, as `draw --save-positions`
/// writes it and `draw --positions` reads it (`ActorPositions` of NetwerkkaartCore).
///
/// ```
/// id,x,y,ring,sector
/// school,0,0,focus,school
/// directeur,0.61,0.35,kern,schoolteam
/// clb,-0.702,-0.118,kern,clb
/// wg-stem,4.1,-2.375,,schoolteam
/// ```
///
/// CSV in UTF-8 with a comma, header `id,x,y,ring,sector`, one row per actor. `x` and `y` are
/// inches from the focal actor, `y` upward (Graphviz's convention), written with a `.` and at
/// most 4 decimals. `ring` is the band the actor sat in (a role's raw value: `kern`,
/// `verankering`, `omkadering`, `context`; `focus` for the focal actor; empty without a role) and
/// `sector` its type; both are for reading and for noticing a role that changed, the band check
/// itself uses the map's roles. A reader takes the columns in any order, ignores extra ones and
/// needs only `id`, `x` and `y`; rows may come in any order.
///
/// Reading reports every problem of the file at once, each at its line and saying what to
/// change: a missing column, an empty or repeated id, a coordinate that is not a finite number.
public enum PositionsFile {
  /// The header written: `id,x,y,ring,sector`.
  public static let header = ["id", "x", "y", "ring", "sector"]

  /// The file's text for `positions`, rows in their order.
  public static func text(_ positions: ActorPositions) -> String {
    var text = header.joined(separator: ",") + "\n"
    for entry in positions.entries {
      text +=
        [
          CSVText.field(entry.id.rawValue), number(entry.x), number(entry.y), CSVText.field(entry.ring ?? ""),
          CSVText.field(entry.sector ?? ""),
        ].joined(separator: ",") + "\n"
    }
    return text
  }

  /// A coordinate with a `.` and at most 4 decimals, trailing zeros dropped (`1.5`, `-0.702`, `0`).
  public static func number(_ value: Double) -> String {
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// Reads positions from the bytes of a positions file; `path` names it in diagnostics. The
  /// positions are `nil` when any diagnostic is an error.
  ///
  /// ```swift
  /// let read = PositionsFile.read(Array("id,x,y\nclb,1.2,0.4\n".utf8), path: "pos.csv")
  /// read.positions?[ActorID("clb")]  // (x: 1.2, y: 0.4)
  /// ```
  public static func read(_ bytes: [UInt8], path: String) -> (positions: ActorPositions?, diagnostics: [Diagnostic]) {
    let table = CSVReader.read(bytes, path: path)
    var diagnostics = table.diagnostics
    guard let document = table.document else { return (nil, diagnostics) }
    let columns = ["id", "x", "y"].map { document.column($0) }
    let missing = zip(["id", "x", "y"], columns).filter { $0.1 == nil }.map(\.0)
    if !missing.isEmpty {
      let names = missing.map { "'\($0)'" }.joined(separator: ", ")
      diagnostics.append(
        .error(
          "the positions file has no column \(names); "
            + "its header must name id, x and y (as draw --save-positions writes: \(header.joined(separator: ",")))",
          dutch: "het positiebestand heeft geen kolom \(names); "
            + "de koprij noemt id, x en y (zoals draw --save-positions schrijft: \(header.joined(separator: ",")))",
          at: document.headerLocation))
      return (nil, diagnostics)
    }
    guard let idColumn = columns[0], let xColumn = columns[1], let yColumn = columns[2] else {
      return (nil, diagnostics)
    }
    let ringColumn = document.column("ring")
    let sectorColumn = document.column("sector")
    var entries: [ActorPositions.Entry] = []
    var firstLine: [ActorID: Int] = [:]
    for row in document.rows {
      let location = document.location(of: row)
      let id = row.fields[idColumn].trimmingASCIIWhitespace()
      var good = true
      if id.isEmpty {
        diagnostics.append(
          .error(
            "the row has no id; fill in the actor's id or delete the row",
            dutch: "de rij heeft geen id; vul de id van de actor in of verwijder de rij", at: location))
        good = false
      } else if let earlier = firstLine[ActorID(id)] {
        diagnostics.append(
          .error(
            "actor \"\(id)\" is placed twice (first at line \(earlier)); keep one of its rows",
            dutch: "actor \"\(id)\" is twee keer geplaatst (eerst op regel \(earlier)); houd een van de rijen",
            at: location))
        good = false
      } else {
        firstLine[ActorID(id)] = row.line
      }
      var point: [Double] = []
      for (name, column) in [("x", xColumn), ("y", yColumn)] {
        let text = row.fields[column].trimmingASCIIWhitespace()
        if let value = NumberParsing.number(text, decimalComma: false) {
          point.append(value)
        } else {
          diagnostics.append(
            .error(
              "\(name) of \"\(id)\" is "
                + (text.isEmpty ? "empty" : "'\(text)', not a finite number")
                + "; write inches with a '.' as in 1.25 or -0.5",
              dutch: "\(name) van \"\(id)\" is "
                + (text.isEmpty ? "leeg" : "'\(text)', geen eindig getal")
                + "; schrijf inches met een '.', zoals 1.25 of -0.5", at: document.location(of: row, field: column)))
          good = false
        }
      }
      guard good, point.count == 2 else { continue }
      let ring = ringColumn.map { row.fields[$0].trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
      let sector = sectorColumn.map { row.fields[$0].trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
      entries.append(
        ActorPositions.Entry(
          id: ActorID(id), x: point[0], y: point[1], ring: ringColumn == nil ? nil : (ring ?? ""), sector: sector,
          location: location))
    }
    if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
    return (ActorPositions(entries), diagnostics)
  }

  /// Reads the positions file at `path`; a file that cannot be opened is one error diagnostic.
  public static func read(contentsOf path: String) -> (positions: ActorPositions?, diagnostics: [Diagnostic]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      return (
        nil,
        [
          .error(
            "cannot read the positions file; check the path (draw --save-positions FILE writes one)",
            dutch:
              "het positiebestand is onleesbaar; controleer het pad (draw --save-positions BESTAND schrijft er een)",
            at: SourceLocation(file: path))
        ]
      )
    }
    return read(Array(data), path: path)
  }
}
