/// The things an utterance names, resolved to knowledge-base ids where they have one.
///
/// Lists keep the order of mention ("compare frontend and backend" → `["frontend", "backend"]`).
/// Negated mentions ("I'm not a backend developer", "I don't want to learn Kubernetes") go to
/// the `negated…` lists and never fill the positive ones.
public struct Entities: Hashable, Codable, Sendable {
    /// ``Background`` ids.
    public var backgrounds: [String] = []
    public var negatedBackgrounds: [String] = []
    /// A job the person says they have that the knowledge base does not know ("nurse").
    public var unknownBackground: String?
    /// ``Tool`` ids.
    public var tools: [String] = []
    public var negatedTools: [String] = []
    /// ``ToolGroup`` ids ("monitoring", "ci-cd").
    public var toolGroups: [String] = []
    /// ``Certification`` ids.
    public var certifications: [String] = []
    /// Seniority levels: entry, junior, mid, senior, lead, director.
    public var levels: [String] = []
    /// Amounts of money in dollars a year ("85k", "$85,000").
    public var money: [Int] = []
    /// Durations in months ("6-9 months" → 6…9, "a year" → 12).
    public var durations: [MonthRange] = []
    public var hoursPerWeek: Int?
    public var yearsOfExperience: Int?
    /// What the message names that the articles do not cover, in order of mention.
    public var gaps: [Gap] = []

    public init() {}

    /// Whether nothing at all was recognised.
    public var isEmpty: Bool { self == Entities() }
}
