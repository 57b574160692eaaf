extension FactIndex {
    /// A phrase people ask with (a unit's `asks` phrase or stage skill, a related word), as
    /// ranking compares it with a question.
    ///
    /// A phrase is its stemmed content words, held by a question that has all of them, in any
    /// order ("more years first" is held by "first more years?"). A phrase of a single content
    /// word and small words ("on call", "will it last", "from scratch") also keeps its words in order:
    /// its content word alone says something else ("to call myself MLOps", "last year"), so it is
    /// held only where the question has those words side by side, as written.
    struct Phrase: Hashable, Sendable {
        /// The phrase's stemmed content words.
        let terms: Set<String>
        /// Its words in order, small words as typed and content words stemmed, when it has a
        /// single content word and small words; empty otherwise.
        let words: [String]

        init(_ text: String) {
            let sequence = QueryWords.sequence(of: text)
            let content = sequence.filter { !$0.isSmall }.map(\.text)
            // "day to day" and "end to end" say their word twice: the word alone still says it.
            self.init(terms: Set(content), words: content.count == 1 && sequence.count > 1 ? sequence.map(\.text) : [])
        }

        init(terms: Set<String>, words: [String]) {
            self.terms = terms
            self.words = words
        }

        /// Whether the question holds the phrase: all of its content words and, for a phrase
        /// kept in order, all its words side by side.
        func isHeld(in query: QueryWords) -> Bool {
            guard terms.isSubset(of: query.held) else { return false }
            guard !words.isEmpty, query.sequence.count >= words.count else { return words.isEmpty }
            return (0...(query.sequence.count - words.count)).contains { start in
                words.indices.allSatisfy { query.sequence[start + $0] == words[$0] }
            }
        }
    }

    /// The words of a question (or one sentence of it) as ranking reads them: how often each
    /// stemmed content word occurs, and every word in order for the phrases kept in order.
    struct QueryWords {
        /// Each stemmed content word and how often the text has it.
        let counts: [String: Float]
        /// The stemmed content words.
        let held: Set<String>
        /// Every word in order, small words as typed and content words stemmed.
        let sequence: [String]

        init(_ text: String) {
            let words = Self.sequence(of: text)
            var counts: [String: Float] = [:]
            for word in words where !word.isSmall { counts[word.text, default: 0] += 1 }
            self.counts = counts
            self.held = Set(counts.keys)
            self.sequence = words.map(\.text)
        }

        /// The words of a text in order, each a stop word as typed or a content word stemmed.
        static func sequence(of text: String) -> [(text: String, isSmall: Bool)] {
            Normalizer.tokens(text).compactMap { token in
                guard token.kind == .word else { return nil }
                return StopWords.contains(token.text) ? (token.text, true) : (Stemmer.stem(token.text), false)
            }
        }
    }
}
