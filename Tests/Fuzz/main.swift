// A structured mutational fuzzer over every map reader, going on to what the commands do with
// what loads: build the network, compute every metric and the analysis, render every report
// format, lay out the drawing (its DOT text; Graphviz is not run) and write the map back in
// another format, which must read again. Those stages after the reader run once per distinct
// map (MapDigest): most mutants load to a map already seen. See Docs/Reliability.md.
//
//   fuzz-readers [--seconds S] [--executions N] [--seed N] [--reader NAME]... [--work DIR]
//                [--downstream-every N]
//   fuzz-readers --replay PATH --reader NAME [--variant N]
//
// Seeds: the maps under Examples/ and Tests/Fixtures/, written by MapWriter in every format
// (so each reader starts from files it reads), and the UCINET fixtures. Mutations: bit flips,
// hostile bytes and tokens (huge numbers, escape sequences, formulas, entities, declared
// sizes), deletions, duplications, splices with another seed; an xlsx workbook is mutated part
// by part inside its zip. Each input is written to DIR/current before it is read, so that a
// crash (which ends the process) leaves it there; Tests/Fuzz/run.sh keeps it as a regression
// fixture. An input that runs past the time limit is kept the same way, as a hang.
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import NetwerkkaartRender
import ZIPFoundation

/// What one run was asked to do.
struct Settings {
  var seconds = 6.0
  /// Stop a reader after this many inputs even before its time is up, so that a run with a seed
  /// tries the same inputs on a fast and a slow machine (CI).
  var executions: Int?
  /// The stages after the reader run for at most one distinct map in this many executions
  /// (1: for every distinct map). A long run raises it so that the reader stage gets most of
  /// the time: where most mutants load to a map not seen before (Pajek), those stages cost ten
  /// times the reading. Counted in executions, not seconds, so that a run stays repeatable.
  var downstreamEvery = 1
  var seed: UInt64 = 1
  var readers: [Target] = []
  /// In memory (`/dev/shm`) where there is one: every input is written to a file here before
  /// it is read, which on a busy disk cost more than the reading.
  var work = URL(
    fileURLWithPath: FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
  )
  .appendingPathComponent("netwerkkaart-fuzz")
  var replay: String?
  /// Which of the command variants a replay runs (directed, weighted, layout, round-trip
  /// format, by the input's number in a run); `nil`: every one.
  var variant: Int?
  var root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

  init(_ arguments: [String]) {
    var index = 1
    func value() -> String {
      index += 1
      return index < arguments.count ? arguments[index] : ""
    }
    while index < arguments.count {
      switch arguments[index] {
      case "--seconds": seconds = Double(value()) ?? seconds
      case "--seed": seed = UInt64(value()) ?? seed
      case "--executions": executions = Int(value())
      case "--downstream-every": downstreamEvery = max(1, Int(value()) ?? 1)
      case "--reader": if let target = Target(rawValue: value()) { readers.append(target) }
      case "--work": work = URL(fileURLWithPath: value())
      case "--replay": replay = value()
      case "--variant": variant = Int(value())
      case "--root": root = URL(fileURLWithPath: value())
      default:
        FileHandle.standardError.write(Data("fuzz-readers: unknown argument \(arguments[index])\n".utf8))
        exit(2)
      }
      index += 1
    }
    if readers.isEmpty { readers = Target.allCases.filter(\.isReadable) }
  }
}

/// A reader under test, by the input it reads.
enum Target: String, CaseIterable {
  case csvFolder = "csv"
  case edgeList = "edgelist"
  case yaml, json
  case nodeLink = "node-link"
  case xlsx
  case graphML = "graphml"
  case gexf, pajek
  case ucinet = "dl"
  case vna

  var format: MapFormat {
    switch self {
    case .csvFolder: .csv
    case .edgeList: .edgeList
    case .yaml: .yaml
    case .json: .json
    case .nodeLink: .nodeLink
    case .xlsx: .xlsx
    case .graphML: .graphML
    case .gexf: .gexf
    case .pajek: .pajek
    case .ucinet: .ucinet
    case .vna: .vna
    }
  }

  /// GEXF is written, not read, by this version: it is fuzzed once a reader exists.
  var isReadable: Bool { format.isReadable }

  /// The name the input is written under.
  var fileName: String {
    switch self {
    case .csvFolder: "map"
    case .edgeList: "ties.csv"
    case .yaml: "map.yaml"
    case .json: "map.json"
    case .nodeLink: "map.node-link.json"
    case .xlsx: "map.xlsx"
    case .graphML: "map.graphml"
    case .gexf: "map.gexf"
    case .pajek: "map.net"
    case .ucinet: "map.dl"
    case .vna: "map.vna"
    }
  }
}

