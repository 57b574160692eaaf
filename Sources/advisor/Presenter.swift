import AdvisorCore

/// Prints turns and messages on standard output: rendered and wrapped, in colors on a
/// terminal, or as JSON objects one per line with `--json`.
struct Presenter {
    var terminal: Terminal
    var json: Bool
    var knowledge: KnowledgeBase

    private var renderer: ReplyRenderer {
        ReplyRenderer(width: terminal.width, style: terminal.colors ? RainbowStyle() : PlainStyle())
    }

    /// The reply as plain text at 80 columns, the way `--json` carries it.
    func plainText(_ reply: Reply) -> String {
        ReplyRenderer(width: 80, style: PlainStyle()).render(reply)
    }

    func show(_ turn: Turn) {
        if json {
            StandardStreams.output.line(TurnJSON(turn: turn, replyText: plainText(turn.reply), knowledge: knowledge).encoded())
        } else {
            StandardStreams.output.line(renderer.render(turn.reply))
        }
    }

    /// A front-end message (help text, a slash command's answer) in the same format as replies.
    func show(message: String, command: String, state: DialogueState) {
        if json {
            StandardStreams.output.line(TurnJSON(command: command, replyText: message, state: state).encoded())
        } else {
            StandardStreams.output.line(message)
        }
    }
}
