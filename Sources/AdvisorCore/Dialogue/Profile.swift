/// What the advisor knows about the person it is talking to.
public struct Profile: Hashable, Codable, Sendable {
    /// A ``Background`` id.
    public var background: String?
    /// A background the sources do not cover, in the person's words ("nurse").
    public var unknownBackground: String?
    public var yearsOfExperience: Int?
    public var hoursPerWeek: Int?
    /// Current yearly salary in dollars.
    public var currentSalary: Int?

    public init(background: String? = nil, unknownBackground: String? = nil, yearsOfExperience: Int? = nil,
                hoursPerWeek: Int? = nil, currentSalary: Int? = nil) {
        self.background = background
        self.unknownBackground = unknownBackground
        self.yearsOfExperience = yearsOfExperience
        self.hoursPerWeek = hoursPerWeek
        self.currentSalary = currentSalary
    }
}
