import Foundation
import Testing

/// `advisor chat` with standard input from a pipe: one utterance per line, no prompts.
struct ChatCommandTests {
    @Test func answersEachLineWithoutPromptsOrReadline() throws {
        let result = try AdvisorProcess.run(["chat"], input: "how long from frontend to MLOps\nwhat does an MLOps engineer earn\n")
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output.contains("8–12 months"))
        #expect(result.output.contains("$100K–$140K"))
        #expect(!result.output.contains("you>"))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func remembersTheBackgroundAcrossTurns() throws {
        let result = try AdvisorProcess.run(["chat", "--json"], input: "how long will it take me?\nfrontend\n")
        let turns = try result.outputLines.map(AdvisorProcess.json)
        try #require(turns.count == 2)
        #expect(turns[0]["followUp"] is String)
        #expect((turns[1]["reply"] as? String)?.contains("8–12 months") == true)
        let profile = (turns[1]["state"] as? [String: Any])?["profile"] as? [String: Any]
        #expect((profile?["background"] as? [String: Any])?["known"] as? String == "frontend")
    }

    @Test func printsOneJSONObjectPerTurn() throws {
        let result = try AdvisorProcess.run(["chat", "--json"], input: "hello\nwhat tools should I learn\nthanks\n")
        #expect(result.status == 0)
        let turns = try result.outputLines.map(AdvisorProcess.json)
        #expect(turns.count == 3)
        #expect(turns.compactMap { ($0["state"] as? [String: Any])?["turn"] as? Int } == [1, 2, 3])
        #expect(turns.allSatisfy { $0["reply"] is String && $0["intent"] is String })
    }

    @Test func stopsAtQuitWithAGoodbye() throws {
        let result = try AdvisorProcess.run(["chat"], input: "hello\n/quit\nhow long from frontend to MLOps\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Goodbye"))
        #expect(!result.output.contains("8–12 months"))
    }

    @Test func neverEchoesEscapeSequencesItWasSent() throws {
        let hostile = "I am a \u{1B}]0;owned\u{07}nurse \u{1B}[31mred\u{1B}[0m \u{9B}2J how long will it take?\n"
        let result = try AdvisorProcess.run(["chat"], input: hostile)
        #expect(result.status == 0)
        #expect(!result.output.contains("\u{1B}"))
        #expect(!result.output.unicodeScalars.contains("\u{9B}"))
        #expect(!result.output.unicodeScalars.contains("\u{07}"))
    }

    @Test func survivesInvalidUTF8AndNULBytes() throws {
        let bytes: [UInt8] = Array("hello ".utf8) + [0xFF, 0xFE, 0x00, 0xC3] + Array(" salary?\n".utf8) + [0x00, 0x0A]
        let result = try AdvisorProcess.run(["chat", "--json"], inputBytes: bytes)
        #expect(result.status == 0)
        #expect(result.outputLines.count == 2)
        #expect(result.error.isEmpty)
    }

    @Test func answersEmptyAndBlankLines() throws {
        let result = try AdvisorProcess.run(["chat", "--json"], input: "\n   \n\t\n")
        #expect(result.status == 0)
        let turns = try result.outputLines.map(AdvisorProcess.json)
        #expect(turns.count == 3)
        #expect(turns.allSatisfy { !(($0["reply"] as? String) ?? "").isEmpty })
    }

    @Test func exportsThePlanPrivatelyAndNeverOverwritesWithoutForce() throws {
        let folder = try TemporaryFolder()
        let fresh = folder.path + "/plan.md"
        let existing = folder.path + "/notes.md"
        try Data("my own notes\n".utf8).write(to: URL(fileURLWithPath: existing))
        let input = "I am a frontend developer\n/export \(fresh)\n/export \(existing)\n/export \(fresh)\n"
        let result = try AdvisorProcess.run(["chat"], input: input)
        #expect(result.status == 0)
        let plan = try String(contentsOfFile: fresh, encoding: .utf8)
        #expect(plan.hasPrefix("# "))
        #expect(plan.contains("8–12 months"))
        let mode = try #require(FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "my own notes\n")
        #expect(try String(contentsOfFile: fresh, encoding: .utf8) == plan)
        // Notices wrap between words at the width, never inside one.
        let unwrapped = result.output.replacingOccurrences(of: "\n", with: " ")
        #expect(unwrapped.contains("Saved your plan to \(fresh)"))
        #expect(unwrapped.contains("\"\(existing)\" already exists; not overwriting it (add --force"))
        #expect(unwrapped.contains("\"\(fresh)\" already exists"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 80 || !$0.contains(" ") })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func replacesAnExportWithForce() throws {
        let folder = try TemporaryFolder()
        let existing = folder.path + "/plan.md"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: existing))
        let result = try AdvisorProcess.run(["chat"], input: "/set background backend\n/export \(existing) --force\n")
        #expect(result.status == 0)
        let plan = try String(contentsOfFile: existing, encoding: .utf8)
        #expect(plan != "old\n")
        #expect(plan.contains("backend"))
        let mode = try #require(FileManager.default.attributesOfItem(atPath: existing)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test func marksSlashCommandsInJSONLines() throws {
        let result = try AdvisorProcess.run(["chat", "--json"], input: "/set background frontend\n/profile\nhow long will it take me?\n")
        let lines = try result.outputLines.map(AdvisorProcess.json)
        try #require(lines.count == 3)
        #expect(lines[0]["command"] as? String == "/set")
        #expect(lines[1]["command"] as? String == "/profile")
        #expect(lines[1]["intent"] is NSNull)
        #expect((lines[1]["reply"] as? String)?.contains("frontend") == true)
        #expect(lines[2]["command"] is NSNull)
        #expect((lines[2]["reply"] as? String)?.contains("8–12 months") == true)
    }
}
