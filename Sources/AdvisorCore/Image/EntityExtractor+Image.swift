/// The `extractor` section of a ``KnowledgeImage``: the names by first word, the typo vocabulary
/// of name words, the common words that are never corrected and the words several examples use.
/// The gap finder and the pay words are built from the knowledge base's small tables on reading.
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
        writer.strings(commonWords.sorted())
        writer.strings(frequentWords.sorted())
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
        let commonWords = Set(try reader.strings())
        let frequentWords = Set(try reader.strings())
        self.init(names: names, correctable: correctable, commonWords: commonWords, frequentWords: frequentWords,
                  gapFinder: GapFinder(knowledge: knowledge, commonWords: frequentWords), pay: PayWords(knowledge: knowledge))
    }

    private init(names: [String: [Name]], correctable: TypoCorrector, commonWords: Set<String>, frequentWords: Set<String>,
                 gapFinder: GapFinder, pay: PayWords) {
        self.names = names
        self.correctable = correctable
        self.commonWords = commonWords
        self.frequentWords = frequentWords
        self.gapFinder = gapFinder
        self.pay = pay
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
