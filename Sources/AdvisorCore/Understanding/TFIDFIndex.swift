import Foundation

/// A TF-IDF index over short documents (the intents' example utterances), searched by cosine.
///
/// **Terms** (see ``Weights``): stemmed words, stop words at a lower weight, adjacent-word
/// pairs, numbers as `<number>`/`<money>`, and character trigrams with boundary markers inside
/// each non-stop word ("kube" → `^ku kub ube be$`), so a misspelt word still shares most of
/// its trigrams with the right one. Terms are interned to `Int32` ids once, at build time.
///
/// **Weighting**: a term's weight in a text is `c × idf`, where `c` is the largest kind weight
/// among its occurrences (a term counts once however often it is repeated, so "really really
/// … really, how long from frontend?" keeps its question) and `idf = ln((1 + N) / (1 + df)) + 1` (N documents, df of them containing
/// the term). Vectors are L2-normalised, so the dot product is the cosine. A query term the
/// index has never seen still counts in the query's norm, at the largest IDF: words nobody
/// trained on make a query *less* similar to everything, which is what out-of-scope needs.
///
/// **Search** walks the inverted index: only documents sharing a term with the query are
/// touched, so cost grows with the matches, not with the number of documents.
public struct TFIDFIndex: Sendable {
    /// A sparse, L2-normalised vector: parallel arrays of term ids and weights, ids ascending.
    struct Vector: Sendable {
        var ids: [Int32] = []
        var weights: [Float] = []
    }

    /// Class centroids by term (see ``centroids(group:groups:)``).
    struct CentroidPostings: Sendable {
        var groups: Int
        /// For term id `t`, `groupIDs[start[t]..<start[t + 1]]` and the same range of `weights`.
        var start: FlatArray<Int32>
        var groupIDs: FlatArray<Int32>
        var weights: FlatArray<Float>
    }

    public struct Match: Hashable, Sendable {
        public var document: Int
        public var similarity: Double
    }

    public let documents: [String]
    public let weights: Weights
    /// The terms, interned: a term's id is its position (bytes as ``terms(of:stems:weights:visit:)`` writes them).
    let terms: ByteStringTable
    let idf: FlatArray<Float>
    let unseenIDF: Float
    /// For each term id `t`, the documents containing it (ascending) and the term's weight there:
    /// `postingDocuments[postingStart[t]..<postingStart[t + 1]]`, and the same range of `postingWeights`.
    let postingStart: FlatArray<Int32>
    let postingDocuments: FlatArray<Int32>
    let postingWeights: FlatArray<Float>
    /// Each document's vector, the same way: `vectorStart[d]..<vectorStart[d + 1]` of `vectorIDs`/`vectorWeights`.
    /// Empty in an index read from a ``KnowledgeImage`` (they are the postings transposed, and only
    /// explanations need them): ``vector(ofDocument:)`` then gathers a document's terms from the postings.
    let vectorStart: [Int32]
    let vectorIDs: [Int32]
    let vectorWeights: [Float]

    public init(documents: [String], weights: Weights = Weights()) {
        self.init(documents: documents, tokens: documents.map { Normalizer.tokens($0) }, weights: weights)
    }

    /// An index over documents already split into tokens (`tokens[i]` are `documents[i]`'s).
    public init(documents: [String], tokens: [[Token]], weights: Weights = Weights()) {
        var stems = StemMemo()
        self.init(documents: documents, tokens: tokens, weights: weights, stems: &stems)
    }

