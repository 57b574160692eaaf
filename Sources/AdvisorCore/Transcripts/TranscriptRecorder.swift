/// A conversation from a fresh state, turn by turn, kept as a transcript.
///
/// Replay and `advisor replay --record` both go through it, so a recorded transcript replays
/// exactly as it was recorded. Each line goes through the advisor as the chat sends it.
public struct TranscriptRecorder: Sendable {
    /// The width replies are rendered at.
    public static let width = 80

    public let advisor: Advisor
    /// Plain text at ``width`` columns, as the chat prints when its output is not a terminal.
    private let renderer = ReplyRenderer(width: TranscriptRecorder.width, style: PlainStyle())
    public private(set) var state = DialogueState()
    public private(set) var turns: [ReplayedTurn] = []

    public init(advisor: Advisor) {
        self.advisor = advisor
    }

    /// Sends one line, as the user would type it, and returns what came back.
    @discardableResult
    public mutating func say(_ utterance: String) -> ReplayedTurn {
        let turn = advisor.respond(to: utterance, state: state)
        state = turn.state
        let replayed = ReplayedTurn(utterance: utterance, reply: Transcript.replyLines(from: renderer.render(turn.reply)),
                                    understanding: turn.understanding, sources: turn.reply.sources, state: turn.state)
        turns.append(replayed)
        return replayed
    }

    /// The conversation so far as a transcript whose expected replies are the actual ones.
    public func transcript(path: String, summary: [String]) -> Transcript {
        Transcript(path: path, summary: summary, turns: turns.map { turn in
            TranscriptTurn(utterance: turn.utterance, expectedReply: turn.reply)
        })
    }
}
