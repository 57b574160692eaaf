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

    public init(profile: Profile = Profile(), pending: FollowUpQuestion? = nil, lastIntent: Intent? = nil,
                lastEntities: Entities = Entities(), turn: Int = 0) {
        self.profile = profile
        self.pending = pending
        self.lastIntent = lastIntent
        self.lastEntities = lastEntities
        self.turn = turn
    }
}
