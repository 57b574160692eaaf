import Foundation
import Testing

/// The root command: help, usage errors and the process's behaviour at its edges.
struct AdvisorCommandTests {
    @Test func listsItsCommandsInHelp() throws {
        let result = try AdvisorProcess.run(["--help"])
        #expect(result.status == 0)
        for command in ["chat", "ask", "check"] {
            #expect(result.output.contains(command))
        }
    }

    @Test func reportsItsVersionWithTheCommitItWasBuiltFrom() throws {
        let result = try AdvisorProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.wholeMatch(of: /\d+\.\d+\.\d+ \(commit ([0-9a-f]{12}|unknown)\)\n/) != nil)
    }

    /// The man page is generated from this dump, so it must describe the root command, not chat.
    @Test func dumpsTheRootCommandsHelpForTheManualGenerator() throws {
        let result = try AdvisorProcess.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let command = try #require(AdvisorProcess.json(result.output)["command"] as? [String: Any])
        #expect(command["commandName"] as? String == "advisor")
    }

    @Test(arguments: [
        ["--bogus"],
        ["ask"],
        ["ask", "   "],
        ["ask", "--width", "5", "hello"],
        ["ask", "--salary", "lots", "hello"],
        ["ask", "--hours", "-5", "hello"],
        ["ask", "--background", "frontnd", "hello"],
        ["ask", "--experience", "100", "hello"],
        ["ask", "--salary", "0", "hello"],
        ["check", "--knowledge"],
        ["check", "extra"],
    ])
    func rejectsBadUsageWithStatus2AndAMessage(arguments: [String]) throws {
        let result = try AdvisorProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(!result.error.isEmpty)
        #expect(!result.error.contains("Fatal error"))
        #expect(!result.error.contains("Stack dump"))
    }

    @Test func suggestsTheClosestBackgroundForATypo() throws {
        let result = try AdvisorProcess.run(["ask", "--background", "fronted", "hello"])
        #expect(result.status == 2)
        #expect(result.error.contains("did you mean \"frontend\"?"))
    }

    @Test func exitsQuietlyWhenTheReaderClosesThePipe() throws {
        let folder = try TemporaryFolder()
        let input = folder.url.appendingPathComponent("questions")
        try Data(String(repeating: "what does an MLOps engineer earn\n", count: 400).utf8).write(to: input)
        let errors = folder.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let pipe = Pipe()
        let process = Process()
        process.executableURL = AdvisorProcess.binary
        process.arguments = ["chat"]
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = pipe
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let start = pipe.fileHandleForReading.readData(ofLength: 10)
        #expect(start.count == 10)
        try pipe.fileHandleForReading.close()
        try pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try Data(contentsOf: errors).isEmpty)
    }
}
