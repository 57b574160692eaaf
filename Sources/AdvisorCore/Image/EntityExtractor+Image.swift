/// The `extractor` section of a ``KnowledgeImage``: the names by first word, the typo vocabulary
/// of name words, the common words that are never corrected and the gap finder's phrase tables.
/// The job, own-background, pay and negation words are built from the knowledge base's small tables on reading.
extension EntityExtractor {
    func write(to writer: inout ImageWriter) {
        let firstWords = names.keys.sorted()
        writer.count(firstWords.count)
        for first in firstWords {
            writer.string(first)
            let entries = names[first]!
            writer.count(entries.count)
            for name in entries {
                writer.strings(name.words)
                writer.byte(name.kind.imageCode)
                writer.string(name.id)
            }
        }
        correctable.write(to: &writer)
        commonWords.write(to: &writer)
        gapFinder.write(to: &writer)
    }

    init(reading reader: inout ImageReader, knowledge: KnowledgeBase) throws {
        var names: [String: [Name]] = [:]
        let firstWords = try reader.count()
        names.reserveCapacity(firstWords)
        for _ in 0..<firstWords {
            let first = try reader.string()
            var entries: [Name] = []
            for _ in 0..<(try reader.count()) {
                let words = try reader.strings()
                guard let kind = Kind(imageCode: try reader.byte()) else {
                    throw KnowledgeImageError.malformed("unknown kind of name", at: reader.offset)
                }
                entries.append(Name(words: words, kind: kind, id: try reader.string()))
            }
            names[first] = entries
        }
        let correctable = try TypoCorrector(reading: &reader)
        let commonWords = try ByteStringTable(reading: &reader)
        let gapFinder = try GapFinder(reading: &reader, knowledge: knowledge)
        self.init(
            names: names, correctable: correctable, commonWords: commonWords, gapFinder: gapFinder,
            jobs: JobWords(knowledge: knowledge), own: OwnBackgroundWords(knowledge: knowledge), pay: PayWords(knowledge: knowledge),
            negation: NegationWords(knowledge: knowledge))
    }

    private init(
        names: [String: [Name]], correctable: TypoCorrector, commonWords: ByteStringTable, gapFinder: GapFinder, jobs: JobWords,
        own: OwnBackgroundWords, pay: PayWords, negation: NegationWords
    ) {
        self.names = names
        self.correctable = correctable
        self.commonWords = commonWords
        self.gapFinder = gapFinder
        self.jobs = jobs
        self.own = own
        self.pay = pay
        self.negation = negation
    }
}

extension EntityExtractor.Kind {
    fileprivate var imageCode: UInt8 {
        switch self {
        case .background: 0
        case .tool: 1
        case .toolGroup: 2
        case .certification: 3
        case .level: 4
        }
    }

    fileprivate init?(imageCode: UInt8) {
        switch imageCode {
        case 0: self = .background
        case 1: self = .tool
        case 2: self = .toolGroup
        case 3: self = .certification
        case 4: self = .level
        default: return nil
        }
    }
}

/// The gap finder's part of the `extractor` section: its phrase tables (terms, backgrounds, cue lists,
/// currencies, backgrounds without pay figures), common words and the knowledge base's vocabulary.
extension GapFinder {
    func write(to writer: inout ImageWriter) {
        terms.write(to: &writer) { writer, value in writer.count(value) }
        backgrounds.write(to: &writer) { writer, value in writer.bool(value) }
        // The terms are the knowledge base's gaps, in its order (its section holds them): only which
        // roles are known backgrounds is written here.
        writer.count(entries.count)
        for entry in entries { writer.bool(entry.isKnownBackground) }
        let lists = cues.keys.sorted { $0.rawValue < $1.rawValue }
        writer.count(lists.count)
        for list in lists {
            writer.string(list.rawValue)
            cues[list]!.write(to: &writer) { writer, value in writer.bool(value) }
        }
        commonWords.write(to: &writer)
        currencies.write(to: &writer) { writer, value in writer.string(value) }
        unpaidBackgrounds.write(to: &writer) { writer, value in writer.string(value) }
        vocabulary.write(to: &writer)
        nearSpellings.write(to: &writer)
    }

