/// Answers that weigh options (``WeighedOptions``): for each role, certificate or tool named, what
/// the articles say about it that bears on the choice — the move's figures and pay, the role's
/// definition, the certificate's salary effect and roadmap stage, the tool's stage and how many
/// articles name it — and, plainly, what they do not cover. The articles rank none of the options,
/// so the answer says so instead of choosing.
extension Responder {
    /// How many facts each tool brings besides its own line: more when it is the only one.
    static let factsPerWeighedTool = (alone: 3, several: 1)
    /// How far down the ranking for the question a fact naming the tools together may be.
    static let jointFactsAmong = 3

    /// The gaps an answer weighing these options admits in its own words: a role the articles lack
    /// that is one of the options gets its own line, not the general one; so does a role gap that
    /// names a background weighed as a role ("become a data scientist").
    func gapsWeighed(_ weighed: WeighedOptions, among gaps: [Gap]) -> [Gap] {
        let roleIDs = weighed.options.compactMap { option -> String? in
            switch option {
            case let .role(id), let .staying(id): id
            default: nil
            }
        }
        let roleNames = Set(roleIDs.compactMap(knowledge.background).flatMap { [$0.name] + $0.synonyms }.map { $0.lowercased() })
        return gaps.filter {
            weighed.options.contains(.uncoveredRole($0.term)) || $0.kind == .role && roleNames.contains($0.term.lowercased())
        }
    }

    func weigh(_ weighed: WeighedOptions, _ question: DialogueAction.Question, profile: Profile, into reply: inout ReplyBuilder) {
        var entities = question.entities
        let weighedRoles = gapsWeighed(weighed, among: entities.gaps)
        for gap in weighedRoles { reply.admit(gap) }
        entities.gaps.removeAll { weighedRoles.contains($0) }
        admitGaps(entities, into: &reply)
        switch weighed.kind {
        case .roles: weighRoles(weighed, profile: profile, into: &reply)
        case .certifications:
            let held = Set(profile.heldCertifications + question.entities.heldCertifications)
            weighCertifications(weighed.options, held: knowledge.certifications.filter { held.contains($0.id) }, into: &reply)
        case .tools: weighTools(weighed.options, text: question.text ?? "", profile: profile, into: &reply)
        }
        if !weighed.earlier.isEmpty {
            reply.note("The other options you named (\(Self.listed(weighed.earlier.map(optionName)))) are in my answer before.")
        }
    }

    /// How an option is named in a sentence: "staying a frontend developer", "MLOps", "CKA".
    func optionName(_ option: WeighedOptions.Option) -> String {
        switch option {
        case let .staying(job): "staying a \(name(of: job))"
        case let .role(id): name(of: id)
        case .mlops: "MLOps"
        case let .uncoveredRole(term): term.sanitizedForDisplay
        case let .describedRole(label): label
        case let .certification(id): knowledge.certification(id)?.name ?? id
        case let .certificatesOf(tool): "\(knowledge.tool(tool)?.name ?? tool) certificates"
        case let .tool(id): knowledge.tool(id)?.name ?? id
        }
    }

    // MARK: - Roles

    private func weighRoles(_ weighed: WeighedOptions, profile: Profile, into reply: inout ReplyBuilder) {
        let mlopsWeighed = weighed.options.contains(.mlops)
        var lines: [String] = []
        for option in weighed.options {
            switch option {
            case let .staying(job): lines.append(stayingLine(job, withMove: !mlopsWeighed, into: &reply))
            case let .role(id): lines.append(roleLine(id, into: &reply))
            case .mlops: lines.append(mlopsLine(from: profile.knownBackground ?? stayedIn(weighed), into: &reply))
            case let .uncoveredRole(term): lines.append(uncoveredRoleLine(term, into: &reply))
            case let .describedRole(label): lines.append(describedRoleLine(label, into: &reply))
            case .certification, .certificatesOf, .tool: break
            }
        }
        guard lines.count > 1 else {
            if let only = lines.first { reply.headline(only) }
            return
        }
        reply.headline("What the articles say about each option (they rank none of them):")
        reply.bullets(lines)
    }

    /// The known job the options weigh staying in ("stay frontend"), where MLOps would start from.
    private func stayedIn(_ weighed: WeighedOptions) -> String? {
        for case let .staying(job) in weighed.options where knowledge.background(job) != nil { return job }
        return nil
    }

