/// Answers about pay: bands by level from every source, uplifts, projections, progression.
extension Responder {
    func salary(_ entities: Entities, profile: Profile, into reply: inout ReplyBuilder) {
        if entities.levels.isEmpty, let background = entities.backgrounds.first, !knowledge.paths(from: background).isEmpty {
            personalSalary(background, profile: profile, into: &reply)
            return
        }
        let levels = entities.levels
        // Where people start: the card says "entry", the others "junior"; either word shows both.
        let starting = SalaryLevel.allCases.filter(\.isStarting)
        let wanted = levels.contains(where: \.isStarting) ? levels + starting : levels
        let figures =
            levels.isEmpty
            ? knowledge.salaries()
            : knowledge.salaries().filter { wanted.contains($0.level) && $0.role == "mlops-engineer" }
        let stated = figures.filter { $0.salary != nil }
        if levels.isEmpty, let unknown = entities.unknownBackground ?? entities.backgrounds.first {
            reply.headline("The sources give no salary uplift for \(unknown.sanitizedForDisplay); here are the MLOps bands they give.")
        } else if stated.isEmpty {
            reply.headline(
                "The sources give no salary figure for \(levels.isEmpty ? "MLOps engineers" : levels.map(\.rawValue).joined(separator: ", "))."
            )
        } else {
            // The headline gives the bands; one person's pay ("the author's first offer") stays in the chart.
            let bands = stated.filter { Self.remark(in: $0.title) == nil }
            let focus = levels.isEmpty ? stated.filter { $0.level == .overall } : bands
            let headlined = focus.isEmpty ? Array(stated.prefix(1)) : focus
            let shown = headlined.map { "\($0.salary!.text) \(reply.citing([$0.source]))" }
            let named = SalaryLevel.allCases.filter { level in wanted.contains(level) && stated.contains { $0.level == level } }
            let who = levels.isEmpty ? "MLOps engineers" : Self.sentence(Self.levelsPhrase(named.isEmpty ? levels : named))
            let headline = "\(who): \(shown.joined(separator: ", "))"
            for figure in headlined { if let id = salaryUnitID(figure) { reply.shows(id, in: headline) } }
            reply.headline(headline)
        }
        salaryChart(figures, into: &reply)
        let sourcesPerLevel = Dictionary(grouping: stated, by: \.level).values
        if sourcesPerLevel.contains(where: { Set($0.map(\.source)).count > 1 }) {
            reply.note("The sources disagree; each bar names its source.")
        }
    }

    /// Bars for the stated figures, by level, and a note for each level a source has no figure for.
    func salaryChart(_ figures: [SalaryFigure], into reply: inout ReplyBuilder) {
        let ordered = figures.enumerated().sorted { lhs, rhs in
            lhs.element.level != rhs.element.level ? lhs.element.level < rhs.element.level : lhs.offset < rhs.offset
        }.map(\.element)
        let bars = ordered.compactMap { figure in
            figure.salary.map { Reply.SalaryBar(label: Self.barLabel(figure), salary: $0, source: reply.cite(figure.source)) }
        }
        for (figure, bar) in zip(ordered.filter { $0.salary != nil }, bars) {
            if let id = salaryUnitID(figure) { reply.shows(id, in: "\(bar.label) (\(bar.source))") }
        }
        if !bars.isEmpty { reply.add(.salaryChart(bars)) }
        // What sets a figure apart ("the author's first offer") goes below the chart, not in its label.
        let remarks = ordered.filter { $0.salary != nil && $0.role == "mlops-engineer" && $0.level != .overall }
            .compactMap { figure -> (String, String)? in
                guard let remark = Self.remark(in: figure.title) else { return nil }
                return ("\(Self.barLabel(figure)) \(figure.salary!.text) (\(remark))", figure.source)
            }
        if !remarks.isEmpty {
            reply.note("Single salaries, not bands: " + remarks.map(\.0).joined(separator: "; ") + " " + reply.citing(remarks.map(\.1)))
        }
        for figure in ordered where figure.salary == nil {
            let why = figure.note.map { ": \($0)" } ?? "."
            reply.note("\(figure.source) gives no figure for \(figure.title)\(why) \(reply.citing([figure.source]))")
        }
    }

    /// "Junior", "Senior": just the level; the source has its own column and remarks go below.
    static func barLabel(_ figure: SalaryFigure) -> String {
        guard figure.role == "mlops-engineer", figure.level != .overall else { return figure.title }
        return sentence(figure.level.rawValue)
    }

    /// The words in a title's parentheses: "the author's first offer".
    static func remark(in title: String) -> String? {
        guard let open = title.firstIndex(of: "("), let close = title.lastIndex(of: ")"), open < close else { return nil }
        let inside = String(title[title.index(after: open)..<close]).trimming()
        return inside.isEmpty ? nil : inside
    }

    /// "Entry-level and junior MLOps engineers", "directors of MLOps".
    static func levelsPhrase(_ levels: [SalaryLevel]) -> String {
        let engineers = levels.filter(\.isEngineer)
        let others = levels.filter { !$0.isEngineer }.map(levelPhrase)
        var parts: [String] = []
        if !engineers.isEmpty {
            let adjectives = engineers.map { levelPhrase($0).replacingOccurrences(of: " MLOps engineers", with: "") }
            parts.append(adjectives.joined(separator: " and ") + " MLOps engineers")
        }
        return (parts + others).joined(separator: " and ")
    }

