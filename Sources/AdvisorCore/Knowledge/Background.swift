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
    /// The short forms people type for the job ("ds", "sde", "fe dev"): the entity extractor
    /// reads them as the job; retrieval, the classifier and replies do not use them as names.
    public var shortForms: [String]

    public init(id: String, name: String, synonyms: [String], shortForms: [String] = []) {
        self.id = id
        self.name = name
        self.synonyms = synonyms
        self.shortForms = shortForms
    }
}
