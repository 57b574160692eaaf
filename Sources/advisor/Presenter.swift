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

    /// Why the advisor understood an utterance as it did (`--explain`).
    func explanation(of understanding: Understanding) -> String {
        var lines = ["Understood as \(understanding.intent.rawValue) (confidence \(Self.score(understanding.confidence)))"]
        for candidate in understanding.candidates.prefix(5) {
            lines.append("  \(candidate.intent.rawValue): score \(Self.score(candidate.score)), similarity \(Self.score(candidate.similarity)), keywords \(Self.score(candidate.keywordScore))")
            if !candidate.matchedTerms.isEmpty { lines.append("    terms: \(candidate.matchedTerms.joined(separator: ", "))") }
            if !candidate.matchedKeywords.isEmpty { lines.append("    keywords: \(candidate.matchedKeywords.joined(separator: ", "))") }
        }
        return lines.joined(separator: "\n")
    }

    private static func score(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }
}
