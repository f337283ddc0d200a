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
  for _ in 0..<count {
    let drawing = try MapDrawing(map: map, network: network, options: DrawingOptions(layout: layout))
    for format in formats { bytes += try drawing.render(format).count }
  }
  print("rendered \(count) times, \(bytes) bytes")
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