/// An input: named byte strings (a CSV folder's files, a workbook's parts, or one file).
typealias Input = [String: [UInt8]]

/// The fuzzer's random numbers: NetwerkkaartCore's SplitMix64, so that a run can be repeated.
typealias Generator = SplitMix64

/// Hostile tokens, from the attacks of issue 17 and the formats' own syntax.
let tokens: [String] = [
  "9223372036854775807", "-9223372036854775808", "18446744073709551616", "2147483648", "1e308", "1.7e308", "1e19",
  "-1", "0", "nan", "inf", "-inf", "1e-320", "99999999999999999999", "\u{1B}[2J", "\u{1B}]52;c;aGk=\u{07}", "\r",
  "\u{0}", "\u{FEFF}", "e\u{301}", "\u{202E}", "=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "<script>", "&amp;", "&x;",
  "&#0;", "&#1114112;", "<!DOCTYPE a [<!ENTITY x \"yyyyyyyyyy\">]>", "]]>", "<![CDATA[", "*Vertices 30000000",
  "*Vertices 1000001", "*Edges", "*Arcs", "*Matrix", "n=2147483648", "nm=99999", "format=fullmatrix", "labels embedded",
  "data:", "XFD1048577", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ1", "A9223372036854775807", "r=\"99999999999999999999\"", "\"",
  "\"\"", "'", ",", ";", "\t", "\n", "- ", ": ", "&anchor", "*anchor", "!!binary", "{", "}", "[", "]", "null", "true",
  "\"directed\": true", "\"multigraph\": true", "weight", "source", "target", "id", "role", "kern", "school",
]

/// One to four mutations of `input`, `others` being seeds of the same reader to splice from.
func mutate(_ input: Input, others: [Input], using random: inout Generator) -> Input {
  var result = input
  guard let name = result.keys.sorted().randomElement(using: &random) else { return result }
  var bytes = result[name] ?? []
  // Mostly one mutation: an input with a single fault reaches the commands more often.
  let rounds = Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: 2...4, using: &random) : 1
  for _ in 0..<rounds {
    let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
    switch Int.random(in: 0..<8, using: &random) {
    case 0 where !bytes.isEmpty:
      bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
    case 1 where !bytes.isEmpty:
      bytes[position] =
        [0, 0xFF, 0x22, 0x2C, 0x3B, 0x0A, 0x3C, 0x3E, 0x26, 0x3D, 0x1B, 0x27].randomElement(
          using: &random) ?? 0
    case 2 where !bytes.isEmpty:
      let length = Int.random(in: 1...min(64, bytes.count - position), using: &random)
      bytes.removeSubrange(position..<position + length)
    case 3 where !bytes.isEmpty:
      let length = Int.random(in: 1...min(256, bytes.count - position), using: &random)
      let copies = Int.random(in: 1...8, using: &random)
      let chunk = Array(bytes[position..<position + length])
      bytes.insert(contentsOf: Array([[UInt8]](repeating: chunk, count: copies).joined()), at: position)
    case 4:
      let token = tokens.randomElement(using: &random) ?? ""
      bytes.insert(contentsOf: Array(token.utf8), at: position)
    case 5:
      // A number in the text replaced by a hostile one.
      if let digit = bytes[position...].firstIndex(where: { (0x30...0x39).contains($0) }) {
        var end = digit
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == 0x2E { end += 1 }
        let number = tokens.prefix(14).randomElement(using: &random) ?? "0"
        bytes.replaceSubrange(digit..<end, with: Array(number.utf8))
      }
    case 6:
      if let other = others.randomElement(using: &random)?[name], !other.isEmpty {
        let start = Int.random(in: 0..<other.count, using: &random)
        let length = Int.random(in: 1...min(512, other.count - start), using: &random)
        bytes.insert(contentsOf: other[start..<start + length], at: position)
      }
    default:
      if position < bytes.count {
        let length = Int.random(in: 1...min(16, bytes.count - position), using: &random)
        bytes.replaceSubrange(position..<position + length, with: bytes[position..<position + length].reversed())
      }
    }
  }
  result[name] = bytes
  return result
}

