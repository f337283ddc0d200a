// Renders one map many times in one process, for the leak check (Tests/Leaks/valgrind_check.sh):
// memory Graphviz loses per drawing would grow with the count.
//
//   render-loop MAP COUNT [LAYOUT] [FORMAT...]
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import NetwerkkaartRender

let arguments = CommandLine.arguments
guard arguments.count >= 3, let count = Int(arguments[2]), count > 0 else {
  FileHandle.standardError.write(Data("usage: render-loop MAP COUNT [rings|neato|fdp|...]\n".utf8))
  exit(2)
}
let layout = arguments.count > 3 ? DrawingOptions.Layout(rawValue: arguments[3]) ?? .rings : .rings
let formats = arguments.count > 4 ? arguments[4...].compactMap(ImageFormat.init(rawValue:)) : [.svg, .png]
do {
  let map = try MapLoader.load(path: arguments[1])
  let network = Network(map)
  var bytes = 0
  var durations: [Duration] = []
  let clock = ContinuousClock()
  for _ in 0..<count {
    let started = clock.now
    let drawing = try MapDrawing(map: map, network: network, options: DrawingOptions(layout: layout))
    for format in formats { bytes += try drawing.render(format).count }
    durations.append(clock.now - started)
  }
  let sorted = durations.sorted()
  print("rendered \(count) times, \(bytes) bytes; first \(durations[0]), median \(sorted[sorted.count / 2])")
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
