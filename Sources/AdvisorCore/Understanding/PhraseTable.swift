/// Phrases looked up as whole stemmed word sequences over ``Normalizer`` tokens, longest first.
///
/// A phrase is stored under its first stemmed word; a multi-word phrase also matches written as
/// one word ("made with ml" ↔ "madewithml"). The words of a message are given as
/// ``stems(_:)`` makes them: a stem per word, the digits of a number, nil at a boundary, so that
/// no phrase runs across a comma or a full stop.
///
/// Built with a ``Builder``, then stored flat (the distinct words in a ``ByteStringTable``, each
/// phrase as word positions, the phrases grouped by first word), so that a ``KnowledgeImage``
/// reads it back in place instead of decoding every phrase into strings and a dictionary.
struct PhraseTable<Value: Sendable>: Sendable {
    /// Every distinct word of the phrases.
    let words: ByteStringTable
    /// Where the phrases that start with each word (by its position in `words`) start in
    /// `phraseStarts`: one more entry than words, the last the end.
    let firstStarts: FlatArray<Int32>
    /// Where each phrase's words start in `phraseWords`; one more entry than phrases, the last the end.
    let phraseStarts: FlatArray<Int32>
    /// The phrases' words (positions in `words`), end to end.
    let phraseWords: FlatArray<Int32>
    /// Each phrase's value, in phrase order.
    let values: [Value]
    /// The most words any phrase has.
    let longestPhrase: Int

    /// Collects phrases, then makes the table (``table``).
    struct Builder {
        private var byFirst: [String: [(words: [String], value: Value)]] = [:]

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
        }

        /// The phrases added, stored flat: the words in sorted order, so the same phrases always
        /// make the same table.
        var table: PhraseTable {
            let sorted = Set(byFirst.values.joined().flatMap(\.words)).sorted()
            let words = ByteStringTable(keys: sorted.map { Array($0.utf8) })
            var firstStarts: [Int32] = [0]
            var phraseStarts: [Int32] = [0]
            var phraseWords: [Int32] = []
            var values: [Value] = []
            var longestPhrase = 0
            for word in sorted {
                for entry in byFirst[word] ?? [] {
                    phraseWords += entry.words.map { words.position(of: $0)! }
                    phraseStarts.append(Int32(phraseWords.count))
                    values.append(entry.value)
                    longestPhrase = max(longestPhrase, entry.words.count)
                }
                firstStarts.append(Int32(values.count))
            }
            return PhraseTable(
                words: words, firstStarts: FlatArray(firstStarts), phraseStarts: FlatArray(phraseStarts),
                phraseWords: FlatArray(phraseWords), values: values, longestPhrase: longestPhrase)
        }
    }

    /// The number of words of a phrase (by its position).
    private func length(_ phrase: Int) -> Int { Int(phraseStarts[phrase + 1] - phraseStarts[phrase]) }

    /// The phrases that start with a word, as positions.
    private func phrases(startingWith word: String) -> Range<Int>? {
        guard let first = words.position(of: word) else { return nil }
        return Int(firstStarts[Int(first)])..<Int(firstStarts[Int(first) + 1])
    }

    /// The longest phrase that starts at `index`, with its length in words.
    func longest(in words: [String?], at index: Int) -> (count: Int, value: Value)? {
        guard index < words.count, let first = words[index], let phrases = phrases(startingWith: first) else { return nil }
        for phrase in phrases where matches(phrase, words, at: index) { return (length(phrase), values[phrase]) }
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
            guard let first = words[start], let phrases = phrases(startingWith: first) else { continue }
            if phrases.contains(where: { length($0) == end - start && matches($0, words, at: start) }) { return start }
        }
        return nil
    }

    /// Whether a phrase's words (by position) are the words from `start` on.
    private func matches(_ phrase: Int, _ words: [String?], at start: Int) -> Bool {
        let from = Int(phraseStarts[phrase]), count = length(phrase)
        guard start + count <= words.count else { return false }
        for offset in 0..<count {
            guard let word = words[start + offset], self.words.key(at: Int(phraseWords[from + offset]), is: word) else { return false }
        }
        return true
    }

    /// The words of a message as the table reads them: a stem per word, a number's digits,
    /// nil at a boundary.
    static func stems(_ tokens: [Token]) -> [String?] {
        tokens.map { $0.kind == .boundary ? nil : ($0.kind == .word ? Stemmer.stem($0.text) : $0.text) }
    }
}
