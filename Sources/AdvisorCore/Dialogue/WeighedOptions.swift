/// The things a person weighs against each other in one message: roles ("stay frontend, go ML
/// engineer, or MLOps"), certificates ("AWS cert or CKA first?") or tools ("kubeflow or mlflow?"),
/// or the one tool or certificate they ask whether they need ("do I really need Kubernetes?").
///
/// The ``DialoguePolicy`` finds them and keeps them for the next turn, where "what about data
/// engineering?" adds an option; the ``Responder`` answers with what the articles say about
/// each option (``Responder/weigh(_:profile:into:)``), never with one definition or one table.
///
/// What makes a message weigh options is data: a weighing word ("or", "vs": `gap-weigh`), MLOps as
/// one side (`gap-weigh-against`), a stay word before a job (`stay-words`), a certificate word
/// after a tool ("an AWS cert": `certificate-words`), for one thing alone `need-words`, and for
/// every certificate at once a word that asks for an order or a worth ("which cert first?": `rank-words`).
public struct WeighedOptions: Hashable, Codable, Sendable {
    /// One option.
    public enum Option: Hashable, Codable, Sendable {
        /// Staying in the job the person has ("stay frontend"): a background id, or a job the
        /// knowledge base does not know.
        case staying(String)
        /// Going into a role the knowledge base knows as a background ("go ML engineer").
        case role(String)
        /// MLOps itself, named as one of the options.
        case mlops
        /// A role the articles cover nowhere ("data engineering"), as the message names it.
        case uncoveredRole(String)
        /// A neighbouring role the articles describe but that is no background ("prompt
        /// engineering"): the label of its facts in the `adjacent-roles` topic.
        case describedRole(String)
        case certification(String)
        /// "An AWS cert": the certificates whose names name the tool.
        case certificatesOf(tool: String)
        case tool(String)
    }

    /// What kind of things are weighed; one message weighs one kind.
    public enum Kind: String, Hashable, Codable, Sendable {
        case roles, certifications, tools

        /// The kind of answer the options stand in for, remembered as the last question.
        public var intent: Intent {
            switch self {
            case .roles: .compare
            case .certifications: .certifications
            case .tools: .tools
            }
        }
    }

    public var kind: Kind
    public var options: [Option]
    /// Options weighed in the messages before, when this one adds to them ("what about data
    /// engineering?"): named once, not answered again.
    public var earlier: [Option]

    public init(kind: Kind, options: [Option], earlier: [Option] = []) {
        self.kind = kind
        self.options = options
        self.earlier = earlier
    }

    /// The options a message weighs, or nil when it weighs none.
    ///
    /// - Roles: two or more, when MLOps is one side ("ML engineer or MLOps") or the person weighs
    ///   staying ("stay frontend"). Backgrounds compared as starting points ("frontend or backend,
    ///   which is faster?") are no options. The person's own job among them is the one to stay in.
    /// - Certificates: two or more with a weighing word; a tool before a certificate word ("AWS
    ///   cert") stands for its certificates. Certificates the person holds are no options.
    /// - Tools: two or more with a weighing word, or one asked about with a need word. Tools the
    ///   person knows, or that stand for certificates, are no options.
    init?(_ cues: UtteranceCues, entities: Entities, profile: Profile, knowledge: KnowledgeBase) {
        let weighs = cues.mentions(.gapWeigh)
        let held = Set(profile.heldCertifications + entities.heldCertifications)
        let certificateTools = entities.tools.filter { tool in
            guard let record = knowledge.tool(tool) else { return false }
            return ([record.name] + record.aliases).contains { cues.says($0, before: .certificateWords) }
                && !Self.certificates(of: tool, in: knowledge).isEmpty
        }
        let certificates =
            entities.certifications.filter { !held.contains($0) }.map(Option.certification)
            + certificateTools.map(Option.certificatesOf(tool:))
        let known = Set(profile.knownTools + entities.knownTools)
        let tools = entities.tools.filter { !known.contains($0) && !certificateTools.contains($0) }.map(Option.tool)
        let roles = Self.roles(cues, entities: entities, profile: profile, knowledge: knowledge)
        if roles.count >= 2 {
            self.init(kind: .roles, options: roles)
        } else if certificates.count >= 2 && weighs || certificates.count == 1 && tools.isEmpty && Self.asksWhetherNeeded(cues) {
            self.init(kind: .certifications, options: certificates)
        } else if tools.count >= 2 && weighs || tools.count == 1 && certificates.isEmpty && Self.asksWhetherNeeded(cues) {
            self.init(kind: .tools, options: tools)
        } else if certificates.isEmpty, tools.isEmpty, cues.mentions(.certificateWords), cues.mentions(.rankWords),
            !cues.mentions(.certificateAlternatives), !cues.asksWhatCertificatesAreWorth
        {
            // "Which cert should I do first?", "which certifications are worth it?": every current one is an
            // option; not when certificates are weighed against something else ("a master's or certs?"),
            // nor when what certificates are worth at all is asked ("are certs worth it?").
            let all = knowledge.certifications.filter { $0.replacedBy == nil && !held.contains($0.id) }.map { Option.certification($0.id) }
            guard all.count >= 2 else { return nil }
            self.init(kind: .certifications, options: all)
        } else {
            return nil
        }
    }

