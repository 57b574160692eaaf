/// The `classifier` section of a ``KnowledgeImage``: the TF-IDF index (terms, IDF, postings; not
/// the document vectors, which are the postings transposed), the class centroids, the keywords
/// with their specificity, the typo vocabulary and the postings' runs by intent, as the
/// classifier built them.
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
        runs.write(to: &writer)
    }

    /// The classifier of an image whose `knowledge` section was `knowledge`.
    init(reading reader: inout ImageReader, knowledge: KnowledgeBase) throws {
        let thresholds = Thresholds(outOfScope: try reader.double(), clarify: try reader.double())
        var intents: [Intent] = []
        for name in try reader.strings() {
            guard let intent = Intent(rawValue: name) else {
                throw KnowledgeImageError.malformed("unknown intent \"\(name)\"", at: reader.offset)
            }
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
        let centroids = TFIDFIndex.CentroidPostings(
            groups: try reader.count(), start: try reader.table(), groupIDs: try reader.table(),
            weights: try reader.table())
        let documents = knowledge.intents.flatMap(\.examples)
        let index = try TFIDFIndex(reading: &reader, documents: documents)
        guard exampleIntent.count == documents.count, exampleIntent.allSatisfy({ $0 >= 0 && Int($0) < intents.count }),
            centroids.start.count == index.termCount + 1, centroids.groupIDs.count == centroids.weights.count,
            centroids.start.last.map(Int.init) == centroids.groupIDs.count,
            reader.inPlace || centroids.groupIDs.allSatisfy({ $0 >= 0 && Int($0) < centroids.groups })
        else {
            throw KnowledgeImageError.malformed("the classifier does not match the knowledge", at: reader.offset)
        }
        let runs = try TFIDFIndex.GroupRuns(
            reading: &reader, terms: index.termCount, postings: index.postingDocuments.count, group: exampleIntent,
            groups: intents.count)
        self.init(
            thresholds: thresholds, formula: Formula(), intents: intents, index: index, exampleIntent: exampleIntent,
            keywords: keywords, vocabulary: vocabulary, outOfScopePosition: intents.firstIndex(of: .outOfScope),
            centroids: centroids, runs: runs)
    }

    private init(
        thresholds: Thresholds, formula: Formula, intents: [Intent], index: TFIDFIndex, exampleIntent: [Int32],
        keywords: [String: [(intent: Int, words: [String], text: String, specificity: Double)]],
        vocabulary: TypoCorrector, outOfScopePosition: Int?, centroids: TFIDFIndex.CentroidPostings, runs: TFIDFIndex.GroupRuns
    ) {
        self.thresholds = thresholds
        self.formula = formula
        self.intents = intents
        self.index = index
        self.exampleIntent = exampleIntent
        self.keywords = keywords
        self.vocabulary = vocabulary
        self.outOfScopePosition = outOfScopePosition
        self.centroids = centroids
        self.runs = runs
    }
}

extension TFIDFIndex {
    /// Postings are stored as the index holds them (where each term's start, documents, weights),
    /// so that the program's own image is read in place: a question touches only its terms' pages.
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
        let idf = try reader.table(Float.self)
        let unseenIDF = try reader.float()
        let postingStart = try reader.table(Int32.self)
        let postingDocuments = try reader.table(Int32.self)
        let postingWeights = try reader.table(Float.self)
        // Read in place, only the sizes are checked (see ``ImageReader/inPlace``).
        guard idf.count == terms.count, postingStart.count == terms.count + 1, postingStart.first == 0,
            postingStart.last.map(Int.init) == postingDocuments.count, postingWeights.count == postingDocuments.count,
            reader.inPlace
                || (zip(postingStart, postingStart.dropFirst()).allSatisfy { $0 <= $1 }
                    && postingDocuments.allSatisfy { $0 >= 0 && Int($0) < documents.count })
        else {
            throw .malformed("the TF-IDF index is inconsistent", at: reader.offset)
        }
        self.init(
            documents: documents, weights: weights, terms: terms, idf: idf, unseenIDF: unseenIDF,
            postingStart: postingStart, postingDocuments: postingDocuments, postingWeights: postingWeights,
            vectorStart: [], vectorIDs: [], vectorWeights: [])
    }
}

extension TFIDFIndex.GroupRuns {
    func write(to writer: inout ImageWriter) {
        writer.words(start)
        writer.words(group)
        writer.words(end)
        writer.floats(heaviest)
    }

    /// The runs of an index with `terms` terms and `postings` postings, whose documents' groups are `group`.
    init(reading reader: inout ImageReader, terms: Int, postings: Int, group: [Int32], groups: Int) throws(KnowledgeImageError) {
        let start = try reader.table(Int32.self)
        let owners = try reader.table(Int32.self)
        let end = try reader.table(Int32.self)
        let heaviest = try reader.table(Float.self)
        guard start.count == terms + 1, start.first == 0, start.last.map(Int.init) == owners.count, end.count == owners.count,
            heaviest.count == owners.count,
            reader.inPlace
                || (zip(start, start.dropFirst()).allSatisfy { $0 <= $1 } && owners.allSatisfy { $0 >= 0 && Int($0) < groups }
                    && end.allSatisfy { $0 >= 0 && Int($0) <= postings })
        else {
            throw .malformed("the classifier's runs are inconsistent", at: reader.offset)
        }
        self.init(
            start: start, group: owners, end: end, heaviest: heaviest,
            documentSpan: TFIDFIndex.documentSpans(group: group, groups: groups))
    }
}

extension TypoCorrector {
    func write(to writer: inout ImageWriter) {
        words.write(to: &writer)
        writer.words(priority)
        writer.words(frequency)
        writer.words(bucketStart)
        writer.words(preferred)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let words = try ByteStringTable(reading: &reader)
        let priority = try reader.table(Int32.self)
        let frequency = try reader.table(Int32.self)
        let bucketStart = try reader.table(Int32.self)
        let preferred = try reader.table(Int32.self)
        guard priority.count == words.count, frequency.count == words.count, bucketStart.last.map(Int.init) == words.count,
            preferred.count == words.count, reader.inPlace || preferred.allSatisfy({ $0 < Int32(words.count) })
        else {
            throw .malformed("a typo vocabulary is inconsistent", at: reader.offset)
        }
        self.init(words: words, priority: priority, frequency: frequency, bucketStart: bucketStart, preferred: preferred)
    }
}
