import AdvisorCore
import Testing

struct IntentClassifierTests {
    /// As in the product, background names count as known words ("backend" is not an unknown word).
    let classifier = IntentClassifier(
        intents: UnderstandingFixtures.intents,
        thresholds: .init(outOfScope: 0.3, clarify: 0.45),
        domainWords: ["backend developer", "frontend developer"])

    @Test(arguments: [
        ("hello!", Intent.greeting), ("how long would it take me", .timeline), ("what salery can i expect", .salary),
        ("do i need kubernets", .tools), ("how many months from backend", .timeline),
    ])
    func classifies(text: String, expected: Intent) {
        #expect(classifier.classify(text).first?.intent == expected)
    }

    @Test func aPlainEnglishWordIsNotReadAsTheKnownWordItResembles() {
        let plain = IntentClassifier(intents: UnderstandingFixtures.intents, plainWords: ["tolls"])
        let asTypo = IntentClassifier(intents: UnderstandingFixtures.intents)
        // Without the word list "tolls" is respelt "tools", a keyword of the tools intent.
        func tools(_ classifier: IntentClassifier) -> Double {
            classifier.classify("which tolls").first { $0.intent == .tools }?.score ?? 0
        }
        #expect(asTypo.classify("which tolls").first?.intent == .tools)
        #expect(tools(plain) < tools(asTypo) - 0.2)
    }

    @Test func aPlaceIsNeitherRespeltNorLessUnknownThanAnyOtherWord() {
        let places = IntentClassifier(intents: UnderstandingFixtures.intents, placeWords: ["tolls"])
        let plain = IntentClassifier(intents: UnderstandingFixtures.intents, plainWords: ["tolls"])
        func tools(_ classifier: IntentClassifier) -> Double {
            classifier.classify("which tolls").first { $0.intent == .tools }?.score ?? 0
        }
        // Not respelt "tools", like a plain word, but a full unknown word: it lowers the score more.
        #expect(tools(places) < tools(IntentClassifier(intents: UnderstandingFixtures.intents)) - 0.2)
        #expect(tools(places) < tools(plain))
    }

    @Test func ranksBestFirstWithConfidencesInTheUnitInterval() {
        let ranked = classifier.classify("how long and what salary")
        #expect(!ranked.isEmpty)
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(ranked.allSatisfy { (0...1).contains($0.score) })
    }

    @Test func saysOutOfScopeBelowTheThreshold() {
        let ranked = classifier.classify("what's a good recipe for lasagna")
        #expect(ranked.first?.intent == .outOfScope)
        #expect((ranked.first?.score ?? 1) < 0.3)
        #expect(classifier.classify("").first?.intent == .outOfScope)
    }

    @Test func aHigherThresholdRefusesMore() {
        let strict = IntentClassifier(intents: UnderstandingFixtures.intents, thresholds: .init(outOfScope: 0.99, clarify: 0.995))
        #expect(strict.classify("how long would it take me").first?.intent == .outOfScope)
    }

    @Test func explainsItsDecision() throws {
        let utterance = "how long does the switch take"
        let ranked = classifier.classify(utterance)
        #expect(ranked.allSatisfy { $0.matchedTerms.isEmpty }, "terms are worked out only when an explanation asks")
        let explained = classifier.explain(
            Understanding(intent: ranked[0].intent, confidence: ranked[0].score, candidates: ranked), of: utterance)
        let best = try #require(explained.candidates.first)
        #expect(best.matchedKeywords == ["how long"])
        #expect(best.matchedTerms.contains("long"))
        #expect(best.nearestExample == "how long does it take to switch")
        let lines = Understanding(intent: best.intent, confidence: best.score, candidates: [best]).explanationLines()
        #expect(lines.first?.hasPrefix("intent: timeline") == true)
        #expect(lines.contains { $0.contains("keywords: how long") })
    }

    @Test func keywordsAddEvidenceButNeverCertainty() {
        let withKeyword = classifier.classify("pay").first
        #expect(withKeyword?.intent == .salary)
        #expect((withKeyword?.score ?? 1) < 1)
        #expect((withKeyword?.keywordScore ?? 0) > 0)
    }

    /// A keyword that the other intents' examples use as well counts less than one only its own use.
    @Test func aKeywordSharedWithOtherIntentsCountsLess() {
        let intents = [
            IntentDefinition(
                intent: .jobSearch, description: "", keywords: ["job", "apply"],
                examples: ["how do i apply for a job", "where to apply", "job boards to apply on"]),
            IntentDefinition(
                intent: .interview, description: "", keywords: ["interview"],
                examples: ["interview for a job", "job interview questions", "how to pass the interview"]),
        ]
        let classifier = IntentClassifier(intents: intents)
        let shared = classifier.classify("job").first { $0.intent == .jobSearch }
        let specific = classifier.classify("apply").first { $0.intent == .jobSearch }
        #expect((shared?.keywordScore ?? 1) < (specific?.keywordScore ?? 0))
    }

    /// The centroid term: with it, an intent whose examples share the query's words as a whole
    /// scores higher than without it; without it only the nearest examples count.
    @Test func theCentroidAddsWhatTheExamplesSayTogether() {
        var off = IntentClassifier.Formula()
        off.centroid = 0
        let query = "pay and salary"
        let with = IntentClassifier(intents: UnderstandingFixtures.intents).classify(query).first { $0.intent == .salary }
        let without = IntentClassifier(intents: UnderstandingFixtures.intents, formula: off).classify(query).first { $0.intent == .salary }
        #expect(with?.similarity != without?.similarity)
        #expect(with?.intent == .salary && without?.intent == .salary)
    }
}