    /// "Staying a frontend developer: the articles say nothing about that career itself; …".
    private func stayingLine(_ job: String, withMove: Bool, into reply: inout ReplyBuilder) -> String {
        let start = "\(Self.sentence("staying a \(name(of: job))")): the articles say nothing about that career itself"
        let paths = knowledge.paths(from: job)
        guard !paths.isEmpty else { return start + ", nor about a move from it into MLOps" }
        let place = start + ", only about leaving it for MLOps"
        if withMove, let figures = moveFigures(paths, into: &reply) { return place + ": " + figures }
        return place + " " + reply.citing(paths.map(\.source))
    }

    /// "8–12 months, +70% to +100%, moderate (transition-paths)", for each path with figures.
    func moveFigures(_ paths: [TransitionPath], into reply: inout ReplyBuilder) -> String? {
        let figures = paths.filter(Self.hasFigures).map { path -> String in
            let parts = [path.duration?.text, path.salaryUplift?.text, path.difficulty].compactMap { $0 }
            let text = "\(parts.joined(separator: ", ")) \(reply.citing([path.source]))"
            reply.shows("path.\(path.id)", in: text)
            return text
        }
        return figures.isEmpty ? nil : figures.joined(separator: "; ")
    }

    /// A role known as a background, as a destination: what the articles say it is, and that they
    /// give no pay or route into it when they give none.
    private func roleLine(_ id: String, into reply: inout ReplyBuilder) -> String {
        let who = Self.sentence(name(of: id))
        var sentences = roleFacts(id).map { fact in Self.trimmedSentence(fact.text) + " " + reply.citing([fact.source]) }
        for fact in roleFacts(id) { if let factID = fact.id { reply.shows(factID, in: fact.text) } }
        let pay = knowledge.salaries().filter { $0.role == id && $0.salary != nil }
        if pay.isEmpty {
            let paths = knowledge.paths(from: id)
            let start = paths.isEmpty ? "" : ", only a move from it into MLOps \(reply.citing(paths.map(\.source)))"
            sentences.append("No article gives its pay or a way into it\(start)")
        } else {
            sentences.append("Pay: " + pay.map { "\($0.title) \($0.salary!.text) \(reply.citing([$0.source]))" }.joined(separator: "; "))
        }
        return "\(who): " + sentences.joined(separator: ". ")
    }

    /// The neighbouring-role facts about a background as a role: those whose label names it (by
    /// its name or a synonym), or else those whose text does.
    private func roleFacts(_ id: String) -> [Fact] {
        guard let background = knowledge.background(id), let topic = knowledge.topic("adjacent-roles") else { return [] }
        let names = ([background.name] + background.synonyms).map { $0.lowercased() }
        let labelled = topic.facts.filter { fact in names.contains { (fact.label ?? "").lowercased().contains($0) } }
        return labelled.isEmpty ? topic.facts.filter { fact in names.contains { fact.text.lowercased().contains($0) } } : labelled
    }

    /// MLOps as an option: the move from the person's job, where the articles give one, and starting pay.
    private func mlopsLine(from background: String?, into reply: inout ReplyBuilder) -> String {
        var parts: [String] = []
        if let background, let figures = moveFigures(knowledge.paths(from: background), into: &reply) {
            parts.append("from \(name(of: background)), \(figures)")
        } else if let background {
            // No figures for the move itself: the roadmap's stages, as the advisor's own sum.
            let plan = PersonalPlan(knowledge: knowledge, background: background)
            let skipping = plan.skipped.isEmpty ? "" : " skipping \(plan.skipped.map(\.stage.title).joined(separator: " and ")),"
            if !plan.remaining.isEmpty {
                parts.append(
                    "from \(name(of: background)),\(skipping) the roadmap stages \(reply.citing(plan.stageSources)) add up to \(plan.arithmetic)"
                )
            }
        }
        let starting = knowledge.salaries().filter {
            $0.role == "mlops-engineer" && $0.level.isStarting && $0.salary != nil && Self.remark(in: $0.title) == nil
        }.sorted { $0.level < $1.level }
        if let overall = overallPay(into: &reply) { parts.append("pay overall \(overall)") }
        if !starting.isEmpty {
            let pay = starting.map { figure -> String in
                let text = "\(figure.level.rawValue) \(figure.salary!.text) \(reply.citing([figure.source]))"
                if let id = salaryUnitID(figure) { reply.shows(id, in: text) }
                return text
            }
            parts.append("starting pay " + pay.joined(separator: ", "))
        }
        return "MLOps engineer: "
            + (parts.isEmpty ? "the articles' subject, though they give no figures for it" : parts.joined(separator: "; "))
    }

