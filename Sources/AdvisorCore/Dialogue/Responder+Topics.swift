/// Answers about what to learn: tools, skills, certifications, and the finance-to-MLOps story.
extension Responder {
    func tools(_ entities: Entities, text: String = "", into reply: inout ReplyBuilder) {
        if !entities.tools.isEmpty {
            let tools = entities.tools.compactMap(knowledge.tool)
            var lines: [String] = []
            for tool in tools {
                let groups = tool.groups.compactMap(knowledge.toolGroup).map(\.name).joined(separator: ", ")
                let line = "\(tool.name): \(tool.purpose) Group: \(groups). \(reply.citing(tool.sources))"
                reply.shows("tool.\(tool.id)", in: line)
                lines.append(line)
            }
            if let first = lines.first { reply.headline(first) }
            reply.bullets(Array(lines.dropFirst()))
            factsBeyond(text, entities, about: tools.map(\.name), excluding: [.tool, .toolGroup, .pathTools], into: &reply)
            return
        }
        if !entities.toolGroups.isEmpty {
            let groups = entities.toolGroups.compactMap(knowledge.toolGroup)
            for (number, group) in groups.enumerated() {
                let names = knowledge.tools(in: group.id).map(\.name)
                let text = "\(group.name): \(names.joined(separator: ", ")) \(reply.citing(group.sources))"
                reply.shows("group.\(group.id)", in: text)
                if number == 0 { reply.headline(text) } else { reply.paragraph(text) }
                reply.note(group.summary)
            }
            // Which of the family does what ("what's the point of a model registry?" is MLflow's).
            factsBeyond(text, entities, about: groups.map(\.name), excluding: [.toolGroup, .pathTools], into: &reply)
            return
        }
        if let background = entities.backgrounds.first, !knowledge.paths(from: background).isEmpty {
            let plan = PersonalPlan(knowledge: knowledge, background: background)
            reply.headline("From \(name(of: background)), learn these in order:")
            toolsInOrder(plan, withHeading: false, into: &reply)
            return
        }
        if let unknown = entities.unknownBackground { noPath(for: unknown, into: &reply) }
        // Words that point elsewhere ("do cloud certifications make a résumé more relevant?") lead; the
        // families follow.
        if let top = index.ranked(FactQuery(text: text)).first, top.score >= Self.outsideTopicScore, top.unit.tags.topic != "tools" {
            bestFacts(text, entities, topics: [], subject: "that", into: &reply)
            reply.heading("The tools the sources name")
        }
        // A list, not a table: at 80 columns a table's rows of a dozen tools run five lines each.
        var lines: [String] = []
        for group in knowledge.toolGroups {
            let line = "\(group.name): \(knowledge.tools(in: group.id).map(\.name).joined(separator: ", ")) \(reply.citing(group.sources))"
            reply.shows("group.\(group.id)", in: line)
            lines.append(line)
        }
        reply.headline("The tools the sources name, by family:")
        reply.bullets(lines)
    }

    /// What the articles say about the tools or families a question names beyond the lines that
    /// list them ("do I really need Kubernetes?"), under a heading naming them.
    private func factsBeyond(
        _ text: String, _ entities: Entities, about names: [String], excluding kinds: Set<FactUnit.Kind>, into reply: inout ReplyBuilder
    ) {
        var more = reply.nextPart()
        bestFacts(text, entities, topics: [], excluding: kinds, subject: "these tools", into: &more)
        guard case let .headline(lead)? = more.blocks.first else { return }
        var items = [lead]
        if case let .bullets(rest)? = more.blocks.dropFirst().first { items += rest }
        reply.heading("What the articles say about \(Self.listed(names))")
        reply.bullets(Array(items.prefix(Self.maximumUnits)))
        for unit in more.units where !reply.hasShown(unit.id) { reply.shows(unit.id, in: unit.line) }
        for id in more.cited { reply.cite(id) }
        reply.isRanked = reply.isRanked || more.isRanked
    }

