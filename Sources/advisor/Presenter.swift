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

    /// Shows a turn of the advisor.
    func show(_ turn: Turn) {
        show(turn.reply, turn: turn, command: nil, state: turn.state)
    }

    /// Shows a reply: a turn's, or a slash command's (`turn` nil, `command` its name).
    func show(_ reply: Reply, turn: Turn?, command: String?, state: DialogueState) {
        if json {
            let object = TurnJSON(reply: reply, turn: turn, command: command, state: state,
                                  replyText: plainText(reply), knowledge: knowledge)
            StandardStreams.output.line(object.encoded())
        } else {
            StandardStreams.output.line(renderer.render(reply))
        }
    }

    /// A line from the front end itself (a file saved, or why not), quiet in `--json` mode
    /// unless it is a problem, which goes to standard error there.
    func notice(_ text: String, isProblem: Bool = false) {
        if json {
            if isProblem { StandardStreams.error.line(text) }
        } else {
            StandardStreams.output.line(terminal.colors ? RainbowStyle().dim(text) : text)
        }
    }
}
