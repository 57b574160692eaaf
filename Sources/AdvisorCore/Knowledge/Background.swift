/// A job or field someone may be coming from, with the words people use for it.
///
/// Backgrounds are what the entity extractor recognises ("I'm a React developer" names
/// `frontend`); ``path`` links to the ``TransitionPath`` the sources describe for it, and is
/// `nil` for backgrounds the sources mention without a path of their own.
public struct Background: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    /// How answers name it: "frontend developer".
    public var name: String
    /// Other ways of saying it: "front-end", "react developer", "ui developer".
    public var synonyms: [String]
    /// The id of its transition path, if the sources give one.
    public var path: String?

    public init(id: String, name: String, synonyms: [String], path: String? = nil) {
        self.id = id
        self.name = name
        self.synonyms = synonyms
        self.path = path
    }
}
