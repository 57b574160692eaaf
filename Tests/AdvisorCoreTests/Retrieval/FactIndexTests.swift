import AdvisorCore
import AdvisorTestSupport
import Testing

/// Ranking units by what a question names: its words, the tools and certificates it names, the topics of its kind.
struct FactIndexTests {
    static let advisor = Fixtures.advisor

    static func top(_ text: String, count: Int = 3, topics: [String: Double] = [:]) -> [String] {
        let query = FactQuery(text: text, entities: advisor.understand(text).entities, topics: topics)
        return advisor.responder.index.ranked(query).prefix(count).map(\.unit.id)
    }

    @Test(arguments: [
        ("Why not just use Kubernetes for ML model deployment?", "tool.kubernetes"),
        ("is the CKA worth it", "cert.cka"),
        ("what is the difference between ml engineer vs mlops engineer", "adjacent-roles.machine-learning-builds"),
        ("do PhDs get hired or do you need a computer science degree", "education.insists-computer-science"),
        ("is it better to specialise early or stay broad", "lessons.specialise-early-stay"),
    ])
    func aQuestionFindsTheUnitItNames(question: String, unit: String) {
        #expect(Self.top(question).contains(unit), "\(Self.top(question))")
    }

    @Test func aTopicPriorBringsItsUnitsForwardWhenTheWordsSayLittle() {
        #expect(Self.top("", count: 1, topics: ["cost": 0.3]).first?.hasPrefix("cost.") == true)
    }

    @Test func aBackgroundAloneBringsNoUnitIn() {
        var entities = Entities()
        entities.backgrounds = ["data-analyst"]
        #expect(Self.advisor.responder.index.ranked(FactQuery(text: "", entities: entities)).isEmpty)
    }

    @Test func theOwnBackgroundBringsItsPathNotesInAndOneOnlyMentionedDoesNot() {
        var entities = Entities()
        entities.backgrounds = ["devops"]
        let own = Self.advisor.responder.index.ranked(FactQuery(text: "", entities: entities, bringsInPaths: true)).map(\.unit.id)
        #expect(own.contains("path.backend-devops.note.1"), "\(own)")
        entities.mentionedBackgrounds = ["devops"]
        let mentioned = Self.advisor.responder.index.ranked(FactQuery(text: "", entities: entities, bringsInPaths: true)).map(\.unit.id)
        #expect(!mentioned.contains("path.backend-devops.note.1"), "\(mentioned)")
    }

    /// Units with the same text, so that the phrase lift is all that tells them apart, among
    /// twenty others that make "mlops engineer" common words.
    static func phraseIndex(_ words: [String: [String]] = ["a": ["imposter syndrome"], "b": ["mlops engineer"], "c": []]) -> FactIndex {
        let tags = FactUnit.Tags(topic: "lessons")
        return FactIndex(
            units: words.sorted { $0.key < $1.key }.map {
                FactUnit(id: $0.key, kind: .topicFact, source: "s", text: "Patience pays", tags: tags, words: $0.value)
            } + (1...20).map { FactUnit(id: "filler\($0)", kind: .topicFact, source: "s", text: "the mlops engineer role", tags: tags) })
    }

    @Test func aQuestionHoldingAPhraseWholeLiftsItsUnit() {
        let ranked = Self.phraseIndex().ranked(FactQuery(text: "does the syndrome of the imposter ever stop?"))
        let score = { (id: String) in ranked.first { $0.unit.id == id }?.score ?? 0 }
        #expect(ranked.first?.unit.id == "a")
        #expect(score("a") - score("c") >= FactIndex.Boosts().phrase - 1e-9)
    }

    @Test func aPhraseOfWordsManyUnitsShareLiftsNothing() {
        let ranked = Self.phraseIndex().ranked(FactQuery(text: "what does an mlops engineer earn"))
        let score = { (id: String) in ranked.first { $0.unit.id == id }?.score ?? 0 }
        #expect(score("b") - score("c") < FactIndex.Boosts().phrase / 2, "\(ranked.prefix(3))")
    }

    @Test func aQuestionHoldingOnlyPartOfAPhraseLiftsNothing() {
        // "d" holds the one-word phrase the question has whole; "a" holds a longer one it has only half of.
        let ranked = Self.phraseIndex(["a": ["imposter syndrome"], "d": ["imposter"]]).ranked(FactQuery(text: "is imposter feeling normal"))
        let score = { (id: String) in ranked.first { $0.unit.id == id }?.score ?? 0 }
        #expect(score("d") - score("a") >= FactIndex.Boosts().phrase / 2, "\(ranked)")
    }