    init(reading reader: inout ImageReader, knowledge: KnowledgeBase) throws(KnowledgeImageError) {
        let terms = try PhraseTable<Int>(reading: &reader) { reader throws(KnowledgeImageError) in try reader.count() }
        let backgrounds = try PhraseTable<Bool>(reading: &reader) { reader throws(KnowledgeImageError) in try reader.bool() }
        guard try reader.count() == knowledge.gaps.count else {
            throw .malformed("the gap finder's terms are not the knowledge base's gaps", at: reader.offset)
        }
        var entries: [Term] = []
        entries.reserveCapacity(knowledge.gaps.count)
        for gap in knowledge.gaps { entries.append(Term(gap: gap, isKnownBackground: try reader.bool())) }
        var cues: [CueList.ID: PhraseTable<Bool>] = [:]
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            guard let list = CueList.ID(rawValue: name) else { throw .malformed("unknown cue list \"\(name)\"", at: reader.offset) }
            cues[list] = try PhraseTable<Bool>(reading: &reader) { reader throws(KnowledgeImageError) in try reader.bool() }
        }
        let commonWords = try ByteStringTable(reading: &reader)
        let currencies = try PhraseTable<String>(reading: &reader) { reader throws(KnowledgeImageError) in try reader.string() }
        let unpaidBackgrounds = try PhraseTable<String>(reading: &reader) { reader throws(KnowledgeImageError) in try reader.string() }
        let vocabulary = try KnowledgeVocabulary(reading: &reader)
        let nearSpellings = try NearSpellingIndex(reading: &reader)
        guard terms.values.allSatisfy({ $0 >= 0 && $0 < entries.count }) else {
            throw .malformed("a gap phrase names no gap", at: reader.offset)
        }
        self.init(
            knowledge: knowledge, terms: terms, backgrounds: backgrounds, entries: entries, cues: cues, commonWords: commonWords,
            currencies: currencies, unpaidBackgrounds: unpaidBackgrounds, vocabulary: (vocabulary, nearSpellings))
    }
}

/// The gap finder's vocabulary of the knowledge base's own words (``KnowledgeVocabulary``), read in place.
extension KnowledgeVocabulary {
    func write(to writer: inout ImageWriter) {
        words.write(to: &writer)
        writer.words(textStart)
        writer.words(textWords)
        writer.words(occurrenceStart)
        writer.words(occurrences)
        writer.words(occurrenceEnds)
        joined.write(to: &writer)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let words = try ByteStringTable(reading: &reader)
        let textStart = try reader.table(Int32.self)
        let textWords = try reader.table(Int32.self)
        let occurrenceStart = try reader.table(Int32.self)
        let occurrences = try reader.table(Int32.self)
        let occurrenceEnds = try reader.table(Int32.self)
        let joined = try ByteStringTable(reading: &reader)
        // Read in place, only the sizes are checked (see ``ImageReader/inPlace``).
        guard occurrenceStart.count == words.count + 1, occurrences.count == occurrenceEnds.count,
            occurrenceStart.last.map({ Int($0) == occurrences.count }) ?? false,
            textStart.last.map({ Int($0) == textWords.count }) ?? false,
            reader.inPlace
                || (textWords.allSatisfy { $0 >= 0 && Int($0) < words.count }
                    && zip(occurrences, occurrenceEnds).allSatisfy { $0 >= 0 && $0 < $1 && Int($1) <= textWords.count })
        else {
            throw .malformed("the knowledge vocabulary is inconsistent", at: reader.offset)
        }
        self.init(
            words: words, textStart: textStart, textWords: textWords, occurrenceStart: occurrenceStart, occurrences: occurrences,
            occurrenceEnds: occurrenceEnds, joined: joined)
    }
}

/// A phrase table as it is stored (``PhraseTable``): its words, the phrases by first word as word
/// positions, then each phrase's value; read in place but for the values.
extension PhraseTable {
    func write(to writer: inout ImageWriter, value write: (inout ImageWriter, Value) -> Void) {
        writer.count(longestPhrase)
        words.write(to: &writer)
        writer.words(firstStarts)
        writer.words(phraseStarts)
        writer.words(phraseWords)
        writer.count(values.count)
        for value in values { write(&writer, value) }
    }

    init(
        reading reader: inout ImageReader,
        value read: (inout ImageReader) throws(KnowledgeImageError) -> Value
    ) throws(KnowledgeImageError) {
        let longestPhrase = try reader.count()
        let words = try ByteStringTable(reading: &reader)
        let firstStarts = try reader.table(Int32.self)
        let phraseStarts = try reader.table(Int32.self)
        let phraseWords = try reader.table(Int32.self)
        let count = try reader.count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&reader)) }
        // Read in place, only the sizes are checked (see ``ImageReader/inPlace``).
        guard firstStarts.count == words.count + 1, firstStarts.first == 0, firstStarts.last == Int32(count),
            phraseStarts.count == count + 1, phraseStarts.first == 0, phraseStarts.last == Int32(phraseWords.count),
            reader.inPlace
                || (zip(firstStarts, firstStarts.dropFirst()).allSatisfy { $0 <= $1 }
                    && zip(phraseStarts, phraseStarts.dropFirst()).allSatisfy { $0 < $1 && Int($1 - $0) <= longestPhrase }
                    && phraseWords.allSatisfy { $0 >= 0 && Int($0) < words.count })
        else {
            throw .malformed("a phrase table is inconsistent", at: reader.offset)
        }
        self.init(
            words: words, firstStarts: firstStarts, phraseStarts: phraseStarts, phraseWords: phraseWords, values: values,
            longestPhrase: longestPhrase)
    }
}
