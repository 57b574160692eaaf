/// Checks what no single record can check alone: duplicate ids, references between records,
/// and the sections and topics the advisor relies on.
struct KnowledgeValidator {
    let log: ProblemLog
    /// The knowledge folder as messages name it (`Knowledge`), for problems that belong to no
    /// line: a missing section is reported against the file that usually holds it.
    let folder: String

    /// The file that holds a section by convention: `stages` live in roadmap.yaml.
    static func conventionalFile(of section: String) -> String {
        switch section {
        case "stages": "roadmap.yaml"
        case "toolGroups": "tools.yaml"
        default: "\(section).yaml"
        }
    }

    /// Reports duplicate ids; with `acrossFiles`, also unknown references, missing sections and
    /// missing required topics (pointless while some file could not be parsed).
    func validate(
        _ base: KnowledgeBase, definitions: [String: [(id: String, at: SourceLocation)]],
        gapPhrases: [(phrase: String, kind: Gap.Kind, at: SourceLocation)] = [], acrossFiles: Bool = true
    ) {
        for (kind, defined) in definitions.sorted(by: { $0.key < $1.key }) {
            var first: [String: SourceLocation] = [:]
            for (id, at) in defined {
                if let earlier = first[id] {
                    log.report(.duplicateID(at, kind: kind, id: id, first: earlier))
                } else {
                    first[id] = at
                }
            }
        }
        guard acrossFiles else { return }
        for (kind, id, at) in log.references {
            // A related-words group may name a record family ("salary") as well as a topic.
            let known = (definitions[kind]?.map(\.id) ?? []) + (kind == "topic" ? FactUnit.recordFamilies : [])
            // A topic the advisor needs is reported once, as missing, below.
            if !known.contains(id), !(kind == "topic" && TopicID(rawValue: id) != nil) {
                log.report(.unknownReference(at, kind: kind, id: id, suggestion: id.closest(among: known)))
            }
        }
        let present: [(String, Bool)] = [
            ("sources", !base.sources.isEmpty), ("backgrounds", !base.backgrounds.isEmpty),
            ("paths", !base.paths.isEmpty), ("stages", !base.stages.isEmpty), ("tools", !base.tools.isEmpty),
            ("certifications", !base.certifications.isEmpty), ("salaries", !base.salaries.isEmpty),
            ("topics", !base.topics.isEmpty), ("intents", !base.intents.isEmpty),
        ]
        let hasProblems = !log.problems.isEmpty
        for (section, isPresent) in present where !isPresent {
            log.report(.missingSection(kind: section, expectedIn: "\(folder)/\(Self.conventionalFile(of: section))"))
        }
        if !base.topics.isEmpty || !hasProblems {
            let ids = Set(base.topics.map(\.id))
            for id in TopicID.allCases where !ids.contains(id.rawValue) {
                log.report(.missingTopic(id: id.rawValue, expectedIn: "\(folder)/topics.yaml"))
            }
        }
        let cueIDs = Set(base.cues.map(\.id))
        for id in CueList.ID.allCases where !cueIDs.contains(id) {
            let file = id.rawValue.hasPrefix("gap-") || id.rawValue.hasPrefix("age-") ? "gaps.yaml" : "cues.yaml"
            log.report(.missingCueList(id: id.rawValue, expectedIn: "\(folder)/\(file)"))
        }
        let listIDs = Set(base.wordLists.map(\.id))
        for name in WordList.Name.howSentencesAsk where !listIDs.contains(name.rawValue) {
            log.report(.missingWordList(id: name.rawValue, expectedIn: "\(folder)/words.yaml"))
        }
        validateGaps(base, gapPhrases)
    }

    /// A gap phrase is listed once, and names nothing the knowledge base holds: a country, a
    /// course or a topic that a fact, a tool or a certification names is no gap.
    private func validateGaps(_ base: KnowledgeBase, _ phrases: [(phrase: String, kind: Gap.Kind, at: SourceLocation)]) {
        guard !phrases.isEmpty else { return }
        let vocabulary = KnowledgeVocabulary(knowledge: base)
        // "r", "go": ambiguous alone, a gap only in company ("R programming"), whatever else the word means.
        let ambiguous = Set(base.cueWords(.gapNamedNeedsCompany).map { $0.map(Stemmer.stem).joined(separator: " ") })
        var first: [String: SourceLocation] = [:]
        for (phrase, kind, at) in phrases {
            // Compared as matched: "data engineers" is "data engineer" again.
            let words = PhraseTable<Bool>.stems(Normalizer.tokens(phrase)).compactMap { $0 }
            let key = words.joined(separator: " ")
            if let earlier = first[key] {
                log.report(.duplicatePhrase(at, phrase: phrase, first: earlier))
                continue
            }
            first[key] = at
            let plain = Normalizer.tokens(phrase).compactMap { $0.kind == .boundary ? nil : $0.text }
            if kind != .role, !ambiguous.contains(key), vocabulary.holds(plain) { log.report(.heldGap(at, phrase: phrase)) }
        }
    }
}
