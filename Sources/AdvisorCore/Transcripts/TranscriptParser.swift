/// Reads the text of a `.transcript` file into a ``Transcript``.
///
/// The grammar, line by line (see `Transcripts/README.md` for the prose version):
/// - `# …` at the top: what the transcript shows (required);
/// - `> utterance`: a user turn (`>` alone is an empty line typed by the user);
/// - `# expect key=value …` right below a `>` line: assertions on that turn;
/// - lines indented by two spaces: the reply to the turn above; blank lines between them
///   belong to the reply, blank lines around it do not;
/// - other `# …` lines: comments on the turn below them;
/// - blank lines: layout.
///
/// Utterances and replies may use the escapes `\u{HEX}` and `\\`. The parser stops at the
/// first problem and throws it with its file and line.
public struct TranscriptParser: Sendable {
    public init() {}

    /// Parses a transcript from the bytes of its file.
    public func parse(bytes: [UInt8], path: String) throws(TranscriptError) -> Transcript {
        var state = ParseState(path: path)
        for (index, bytes) in Self.lines(of: bytes).enumerated() {
            let lineNumber = index + 1
            let at = SourceLocation(file: path, line: lineNumber)
            guard let text = String(validating: bytes, as: UTF8.self) else { throw .invalidEncoding(at) }
            if let (column, scalar) = Self.firstControlCharacter(in: text) {
                throw .controlCharacter(SourceLocation(file: path, line: lineNumber, column: column), scalar: scalar.value)
            }
            try state.read(text, line: lineNumber)
        }
        return try state.finish()
    }

    /// Parses a transcript from text already decoded.
    public func parse(_ text: String, path: String) throws(TranscriptError) -> Transcript {
        try parse(bytes: Array(text.utf8), path: path)
    }

    /// The file's lines as bytes, without line terminators (`\n` or `\r\n`) and without a
    /// leading byte order mark.
    static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0.last == 0x0D ? $0.dropLast() : $0 }
    }

    /// The 1-based column and value of the first control character other than tab.
    static func firstControlCharacter(in text: String) -> (Int, Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar != "\t" {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return (offset + 1, scalar) }
        }
        return nil
    }
}

/// The parser's position in the grammar while it reads lines.
private struct ParseState {
    enum Phase {
        /// Before the first `>` line.
        case header
        /// After a `>` line and its `# expect` lines, before any reply line.
        case afterUtterance
        /// Inside the reply; `blankLines` are held until the next reply line shows they belong to it.
        case inReply(blankLines: Int)
        /// After a comment that ended the turn; more comments or the next `>` may follow.
        case afterComment
    }

    let path: String
    var phase = Phase.header
    var summary: [String] = []
    var summaryEnded = false
    var comments: [String] = []
    var turns: [TranscriptTurn] = []

    init(path: String) {
        self.path = path
    }

    mutating func read(_ text: String, line: Int) throws(TranscriptError) {
        let at = SourceLocation(file: path, line: line)
        if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            if case let .inReply(blankLines) = phase { phase = .inReply(blankLines: blankLines + 1) }
            if case .header = phase, !summary.isEmpty { summaryEnded = true }
            return
        }
        if text.hasPrefix(">") {
            try startTurn(text, line: line)
        } else if text.hasPrefix("#") {
            try readHashLine(text, at: at)
        } else if text.hasPrefix("  ") {
            try readReplyLine(text, at: at)
        } else {
            throw .unmarkedLine(at, text: text)
        }
    }

    mutating func startTurn(_ text: String, line: Int) throws(TranscriptError) {
        var body = text.dropFirst()
        var column = 2
        if body.first == " " {
            body = body.dropFirst()
            column += 1
        }
        let utterance = try unescaped(body, at: SourceLocation(file: path, line: line), column: column)
        turns.append(TranscriptTurn(line: line, comments: comments, utterance: utterance))
        comments = []
        phase = .afterUtterance
    }

    mutating func readHashLine(_ text: String, at: SourceLocation) throws(TranscriptError) {
        let body = text.dropFirst().drop(while: { $0 == " " })
        if body == "expect" || body.hasPrefix("expect ") {
            switch phase {
            case .header: throw .expectationBeforeTurn(at)
            case .inReply, .afterComment: throw .expectationAfterReply(at)
            case .afterUtterance:
                let column = text.count - body.count + 1 + "expect".count
                turns[turns.count - 1].assertions += try AssertionReader(at: at).read(body.dropFirst("expect".count), column: column)
            }
            return
        }
        let comment = String(text.dropFirst().first == " " ? text.dropFirst(2) : text.dropFirst())
        switch phase {
        case .header where !summaryEnded:
            summary.append(comment)
        case .header, .afterComment:
            comments.append(comment)
        case .afterUtterance, .inReply:
            comments.append(comment)
            phase = .afterComment
        }
    }

    mutating func readReplyLine(_ text: String, at: SourceLocation) throws(TranscriptError) {
        let blankLines: Int
        switch phase {
        case .header: throw .replyBeforeTurn(at)
        case .afterComment: throw .replyAfterComment(at)
        case .afterUtterance: blankLines = 0
        case let .inReply(held): blankLines = held
        }
        let trimmed = Transcript.replyLines(from: String(text.dropFirst(2))).first ?? ""
        let line = try unescaped(trimmed[...], at: at, column: 3)
        turns[turns.count - 1].expectedReply += Array(repeating: "", count: blankLines) + [line]
        phase = .inReply(blankLines: 0)
    }

    func unescaped(_ text: Substring, at: SourceLocation, column: Int) throws(TranscriptError) -> String {
        do {
            return try TranscriptEscaping.unescaped(text)
        } catch {
            throw .invalidEscape(SourceLocation(file: at.file, line: at.line, column: column + error.offset), text: error.text)
        }
    }

    func finish() throws(TranscriptError) -> Transcript {
        if turns.isEmpty { throw .noTurns(path: path) }
        if summary.isEmpty { throw .missingSummary(path: path) }
        return Transcript(path: path, summary: summary, turns: turns, closingComments: comments)
    }
}
