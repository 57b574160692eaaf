import AdvisorCore
import Testing

struct TFIDFIndexTests {
    let index = TFIDFIndex(documents: [
        "how long does the switch take",
        "what salary can i expect",
        "which monitoring tools should i learn",
        "kubernetes or docker first",
    ])

    @Test func touchesOnlyDocumentsSharingATerm() {
        let matches = index.search("salary")
        #expect(matches.map(\.document) == [1])
    }

    @Test func findsNothingForUnknownWords() {
        #expect(index.search("zzzz qqqq").isEmpty)
    }

    @Test func givesAnIdenticalTextCosineOne() {
        #expect(abs(index.similarity("what salary can i expect", document: 1) - 1) < 1e-5)
    }

    @Test func ranksTheCloserDocumentFirst() {
        let matches = index.search("how long will the switch take me")
        #expect(matches.first?.document == 0)
        #expect(matches.allSatisfy { $0.similarity > 0 && $0.similarity <= 1.0001 })
    }

    @Test func matchesATypoThroughTrigrams() {
        #expect(index.search("kubernets").first?.document == 3)
        #expect(index.search("salery").first?.document == 1)
    }

    @Test func unknownWordsLowerTheSimilarity() {
        #expect(index.similarity("salary", document: 1) > index.similarity("salary for a dentist nurse", document: 1))
    }

    @Test func explainsWithSharedTermsWordsFirst() {
        let terms = index.sharedTerms("monitoring tools", document: 2)
        #expect(Array(terms.prefix(3)).contains("monitor") && terms.contains("tool"))
    }
}
