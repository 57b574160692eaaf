/// Answers about pay: bands by level from every source, uplifts, projections, progression.
extension Responder {
    func salary(_ entities: Entities, profile: Profile, into reply: inout ReplyBuilder) {
        if entities.levels.isEmpty, let background = entities.backgrounds.first, !knowledge.paths(from: background).isEmpty {
            personalSalary(background, profile: profile, into: &reply)
            return
        }
        let levels = entities.levels
        let figures = levels.isEmpty ? knowledge.salaries() : knowledge.salaries().filter { levels.contains($0.level) }
        let stated = figures.filter { $0.salary != nil }
        if levels.isEmpty, let unknown = entities.unknownBackground ?? entities.backgrounds.first {
            reply.headline("The sources give no salary uplift for \(unknown.sanitizedForDisplay); here are the MLOps bands they give.")
        } else if stated.isEmpty {
            reply.headline("The sources give no salary figure for \(levels.isEmpty ? "MLOps engineers" : levels.joined(separator: ", ")).")
        } else {
            let focus = levels.isEmpty ? stated.filter { $0.level == "overall" } : stated
            let shown = (focus.isEmpty ? Array(stated.prefix(1)) : focus).map { "\($0.salary!.text) \(reply.citing([$0.source]))" }
            let who = levels.isEmpty ? "MLOps engineers"
                : levels.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " and ") + " MLOps engineers"
            reply.headline("\(who): \(shown.joined(separator: ", "))")
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
            let a = Self.levelOrder.firstIndex(of: lhs.element.level) ?? Self.levelOrder.count
            let b = Self.levelOrder.firstIndex(of: rhs.element.level) ?? Self.levelOrder.count
            return a != b ? a < b : lhs.offset < rhs.offset
        }.map(\.element)
        let bars = ordered.compactMap { figure in
            figure.salary.map { Reply.SalaryBar(label: Self.barLabel(figure), salary: $0, source: reply.cite(figure.source)) }
        }
        if !bars.isEmpty { reply.add(.salaryChart(bars)) }
        for figure in ordered where figure.salary == nil {
            let why = figure.note.map { ": \($0)" } ?? "."
            reply.note("\(figure.source) gives no figure for \(figure.title)\(why) \(reply.citing([figure.source]))")
        }
    }

    static let levelOrder = ["overall", "entry", "junior", "mid", "senior", "lead", "director"]

    /// "Junior", "Senior (the author, 2.5 years later)": the level, and what sets the figure apart.
    static func barLabel(_ figure: SalaryFigure) -> String {
        guard figure.role == "mlops-engineer", figure.level != "overall" else { return figure.title }
        let level = figure.level.prefix(1).uppercased() + figure.level.dropFirst()
        guard let open = figure.title.firstIndex(of: "(") else { return level }
        return level + " " + figure.title[open...]
    }

    private func personalSalary(_ background: String, profile: Profile, into reply: inout ReplyBuilder) {
        let paths = knowledge.paths(from: background)
        let uplifts = paths.map { path in
            "\(path.salaryUplift?.text ?? "no uplift given") \(reply.citing([path.source]))"
        }
        reply.headline("From \(name(of: background)) to MLOps: \(uplifts.joined(separator: "; "))")
        let plan = PersonalPlan(knowledge: knowledge, background: background, currentSalary: profile.currentSalary)
        if let projection = plan.projection {
            reply.paragraph("On your \(MoneyRange(min: projection.current).text) that is \(projection.projected.text) a year.")
            reply.note(projectionLabel(projection, into: &reply))
        }
        for path in paths {
            let lines = path.salaryMilestones.map { milestone in
                "\(milestone.label): \(milestone.salary.text)\(milestone.note.map { " — \($0)" } ?? "") \(reply.citing([milestone.source]))"
            }
            reply.bullets(lines)
        }
        reply.heading("Where people start")
        salaryChart(knowledge.salaries().filter { ["entry", "junior"].contains($0.level) }, into: &reply)
    }

    /// "A projection from the +70% to +100% that transition-paths gives for this move, not a promise."
    func projectionLabel(_ projection: PersonalPlan.SalaryProjection, into reply: inout ReplyBuilder) -> String {
        "A projection from the \(projection.uplift.text) that \(projection.source) gives for this move "
            + "\(reply.citing([projection.source])), not a promise."
    }

    func careerGrowth(into reply: inout ReplyBuilder) {
        let ladder = knowledge.salaries()
        let titles = ladder.filter { $0.level != "overall" }
        if titles.isEmpty {
            reply.headline("The sources give no career ladder.")
        } else {
            var seen: [String] = []
            for figure in titles where !seen.contains(figure.level) { seen.append(figure.level) }
            reply.headline("The ladder runs \(seen.joined(separator: " → ")) \(reply.citing(titles.map(\.source)))")
            salaryChart(titles, into: &reply)
        }
        topics(Self.topicIDs[.careerGrowth] ?? [], subject: "career moves", into: &reply)
    }
}
