/// Finds the known word a misspelt word was meant to be, deterministically and without scanning
/// the whole vocabulary.
///
/// **Rule.** A word of `minimumLength` letters or more that is not in the vocabulary is compared
/// with the known words of the same first letter whose length is within the allowed distance;
/// the distance is the optimal string alignment distance (Levenshtein plus adjacent
/// transpositions, so "mlosp" → "mlops" and "senoir" → "senior" cost 1). Allowed: 1 edit from
/// five letters, 2 from seven; four-letter words only an adjacent transposition ("lnog" →
/// "long") or one letter left out inside it ("tols" → "tools", "lern" → "learn"; not at its end:
/// "late" is no "later"), as any other single edit of a short word is too often another real word.
///
/// **Plain words.** A word known with a negative priority is a real English word the data does not
/// use ("plays", "because"): it is never corrected, and never the correction of another word.
///
/// **Choice.** Among the candidates within the limit, the best is the smallest distance, then
/// the higher priority (the caller's: e.g. in-scope words before out-of-scope ones), then the
/// more frequent word, then the alphabetically first: a total order, so the same word always
/// gets the same correction whatever the process's hash seed.
///
/// **Structure.** Words are bucketed by (first byte, length) at build time into one flat,
/// sorted table (``ByteStringTable``), so a query touches only a few small buckets and a
/// ``KnowledgeImage`` reads the whole vocabulary back with a few copies; distances run on stack
/// buffers.
public struct TypoCorrector: Sendable {
    /// The shortest word that is corrected.
    public static let minimumLength = 4
    /// Longer words are left alone (no name or example word is that long).
    static let maximumLength = 24

    /// Every known word; a word's position indexes `priority` and `frequency`. Words are ordered
    /// by bucket (first byte, then length), then by bytes; words too long to correct come last.
    let words: ByteStringTable
    let priority: FlatArray<Int32>
    let frequency: FlatArray<Int32>
    /// For each bucket key `k`, the words `bucketStart[k]..<bucketStart[k + 1]`.
    let bucketStart: FlatArray<Int32>
    /// Each word's ``preferredSpelling(of:ratio:)`` at the default ratio (a position, or -1),
    /// worked out once when the vocabulary is built rather than for every word of every query.
    private(set) var preferred: FlatArray<Int32>

    /// - Parameters:
    ///   - words: each known word with a priority (higher wins a tie in distance) and how often it
    ///     occurs (more frequent wins a remaining tie). A word listed twice keeps its highest
    ///     priority and the sum of its frequencies.
    ///   - names: words that are never a rare spelling of a more frequent one
    ///     (``preferredSpelling(of:ratio:)``): the "store" of "feature store" is no "story".
    public init(words: [(word: String, priority: Int, frequency: Int)], names: Set<String> = []) {
        var merged: [String: (priority: Int, frequency: Int)] = [:]
        for entry in words where !entry.word.isEmpty {
            let old = merged[entry.word] ?? (Int.min, 0)
            merged[entry.word] = (Swift.max(old.priority, entry.priority), old.frequency + entry.frequency)
        }
        let buckets = Self.key(255, Self.maximumLength) + 2
        let ordered = merged.map { (bytes: Array($0.key.utf8), info: $0.value) }.sorted { lhs, rhs in
            let a = Self.bucket(lhs.bytes, count: buckets), b = Self.bucket(rhs.bytes, count: buckets)
            return a != b ? a < b : lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
        }
        var bucketStart = [Int32](repeating: 0, count: buckets + 1)
        for entry in ordered { bucketStart[Self.bucket(entry.bytes, count: buckets) + 1] += 1 }
        for key in 0..<buckets { bucketStart[key + 1] += bucketStart[key] }
        var corrector = TypoCorrector(
            words: ByteStringTable(keys: ordered.map(\.bytes)), priority: FlatArray(ordered.map { Int32(clamping: $0.info.priority) }),
            frequency: FlatArray(ordered.map { Int32(clamping: $0.info.frequency) }), bucketStart: FlatArray(bucketStart),
            preferred: FlatArray([]))
        corrector.preferred = FlatArray(
            ordered.indices.map { position in
                if !names.isEmpty, names.contains(String(decoding: ordered[position].bytes, as: UTF8.self)) { return -1 }
                return Int32(corrector.searchPreferredSpelling(of: position, ratio: Self.defaultRatio) ?? -1)
            })
        self = corrector
    }

