/// An intent's training data: example utterances and the keywords that add evidence for it.
public struct IntentDefinition: Hashable, Codable, Sendable {
    public var intent: Intent
    /// What the intent means, for people editing the data.
    public var description: String
    /// Words or phrases (normalised like utterances) whose presence is evidence for the intent.
    public var keywords: [String]
    /// Example utterances, in the style people really type.
    public var examples: [String]

    public init(intent: Intent, description: String, keywords: [String], examples: [String]) {
        self.intent = intent
        self.description = description
        self.keywords = keywords
        self.examples = examples
    }
}

/// One utterance of the labelled test set, kept apart from the training examples.
public struct LabelledUtterance: Hashable, Codable, Sendable {
    public var text: String
    public var intent: Intent
    /// Expected entities by kind: `background`, `tool`, `certification`, `level`, … → ids or values.
    public var entities: [String: [String]]

    public init(text: String, intent: Intent, entities: [String: [String]] = [:]) {
        self.text = text
        self.intent = intent
        self.entities = entities
    }
}
