// swift-tools-version: 6.1
import PackageDescription

// The benchmarks live in their own package so that `make test` and CI never build them.
// Run them with `make bench` (in-process figures) and `make bench-cold` (whole processes).

// SwiftPM names a path dependency after its folder (the checkout's name, e.g. `CareerAdvisor`
// or a worktree's), so the product is looked up under whatever the parent folder is called.
let parentPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "CareerAdvisor"

let package = Package(
    name: "CareerAdvisorBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The knowledge, test utterances, scaled copies and transcripts both executables measure.
        .target(
            name: "BenchmarkFixtures",
            dependencies: [
                .product(name: "AdvisorCore", package: parentPackage),
                .product(name: "CompiledKnowledge", package: parentPackage),
            ]
        ),
        .executableTarget(
            name: "AdvisorBenchmarks",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "AdvisorCore", package: parentPackage),
                .product(name: "CompiledKnowledge", package: parentPackage),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/AdvisorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        // A plain executable running one workload, to profile with valgrind's callgrind.
        .executableTarget(
            name: "AdvisorProfile",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "AdvisorCore", package: parentPackage),
                .product(name: "CompiledKnowledge", package: parentPackage),
            ]
        ),
    ]
)