    /// The skills a question asks about. With the person's own background (the profile's, not one
    /// the question only mentions: a data scientist asking "how much devops do I need?"), the articles' lists for its paths come first,
    /// the one the question matches best leading: what is still missing ("how much ML do I need?"
    /// of a DevOps engineer) or what carries over; then the best-matching facts, then the other list.
    func skills(_ entities: Entities, profile: Profile, text: String, into reply: inout ReplyBuilder) {
        guard let background = profile.knownBackground ?? entities.backgrounds.first(where: { !entities.mentionedBackgrounds.contains($0) })
        else {
            // A job the articles give no path for: what they say to people from other fields
            // ("a non-technical background is an asset") answers as much as the list of skills.
            let otherField = entities.unknownBackground ?? profile.unknownBackground
            let topics = Self.factTopics(.skills) + (otherField == nil ? [] : [TopicID.lessons.rawValue])
            bestFacts(text, entities, topics: topics, subject: "skills", into: &reply)
            if let unknown = entities.unknownBackground {
                reply.note("The sources have no path for \(unknown.sanitizedForDisplay), so I can't say what carries over.")
            }
            return
        }
        let paths = knowledge.paths(from: background)
        let scores = Dictionary(
            index.ranked(FactQuery(text: text, entities: entities)).map { ($0.unit.id, $0.score) }, uniquingKeysWith: max)
        func score(_ list: String) -> Double { paths.map { scores["path.\($0.id).\(list)"] ?? 0 }.max() ?? 0 }
        let lists = [
            (id: "gaps", title: "Still to learn, coming from", items: \TransitionPath.gaps),
            (id: "carries-over", title: "What carries over from", items: \TransitionPath.carriesOver),
        ].sorted { score($0.id) > score($1.id) }
        // The answer opens with a headline: the first list's title, when it has one.
        func show(_ list: (id: String, title: String, items: KeyPath<TransitionPath, [String]>), opening: Bool) {
            for (position, path) in paths.enumerated()
            where !path[keyPath: list.items].isEmpty && !reply.hasShown("path.\(path.id).\(list.id)") {
                let heading = "\(list.title) \(name(of: background)) \(reply.citing([path.source])):"
                reply.shows("path.\(path.id).\(list.id)", in: heading)
                if opening, position == 0 { reply.headline(heading) } else { reply.heading(heading) }
                reply.bullets(path[keyPath: list.items])
            }
        }
        show(lists[0], opening: true)
        bestFacts(text, entities, topics: Self.factTopics(.skills), subject: "skills", into: &reply)
        show(lists[1], opening: false)
    }

    /// The named certificates, or all of them: each with its salary effect, then its notes under
    /// its name. `brief` (one of several questions in a message) gives each one line instead:
    /// salary effect and what it is for (``certificationSummary(_:into:)``), every certificate kept.
    ///
    /// Certificates the person holds (`held`, from the profile, or said in the same message: "I
    /// already have CKA") are left out of the list and named once instead, so "which cert first?"
    /// is answered with the ones still to take.
    func certifications(_ entities: Entities, held: [String] = [], brief: Bool = false, into reply: inout ReplyBuilder) {
        let holds = Set(held + entities.heldCertifications)
        let named = entities.certifications.filter { !holds.contains($0) }.compactMap(knowledge.certification)
        let shown = named.isEmpty ? knowledge.certifications.filter { !holds.contains($0.id) } : named
        guard !shown.isEmpty else {
            reply.headline("The sources name no certifications.")
            return
        }
        let heldNames = knowledge.certifications.filter { holds.contains($0.id) }.map(\.name)
        let besides = heldNames.isEmpty ? "" : ", besides the \(Self.listed(heldNames)) you hold"
        if brief {
            var lines: [String] = []
            for certification in shown { lines.append(certificationSummary(certification, into: &reply)) }
            reply.headline(
                named.isEmpty ? "The certifications the sources name\(besides), each with what it is for:" : lines.removeFirst())
            reply.bullets(lines)
            return
        }
        var lines: [String] = []
        for certification in shown { lines.append(certificationLine(certification, into: &reply)) }
        reply.headline(named.isEmpty ? "The certifications the sources name\(besides):" : lines.removeFirst())
        reply.bullets(lines)
        for certification in shown {
            var notes: [String] = []
            for (number, fact) in certification.notes.enumerated() {
                let line = reply.line(fact)
                reply.shows("cert.\(certification.id).note.\(number + 1)", in: line)
                notes.append(line)
            }
            if let newer = certification.replacedBy.flatMap(knowledge.certification) {
                notes.append("\(certification.name) was replaced by \(newer.name) \(reply.citing([newer.source]))")
            }
            // With several certificates, each one's notes go under its name ("this certificate" needs one).
            if shown.count > 1, !notes.isEmpty { reply.heading(certification.name) }
            reply.bullets(notes)
        }
        if named.isEmpty { titledTopics(Self.topicIDs[.certifications] ?? [], into: &reply) }
    }

