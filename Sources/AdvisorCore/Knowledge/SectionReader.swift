import Yams

/// Turns the sections of knowledge files into model values, noting where each id is defined.
struct SectionReader {
    let log: ProblemLog
    /// Every id defined, by kind, with where it was written (for duplicates and references).
    private(set) var definitions: [String: [(id: String, at: SourceLocation)]] = [:]

    private var sources: [Source] = []
    private var backgrounds: [Background] = []
    private var paths: [TransitionPath] = []
    private var stages: [RoadmapStage] = []
    private var toolGroups: [ToolGroup] = []
    private var tools: [Tool] = []
    private var certifications: [Certification] = []
    private var salaries: [SalaryFigure] = []
    private var topics: [Topic] = []
    private var intents: [IntentDefinition] = []
    private var wordLists: [WordList] = []
    private var related: [RelatedWords] = []
    /// Each related phrase's stemmed content words, with its group and where it was first written.
    private var relatedPhrases: [String: (group: String, at: SourceLocation)] = [:]
    /// Each related phrase's content words, with the phrase and where it was written.
    private var relatedTerms: [(terms: [String], phrase: String, at: SourceLocation)] = []
    private var gaps: [GapTerm] = []
    private var cues: [CueList] = []
    /// Every phrase of a gap term, with its kind and where it was written, for the checks across files.
    private(set) var gapPhrases: [(phrase: String, kind: Gap.Kind, at: SourceLocation)] = []
    private var currencies: [Currency] = []
    private var amountWords: [AmountWord] = []
    private var payPeriods: [PayPeriodWords] = []
    private(set) var seenSections: Set<String> = []

    init(log: ProblemLog) {
        self.log = log
    }

    mutating func read(_ root: Node, file: String) {
        for (key, value) in root.mapping ?? [:] {
            let name = key.string ?? ""
            let at = KnowledgeRecord.location(of: key, in: file)
            guard KnowledgeLoader.sections.contains(name) else {
                log.report(.unknownSection(at, key: name, suggestion: name.closest(among: KnowledgeLoader.sections)))
                continue
            }
            seenSections.insert(name)
            guard let items = value.sequence else {
                log.report(.wrongType(at, field: name, expected: "a list (`- ` items)"))
                continue
            }
            let kind = Self.kind(ofSection: name)
            for item in items {
                guard let record = KnowledgeRecord(item, kind: kind, file: file, log: log) else { continue }
                read(record, section: name)
            }
        }
    }

    /// The singular name used in messages for a record of a section.
    static func kind(ofSection section: String) -> String {
        switch section {
        case "sources": "source"
        case "backgrounds": "background"
        case "paths": "path"
        case "stages": "stage"
        case "toolGroups": "tool group"
        case "tools": "tool"
        case "certifications": "certification"
        case "salaries": "salary"
        case "topics": "topic"
        case "wordLists": "word list"
        case "related": "related words"
        case "gaps": "gap"
        case "cues": "cue list"
        case "currencies": "currency"
        case "amountWords": "amount word"
        case "payPeriods": "pay period"
        default: "intent"
        }
    }

    private mutating func define(_ kind: String, _ record: KnowledgeRecord, field: String = "id") -> String {
        let id = record.string(field)
        if !id.isEmpty { definitions[kind, default: []].append((id, record.location(of: field))) }
        return id
    }

