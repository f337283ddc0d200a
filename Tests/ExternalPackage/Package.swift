// swift-tools-version: 6.0
//
// A package outside the library that depends on it by path, as an embedder's would: its
// main.swift is the complete example of the DocC article "Embedding Netwerkkaart"
// (Sources/NetwerkkaartCore/NetwerkkaartCore.docc/EmbeddingNetwerkkaart.md; a test checks that
// the two are the same). `.ci/run` builds and runs it:
//
//     swift run --package-path Tests/ExternalPackage --scratch-path .build-external MijnAnalyse \
//       Examples/basisschool-de-linde
import Foundation
import PackageDescription

// The repository root, two folders up. Its package identity is its folder's name, which differs
// between clones, so it is read from the path rather than written here.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent()
  .standardizedFileURL
let netwerkkaart = root.lastPathComponent.lowercased()

let package = Package(
  name: "MijnAnalyse",
  platforms: [.macOS(.v15)],
  dependencies: [.package(path: root.path)],
  targets: [
    .executableTarget(
      name: "MijnAnalyse",
      dependencies: [
        .product(name: "NetwerkkaartCore", package: netwerkkaart),
        .product(name: "NetwerkkaartIO", package: netwerkkaart),
      ])
  ]
)
