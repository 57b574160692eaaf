import AdvisorTestSupport
import CompiledKnowledge
import Foundation
import Testing

@testable import AdvisorCore

/// The knowledge image compiled into the binary against an advisor built from the embedded YAML:
/// the same inputs, the same knowledge, and the same reply to every line anyone tests with.
struct KnowledgeImageTests {
    static let compiled: Advisor = {
        do { return try CompiledKnowledge.advisor() } catch { fatalError("the compiled image does not read: \(error)") }
    }()

    static let fromYAML = Advisor(knowledge: Fixtures.knowledge)

    @Test func theImageWasBuiltFromTheEmbeddedFiles() throws {
        #expect(try CompiledKnowledge.inputHash() == KnowledgeImage.inputHash(of: KnowledgeLoader.embeddedFiles))
    }

    @Test func theImageHoldsTheSameKnowledge() throws {
        let image = Self.compiled.knowledge, yaml = Self.fromYAML.knowledge
        #expect(image.sources == yaml.sources)
        #expect(image.backgrounds == yaml.backgrounds)
        #expect(image.paths == yaml.paths)
        #expect(image.stages == yaml.stages)
        #expect(image.toolGroups == yaml.toolGroups)
        #expect(image.tools == yaml.tools)
        #expect(image.certifications == yaml.certifications)
        #expect(image.salaries == yaml.salaries)
        #expect(image.topics == yaml.topics)
        #expect(image.intents == yaml.intents)
        #expect(image.gaps == yaml.gaps)
        #expect(image.cues == yaml.cues)
        #expect(image.currencies == yaml.currencies)
        #expect(image.amountWords == yaml.amountWords)
        #expect(image.payPeriods == yaml.payPeriods)
        #expect(image.related == yaml.related)
        // All but the English words, which only the typo tables (in the image) read.
        #expect(image.wordLists == yaml.wordLists.filter { $0.id != WordList.Name.english.rawValue })
        #expect(image.words(.english).isEmpty && yaml.words(.english).count > 1000)
        #expect(try CompiledKnowledge.knowledgeBase().intents == yaml.intents)
    }

    @Test func theImageHoldsTheSameFactIndexWithItsUnitsAlreadyTagged() {
        let image = Self.compiled.responder.index, yaml = Self.fromYAML.responder.index
        #expect(image.units == yaml.units)
        #expect(image.boosts == yaml.boosts)
        #expect(image.related == yaml.related)
        #expect(image.idf == yaml.idf)
        #expect(image.tagged == yaml.tagged)
        #expect(image.placeInTopic == yaml.placeInTopic)
        #expect(image.positions == yaml.positions)
        #expect(image.postings.keys.sorted() == yaml.postings.keys.sorted())
        for (term, postings) in yaml.postings {
            #expect(image.postings[term]?.map(\.unit) == postings.map(\.unit), "\(term)")
            #expect(image.postings[term]?.map(\.weight) == postings.map(\.weight), "\(term)")
        }
        #expect(image.phrases.keys.sorted() == yaml.phrases.keys.sorted())
        for (term, entries) in yaml.phrases {
            #expect(image.phrases[term]?.map(\.unit) == entries.map(\.unit), "\(term)")
            #expect(image.phrases[term]?.map(\.phrase) == entries.map(\.phrase), "\(term)")
        }
        #expect(!image.phrases.isEmpty)
        #expect(Array(image.restatements.wordStart) == Array(yaml.restatements.wordStart))
        #expect(Array(image.restatements.words) == Array(yaml.restatements.words))
        #expect(Array(image.restatements.figureStart) == Array(yaml.restatements.figureStart))
        #expect(Array(image.restatements.figures) == Array(yaml.restatements.figures))
        #expect(!image.restatements.figures.isEmpty)
        // The extractor's tags are in the image: some unit carries a tool its record does not name.
        #expect(image.units != Self.fromYAML.knowledge.factUnits)
    }

    @Test func theImageHoldsTheSameVocabularyOfTheKnowledgeBase() {
        let image = Self.compiled.extractor.gapFinder.vocabulary, yaml = Self.fromYAML.extractor.gapFinder.vocabulary
        #expect(image.words.count == yaml.words.count && image.words.count > 1000)
        #expect(Array(image.textWords) == Array(yaml.textWords))
        #expect(Array(image.occurrences) == Array(yaml.occurrences))
        for word in ["kubernetes", "fastai", "kubernets", "gogle", "udemy", "café", "python", "zzzz"] {
            #expect(image.contains(word) == yaml.contains(word), "\(word)")
            #expect(
                Self.compiled.extractor.gapFinder.nearSpellings.hasWord(near: word)
                    == Self.fromYAML.extractor.gapFinder.nearSpellings.hasWord(near: word), "\(word)")
        }
        #expect(image.holds(["python", "for", "data", "analysis"]) == yaml.holds(["python", "for", "data", "analysis"]))
    }

    @Test(arguments: ["the committed test set", "the second test set"])
    func understandsEveryTestUtteranceAlike(name: String) {
        let utterances = name == "the committed test set" ? TrainingDataTests.testSet : TrainingDataTests.secondTestSet
        #expect(utterances.count > 100, "\(name) is missing")
        for utterance in utterances {
            let image = Self.compiled.respond(to: utterance.text, state: DialogueState())
            let yaml = Self.fromYAML.respond(to: utterance.text, state: DialogueState())
            #expect(image == yaml, "\(name): \"\(utterance.text)\"")
        }
    }

    @Test(arguments: RepositoryTranscriptTests.names)
    func repliesToEveryTranscriptAlike(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: RepositoryTranscriptTests.folder.appendingPathComponent(name)))
        let transcript = try TranscriptParser().parse(bytes: bytes, path: "Transcripts/\(name)")
        let image = TranscriptReplayer(advisor: Self.compiled).replay(transcript)
        let yaml = TranscriptReplayer(advisor: Self.fromYAML).replay(transcript)
        #expect(image.replayed == yaml.replayed, "Transcripts/\(name)")
    }

    @Test func anImageOfAnotherFormatIsRefused() throws {
        var bytes = try KnowledgeImage.encode(Self.fromYAML, inputHash: 7)
        #expect(try bytes.withUnsafeBytes { try KnowledgeImage.decodeHeader($0) } == 7)
        bytes[8] &+= 1
        #expect(throws: KnowledgeImageError.formatVersion(found: KnowledgeImage.formatVersion + 1, expected: KnowledgeImage.formatVersion))
        {
            try bytes.withUnsafeBytes { try KnowledgeImage.decode($0) }
        }
    }

    @Test func aTruncatedImageThrowsInsteadOfCrashing() throws {
        let bytes = try KnowledgeImage.encode(Self.fromYAML, inputHash: 7)
        for length in [0, 3, 20, bytes.count / 2, bytes.count - 1] {
            #expect(throws: (any Error).self, "\(length) bytes") {
                try Array(bytes.prefix(length)).withUnsafeBytes { try KnowledgeImage.decode($0) }
            }
        }
    }
}