    /// The options of `kind` a follow-up names ("what about data engineering?" after roles were
    /// weighed): roles named in any way, certificates or tools as above.
    static func named(
        _ kind: Kind, _ cues: UtteranceCues, entities: Entities, profile: Profile, knowledge: KnowledgeBase
    ) -> [Option] {
        switch kind {
        case .roles:
            return entities.backgrounds.map(Option.role) + entities.gaps.filter { $0.kind == .role }.map { .uncoveredRole($0.term) }
                + (entities.unknownBackground.map { [.uncoveredRole($0)] } ?? []) + describedRoles(cues, knowledge: knowledge)
        case .certifications:
            let held = Set(profile.heldCertifications + entities.heldCertifications)
            return entities.certifications.filter { !held.contains($0) }.map(Option.certification)
        case .tools:
            let known = Set(profile.knownTools + entities.knownTools)
            return entities.tools.filter { !known.contains($0) }.map(Option.tool)
        }
    }

    /// Whether the option is among these, or among the earlier ones: a job weighed as the one to
    /// stay in counts as named when it comes up again as a role.
    func includes(_ option: Option) -> Bool {
        let all = earlier + options
        if case let .role(id) = option, all.contains(.staying(id)) { return true }
        return all.contains(option)
    }

    /// These options and the ones of `kind` that `entities` name, each once: two questions of one
    /// message asking the same thing ("Is the CKA worth it? And what about the Google ML cert?").
    func adding(_ cues: UtteranceCues, entities: Entities, profile: Profile, knowledge: KnowledgeBase) -> WeighedOptions {
        var merged = self
        for option in Self.named(kind, cues, entities: entities, profile: profile, knowledge: knowledge) where !merged.includes(option) {
            merged.options.append(option)
        }
        return merged
    }

    /// The roles a message weighs, when MLOps is one side or staying is: otherwise none.
    private static func roles(_ cues: UtteranceCues, entities: Entities, profile: Profile, knowledge: KnowledgeBase) -> [Option] {
        let stays = cues.mentions(.stayWords)
        let mlops = mlopsIsWeighed(cues, knowledge: knowledge)
        guard stays || mlops else { return [] }
        var backgrounds: [String] = []
        for id in entities.backgrounds where !backgrounds.contains(id) { backgrounds.append(id) }
        // The one to stay in: the person's own job when named, else the first job after a stay word.
        let own = profile.knownBackground.flatMap { backgrounds.contains($0) ? $0 : nil }
        let stayed = own ?? (stays ? backgrounds.first : nil)
        var options: [Option] = backgrounds.map { $0 == stayed ? .staying($0) : .role($0) }
        if stays, stayed == nil, let unknown = entities.unknownBackground ?? profile.unknownBackground {
            options.insert(.staying(unknown), at: 0)
        } else if let unknown = entities.unknownBackground {
            options.append(.uncoveredRole(unknown))
        }
        // A role gap that is a background already named ("become a data scientist") is that background.
        let named = Set(backgrounds.compactMap(knowledge.background).flatMap { [$0.name] + $0.synonyms }.map { $0.lowercased() })
        for gap in entities.gaps
        where gap.kind == .role && !options.contains(.uncoveredRole(gap.term)) && !named.contains(gap.term.lowercased()) {
            options.append(.uncoveredRole(gap.term))
        }
        options += describedRoles(cues, knowledge: knowledge)
        if mlops { options.append(.mlops) }
        return options.count >= 2 ? options : []
    }

