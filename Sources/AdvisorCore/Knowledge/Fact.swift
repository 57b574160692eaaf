/// A statement from one source, written in the project's own words.
///
/// Facts are the unit of text answers: a bullet in a reply is a fact, and the reply cites
/// the fact's source. An optional ``label`` names what the fact is about (e.g. "Stability")
/// and an optional ``score`` carries a rating the source gives (the career-outlook scores).
public struct Fact: Hashable, Codable, Sendable {
    public var text: String
    public var source: String
    public var label: String?
    public var score: Int?

    public init(text: String, source: String, label: String? = nil, score: Int? = nil) {
        self.text = text
        self.source = source
        self.label = label
        self.score = score
    }
}
