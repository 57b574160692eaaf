import AdvisorTestSupport
import Foundation
import Testing

/// `advisor replay` run as a person runs it: the built binary, files in a scratch folder.
struct ReplayCommandTests {
    /// What one run of the binary printed and how it ended.
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The `advisor` binary next to the test bundle in the build folder.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("advisor")

    private func advisor(_ arguments: [String], input: String = "", in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Transcripts"), withIntermediateDirectories: true)
        return folder
    }

    private func read(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func recordsAChatThenReplaysItFailsOnAChangedReplyAndUpdatesIt() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "Transcripts/frontend.transcript"

        let recording = try advisor(
            ["replay", "--record", path, "--about", "Frontend timeline."],
            input: "how long from frontend to MLOps\nthanks\n", in: folder)
        #expect(recording.status == 0, "\(recording.errors)")
        #expect(recording.output.hasSuffix("wrote \(path) (2 turns)\n"))
        let recorded = try read(path, in: folder)
        #expect(recorded.hasPrefix("# Frontend timeline.\n\n> how long from frontend to MLOps\n  "))

        let clean = try advisor(["replay"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.output == "1 passed, 0 failed\n")

        let lines = recorded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firstReplyLine = try #require(lines.firstIndex { $0.hasPrefix("  ") })
        var changed = lines
        changed[firstReplyLine] = "  Something the advisor never says."
        try changed.joined(separator: "\n").write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)

        let failing = try advisor(["replay", "Transcripts"], in: folder)
        #expect(failing.status == 1)
        #expect(
            failing.output.hasPrefix(
                "\(path):3: error: turn 1 \"> how long from frontend to MLOps\" gives a different reply\n--- expected\n+++ actual\n@@ -1"))
        #expect(failing.output.contains("\n-Something the advisor never says.\n+\(lines[firstReplyLine].dropFirst(2))\n"))
        #expect(failing.output.hasSuffix("0 passed, 1 failed\n"))

        let updating = try advisor(["replay", "--update", path], in: folder)
        #expect(updating.status == 0)
        #expect(updating.output == "updated \(path)\n1 passed, 0 failed (1 updated)\n")
        #expect(try read(path, in: folder) == recorded)
    }

    @Test func refusesToRecordOverAnExistingTranscript() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# mine\n> hi\n".write(to: folder.appendingPathComponent("Transcripts/mine.transcript"), atomically: true, encoding: .utf8)
        let run = try advisor(["replay", "--record", "Transcripts/mine.transcript"], input: "hello\n", in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "Transcripts/mine.transcript: error: the file exists (pass --force to replace it)\n")
        #expect(try read("Transcripts/mine.transcript", in: folder) == "# mine\n> hi\n")
    }

    @Test func reportsAMalformedTranscriptWithItsLineAndCountsItAsFailed() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x23, 0x20, 0x73, 0x0A, 0x3E, 0x20, 0xFF, 0xFE, 0x0A]).write(
            to: folder.appendingPathComponent("Transcripts/bad.transcript"))
        let run = try advisor(["replay"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.errors == "Transcripts/bad.transcript:2: error: unreadable bytes: the line is not valid UTF-8 (save the file as UTF-8)\n")
        #expect(run.output == "0 passed, 1 failed\n")
    }

    @Test func readsTheKnowledgeFolderGivenWithKnowledge() throws {
        let broken = BrokenKnowledge()
        try #require(
            broken.replace(
                "toolsToLearn: [docker, kubernetes, mlflow, kubeflow]",
                with: "toolsToLearn: [docker, kubernetes, mlflow, kubeflw]", in: "Knowledge/paths.yaml") != nil)
        let folder = try TemporaryFolder()
        try CheckCommandTests.write(broken.files, under: folder)
        let run = try AdvisorProcess.run(["replay", "--knowledge", folder.path + "/Knowledge", "Transcripts"])
        #expect(run.status == 2)
        #expect(run.errorLines.contains { $0.hasPrefix(folder.path + "/Knowledge/paths.yaml:") && $0.contains("unknown tool \"kubeflw\"") })
    }

    @Test func failsWhenThereIsNothingToReplay() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try advisor(["replay"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "Transcripts: error: no transcripts found (transcripts end in .transcript)\n")
    }
}
