/// The words and phrases the knowledge base itself uses, to tell a name it holds ("Fast.ai",
/// "Python for Data Analysis") from one it lacks ("Udemy").
///
/// Every text of the knowledge base (names, aliases, summaries, facts, notes) is read through
/// ``Normalizer``; the training examples are not knowledge and are left out. Words are compared
/// as the normalizer writes them, unstemmed: names are names, and stemming every word of the
/// knowledge base would double its cost. A phrase is held when its words appear in that order
/// inside one text, or written as one word where a text writes two ("fastai" for "Fast.ai").
struct KnowledgeVocabulary: Sendable {
    /// The words of every text, one array per text.
    private let texts: [[String]]
    /// Where each word occurs: (text, position).
    private let occurrences: [String: [(text: Int, at: Int)]]
    /// Two neighbouring words written together ("fastai").
    private let joined: Set<String>

    init(knowledge: KnowledgeBase) {
        var texts: [[String]] = []
        var occurrences: [String: [(text: Int, at: Int)]] = [:]
        var joined: Set<String> = []
        for text in Self.texts(of: knowledge) {
            let words = Normalizer.tokens(text).compactMap { $0.kind == .boundary ? nil : $0.text }
            guard !words.isEmpty else { continue }
            for (position, word) in words.enumerated() { occurrences[word, default: []].append((texts.count, position)) }
            for index in words.indices.dropFirst() { joined.insert(words[index - 1] + words[index]) }
            texts.append(words)
        }
        self.texts = texts
        self.occurrences = occurrences
        self.joined = joined
    }

    /// Whether the knowledge base uses this word anywhere.
    func contains(_ word: String) -> Bool { occurrences[word] != nil || (word.utf8.count >= 6 && joined.contains(word)) }

    /// Whether the word is one edit from a word of four letters or more that the knowledge base
    /// uses ("gogle" for "google"): a typo of it rather than a name of its own.
    func isNear(_ word: String) -> Bool {
        occurrences.keys.contains { known in
            known.count >= 4 && abs(known.count - word.count) <= 1 && known.editDistance(to: word, limit: 1) <= 1
        }
    }

    /// Whether these words appear in this order in one text of the knowledge base.
    func holds(_ phrase: [String]) -> Bool {
        guard let first = phrase.first else { return false }
        if phrase.count == 1 { return contains(first) }
        for (text, at) in occurrences[first] ?? [] where at + phrase.count <= texts[text].count {
            if texts[text][at..<(at + phrase.count)].elementsEqual(phrase) { return true }
        }
        return false
    }

    /// Every text of the knowledge base that says what it holds.
    private static func texts(of base: KnowledgeBase) -> [String] {
        var texts: [String] = []
        for source in base.sources { texts += [source.title, source.covers] }
        for background in base.backgrounds { texts += [background.name] + background.synonyms }
        for path in base.paths {
            texts += [path.title, path.summary] + path.carriesOver + path.gaps + path.notes.map(\.text)
            texts += path.skipStages.map(\.reason)
            for phase in path.phases { texts += [phase.title, phase.goal] + phase.details }
            for milestone in path.salaryMilestones { texts += [milestone.label] + (milestone.note.map { [$0] } ?? []) }
        }
        for stage in base.stages { texts += [stage.title, stage.summary] + stage.skills }
        for group in base.toolGroups { texts += [group.name, group.summary] + group.aliases }
        for tool in base.tools { texts += [tool.name, tool.purpose] + tool.aliases }
        for certification in base.certifications { texts += [certification.name] + certification.aliases + certification.notes.map(\.text) }
        for salary in base.salaries { texts += [salary.title] + (salary.note.map { [$0] } ?? []) }
        for topic in base.topics { texts += [topic.title] + topic.facts.flatMap { [$0.text] + ($0.label.map { [$0] } ?? []) } }
        return texts
    }
}
