/// A conversation from a fresh state, turn by turn, kept as a transcript.
///
/// Replay and `advisor replay --record` both go through it, so a recorded transcript replays
/// exactly as it was recorded. Each line goes through the advisor as the chat sends it.
public struct TranscriptRecorder: Sendable {
    /// The width replies are rendered at.
    public static let width = 80

    public let advisor: Advisor
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
        let replayed = ReplayedTurn(utterance: utterance, reply: Transcript.replyLines(from: Self.plainText(turn.reply)),
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

    /// SCAFFOLDING until the library's plain-text ReplyRenderer lands: one line per block.
    static func plainText(_ reply: Reply) -> String {
        reply.blocks.map { block in
            switch block {
            case let .heading(text), let .paragraph(text): text
            case let .bullets(items): items.map { "- " + $0 }.joined(separator: "\n")
            default: "\(block)"
            }
        }.joined(separator: "\n\n")
    }
}