    /// A neighbouring role the articles describe in passing: their facts under its label.
    private func describedRoleLine(_ label: String, into reply: inout ReplyBuilder) -> String {
        let facts = knowledge.topic("adjacent-roles")?.facts.filter { $0.label == label } ?? []
        var sentences: [String] = []
        for fact in facts {
            let sentence = Self.trimmedSentence(fact.text) + " " + reply.citing([fact.source])
            if let id = fact.id { reply.shows(id, in: sentence) }
            sentences.append(sentence)
        }
        sentences.append("No article describes a way into it")
        return "\(label): " + sentences.joined(separator: ". ")
    }

    /// A role no article covers: said plainly, with the neighbouring roles they do describe.
    private func uncoveredRoleLine(_ term: String, into reply: inout ReplyBuilder) -> String {
        let said = "\(Self.sentence(term.sanitizedForDisplay)): the articles say nothing about it as a role"
        guard let topic = knowledge.topic("adjacent-roles") else { return said }
        var groups: [(source: String, labels: [String])] = []
        for fact in topic.facts {
            guard let label = fact.label else { continue }
            if let index = groups.firstIndex(where: { $0.source == fact.source }) {
                groups[index].labels.append(label)
            } else {
                groups.append((fact.source, [label]))
            }
        }
        guard !groups.isEmpty else { return said }
        let described = groups.map { "\(Self.listed($0.labels)) \(reply.citing([$0.source]))" }.joined(separator: "; ")
        return said + ". The neighbouring roles they do describe: " + described
    }

    // MARK: - Certificates

    private func weighCertifications(_ options: [WeighedOptions.Option], held: [Certification], into reply: inout ReplyBuilder) {
        var shown: [Certification] = []
        for option in options {
            let certifications: [Certification] =
                switch option {
                case let .certification(id): knowledge.certification(id).map { [$0] } ?? []
                // "An AWS cert": its current certificates (one replaced by another is named in that one's line).
                case let .certificatesOf(tool): WeighedOptions.certificates(of: tool, in: knowledge).filter { $0.replacedBy == nil }
                default: []
                }
            for certification in certifications where !shown.contains(certification) { shown.append(certification) }
        }
        // In the roadmap's order, the nearest thing to an order the articles give; the rest keep theirs.
        // Each one's stage looked up once, not at every comparison of the sort nor again below.
        let found = shown.map { roadmapStage(of: $0) }
        let order = found.map { $0?.0.order ?? Int.max }
        let sorted = shown.indices.sorted { (order[$0], $0) < (order[$1], $1) }
        shown = sorted.map { shown[$0] }
        let roadmap = sorted.map { found[$0] }
        // Three or more: one line each (salary effect and stage) fits a screen; what each is for follows.
        let compact = shown.count >= Self.compactCertificateCount
        var lines: [String] = []
        var purposes: [String] = []
        var stages: [(name: String, stage: RoadmapStage)] = []
        for (certification, roadmap) in zip(shown, roadmap) {
            var line = compact ? certificationLine(certification, into: &reply) : certificationSummary(certification, into: &reply)
            if compact, let purpose = certification.notes.first {
                let text = "\(certification.name): \(Self.trimmedSentence(purpose.text)) \(reply.citing([purpose.source]))"
                reply.shows("cert.\(certification.id).note.1", in: text)
                purposes.append(text)
            }
            if let (stage, tool) = roadmap {
                let what = tool.map { ", for \($0.name)" } ?? ""
                line += ". Roadmap stage \(stage.order)\(what) \(reply.citing([stage.source]))"
                stages.append((tool?.name ?? certification.name, stage))
            }
            lines.append(line)
        }
        defer {
            // What a certificate is worth at all, whichever is taken: the articles' word on paper against practice.
            if let fact = knowledge.topic(.certsVsProjects)?.facts.first, !lines.isEmpty { reply.note(reply.line(fact)) }
        }
        guard lines.count > 1 else {
            if let only = lines.first { reply.headline(only) }
            return
        }
        let ordered = stages.sorted { $0.stage.order < $1.stage.order }
        let besides = held.isEmpty ? "" : "Leaving out the \(Self.listed(held.map(\.name))) you hold: n"
        let opening = "\(besides.isEmpty ? "N" : besides)o article ranks these certificates against each other"
        if let first = ordered.first, let last = ordered.last, first.stage.order < last.stage.order {
            reply.headline(
                "\(opening); the nearest thing to an order is the career card's roadmap, "
                    + "which reaches \(first.name) in stage \(first.stage.order) and \(last.name) in stage \(last.stage.order) "
                    + "\(reply.citing([last.stage.source])).")
        } else {
            reply.headline("\(opening); what they say about each:")
        }
        reply.bullets(lines)
        if !purposes.isEmpty {
            reply.heading("What each is for")
            reply.bullets(purposes)
        }
    }

