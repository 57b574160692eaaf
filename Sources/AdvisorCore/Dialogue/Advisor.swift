/// The advisor's one entry point: an utterance and a state in, a reply and a new state out.
///
/// Chat, `ask`, transcript replay, evaluation and benchmarks all call ``respond(to:state:)``,
/// so what the tests exercise is what the user runs. Building an `Advisor` builds the
/// classifier's index once; responding does no I/O and is deterministic.
public struct Advisor: Sendable {
    public let knowledge: KnowledgeBase
    public let classifier: IntentClassifier
    public let extractor: EntityExtractor

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.classifier = IntentClassifier(intents: knowledge.intents)
        self.extractor = EntityExtractor(knowledge: knowledge)
    }

    /// Classifies an utterance and extracts its entities, without touching any state.
    public func understand(_ utterance: String) -> Understanding {
        let ranked = classifier.classify(utterance)
        let best = ranked.first
        return Understanding(intent: best?.intent ?? .outOfScope, confidence: best?.score ?? 0,
                             candidates: ranked, entities: extractor.extract(from: utterance))
    }

    /// SCAFFOLDING: the dialogue policy and responder replace this body.
    public func respond(to utterance: String, state: DialogueState) -> Turn {
        let understanding = understand(utterance)
        var next = state
        next.turn += 1
        let reply = Reply(blocks: [.paragraph("(\(understanding.intent.rawValue))")])
        return Turn(utterance: utterance, understanding: understanding, reply: reply, state: next)
    }
}

/// One exchange: what was said, how it was understood, the reply, and the state after it.
public struct Turn: Hashable, Codable, Sendable {
    public var utterance: String
    public var understanding: Understanding
    public var reply: Reply
    public var state: DialogueState

    public init(utterance: String, understanding: Understanding, reply: Reply, state: DialogueState) {
        self.utterance = utterance
        self.understanding = understanding
        self.reply = reply
        self.state = state
    }
}
