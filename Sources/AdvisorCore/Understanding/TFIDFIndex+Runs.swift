extension TFIDFIndex {
    /// Each term's postings cut into runs of documents of one group (an intent's examples), with
    /// the heaviest posting weight of each run: what lets a search bound a group's best cosine
    /// before scoring it, and then score that group's documents alone.
    ///
    /// Term `t`'s runs are `start[t]..<start[t + 1]`, in document order; run `r` ends at posting
    /// `end[r]` and begins where the one before it ends (its term's first at `postingStart[t]`). A group whose documents are not contiguous
    /// has several runs in a term; bounds and scoring add them up alike.
    struct GroupRuns: Sendable {
        var start: FlatArray<Int32>
        var group: FlatArray<Int32>
        var end: FlatArray<Int32>
        var heaviest: FlatArray<Float>
        /// For each group, its lowest document and one past its highest (a scratch array's span).
        var documentSpan: [(first: Int32, end: Int32)]
    }

    /// The runs of documents of one group in every term's postings; `group[d]` is document `d`'s
    /// group (0..<groups). One pass over the postings.
    func groupRuns(group: [Int32], groups: Int) -> GroupRuns {
        // Counted first, then filled in place (6 M instructions with appends); a compiled image holds the result.
        let count = postingDocuments.withUnsafeBufferPointer { documents in
            group.withUnsafeBufferPointer { group in
                var count = 0
                for term in 0..<termCount where postingStart[term] < postingStart[term + 1] {
                    count += 1
                    for position in Int(postingStart[term]) + 1..<Int(postingStart[term + 1])
                    where group[Int(documents[position])] != group[Int(documents[position - 1])] {
                        count += 1
                    }
                }
                return count
            }
        }
        var runStart = [Int32](repeating: 0, count: termCount + 1), runGroup = [Int32](repeating: 0, count: count)
        var runEnd = [Int32](repeating: 0, count: count), runHeaviest = [Float](repeating: 0, count: count)
        postingDocuments.withUnsafeBufferPointer { documents in
            postingWeights.withUnsafeBufferPointer { weights in
                group.withUnsafeBufferPointer { group in
                    runStart.withUnsafeMutableBufferPointer { start in
                        runGroup.withUnsafeMutableBufferPointer { owners in
                            runEnd.withUnsafeMutableBufferPointer { ends in
                                runHeaviest.withUnsafeMutableBufferPointer { heaviest in
                                    var run = 0
                                    for term in 0..<termCount {
                                        var position = Int(postingStart[term])
                                        let last = Int(postingStart[term + 1])
                                        while position < last {
                                            let owner = group[Int(documents[position])]
                                            var most = weights[position]
                                            position += 1
                                            while position < last, group[Int(documents[position])] == owner {
                                                most = Swift.max(most, weights[position])
                                                position += 1
                                            }
                                            owners[run] = owner
                                            ends[run] = Int32(position)
                                            heaviest[run] = most
                                            run += 1
                                        }
                                        start[term + 1] = Int32(run)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return GroupRuns(
            start: FlatArray(runStart), group: FlatArray(runGroup), end: FlatArray(runEnd), heaviest: FlatArray(runHeaviest),
            documentSpan: Self.documentSpans(group: group, groups: groups))
    }

    /// For each group, its lowest document and one past its highest (``GroupRuns/documentSpan``).
    static func documentSpans(group: [Int32], groups: Int) -> [(first: Int32, end: Int32)] {
        var span = [(first: Int32, end: Int32)](repeating: (Int32.max, 0), count: groups)
        for (document, owner) in group.enumerated() {
            span[Int(owner)].first = Swift.min(span[Int(owner)].first, Int32(document))
            span[Int(owner)].end = Swift.max(span[Int(owner)].end, Int32(document + 1))
        }
        return span.map { $0.first > $0.end ? (0, 0) : $0 }
    }
}