/// Writes `input` for `target` at `path`: the files of a CSV folder, a zip of a workbook's
/// parts, or one file.
func write(_ input: Input, for target: Target, at path: URL) throws {
  try? FileManager.default.removeItem(at: path)
  switch target {
  case .csvFolder:
    try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
    for (name, bytes) in input { try Data(bytes).write(to: path.appendingPathComponent(name)) }
  case .xlsx:
    if let raw = input["(zip)"] {
      try Data(raw).write(to: path)
      return
    }
    let archive = try Archive(url: path, accessMode: .create)
    for (name, bytes) in input.sorted(by: { $0.key < $1.key }) {
      let data = Data(bytes)
      try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
        position, size in data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
  default:
    try Data(input.values.first ?? []).write(to: path)
  }
}

/// The seed inputs of `target`: every example and fixture map written in its format.
func seeds(for target: Target, maps: [PartnershipMap], root: URL, scratch: URL) -> [Input] {
  var inputs: [Input] = []
  if target == .ucinet {
    let folder = root.appendingPathComponent("Tests/Fixtures/ucinet")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".dl") {
      if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
        inputs.append([target.fileName: [UInt8](data)])
      }
    }
    return inputs
  }
  for (index, map) in maps.enumerated() {
    let path = scratch.appendingPathComponent("seed-\(index)-\(target.fileName)")
    guard (try? MapWriter.write(map, to: path.path, format: target.format)) != nil else { continue }
    switch target {
    case .csvFolder:
      var input = Input()
      for name in (try? FileManager.default.contentsOfDirectory(atPath: path.path)) ?? [] {
        input[name] = FileManager.default.contents(atPath: path.appendingPathComponent(name).path).map { [UInt8]($0) }
      }
      inputs.append(input)
    case .xlsx:
      // `pathEncoding:` picks the throwing initializer (without it, `try?` picks the deprecated
      // failable one).
      guard let archive = try? Archive(url: path, accessMode: .read, pathEncoding: nil) else { continue }
      var input = Input()
      for entry in archive {
        var data = Data()
        _ = try? archive.extract(entry) { data.append($0) }
        input[entry.path] = [UInt8](data)
      }
      inputs.append(input)
    default:
      if let data = FileManager.default.contents(atPath: path.path) { inputs.append([target.fileName: [UInt8](data)]) }
    }
  }
  return inputs
}

/// The maps the seeds are written from: Examples/ and the fixtures with a ties table.
func seedMaps(root: URL) -> [PartnershipMap] {
  var maps: [PartnershipMap] = []
  for base in ["Examples", "Tests/Fixtures"] {
    let folder = root.appendingPathComponent(base)
    for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
      let path = folder.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: path + "/ties.csv"), let map = try? MapLoader.load(path: path),
        map.ties.count <= 400
      else { continue }
      maps.append(map)
    }
  }
  return maps
}

/// What happened to one input.
enum Outcome {
  case refused
  case processed
  case roundTripFailed(String)
}

/// The reader stage: the map `path` loads to, or `nil` when the reader refuses it.
func load(_ path: String, _ target: Target) -> PartnershipMap? {
  (try? MapLoader.read(path: path, format: target.format))?.map
}

/// Everything a command does with a map read from `path`.
func exercise(_ path: String, _ target: Target, variant: Int, scratch: URL) -> Outcome {
  var times = StageTimes()
  var shapes = Set<MapDigest>()
  guard let map = load(path, target) else { return .refused }
  return downstream(map, source: path, variant: variant, scratch: scratch, shapes: &shapes, times: &times)
}

/// What the commands do with a loaded map: build the network, compute every metric and the
/// analysis, render every report, lay out the drawing and write the map back in another format,
/// which must read again. `variant` chooses directed or not, weighted or not, the layout and
/// the round-trip format; a map whose shape (``MapDigest/init(shapeOf:directed:weighted:)``) is
/// in `shapes` is drawn with the DOT layout instead of rings. `times` is charged for each stage.
func downstream(
  _ map: PartnershipMap, source path: String, variant: Int, scratch: URL, shapes: inout Set<MapDigest>,
  times: inout StageTimes
) -> Outcome {
  let directed = variant & 1 == 1
  let weighted = variant & 2 == 2
  let analysis = PartnershipAnalysis(map, directed: directed, weighted: weighted, threads: 1)
  times.lap(.analysis)
  for format in MetricsReport.Format.allCases {
    if let report = try? MetricsReport(source: path, map: map, table: analysis.metrics, order: .input) {
      _ = report.rendered(as: format)
    }
  }
  for format in AnalysisReport.Format.allCases {
    _ = AnalysisReport(source: path, analysis: analysis).rendered(as: format)
  }
  times.lap(.reports)
  let layouts: [DrawingOptions.Layout] = [.rings, .dot, .neato]
  var layout = layouts[variant % layouts.count]
  if layout == .rings && !shapes.insert(MapDigest(shapeOf: map, directed: directed, weighted: weighted)).inserted {
    layout = .dot
  }
  let options = DrawingOptions(layout: layout, sizeBy: .betweenness)
  if let drawing = try? MapDrawing(map: map, network: analysis.analysis.network, options: options) {
    _ = drawing.dot.count
  }
  times.lap(.drawing)
  // Written back in another format, the map must read again.
  let writable = MapFormat.allCases.filter { $0.isWritable && $0.isReadable }
  let format = writable[variant % writable.count]
  let copy = scratch.appendingPathComponent("roundtrip" + (format == .csv ? "" : "." + extensionOf(format)))
  try? FileManager.default.removeItem(at: copy)
  defer { times.lap(.roundTrip) }
  do {
    try MapWriter.write(map, to: copy.path, format: format)
    _ = try MapLoader.load(path: copy.path, format: format)
  } catch {
    return .roundTripFailed("\(format.rawValue): \(error)")
  }
  return .processed
}

