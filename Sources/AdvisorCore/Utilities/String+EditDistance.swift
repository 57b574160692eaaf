extension String {
    /// The Levenshtein distance to another string, counted in Unicode scalars.
    ///
    /// Stops early and returns `limit + 1` once the distance must exceed `limit`, so that
    /// typo matching against many names stays cheap.
    public func editDistance(to other: String, limit: Int = .max) -> Int {
        let a = Array(unicodeScalars), b = Array(other.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit &+ 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = Swift.min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit &+ 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether this word, of `minimumLength` characters or more, is within one edit of `word`
    /// (lengths at most one apart, ``editDistance(to:limit:)`` at most 1): "gogle" for "google".
    ///
    /// Two ASCII words are compared byte by byte (a character is then a byte and a Unicode
    /// scalar), with no array made; any other pair as ``editDistance(to:limit:)`` counts.
    func isWithinOneEdit(of word: String, minimumLength: Int) -> Bool {
        // A character is at least one byte: fewer bytes than the minimum are fewer characters too.
        guard utf8.count >= minimumLength else { return false }
        if utf8.allSatisfy({ $0 < 0x80 }), word.utf8.allSatisfy({ $0 < 0x80 }) {
            return abs(utf8.count - word.utf8.count) <= 1 && Self.withinOneEdit(utf8, word.utf8)
        }
        return count >= minimumLength && abs(count - word.count) <= 1 && editDistance(to: word, limit: 1) <= 1
    }

    /// Whether two byte strings are at most one substitution, insertion or deletion apart.
    static func withinOneEdit<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool {
        let (m, n) = (a.count, b.count)
        guard abs(m - n) <= 1 else { return false }
        var i = a.startIndex, j = b.startIndex
        // The common prefix; after it the rest must match past one substitution, insertion or deletion.
        while i != a.endIndex, j != b.endIndex, a[i] == b[j] {
            a.formIndex(after: &i)
            b.formIndex(after: &j)
        }
        if i == a.endIndex || j == b.endIndex { return true }
        if m >= n { a.formIndex(after: &i) }
        if n >= m { b.formIndex(after: &j) }
        return a[i...].elementsEqual(b[j...])
    }

    /// The candidate closest to this string, if one is close enough to be a likely typo.
    ///
    /// "Close enough" is at most a third of the longer word's length, and at least 1.
    public func closest(among candidates: some Sequence<String>) -> String? {
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != self {
            let limit = Swift.max(1, Swift.max(count, candidate.count) / 3)
            let distance = editDistance(to: candidate, limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// How every message offers the closest name: ` (did you mean "kubeflow"?)`, or "" without one.
    public static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean \"\($0.replacing("\"", with: "\\\""))\"?)" } ?? ""
    }
}
