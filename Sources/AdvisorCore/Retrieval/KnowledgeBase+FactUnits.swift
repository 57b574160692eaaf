/// The knowledge base cut into ``FactUnit``s, with the ids of `Knowledge/README.md` ("Fact units").
extension KnowledgeBase {
    /// Every unit, in a stable order: topic facts, paths (and their parts), roadmap stages, tool
    /// families, tools, certifications (and their notes), salary figures.
    ///
    /// Tags name the records a unit belongs to; ``FactIndex`` adds what the unit's words name.
    public var factUnits: [FactUnit] {
        var units: [FactUnit] = []
        for topic in topics {
            for (index, fact) in topic.facts.enumerated() {
                units.append(
                    FactUnit(
                        id: fact.id ?? "\(topic.id).\(index + 1)", kind: .topicFact, source: fact.source,
                        text: Self.line(fact), tags: FactUnit.Tags(topic: topic.id), words: fact.asks))
            }
        }
        for path in paths { units += pathUnits(path) }
        for stage in stages {
            let tools = stage.tools.compactMap(tool).map(\.name)
            var text = "Stage \(stage.order), \(stage.title) (\(stage.duration.text)): \(Self.trimmed(stage.summary))"
            if !tools.isEmpty { text += ". Tools: \(tools.joined(separator: ", "))" }
            units.append(
                FactUnit(
                    id: "stage.\(stage.id)", kind: .stage, source: stage.source, text: text,
                    tags: FactUnit.Tags(topic: "roadmap", tools: stage.tools), words: stage.skills + stage.asks))
        }
        for group in toolGroups {
            let names = tools(in: group.id).map(\.name)
            units.append(
                FactUnit(
                    id: "group.\(group.id)", kind: .toolGroup, source: group.sources.first ?? "",
                    text: "\(group.name): \(names.joined(separator: ", "))",
                    tags: FactUnit.Tags(topic: "tools", tools: tools(in: group.id).map(\.id), toolGroups: [group.id]),
                    words: group.asks))
        }
        for tool in tools {
            units.append(
                FactUnit(
                    id: "tool.\(tool.id)", kind: .tool, source: tool.sources.first ?? "",
                    text: "\(tool.name): \(Self.trimmed(tool.purpose))",
                    tags: FactUnit.Tags(topic: "tools", tools: [tool.id], toolGroups: tool.groups), words: tool.asks))
        }
        for certification in certifications {
            var effects: [String] = []
            if let dollars = certification.salaryEffectDollars { effects.append("+" + MoneyRange(min: dollars).text + " salary") }
            if let percent = certification.salaryEffectPercent { effects.append(PercentRange(min: percent, max: percent).text + " salary") }
            let effect = effects.isEmpty ? "no salary effect given" : effects.joined(separator: ", ")
            let tags = FactUnit.Tags(topic: "certifications", certifications: [certification.id])
            units.append(
                FactUnit(
                    id: "cert.\(certification.id)", kind: .certification, source: certification.source,
                    text: "\(certification.name): \(effect)", tags: tags, words: certification.asks))
            for (index, note) in certification.notes.enumerated() {
                units.append(
                    FactUnit(
                        id: "cert.\(certification.id).note.\(index + 1)", kind: .certificationNote,
                        source: note.source, text: "\(certification.name): \(Self.line(note))", tags: tags,
                        words: note.asks))
            }
        }
        var seen: [String: Int] = [:]
        for figure in salaries {
            let base = "salary.\(figure.source).\(figure.role).\(figure.level.rawValue)"
            seen[base, default: 0] += 1
            let id = seen[base]! == 1 ? base : "\(base).\(seen[base]!)"
            var text = "\(figure.title): \(figure.salary?.text ?? "no figure given")"
            if let note = figure.note { text += ". \(Self.trimmed(note))" }
            units.append(
                FactUnit(
                    id: id, kind: .salary, source: figure.source, text: text,
                    tags: FactUnit.Tags(topic: "salary", roles: [figure.role], level: figure.level.rawValue),
                    words: figure.asks))
        }
        return units
    }

