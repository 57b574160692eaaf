extension IntentClassifier {
    /// How much of the ranking a caller reads: its first `top` entries (besides the out-of-scope
    /// entry put first for a low score), and the best `best` intents of `among` wherever they
    /// rank. Everything else may be left out.
    ///
    /// The dialogue policy reads the decision and the next two or three entries (a stand-in for
    /// a yes or no in a long message, `/why` and `--explain`'s three candidates) and the two best
    /// questions (``DialoguePolicy/questionIntents``: the leaning of a question no answer fits,
    /// "which did you mean: X, or Y?"); ``Advisor`` asks for that (``Advisor/shortlist``).
    public struct Shortlist: Hashable, Sendable {
        public var top: Int
        public var best: Int
        public var among: Set<Intent>

        public init(top: Int, best: Int = 0, among: Set<Intent> = []) {
            self.top = top
            self.best = best
            self.among = among
        }
    }

    /// The ranking cut to what `shortlist` keeps: the same entries, with the same scores and
    /// nearest examples, in the same order as in ``classify(_:)``'s whole ranking, which lists
    /// every other intent sharing a term with the utterance too.
    ///
    /// **Bounds.** Each index term's postings are cut into runs of one intent's examples, with
    /// the heaviest weight of each run (``TFIDFIndex/GroupRuns``). An intent's examples can be
    /// no closer to the query than the sum over the query's terms of the query weight times that
    /// heaviest weight, so its score can be no higher than the formula gives with that bound as
    /// both nearest cosines (the centroid, keyword and penalty parts are exact; the score grows
    /// with the similarity). Intents are scored exactly in the order of their bounds, each by
    /// its own runs only, and one is skipped when its bound is below the `top`-th exact score
    /// and, for an intent of `among`, below the `best`-th exact score of those: it can rank in
    /// neither. Trigram terms (typos) weigh in the bounds like any other, so a misspelt question
    /// still reaches the intent whose words it misspells.
    public func classify(_ utterance: String, keeping shortlist: Shortlist) -> [IntentScore] {
        shortlisted(utterance, keeping: shortlist).ranking
    }

    /// How a shortlist was drawn: the ranking, how many intents were scored of how many share
    /// a term or a keyword with the utterance, and how many postings were read of how many
    /// the whole ranking reads.
    struct Shortlisting {
        var ranking: [IntentScore]
        var scored: Int
        var candidates: Int
        var postingsRead: Int
        var postings: Int
    }

    func shortlisted(_ utterance: String, keeping shortlist: Shortlist) -> Shortlisting {
        let evidence = self.evidence(for: utterance)
        let count = intents.count
        // Each intent's bound, and the runs to visit to score it (in query term order).
        var bound = [Float](repeating: 0, count: count)
        var offsets = [Int](repeating: 0, count: count + 1)
        // Through buffers: these loops run once per run of every query term.
        runs.start.withUnsafeBufferPointer { start in
            runs.group.withUnsafeBufferPointer { group in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    for id in evidence.query.ids {
                        for run in Int(start[Int(id)])..<Int(start[Int(id) + 1]) { offsets[Int(group[run]) + 1] += 1 }
                    }
                    for position in 0..<count { offsets[position + 1] += offsets[position] }
                }
            }
        }
        var visitWeight = [Float](repeating: 0, count: offsets[count])
        var visitRun = [Int32](repeating: 0, count: offsets[count])
        var visitBegin = [Int32](repeating: 0, count: offsets[count])
        var next = offsets
        runs.start.withUnsafeBufferPointer { start in
            runs.group.withUnsafeBufferPointer { group in
                runs.end.withUnsafeBufferPointer { end in
                    runs.heaviest.withUnsafeBufferPointer { heaviest in
                        bound.withUnsafeMutableBufferPointer { bound in
                            next.withUnsafeMutableBufferPointer { next in
                                visitWeight.withUnsafeMutableBufferPointer { visitWeight in
                                    visitRun.withUnsafeMutableBufferPointer { visitRun in
                                        visitBegin.withUnsafeMutableBufferPointer { visitBegin in
                                            for (id, weight) in zip(evidence.query.ids, evidence.query.weights) {
                                                var begin = index.postingStart[Int(id)]
                                                for run in Int(start[Int(id)])..<Int(start[Int(id) + 1]) {
                                                    let owner = Int(group[run])
                                                    bound[owner] += weight * heaviest[run]
                                                    visitWeight[next[owner]] = weight
                                                    visitRun[next[owner]] = Int32(run)
                                                    visitBegin[next[owner]] = begin
                                                    next[owner] += 1
                                                    begin = end[run]
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var order: [(position: Int, bound: Double)] = []
        for position in 0..<count where offsets[position + 1] > offsets[position] || !evidence.found[position].isEmpty {
            let cosine = min(1, Double(bound[position]))
            // A hair above the formula's value, so that rounding can never put a bound below the score.
            let most = combined(position, first: cosine, second: cosine, evidence).score * (1 + 1e-9) + 1e-12
            order.append((position, most))
        }
        order.sort { $0.bound != $1.bound ? $0.bound > $1.bound : $0.position < $1.position }

        // Which intents are among the asked ones, by position (no hashing of intents per call).
        var isAmong = [Bool](repeating: false, count: count)
        for intent in shortlist.among { if let position = intents.firstIndex(of: intent) { isAmong[position] = true } }
        var topScores: [Double] = [], amongScores: [Double] = []
        var candidates: [IntentScore] = []
        var candidatePositions: [Int] = []
        var widest = 0
        for span in runs.documentSpan { widest = Swift.max(widest, Int(span.end - span.first)) }
        var work = Work(scratch: [Float](repeating: 0, count: widest))
        for (position, most) in order {
            let outOfTop = shortlist.top <= 0 || topScores.count >= shortlist.top && most < topScores[shortlist.top - 1]
            let outOfAmong =
                !isAmong[position] || shortlist.best <= 0 || amongScores.count >= shortlist.best && most < amongScores[shortlist.best - 1]
            if outOfTop, outOfAmong { continue }
            let nearest = self.nearest(
                position, visits: offsets[position]..<offsets[position + 1], visitWeight, visitRun, visitBegin, work: &work)
            let scored = score(of: position, nearest: nearest, evidence)
            candidates.append(scored)
            candidatePositions.append(position)
            Self.keep(scored.score, in: &topScores, limit: shortlist.top)
            if isAmong[position] { Self.keep(scored.score, in: &amongScores, limit: shortlist.best) }
        }

        // Ranked by index (the order is total: intents are unique), not by moving the scores.
        let ranking = candidates.indices.sorted { Self.ranksBefore(candidates[$0], candidates[$1]) }
        var kept: [IntentScore] = []
        var amongKept = 0
        for (rank, index) in ranking.enumerated() {
            let among = isAmong[candidatePositions[index]] && amongKept < shortlist.best
            if among { amongKept += 1 }
            if rank < shortlist.top || among { kept.append(candidates[index]) }
        }
        var postings = 0
        for id in evidence.query.ids { postings += Int(index.postingStart[Int(id) + 1] - index.postingStart[Int(id)]) }
        return Shortlisting(
            ranking: Self.ranked(kept, outOfScopeBelow: thresholds.outOfScope), scored: candidates.count, candidates: order.count,
            postingsRead: work.postingsRead, postings: postings)
    }

    /// Buffers reused from one intent to the next.
    private struct Work {
        /// Cosines by example, from the intent's first example; zero between intents.
        var scratch: [Float]
        var touched: [Int32] = []
        var postingsRead = 0
    }

    /// An intent's two nearest examples, scoring only its own runs of the query's terms, in the
    /// order the whole-index walk meets them (so cosines and ties come out the same).
    private func nearest(
        _ position: Int, visits: Range<Int>, _ visitWeight: [Float], _ visitRun: [Int32], _ visitBegin: [Int32], work: inout Work
    ) -> Nearest {
        let first = Int(runs.documentSpan[position].first)
        work.touched.removeAll(keepingCapacity: true)
        index.postingDocuments.withUnsafeBufferPointer { documents in
            index.postingWeights.withUnsafeBufferPointer { weights in
                work.scratch.withUnsafeMutableBufferPointer { scores in
                    for visit in visits {
                        let weight = visitWeight[visit], run = Int(visitRun[visit])
                        work.postingsRead += Int(runs.end[run] - visitBegin[visit])
                        for posting in Int(visitBegin[visit])..<Int(runs.end[run]) {
                            let slot = Int(documents[posting]) - first
                            if scores[slot] == 0 { work.touched.append(documents[posting]) }
                            scores[slot] += weight * weights[posting]
                        }
                    }
                }
            }
        }
        var nearest = Nearest()
        for document in work.touched {
            let slot = Int(document) - first
            nearest.add(document, score: work.scratch[slot])
            work.scratch[slot] = 0
        }
        return nearest
    }

    /// Inserts a score into a descending list kept to its `limit` best.
    private static func keep(_ score: Double, in scores: inout [Double], limit: Int) {
        guard limit > 0 else { return }
        let place = scores.firstIndex { $0 < score } ?? scores.count
        guard place < limit else { return }
        scores.insert(score, at: place)
        if scores.count > limit { scores.removeLast() }
    }
}