    /// "Why do the numbers differ?": the sources are separate articles, so each figure keeps its source.
    func disagreements(into reply: inout ReplyBuilder) {
        guard let topic = knowledge.topic(.disagreements), !topic.facts.isEmpty else {
            reply.headline("The sources are separate articles, each with its own figures; I show every figure with its source.")
            return
        }
        reply.headline(
            "The sources are separate articles, each with its own figures, so I show every figure with "
                + "its source instead of picking one. Where they disagree:")
        var lines: [String] = []
        for fact in topic.facts { lines.append(reply.line(fact)) }
        reply.bullets(lines)
    }

    /// Topics each under its own title.
    func titledTopics(_ ids: [TopicID], into reply: inout ReplyBuilder) {
        for topic in ids.compactMap({ knowledge.topic($0) }) where !topic.facts.isEmpty {
            reply.heading(topic.title)
            var lines: [String] = []
            for fact in topic.facts { lines.append(reply.line(fact)) }
            reply.bullets(lines)
        }
    }

    func successStory(into reply: inout ReplyBuilder) {
        guard let path = knowledge.paths.first(where: { !$0.phases.isEmpty }) else {
            reply.headline("The sources tell no success story.")
            return
        }
        let total = path.duration.map { ": \($0.text)" } ?? ""
        let headline = "\(path.title)\(total) \(reply.citing([path.source]))"
        reply.shows("path.\(path.id)", in: headline)
        reply.headline(headline)
        reply.paragraph(path.summary)
        reply.add(
            .timeline(
                path.phases.map {
                    Reply.TimelineRow(
                        label: $0.title,
                        months: MonthRange(
                            min: $0.months.max - $0.months.min + 1,
                            max: $0.months.max - $0.months.min + 1))
                }))
        var lines: [String] = []
        for (position, phase) in path.phases.enumerated() {
            let tools = phase.tools.compactMap(knowledge.tool).map(\.name)
            let line =
                "\(phase.title) (months \(phase.months.figures)): \(phase.goal)"
                + (tools.isEmpty ? "" : " Tools: \(tools.joined(separator: ", ")).") + " \(reply.citing([phase.source]))"
            reply.shows("path.\(path.id).phase.\(position + 1)", in: line)
            lines.append(line)
        }
        reply.bullets(lines)
        var milestones: [String] = []
        for (position, milestone) in path.salaryMilestones.enumerated() {
            let line = "\(milestone.label): \(milestone.salary.text) \(reply.citing([milestone.source]))"
            reply.shows("path.\(path.id).milestone.\(position + 1)", in: line)
            milestones.append(line)
        }
        reply.bullets(milestones)
        if let topic = knowledge.topic(.successStory), !topic.facts.isEmpty {
            reply.heading(topic.title)
            var lines: [String] = []
            for fact in topic.facts { lines.append(reply.line(fact)) }
            reply.bullets(lines)
        }
    }
}
