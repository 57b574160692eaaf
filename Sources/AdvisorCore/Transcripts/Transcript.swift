/// A scripted conversation: what it shows, then user turns, each with the reply expected.
///
/// Transcripts live in `Transcripts/*.transcript` at the repository root; ``TranscriptParser``
/// reads them, ``TranscriptReplayer`` replays them from a fresh state, and ``TranscriptWriter``
/// writes them back (for `advisor replay --update` and `--record`). The format is described
/// in `Transcripts/README.md`.
public struct Transcript: Hashable, Sendable {
    /// The path messages name the transcript by, e.g. `Transcripts/timeline-follow-up.transcript`.
    public var path: String
    /// The `#` lines at the top saying what the transcript shows, without the `# `.
    public var summary: [String]
    public var turns: [TranscriptTurn]
    /// `#` lines after the last turn's reply, without the `# `.
    public var closingComments: [String]

    public init(path: String, summary: [String], turns: [TranscriptTurn], closingComments: [String] = []) {
        self.path = path
        self.summary = summary
        self.turns = turns
        self.closingComments = closingComments
    }

    /// A reply as a transcript holds it: the rendered text split into lines, with trailing
    /// whitespace removed from each line and blank lines removed from both ends.
    ///
    /// This is the one normalisation the format applies (a file cannot show trailing spaces
    /// reliably, and blank lines around a reply are layout); everything else is compared exactly.
    public static func replyLines(from rendered: String) -> [String] {
        var lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            // Walked back from the end by index: a string made from a reversed collection
            // re-reads every character (this was most of a transcript replay's time).
            var end = line.endIndex
            while end > line.startIndex {
                let before = line.index(before: end)
                guard line[before] == " " || line[before] == "\t" || line[before] == "\r" else { break }
                end = before
            }
            return String(line[..<end])
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }
}

/// One user turn of a transcript and what should come back.
public struct TranscriptTurn: Hashable, Sendable {
    /// The 1-based line of the `>` line, for messages.
    public var line: Int
    /// `#` comment lines written just above the `>` line, without the `# `.
    public var comments: [String]
    /// What the user types, exactly (escapes already decoded).
    public var utterance: String
    /// Checks beyond the text, from `# expect` lines.
    public var assertions: [TranscriptAssertion]
    /// The expected reply, one entry per line, normalised as ``Transcript/replyLines(from:)`` does.
    public var expectedReply: [String]

    public init(
        line: Int = 0, comments: [String] = [], utterance: String,
        assertions: [TranscriptAssertion] = [], expectedReply: [String] = []
    ) {
        self.line = line
        self.comments = comments
        self.utterance = utterance
        self.assertions = assertions
        self.expectedReply = expectedReply
    }
}