    /// A corrector asked only for ``correction(of:)``, whose plain words (`plainWords`, at priority
    /// -1) are kept only where they stop a correction: a plain word is never a correction, so one
    /// that none of `words` is within reach of changes no answer and is left out (the entity
    /// extractor's 9,838 English words shrink to those near its names).
    public init(correcting words: [(word: String, priority: Int, frequency: Int)], leaving plainWords: [String]) {
        let own = TypoCorrector(words: words)
        let reached = plainWords.filter { own.contains($0) || own.correction(of: $0) != nil }
        self.init(words: words + reached.map { ($0, -1, 1) })
    }

    init(
        words: ByteStringTable, priority: FlatArray<Int32>, frequency: FlatArray<Int32>, bucketStart: FlatArray<Int32>,
        preferred: FlatArray<Int32>
    ) {
        self.words = words
        self.priority = priority
        self.frequency = frequency
        self.bucketStart = bucketStart
        self.preferred = preferred
    }

    /// A word's bucket; words that are never candidates (too long) go to the last one.
    private static func bucket(_ bytes: [UInt8], count: Int) -> Int {
        guard bytes.count <= maximumLength, let first = bytes.first else { return count - 1 }
        return key(first, bytes.count)
    }

    /// Whether the word is in the vocabulary as it is.
    public func contains(_ word: String) -> Bool { words.position(of: word) != nil }

    /// The word's priority, or nil when it is not known.
    public func priority(of word: String) -> Int? { words.position(of: word).map { Int(priority[Int($0)]) } }

    /// Whether the word is a plain English word (known with a negative priority): never respelt.
    public func isPlainWord(_ word: String) -> Bool { words.position(of: word).map { priority[Int($0)] < 0 } ?? false }

    /// Whether the word is known with a priority above zero (for the classifier: used in scope).
    public func isInScope(_ word: String) -> Bool { words.position(of: word).map { priority[Int($0)] > 0 } ?? false }

    /// The known word closest to `word` under the rule above, or nil if none is close enough
    /// (or the word is known, or too short or too long to correct).
    public func correction(of word: String) -> String? {
        best(for: word).map(text(of:))
    }

    /// The correction with its priority, for callers that treat low-priority words differently.
    public func correctionWithPriority(of word: String) -> (word: String, priority: Int)? {
        best(for: word).map { (text(of: $0), Int(priority[$0])) }
    }

    /// For a plain word (``isPlainWord(_:)``), the closest other known word with its priority, as
    /// ``correctionWithPriority(of:)`` would give it were the word unknown: callers keep it only
    /// when it is the same word inflected ("lawyers" → "lawyer").
    public func nearestWord(toPlainWord word: String) -> (word: String, priority: Int)? {
        guard isPlainWord(word) else { return nil }
        return best(for: word, evenIfKnown: true).map { (text(of: $0), Int(priority[$0])) }
    }

    /// For a *known* but rare word, the far more frequent word it is probably a misspelling of
    /// (training data holds typos on purpose: "salry" in one example, "salary" in forty): a word
    /// one edit away, of at least the same priority, at least `ratio` times as frequent and used
    /// at least three times. Two edits are too many for a word the data already knows: "product"
    /// is not a misspelt "project", nor "advance" of "advice" (cross-validation 0.878 → 0.882).
    public func preferredSpelling(of word: String, ratio: Int = defaultRatio) -> String? {
        guard let position = words.position(of: word).map(Int.init) else { return nil }
        if ratio == Self.defaultRatio, position < preferred.count {
            return preferred[position] < 0 ? nil : text(of: Int(preferred[position]))
        }
        return searchPreferredSpelling(of: position, ratio: ratio).map(text(of:))
    }

    /// The ratio ``preferredSpelling(of:ratio:)`` uses unless told otherwise.
    public static let defaultRatio = 3

    private func searchPreferredSpelling(of position: Int, ratio: Int) -> Int? {
        guard priority[position] >= 0 else { return nil }
        return best(
            for: text(of: position), minimumFrequency: Swift.max(3, ratio * Int(frequency[position])),
            minimumPriority: Int(priority[position]), maximumDistance: 1)
    }

    private func text(of position: Int) -> String { String(decoding: words.key(at: position), as: UTF8.self) }

    private func best(
        for word: String, minimumFrequency: Int? = nil, minimumPriority: Int = .min,
        maximumDistance: Int = 2, evenIfKnown: Bool = false
    ) -> Int? {
        var word = word
        return word.withUTF8 { bytes in
            best(
                for: bytes, minimumFrequency: minimumFrequency, minimumPriority: minimumPriority, maximumDistance: maximumDistance,
                evenIfKnown: evenIfKnown)
        }
    }

