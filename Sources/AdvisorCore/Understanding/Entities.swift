/// The things an utterance names, resolved to knowledge-base ids where they have one.
///
/// Lists keep the order of mention ("compare frontend and backend" → `["frontend", "backend"]`).
/// Negated mentions ("I'm not a backend developer", "I don't want to learn Kubernetes") go to
/// the `negated…` lists and never fill the positive ones.
public struct Entities: Hashable, Codable, Sendable {
    /// ``Background`` ids.
    public var backgrounds: [String] = []
    public var negatedBackgrounds: [String] = []
    /// Backgrounds named as something other than what the person does: a role they want
    /// ("transition to ML engineer", "move into data science"), a title ("Python for DevOps"),
    /// an internship or course ("a 6 month devops internship"). They stay in `backgrounds` for
    /// the question, but never fill the profile.
    public var mentionedBackgrounds: [String] = []
    /// The message is a job title and little else ("devops engineer", "hi, data scientist here
    /// from lahore"): the person saying what they do.
    public var isTitleAlone = false
    /// A job the person says they have that the knowledge base does not know ("nurse").
    public var unknownBackground: String?
    /// The person's own job when no article has a path from it but its words hold a background
    /// they do describe ("Android developer": the software engineer's path is the closest).
    public var closestBackground: ClosestBackground?
    /// ``Tool`` ids.
    public var tools: [String] = []
    public var negatedTools: [String] = []
    /// ``ToolGroup`` ids ("monitoring", "ci-cd").
    public var toolGroups: [String] = []
    /// ``Certification`` ids.
    public var certifications: [String] = []
    /// Tools and certifications the person says they already know or hold ("I already know
    /// Kubernetes", "i have CKA"); they are also in `tools` and `certifications`.
    public var knownTools: [String] = []
    public var heldCertifications: [String] = []
    /// Seniority levels ("senior", "jr").
    public var levels: [SalaryLevel] = []
    /// Amounts of money with their currency and period, as said ("85k", "450k PKR a month").
    public var money: [Money] = []
    /// Durations in months ("6-9 months" → 6…9, "a year" → 12).
    public var durations: [MonthRange] = []
    public var hoursPerWeek: Int?
    public var yearsOfExperience: Int?
    /// What the message names that the articles do not cover, in order of mention.
    public var gaps: [Gap] = []

    public init() {}

    /// Whether nothing at all was recognised.
    public var isEmpty: Bool { self == Entities() }

    /// Whether the message names a certificate, course or book: one the knowledge base knows, or one
    /// it lacks (a `named` gap).
    public var namesACredential: Bool { !certifications.isEmpty || gaps.contains { $0.kind == .named } }
}

/// A job with no path of its own ("mobile developer", as the gap names it) and the known background
/// whose path is the closest the articles give (a background id, "software-engineer").
public struct ClosestBackground: Hashable, Codable, Sendable {
    public var job: String
    public var background: String

    public init(job: String, background: String) {
        self.job = job
        self.background = background
    }
}