    private func pathUnits(_ path: TransitionPath) -> [FactUnit] {
        let backgrounds = path.backgrounds
        let names = backgrounds.compactMap(background).map(\.name)
        let from = names.isEmpty ? path.title : "from " + names.joined(separator: " or ")
        func tags(tools: [String] = []) -> FactUnit.Tags {
            FactUnit.Tags(topic: "paths", backgrounds: backgrounds, tools: tools, roles: ["mlops-engineer"])
        }
        var figures: [String] = []
        if let duration = path.duration { figures.append(duration.text) }
        if let uplift = path.salaryUplift { figures.append("\(uplift.text) salary") }
        if let difficulty = path.difficulty { figures.append("difficulty \(difficulty)") }
        let head = figures.isEmpty ? "\(path.title): \(Self.trimmed(path.summary))" : "\(path.title): \(figures.joined(separator: ", "))"
        var units = [FactUnit(id: "path.\(path.id)", kind: .path, source: path.source, text: head, tags: tags(), words: path.asks)]
        if !path.carriesOver.isEmpty {
            units.append(
                FactUnit(
                    id: "path.\(path.id).carries-over", kind: .pathCarriesOver, source: path.source,
                    text: "What carries over \(from): \(path.carriesOver.joined(separator: ", "))", tags: tags(),
                    words: path.carriesOverAsks))
        }
        if !path.gaps.isEmpty {
            units.append(
                FactUnit(
                    id: "path.\(path.id).gaps", kind: .pathGaps, source: path.source,
                    text: "Still missing \(from): \(path.gaps.joined(separator: "; "))", tags: tags(), words: path.gapsAsks))
        }
        if !path.toolsToLearn.isEmpty {
            let toolNames = path.toolsToLearn.compactMap(tool).map(\.name)
            units.append(
                FactUnit(
                    id: "path.\(path.id).tools", kind: .pathTools, source: path.source,
                    text: "Tools to learn \(from), in order: \(toolNames.joined(separator: ", "))",
                    tags: tags(tools: path.toolsToLearn), words: path.toolsToLearnAsks))
        }
        for skip in path.skipStages {
            let title = stage(skip.stage)?.title ?? skip.stage
            units.append(
                FactUnit(
                    id: "path.\(path.id).skip.\(skip.stage)", kind: .pathSkip, source: skip.source,
                    text: "Skip \(title) \(from): \(Self.trimmed(skip.reason))", tags: tags(), words: skip.asks))
        }
        for (index, phase) in path.phases.enumerated() {
            let toolNames = phase.tools.compactMap(tool).map(\.name)
            var text = "\(phase.title) (months \(phase.months.figures)): \(Self.trimmed(phase.goal))"
            if !toolNames.isEmpty { text += ". Tools: \(toolNames.joined(separator: ", "))" }
            units.append(
                FactUnit(
                    id: "path.\(path.id).phase.\(index + 1)", kind: .pathPhase, source: phase.source,
                    text: text, tags: tags(tools: phase.tools), words: phase.asks))
        }
        for (index, milestone) in path.salaryMilestones.enumerated() {
            var text = "\(milestone.label): \(milestone.salary.text)"
            if let note = milestone.note { text += ". \(Self.trimmed(note))" }
            units.append(
                FactUnit(
                    id: "path.\(path.id).milestone.\(index + 1)", kind: .pathMilestone,
                    source: milestone.source, text: text, tags: tags(), words: milestone.asks))
        }
        for (index, note) in path.notes.enumerated() {
            units.append(
                FactUnit(
                    id: "path.\(path.id).note.\(index + 1)", kind: .pathNote, source: note.source,
                    text: Self.line(note), tags: tags(), words: note.asks))
        }
        return units
    }

    /// A fact as a line: "Stability (8/10): …", its final full stop dropped.
    static func line(_ fact: Fact) -> String {
        let label = fact.label.map { "\($0)" + (fact.score.map { " (\($0)/10)" } ?? "") + ": " } ?? ""
        return label + trimmed(fact.text)
    }

    /// Text without surrounding whitespace and without a final full stop.
    static func trimmed(_ text: String) -> String {
        let trimmed = text.trimming()
        return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
    }
}