    private func best(
        for bytes: UnsafeBufferPointer<UInt8>, minimumFrequency: Int?, minimumPriority: Int,
        maximumDistance: Int, evenIfKnown: Bool
    ) -> Int? {
        let length = bytes.count
        guard length >= Self.minimumLength, length <= Self.maximumLength, let first = bytes.first,
            evenIfKnown || minimumFrequency != nil || words.position(of: bytes) == nil
        else { return nil }
        return words.bytes.withUnsafeBufferPointer { stored in
            let limit = Swift.min(maximumDistance, length >= 7 ? 2 : 1)
            var best: (entry: Int, distance: Int)?
            for candidateLength in Swift.max(Self.minimumLength, length - limit)...(length + limit)
            where candidateLength <= Self.maximumLength {
                let key = Self.key(first, candidateLength)
                for entry in Int(bucketStart[key])..<Int(bucketStart[key + 1]) {
                    let entryPriority = Int(priority[entry]), entryFrequency = Int(frequency[entry])
                    guard entryFrequency >= (minimumFrequency ?? 0), entryPriority >= Swift.max(0, minimumPriority) else { continue }
                    let candidate = UnsafeBufferPointer(rebasing: stored[Int(words.starts[entry])..<Int(words.starts[entry + 1])])
                    guard !candidate.elementsEqual(bytes) else { continue }
                    let distance: Int
                    if length < 5 {
                        guard
                            candidateLength == length && Self.isAdjacentTransposition(bytes, candidate)
                                || candidateLength == length + 1 && Self.isOneLetterShort(bytes, of: candidate)
                        else { continue }
                        distance = 1
                    } else {
                        distance = Self.distance(bytes, candidate, limit: limit)
                        guard distance <= limit else { continue }
                    }
                    if let current = best {
                        let better = (distance, -entryPriority, -entryFrequency)
                        let incumbent = (current.distance, -Int(priority[current.entry]), -Int(frequency[current.entry]))
                        // Buckets are sorted by bytes, but several buckets are visited: compare words too.
                        guard better < incumbent || (better == incumbent && text(of: entry) < text(of: current.entry)) else { continue }
                    }
                    best = (entry, distance)
                }
            }
            return best?.entry
        }
    }

    /// Whether `word` is `candidate` with one letter left out inside it ("tols" of "tools", "lern" of
    /// "learn"); not the last letter, which would make an English word an inflection ("late" of "later").
    static func isOneLetterShort(_ word: UnsafeBufferPointer<UInt8>, of candidate: UnsafeBufferPointer<UInt8>) -> Bool {
        guard candidate.count == word.count + 1 else { return false }
        var skipped = false
        var (i, j) = (0, 0)
        while i < word.count {
            if word[i] == candidate[j] {
                i += 1
                j += 1
            } else if !skipped {
                skipped = true
                j += 1
            } else {
                return false
            }
        }
        return skipped
    }

    private static func key(_ first: UInt8, _ length: Int) -> Int { Int(first) * (maximumLength + 1) + length }

    static func isAdjacentTransposition(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var index = 0
        while index < a.count, a[index] == b[index] { index += 1 }
        guard index + 1 < a.count, a[index] == b[index + 1], a[index + 1] == b[index] else { return false }
        return a[(index + 2)...].elementsEqual(b[(index + 2)...])
    }

    /// The optimal string alignment distance, or `limit + 1` once it must exceed `limit`.
    static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            // rows: [before previous | previous | current], each m + 1 long.
            for j in 0...m { rows[m + 1 + j] = j }
            for i in 1...n {
                let previous = (i & 1 == 1) ? m + 1 : 2 * (m + 1)
                let current = (i & 1 == 1) ? 2 * (m + 1) : m + 1
                let older = 0
                rows[current] = i
                var rowMinimum = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = Swift.min(rows[previous + j - 1] + cost, rows[previous + j] + 1, rows[current + j - 1] + 1)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = Swift.min(value, rows[older + j - 2] + 1)
                    }
                    rows[current + j] = value
                    rowMinimum = Swift.min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                // Keep the row before `current` in `older` for the next transposition.
                for j in 0...m { rows[older + j] = rows[previous + j] }
            }
            let last = (n & 1 == 1) ? 2 * (m + 1) : m + 1
            return rows[last + m]
        }
    }
}
