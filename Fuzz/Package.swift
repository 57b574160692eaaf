// swift-tools-version: 6.1
import PackageDescription

// The libFuzzer target over the whole turn pipeline lives in its own package, so that
// `make test` never builds it. Build and run it with `make fuzz` (Fuzz/run.sh).

// SwiftPM names a path dependency after its folder (the checkout's name, e.g. `CareerAdvisor`
// or a worktree's), so the product is looked up under whatever the parent folder is called.
let parentPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "CareerAdvisor"

let package = Package(
    name: "CareerAdvisorFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "AdvisorFuzzer",
            dependencies: [
                .product(name: "AdvisorCore", package: parentPackage),
                .product(name: "CompiledKnowledge", package: parentPackage),
            ],
            // libFuzzer supplies `main`; run.sh adds the sanitizers to every target.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