    /// The neighbouring roles of the `adjacent-roles` topic whose label the message says, word
    /// stem by word stem ("prompt engineering" says "Prompt Engineer"); labels that are also a
    /// background's name or synonym ("ML Engineer") are left to the background.
    static func describedRoles(_ cues: UtteranceCues, knowledge: KnowledgeBase) -> [Option] {
        guard let topic = knowledge.topic("adjacent-roles") else { return [] }
        let said = cues.words.map(Stemmer.stem)
        let backgroundNames = Set(knowledge.backgrounds.flatMap { [$0.name] + $0.synonyms }.map(FactIndex.terms))
        var options: [Option] = []
        for label in topic.facts.compactMap(\.label) where !options.contains(.describedRole(label)) {
            let words = FactIndex.terms(label)
            guard words.count > 1, !backgroundNames.contains(words), said.count >= words.count else { continue }
            if (0...(said.count - words.count)).contains(where: { said[$0..<($0 + words.count)].elementsEqual(words) }) {
                options.append(.describedRole(label))
            }
        }
        return options
    }

    /// MLOps named as one side of a weighing word: "…, or MLOps", "or switch to an MLOps role",
    /// "MLOps engineer vs ML engineer". Only `option-fillers` may stand between the two: in "from
    /// frontend or backend to MLOps" a job does, so MLOps is where both go, not an option.
    private static func mlopsIsWeighed(_ cues: UtteranceCues, knowledge: KnowledgeBase) -> Bool {
        let fillers = Set(knowledge.cueWords(.optionFillers).flatMap { $0 })
        let onlyFillers = { (range: Range<Int>) in range.count <= maximumFillers && cues.words[range].allSatisfy(fillers.contains) }
        var weighing = cues.occurrences(of: .gapWeigh)
        // "…for MLOps, or is it only for software engineers?" asks whether the first clause holds;
        // "…or is it better to go MLOps?" weighs by all four words.
        weighing = weighing.compactMap { word in
            switch AlternativeClause(cues.words, at: word.start, knowledge: knowledge) {
            case .asksAgain?: nil
            case .choice?: (word.start, AlternativeClause.choiceOpening)
            case nil: word
            }
        }
        return cues.occurrences(of: .gapWeighAgainst).contains { side in
            weighing.contains { word in
                let wordEnd = word.start + word.count, sideEnd = side.start + side.count
                return (wordEnd <= side.start && onlyFillers(wordEnd..<side.start))
                    || (sideEnd <= word.start && onlyFillers(sideEnd..<word.start))
            }
        }
    }

    /// How many filler words may stand between a weighing word and MLOps ("or switch to an MLOps").
    static let maximumFillers = 4

    /// "Do I really need Kubernetes?", "is the CKA worth it?": one thing, asked whether it is needed.
    private static func asksWhetherNeeded(_ cues: UtteranceCues) -> Bool {
        cues.mentions(.needWords) && cues.asksQuestion
    }

    /// The certificates whose name or aliases name the tool ("AWS" → the AWS certificates), in
    /// the knowledge base's order.
    public static func certificates(of tool: String, in knowledge: KnowledgeBase) -> [Certification] {
        guard let record = knowledge.tool(tool) else { return [] }
        let names = words(of: [record.name] + record.aliases)
        return knowledge.certifications.filter { isNamed(by: names, in: words(of: [$0.name] + $0.aliases)) }
    }

    /// Each text's words as ``Normalizer`` reads them.
    static func words(of texts: [String]) -> [[String]] {
        texts.map { Normalizer.tokens($0).filter { $0.kind != .boundary }.map(\.text) }
    }

    /// Whether one of a tool's names (their ``words(of:)``) is said in one of a certificate's names.
    static func isNamed(by names: [[String]], in certificationNames: [[String]]) -> Bool {
        certificationNames.contains { words in
            names.contains { name in
                !name.isEmpty && words.count >= name.count
                    && (0...(words.count - name.count)).contains { words[$0..<($0 + name.count)].elementsEqual(name) }
            }
        }
    }
}
