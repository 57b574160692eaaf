import AdvisorCore
import Testing

struct TranscriptWriterTests {
    private let sample = Transcript(
        path: "Transcripts/t.transcript",
        summary: ["A timeline question answered after one follow-up."],
        turns: [
            TranscriptTurn(
                utterance: "how long will it take me?",
                assertions: [.intent(.timeline), .confidence(.atLeast, 0.5), .followUp(.background)],
                expectedReply: ["What do you do today?"]),
            TranscriptTurn(
                comments: ["one word is enough"], utterance: "frontend",
                assertions: [.profile(.unknownBackground, "school teacher"), .sources(["transition-paths"])],
                expectedReply: ["8–12 months.", "", "> not a turn", "# not a comment"]),
            TranscriptTurn(utterance: "", expectedReply: []),
        ],
        closingComments: ["end"])

    @Test func writesTheFixedLayout() {
        #expect(
            TranscriptWriter().write(sample) == """
                # A timeline question answered after one follow-up.

                > how long will it take me?
                # expect intent=timeline confidence>=0.5 followUp=background
                  What do you do today?

                # one word is enough
                > frontend
                # expect unknownBackground="school teacher" sources=transition-paths
                  8–12 months.

                  > not a turn
                  # not a comment

                >

                # end

                """)
    }

    /// Strips what the writer does not keep (the line numbers), for comparing round trips.
    private func withoutLines(_ transcript: Transcript) -> Transcript {
        var copy = transcript
        for index in copy.turns.indices { copy.turns[index].line = 0 }
        return copy
    }

    @Test func readsBackWhatItWrites() throws {
        let text = TranscriptWriter().write(sample)
        let read = try TranscriptParser().parse(text, path: sample.path)
        #expect(withoutLines(read) == sample)
        #expect(TranscriptWriter().write(read) == text)
    }

    static let awkwardTexts = [
        "", " ", "  leading spaces", "trailing spaces  ", "\t tab", "\u{1B}[2J\u{1B}[31mred", "bell\u{7} and nul\0",
        "C:\\path\\u{41}", "\\", "\\\\", "back\\\u{1B}", "\\u{", "emoji 🚀👩🏽‍💻", "ру́сский 中文 العربية",
        "line\u{2028}separator", "\u{FEFF}bom", "# hash", "> angle", "\u{85}next line", String(repeating: "long ", count: 2000),
    ]

    @Test(arguments: awkwardTexts)
    func roundTripsAnAwkwardUtteranceAndReplyLine(text: String) throws {
        // A reply line keeps no trailing whitespace and no blank ends (the format's one normalisation).
        let reply = Transcript.replyLines(from: text)
        let transcript = Transcript(path: "t", summary: ["s"], turns: [TranscriptTurn(utterance: text, expectedReply: reply)])
        let read = try TranscriptParser().parse(TranscriptWriter().write(transcript), path: "t")
        #expect(read.turns.map(\.utterance) == [text])
        #expect(read.turns.map(\.expectedReply) == [reply])
    }
}
