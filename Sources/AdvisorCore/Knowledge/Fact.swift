/// A statement from one source, written in the project's own words.
///
/// Facts are the unit of text answers: a bullet in a reply is a fact, and the reply cites
/// the fact's source. An optional ``label`` names what the fact is about (e.g. "Stability")
/// and an optional ``score`` carries a rating the source gives (the career-outlook scores).
/// A topic's facts carry a stable ``id`` (`lessons.specialise-early`), which retrieval,
/// the answer set and the article audit refer to; facts nested in other records may omit it.
/// Optional ``asks`` teach retrieval the words people ask with.
public struct Fact: Hashable, Codable, Sendable {
    public var id: String?
    public var text: String
    public var source: String
    public var label: String?
    public var score: Int?
    /// Words people ask with when they want this fact ("entry-level", "do I need a degree"), which
    /// its own text lacks: retrieval reads them, replies never show them.
    public var asks: [String]

    public init(id: String? = nil, text: String, source: String, label: String? = nil, score: Int? = nil, asks: [String] = []) {
        self.id = id
        self.text = text
        self.source = source
        self.label = label
        self.score = score
        self.asks = asks
    }
}
