/// The smallest piece of knowledge a reply can quote: one sourced statement with a stable id.
///
/// Units are built from the ``KnowledgeBase`` (``KnowledgeBase/factUnits``) following the id
/// scheme of `Knowledge/README.md` ("Fact units"): a topic fact keeps the id written in
/// `topics.yaml`; a path is `path.<id>`, a stage `stage.<id>`, a tool `tool.<id>`, a salary
/// figure `salary.<source>.<role>.<level>` and so on. ``FactIndex`` ranks them by what a question
/// names; a ``Reply`` records the ids it shows, which `advisor eval --answers` checks.
public struct FactUnit: Hashable, Codable, Sendable, Identifiable {
    /// What part of the knowledge base a unit comes from.
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        case topicFact
        case path, pathCarriesOver, pathGaps, pathTools, pathSkip, pathPhase, pathMilestone, pathNote
        case stage
        case tool, toolGroup
        case certification, certificationNote
        case salary

        /// Whether the unit is part of a transition path (its summary, skills, stages or notes).
        public var isPath: Bool {
            [.path, .pathCarriesOver, .pathGaps, .pathTools, .pathSkip, .pathPhase, .pathMilestone, .pathNote].contains(self)
        }
    }

    /// What a unit is about, for boosting the units a question names.
    public struct Tags: Hashable, Codable, Sendable {
        /// The topic id of a topic fact, or the record family ("paths", "roadmap", "tools", …).
        public var topic: String
        /// ``Background`` ids the unit speaks of.
        public var backgrounds: [String] = []
        /// ``Tool`` ids the unit names.
        public var tools: [String] = []
        /// ``ToolGroup`` ids the unit names.
        public var toolGroups: [String] = []
        /// ``Certification`` ids the unit names.
        public var certifications: [String] = []
        /// Roles the unit speaks of (`mlops-engineer`, `ml-engineer`, …).
        public var roles: [String] = []
        /// A salary level (`entry` … `director`, `overall`).
        public var level: String?

        public init(
            topic: String, backgrounds: [String] = [], tools: [String] = [], toolGroups: [String] = [],
            certifications: [String] = [], roles: [String] = [], level: String? = nil
        ) {
            self.topic = topic
            self.backgrounds = backgrounds
            self.tools = tools
            self.toolGroups = toolGroups
            self.certifications = certifications
            self.roles = roles
            self.level = level
        }
    }

    /// The topic ids of units that come from records rather than from a topic of `topics.yaml`
    /// (``Tags/topic``): what a group of related words may name besides the topics.
    public static let recordFamilies = ["paths", "roadmap", "tools", "certifications", "salary"]

    public var id: String
    public var kind: Kind
    /// The source id the unit's words and figures come from.
    public var source: String
    /// The unit as a reply line, without its citation ("Backend developer to MLOps: 6–9 months, +30%").
    public var text: String
    public var tags: Tags
    /// Words retrieval reads besides the text and replies never show: the words people ask with
    /// (a fact's `asks`), a stage's skills.
    public var words: [String]

    public init(id: String, kind: Kind, source: String, text: String, tags: Tags, words: [String] = []) {
        self.id = id
        self.kind = kind
        self.source = source
        self.text = text
        self.tags = tags
        self.words = words
    }
}