    /// How a headline names the people at a level: "senior MLOps engineers", "directors of MLOps".
    static func levelPhrase(_ level: SalaryLevel) -> String {
        switch level {
        case .entry: "entry-level MLOps engineers"
        case .mid: "mid-level MLOps engineers"
        case .lead: "MLOps team leads"
        case .director: "directors of MLOps"
        case .overall, .junior, .senior: "\(level.rawValue) MLOps engineers"
        }
    }

    private func personalSalary(_ background: String, profile: Profile, into reply: inout ReplyBuilder) {
        let paths = knowledge.paths(from: background)
        // Sources that give no uplift are named together, once ("no uplift given (backend-devops, career-card)").
        var uplifts = paths.compactMap { path in path.salaryUplift.map { "\($0.text) \(reply.citing([path.source]))" } }
        let silent = paths.filter { $0.salaryUplift == nil }.map(\.source)
        if !silent.isEmpty { uplifts.append("no uplift given \(reply.citing(silent))") }
        // The move's uplift, and what the role pays as a whole (the figure a pay question asks for first).
        let overall = overallPay(into: &reply).map { ". MLOps engineers overall: \($0)" } ?? ""
        let headline = "From \(name(of: background)) to MLOps: \(uplifts.joined(separator: "; "))\(overall)"
        for path in paths where path.salaryUplift != nil { reply.shows("path.\(path.id)", in: headline) }
        reply.headline(headline)
        let plan = PersonalPlan(knowledge: knowledge, background: background, currentSalary: profile.currentSalary)
        if plan.projection == nil, let current = profile.currentSalary {
            reply.paragraph(
                "With no uplift for this move, I can't project your \(current.text)"
                    + "\(current.isInUSDollars ? "" : "; the figures below are US dollars a year").")
        }
        if let projection = plan.projection {
            reply.paragraph("Projected from your \(projection.arithmetic).")
            reply.note(projectionLabel(projection, into: &reply))
            if let terms = projection.termsNote { reply.note(terms) }
        }
        for path in paths {
            let lines = path.salaryMilestones.map { milestone in
                "\(milestone.label): \(milestone.salary.text)\(milestone.note.map { " — \($0)" } ?? "") \(reply.citing([milestone.source]))"
            }
            reply.bullets(lines)
        }
        reply.heading("Where people start")
        salaryChart(knowledge.salaries().filter(\.level.isStarting), into: &reply)
    }

    /// The MLOps engineer's overall pay band(s) with their sources ("$130K–$220K (transition-paths)"),
    /// marked shown; nil when no source gives one.
    func overallPay(into reply: inout ReplyBuilder) -> String? {
        let overall = knowledge.salaries().filter { $0.level == .overall && $0.role == "mlops-engineer" && $0.salary != nil }
        guard !overall.isEmpty else { return nil }
        let text = overall.map { "\($0.salary!.text) \(reply.citing([$0.source]))" }.joined(separator: ", ")
        for figure in overall { if let id = salaryUnitID(figure) { reply.shows(id, in: text) } }
        return text
    }

    /// "A projection from the +70% to +100% that transition-paths gives for this move, not a promise."
    func projectionLabel(_ projection: PersonalPlan.SalaryProjection, into reply: inout ReplyBuilder) -> String {
        "A projection from the \(projection.uplift.text) that \(projection.source) gives for this move "
            + "\(reply.citing([projection.source])), not a promise."
    }

    /// Where the role leads first — the ladder above MLOps engineer, long-term moves, neighbouring
    /// roles (the career-moves topic, in its order) — then the pay at each step: each source's
    /// ladder on one line, in its own order and words, never merged (career-path has five
    /// levels, the card three, the finance story the author's own two steps).
    func careerGrowth(into reply: inout ReplyBuilder) {
        let facts = knowledge.topic(.careerMoves)?.facts ?? []
        if let first = facts.first {
            reply.headline(reply.line(first))
            var lines: [String] = []
            for fact in facts.dropFirst() { lines.append(reply.line(fact)) }
            reply.bullets(lines)
        }
        let rungs = knowledge.salaries().filter { $0.role == "mlops-engineer" && $0.level != .overall }
        var sources: [String] = []
        for figure in rungs where !sources.contains(figure.source) { sources.append(figure.source) }
        let levelCount = { (source: String) in Self.distinctLevels(rungs.filter { $0.source == source }).count }
        // The longest ladder first; ties keep the knowledge base's order.
        sources = sources.enumerated().sorted { lhs, rhs in
            let (a, b) = (levelCount(lhs.element), levelCount(rhs.element))
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element)
        guard !sources.isEmpty else {
            if facts.isEmpty { reply.headline("The sources say nothing about where the career leads.") }
            return
        }
        var ladders: [String] = []
        for source in sources {
            let own = rungs.filter { $0.source == source }
            let steps = Self.distinctLevels(own).map { level -> String in
                let figures = own.filter { $0.level == level }
                let title = figures.first { Self.remark(in: $0.title) == nil }?.title ?? figures[0].title
                let pay = figures.map { figure in
                    guard let salary = figure.salary else { return "no figure" }
                    return Self.remark(in: figure.title).map { "\(salary.text) (\($0))" } ?? salary.text
                }
                return "\(title): \(pay.joined(separator: "; "))"
            }
            ladders.append("\(steps.joined(separator: " → ")) \(reply.citing([source]))")
        }
        let heading = "Pay at each step: each source draws its own ladder"
        if facts.isEmpty { reply.headline(heading) } else { reply.heading(heading) }
        reply.bullets(ladders)
    }

    /// The levels of a source's figures, from the first rung up (``SalaryLevel``'s order).
    static func distinctLevels(_ figures: [SalaryFigure]) -> [SalaryLevel] {
        Set(figures.map(\.level)).sorted()
    }
}
