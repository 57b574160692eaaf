/// What the advisor decided to do with one utterance; the ``Responder`` turns it into words.
public enum DialogueAction: Hashable, Sendable {
    /// Answer a question about MLOps careers.
    case answer(Question)
    /// Ask for something the answer depends on; the question is kept in the state.
    case ask(FollowUpQuestion)
    /// "Did you mean X or Y?" for an utterance the classifier is unsure about.
    case clarify(FollowUpQuestion)
    /// Acknowledge what the person said about themselves.
    case noted([ProfileChange])
    case greet
    case thank
    case sayGoodbye
    case help
    case reset
    /// Say what the advisor can help with, without figures.
    case outOfScope
    /// The person said no to the advisor's question or offer.
    case declined
    /// "yes" or "no" when the advisor had asked nothing.
    case nothingToConfirm
    /// An empty or blank line.
    case emptyInput
    /// A message written mostly in another script: the advisor reads English only.
    case onlyEnglish
    /// "Why do the numbers differ?": where the sources disagree, each figure with its source.
    case explainDisagreements
    /// "Are certs more important than projects?": what the sources say about the two, then projects;
    /// what the message names that the articles lack is admitted first.
    case weighCertificationsAgainstProjects(Entities)
    /// Offer the questions of a long message that were not answered yet.
    case offerDeferred([String])
    /// The person accepted the offer: the ``Advisor`` understands these questions and answers them.
    case answerDeferred([String])
    /// A message about MLOps careers that no kind of answer fits: the facts that match it best,
    /// each with its source.
    case answerFromFacts(Question)
    /// "more": the rest of the last answer (``DialogueState/more``); the ``Advisor`` shows it.
    case continueAnswer
    /// "more" when nothing of the last answer is left.
    case nothingMore

    /// A question with everything the answer depends on already resolved.
    public struct Question: Hashable, Sendable {
        public var intent: Intent
        /// The entities to answer for: those named, carried over, or taken from the profile.
        public var entities: Entities
        /// The words of the question, shown as a heading when one message asks several.
        public var text: String?
        /// The options the question weighs against each other, answered each with what the
        /// articles say about it instead of the intent's usual answer.
        public var options: WeighedOptions?

        public init(intent: Intent, entities: Entities = Entities(), text: String? = nil, options: WeighedOptions? = nil) {
            self.intent = intent
            self.entities = entities
            self.text = text
            self.options = options
        }
    }
}

/// One slot of the profile that an utterance set, replaced or cleared.
public struct ProfileChange: Hashable, Sendable {
    public enum Slot: String, Hashable, Codable, Sendable, CaseIterable {
        case background, yearsOfExperience = "experience", hoursPerWeek = "hours", currentSalary = "salary"
        /// Tools known and certifications held, as ids joined by ", ".
        case alreadyKnown = "known"
    }

    public var slot: Slot
    /// The value before, as answers show it, or `nil` when the slot was empty.
    public var old: String?
    /// The value after, or `nil` when the slot was cleared.
    public var new: String?

    public init(slot: Slot, old: String?, new: String?) {
        self.slot = slot
        self.old = old
        self.new = new
    }
}

/// The actions for one utterance and the state after it.
public struct DialogueDecision: Hashable, Sendable {
    public var actions: [DialogueAction]
    public var state: DialogueState

    public init(actions: [DialogueAction], state: DialogueState) {
        self.actions = actions
        self.state = state
    }
}
