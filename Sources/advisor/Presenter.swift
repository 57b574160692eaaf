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
            let object = TurnJSON(
                reply: reply, turn: turn, command: command, state: state,
                replyText: plainText(reply), knowledge: knowledge)
            StandardStreams.output.line(object.encoded())
        } else {
            StandardStreams.output.line(renderer.render(reply))
        }
    }

    /// A line from the front end itself (a file saved, or why not), wrapped between words at the
    /// terminal's width; quiet in `--json` mode unless it is a problem, which goes to standard error there.
    func notice(_ text: String, isProblem: Bool = false) {
        if json {
            if isProblem { StandardStreams.error.line(text) }
        } else {
            let wrapped = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : TextWrapper.wrap(String($0), width: terminal.width).joined(separator: "\n") }
                .joined(separator: "\n")
            StandardStreams.output.line(terminal.colors ? RainbowStyle().dim(wrapped) : wrapped)
        }
    }

    /// What became of `/export`: a notice, or with `--json` one object
    /// `{"command": "/export", "export": {"path": …, "saved": true|false, "problem": …}}`.
    func exported(to path: String, problem: String?) {
        guard json else {
            if let problem {
                notice("Not saved: \(problem.sanitizedForDisplay)\n", isProblem: true)
            } else {
                notice("Saved your plan to \(path.sanitizedForDisplay).\n")
            }
            return
        }
        let outcome = ExportJSON(command: "/export", export: .init(path: path, saved: problem == nil, problem: problem))
        StandardStreams.output.line(outcome.encoded())
        if let problem { StandardStreams.error.line("Not saved: \(problem)") }
    }
}
