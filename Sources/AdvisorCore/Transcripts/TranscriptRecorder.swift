/// A conversation from a fresh state, turn by turn, kept as a transcript.
///
/// Replay and `advisor replay --record` both go through it, so a recorded transcript replays
/// exactly as it was recorded. Each line goes through a ``ChatSession`` as the chat sends it
/// (slash commands included), and each reply is rendered in plain text at ``width`` columns, as
/// the chat prints it when its output is not a terminal. Effects are not carried out: an export
/// writes no file, and a quit only marks the turn as the one that ended the chat.
public struct TranscriptRecorder: Sendable {
    /// The width replies are rendered at.
    public static let width = 80

    public private(set) var session: ChatSession
    public private(set) var turns: [ReplayedTurn] = []
    private let renderer = ReplyRenderer(width: TranscriptRecorder.width, style: PlainStyle())

    public init(advisor: Advisor) {
        session = ChatSession(advisor: advisor)
    }

    /// Sends one line, as the user would type it, and returns what came back.
    @discardableResult
    public mutating func say(_ utterance: String) -> ReplayedTurn {
        let output = session.handle(utterance)
        let replayed = ReplayedTurn(
            utterance: utterance, reply: Transcript.replyLines(from: renderer.render(output.reply)),
            understanding: output.turn?.understanding, sources: output.reply.sources,
            state: session.state, endsChat: output.effect == .quit)
        turns.append(replayed)
        return replayed
    }

    /// Whether a turn so far has ended the chat (a goodbye, `/quit`).
    public var hasEnded: Bool { turns.contains(where: \.endsChat) }

    /// The conversation so far as a transcript whose expected replies are the actual ones.
    public func transcript(path: String, summary: [String]) -> Transcript {
        Transcript(
            path: path, summary: summary,
            turns: turns.map { turn in
                TranscriptTurn(utterance: turn.utterance, expectedReply: turn.reply)
            })
    }
}
