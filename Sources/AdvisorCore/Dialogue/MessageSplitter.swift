/// Splits a pasted paragraph into its sentences, so that each question in it gets an answer.
///
/// A sentence ends at `.`, `!` or `?` followed by a space or the end, or at a line break.
/// Decimal points ("2.5 years") and common abbreviations ("e.g.") do not end a sentence.
public enum MessageSplitter {
    /// The sentences of `text`, trimmed, empty ones left out.
    public static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isNewline {
                flush(&current, into: &sentences)
                continue
            }
            current.append(character)
            guard character == "." || character == "!" || character == "?" else { continue }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            guard next.isWhitespace || next == "\"" || next == ")" else { continue }
            if character == ".", endsWithAbbreviation(current) { continue }
            flush(&current, into: &sentences)
        }
        flush(&current, into: &sentences)
        return sentences
    }

    /// The text with every run of three or more identical words cut to one ("really really really
    /// … want" → "really want"), so that padding does not drown the question at the end.
    ///
    /// Only words of letters are cut; repeated sentences ("Why? Why? …") and other tokens stay.
    public static func collapsingRepeatedWords(in text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3 else { return text }
        var kept: [Substring] = []
        var index = 0
        while index < words.count {
            var end = index + 1
            let isWord = words[index].allSatisfy(\.isLetter)
            while isWord, end < words.count, words[end].lowercased() == words[index].lowercased() { end += 1 }
            kept += end - index >= 3 ? [words[index]] : Array(words[index..<end])
            index = end
        }
        return kept.count == words.count ? text : kept.joined(separator: " ")
    }

    private static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "vs.", "mr.", "ms.", "dr.", "approx."]

    private static func endsWithAbbreviation(_ text: String) -> Bool {
        let last = text.split(whereSeparator: \.isWhitespace).last.map { $0.lowercased() } ?? ""
        return abbreviations.contains(last)
    }

    private static func flush(_ current: inout String, into sentences: inout [String]) {
        let trimmed = current.trimmingWhitespace
        if !trimmed.isEmpty { sentences.append(trimmed) }
        current = ""
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}
