/// What one line of a chat produced: a reply, the turn when the line was a message, and an effect
/// for the executable to carry out (the library never quits or writes files itself).
public struct SessionOutput: Hashable, Sendable {
    public var reply: Reply
    /// The advisor's turn, when the line was a message rather than a slash command.
    public var turn: Turn?
    public var effect: Effect?

    /// Something only the executable can do.
    public enum Effect: Hashable, Sendable {
        /// End the chat (after showing the reply).
        case quit
        /// Write `markdown` to `path`; an existing file is replaced only when `force` is set.
        case export(path: String, markdown: String, force: Bool)
    }

    public init(reply: Reply, turn: Turn? = nil, effect: Effect? = nil) {
        self.reply = reply
        self.turn = turn
        self.effect = effect
    }
}
