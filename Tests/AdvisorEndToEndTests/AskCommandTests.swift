import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

/// `advisor ask` and the shortcut form, run as a script would.
struct AskCommandTests {
    static let question = "how long from frontend to MLOps"

    /// Swift seeds Set and Dictionary hashing per process, so only fresh processes can show an
    /// order-dependent choice (a typo correction, a tie): five runs must print the same JSON.
    @Test func answersATypoQuestionIdenticallyInFreshProcesses() throws {
        let question = "waht is the salry of a senoir mlops enginer?"
        let outputs = try (0..<5).map { _ in try AdvisorProcess.run(["ask", "--json", question]).output }
        #expect(!outputs[0].isEmpty)
        #expect(Set(outputs).count == 1)
    }

    @Test func answersTheFrontendTimelineQuestionFromTheSources() throws {
        let result = try AdvisorProcess.run(["ask", Self.question])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output.contains("8–12 months"))
        #expect(result.output.contains("transition-paths"))
    }

    @Test(arguments: [
        ["ask", "how long from frontend to MLOps"],
        ["ask", "how", "long", "from", "frontend", "to", "MLOps"],
        ["how", "long", "from", "frontend", "to", "MLOps"],
        ["how long from frontend to MLOps"],
        ["--no-color", "how", "long", "from", "frontend", "to", "MLOps"],
        ["ask", "--width", "80", "how", "long", "from", "frontend", "to", "MLOps"],
    ])
    func givesTheSameAnswerQuotedUnquotedAndAsAShortcut(arguments: [String]) throws {
        let reference = try AdvisorProcess.run(["ask", Self.question])
        let result = try AdvisorProcess.run(arguments)
        #expect(result.status == 0)
        #expect(result.output == reference.output)
    }

    @Test func printsOneJSONObjectWithEveryDocumentedField() throws {
        let result = try AdvisorProcess.run(["ask", "--json", Self.question])
        #expect(result.status == 0)
        let lines = result.outputLines
        try #require(lines.count == 1)
        let object = try AdvisorProcess.json(lines[0])
        #expect(Set(object.keys).isSuperset(of: ["reply", "intent", "confidence", "entities", "followUp", "sources", "state", "command"]))
        let reply = try #require(object["reply"] as? String)
        #expect(reply.contains("8–12 months"))
        #expect(!reply.contains("\u{1B}"))
        #expect(object["intent"] as? String == "timeline")
        let confidence = try #require(object["confidence"] as? Double)
        #expect((0...1).contains(confidence))
        let entities = try #require(object["entities"] as? [String: Any])
        #expect(entities["backgrounds"] as? [String] == ["frontend"])
        #expect(object["followUp"] is NSNull)
        #expect(object["command"] is NSNull)
        let sources = try #require(object["sources"] as? [[String: Any]])
        let ids = sources.compactMap { $0["id"] as? String }
        #expect(ids.contains("transition-paths"))
        for source in sources {
            let id = try #require(source["id"] as? String)
            #expect(source["title"] as? String == Fixtures.knowledge.source(id)?.title)
        }
        let state = try #require(object["state"] as? [String: Any])
        #expect(state["turn"] as? Int == 1)
        #expect(state["profile"] is [String: Any])
    }

    @Test func asksForTheBackgroundWhenTheQuestionNeedsIt() throws {
        let result = try AdvisorProcess.run(["ask", "--json", "how long will it take me?"])
        let object = try AdvisorProcess.json(try #require(result.outputLines.first))
        let followUp = try #require(object["followUp"] as? String)
        #expect(!followUp.isEmpty)
        let state = try #require(object["state"] as? [String: Any])
        #expect(state["pending"] is [String: Any])
    }

    @Test func presetsTheProfileFromOptions() throws {
        let result = try AdvisorProcess.run([
            "ask", "--json", "--background", "frontend", "--salary", "85000",
            "--hours", "10", "--experience", "4", "how long will it take me?",
        ])
        #expect(result.status == 0)
        let object = try AdvisorProcess.json(try #require(result.outputLines.first))
        let profile = try #require((object["state"] as? [String: Any])?["profile"] as? [String: Any])
        #expect((profile["background"] as? [String: Any])?["known"] as? String == "frontend")
        #expect((profile["currentSalary"] as? [String: Any])?["amount"] as? Int == 85000)
        #expect(profile["hoursPerWeek"] as? Int == 10)
        #expect(profile["yearsOfExperience"] as? Int == 4)
        #expect(object["followUp"] is NSNull)
        #expect((object["reply"] as? String)?.contains("8–12 months") == true)
    }

    @Test(arguments: [40, 60, 100])
    func wrapsProseAndListsToTheGivenWidth(width: Int) throws {
        let result = try AdvisorProcess.run(["ask", "--width", String(width), Self.question])
        #expect(result.status == 0)
        #expect(result.outputLines.count > 5)
        for line in result.outputLines {
            #expect(line.count <= width, "line wider than \(width): \(line)")
        }
    }

    @Test(arguments: [40, 60])
    func fitsTheSalaryChartIntoNarrowWidths(width: Int) throws {
        let result = try AdvisorProcess.run(["ask", "--width", String(width), "what does an MLOps engineer earn"])
        #expect(result.status == 0)
        let tooWide = result.outputLines.filter { $0.count > width }
        #expect(tooWide.isEmpty, "lines wider than \(width): \(tooWide)")
    }

    @Test func drawsNoColorsWhenOutputIsNotATerminal() throws {
        let result = try AdvisorProcess.run(["ask", "what does an MLOps engineer earn"])
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func explainsWhyItUnderstoodTheQuestionAsItDid() throws {
        let result = try AdvisorProcess.run(["ask", "--explain", "what does an MLOps engineer earn"])
        #expect(result.status == 0)
        #expect(result.output.contains("salary"))
        #expect(result.output.contains("similarity"))
        #expect(result.output.contains("nearest example"))
    }
}
