import Foundation
import Testing

/// Runs the built `advisor` binary the way a shell would, with piped standard input.
struct AdvisorProcess {
    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var output: String
        var error: String

        /// Standard output's non-empty lines.
        var outputLines: [String] { output.split(separator: "\n").map(String.init) }
        /// Standard error's lines.
        var errorLines: [String] { error.split(separator: "\n").map(String.init) }
    }

    /// The `advisor` binary next to this test bundle (`.build/debug/advisor`), built by
    /// `swift build --build-tests` (which `make test` runs first).
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("advisor") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs `advisor ARGUMENTS` with `input` on standard input and waits for it to end.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        try run(arguments, inputBytes: Array(input.utf8), environment: environment)
    }

    static func run(_ arguments: [String], inputBytes: [UInt8], environment: [String: String] = [:]) throws -> Result {
        try #require(
            FileManager.default.isExecutableFile(atPath: binary.path),
            "no advisor binary at \(binary.path): run `swift build --build-tests` (or `make test`) first")
        let folder = try TemporaryFolder()
        let inputFile = folder.url.appendingPathComponent("stdin")
        try Data(inputBytes).write(to: inputFile)
        let outputFile = folder.url.appendingPathComponent("stdout")
        let errorFile = folder.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }

    /// Parses one line of `--json` output.
    static func json(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(line)")
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    var path: String { url.path }
}