    private mutating func read(_ r: KnowledgeRecord, section: String) {
        switch section {
        case "sources":
            r.allowOnly(["id", "title", "publisher", "file", "covers"])
            sources.append(
                Source(
                    id: define("source", r), title: r.string("title"), publisher: r.string("publisher"),
                    file: r.string("file"), covers: r.string("covers")))
        case "backgrounds":
            r.allowOnly(["id", "name", "synonyms", "shortForms"])
            backgrounds.append(
                Background(
                    id: define("background", r), name: r.string("name"),
                    synonyms: r.strings("synonyms"), shortForms: r.strings("shortForms")))
        case "paths":
            readPath(r)
        case "stages":
            r.allowOnly(["id", "order", "title", "duration", "summary", "skills", "tools", "salary", "source", "asks"])
            let id = define("stage", r)
            if r.months("duration") == nil, !r.has("duration") {
                log.report(.missingField(r.location, field: "duration", record: "this stage"))
            }
            stages.append(
                RoadmapStage(
                    id: id, order: r.int("order") ?? 0, title: r.string("title"), duration: r.months("duration") ?? .zero,
                    summary: r.string("summary"), skills: r.strings("skills", required: true),
                    tools: r.references("tools", to: "tool"), salary: r.money("salary"),
                    source: r.reference("source", to: "source") ?? "", asks: r.asks()))
        case "toolGroups":
            r.allowOnly(["id", "name", "aliases", "summary", "sources", "asks"])
            toolGroups.append(
                ToolGroup(
                    id: define("tool group", r), name: r.string("name"), aliases: r.strings("aliases"),
                    summary: r.string("summary"), sources: r.references("sources", to: "source", required: true),
                    asks: r.asks()))
        case "tools":
            r.allowOnly(["id", "name", "aliases", "groups", "purpose", "sources", "asks"])
            tools.append(
                Tool(
                    id: define("tool", r), name: r.string("name"), aliases: r.strings("aliases"),
                    groups: r.references("groups", to: "tool group", required: true), purpose: r.string("purpose"),
                    sources: r.references("sources", to: "source", required: true), asks: r.asks()))
        case "certifications":
            r.allowOnly([
                "id", "name", "aliases", "salaryEffectDollars", "salaryEffectPercent", "replaces", "replacedBy", "notes", "source",
                "asks",
            ])
            certifications.append(
                Certification(
                    id: define("certification", r), name: r.string("name"), aliases: r.strings("aliases"),
                    salaryEffectDollars: r.int("salaryEffectDollars"), salaryEffectPercent: r.int("salaryEffectPercent"),
                    replaces: r.reference("replaces", to: "certification", required: false),
                    replacedBy: r.reference("replacedBy", to: "certification", required: false),
                    notes: r.facts("notes"), source: r.reference("source", to: "source") ?? "", asks: r.asks()))
        case "salaries":
            r.allowOnly(["role", "level", "title", "salary", "note", "source", "asks"])
            let name = r.string("level")
            let level = SalaryLevel(rawValue: name)
            if !name.isEmpty, level == nil {
                log.report(
                    .unknownReference(
                        r.location(of: "level"), kind: "salary level", id: name,
                        suggestion: name.closest(among: SalaryLevel.allCases.map(\.rawValue).sorted())))
            }
            let figure = SalaryFigure(
                role: r.string("role"), level: level ?? .overall, title: r.string("title"),
                salary: r.money("salary"), note: r.optionalString("note"),
                source: r.reference("source", to: "source") ?? "", asks: r.asks())
            // A figure without a known level is reported above and left out.
            if level != nil { salaries.append(figure) }
        case "topics":
            r.allowOnly(["id", "title", "facts"])
            let id = define("topic", r)
            // Every topic fact is a retrievable unit with an id of its own.
            let facts = r.factRecords("facts", required: true).map { fact, record in
                _ = define("fact", record)
                return fact
            }
            topics.append(Topic(id: id, title: r.string("title"), facts: facts))
        case "wordLists":
            r.allowOnly(["id", "description", "words"])
            let id = define("word list", r)
            let names = WordList.Name.allCases.map(\.rawValue)
            if !names.contains(id) {
                log.report(.unknownWordList(r.location(of: "id"), id: id, suggestion: id.closest(among: names)))
            }
            let words = r.strings("words", required: true)
            // A word the corrector leaves alone is compared with one typed word.
            if id == WordList.Name.notTypos.rawValue {
                for (word, at) in zip(words, r.itemLocations("words")) {
                    let tokens = Normalizer.tokens(word)
                    if tokens.count != 1 || tokens[0].kind != .word || tokens[0].text != word {
                        log.report(.notOneWord(at, list: id, phrase: word))
                    }
                }
            }
            // The splitter compares these with one typed word ("what's" as typed after a comma).
            if WordList.Name.howSentencesAsk.contains(where: { $0.rawValue == id }) {
                for (word, at) in zip(words, r.itemLocations("words"))
                where word.isEmpty || word != word.lowercased() || word.contains(where: { $0.isWhitespace }) {
                    log.report(.notOneWord(at, list: id, phrase: word))
                }
            }
            wordLists.append(WordList(id: id, description: r.string("description"), words: words))
        case "related":
            r.allowOnly(["id", "words", "topics"])
            let id = define("related words", r)
            let words = r.asks("words")
            if !r.has("words") {
                log.report(.missingField(r.location, field: "words", record: "this group of related words"))
            } else if words.count < 2 {
                log.report(.tooFewRelatedWords(r.location(of: "words"), group: id))
            }
            // A phrase in two groups would tie them into one: list it where it belongs.
            var inThisGroup: Set<String> = []
            for (phrase, at) in zip(words, r.itemLocations("words")) {
                let terms = FactIndex.terms(phrase)
                // Checked once the question words are read (``reportPhrasesOfQuestionWordsOnly()``).
                if !terms.isEmpty { relatedTerms.append((terms, phrase, at)) }
                let key = terms.sorted().joined(separator: " ")
                guard !key.isEmpty, inThisGroup.insert(key).inserted else { continue }
                if let (group, earlier) = relatedPhrases[key] {
                    log.report(.relatedPhraseInTwoGroups(at, phrase: phrase, group: group, first: earlier))
                } else {
                    relatedPhrases[key] = (id, at)
                }
            }
            related.append(RelatedWords(id: id, words: words, topics: r.references("topics", to: "topic")))
        case "gaps":
            readGap(r)
        case "cues":
            r.allowOnly(["id", "phrases"])
            let name = define("cue list", r)
            let phrases = r.strings("phrases", required: true)
            guard let id = CueList.ID(rawValue: name) else {
                if !name.isEmpty {
                    log.report(
                        .unknownReference(
                            r.location(of: "id"), kind: "cue list", id: name,
                            suggestion: name.closest(among: CueList.ID.allCases.map(\.rawValue))))
                }
                return
            }
            cues.append(CueList(id: id, phrases: phrases))
        case "currencies":
            r.allowOnly(["id", "name", "symbols", "words"])
            currencies.append(
                Currency(
                    id: define("currency", r), name: r.string("name"), symbols: r.strings("symbols"),
                    words: r.strings("words", required: true)))
        case "amountWords":
            r.allowOnly(["words", "factor", "currency", "period"])
            amountWords.append(
                AmountWord(
                    words: r.strings("words", required: true), factor: Double(r.int("factor") ?? 1),
                    currency: r.reference("currency", to: "currency", required: false),
                    period: payPeriod(r, required: false)))
        case "payPeriods":
            r.allowOnly(["period", "words"])
            if let period = payPeriod(r, required: true) {
                payPeriods.append(PayPeriodWords(period: period, words: r.strings("words", required: true)))
            }
        default:
            r.allowOnly(["intent", "description", "keywords", "examples"])
            let name = define("intent", r, field: "intent")
            guard let intent = Intent(rawValue: name) else {
                if !name.isEmpty {
                    log.report(
                        .unknownReference(
                            r.location(of: "intent"), kind: "intent", id: name,
                            suggestion: name.closest(among: Intent.allCases.map(\.rawValue))))
                }
                return
            }
            intents.append(
                IntentDefinition(
                    intent: intent, description: r.string("description"),
                    keywords: r.strings("keywords"), examples: r.strings("examples", required: true)))
        }
    }

