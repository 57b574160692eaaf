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
            groups: try reader.count(), start: try reader.words(), groupIDs: try reader.words(),
            weights: try reader.floats())
        let documents = knowledge.intents.flatMap(\.examples)
        let index = try TFIDFIndex(reading: &reader, documents: documents)
        guard exampleIntent.count == documents.count, exampleIntent.allSatisfy({ $0 >= 0 && Int($0) < intents.count }),
            centroids.start.count == index.termCount + 1
        else {
            throw KnowledgeImageError.malformed("the classifier does not match the knowledge", at: reader.offset)
        }
        self.init(
            thresholds: thresholds, formula: Formula(), intents: intents, index: index, exampleIntent: exampleIntent,
            keywords: keywords, vocabulary: vocabulary, outOfScopePosition: intents.firstIndex(of: .outOfScope),
            centroids: centroids)
    }

    private init(
        thresholds: Thresholds, formula: Formula, intents: [Intent], index: TFIDFIndex, exampleIntent: [Int32],
        keywords: [String: [(intent: Int, words: [String], text: String, specificity: Double)]],
        vocabulary: TypoCorrector, outOfScopePosition: Int?, centroids: TFIDFIndex.CentroidPostings
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
        self.runs = index.groupRuns(group: exampleIntent, groups: intents.count)
    }
}

extension TFIDFIndex {
    /// Postings are stored compactly: per term its count, then per posting one LEB128 number,
    /// `(document − previous document) << 2 | k`, `k` the term's kind weight there (0 word,
    /// 1 stop word, 2 pair, 3 trigram). The weight is `(weight(k) × idf) / norm(document)`,
    /// computed on reading with the same operations that built it, so it is the same float.
    func write(to writer: inout ImageWriter) {
        let kinds = [weights.word, weights.stopWord, weights.bigram, weights.trigram]
        for weight in kinds { writer.float(weight) }
        terms.write(to: &writer)
        writer.floats(idf)
        writer.float(unseenIDF)
        writer.floats(documentNorm)
        writer.count(postingDocuments.count)
        var stream = ImageWriter()
        for term in 0..<terms.count {
            let range = Int(postingStart[term])..<Int(postingStart[term + 1])
            stream.count(range.count)
            var previous: Int32 = 0
            for position in range {
                let document = postingDocuments[position]
                guard let kind = kinds.firstIndex(where: { ($0 * idf[term]) / documentNorm[Int(document)] == postingWeights[position] })
                else {
                    preconditionFailure("a posting weight is not (kind × idf) / norm")
                }
                stream.count(Int(document - previous) << 2 | kind)
                previous = document
            }
        }
        writer.raw(stream.bytes)
    }

    init(reading reader: inout ImageReader, documents: [String]) throws(KnowledgeImageError) {
        var weights = Weights()
        weights.word = try reader.float()
        weights.stopWord = try reader.float()
        weights.bigram = try reader.float()
        weights.trigram = try reader.float()
        let kinds = [weights.word, weights.stopWord, weights.bigram, weights.trigram]
        let terms = try ByteStringTable(reading: &reader)
        let idf = try reader.floats()
        let unseenIDF = try reader.float()
        let documentNorm = try reader.floats()
        let total = try reader.count()
        let stream = try reader.rawInPlace()
        guard idf.count == terms.count, documentNorm.count == documents.count else {
            throw .malformed("the TF-IDF index is inconsistent", at: reader.offset)
        }
        var postingStart = [Int32](repeating: 0, count: terms.count + 1)
        var postingDocuments = [Int32](repeating: 0, count: total)
        var postingWeights = [Float](repeating: 0, count: total)
        // One tight pass; any inconsistency leaves `valid` false (checked once, at the end).
        var valid = true
        postingDocuments.withUnsafeMutableBufferPointer { documentsOut in
            postingWeights.withUnsafeMutableBufferPointer { weightsOut in
                var at = 0, written = 0
                func number() -> Int {
                    var value = 0, shift = 0
                    while at < stream.count, shift < 35 {
                        let byte = stream[at]
                        at += 1
                        value |= Int(byte & 0x7F) << shift
                        if byte < 0x80 { return value }
                        shift += 7
                    }
                    valid = false
                    return 0
                }
                for term in 0..<terms.count where valid {
                    let count = number()
                    guard count <= total - written else { valid = false; break }
                    var document = 0
                    let termIDF = idf[term]
                    for _ in 0..<count {
                        let packed = number()
                        document += packed >> 2
                        guard document < documents.count else { valid = false; break }
                        documentsOut[written] = Int32(document)
                        weightsOut[written] = (kinds[packed & 3] * termIDF) / documentNorm[document]
                        written += 1
                    }
                    postingStart[term + 1] = Int32(written)
                }
                if written != total || at != stream.count { valid = false }
            }
        }
        guard valid else { throw .malformed("the postings are inconsistent", at: reader.offset) }
        self.init(
            documents: documents, weights: weights, terms: terms, idf: idf, unseenIDF: unseenIDF, documentNorm: documentNorm,
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
        writer.words(preferred)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let words = try ByteStringTable(reading: &reader)
        let priority = try reader.words(Int32.self)
        let frequency = try reader.words(Int32.self)
        let bucketStart = try reader.words(Int32.self)
        let preferred = try reader.words(Int32.self)
        guard priority.count == words.count, frequency.count == words.count, bucketStart.last.map(Int.init) == words.count,
            preferred.count == words.count, preferred.allSatisfy({ $0 < Int32(words.count) })
        else {
            throw .malformed("a typo vocabulary is inconsistent", at: reader.offset)
        }
        self.init(words: words, priority: priority, frequency: frequency, bucketStart: bucketStart, preferred: preferred)
    }
}