    /// The same, stemming through `stems` (shared with the caller's other start-up work).
    init(documents: [String], tokens: [[Token]], weights: Weights, stems: inout StemMemo) {
        precondition(documents.count == tokens.count, "one token list per document")
        self.documents = documents
        self.weights = weights
        var ids: [[UInt8]: Int32] = [:]
        var keys: [[UInt8]] = []
        var raw: [[(Int32, Float)]] = []
        raw.reserveCapacity(documents.count)
        for documentTokens in tokens {
            var counts: [(Int32, Float)] = []
            let documentStems = Self.stems(of: documentTokens, stem: { stems.stem($0) })
            Self.terms(of: documentTokens, stems: documentStems, weights: weights) { bytes, weight in
                let key = Array(bytes)
                let id: Int32
                if let known = ids[key] {
                    id = known
                } else {
                    id = Int32(keys.count)
                    ids[key] = id
                    keys.append(key)
                }
                counts.append((id, weight))
            }
            raw.append(Self.merge(counts))
        }
        var frequency = [Int](repeating: 0, count: keys.count)
        for counts in raw { for (id, _) in counts { frequency[Int(id)] += 1 } }
        let total = Float(documents.count)
        let idf = frequency.map { log((1 + total) / (1 + Float($0))) + 1 }
        self.idf = FlatArray(idf)
        unseenIDF = log(1 + total) + 1
        var postingDocuments = [[Int32]](repeating: [], count: keys.count)
        var postingWeights = [[Float]](repeating: [], count: keys.count)
        var vectorStart: [Int32] = [0], vectorIDs: [Int32] = [], vectorWeights: [Float] = []
        for (document, counts) in raw.enumerated() {
            var ids: [Int32] = [], weights: [Float] = []
            for (id, count) in counts {
                ids.append(id)
                weights.append(count * idf[Int(id)])
            }
            Self.normalise(&weights)
            for (id, weight) in zip(ids, weights) {
                postingDocuments[Int(id)].append(Int32(document))
                postingWeights[Int(id)].append(weight)
            }
            vectorIDs += ids
            vectorWeights += weights
            vectorStart.append(Int32(vectorIDs.count))
        }
        self.terms = ByteStringTable(keys: keys)
        self.vectorStart = vectorStart
        self.vectorIDs = vectorIDs
        self.vectorWeights = vectorWeights
        var postingStart: [Int32] = [0]
        postingStart.reserveCapacity(keys.count + 1)
        for list in postingDocuments { postingStart.append(postingStart.last! + Int32(list.count)) }
        self.postingStart = FlatArray(postingStart)
        self.postingDocuments = FlatArray(Array(postingDocuments.joined()))
        self.postingWeights = FlatArray(Array(postingWeights.joined()))
    }

    /// An index read back from a ``KnowledgeImage``.
    init(
        documents: [String], weights: Weights, terms: ByteStringTable, idf: FlatArray<Float>, unseenIDF: Float,
        postingStart: FlatArray<Int32>, postingDocuments: FlatArray<Int32>, postingWeights: FlatArray<Float>,
        vectorStart: [Int32], vectorIDs: [Int32], vectorWeights: [Float]
    ) {
        self.documents = documents
        self.weights = weights
        self.terms = terms
        self.idf = idf
        self.unseenIDF = unseenIDF
        self.postingStart = postingStart
        self.postingDocuments = postingDocuments
        self.postingWeights = postingWeights
        self.vectorStart = vectorStart
        self.vectorIDs = vectorIDs
        self.vectorWeights = vectorWeights
    }

    /// The number of distinct terms.
    public var termCount: Int { terms.count }