    private mutating func readGap(_ r: KnowledgeRecord) {
        r.allowOnly(["kind", "name", "aliases", "contrasted"])
        let name = r.string("kind")
        let kinds: [Gap.Kind] = [.country, .role, .named, .topic]
        guard let kind = Gap.Kind(rawValue: name), kinds.contains(kind) else {
            if !name.isEmpty {
                log.report(
                    .unknownReference(
                        r.location(of: "kind"), kind: "gap kind", id: name,
                        suggestion: name.closest(among: kinds.map(\.rawValue))))
            }
            return
        }
        let gap = GapTerm(kind: kind, name: r.string("name"), aliases: r.strings("aliases"), contrasted: r.bool("contrasted"))
        gapPhrases.append((gap.name, kind, r.location(of: "name")))
        for (alias, at) in zip(gap.aliases, r.itemLocations("aliases")) { gapPhrases.append((alias, kind, at)) }
        gaps.append(gap)
    }

    /// The record's `period`: one of ``Money/Period``'s cases.
    private func payPeriod(_ r: KnowledgeRecord, required: Bool) -> Money.Period? {
        guard required || r.has("period") else { return nil }
        let name = r.string("period")
        guard let period = Money.Period(rawValue: name) else {
            if !name.isEmpty {
                let known = Money.Period.allCases.map(\.rawValue)
                log.report(
                    .unknownReference(r.location(of: "period"), kind: "pay period", id: name, suggestion: name.closest(among: known)))
            }
            return nil
        }
        return period
    }

