/// The `classifier` section of a ``KnowledgeImage``: the TF-IDF index (terms, IDF, postings; not
/// the document vectors, which are the postings transposed), the class centroids, the keywords
/// with their specificity and the typo vocabulary, as the classifier built them.
extension IntentClassifier {
    func write(to writer: inout ImageWriter) {
        precondition(formula == Formula(), "an image holds a classifier with the committed formula")
        writer.double(thresholds.outOfScope)
        writer.double(thresholds.clarify)
        writer.strings(intents.map(\.rawValue))
        writer.words(exampleIntent)
        let firstWords = keywords.keys.sorted()
        writer.count(firstWords.count)
        for first in firstWords {
            writer.string(first)
            let entries = keywords[first]!
            writer.count(entries.count)
            for entry in entries {
                writer.count(entry.intent)
                writer.strings(entry.words)
                writer.string(entry.text)
                writer.double(entry.specificity)
            }
        }
        vocabulary.write(to: &writer)
        writer.count(centroids.groups)
        writer.words(centroids.start)
        writer.words(centroids.groupIDs)
        writer.floats(centroids.weights)
        index.write(to: &writer)
    }

    /// The classifier of an image whose `knowledge` section was `knowledge`.
    init(reading reader: inout ImageReader, knowledge: KnowledgeBase) throws {
        let thresholds = Thresholds(outOfScope: try reader.double(), clarify: try reader.double())
        var intents: [Intent] = []
        for name in try reader.strings() {
            guard let intent = Intent(rawValue: name) else { throw KnowledgeImageError.malformed("unknown intent \"\(name)\"", at: reader.offset) }
            intents.append(intent)
        }
        let exampleIntent = try reader.words(Int32.self)
        var keywords: [String: [(intent: Int, words: [String], text: String, specificity: Double)]] = [:]
        let firstWords = try reader.count()
        keywords.reserveCapacity(firstWords)
        for _ in 0..<firstWords {
            let first = try reader.string()
            var entries: [(intent: Int, words: [String], text: String, specificity: Double)] = []
            for _ in 0..<(try reader.count()) {
                entries.append((try reader.count(), try reader.strings(), try reader.string(), try reader.double()))
            }
            keywords[first] = entries
        }
        let vocabulary = try TypoCorrector(reading: &reader)
        let centroids = TFIDFIndex.CentroidPostings(groups: try reader.count(), start: try reader.words(), groupIDs: try reader.words(),
                                                    weights: try reader.floats())
        let documents = knowledge.intents.flatMap(\.examples)
        let index = try TFIDFIndex(reading: &reader, documents: documents)
        guard exampleIntent.count == documents.count, exampleIntent.allSatisfy({ $0 >= 0 && Int($0) < intents.count }),
              centroids.start.count == index.termCount + 1 else {
            throw KnowledgeImageError.malformed("the classifier does not match the knowledge", at: reader.offset)
        }
        self.init(thresholds: thresholds, formula: Formula(), intents: intents, index: index, exampleIntent: exampleIntent,
                  keywords: keywords, vocabulary: vocabulary, outOfScopePosition: intents.firstIndex(of: .outOfScope),
                  centroids: centroids)
    }

    private init(thresholds: Thresholds, formula: Formula, intents: [Intent], index: TFIDFIndex, exampleIntent: [Int32],
                 keywords: [String: [(intent: Int, words: [String], text: String, specificity: Double)]],
                 vocabulary: TypoCorrector, outOfScopePosition: Int?, centroids: TFIDFIndex.CentroidPostings) {
        self.thresholds = thresholds
        self.formula = formula
        self.intents = intents
        self.index = index
        self.exampleIntent = exampleIntent
        self.keywords = keywords
        self.vocabulary = vocabulary
        self.outOfScopePosition = outOfScopePosition
        self.centroids = centroids
    }
}

extension TFIDFIndex {
    func write(to writer: inout ImageWriter) {
        for weight in [weights.word, weights.stopWord, weights.bigram, weights.trigram] { writer.float(weight) }
        terms.write(to: &writer)
        writer.floats(idf)
        writer.float(unseenIDF)
        writer.words(postingStart)
        writer.words(postingDocuments)
        writer.floats(postingWeights)
    }

    init(reading reader: inout ImageReader, documents: [String]) throws(KnowledgeImageError) {
        var weights = Weights()
        weights.word = try reader.float()
        weights.stopWord = try reader.float()
        weights.bigram = try reader.float()
        weights.trigram = try reader.float()
        let terms = try ByteStringTable(reading: &reader)
        let idf = try reader.floats()
        let unseenIDF = try reader.float()
        let postingStart = try reader.words(Int32.self)
        let postingDocuments = try reader.words(Int32.self)
        let postingWeights = try reader.floats()
        guard idf.count == terms.count, postingStart.count == terms.count + 1, postingStart.last.map(Int.init) == postingDocuments.count,
              postingWeights.count == postingDocuments.count,
              postingDocuments.allSatisfy({ $0 >= 0 && Int($0) < documents.count }) else {
            throw .malformed("the TF-IDF index is inconsistent", at: reader.offset)
        }
        self.init(documents: documents, weights: weights, terms: terms, idf: idf, unseenIDF: unseenIDF,
                  postingStart: postingStart, postingDocuments: postingDocuments, postingWeights: postingWeights,
                  vectorStart: [], vectorIDs: [], vectorWeights: [])
    }
}

extension TypoCorrector {
    func write(to writer: inout ImageWriter) {
        words.write(to: &writer)
        writer.words(priority)
        writer.words(frequency)
        writer.words(bucketStart)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let words = try ByteStringTable(reading: &reader)
        let priority = try reader.words(Int32.self)
        let frequency = try reader.words(Int32.self)
        let bucketStart = try reader.words(Int32.self)
        guard priority.count == words.count, frequency.count == words.count, bucketStart.last.map(Int.init) == words.count else {
            throw .malformed("a typo vocabulary is inconsistent", at: reader.offset)
        }
        self.init(words: words, priority: priority, frequency: frequency, bucketStart: bucketStart)
    }
}
