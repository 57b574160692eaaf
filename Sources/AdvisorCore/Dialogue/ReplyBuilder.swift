/// Collects the blocks of a reply and the sources it cites, in order of first citation.
struct ReplyBuilder {
    let knowledge: KnowledgeBase
    private(set) var blocks: [Reply.Block] = []
    private(set) var cited: [String] = []
    var followUp: String?

    init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// Notes a source as cited and returns its id, for inline "(transition-paths)" references.
    @discardableResult
    mutating func cite(_ id: String) -> String {
        if !id.isEmpty, !cited.contains(id) { cited.append(id) }
        return id
    }

    /// Cites several sources and returns "(a, b)".
    mutating func citing(_ ids: [String]) -> String {
        var unique: [String] = []
        for id in ids where !id.isEmpty && !unique.contains(id) { unique.append(cite(id)) }
        return unique.isEmpty ? "" : "(\(unique.joined(separator: ", ")))"
    }

    mutating func add(_ block: Reply.Block) { blocks.append(block) }

    mutating func headline(_ text: String) { blocks.append(.headline(text)) }
    mutating func heading(_ text: String) { blocks.append(.heading(text)) }
    mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    mutating func note(_ text: String) { blocks.append(.note(text)) }

    mutating func bullets(_ items: [String]) {
        if !items.isEmpty { blocks.append(.bullets(items)) }
    }

    /// A fact as a line that names its source.
    mutating func line(_ fact: Fact) -> String {
        let label = fact.label.map { "\($0)" + (fact.score.map { " (\($0)/10)" } ?? "") + ": " } ?? ""
        let text = fact.text.hasSuffix(".") ? String(fact.text.dropLast()) : fact.text
        return "\(label)\(text) \(citing([fact.source]))"
    }

    /// The main part only: blocks up to the first heading, lists cut to ``compactListLength``
    /// items; citations kept only for what is still shown.
    func compacted() -> ReplyBuilder {
        var short = ReplyBuilder(knowledge: knowledge)
        for block in blocks {
            if case .heading = block { break }
            if case let .bullets(items) = block {
                short.add(.bullets(Array(items.prefix(Self.compactListLength))))
            } else {
                short.add(block)
            }
        }
        let shown = short.blocks.description
        for id in cited where shown.contains(id) {
            short.cite(id)
        }
        short.followUp = followUp
        return short
    }

    static let compactListLength = 3

    /// Appends the blocks and citations of another reply.
    mutating func append(_ other: ReplyBuilder) {
        blocks += other.blocks
        for id in other.cited { cite(id) }
        if let question = other.followUp { followUp = question }
    }

    /// The reply, ending with the references of every source cited.
    func build() -> Reply {
        var blocks = self.blocks
        let references = cited.compactMap { id in
            knowledge.source(id).map { Reply.SourceReference(id: $0.id, title: $0.title, publisher: $0.publisher) }
        }
        if !references.isEmpty { blocks.append(.sources(references)) }
        if let followUp { blocks.append(.paragraph(followUp)) }
        return Reply(blocks: blocks, sources: cited, followUp: followUp)
    }
}