    /// From this many certificates on, each gets one line and their purposes follow in a list.
    static let compactCertificateCount = 3

    /// The roadmap stage a certificate belongs to: the stage that asks for it, or else the stage
    /// that teaches the tool it is named after (the CKA's Kubernetes), with that tool.
    func roadmapStage(of certification: Certification) -> (RoadmapStage, Tool?)? {
        if let unit = index.units.first(where: { $0.kind == .stage && $0.tags.certifications.contains(certification.id) }),
            let stage = knowledge.stages.first(where: { "stage.\($0.id)" == unit.id })
        {
            return (stage, nil)
        }
        // `WeighedOptions.certificates(of:in:)` of each tool, with the certificate's names read once.
        guard knowledge.certifications.contains(certification) else { return nil }
        let certificationNames = WeighedOptions.words(of: [certification.name] + certification.aliases)
        for tool in knowledge.tools {
            guard let record = knowledge.tool(tool.id),
                WeighedOptions.isNamed(by: WeighedOptions.words(of: [record.name] + record.aliases), in: certificationNames)
            else { continue }
            if let stage = knowledge.stages.first(where: { $0.tools.contains(tool.id) }) { return (stage, tool) }
        }
        return nil
    }

    // MARK: - Tools

    private func weighTools(_ options: [WeighedOptions.Option], text: String, profile: Profile, into reply: inout ReplyBuilder) {
        let tools = options.compactMap { option -> Tool? in
            if case let .tool(id) = option { return knowledge.tool(id) }
            return nil
        }
        let plan = PersonalPlan(knowledge: knowledge, background: profile.knownBackground)
        let factCount = tools.count == 1 ? Self.factsPerWeighedTool.alone : Self.factsPerWeighedTool.several
        // What the articles say of the tools together comes first ("Docker and Kubernetes are the
        // everyday basics"), and a roadmap stage they all belong to is said once, after them.
        let joint = tools.count > 1 ? jointFact(tools, text: text, into: &reply).map { [$0] } ?? [] : []
        var facts: [String] = []
        let sharedStage = tools.count > 1 ? Self.sharedStage(tools.map(toolStage)) : nil
        var lines: [String] = []
        for tool in tools {
            lines.append(toolLine(tool, plan: plan, withStage: sharedStage == nil, into: &reply))
            // What the person's own move says of the tool first ("still missing from backend: … Kubernetes").
            let own = index.units.filter { unit in
                [.pathGaps, .pathCarriesOver].contains(unit.kind) && unit.tags.tools.contains(tool.id)
                    && plan.paths.contains { unit.id.hasPrefix("path.\($0.id).") }
            }
            for unit in own.prefix(1) where !reply.hasShown(unit.id) { facts.append(reply.line(unit)) }
            var query = Entities()
            query.tools = [tool.id]
            let matches = index.ranked(FactQuery(text: text, entities: query)).filter {
                $0.unit.kind == .topicFact && $0.unit.tags.tools.contains(tool.id) && !reply.hasShown($0.unit.id)
            }
            for match in matches.prefix(factCount - min(own.count, 1)) { facts.append(reply.line(match.unit)) }
        }
        guard tools.count > 1 else {
            if let only = lines.first { reply.headline(only) }
            reply.bullets(facts)
            return
        }
        if let sharedStage {
            lines.append(stageLine(sharedStage, plan: plan, sharedBy: tools.count, into: &reply))
        }
        reply.headline("No article ranks \(Self.listed(tools.map(\.name))) against each other; what they say about each:")
        reply.bullets(joint + lines + facts)
    }

    /// The best topic fact that names at least two of the tools, among the best few matches for
    /// the question (``jointFactsAmong``): one, since more would be the articles' lists of the
    /// whole toolbox. A fact that only happens to name them ("the frameworks moving fast were
    /// TensorFlow and PyTorch") ranks lower.
    private func jointFact(_ tools: [Tool], text: String, into reply: inout ReplyBuilder) -> String? {
        var query = Entities()
        query.tools = tools.map(\.id)
        let ids = Set(query.tools)
        let joint = index.ranked(FactQuery(text: text, entities: query)).prefix(Self.jointFactsAmong).first { match in
            match.unit.kind == .topicFact && match.unit.tags.tools.filter(ids.contains).count >= 2 && !reply.hasShown(match.unit.id)
        }
        return joint.map { reply.line($0.unit) }
    }