func extensionOf(_ format: MapFormat) -> String {
  switch format {
  case .edgeList: "csv"
  case .nodeLink: "node-link.json"
  case .pajek: "net"
  case .ucinet: "dl"
  default: format.rawValue
  }
}

/// When the current input started, for the watchdog: the wall clock and the process's CPU
/// seconds; far in the future while no input is being exercised (seeds are being made).
nonisolated(unsafe) var inputStarted = Date.distantFuture
nonisolated(unsafe) var inputStartedCPU = Double.infinity
nonisolated(unsafe) var watchdogTarget = ""
/// An input is a hang when it takes this much CPU time: CPU rather than wall-clock time, so
/// that a run under `nice` on a busy machine does not keep slow-but-finishing inputs as hangs
/// (the first long run kept a 77-actor map whose rings drawing took 3 s of CPU, 30 s of wall
/// time at a load of 16 on 2 cores).
let hangSeconds = 30.0
/// An input that blocks without computing (waiting forever) is a hang after this much wall time.
let blockedSeconds = 600.0

/// The CPU time (user + system) the process has used, in seconds.
func cpuSeconds() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func startWatchdog(work: URL) {
  let thread = Thread {
    while true {
      Thread.sleep(forTimeInterval: 1)
      let cpu = cpuSeconds() - inputStartedCPU
      let wall = Date().timeIntervalSince(inputStarted)
      if cpu > hangSeconds || wall > blockedSeconds {
        try? Data("hang \(watchdogTarget)\n".utf8).write(to: work.appendingPathComponent("current.hang"))
        let what = cpu > hangSeconds ? "\(Int(hangSeconds)) s of CPU time" : "\(Int(blockedSeconds)) s"
        FileHandle.standardError.write(
          Data("fuzz-readers: an input of \(watchdogTarget) ran past \(what); kept as a hang\n".utf8))
        exit(3)
      }
    }
  }
  thread.start()
}

let settings = Settings(CommandLine.arguments)
/// How often a run reports its figures so far on standard error.
let progressSeconds = 300.0
let scratch = settings.work.appendingPathComponent("scratch")
try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
let current = settings.work.appendingPathComponent("current")

if let replay = settings.replay, let target = settings.readers.first {
  // By default one variant per round-trip format (which, with the directed, weighted and
  // layout choices, depends on the input's number in the run that found it).
  let variantCount = MapFormat.allCases.filter { $0.isWritable && $0.isReadable }.count
  var outcome = "processed"
  for variant in settings.variant.map({ [$0] }) ?? Array(0..<variantCount) {
    let started = Date()
    switch exercise(replay, target, variant: variant, scratch: scratch) {
    case .refused: outcome = "refused (no crash)"
    case .processed: break
    case .roundTripFailed(let reason):
      print("round trip failed (variant \(variant)): \(reason)")
      exit(1)
    }
    if settings.variant != nil || Date().timeIntervalSince(started) > 5 {
      FileHandle.standardError.write(
        Data("variant \(variant): \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n".utf8))
    }
    if outcome != "processed" { break }
  }
  print(outcome)
  exit(0)
}

