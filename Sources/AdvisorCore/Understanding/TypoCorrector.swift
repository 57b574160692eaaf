/// Finds the known word a misspelt word was meant to be, deterministically and without scanning
/// the whole vocabulary.
///
/// **Rule.** A word of `minimumLength` letters or more that is not in the vocabulary is compared
/// with the known words of the same first letter whose length is within the allowed distance;
/// the distance is the optimal string alignment distance (Levenshtein plus adjacent
/// transpositions, so "mlosp" → "mlops" and "senoir" → "senior" cost 1). Allowed: 1 edit from
/// five letters, 2 from seven; four-letter words only an adjacent transposition ("lnog" →
/// "long"), as any other single edit of a short word is too often another real word.
///
/// **Choice.** Among the candidates within the limit, the best is the smallest distance, then
/// the higher priority (the caller's: e.g. in-scope words before out-of-scope ones), then the
/// more frequent word, then the alphabetically first: a total order, so the same word always
/// gets the same correction whatever the process's hash seed.
///
/// **Structure.** Words are bucketed by (first byte, length) at build time into sorted arrays of
/// bytes, so a query touches only a few small buckets; distances run on stack buffers.
public struct TypoCorrector: Sendable {
    struct Entry: Sendable {
        var bytes: [UInt8]
        var word: String
        var priority: Int
        var frequency: Int
    }

    /// The shortest word that is corrected.
    public static let minimumLength = 4
    /// Longer words are left alone (no name or example word is that long).
    static let maximumLength = 24

    /// Every known word with its priority and frequency.
    private let known: [String: (priority: Int, frequency: Int)]
    /// Entries by `firstByte << 8 | length`.
    private let buckets: [Int: [Entry]]

    /// - Parameter words: each known word with a priority (higher wins a tie in distance) and how
    ///   often it occurs (more frequent wins a remaining tie). A word listed twice keeps its highest
    ///   priority and the sum of its frequencies.
    public init(words: [(word: String, priority: Int, frequency: Int)]) {
        var merged: [String: (priority: Int, frequency: Int)] = [:]
        for entry in words where !entry.word.isEmpty {
            let old = merged[entry.word] ?? (Int.min, 0)
            merged[entry.word] = (Swift.max(old.priority, entry.priority), old.frequency + entry.frequency)
        }
        var buckets: [Int: [Entry]] = [:]
        for (word, info) in merged {
            let bytes = Array(word.utf8)
            guard bytes.count <= Self.maximumLength, let first = bytes.first else { continue }
            buckets[Self.key(first, bytes.count), default: []]
                .append(Entry(bytes: bytes, word: word, priority: info.priority, frequency: info.frequency))
        }
        for key in buckets.keys { buckets[key]?.sort { $0.word < $1.word } }
        self.buckets = buckets
        known = merged
    }

    /// Whether the word is in the vocabulary as it is.
    public func contains(_ word: String) -> Bool { known[word] != nil }

    /// Whether the word is known with a priority above zero (for the classifier: used in scope).
    public func isInScope(_ word: String) -> Bool { (known[word]?.priority ?? 0) > 0 }

    /// The known word closest to `word` under the rule above, or nil if none is close enough
    /// (or the word is known, or too short or too long to correct).
    public func correction(of word: String) -> String? {
        best(for: word)?.word
    }

    /// The correction with its priority, for callers that treat low-priority words differently.
    public func correctionWithPriority(of word: String) -> (word: String, priority: Int)? {
        best(for: word).map { ($0.word, $0.priority) }
    }

    /// For a *known* but rare word, the far more frequent word it is probably a misspelling of
    /// (training data holds typos on purpose: "salry" in one example, "salary" in forty): a word
    /// one edit away, of at least the same priority, at least `ratio` times as frequent and used
    /// at least three times. Two edits are too many for a word the data already knows: "product"
    /// is not a misspelt "project", nor "advance" of "advice" (cross-validation 0.878 → 0.882).
    public func preferredSpelling(of word: String, ratio: Int = 3) -> String? {
        guard let info = known[word] else { return nil }
        return best(for: word, minimumFrequency: Swift.max(3, ratio * info.frequency), minimumPriority: info.priority,
                    maximumDistance: 1)?.word
    }

    private func best(for word: String, minimumFrequency: Int? = nil, minimumPriority: Int = .min,
                      maximumDistance: Int = 2) -> Entry? {
        let bytes = Array(word.utf8)
        let length = bytes.count
        guard length >= Self.minimumLength, length <= Self.maximumLength, let first = bytes.first,
              minimumFrequency != nil || known[word] == nil else { return nil }
        let limit = Swift.min(maximumDistance, length >= 7 ? 2 : 1)
        var best: (entry: Entry, distance: Int)?
        for candidateLength in Swift.max(Self.minimumLength, length - limit)...(length + limit) {
            guard let bucket = buckets[Self.key(first, candidateLength)] else { continue }
            for entry in bucket where entry.frequency >= (minimumFrequency ?? 0) && entry.priority >= minimumPriority
                && entry.word != word {
                let distance: Int
                if length < 5 {
                    guard candidateLength == length, Self.isAdjacentTransposition(bytes, entry.bytes) else { continue }
                    distance = 1
                } else {
                    distance = Self.distance(bytes, entry.bytes, limit: limit)
                    guard distance <= limit else { continue }
                }
                if let current = best {
                    let better = (distance, -entry.priority, -entry.frequency)
                    let incumbent = (current.distance, -current.entry.priority, -current.entry.frequency)
                    // Buckets are sorted alphabetically, but several buckets are visited: compare words too.
                    guard better < incumbent || (better == incumbent && entry.word < current.entry.word) else { continue }
                }
                best = (entry, distance)
            }
        }
        return best?.entry
    }

    private static func key(_ first: UInt8, _ length: Int) -> Int { Int(first) << 8 | length }

    static func isAdjacentTransposition(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var index = 0
        while index < a.count, a[index] == b[index] { index += 1 }
        guard index + 1 < a.count, a[index] == b[index + 1], a[index + 1] == b[index] else { return false }
        return a[(index + 2)...] == b[(index + 2)...]
    }

    /// The optimal string alignment distance, or `limit + 1` once it must exceed `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
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
