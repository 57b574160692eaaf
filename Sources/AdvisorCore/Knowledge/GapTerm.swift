/// Something the five articles do not cover, with the words people type for it (`gaps.yaml`).
///
/// When a message names one, the reply opens by saying the articles are silent on it
/// (``Gap``). Countries, named courses and tools, and topics are gaps wherever they are named;
/// a role is one only as the person's aim, when the knowledge base knows it as a background
/// (see ``GapFinder``).
public struct GapTerm: Hashable, Codable, Sendable {
    /// What kind of thing it is: a country, a role, a named thing or a topic.
    public var kind: Gap.Kind
    /// How a reply names it: "Pakistan", "data engineer", "Udemy", "small businesses".
    public var name: String
    /// Other lower-case phrases people type for it ("pakistani", "karachi").
    public var aliases: [String]
    /// For a role the articles set against MLOps ("ML engineers build models, MLOps engineers
    /// run them"): weighing it against MLOps is covered, only aiming at it is a gap.
    public var contrasted: Bool

    public init(kind: Gap.Kind, name: String, aliases: [String] = [], contrasted: Bool = false) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.contrasted = contrasted
    }

    /// The name and the aliases: every phrase that names it.
    public var phrases: [String] { [name] + aliases }
}