    private mutating func readPath(_ r: KnowledgeRecord) {
        r.allowOnly([
            "id", "backgrounds", "title", "source", "duration", "difficulty", "salaryUplift", "summary",
            "carriesOver", "gaps", "toolsToLearn", "skipStages", "phases", "salaryMilestones", "notes", "asks",
            "carriesOverAsks", "gapsAsks", "toolsToLearnAsks",
        ])
        let id = define("path", r)
        let skips = r.records("skipStages", kind: "stage skip").map { s in
            s.allowOnly(["stage", "reason", "source", "asks"])
            return StageSkip(
                stage: s.reference("stage", to: "stage") ?? "", reason: s.string("reason"),
                source: s.reference("source", to: "source") ?? "", asks: s.asks())
        }
        let phases = r.records("phases", kind: "phase").map { p in
            p.allowOnly(["title", "months", "goal", "tools", "details", "source", "asks"])
            if !p.has("months") { log.report(.missingField(p.location, field: "months", record: "this phase")) }
            return Phase(
                title: p.string("title"), months: p.months("months") ?? .zero, goal: p.string("goal"),
                tools: p.references("tools", to: "tool"), details: p.strings("details"),
                source: p.reference("source", to: "source") ?? "", asks: p.asks())
        }
        let milestones = r.records("salaryMilestones", kind: "salary milestone").map { m in
            m.allowOnly(["label", "salary", "note", "source", "asks"])
            if !m.has("salary") { log.report(.missingField(m.location, field: "salary", record: "this milestone")) }
            return SalaryMilestone(
                label: m.string("label"), salary: m.money("salary") ?? MoneyRange(min: 0),
                note: m.optionalString("note"), source: m.reference("source", to: "source") ?? "", asks: m.asks())
        }
        paths.append(
            TransitionPath(
                id: id, backgrounds: r.references("backgrounds", to: "background", required: true), title: r.string("title"),
                source: r.reference("source", to: "source") ?? "", duration: r.months("duration"),
                difficulty: r.optionalString("difficulty"), salaryUplift: r.percent("salaryUplift"),
                summary: r.string("summary"), carriesOver: r.strings("carriesOver"), gaps: r.strings("gaps"),
                toolsToLearn: r.references("toolsToLearn", to: "tool"), skipStages: skips, phases: phases,
                salaryMilestones: milestones, notes: r.facts("notes"), asks: r.asks(),
                carriesOverAsks: r.asks("carriesOverAsks"), gapsAsks: r.asks("gapsAsks"),
                toolsToLearnAsks: r.asks("toolsToLearnAsks")))
    }

    /// Reports each related phrase that holds only question words (`question-words`,
    /// `opening-question-words`): "what they do" is "what" once its small words go, and would
    /// fire on every question. Run once every file is read, since the word lists may come after.
    func reportPhrasesOfQuestionWordsOnly() {
        let lists = wordLists
        let words = QuestionWords { name in lists.first { $0.id == name.rawValue }?.words ?? [] }
        for (terms, phrase, at) in relatedTerms where terms.allSatisfy(words.isQuestionWord) {
            log.report(.relatedPhraseOnlyQuestionWords(at, phrase: phrase))
        }
    }

    func knowledgeBase() -> KnowledgeBase {
        KnowledgeBase(
            sources: sources, backgrounds: backgrounds, paths: paths, stages: stages, toolGroups: toolGroups,
            tools: tools, certifications: certifications, salaries: salaries, topics: topics, intents: intents,
            gaps: gaps, cues: cues, currencies: currencies, amountWords: amountWords, payPeriods: payPeriods,
            wordLists: wordLists, related: related)
    }
}
