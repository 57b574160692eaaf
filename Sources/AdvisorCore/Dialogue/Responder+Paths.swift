/// Answers about transition paths: how long, side by side, the roadmap, the personal plan.
extension Responder {
    func timeline(_ entities: Entities, into reply: inout ReplyBuilder) {
        if let background = entities.backgrounds.first, !knowledge.paths(from: background).isEmpty {
            pathOverview(background, into: &reply)
        } else if let unknown = entities.unknownBackground ?? entities.backgrounds.first {
            noPathAnswer(for: unknown, into: &reply)
        } else {
            // With no background, how long is where the sources disagree most: each source's own
            // figures first (time-to-hire facts), then the paths side by side.
            reply.headline("It depends on where you start, and the sources disagree:")
            timeToHire(all: true, into: &reply)
            pathTable(knowledge.paths, into: &reply)
            stageSum(PersonalPlan(knowledge: knowledge, background: nil), paths: [], into: &reply)
        }
    }

    /// The showcase answer for one background: duration, uplift and difficulty, the stages and
    /// their sum (and where it disagrees with the path), time to hire, the key tools and the
    /// certifications, each with its source.
    func pathOverview(_ background: String, into reply: inout ReplyBuilder) {
        let paths = knowledge.paths(from: background)
        let plan = PersonalPlan(knowledge: knowledge, background: background)
        let timed = paths.filter { $0.duration != nil }
        if timed.isEmpty {
            // The sum is shown with its parts: it is the advisor's arithmetic, not a source's figure.
            reply.headline(
                "From \(name(of: background)) to MLOps: the sources give no duration for this move; "
                    + "the roadmap stages \(reply.citing(plan.stageSources)) add up to \(plan.arithmetic)")
            // No figures: the route itself is the answer ("start as a data analyst, then …").
            for path in paths { reply.paragraph("\(path.title) \(reply.citing([path.source])): \(path.summary)") }
        } else {
            let figures = timed.map { "\($0.duration!.text) \(reply.citing([$0.source]))" }
            let headline = "From \(name(of: background)) to MLOps: \(figures.joined(separator: "; "))"
            for path in timed { reply.shows("path.\(path.id)", in: headline) }
            reply.headline(headline)
        }
        var lines: [String] = []
        for path in paths {
            if let uplift = path.salaryUplift { lines.append("Salary uplift: \(uplift.text) \(reply.citing([path.source]))") }
            if let difficulty = path.difficulty { lines.append("Difficulty: \(difficulty) \(reply.citing([path.source]))") }
        }
        if !plan.remaining.isEmpty {
            let skipping = plan.skipped.isEmpty ? "" : " (skipping \(plan.skipped.map(\.stage.title).joined(separator: " and ")))"
            lines.append("Roadmap stages\(skipping) \(reply.citing(plan.stageSources)): \(plan.arithmetic)")
        }
        if let fact = knowledge.topic(.timeToHire)?.facts.first { lines.append(reply.line(fact)) }
        let keyTools = Array(plan.tools.prefix(Self.keyToolCount))
        if !keyTools.isEmpty {
            let toolSources = paths.filter { !$0.toolsToLearn.isEmpty }.map(\.source) + plan.stageSources
            let more = plan.tools.count > keyTools.count ? ", and \(plan.tools.count - keyTools.count) more in your plan" : ""
            lines.append("Key tools, in order: \(keyTools.map(\.name).joined(separator: ", "))\(more) \(reply.citing(toolSources))")
        }
        if !plan.certifications.isEmpty {
            var certifications: [String] = []
            for certification in plan.certifications { certifications.append(certificationLine(certification, into: &reply)) }
            lines.append("Certifications: " + certifications.joined(separator: "; "))
        }
        reply.bullets(lines)
        for path in timed where path.duration! != plan.total && !plan.remaining.isEmpty {
            reply.note(
                "The figures differ: \(path.source) gives \(path.duration!.text) for this move, while the roadmap "
                    + "stages of \(plan.stageSources.joined(separator: ", ")) add up to \(plan.total.text).")
        }
        let silent = paths.filter { $0.duration == nil }.map(\.source)
        if !timed.isEmpty, !silent.isEmpty {
            reply.note(
                "The \(silent.joined(separator: " and ")) article\(silent.count == 1 ? " also describes" : "s also describe") "
                    + "this move, without a duration.")
        }
    }

