/// What the advisor knows about the person it is talking to.
public struct Profile: Hashable, Codable, Sendable {
    /// What the person does today: a background the sources describe, or one they don't.
    public var background: StatedBackground?
    public var yearsOfExperience: Int?
    public var hoursPerWeek: Int?
    /// Current pay, in the currency and period the person gave.
    public var currentSalary: Money?
    /// ``Tool`` ids the person already knows and ``Certification`` ids they hold: plans and answers skip them.
    public var knownTools: [String]
    public var heldCertifications: [String]

    public init(
        background: StatedBackground? = nil, yearsOfExperience: Int? = nil, hoursPerWeek: Int? = nil,
        currentSalary: Money? = nil, knownTools: [String] = [], heldCertifications: [String] = []
    ) {
        self.knownTools = knownTools
        self.heldCertifications = heldCertifications
        self.background = background
        self.yearsOfExperience = yearsOfExperience
        self.hoursPerWeek = hoursPerWeek
        self.currentSalary = currentSalary
    }

    /// The ``Background`` id, when the background is one the sources describe.
    public var knownBackground: String? { background?.knownID }
    /// The person's words for a background the sources don't describe ("nurse").
    public var unknownBackground: String? { background?.unknownName }
}
