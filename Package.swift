// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CareerAdvisor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "advisor", targets: ["advisor"]),
        .library(name: "AdvisorCore", targets: ["AdvisorCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // GNU readline, imported by exactly one file of the executable (LineEditor.swift).
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // Reads Knowledge/*.yaml at build time and writes them into a Swift source file,
        // so the binary carries its knowledge wherever it is copied.
        .executableTarget(name: "KnowledgeEmbedder", dependencies: ["FolderWalker"]),
        // Lists the files under a folder by extension: one rule for which files are knowledge,
        // shared by the embedder, the executable and (as the same source file) the plugin.
        .target(name: "FolderWalker"),
        .plugin(
            name: "EmbedKnowledge",
            capability: .buildTool(),
            dependencies: ["KnowledgeEmbedder"]
        ),
        // Writes the git commit the executable is built from, for `advisor --version`.
        .plugin(name: "StampVersion", capability: .buildTool()),
        // All of the product's logic: text and a state in, a reply and a new state out.
        .target(
            name: "AdvisorCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            plugins: ["EmbedKnowledge"]
        ),
        // The thin executable: flags, readline, colors and files.
        .executableTarget(
            name: "advisor",
            dependencies: [
                "AdvisorCore",
                "CReadline",
                "FolderWalker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ],
            plugins: ["StampVersion"]
        ),
        .target(
            name: "AdvisorTestSupport",
            dependencies: ["AdvisorCore", .product(name: "Yams", package: "Yams")],
            path: "Tests/AdvisorTestSupport"
        ),
        .testTarget(
            name: "AdvisorCoreTests",
            dependencies: [
                "AdvisorCore",
                "AdvisorTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AdvisorEndToEndTests",
            dependencies: ["AdvisorTestSupport"],
            // The pseudo-terminal script is run by a test, not compiled.
            exclude: ["pty"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