    /// How many tools the overview names before pointing to the plan.
    static let keyToolCount = 8

    /// A background the sources do not cover: said once, then what is known in general — the
    /// roadmap, time to hire, and the finance story as the one move from a non-technical job.
    func noPathAnswer(for unknown: String, into reply: inout ReplyBuilder) {
        noPath(for: unknown, into: &reply)
        stageSum(PersonalPlan(knowledge: knowledge, background: nil, unknownBackground: unknown), paths: [], into: &reply)
        timeToHire(all: false, into: &reply)
        nonTechnicalExample(into: &reply)
    }

    /// "The one move from a non-technical job the sources tell: …", from the path with phases.
    func nonTechnicalExample(into reply: inout ReplyBuilder) {
        guard let story = knowledge.paths.first(where: { !$0.phases.isEmpty }) else { return }
        let duration = story.duration.map { ", \($0.text) of study" } ?? ""
        let first = story.salaryMilestones.dropFirst().first.map { "; the first MLOps salary in it was \($0.salary.text)" } ?? ""
        let line =
            "The one move from a non-technical job that the sources tell is \(story.title)\(duration)\(first) "
            + "\(reply.citing([story.source])). Ask about the finance story for the details."
        reply.shows("path.\(story.id)", in: line)
        reply.paragraph(line)
    }

    /// The text with its first letter capitalised, for sentences that start with an id or a name.
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// "Stage by stage: 4–6 + 3–4 + … = 12–17 months", and where a path's own figure differs, both.
    func stageSum(_ plan: PersonalPlan, paths: [TransitionPath], into reply: inout ReplyBuilder) {
        guard !plan.remaining.isEmpty else { return }
        let skipping = plan.skipped.isEmpty ? "" : ", skipping \(plan.skipped.map(\.stage.title).joined(separator: " and "))"
        reply.paragraph("Stage by stage\(skipping) \(reply.citing(plan.stageSources)): \(plan.arithmetic).")
        for path in paths {
            guard let duration = path.duration, duration != plan.total else { continue }
            reply.note(
                "The two figures differ: \(path.source) gives \(duration.text) for this move, while the roadmap "
                    + "stages of \(plan.stageSources.joined(separator: ", ")) add up to \(plan.total.text).")
        }
    }

    /// The time-to-hire facts: the first only, or all of them for a general question.
    /// The time-to-hire facts: the first, or `all` of them with each source's first fact leading
    /// (the sources disagree, and a short answer shows the first few).
    func timeToHire(all: Bool, into reply: inout ReplyBuilder) {
        guard let topic = knowledge.topic(.timeToHire), !topic.facts.isEmpty else { return }
        var lines: [String] = []
        for fact in all ? Self.eachSourceFirst(topic.facts) : Array(topic.facts.prefix(1)) { lines.append(reply.line(fact)) }
        reply.bullets(lines)
    }

    /// The facts with every source's first one before any source's second, in their order otherwise.
    static func eachSourceFirst(_ facts: [Fact]) -> [Fact] {
        var seen: [String: Int] = [:]
        let ranked = facts.map { fact -> Int in
            defer { seen[fact.source, default: 0] += 1 }
            return seen[fact.source, default: 0]
        }
        return zip(facts, ranked).enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
    }

