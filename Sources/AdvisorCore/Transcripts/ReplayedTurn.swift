/// What actually happened on one turn of a replay or a recording.
public struct ReplayedTurn: Hashable, Sendable {
    public var utterance: String
    /// The reply as rendered in plain text at the transcript width, normalised as
    /// ``Transcript/replyLines(from:)`` does.
    public var reply: [String]
    /// How the utterance was understood; nil for a turn the advisor did not classify
    /// (a slash command).
    public var understanding: Understanding?
    /// Ids of the sources the reply cites.
    public var sources: [String]
    /// The dialogue state after the turn.
    public var state: DialogueState
    /// Whether the turn ended the chat (a goodbye, `/quit`): the chat reads nothing after it.
    public var endsChat: Bool

    public init(
        utterance: String, reply: [String], understanding: Understanding?, sources: [String], state: DialogueState,
        endsChat: Bool = false
    ) {
        self.utterance = utterance
        self.reply = reply
        self.understanding = understanding
        self.sources = sources
        self.state = state
        self.endsChat = endsChat
    }
}