    /// "a" asks with the phrase, "b" with its content words alone: the same document, so only the
    /// phrase lift tells them apart.
    @Test(arguments: [
        ("on call", "call", "how much on call is there", true),
        ("on call", "call", "are there on-call rotations", true),
        ("on call", "call", "what is left to learn to call myself mlops", false),
        ("on call", "call", "do they call you on weekends", false),
        ("will it last", "last", "will it last ten years", true),
        ("will it last", "last", "what did i learn last year", false),
        ("from scratch", "scratch", "can i learn it from scratch", true),
        ("from scratch", "scratch", "scratch that, what about pay", false),
        // A word said twice is no word with small words: the word alone still says it.
        ("day to day", "day day", "what do they do all day", true),
    ])
    func aPhraseOfOneWordAndSmallWordsIsHeldOnlyAsWritten(phrase: String, words: String, question: String, held: Bool) {
        let ranked = Self.phraseIndex(["a": [phrase], "b": [words]]).ranked(FactQuery(text: question))
        let score = { (id: String) in ranked.first { $0.unit.id == id }?.score ?? 0 }
        #expect(score("b") > 0, "\(ranked.prefix(3))")
        #expect(abs(score("a") - score("b")) < 1e-9 ? held : !held, "\(ranked.prefix(3))")
    }

    @Test func aBackgroundOnlyMentionedBringsNoPathIn() {
        var entities = Entities()
        entities.backgrounds = ["data-analyst"]
        let held = Self.advisor.responder.index.ranked(FactQuery(text: "", entities: entities, bringsInPaths: true))
        #expect(held.contains { $0.unit.kind == .path })
        entities.mentionedBackgrounds = ["data-analyst"]
        #expect(Self.advisor.responder.index.ranked(FactQuery(text: "", entities: entities, bringsInPaths: true)).isEmpty)
    }

    @Test(arguments: ["kubernetes", "terraform", "mlflow"])
    func aToolThePersonAlreadyKnowsIsNotLiftedButOneTheyNameIs(tool: String) {
        var entities = Entities()
        entities.tools = [tool]
        let named = Self.advisor.responder.index.ranked(FactQuery(text: "", entities: entities))
        #expect(named.first?.unit.id == "tool.\(tool)")
        entities.knownTools = [tool]
        #expect(Self.advisor.responder.index.ranked(FactQuery(text: "", entities: entities)).isEmpty)
    }

    /// Units of distinct words among fillers, so that one sentence of a long message matches one unit.
    static let sentenceIndex = FactIndex(
        units: [
            ("pay", "Salaries rise with seniority"), ("doubt", "Imposter syndrome fades with practice"),
            ("cloud", "Cloud providers sell managed training services"),
        ].map { FactUnit(id: $0.0, kind: .topicFact, source: "s", text: $0.1, tags: FactUnit.Tags(topic: "lessons")) }
            + (1...20).map {
                FactUnit(
                    id: "filler\($0)", kind: .topicFact, source: "s", text: "weekend reading list \($0)",
                    tags: FactUnit.Tags(topic: "lessons"))
            })

    @Test(arguments: [
        (
            "I spent six years in accounting, reconciling ledgers and chasing invoices every quarter. Does imposter syndrome fade?",
            "Does imposter syndrome fade?", "doubt"
        ),
        (
            "Teacher here. Evenings free, weekends busy with family and a long commute. Do salaries rise with seniority?",
            "Do salaries rise with seniority?", "pay"
        ),
    ])
    func aSentenceOfALongMessageMatchesItsUnitAsIfAskedAlone(message: String, sentence: String, unit: String) {
        let score = { (text: String) in Self.sentenceIndex.ranked(FactQuery(text: text)).first { $0.unit.id == unit }?.score ?? 0 }
        #expect(Self.sentenceIndex.ranked(FactQuery(text: message)).first?.unit.id == unit)
        #expect(score(message) >= FactIndex.Boosts().sentence * score(sentence) - 1e-9, "\(score(message)) vs \(score(sentence))")
    }

    @Test func aOneSentenceQuestionScoresAsTheWholeMessage() {
        let question = "do salaries rise with seniority in cloud teams"
        let ranked = Self.sentenceIndex.ranked(FactQuery(text: question))
        let index = FactIndex(
            units: Self.sentenceIndex.units,
            boosts: {
                var b = FactIndex.Boosts(); b.sentence = 5; return b
            }())
        #expect(index.ranked(FactQuery(text: question)).map(\.score) == ranked.map(\.score))
    }

    @Test func unitsAreLookedUpById() {
        #expect(Self.advisor.responder.index.unit("cert.cka")?.kind == .certification)
        #expect(!Self.advisor.responder.index.contains("cert.ckaa"))
    }
}
