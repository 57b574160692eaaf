/// Why a transcript file cannot be read.
///
/// Each case carries the data of the failure; ``description`` is the only place its
/// user-facing text is written, compiler style: `Transcripts/x.transcript:7: error: …`.
public enum TranscriptError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read at all.
    case unreadableFile(path: String, reason: String)
    /// A line's bytes are not UTF-8.
    case invalidEncoding(SourceLocation)
    /// A raw control character (NUL, ESC, …) in the file.
    case controlCharacter(SourceLocation, scalar: UInt32)
    /// The file does not start with a `#` line saying what it shows.
    case missingSummary(path: String)
    /// The file has no `>` line.
    case noTurns(path: String)
    /// An indented (reply) line before the first `>` line.
    case replyBeforeTurn(SourceLocation)
    /// A `# expect` line before the first `>` line.
    case expectationBeforeTurn(SourceLocation)
    /// A `# expect` line after the reply it would belong to has started.
    case expectationAfterReply(SourceLocation)
    /// An indented line after a comment that ended a reply.
    case replyAfterComment(SourceLocation)
    /// A line that is none of `>`, `#`, an indented reply line or blank.
    case unmarkedLine(SourceLocation, text: String)
    /// `\u{…}` that is not a Unicode scalar in hexadecimal.
    case invalidEscape(SourceLocation, text: String)
    /// An assertion without `=` (or a comparison).
    case malformedAssertion(SourceLocation, text: String)
    /// An assertion key outside the vocabulary.
    case unknownAssertionKey(SourceLocation, key: String, suggestion: String?)
    /// A comparison other than `=` on a key that only takes `=`, or `=` on `confidence`.
    case invalidComparison(SourceLocation, key: String, comparison: String, expected: String)
    /// A value the key does not accept.
    case invalidAssertionValue(SourceLocation, key: String, value: String, expected: String, suggestion: String?)
    /// A `"` opened in an assertion and never closed.
    case unterminatedQuote(SourceLocation)

    /// Where the problem is.
    public var location: SourceLocation {
        switch self {
        case let .unreadableFile(path, _), let .missingSummary(path), let .noTurns(path):
            SourceLocation(file: path, line: 1)
        case let .invalidEncoding(at), let .controlCharacter(at, _), let .replyBeforeTurn(at),
            let .expectationBeforeTurn(at), let .expectationAfterReply(at), let .replyAfterComment(at),
            let .unmarkedLine(at, _), let .invalidEscape(at, _), let .malformedAssertion(at, _),
            let .unknownAssertionKey(at, _, _), let .invalidComparison(at, _, _, _),
            let .invalidAssertionValue(at, _, _, _, _), let .unterminatedQuote(at):
            at
        }
    }

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "\(path): error: cannot read the transcript: \(reason)"
        case let .invalidEncoding(at):
            return "\(at): error: unreadable bytes: the line is not valid UTF-8 (save the file as UTF-8)"
        case let .controlCharacter(at, scalar):
            let hex = String(scalar, radix: 16, uppercase: true)
            let escape = Unicode.Scalar(scalar).map(TranscriptEscaping.escape) ?? ""
            return
                "\(at): error: unreadable bytes: control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex) in the file (write it as \(escape))"
        case let .missingSummary(path):
            return "\(path):1: error: a transcript starts with a \"# …\" line saying what it shows"
        case let .noTurns(path):
            return "\(path):1: error: no turns (add a user turn: a line \"> what the user types\" with the reply indented below it)"
        case let .replyBeforeTurn(at):
            return
                "\(at): error: reply before any user turn (add a \"> …\" line above it, or start the line with \"#\" to make it a comment)"
        case let .expectationBeforeTurn(at):
            return "\(at): error: \"# expect\" before any user turn (move it below the \"> …\" line it checks)"
        case let .expectationAfterReply(at):
            return "\(at): error: \"# expect\" after the reply (move it right below the \"> …\" line it checks)"
        case let .replyAfterComment(at):
            return
                "\(at): error: reply line after a comment (a comment ends the turn above it and introduces the next one; move the comment above the next \"> …\" line)"
        case let .unmarkedLine(at, text):
            return
                "\(at): error: \(quoted(text)) is not a transcript line (reply lines are indented by two spaces; user turns start with \">\", comments with \"#\")"
        case let .invalidEscape(at, text):
            return
                "\(at): error: invalid escape \(quoted(text)) (write a Unicode scalar in hexadecimal, e.g. \\u{1B}, or \\\\ for a backslash)"
        case let .malformedAssertion(at, text):
            return "\(at): error: malformed assertion \(quoted(text)) (write key=value, e.g. intent=timeline)"
        case let .unknownAssertionKey(at, key, suggestion):
            return
                "\(at): error: unknown assertion key \(quoted(key))\(String.didYouMean(suggestion)) (known: \(TranscriptAssertion.keys.joined(separator: ", ")))"
        case let .invalidComparison(at, key, comparison, expected):
            return "\(at): error: \(quoted(key)) cannot be compared with \(quoted(comparison)) (write \(expected))"
        case let .invalidAssertionValue(at, key, value, expected, suggestion):
            return "\(at): error: invalid value \(quoted(value)) for \(quoted(key))\(String.didYouMean(suggestion)) (expected \(expected))"
        case let .unterminatedQuote(at):
            return "\(at): error: unterminated quote in assertion (close it with \")"
        }
    }

    private func quoted(_ text: String) -> String {
        "\"" + TranscriptEscaping.visible(text).replacing("\"", with: "\\\"") + "\""
    }
}
