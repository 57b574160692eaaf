import AdvisorCore
import AdvisorTestSupport
import CompiledKnowledge
import Foundation
import Testing

/// The real binary under hostile input, broken pipes, unusable files and damaged knowledge:
/// it keeps going or stops with a clear message and status 2, never a trap or a stack trace.
struct RobustnessTests {
    /// Runs a shell pipeline with `$ADVISOR` set to the binary; returns its status and stderr.
    static func pipeline(_ script: String) throws -> (status: Int32, error: String) {
        let folder = try TemporaryFolder()
        let errors = folder.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "set -o pipefail; " + script]
        process.environment = ProcessInfo.processInfo.environment.merging(["ADVISOR": AdvisorProcess.binary.path]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }

    /// Deterministic bytes of every value, invalid UTF-8 and NUL included.
    static func noise(count: Int) -> [UInt8] {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 33)
        }
    }

    // MARK: Broken pipes

    @Test(arguments: [
        #""$ADVISOR" ask how long from frontend to MLOps | head -c 10"#,
        #""$ADVISOR" ask how long from frontend to MLOps | head -c 0"#,
        #""$ADVISOR" ask --json how long from frontend to MLOps | head -c 10"#,
        #""$ADVISOR" ask /plan --background frontend | true"#,
        #""$ADVISOR" chat < <(yes 'how long from frontend to MLOps' | head -n 300) | head -c 10"#,
        #""$ADVISOR" chat --json < <(yes 'what tools' | head -n 300) | head -n 1"#,
    ])
    func exitsQuietlyWhenTheReaderGoesAway(script: String) throws {
        let result = try Self.pipeline(script)
        #expect(result.status == 0, "\(script)\n\(result.error)")
        #expect(result.error.isEmpty, "\(script) wrote to stderr:\n\(result.error)")
    }

    // MARK: Hostile standard input

    @Test func chatTakesAHugeLineAndBinaryNoiseAndAnswersTheNextQuestion() throws {
        var input = Array(String(repeating: "how long from frontend to mlops ", count: 32_768).utf8) + [0x0A]
        input += Self.noise(count: 32_768).filter { $0 != UInt8(ascii: "/") } + [0x0A]
        input += Array("how long from backend to MLOps?\n".utf8)
        let result = try AdvisorProcess.run(["chat"], inputBytes: input)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.contains("Your message is longer than 4,000 characters, so I read only the first 4,000."))
        #expect(result.output.contains("From backend developer to MLOps: 6–9 months"), "the question after the noise was not answered")
        #expect(firstUnsafeScalar(in: result.output) == nil, "a control character reached stdout")
    }

    @Test func chatInJSONModeWritesValidJSONForEveryLineOfNoise() throws {
        var input = Self.noise(count: 8_192).filter { $0 != UInt8(ascii: "/") }
        input += Array("\n\u{1B}]0;title\u{07}how long from frontend to MLOps?\n".utf8)
        let lines = input.count { $0 == 0x0A }
        let result = try AdvisorProcess.run(["chat", "--json"], inputBytes: input)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.outputLines.count == lines)
        for line in result.outputLines {
            let object = try AdvisorProcess.json(line)
            let reply = try #require(object["reply"] as? String)
            #expect(firstUnsafeScalar(in: reply) == nil, "control character in \(reply.debugDescription)")
        }
    }

    // MARK: Exports

    @Test(arguments: ["/dev/full", "/dev/null", "/tmp"])
    func neverReplacesADeviceOrAFolderWithAnExport(target: String) throws {
        let kind = try FileManager.default.attributesOfItem(atPath: target)[.type] as? FileAttributeType
        let input = "I am a frontend developer\n/export \(target) --force\nhow long from frontend to MLOps?\n"
        let result = try AdvisorProcess.run(["chat"], input: input)
        #expect(result.status == 0)
        #expect(result.output.contains("Not saved: cannot write \"\(target)\": it is"), "\(result.output)")
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.type] as? FileAttributeType == kind)
        #expect(result.output.contains("8–12 months"), "the chat did not go on after the failed export")
    }

    @Test func exportsThroughASymbolicLinkAndKeepsTheLink() throws {
        let folder = try TemporaryFolder()
        let real = folder.url.appendingPathComponent("real.md"), link = folder.url.appendingPathComponent("plan.md")
        try Data("old plan\n".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.md")
        let result = try AdvisorProcess.run(["chat"], input: "I am a frontend developer\n/export \(link.path) --force\n")
        #expect(result.output.replacingOccurrences(of: "\n", with: " ").contains("Saved your plan to \(link.path)."))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.md")
        #expect(try String(contentsOf: real, encoding: .utf8).hasPrefix("# My plan into MLOps"))
        let mode = try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["plan.md", "real.md"])
    }

    @Test func anExportIntoAMissingFolderFailsAndTheChatGoesOn() throws {
        let result = try AdvisorProcess.run(["chat"], input: "I am a frontend developer\n/export /nonexistent/folder/plan.md\nthanks\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Not saved: cannot write \"/nonexistent/folder/plan.md\""))
        #expect(result.output.contains("You're welcome"))
    }

    // MARK: Damaged knowledge

    /// Ways a knowledge folder gets damaged, each applied to a copy of the real one.
    static let damages: [(name: String, damage: @Sendable (URL) throws -> Void, message: String)] = [
        (
            "invalid UTF-8", { try Data(Array("sources:\n  - id: ".utf8) + [0xFF, 0x0A]).write(to: $0.appendingPathComponent("zz.yaml")) },
            "zz.yaml:2:9: error: the file is not valid UTF-8"
        ),
        (
            "raw invalid bytes", { try Data([0x73, 0x3A, 0x20, 0xFF, 0xFE, 0x00, 0x0A]).write(to: $0.appendingPathComponent("zz.yaml")) },
            "zz.yaml:1:4: error: the file is not valid UTF-8"
        ),
        (
            "a folder named like a file",
            { try FileManager.default.createDirectory(at: $0.appendingPathComponent("zz.yaml"), withIntermediateDirectories: false) },
            "zz.yaml: error: cannot read the file: it is a folder"
        ),
        (
            "a pipe named like a file", { #expect(mkfifo($0.appendingPathComponent("zz.yaml").path, 0o600) == 0) },
            "zz.yaml: error: cannot read the file: it is not a regular file"
        ),
        (
            "deep nesting",
            { try Data(("x: " + String(repeating: "[", count: 100_000)).utf8).write(to: $0.appendingPathComponent("zz.yaml")) },
            "zz.yaml:1:"
        ),
        (
            "a tab in the indentation", { try Data("x: 1\n\tbad: 2\n".utf8).write(to: $0.appendingPathComponent("zz.yaml")) },
            "zz.yaml:2:1: error: invalid YAML"
        ),
        (
            "a list at the top", { try Data("- a\n- b\n".utf8).write(to: $0.appendingPathComponent("zz.yaml")) },
            "zz.yaml:1:1: error: a knowledge file must be a mapping"
        ),
        (
            "a huge number",
            { url in
                let paths = url.appendingPathComponent("paths.yaml")
                let text = try String(contentsOf: paths, encoding: .utf8)
                try #require(text.contains("duration: {min: 6, max: 9}"))
                try Data(
                    text.replacingOccurrences(of: "duration: {min: 6, max: 9}", with: "duration: {min: 99999999999999999999, max: 9}").utf8
                ).write(to: paths)
            }, "paths.yaml:"
        ),
        (
            "an empty sources file", { try Data().write(to: $0.appendingPathComponent("sources.yaml")) },
            "sources.yaml: error: no \"sources\" section"
        ),
        (
            "a sources file of comments", { try Data("# moved elsewhere\n".utf8).write(to: $0.appendingPathComponent("sources.yaml")) },
            "sources.yaml: error: no \"sources\" section"
        ),
    ]

    @Test(arguments: 0..<damages.count, [["check"], ["ask", "how long from frontend to MLOps"], ["chat"]])
    func damagedKnowledgeStopsWithFileAndLineAndStatus2(damage index: Int, command: [String]) throws {
        let (name, damage, message) = Self.damages[index]
        let folder = try TemporaryFolder()
        try CheckCommandTests.write(KnowledgeLoader.embeddedFiles, under: folder)
        let knowledge = folder.url.appendingPathComponent("Knowledge")
        try damage(knowledge)
        let result = try AdvisorProcess.run(command + ["--knowledge", knowledge.path], input: "hello\n")
        #expect(result.status == 2, "\(name): status \(result.status)\n\(result.error)")
        #expect(result.output.isEmpty, "\(name): printed \(result.output)")
        #expect(result.error.contains(message), "\(name): no \"\(message)\" in\n\(result.error)")
        #expect(!result.error.contains("Fatal error") && !result.error.contains("Backtrac"), "\(name) trapped")
        for line in result.errorLines {
            #expect(line.hasPrefix(knowledge.path + "/"), "\(name): \(line) does not start with the file")
            #expect(line.firstMatch(of: #/^\S+?(:\d+){0,2}: error: /#) != nil, "\(name): not compiler style: \(line)")
        }
    }
}

/// The history in real pseudo-terminals: hang-ups, unusable files, chats ending together
/// (`pty/history_robustness.py`, python3 + pexpect).
struct HistoryRobustnessTests {
    @Test(.enabled(if: PseudoTerminalScript.python != nil, "python3 is not installed, so the pseudo-terminal test cannot run"))
    func keepsTheHistoryThroughHangUpsBadFilesAndChatsEndingTogether() throws {
        try PseudoTerminalScript("history_robustness.py").expectToPass(printing: "all history checks passed")
    }
}