startWatchdog(work: settings.work)
let maps = seedMaps(root: settings.root)
var random = Generator(seed: settings.seed)
var findings: [String] = []
print("reader      executions  loaded  distinct  refused  round-trip failures  seeds  seconds  per CPU second")
for target in settings.readers {
  guard target.isReadable else {
    print("\(target.rawValue): no reader in this version (written only); nothing to fuzz")
    continue
  }
  (inputStarted, inputStartedCPU) = (.distantFuture, .infinity)
  let corpus = seeds(for: target, maps: maps, root: settings.root, scratch: scratch)
  guard !corpus.isEmpty else {
    print("\(target.rawValue): no seeds")
    continue
  }
  watchdogTarget = target.rawValue
  try? Data(target.rawValue.utf8).write(to: settings.work.appendingPathComponent("current.reader"))
  var counts = (executions: 0, loaded: 0, distinct: 0, refused: 0, failed: 0)
  // The maps that went through the stages after the reader: a mutant that loads to one of
  // them again stops after the reader (MapDigest).
  var seen = Set<MapDigest>()
  var shapes = Set<MapDigest>()
  var times = StageTimes()
  let started = Date()
  let deadline = started.addingTimeInterval(settings.seconds)
  var nextProgress = started.addingTimeInterval(progressSeconds)
  while Date() < deadline && counts.executions < (settings.executions ?? .max) {
    if Date() >= nextProgress {
      // A long run's figures so far, on standard error (the table comes when the reader is done).
      nextProgress = Date().addingTimeInterval(progressSeconds)
      FileHandle.standardError.write(
        Data(
          "fuzz-readers: \(target.rawValue): \(counts.executions) executions, \(counts.loaded) loaded, \(counts.distinct) through every command, \(counts.refused) refused, \(counts.failed) round trips not read back, \(Int(Date().timeIntervalSince(started))) s, \(String(format: "%.0f", times.total)) s of CPU\n"
            .utf8))
    }
    times.restart()
    guard let seed = corpus.randomElement(using: &random) else { break }
    var input = mutate(seed, others: corpus, using: &random)
    if target == .xlsx && Int.random(in: 0..<20, using: &random) == 0 {
      // Now and then the zip itself is mutated, not a part of it.
      let zipped = settings.work.appendingPathComponent("zip.xlsx")
      try? write(seed, for: .xlsx, at: zipped)
      let raw = FileManager.default.contents(atPath: zipped.path).map { [UInt8]($0) } ?? []
      input = mutate(["(zip)": raw], others: [], using: &random)
    }
    times.lap(.mutate)
    let path = current.appendingPathComponent(target.fileName)
    try? FileManager.default.createDirectory(at: current, withIntermediateDirectories: true)
    guard (try? write(input, for: target, at: path)) != nil else { continue }
    times.lap(.writeInput)
    let number = counts.executions
    counts.executions += 1
    (inputStarted, inputStartedCPU) = (Date(), cpuSeconds())
    guard let map = load(path.path, target) else {
      counts.refused += 1
      times.lap(.read)
      continue
    }
    times.lap(.read)
    counts.loaded += 1
    let digest = MapDigest(map)
    times.lap(.digest)
    // A map not seen before, when the share of the stages after the reader allows: else it
    // stays unseen, to go on when it loads again.
    guard !seen.contains(digest), counts.distinct * settings.downstreamEvery <= number else { continue }
    seen.insert(digest)
    counts.distinct += 1
    if case .roundTripFailed(let reason) = downstream(
      map, source: path.path, variant: number, scratch: scratch, shapes: &shapes, times: &times)
    {
      counts.failed += 1
      let kept = settings.work.appendingPathComponent("findings/\(target.rawValue)-\(number)")
      try? FileManager.default.createDirectory(at: kept.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? FileManager.default.copyItem(at: path, to: kept)
      if findings.count < 20 { findings.append("\(target.rawValue): \(reason.prefix(300)) (kept as \(kept.path))") }
    }
  }
  let elapsed = Date().timeIntervalSince(started)
  let name = target.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
  // Per CPU second of the fuzzing thread: the wall clock of a shared machine measures the others.
  let rate = String(format: "%.0f", Double(counts.executions) / max(times.total, 0.001))
  print(
    "\(name)  \(String(counts.executions).leftPadded(10))  \(String(counts.loaded).leftPadded(6))  \(String(counts.distinct).leftPadded(8))  \(String(counts.refused).leftPadded(7))  \(String(counts.failed).leftPadded(19))  \(String(corpus.count).leftPadded(5))  \(String(Int(elapsed)).leftPadded(7))  \(rate.leftPadded(14))"
  )
  print("  CPU time by stage: \(times.summary)")
  fflush(nil)
}
try? FileManager.default.removeItem(at: current)
for finding in findings { print("finding: \(finding)") }
exit(findings.isEmpty ? 0 : 1)

extension String {
  func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
