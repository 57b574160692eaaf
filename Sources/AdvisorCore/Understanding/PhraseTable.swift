/// Phrases looked up as whole stemmed word sequences over ``Normalizer`` tokens, longest first.
///
/// A phrase is stored under its first stemmed word; a multi-word phrase also matches written as
/// one word ("made with ml" ↔ "madewithml"). The words of a message are given as
/// ``stems(_:)`` makes them: a stem per word, the digits of a number, nil at a boundary, so that
/// no phrase runs across a comma or a full stop.
struct PhraseTable<Value: Sendable>: Sendable {
    var byFirst: [String: [(words: [String], value: Value)]] = [:]
    /// The most words any phrase has.
    var longestPhrase = 0

    init() {}

    /// Adds a phrase, written as people type it ("transition to").
    mutating func add(_ phrase: String, _ value: Value) {
        let tokens = Normalizer.tokens(phrase)
        let words = EntityExtractor.stems(tokens)
        guard let first = words.first else { return }
        insert(words, under: first, value)
        if words.count > 1 {
            let joined = Stemmer.stem(tokens.filter { $0.kind != .boundary }.map(\.text).joined())
            insert([joined], under: joined, value)
        }
    }

    private mutating func insert(_ words: [String], under first: String, _ value: Value) {
        var entries = byFirst[first, default: []]
        // Longest first; equal lengths keep the order they were added in.
        let position = entries.firstIndex { $0.words.count < words.count } ?? entries.endIndex
        entries.insert((words, value), at: position)
        byFirst[first] = entries
        longestPhrase = max(longestPhrase, words.count)
    }

    /// The longest phrase that starts at `index`, with its length in words.
    func longest(in words: [String?], at index: Int) -> (count: Int, value: Value)? {
        guard index < words.count, let first = words[index], let entries = byFirst[first] else { return nil }
        for entry in entries where Self.matches(entry.words, words, at: index) { return (entry.words.count, entry.value) }
        return nil
    }

    /// Every phrase in the words, left to right, the longest where several start at one word; a
    /// match's words are not searched again.
    func matches(in words: [String?]) -> [(span: Range<Int>, value: Value)] {
        var found: [(span: Range<Int>, value: Value)] = []
        var index = 0
        while index < words.count {
            guard let (count, value) = longest(in: words, at: index) else {
                index += 1
                continue
            }
            found.append((index..<index + count, value))
            index += count
        }
        return found
    }

    /// Whether a phrase starts at `index`.
    func starts(in words: [String?], at index: Int) -> Int? { longest(in: words, at: index)?.count }

    /// Where a phrase that ends right before `end` starts (the shortest such phrase).
    func start(in words: [String?], endingBefore end: Int) -> Int? {
        guard end > 0, end <= words.count else { return nil }
        for start in stride(from: end - 1, through: max(0, end - longestPhrase), by: -1) {
            guard let first = words[start], let entries = byFirst[first] else { continue }
            if entries.contains(where: { $0.words.count == end - start && Self.matches($0.words, words, at: start) }) { return start }
        }
        return nil
    }

    private static func matches(_ phrase: [String], _ words: [String?], at start: Int) -> Bool {
        guard start + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[start + offset] != word { return false }
        return true
    }

    /// The words of a message as the table reads them: a stem per word, a number's digits,
    /// nil at a boundary.
    static func stems(_ tokens: [Token]) -> [String?] {
        tokens.map { $0.kind == .boundary ? nil : ($0.kind == .word ? Stemmer.stem($0.text) : $0.text) }
    }
}
