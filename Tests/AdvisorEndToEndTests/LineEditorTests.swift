import Foundation
import Testing

/// `advisor chat` in a real pseudo-terminal, driven by `pty/chat_session.py` (python3 + pexpect).
struct LineEditorTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("pty/chat_session.py")

    /// The first `python3` on `PATH` (where pexpect is installed), else the system one.
    static var python: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.map { URL(fileURLWithPath: $0).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test(.enabled(if: python != nil, "python3 is not installed, so the pseudo-terminal test cannot run"))
    func editsCompletesRecallsAndSavesHistoryInARealTerminal() throws {
        let python = try #require(Self.python)
        let process = Process()
        process.executableURL = python
        process.arguments = [Self.script.path, AdvisorProcess.binary.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let transcript = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus != 77, "pexpect is missing and pip could not install it:\n\(transcript)")
        #expect(process.terminationStatus == 0, "\(transcript)")
        #expect(transcript.contains("all pty checks passed"))
    }
}
