/// The words and phrases the knowledge base itself uses, to tell a name it holds ("Fast.ai",
/// "Python for Data Analysis") from one it lacks ("Udemy").
///
/// Every text of the knowledge base (names, aliases, summaries, facts, notes) is read through
/// ``Normalizer``; the training examples are not knowledge and are left out. Words are compared
/// as the normalizer writes them, unstemmed: names are names, and stemming every word of the
/// knowledge base would double its cost. A phrase is held when its words appear in that order
/// inside one text, or written as one word where a text writes two ("fastai" for "Fast.ai").
///
/// Stored as flat tables (the distinct words, each text as word ids, each word's occurrences), so
/// that a ``KnowledgeImage`` reads it back in place instead of reading every text again.
struct KnowledgeVocabulary: Sendable {
    /// The distinct words; a word's id is its position.
    let words: ByteStringTable
    /// Each text's word ids, end to end: text `t` is `textWords[textStart[t]..<textStart[t + 1]]`.
    let textStart: FlatArray<Int32>
    let textWords: FlatArray<Int32>
    /// Where each word occurs, as positions in `textWords`: word `w` at
    /// `occurrences[occurrenceStart[w]..<occurrenceStart[w + 1]]`, with the end of each one's text
    /// in the same range of `occurrenceEnds`.
    let occurrenceStart: FlatArray<Int32>
    let occurrences: FlatArray<Int32>
    let occurrenceEnds: FlatArray<Int32>
    /// Two neighbouring words written together ("fastai").
    let joined: ByteStringTable

    init(knowledge: KnowledgeBase) {
        var ids: [String: Int32] = [:]
        var keys: [[UInt8]] = []
        var textStart: [Int32] = [0], textWords: [Int32] = []
        var joined: Set<String> = []
        for text in Self.texts(of: knowledge) {
            let words = Normalizer.tokens(text).compactMap { $0.kind == .boundary ? nil : $0.text }
            guard !words.isEmpty else { continue }
            for word in words {
                if let id = ids[word] {
                    textWords.append(id)
                } else {
                    let id = Int32(keys.count)
                    ids[word] = id
                    keys.append(Array(word.utf8))
                    textWords.append(id)
                }
            }
            for index in words.indices.dropFirst() { joined.insert(words[index - 1] + words[index]) }
            textStart.append(Int32(textWords.count))
        }
        var byWord = [[(at: Int32, end: Int32)]](repeating: [], count: keys.count)
        for text in 0..<textStart.count - 1 {
            for at in textStart[text]..<textStart[text + 1] { byWord[Int(textWords[Int(at)])].append((at, textStart[text + 1])) }
        }
        var occurrenceStart: [Int32] = [0], occurrences: [Int32] = [], occurrenceEnds: [Int32] = []
        for list in byWord {
            for (at, end) in list {
                occurrences.append(at)
                occurrenceEnds.append(end)
            }
            occurrenceStart.append(Int32(occurrences.count))
        }
        self.init(
            words: ByteStringTable(keys: keys), textStart: FlatArray(textStart), textWords: FlatArray(textWords),
            occurrenceStart: FlatArray(occurrenceStart), occurrences: FlatArray(occurrences), occurrenceEnds: FlatArray(occurrenceEnds),
            joined: ByteStringTable(keys: joined.sorted().map { Array($0.utf8) }))
    }

    /// A vocabulary from tables already built (read back from a ``KnowledgeImage``).
    init(
        words: ByteStringTable, textStart: FlatArray<Int32>, textWords: FlatArray<Int32>, occurrenceStart: FlatArray<Int32>,
        occurrences: FlatArray<Int32>, occurrenceEnds: FlatArray<Int32>, joined: ByteStringTable
    ) {
        self.words = words
        self.textStart = textStart
        self.textWords = textWords
        self.occurrenceStart = occurrenceStart
        self.occurrences = occurrences
        self.occurrenceEnds = occurrenceEnds
        self.joined = joined
    }

    /// Whether the knowledge base uses this word anywhere.
    func contains(_ word: String) -> Bool {
        words.position(of: word) != nil || (word.utf8.count >= 6 && joined.position(of: word) != nil)
    }

    /// Whether these words appear in this order in one text of the knowledge base.
    func holds(_ phrase: [String]) -> Bool {
        guard let first = phrase.first else { return false }
        if phrase.count == 1 { return contains(first) }
        var ids: [Int32] = []
        for word in phrase {
            guard let id = words.position(of: word) else { return false }
            ids.append(id)
        }
        let id = Int(ids[0])
        for occurrence in Int(occurrenceStart[id])..<Int(occurrenceStart[id + 1]) {
            let at = Int(occurrences[occurrence])
            guard at + ids.count <= Int(occurrenceEnds[occurrence]) else { continue }
            if textWords[at..<(at + ids.count)].elementsEqual(ids) { return true }
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
