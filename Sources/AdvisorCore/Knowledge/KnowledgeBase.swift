/// Everything the advisor knows, loaded and validated once, then only read.
///
/// Build one with ``KnowledgeLoader``; every id a record refers to (a tool, a stage, a
/// source) is known to exist once loading succeeds.
public struct KnowledgeBase: Sendable {
    public var sources: [Source]
    public var backgrounds: [Background]
    public var paths: [TransitionPath]
    public var stages: [RoadmapStage]
    public var toolGroups: [ToolGroup]
    public var tools: [Tool]
    public var certifications: [Certification]
    public var salaries: [SalaryFigure]
    public var topics: [Topic]
    public var intents: [IntentDefinition]
    /// Words the program recognises, as data: what marks a message as about MLOps careers, what
    /// asks to go on ("more"). See ``WordList``.
    public var wordLists: [WordList]
    /// What the articles do not cover, for replies to admit (`gaps.yaml`).
    public var gaps: [GapTerm]
    /// Words and phrases that signal something in a message, by list.
    public var cues: [CueList]
    /// How people write pay (`Knowledge/currencies.yaml`): currencies, multiplying words, periods.
    public var currencies: [Currency]
    public var amountWords: [AmountWord]
    public var payPeriods: [PayPeriodWords]
    /// Groups of words people use for one thing, which retrieval reads as asking with each other (`Knowledge/related.yaml`).
    public var related: [RelatedWords]

    public init(
        sources: [Source], backgrounds: [Background], paths: [TransitionPath], stages: [RoadmapStage],
        toolGroups: [ToolGroup], tools: [Tool], certifications: [Certification], salaries: [SalaryFigure],
        topics: [Topic], intents: [IntentDefinition], gaps: [GapTerm] = [], cues: [CueList] = [],
        currencies: [Currency] = [], amountWords: [AmountWord] = [], payPeriods: [PayPeriodWords] = [],
        wordLists: [WordList] = [], related: [RelatedWords] = []
    ) {
        self.sources = sources
        self.backgrounds = backgrounds
        self.paths = paths
        self.stages = stages.sorted { $0.order < $1.order }
        self.toolGroups = toolGroups
        self.tools = tools
        self.certifications = certifications
        self.salaries = salaries
        self.topics = topics
        self.intents = intents
        self.wordLists = wordLists
        self.gaps = gaps
        self.cues = cues
        self.currencies = currencies
        self.amountWords = amountWords
        self.payPeriods = payPeriods
        self.related = related
    }
}

extension KnowledgeBase {
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
    public func background(_ id: String) -> Background? { backgrounds.first { $0.id == id } }
    public func path(_ id: String) -> TransitionPath? { paths.first { $0.id == id } }
    /// The transition paths that start from a background (one per source that describes it).
    public func paths(from background: String) -> [TransitionPath] { paths.filter { $0.backgrounds.contains(background) } }
    public func stage(_ id: String) -> RoadmapStage? { stages.first { $0.id == id } }
    public func tool(_ id: String) -> Tool? { tools.first { $0.id == id } }
    public func toolGroup(_ id: String) -> ToolGroup? { toolGroups.first { $0.id == id } }
    public func tools(in group: String) -> [Tool] { tools.filter { $0.groups.contains(group) } }
    public func certification(_ id: String) -> Certification? { certifications.first { $0.id == id } }
    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }
    /// The words of a word list, or none when the knowledge base has no such list.
    public func words(_ list: WordList.Name) -> [String] { wordLists.first { $0.id == list.rawValue }?.words ?? [] }
    /// The phrases of a cue list (empty when the knowledge base has none, as in small test fixtures).
    public func cues(_ id: CueList.ID) -> [String] { cues.filter { $0.id == id }.flatMap(\.phrases) }
    /// The phrases of a cue list as ``Normalizer`` reads them.
    public func cueWords(_ id: CueList.ID) -> [[String]] { cues.filter { $0.id == id }.flatMap(\.words) }
    /// The one-word phrases of a cue list as ``Normalizer`` reads them.
    public func cueWordSet(_ id: CueList.ID) -> Set<String> { Set(cueWords(id).compactMap { $0.count == 1 ? $0[0] : nil }) }
    public func currency(_ id: String) -> Currency? { currencies.first { $0.id == id } }
    /// A topic the advisor asks for by name (``TopicID``: `advisor check` requires each).
    public func topic(_ id: TopicID) -> Topic? { topic(id.rawValue) }
    /// Salary figures for a role, optionally narrowed to one level, in the order of the data.
    public func salaries(role: String = "mlops-engineer", level: SalaryLevel? = nil) -> [SalaryFigure] {
        salaries.filter { $0.role == role && (level == nil || $0.level == level) }
    }
}