    /// The documents sharing at least one term with the query, most similar first.
    public func search(_ query: String) -> [Match] {
        var scores = [Float](repeating: 0, count: documents.count)
        var touched: [Int32] = []
        accumulate(vector(for: query), into: &scores, touched: &touched)
        return touched.map { Match(document: Int($0), similarity: Double(scores[Int($0)])) }
            .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.document < $1.document }
    }

    /// The cosine similarity between a query and one document.
    public func similarity(_ query: String, document: Int) -> Double {
        let vector = vector(for: query)
        return Double(Self.dot(vector, self.vector(ofDocument: document)))
    }

    /// The terms a query shares with a document, heaviest first, words and word pairs before trigrams.
    public func sharedTerms(_ query: String, document: Int) -> [String] {
        sharedTerms(vector(for: query), document: document)
    }

    // MARK: Internals used by the classifier

    /// The query's L2-normalised vector over known terms (unknown terms only add to the norm).
    func vector(for text: String) -> Vector { vector(for: Normalizer.tokens(text)) }

    /// The vector of already normalised tokens.
    func vector(for tokens: [Token]) -> Vector { vector(for: tokens, stems: Self.stems(of: tokens)) }

    /// The vector of tokens whose stems are known (``stems(of:stem:)``).
    ///
    /// Terms are looked up by their bytes; the terms no document has are kept (bytes end to end)
    /// only to count each once, at its largest weight, in the norm.
    func vector(for tokens: [Token], stems: [String]) -> Vector {
        var counts: [(Int32, Float)] = []
        counts.reserveCapacity(4 * tokens.count)
        var unseenBytes: [UInt8] = []
        var unseen: [(hash: UInt64, start: Int, end: Int, weight: Float)] = []
        Self.terms(of: tokens, stems: stems, weights: weights) { key, weight in
            if let id = terms.position(of: key) {
                counts.append((id, weight))
                return
            }
            let hash = ByteStringTable.hash(key)
            for index in unseen.indices where unseen[index].hash == hash && unseen[index].end - unseen[index].start == key.count {
                if unseenBytes[unseen[index].start..<unseen[index].end].elementsEqual(key) {
                    unseen[index].weight = Swift.max(unseen[index].weight, weight)
                    return
                }
            }
            unseen.append((hash, unseenBytes.count, unseenBytes.count + key.count, weight))
            unseenBytes += key
        }
        // Order-independent: a sum of squares (floating-point addition order aside, sorted first).
        let unseenSquares = unseen.map(\.weight).sorted().reduce(Float(0)) { $0 + ($1 * unseenIDF) * ($1 * unseenIDF) }
        var vector = Vector()
        let merged = Self.merge(counts)
        vector.ids.reserveCapacity(merged.count)
        vector.weights.reserveCapacity(merged.count)
        for (id, count) in merged {
            vector.ids.append(id)
            vector.weights.append(count * idf[Int(id)])
        }
        Self.normalise(&vector.weights, extraSquares: unseenSquares)
        return vector
    }

    /// Adds the query's dot product with every document sharing a term into `scores`.
    func accumulate(_ query: Vector, into scores: inout [Float], touched: inout [Int32]) {
        postingDocuments.withUnsafeBufferPointer { documents in
            postingWeights.withUnsafeBufferPointer { documentWeights in
                scores.withUnsafeMutableBufferPointer { scores in
                    for (id, weight) in zip(query.ids, query.weights) {
                        for position in Int(postingStart[Int(id)])..<Int(postingStart[Int(id) + 1]) {
                            let index = Int(documents[position])
                            if scores[index] == 0 { touched.append(documents[position]) }
                            scores[index] += weight * documentWeights[position]
                        }
                    }
                }
            }
        }
    }

    /// The L2-normalised mean of each group's document vectors (a class centroid), stored as
    /// postings by term: for each term id, the groups whose centroid has it and its weight there.
    ///
    /// `group[d]` is the group (0..<groups) of document `d`. Built once; a query's cosine with
    /// every centroid then costs one pass over the query's terms (``accumulateCentroids``).
    func centroids(group: [Int32], groups: Int) -> CentroidPostings {
        var sums = [[Int32: Float]](repeating: [:], count: groups)
        for document in documents.indices {
            let vector = self.vector(ofDocument: document)
            let target = Int(group[document])
            for (id, weight) in zip(vector.ids, vector.weights) { sums[target][id, default: 0] += weight }
        }
        var postings = [(groups: [Int32], weights: [Float])](repeating: ([], []), count: terms.count)
        for (target, sum) in sums.enumerated() {
            // Sorted ids: the floating-point sums below never depend on the hash seed.
            let ids = sum.keys.sorted()
            let norm = ids.reduce(Float(0)) { $0 + sum[$1]! * sum[$1]! }.squareRoot()
            guard norm > 0 else { continue }
            for id in ids {
                postings[Int(id)].groups.append(Int32(target))
                postings[Int(id)].weights.append(sum[id]! / norm)
            }
        }
        var start: [Int32] = [0]
        start.reserveCapacity(postings.count + 1)
        for posting in postings { start.append(start.last! + Int32(posting.groups.count)) }
        return CentroidPostings(
            groups: groups, start: FlatArray(start), groupIDs: FlatArray(Array(postings.map(\.groups).joined())),
            weights: FlatArray(Array(postings.map(\.weights).joined())))
    }

    /// Adds the query's cosine with every group's centroid into `scores` (one slot per group).
    func accumulateCentroids(_ query: Vector, _ centroids: CentroidPostings, into scores: inout [Float]) {
        for (id, weight) in zip(query.ids, query.weights) {
            for position in Int(centroids.start[Int(id)])..<Int(centroids.start[Int(id) + 1]) {
                scores[Int(centroids.groupIDs[position])] += weight * centroids.weights[position]
            }
        }
    }

    func sharedTerms(_ query: Vector, document: Int) -> [String] {
        let target = vector(ofDocument: document)
        var shared: [(key: TermKey, weight: Float)] = []
        var i = 0, j = 0
        while i < query.ids.count, j < target.ids.count {
            if query.ids[i] == target.ids[j] {
                shared.append((key(of: query.ids[i]), query.weights[i] * target.weights[j]))
                i += 1
                j += 1
            } else if query.ids[i] < target.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        shared.sort { ($0.key.isTrigram ? 1 : 0, -$0.weight, $0.key.display) < ($1.key.isTrigram ? 1 : 0, -$1.weight, $1.key.display) }
        return shared.map(\.key.display)
    }

    /// A document's vector, copied out of the flat arrays (or gathered from the postings).
    func vector(ofDocument document: Int) -> Vector {
        guard vectorStart.isEmpty else {
            let range = Int(vectorStart[document])..<Int(vectorStart[document + 1])
            return Vector(ids: Array(vectorIDs[range]), weights: Array(vectorWeights[range]))
        }
        var vector = Vector()
        for term in 0..<terms.count {
            let range = Int(postingStart[term])..<Int(postingStart[term + 1])
            // Documents are ascending in each posting list.
            var low = range.lowerBound, high = range.upperBound
            while low < high {
                let middle = (low + high) / 2
                if postingDocuments[middle] < Int32(document) { low = middle + 1 } else { high = middle }
            }
            if low < range.upperBound, postingDocuments[low] == Int32(document) {
                vector.ids.append(Int32(term))
                vector.weights.append(postingWeights[low])
            }
        }
        return vector
    }

    static func dot(_ a: Vector, _ b: Vector) -> Float {
        var sum: Float = 0
        var i = 0, j = 0
        while i < a.ids.count, j < b.ids.count {
            if a.ids[i] == b.ids[j] {
                sum += a.weights[i] * b.weights[j]
                i += 1
                j += 1
            } else if a.ids[i] < b.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Keeps the largest weight of repeated ids; the result is sorted by id.
    private static func merge(_ counts: [(Int32, Float)]) -> [(Int32, Float)] {
        let sorted = counts.sorted { $0.0 < $1.0 }
        var merged: [(Int32, Float)] = []
        merged.reserveCapacity(sorted.count)
        for (id, weight) in sorted {
            if merged.last?.0 == id {
                merged[merged.count - 1].1 = Swift.max(merged[merged.count - 1].1, weight)
            } else {
                merged.append((id, weight))
            }
        }
        return merged
    }

    static func norm(_ weights: [Float], extraSquares: Float = 0) -> Float {
        (weights.reduce(0) { $0 + $1 * $1 } + extraSquares).squareRoot()
    }

    private static func normalise(_ weights: inout [Float], extraSquares: Float = 0) {
        let norm = norm(weights, extraSquares: extraSquares)
        guard norm > 0 else { return }
        for index in weights.indices { weights[index] /= norm }
    }
}
