extension TFIDFIndex {
    /// Each term's postings cut into runs of documents of one group (an intent's examples), with
    /// the heaviest posting weight of each run: what lets a search bound a group's best cosine
    /// before scoring it, and then score that group's documents alone.
    ///
    /// Run `r` covers `postingDocuments[begin[r]..<end[r]]`; term `t`'s runs are
    /// `start[t]..<start[t + 1]`, in document order. A group whose documents are not contiguous
    /// has several runs in a term; bounds and scoring add them up alike.
    struct GroupRuns: Sendable {
        var start: [Int32]
        var group: [Int32]
        var begin: [Int32]
        var end: [Int32]
        var heaviest: [Float]
        /// For each group, its lowest document and one past its highest (a scratch array's span).
        var documentSpan: [(first: Int32, end: Int32)]
    }

    /// The runs of documents of one group in every term's postings; `group[d]` is document `d`'s
    /// group (0..<groups). One pass over the postings.
    func groupRuns(group: [Int32], groups: Int) -> GroupRuns {
        var runs = GroupRuns(start: [0], group: [], begin: [], end: [], heaviest: [], documentSpan: [])
        runs.start.reserveCapacity(termCount + 1)
        postingDocuments.withUnsafeBufferPointer { documents in
            postingWeights.withUnsafeBufferPointer { weights in
                for term in 0..<termCount {
                    var position = Int(postingStart[term])
                    let last = Int(postingStart[term + 1])
                    while position < last {
                        let owner = group[Int(documents[position])]
                        var heaviest = weights[position]
                        let first = position
                        position += 1
                        while position < last, group[Int(documents[position])] == owner {
                            heaviest = Swift.max(heaviest, weights[position])
                            position += 1
                        }
                        runs.group.append(owner)
                        runs.begin.append(Int32(first))
                        runs.end.append(Int32(position))
                        runs.heaviest.append(heaviest)
                    }
                    runs.start.append(Int32(runs.group.count))
                }
            }
        }
        var span = [(first: Int32, end: Int32)](repeating: (Int32.max, 0), count: groups)
        for (document, owner) in group.enumerated() {
            span[Int(owner)].first = Swift.min(span[Int(owner)].first, Int32(document))
            span[Int(owner)].end = Swift.max(span[Int(owner)].end, Int32(document + 1))
        }
        runs.documentSpan = span.map { $0.first > $0.end ? (0, 0) : $0 }
        return runs
    }
}
