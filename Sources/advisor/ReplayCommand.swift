import AdvisorCore
import ArgumentParser
import FolderWalker
import Foundation
import Rainbow

/// `advisor replay`: scripted conversations replayed as tests, `--update` to rewrite their
/// replies, `--record` to turn a chat into a new transcript.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts (scripted conversations) and report every reply that changed.",
        discussion: """
            Each transcript is replayed from a fresh conversation; every reply is rendered as plain \
            text at 80 columns and compared with the one the transcript expects. Failures print the \
            transcript, the turn and a unified diff (expected against actual). The format is \
            described in Transcripts/README.md.

            Exit status: 0 when every transcript passes, 1 otherwise.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Transcript files, or folders whose *.transcript files are replayed.", valueName: "file|dir"))
    var paths: [String] = ["Transcripts"]

    @Flag(help: "Rewrite each transcript's expected replies from the current behaviour (review with git diff).")
    var update = false

    @Option(
        name: .customLong("record"),
        help: ArgumentHelp(
            "Chat with lines read from standard input and write the conversation to a new transcript.", valueName: "file"))
    var recordPath: String?

    @Option(help: "With --record: what the transcript shows (its first line).")
    var about: String?

    @Flag(help: "With --record: replace the file if it exists.")
    var force = false

    func validate() throws {
        if recordPath != nil, update { throw ValidationError("--record and --update cannot be used together.") }
        if recordPath == nil, about != nil || force { throw ValidationError("--about and --force go with --record FILE.") }
    }

    func run() throws {
        let advisor = try global.loadAdvisor()
        if let recordPath {
            try record(to: recordPath, advisor: advisor)
        } else {
            try replayAll(advisor: advisor)
        }
    }

    private func replayAll(advisor: Advisor) throws {
        let replayer = TranscriptReplayer(advisor: advisor)
        var passed = 0, failed = 0, updated = 0
        let files = transcriptFiles()
        if files.isEmpty {
            printError("\(paths.joined(separator: " ")): error: no transcripts found (transcripts end in .transcript)")
            throw ExitCode.failure
        }
        for file in files {
            let transcript: Transcript
            do {
                transcript = try TranscriptParser().parse(bytes: try readBytes(file), path: file)
            } catch {
                printError("\(error)")
                failed += 1
                continue
            }
            var report = replayer.replay(transcript)
            if update, report.updated != transcript {
                let text = TranscriptWriter().write(report.updated)
                try write(text, to: file)
                print("updated \(file)")
                updated += 1
                // Replayed again from the rewritten file, so that what still fails (assertions)
                // is reported with the new line numbers.
                report = replayer.replay(try TranscriptParser().parse(text, path: file))
            }
            if report.passed {
                passed += 1
            } else {
                failed += 1
                for failure in report.failures { print(colored(failure) + "\n") }
            }
        }
        print("\(passed) passed, \(failed) failed" + (update ? " (\(updated) updated)" : ""))
        if failed > 0 { throw ExitCode.failure }
    }

    private func record(to path: String, advisor: Advisor) throws {
        if !force, FileManager.default.fileExists(atPath: path) {
            printError("\(path): error: the file exists (pass --force to replace it)")
            throw ExitCode.failure
        }
        var recorder = TranscriptRecorder(advisor: advisor)
        while !recorder.hasEnded, let line = readLine(strippingNewline: true) {
            let turn = recorder.say(line)
            print(turn.reply.joined(separator: "\n") + "\n")
        }
        guard !recorder.turns.isEmpty else {
            printError(
                "\(path): error: no lines on standard input, so nothing to record (pipe the conversation in, one utterance per line)")
            throw ExitCode.failure
        }
        let summary = about ?? "Recorded with `advisor replay --record`: say here what this transcript shows."
        try write(TranscriptWriter().write(recorder.transcript(path: path, summary: [summary])), to: path)
        print("wrote \(path) (\(recorder.turns.count) turns)")
    }

    /// The transcript files named on the command line, folders expanded to their `*.transcript`
    /// files in name order. A path that is not there stays in the list, so that reading it
    /// reports it and counts it as a failure.
    private func transcriptFiles() -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = FolderWalker.transcripts.files(under: path) ?? []
            files += found.map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }

    private func readBytes(_ path: String) throws(TranscriptError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .unreadableFile(path: path, reason: "no such file or folder")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            printError("\(path): error: cannot write the transcript: \((error as NSError).localizedDescription)")
            throw ExitCode.failure
        }
    }

    /// A failure with its diff lines in color when standard output is a terminal.
    private func colored(_ failure: TurnFailure) -> String {
        failure.description.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("---") || line.hasPrefix("+++") { return String(line).bold }
            if line.hasPrefix("@@") { return String(line).cyan }
            if line.hasPrefix("-") { return String(line).red }
            if line.hasPrefix("+") { return String(line).green }
            return String(line)
        }.joined(separator: "\n")
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
