import AdvisorCore
import AdvisorTestSupport
import Testing

/// What puts a message in the domain, and what asks for more, from Knowledge/words.yaml.
struct DomainVocabularyTests {
    static let vocabulary = DomainVocabulary(knowledge: Fixtures.knowledge)

    @Test(arguments: [
        "Why not just use Kubernetes for ML model deployment?", "what does the job market for data people look like",
        "is a bootcamp in machine learning worth it", "I'm a backend dev, is the switch realistic",
    ])
    func aMessageAboutTheFieldIsInTheDomain(text: String) {
        #expect(Self.vocabulary.isInDomain(text, entities: Fixtures.advisor.understand(text).entities))
    }

    @Test(arguments: [
        "Can you recommend a good recipe for chicken biryani?", "how to fix my dishwasher that won't drain",
        "Can you do my homework? It's about the French revolution",
    ])
    func aMessageWithNoSignalIsNot(text: String) {
        #expect(!Self.vocabulary.isInDomain(text, entities: Entities()))
        #expect(!Self.vocabulary.mentionsCareer(text))
    }

    @Test(arguments: [
        ("more", true), ("/more", true), ("Go on", true), ("tell me more", true), ("more about kubernetes", false),
        ("what else should I learn", false),
    ])
    func onlyAWholeMessageAsksForMore(text: String, asks: Bool) {
        #expect(Self.vocabulary.asksForMore(text) == asks)
    }
}
