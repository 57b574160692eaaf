/// A job or field someone may be coming from, with the words people use for it.
///
/// Backgrounds are what the entity extractor recognises ("I'm a React developer" names
/// `frontend`). The transition paths that start from a background name it in their
/// `backgrounds`; a background may have several (one per source) or none.
public struct Background: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// How answers name it: "frontend developer".
    public var name: String
    /// Other ways of saying it: "front-end", "react developer", "ui developer".
    public var synonyms: [String]

    public init(id: String, name: String, synonyms: [String]) {
        self.id = id
        self.name = name
        self.synonyms = synonyms
    }
}
