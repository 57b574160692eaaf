/// The advisor's one entry point: an utterance and a state in, a reply and a new state out.
///
/// Chat, `ask`, transcript replay, evaluation and benchmarks all call ``respond(to:state:)``,
/// so what the tests exercise is what the user runs. Building an `Advisor` builds the
/// classifier's index once; responding does no I/O and is deterministic.
public struct Advisor: Sendable {
    public let knowledge: KnowledgeBase
    public let classifier: IntentClassifier
    public let extractor: EntityExtractor
    public let policy: DialoguePolicy
    public let responder: Responder

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        // The training examples are split into tokens once, for both the classifier and the extractor.
        let exampleTokens = knowledge.intents.flatMap(\.examples).map { Normalizer.tokens($0) }
        self.classifier = IntentClassifier(knowledge: knowledge, exampleTokens: exampleTokens)
        self.extractor = EntityExtractor(knowledge: knowledge, exampleTokens: exampleTokens)
        self.policy = DialoguePolicy(knowledge: knowledge, thresholds: classifier.thresholds)
        self.responder = Self.responder(knowledge: knowledge, extractor: extractor)
    }

    /// An advisor from tables already built (read back from a ``KnowledgeImage``), the fact
    /// index with its units already tagged.
    init(knowledge: KnowledgeBase, classifier: IntentClassifier, extractor: EntityExtractor, factIndex: FactIndex) {
        self.knowledge = knowledge
        self.classifier = classifier
        self.extractor = extractor
        self.policy = DialoguePolicy(knowledge: knowledge, thresholds: classifier.thresholds)
        self.responder = Responder(knowledge: knowledge, index: factIndex)
    }

    /// The responder, whose fact index tags each unit with what the extractor finds in its words.
    private static func responder(knowledge: KnowledgeBase, extractor: EntityExtractor) -> Responder {
        Responder(knowledge: knowledge, index: knowledge.factIndex(tagger: { extractor.extract(from: $0) }))
    }

    /// The part of the intent ranking a turn reads: the decision and the next four entries (a
    /// stand-in for a yes or no, the three candidates `/why` and `--explain` show, behind an
    /// out-of-scope entry), and the two best questions wherever they rank (a question's leaning,
    /// "which did you mean: X, or Y?"). The rest of the ranking is never computed.
    public static let shortlist = IntentClassifier.Shortlist(top: 5, best: 2, among: DialoguePolicy.questionIntents)

    /// Classifies an utterance and extracts its entities, without touching any state.
    ///
    /// Only the text is read: terminal escape sequences (with an OSC title's payload) and control
    /// characters are dropped first, as ``Swift/String/sanitizedForReading`` does.
    public func understand(_ utterance: String) -> Understanding {
        understand(sanitized: utterance.sanitizedForReading)
    }

    /// ``understand(_:)`` for text that is already sanitised (the per-turn path sanitises once).
    private func understand(sanitized utterance: String) -> Understanding {
        let ranked = classifier.classify(utterance, keeping: Self.shortlist)
        let best = ranked.first
        return Understanding(
            intent: best?.intent ?? .outOfScope, confidence: best?.score ?? 0,
            candidates: ranked, entities: extractor.extract(from: utterance))
    }

    /// Answers an utterance: one question, an answer to the advisor's own question, or a long
    /// message of several sentences (each question in it answered in order). The message is
    /// read as ``prepared(_:)`` makes it (the turn's utterance is that text); when it was cut,
    /// the reply opens with a note saying so.
    public func respond(to message: String, state: DialogueState) -> Turn {
        let (utterance, wasCut) = Self.prepared(message)
        var turn = respond(prepared: utterance, state: state)
        if wasCut { turn.reply.blocks.insert(Self.cutNotice, at: 0) }
        return turn
    }

    /// ``respond(to:state:)`` for text that already went through ``prepared(_:)``: the policy
    /// decides on the whole message (reading its parts with ``understand(_:)``), the responder
    /// words the first screen and keeps the rest for "more".
    func respond(prepared utterance: String, state: DialogueState) -> Turn {
        let understanding = understand(sanitized: utterance)
        var decision = policy.decide(
            message: utterance, understanding: understanding, state: state, understand: { understand(sanitized: $0) })
        let (reply, rest) = responder.screen(for: decision.actions, state: decision.state)
        decision.state.more = rest
        return Turn(
            utterance: utterance, understanding: understanding, reply: reply, state: decision.state,
            endsConversation: decision.actions.contains(.sayGoodbye))
    }
}

/// One exchange: what was said, how it was understood, the reply, and the state after it.
public struct Turn: Hashable, Codable, Sendable {
    public var utterance: String
    public var understanding: Understanding
    public var reply: Reply
    public var state: DialogueState
    /// Whether the advisor said goodbye: the policy decides it once, and the chat ends on it.
    public var endsConversation: Bool

    public init(utterance: String, understanding: Understanding, reply: Reply, state: DialogueState, endsConversation: Bool = false) {
        self.utterance = utterance
        self.understanding = understanding
        self.reply = reply
        self.state = state
        self.endsConversation = endsConversation
    }
}