    /// Where a tool sits on the card's roadmap.
    enum ToolStage: Equatable {
        /// The stage lists the tool.
        case listed(RoadmapStage)
        /// No stage names the tool, but one asks for its kind of work ("infrastructure as code").
        case skill(ToolGroup, RoadmapStage)
    }

    /// The stage the tool sits in, if any.
    func toolStage(_ tool: Tool) -> ToolStage? {
        if let stage = knowledge.stages.first(where: { $0.tools.contains(tool.id) }) { return .listed(stage) }
        return stageSkill(of: tool).map { .skill($0.0, $0.1) }
    }

    /// The one stage every tool sits in the same way, if there is one.
    static func sharedStage(_ stages: [ToolStage?]) -> ToolStage? {
        guard let first = stages.first ?? nil, stages.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// "Kubeflow: runs ML pipelines on Kubernetes; named by 2 of the 5 articles (…); stage 3 of the
    /// card's roadmap, …; certificate: …", and the stage's skip for the person's background.
    /// `withStage`: false when the stage is said once for all the tools weighed.
    private func toolLine(_ tool: Tool, plan: PersonalPlan, withStage: Bool = true, into reply: inout ReplyBuilder) -> String {
        var parts = [
            "\(Self.trimmedSentence(tool.purpose)); named by \(tool.sources.count) of the \(knowledge.sources.count) "
                + "articles \(reply.citing(tool.sources))"
        ]
        reply.shows("tool.\(tool.id)", in: parts[0])
        if withStage, let stage = toolStage(tool) {
            parts.append(stageLine(stage, plan: plan, into: &reply))
        }
        let certifications = WeighedOptions.certificates(of: tool.id, in: knowledge).filter { $0.replacedBy == nil }
        if !certifications.isEmpty {
            var named: [String] = []
            for certification in certifications { named.append(certificationLine(certification, into: &reply)) }
            parts.append("Certificate: " + named.joined(separator: "; "))
        }
        return "\(tool.name): " + parts.joined(separator: ". ")
    }

    /// "Stage 2 of the card's roadmap, DevOps + Cloud Infrastructure (3–4 months; …) (career-card)",
    /// and the stage's skip for the person's background; `sharedBy` tools: "Both are in stage 2 …".
    private func stageLine(_ toolStage: ToolStage, plan: PersonalPlan, sharedBy count: Int = 1, into reply: inout ReplyBuilder) -> String {
        let all = count == 2 ? "Both" : "All \(count)"
        switch toolStage {
        case let .listed(stage):
            let salary = stage.salary.map { "; the card's potential salary at that stage is \($0.text)" } ?? ""
            var line =
                (count > 1 ? "\(all) are in stage" : "Stage")
                + " \(stage.order) of the card's roadmap, \(stage.title) (\(stage.duration.text)\(salary)) "
                + reply.citing([stage.source])
            reply.shows("stage.\(stage.id)", in: line)
            if let skip = plan.skipped.first(where: { $0.stage.id == stage.id }), let background = plan.background {
                line +=
                    ". From \(background.name) you may skip that stage: \(Self.trimmedSentence(skip.reason.reason)) "
                    + reply.citing([skip.reason.source])
            }
            return line
        case let .skill(group, stage):
            let line =
                (count > 1 ? "Their" : "Its")
                + " kind of work, \(group.name.lowercased()), is a skill of stage \(stage.order) of the card's roadmap, "
                + "\(stage.title) (\(stage.duration.text)) \(reply.citing([stage.source]))"
            reply.shows("stage.\(stage.id)", in: line)
            return line
        }
    }

    /// The first of the tool's groups that a roadmap stage lists among its skills, with that stage.
    private func stageSkill(of tool: Tool) -> (ToolGroup, RoadmapStage)? {
        for group in tool.groups.compactMap(knowledge.toolGroup) {
            let names = Set(([group.name] + group.aliases).map { $0.lowercased() })
            if let stage = knowledge.stages.first(where: { $0.skills.contains { names.contains($0.lowercased()) } }) {
                return (group, stage)
            }
        }
        return nil
    }

    /// A sentence without its final full stop, for joining.
    static func trimmedSentence(_ text: String) -> String {
        let trimmed = text.trimming()
        return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
    }
}
