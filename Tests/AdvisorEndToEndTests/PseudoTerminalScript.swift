import Foundation
import Testing

/// A python3 + pexpect script under `pty/` that drives `advisor chat` in a real pseudo-terminal.
///
/// The script gets the binary's path, prints what it checks, and exits 0 when every check
/// passed or 77 when pexpect is missing and could not be installed.
struct PseudoTerminalScript {
    let url: URL

    init(_ name: String) {
        url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("pty/\(name)")
    }

    /// The first `python3` on `PATH` (where pexpect is installed), else the system one.
    static var python: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.map { URL(fileURLWithPath: $0).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the script against the built binary and expects it to pass, printing `success`.
    func expectToPass(printing success: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let python = try #require(Self.python, sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = python
        process.arguments = [url.path, AdvisorProcess.binary.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let transcript = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(
            process.terminationStatus != 77, "pexpect is missing and pip could not install it:\n\(transcript)",
            sourceLocation: sourceLocation)
        #expect(process.terminationStatus == 0, "\(transcript)", sourceLocation: sourceLocation)
        #expect(transcript.contains(success), sourceLocation: sourceLocation)
    }
}
