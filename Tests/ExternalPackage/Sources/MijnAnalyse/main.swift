import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

// Read a map: a folder with actors.csv and ties.csv, or one file (xlsx, GraphML, YAML, Pajek…).
let path = CommandLine.arguments.dropFirst().first ?? "Examples/basisschool-de-linde"
let map: PartnershipMap
do {
  map = try MapLoader.load(path: path)
} catch {
  for diagnostic in error.diagnostics { print(diagnostic) }
  exit(1)
}

// One analysis of the map, undirected and unweighted; nothing is computed yet.
let analysis = NetworkAnalysis(map)
for warning in analysis.network.diagnostics { print("warning:", warning.message) }

// Per actor, by id and by typed measure.
if let clb = analysis[actor: "clb"] {
  print("CLB: degree \(clb.degree), betweenness \(clb.betweenness)")
  print("CLB: constraint \(clb[.constraint] ?? .nan)")
}
// Whole-map figures; nil when a figure is undefined for this map.
print("density", analysis.figure(.density) ?? 0, "diameter", analysis.figure(.diameter) ?? 0)

// A table and the partnership analysis are views of the same analysis: one path sweep.
let table = MetricsTable(analysis, extended: true)
let strongest = map.actors.max { a, b in
  (table.value(.betweennessNormalized, of: a.id) ?? 0) < (table.value(.betweennessNormalized, of: b.id) ?? 0)
}
print("strongest broker:", strongest?.displayName ?? "-")

// Parts of different maps are refused with a typed error, never a crash.
let other = try PartnershipMap(actors: [ActorRecord(id: "x")], ties: [])
do {
  _ = try PartnershipAnalysis(other, analysis: analysis)
} catch {
  print("refused:", error.localizedDescription)
}

// Results are values: a column encodes to JSON as it is.
if let column = table.column(.degree) {
  let json = try JSONEncoder().encode(column)
  print("degree column:", json.count, "bytes of JSON")
}
