// Embedding Netwerkkaart in a Swift program: build a map in code, or read one from disk,
// and use the metrics. Run with `swift run embedding-example [MAP]`.
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import NetwerkkaartRender

/// Prints each diagnostic on standard error and stops.
func fail(_ error: MapError) -> Never {
  for diagnostic in error.diagnostics {
    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
  }
  exit(1)
}

// 1. A small map built in code: the school, two team members and two partners.
let inCode: PartnershipMap
do {
  inCode = try PartnershipMap(
    actors: [
      ActorRecord(id: "school", label: "Basisschool De Linde", role: .core, type: "school"),
      ActorRecord(id: "directeur", label: "Directeur", role: .core, type: "schoolteam"),
      ActorRecord(id: "zoco", label: "Zorgcoördinator", role: .core, type: "schoolteam"),
      ActorRecord(id: "clb", label: "CLB Kempen", role: .framing, type: "clb"),
      ActorRecord(id: "bib", label: "Bibliotheek", role: .context, type: "bibliotheek"),
    ],
    ties: [
      TieRecord(source: "school", target: "directeur", weight: 5),
      TieRecord(source: "school", target: "zoco", weight: 4),
      TieRecord(source: "zoco", target: "clb", weight: 3, attributes: ["motief": "taak"]),
      TieRecord(source: "directeur", target: "bib", weight: 1, attributes: ["motief": "groei"]),
    ])
} catch {
  fail(error)
}

let table = MetricsTable(Network(inCode))
print("Map built in code: \(table.figures.actors) actors, \(table.figures.ties) ties, density \(table.figures.density)")
for (actor, betweenness) in zip(inCode.actors, table.betweenness.raw) {
  print("  \(actor.displayName) (\(actor.role?.rawValue ?? "-")): betweenness \(betweenness)")
}

// The same map drawn: rings around the school, SVG as a string (PNG and PDF as Data).
do {
  let drawing = try MapDrawing(map: inCode, network: Network(inCode), options: DrawingOptions(language: .en))
  let svg = try drawing.svg()
  let actorNodes = svg.components(separatedBy: "class=\"node actor").count - 1
  print("Drawing: \(actorNodes) actor nodes in \(svg.utf8.count > 1000 ? "an" : "a tiny") SVG")
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}

// 2. A map from disk, weighted: the three strongest brokers.
if CommandLine.arguments.count > 1 {
  let path = CommandLine.arguments[1]
  let map: PartnershipMap
  do {
    map = try MapLoader.load(path: path)
  } catch {
    fail(error)
  }
  let network = Network(map, weighted: true)
  let metrics = MetricsTable(network)
  let brokers = map.actors.indices.sorted { metrics.betweenness.normalized[$0] > metrics.betweenness.normalized[$1] }
  print("Strongest brokers in \(path):")
  for index in brokers.prefix(3) {
    let value = (metrics.betweenness.normalized[index] * 1000).rounded() / 1000
    print("  \(map.actors[index].displayName): \(value)")
  }
}
