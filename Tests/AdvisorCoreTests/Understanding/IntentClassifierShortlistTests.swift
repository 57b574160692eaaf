import AdvisorTestSupport
import Testing

@testable import AdvisorCore

/// ``IntentClassifier/classify(_:keeping:)`` skips intents by score bounds; what it keeps must be
/// exactly what the whole ranking holds there.
struct IntentClassifierShortlistTests {
    /// Every training example, both test sets and the answer set's questions.
    static let utterances: [String] = {
        let training = Fixtures.knowledge.intents.flatMap(\.examples)
        let tests: [String]
        do { tests = try KnowledgeLoader().loadTestSet(KnowledgeLoader.embeddedFiles).map(\.text) } catch { fatalError("\(error)") }
        return training + tests + TrainingDataTests.secondTestSet.map(\.text) + AnswerSetTests.answers.map(\.text)
    }()

    static let shortlists: [IntentClassifier.Shortlist] = [
        Advisor.shortlist, .init(top: 1), .init(top: 3, best: 1, among: DialoguePolicy.questionIntents),
        .init(top: 2, best: 3, among: [.salary, .timeline, .greeting, .outOfScope, .affirm]),
    ]

    @Test(arguments: shortlists)
    func keepsTheTopOfTheWholeRankingAndTheBestOfTheAskedIntents(shortlist: IntentClassifier.Shortlist) {
        #expect(Self.utterances.count > 4_000)
        let classifier = Fixtures.advisor.classifier
        var differing: [String] = []
        for utterance in Self.utterances {
            let whole = classifier.classify(utterance)
            let kept = classifier.classify(utterance, keeping: shortlist)
            // The inserted out-of-scope entry comes on top of the `top` candidates.
            let top = shortlist.top + (whole.count > 1 && whole.first?.intent == .outOfScope && whole.first?.nearestExample == nil ? 1 : 0)
            let sameTop = Array(kept.prefix(top)) == Array(whole.prefix(top))
            let sameBest =
                kept.filter { shortlist.among.contains($0.intent) }.prefix(shortlist.best)
                == whole.filter { shortlist.among.contains($0.intent) }.prefix(shortlist.best)
            if !sameTop || !sameBest || !Self.isInOrder(kept, within: whole) { differing.append(utterance) }
        }
        #expect(differing.isEmpty, "\(differing.count) differ, e.g. \(differing.prefix(5))")
    }

    @Test func aTurnDecidesAndExplainsAsFromTheWholeRanking() {
        let advisor = Fixtures.advisor
        for utterance in Self.utterances.prefix(600) {
            let whole = advisor.classifier.classify(utterance)
            let understood = advisor.understand(utterance)
            var exhaustive = understood
            exhaustive.candidates = whole
            let fresh = DialogueState()
            #expect(
                advisor.policy.decide(understood, utterance: utterance, state: fresh)
                    == advisor.policy.decide(exhaustive, utterance: utterance, state: fresh), "\(utterance)")
            // `--explain` and `/why` show the same candidates with the same terms.
            #expect(
                advisor.classifier.explain(understood, of: utterance).explanationLines()
                    == advisor.classifier.explain(exhaustive, of: utterance).explanationLines(), "\(utterance)")
        }
    }

    /// The point of the bounds: a turn scores part of the intents sharing a term with the
    /// utterance and reads part of the postings the whole ranking reads. Measured floor over
    /// these utterances: 43% of the intents scored, 70% of the postings read.
    @Test func aTurnScoresFewIntentsAndReadsFewPostings() {
        var scored = 0, candidates = 0, read = 0, postings = 0
        for utterance in Self.utterances {
            let drawn = Fixtures.advisor.classifier.shortlisted(utterance, keeping: Advisor.shortlist)
            scored += drawn.scored
            candidates += drawn.candidates
            read += drawn.postingsRead
            postings += drawn.postings
        }
        #expect(Double(scored) <= 0.5 * Double(candidates), "scored \(scored) of \(candidates) intents")
        #expect(Double(read) <= 0.75 * Double(postings), "read \(read) of \(postings) postings")
    }

    /// Whether every entry of `part` is in `whole`, in the same order.
    static func isInOrder(_ part: [IntentScore], within whole: [IntentScore]) -> Bool {
        var rest = whole[...]
        for entry in part {
            guard let found = rest.firstIndex(of: entry) else { return false }
            rest = rest[(found + 1)...]
        }
        return true
    }
}
