/// A question the advisor asked because an answer depends on something it doesn't know yet.
///
/// It remembers the question that prompted it, so that a one-word reply ("frontend")
/// answers the original question.
public struct FollowUpQuestion: Hashable, Codable, Sendable {
    /// What is being asked for.
    public enum Slot: String, Hashable, Codable, Sendable {
        case background, currentSalary, clarification
        /// A yes/no offer ("Shall I answer the rest?"): yes answers `pendingIntent`, or the
        /// state's deferred questions when there are any.
        case confirmation
    }

    public var slot: Slot
    /// The question as shown to the user.
    public var text: String
    /// The intent of the question that is waiting for the answer.
    public var pendingIntent: Intent
    /// The entities of that question.
    public var pendingEntities: Entities
    /// For a clarification: the intents offered ("did you mean X or Y?").
    public var options: [Intent]

    public init(slot: Slot, text: String, pendingIntent: Intent, pendingEntities: Entities = Entities(), options: [Intent] = []) {
        self.slot = slot
        self.text = text
        self.pendingIntent = pendingIntent
        self.pendingEntities = pendingEntities
        self.options = options
    }
}
