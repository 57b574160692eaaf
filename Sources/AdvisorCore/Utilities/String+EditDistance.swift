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
