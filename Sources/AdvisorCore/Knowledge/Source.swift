/// One of the articles the knowledge base is drawn from.
///
/// Every figure and fact in the knowledge base names the source it came from by ``id``;
/// answers show the ``title`` and ``publisher`` next to the figures they cite.
public struct Source: Hashable, Codable, Sendable, Identifiable {
    /// A short stable identifier, e.g. `transition-paths`.
    public var id: String
    /// The article's title.
    public var title: String
    /// Who published it, as the article names itself.
    public var publisher: String
    /// The file in `shared/sources/` the article was read from.
    public var file: String
    /// What the article covers, in one or two sentences.
    public var covers: String

    public init(id: String, title: String, publisher: String, file: String, covers: String) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.file = file
        self.covers = covers
    }
}
