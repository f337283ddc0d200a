// swift-tools-version: 6.0
//
// Netwerkkaart: social network analysis of school partnerships.
//
// Layering (dependencies point one way):
//   NetwerkkaartCore  model, paths and metrics; no file IO, no C
//   NetwerkkaartIO    reading and writing netwerkkaart files in every format, metric reports
//   NetwerkkaartRender  the ring layout and drawings; the only user of Graphviz (CGraphviz)
//   NetwerkkaartHTMLReport  the self-contained HTML report of several maps (Core, IO, Render)
//   netwerkkaart      the command-line tool
import PackageDescription

let package = Package(
  name: "Netwerkkaart",
  // Synchronization's Mutex (the parallel path sweep, the Graphviz lock) needs these releases;
  // nothing else in the code needs a later one.
  platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
  products: [
    .library(name: "NetwerkkaartCore", targets: ["NetwerkkaartCore"]),
    .library(name: "NetwerkkaartIO", targets: ["NetwerkkaartIO"]),
    .library(name: "NetwerkkaartRender", targets: ["NetwerkkaartRender"]),
    .library(name: "NetwerkkaartHTMLReport", targets: ["NetwerkkaartHTMLReport"]),
    .executable(name: "netwerkkaart", targets: ["netwerkkaart"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Core
    .target(
      name: "NetwerkkaartCore",
      dependencies: [
        .product(name: "OrderedCollections", package: "swift-collections"),
        .product(name: "HeapModule", package: "swift-collections"),
      ]
    ),
    // IO (imports Yams and ZIPFoundation `internal`ly: a user of the library needs neither)
    .target(
      name: "NetwerkkaartIO",
      dependencies: [
        "NetwerkkaartCore",
        .product(name: "OrderedCollections", package: "swift-collections"),
        "CNetwerkkaartZlib",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // zlib, to unpack workbook parts within their bounds (see WorkbookPackage)
    .systemLibrary(
      name: "CNetwerkkaartZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
    ),
    // Rendering
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    .target(
      name: "NetwerkkaartRender",
      dependencies: [
        "NetwerkkaartCore",
        "CGraphviz",
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
    // Report
    .target(
      name: "NetwerkkaartHTMLReport",
      dependencies: ["NetwerkkaartCore", "NetwerkkaartIO", "NetwerkkaartRender"]
    ),
    // CLI
    .executableTarget(
      name: "netwerkkaart",
      dependencies: [
        "NetwerkkaartCore",
        "NetwerkkaartIO",
        "NetwerkkaartRender",
        "NetwerkkaartHTMLReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Examples
    .executableTarget(
      name: "embedding-example",
      dependencies: ["NetwerkkaartCore", "NetwerkkaartIO", "NetwerkkaartRender"],
      path: "Examples/Embedding"
    ),
    // Tests
    .executableTarget(
      name: "render-loop",
      dependencies: ["NetwerkkaartCore", "NetwerkkaartIO", "NetwerkkaartRender"],
      path: "Tests/RenderLoop"
    ),
    .executableTarget(
      name: "fuzz-readers",
      dependencies: [
        "NetwerkkaartCore", "NetwerkkaartIO", "NetwerkkaartRender",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Tests/Fuzz",
      exclude: ["run.sh"]
    ),
    .target(
      name: "NetwerkkaartTestSupport",
      dependencies: ["NetwerkkaartCore", "NetwerkkaartIO"],
      path: "Tests/NetwerkkaartTestSupport"
    ),
    .testTarget(
      name: "CoreTests",
      dependencies: ["NetwerkkaartCore", "NetwerkkaartTestSupport"]
    ),
    .testTarget(
      name: "IOTests",
      dependencies: [
        "NetwerkkaartCore", "NetwerkkaartIO", "NetwerkkaartTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "RenderTests",
      dependencies: ["NetwerkkaartCore", "NetwerkkaartRender", "NetwerkkaartTestSupport"]
    ),
    .testTarget(
      name: "HTMLReportTests",
      dependencies: ["NetwerkkaartCore", "NetwerkkaartRender", "NetwerkkaartHTMLReport", "NetwerkkaartTestSupport"]
    ),
    .testTarget(
      name: "CLITests",
      dependencies: ["NetwerkkaartTestSupport"]
    ),
  ]
)
