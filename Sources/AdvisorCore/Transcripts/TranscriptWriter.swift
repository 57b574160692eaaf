/// Writes a ``Transcript`` in the `.transcript` format, so that ``TranscriptParser`` reads
/// back the same transcript.
///
/// The layout is fixed: the summary, a blank line, then each turn (its comments, the `>` line,
/// one `# expect` line with all its assertions, the reply indented by two spaces) with a blank
/// line between turns. `advisor replay --update` and `--record` write through it.
public struct TranscriptWriter: Sendable {
    public init() {}

    public func write(_ transcript: Transcript) -> String {
        var lines = transcript.summary.map(comment)
        for turn in transcript.turns {
            lines.append("")
            lines += turn.comments.map(comment)
            let utterance = TranscriptEscaping.escaped(turn.utterance, isUtterance: true)
            lines.append(utterance.isEmpty ? ">" : "> " + utterance)
            if !turn.assertions.isEmpty {
                lines.append("# expect " + turn.assertions.map(\.text).joined(separator: " "))
            }
            lines += turn.expectedReply.map { $0.isEmpty ? "" : "  " + TranscriptEscaping.escaped($0, isUtterance: false) }
        }
        if !transcript.closingComments.isEmpty {
            lines.append("")
            lines += transcript.closingComments.map(comment)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func comment(_ text: String) -> String {
        text.isEmpty ? "#" : "# " + text
    }
}
