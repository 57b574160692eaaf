import AdvisorCore
import AdvisorTestSupport
import Testing

struct TranscriptReplayerTests {
    private let advisor = Advisor(knowledge: Fixtures.knowledge)
    /// A statement fills the profile (a question naming a background does not), so `/profile` has something to show.
    private let utterances = ["I'm a frontend developer", "and the salary?", "/profile"]

    /// A transcript of what the advisor says today, recorded from a fresh state.
    private func recorded() -> Transcript {
        var recorder = TranscriptRecorder(advisor: advisor)
        for utterance in utterances { recorder.say(utterance) }
        return recorder.transcript(path: "Transcripts/r.transcript", summary: ["recorded"])
    }

    @Test func passesATranscriptRecordedFromTheSameAdvisor() {
        let report = TranscriptReplayer(advisor: advisor).replay(recorded())
        #expect(report.failures == [])
        #expect(report.replayed.map(\.utterance) == utterances)
    }

    @Test func failsTheTurnWhoseReplyChangedWithADiff() throws {
        var transcript = recorded()
        transcript.turns[1].line = 12
        let original = transcript.turns[1].expectedReply
        try #require(!original.isEmpty)
        transcript.turns[1].expectedReply[0] = "a reply the advisor never gives"
        let report = TranscriptReplayer(advisor: advisor).replay(transcript)
        #expect(report.failures.map(\.turnNumber) == [2])
        let failure = try #require(report.failures.first)
        #expect(
            failure.description.hasPrefix(
                "Transcripts/r.transcript:12: error: turn 2 \"> and the salary?\" gives a different reply\n--- expected\n+++ actual\n@@ "))
        #expect(failure.description.contains("\n-a reply the advisor never gives\n+\(original[0])"))
        #expect(report.updated.turns[1].expectedReply == original)
    }

    @Test func failsAnAssertionThatDoesNotHoldAndSaysWhatHappened() throws {
        var transcript = recorded()
        let understood = advisor.understand(utterances[0])
        transcript.turns[0].assertions = [
            .intent(understood.intent == .greeting ? .goodbye : .greeting), .followUp(.currentSalary),
            .confidence(.above, 1), .profile(.hoursPerWeek, "40"),
        ]
        let report = TranscriptReplayer(advisor: advisor).replay(transcript)
        let failure = try #require(report.failures.first)
        #expect(failure.diff.isEmpty)
        #expect(failure.problems.count == 4)
        #expect(failure.problems[0].contains("got intent=\(understood.intent.rawValue)"))
        #expect(failure.problems[3] == "expected hoursPerWeek=40, got hoursPerWeek=none")
        #expect(failure.description.hasPrefix("Transcripts/r.transcript:0: error: turn 1 \"> \(utterances[0])\" fails\n  expected intent="))
    }

    @Test func holdsAssertionsThatMatchWhatWasUnderstood() {
        var transcript = recorded()
        let understood = advisor.understand(utterances[0])
        transcript.turns[0].assertions = [.intent(understood.intent), .confidence(.atLeast, understood.confidence)]
        #expect(TranscriptReplayer(advisor: advisor).replay(transcript).passed)
    }

    @Test func replaysSlashCommandsThroughTheChatSession() throws {
        var transcript = recorded()
        transcript.turns[2].assertions = [.profile(.background, "frontend"), .intent(.help)]
        let report = TranscriptReplayer(advisor: advisor).replay(transcript)
        let failure = try #require(report.failures.first)
        #expect(failure.turnNumber == 3)
        #expect(failure.problems == ["expected intent=help, but the turn was not classified (a slash command?)"])
        #expect(report.replayed[2].reply.contains { $0.contains("Frontend") || $0.contains("frontend") })
    }

    @Test func failsATurnAfterTheChatEnded() {
        var recorder = TranscriptRecorder(advisor: advisor)
        for line in ["hello", "/quit", "how long from frontend to MLOps"] { recorder.say(line) }
        let report = TranscriptReplayer(advisor: advisor).replay(recorder.transcript(path: "t", summary: ["s"]))
        #expect(report.failures.map(\.turnNumber) == [3])
        #expect(report.failures.first?.problems == ["the chat ended at turn 2 and reads nothing after it (move or remove this turn)"])
    }
}
