/// Everything the advisor remembers between turns, as a plain value (serialisable to JSON).
public struct DialogueState: Hashable, Codable, Sendable {
    public var profile: Profile
    /// The question the advisor is waiting on, if any.
    public var pending: FollowUpQuestion?
    /// The last answered intent and its entities, for "and the salary?" / "what about frontend?".
    public var lastIntent: Intent?
    public var lastEntities: Entities
    /// How many turns have been taken.
    public var turn: Int
    /// Questions from a long message that were offered rather than answered, in order.
    public var deferredQuestions: [String]
    /// What did not fit on the last answer's screen, shown by "more" (``Reply/hasMore``).
    public var more: Reply?
    /// The number slot the last statement set (salary, hours, experience), which a correction
    /// with a bare number changes: "10 hrs a week" then "actually make that 15".
    public var lastNumberSlot: ProfileChange.Slot?
    /// The options the last answer weighed, which "what about data engineering?" adds to.
    public var lastOptions: WeighedOptions?

    public init(
        profile: Profile = Profile(), pending: FollowUpQuestion? = nil, lastIntent: Intent? = nil,
        lastEntities: Entities = Entities(), turn: Int = 0, deferredQuestions: [String] = [], more: Reply? = nil
    ) {
        self.profile = profile
        self.pending = pending
        self.lastIntent = lastIntent
        self.lastEntities = lastEntities
        self.turn = turn
        self.deferredQuestions = deferredQuestions
        self.more = more
    }

    private enum CodingKeys: String, CodingKey {
        case profile, pending, lastIntent, lastEntities, turn, deferredQuestions, lastNumberSlot, more, lastOptions
    }

    /// Reads a state, treating fields added after a state was saved as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        profile = try container.decodeIfPresent(Profile.self, forKey: .profile) ?? Profile()
        pending = try container.decodeIfPresent(FollowUpQuestion.self, forKey: .pending)
        lastIntent = try container.decodeIfPresent(Intent.self, forKey: .lastIntent)
        lastEntities = try container.decodeIfPresent(Entities.self, forKey: .lastEntities) ?? Entities()
        turn = try container.decodeIfPresent(Int.self, forKey: .turn) ?? 0
        deferredQuestions = try container.decodeIfPresent([String].self, forKey: .deferredQuestions) ?? []
        more = try container.decodeIfPresent(Reply.self, forKey: .more)
        lastNumberSlot = try container.decodeIfPresent(ProfileChange.Slot.self, forKey: .lastNumberSlot)
        lastOptions = try container.decodeIfPresent(WeighedOptions.self, forKey: .lastOptions)
    }
}
