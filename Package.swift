// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CareerAdvisor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "advisor", targets: ["advisor"]),
        .library(name: "AdvisorCore", targets: ["AdvisorCore"]),
        .library(name: "CompiledKnowledge", targets: ["CompiledKnowledge"]),
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
        // Lists the files under a folder by extension: one rule for which files are knowledge,
        // shared by the compiler tool, the executable and (as the same source file) the plugin.
        .target(name: "FolderWalker"),
        // Writes the git commit the executable is built from, for `advisor --version`.
        .plugin(name: "StampVersion", capability: .buildTool()),
        // All of the product's logic: text and a state in, a reply and a new state out.
        .target(
            name: "AdvisorCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Reads Knowledge/*.yaml at build time and writes them into Swift source files: the text,
        // and the KnowledgeImage AdvisorCore's own code builds from it (loaded, validated, indexed).
        .executableTarget(name: "KnowledgeCompiler", dependencies: ["AdvisorCore", "FolderWalker"]),
        .plugin(
            name: "EmbedKnowledge",
            capability: .buildTool(),
            dependencies: ["KnowledgeCompiler"]
        ),
        // The knowledge built into the binary: the compiled image, read at start instead of parsing
        // and indexing the YAML, and the YAML text itself (for tests, `eval` and `--knowledge`
        // comparisons). AdvisorCore carries no plugin, so the compiler tool can link it.
        .target(
            name: "CompiledKnowledge",
            dependencies: ["AdvisorCore"],
            plugins: ["EmbedKnowledge"]
        ),
        // The thin executable: flags, readline, colors and files.
        .executableTarget(
            name: "advisor",
            dependencies: [
                "AdvisorCore",
                "CompiledKnowledge",
                "CReadline",
                "FolderWalker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ],
            plugins: ["StampVersion"]
        ),
        .target(
            name: "AdvisorTestSupport",
            dependencies: ["AdvisorCore", "CompiledKnowledge", .product(name: "Yams", package: "Yams")],
            path: "Tests/AdvisorTestSupport"
        ),
        .testTarget(
            name: "AdvisorCoreTests",
            dependencies: [
                "AdvisorCore",
                "CompiledKnowledge",
                "AdvisorTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AdvisorEndToEndTests",
            dependencies: ["AdvisorTestSupport", "CompiledKnowledge"],
            // The pseudo-terminal script is run by a test, not compiled.
            exclude: ["pty"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