    /// One row per path with a figure: background, duration, uplift, difficulty, source. A path
    /// listed twice (it starts from two of the backgrounds) is one row. Paths without any figure
    /// get no row of "not given"s: a note under the table names them once per background, with
    /// their sources, so every source stays visible. `backgrounds` limits that note to the ones
    /// asked about; by default it covers every background of the paths.
    func pathTable(_ paths: [TransitionPath], backgrounds: [String]? = nil, into reply: inout ReplyBuilder) {
        var unique: [TransitionPath] = []
        for path in paths where !unique.contains(where: { $0.id == path.id }) { unique.append(path) }
        let (given, silent) = (unique.filter(Self.hasFigures), unique.filter { !Self.hasFigures($0) })
        if !given.isEmpty {
            let rows = given.map { path -> [String] in
                [
                    path.backgrounds.map(name(of:)).joined(separator: " / "), path.duration?.text ?? "not given",
                    path.salaryUplift?.text ?? "not given", path.difficulty ?? "not given", reply.cite(path.source),
                ]
            }
            for (path, row) in zip(given, rows) { reply.shows("path.\(path.id)", in: row.joined(separator: "\n")) }
            reply.add(.table(Reply.Table(header: ["From", "Duration", "Salary uplift", "Difficulty", "Source"], rows: rows)))
        }
        // Backgrounds with the same silent sources share a clause: "data scientist and machine learning engineer (career-card)".
        var groups: [(sources: [String], names: [String])] = []
        for id in backgrounds ?? silent.flatMap(\.backgrounds) {
            let sources = silent.filter { $0.backgrounds.contains(id) }.map(\.source)
            guard !sources.isEmpty else { continue }
            if let index = groups.firstIndex(where: { $0.sources == sources }) {
                if !groups[index].names.contains(name(of: id)) { groups[index].names.append(name(of: id)) }
            } else {
                groups.append((sources, [name(of: id)]))
            }
        }
        let clauses = groups.map { "\(Self.listed($0.names)) \(reply.citing($0.sources))" }
        guard !clauses.isEmpty else { return }
        reply.note(
            (given.isEmpty ? "Described" : "Also described,") + " without a duration, uplift or difficulty: "
                + clauses.joined(separator: "; ") + ".")
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// Whether the source gives a duration, an uplift or a difficulty for the path.
    static func hasFigures(_ path: TransitionPath) -> Bool {
        path.duration != nil || path.salaryUplift != nil || path.difficulty != nil
    }

    /// Backgrounds side by side: each one's duration and uplift, the table of their paths and,
    /// where the roadmap stages differ, the stage sums. A background the sources have no path for
    /// ("compare nurse and frontend") is said plainly, the others are shown as usual, and the
    /// uncovered one gets what the sources say in general.
    func compare(_ entities: Entities, text: String, into reply: inout ReplyBuilder) {
        let named = entities.backgrounds + (entities.unknownBackground.map { [$0] } ?? [])
        guard named.count >= 2 else {
            // Not two backgrounds: roles side by side ("ML engineer vs MLOps") as the articles define
            // them, when the words name such a thing; otherwise every path side by side.
            if named.count == 1 || (index.ranked(FactQuery(text: text)).first?.score ?? 0) >= Self.minimumScore {
                bestFacts(text, entities, topics: Self.factTopics(.compare), subject: "the comparison", into: &reply)
                return
            }
            reply.headline("The transition paths the sources describe, side by side:")
            pathTable(knowledge.paths, into: &reply)
            reply.note("Name two backgrounds to compare just those, e.g. \"compare frontend and backend\".")
            return
        }
        // Roles weighed as options ("stay frontend, go ML engineer, or MLOps"): what the articles say
        // each role is comes first, when the words match those definitions well.
        if let top = index.ranked(FactQuery(text: text)).first, top.score >= Self.outsideTopicScore,
            Self.factTopics(.compare).contains(top.unit.tags.topic)
        {
            bestFacts(text, Entities(), topics: Self.factTopics(.compare), subject: "the roles", into: &reply)
            reply.heading("The moves into MLOps side by side")
        }
        let uncovered = named.filter { knowledge.paths(from: $0).isEmpty }
        let covered = named.filter { !uncovered.contains($0) }
        guard let unknown = uncovered.first else {
            reply.headline(summaries(of: named, into: &reply).joined(separator: " vs "))
            pathTable(named.flatMap(knowledge.paths(from:)), backgrounds: named, into: &reply)
            stageSums(of: named, into: &reply)
            return
        }
        guard !covered.isEmpty else {
            noPathAnswer(for: unknown, into: &reply)
            return
        }
        let missing = Self.listed(uncovered.map(name(of:)))
        reply.headline("The sources have no path for \(missing). \(summaries(of: covered, into: &reply).joined(separator: " vs "))")
        pathTable(covered.flatMap(knowledge.paths(from:)), backgrounds: covered, into: &reply)
        stageSums(of: covered, into: &reply)
        let general = PersonalPlan(knowledge: knowledge, background: nil, unknownBackground: unknown)
        if !general.remaining.isEmpty {
            reply.paragraph(
                "For \(missing), the sources have only the general route: the roadmap stages "
                    + "\(reply.citing(general.stageSources)) add up to \(general.arithmetic).")
        }
        timeToHire(all: false, into: &reply)
        nonTechnicalExample(into: &reply)
    }

    /// "Frontend developer: 8–12 months, +70% to +100% (transition-paths)", one per background.
    private func summaries(of backgrounds: [String], into reply: inout ReplyBuilder) -> [String] {
        backgrounds.enumerated().map { index, id -> String in
            let all = knowledge.paths(from: id)
            let who = index == 0 ? Self.sentence(name(of: id)) : name(of: id)
            let withFigures = all.filter { $0.duration != nil || $0.salaryUplift != nil }
            // Sources silent on both figures are said once, together, not once each.
            guard !withFigures.isEmpty else { return "\(who): no duration or uplift given \(reply.citing(all.map(\.source)))" }
            let figures = withFigures.map { path in
                "\(path.duration?.text ?? "no duration given"), \(path.salaryUplift?.text ?? "no uplift given") \(reply.citing([path.source]))"
            }
            return "\(who): \(figures.joined(separator: "; "))"
        }
    }

    /// The roadmap stages each background skips and their sum, when any of them skips one.
    private func stageSums(of backgrounds: [String], into reply: inout ReplyBuilder) {
        let plans = backgrounds.map { PersonalPlan(knowledge: knowledge, background: $0) }
        guard plans.contains(where: { !$0.skipped.isEmpty }) else { return }
        let rows = plans.enumerated().map { index, plan in
            [
                name(of: backgrounds[index]), plan.skipped.isEmpty ? "none" : plan.skipped.map(\.stage.title).joined(separator: ", "),
                plan.total.text,
            ]
        }
        reply.heading("Following the roadmap stages \(reply.citing(plans[0].stageSources))")
        reply.add(.table(Reply.Table(header: ["From", "Stages skipped", "Stage sum"], rows: rows)))
    }

    func roadmap(_ entities: Entities, into reply: inout ReplyBuilder) {
        let plan = PersonalPlan(
            knowledge: knowledge, background: entities.backgrounds.first,
            unknownBackground: entities.unknownBackground)
        guard !knowledge.stages.isEmpty else {
            reply.headline("The sources give no roadmap stages.")
            return
        }
        if let unknown = plan.unknownBackground { noPath(for: unknown, into: &reply) }
        let whose = plan.background.map { " from \($0.name)" } ?? ""
        var headline = "The roadmap\(whose): \(plan.remaining.count) stages \(reply.citing(plan.stageSources)), \(plan.arithmetic)"
        // The move's own figures, where a source gives them, stand beside the stages' sum (the
        // sources disagree: 6–9 months from backend against 15–21 by the stages).
        if let figures = moveFigures(plan.paths, into: &reply) { headline += "; for this move itself: \(figures)" }
        if plan.unknownBackground == nil { reply.headline(headline) } else { reply.paragraph(headline) }
        // Which stages the person's own work lets them skip comes with the count it explains.
        skips(plan, into: &reply)
        for path in plan.paths {
            reply.paragraph("\(path.title) \(reply.citing([path.source])): \(path.summary)")
        }
        addTimeline(plan, into: &reply)
        var lines: [String] = []
        for stage in knowledge.stages {
            let tools = stage.tools.compactMap(knowledge.tool).map(\.name)
            let skip = plan.skipped.first { $0.stage.id == stage.id }
            let prefix = skip == nil ? "" : "(skip) "
            let toolText = tools.isEmpty ? "" : " Tools: \(tools.joined(separator: ", "))."
            lines.append("\(prefix)\(stage.title): \(stage.summary)\(toolText) \(reply.citing([stage.source]))")
        }
        reply.bullets(lines)
        if plan.unknownBackground != nil { nonTechnicalExample(into: &reply) }
    }

    func plan(_ entities: Entities, profile: Profile, into reply: inout ReplyBuilder) {
        let plan = PersonalPlan(
            knowledge: knowledge, background: entities.backgrounds.first,
            unknownBackground: entities.unknownBackground ?? profile.unknownBackground,
            currentSalary: profile.currentSalary, hoursPerWeek: profile.hoursPerWeek,
            knownTools: profile.knownTools, heldCertifications: profile.heldCertifications)
        if let unknown = plan.unknownBackground {
            noPath(for: unknown, into: &reply)
            nonTechnicalExample(into: &reply)
        } else if let background = plan.background {
            let own = plan.paths.compactMap { path in path.duration.map { "\($0.text) \(reply.citing([path.source]))" } }
            let headline =
                own.isEmpty
                ? "\(plan.total.text) by the roadmap stages \(reply.citing(plan.stageSources))"
                : own.joined(separator: "; ")
            reply.headline("Your plan from \(background.name) to MLOps: \(headline)")
        } else {
            reply.headline(
                "The general roadmap: \(plan.total.text) \(reply.citing(plan.stageSources)). Tell me what you do "
                    + "today for a plan of your own.")
        }
        reply.heading("Stages")
        addTimeline(plan, into: &reply)
        stageSum(plan, paths: plan.paths, into: &reply)
        skips(plan, into: &reply)
        if let hours = plan.hoursPerWeek {
            reply.note("The sources don't say how the durations change with hours a week, so they are not adjusted for your \(hours).")
        }
        toolsInOrder(plan, into: &reply)
        if !plan.certifications.isEmpty {
            reply.heading("Certifications that fit")
            var lines: [String] = []
            for certification in plan.certifications { lines.append(certificationSummary(certification, into: &reply)) }
            reply.bullets(lines)
        }
        reply.heading("Salary")
        if let projection = plan.projection {
            reply.paragraph("Projected from today's \(projection.arithmetic).")
            reply.note(projectionLabel(projection, into: &reply))
            if let terms = projection.termsNote { reply.note(terms) }
        } else if let path = plan.paths.first(where: { $0.salaryUplift != nil }), let uplift = path.salaryUplift {
            reply.paragraph(
                "The documented uplift for this move is \(uplift.text) \(reply.citing([path.source])). "
                    + "Tell me your current salary to see it applied.")
        } else if let current = plan.currentSalary {
            // Without a documented uplift there is nothing to project the person's salary from.
            reply.paragraph(
                "The sources give no salary uplift for this background, so I can't project your "
                    + "\(current.text); here are the MLOps bands they give\(current.isInUSDollars ? "" : ", in US dollars a year").")
            salaryChart(knowledge.salaries(), into: &reply)
        } else {
            reply.paragraph("The sources give no salary uplift for this background.")
            salaryChart(knowledge.salaries(), into: &reply)
        }
    }

    /// The tools to learn as one sequence: each remaining stage's new tools in stage order, then
    /// the ones only the path's source names (``PersonalPlan/toolSteps``).
    func toolsInOrder(_ plan: PersonalPlan, withHeading: Bool = true, into reply: inout ReplyBuilder) {
        guard !plan.toolSteps.isEmpty else { return }
        if withHeading { reply.heading("Tools to learn, in order") }
        var lines: [String] = []
        for step in plan.toolSteps {
            let names = step.tools.map(\.name).joined(separator: ", ")
            let title = step.stage?.title ?? "Also named for this move"
            let line = "\(title): \(names) \(reply.citing(step.sources))"
            if step.stage == nil {
                for path in plan.paths where !path.toolsToLearn.isEmpty { reply.shows("path.\(path.id).tools", in: line) }
            }
            lines.append(line)
        }
        reply.bullets(lines)
    }

    /// "AWS ML Engineer Associate: +$20K salary (career-card)", or "…: no salary effect given (…)".
    func certificationLine(_ certification: Certification, into reply: inout ReplyBuilder) -> String {
        var effects: [String] = []
        if let dollars = certification.salaryEffectDollars { effects.append("+" + MoneyRange(min: dollars).text + " salary") }
        if let percent = certification.salaryEffectPercent { effects.append(PercentRange(min: percent, max: percent).text + " salary") }
        let effect = effects.isEmpty ? "no salary effect given" : effects.joined(separator: ", ")
        let line = "\(certification.name): \(effect) \(reply.citing([certification.source]))"
        reply.shows("cert.\(certification.id)", in: line)
        return line
    }

    /// One certificate in a sentence or three, for answers too short for all its notes: the
    /// salary effect (or that none is given), what it is for (its first note) and, for a dated
    /// one, what replaced it — "Google Professional Machine Learning Engineer: +25% salary
    /// (career-card). It is the alternative to … (career-card)".
    func certificationSummary(_ certification: Certification, into reply: inout ReplyBuilder) -> String {
        var sentences = [certificationLine(certification, into: &reply)]
        if let purpose = certification.notes.first {
            let line = Self.sentence(reply.line(purpose))
            reply.shows("cert.\(certification.id).note.1", in: line)
            sentences.append(line)
        }
        if let newer = certification.replacedBy.flatMap(knowledge.certification) {
            sentences.append("Replaced by \(newer.name) \(reply.citing([newer.source]))")
        }
        return sentences.joined(separator: ". ")
    }

    /// The roadmap timeline of a plan; each stage it shows counts as shown.
    func addTimeline(_ plan: PersonalPlan, into reply: inout ReplyBuilder) {
        let rows = timelineRows(plan)
        for (stage, row) in zip(knowledge.stages, rows) where !row.skipped { reply.shows("stage.\(stage.id)", in: row.label) }
        reply.add(.timeline(rows))
    }

    /// One note per stage the plan skips, with the source's reason.
    func skips(_ plan: PersonalPlan, into reply: inout ReplyBuilder) {
        for skip in plan.skipped {
            let line = "Skip \(skip.stage.title): \(Self.trimmedSentence(skip.reason.reason)) \(reply.citing([skip.reason.source]))"
            for path in plan.paths where path.skipStages.contains(where: { $0.stage == skip.stage.id }) {
                reply.shows("path.\(path.id).skip.\(skip.stage.id)", in: line)
            }
            reply.note(line)
        }
    }

    /// The unit id of a salary figure (`salary.<source>.<role>.<level>`, then `.2`, …).
    func salaryUnitID(_ figure: SalaryFigure) -> String? {
        guard let position = knowledge.salaries.firstIndex(of: figure) else { return nil }
        // The position-th salary unit, found without copying the units out.
        var seen = 0
        for unit in index.units where unit.kind == .salary {
            if seen == position { return unit.id }
            seen += 1
        }
        return nil
    }
}
