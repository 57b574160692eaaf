import Foundation

/// Splits an article's text into the sentences the article audit lists, each with its line.
///
/// The rule is deliberately simple, and `Knowledge/evaluation/article-audit.yaml` documents it:
/// 1. Lines are numbered from 1, trimmed, and lose one leading list marker (`•`, `*` or `-`
///    followed by a space, or a number followed by `.` and a space, as in `1. Earn a degree`).
/// 2. A line with no letter in it (a bare `+50%`, a step number, a blank line) is markup and
///    holds no sentence.
/// 3. A line is split after `.`, `!`, `?` or `…` (together with any closing quote or bracket
///    right after it) where whitespace follows and then anything but a lower-case letter, so
///    `Yes. A thousand times, yes.` is two sentences and `Est. cost` is one.
public enum SourceSentences {
    public struct Sentence: Hashable, Sendable, CustomStringConvertible {
        /// The line of the article the sentence is on, from 1.
        public var line: Int
        public var text: String

        public init(line: Int, text: String) {
            self.line = line
            self.text = text
        }

        public var description: String { "line \(line): \(text)" }
    }

    private static let enders: Set<Character> = [".", "!", "?", "…"]
    private static let closers: Set<Character> = ["\"", "”", "’", ")"]
    private static let bullets: Set<Character> = ["•", "*", "-"]

    /// Every sentence of `text`, in order.
    public static func sentences(in text: String) -> [Sentence] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap { index, line in
            sentences(inLine: String(line)).map { Sentence(line: index + 1, text: $0) }
        }
    }

    /// The sentences of one line, after its list marker is removed; none for markup.
    public static func sentences(inLine line: String) -> [String] {
        let body = withoutListMarker(line.trimmingCharacters(in: .whitespaces))
        guard body.contains(where: \.isLetter) else { return [] }
        let characters = Array(body)
        var result: [String] = []
        var current = ""
        var index = 0
        while index < characters.count {
            current.append(characters[index])
            guard enders.contains(characters[index]) else {
                index += 1
                continue
            }
            var next = index + 1
            while next < characters.count, closers.contains(characters[next]) {
                current.append(characters[next])
                next += 1
            }
            var afterSpace = next
            while afterSpace < characters.count, characters[afterSpace].isWhitespace { afterSpace += 1 }
            if afterSpace > next, afterSpace < characters.count, !characters[afterSpace].isLowercase {
                result.append(current)
                current = ""
                index = afterSpace
            } else {
                index = next
            }
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { result.append(last) }
        return result
    }

    /// `• Goal: …` → `Goal: …`; `12. Step` → `Step`; anything else unchanged.
    private static func withoutListMarker(_ line: String) -> String {
        if let first = line.first, bullets.contains(first) {
            let rest = line.dropFirst()
            if rest.first?.isWhitespace == true { return rest.trimmingCharacters(in: .whitespaces) }
        }
        let digits = line.prefix(while: \.isNumber)
        let rest = line.dropFirst(digits.count)
        if !digits.isEmpty, rest.first == ".", rest.dropFirst().first?.isWhitespace == true {
            return rest.dropFirst().trimmingCharacters(in: .whitespaces)
        }
        return line
    }
}
