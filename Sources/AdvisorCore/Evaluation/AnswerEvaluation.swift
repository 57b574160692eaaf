/// How well the advisor's first answers serve the answer set: each question is put to
/// ``Advisor/respond(to:state:)`` from a fresh state and its first screen is scored.
///
/// Per question and in total:
/// - **dismissed**: an in-domain question answered "I can't help with that" (target 0);
/// - **must**: the first screen shows every required unit (target ≥ 90% of questions that require any);
/// - **gaps**: every labelled gap kind is among the reply's admitted gaps (target ≥ 95% of questions with gaps);
/// - **false gaps**: a gap kind the reply admits that the question is not labelled with, in the
///   domain ("nothing about Kafka" when Kafka is the person's own stack) (target 0);
/// - **unknown numbers**: numbers in the reply that neither the knowledge base, the question nor
///   the person's stored figures hold, outside lines that show their arithmetic ("4–6 + 3–4 = 7–10 months") and small counts
///   up to ``smallCount`` (stages, list positions) (target 0);
/// - **repeated lines**: the same line twice in a reply (target 0);
/// - **length**: lines of the first screen at 80 columns, the source list not counted (median ≤ 16);
/// - **retrieval recall@5 and @10**: of all must units, the share the ``FactIndex`` ranks among its
///   first 5 (10) for the question's text alone (`FactQuery(text:entities:bringsInPaths: true)`,
///   the entities the advisor understands, no intent's topics). It measures the index and its
///   data (`asks:`), apart from how a reply is composed. A unit of a same-claims group counts as
///   found when any unit of its group is ranked that high, as for the must measure. Recall is
///   also given apart for the development questions (ids starting with "D", the real questions
///   data may be tuned on) and the held-out rest (the team's own, never tuned on): the second is
///   the honest number.
public struct AnswerEvaluation: Codable, Sendable {
    /// How many must units the index ranks among its first 5 and 10, for a share of the questions.
    public struct Recall: Codable, Sendable, Hashable {
        public var mustUnits: Int
        public var inTop5: Int
        public var inTop10: Int

        public var at5: Double { mustUnits == 0 ? 1 : Double(inTop5) / Double(mustUnits) }
        public var at10: Double { mustUnits == 0 ? 1 : Double(inTop10) / Double(mustUnits) }

        /// The recall of the must units of `results`.
        init(_ results: [Result]) {
            let ranks = results.flatMap { $0.retrieved.map { $0.rank ?? .max } }
            mustUnits = ranks.count
            inTop5 = ranks.filter { $0 <= AnswerEvaluation.recallCutoffs.near }.count
            inTop10 = ranks.filter { $0 <= AnswerEvaluation.recallCutoffs.far }.count
        }
    }

    /// A must unit and its place in the retrieval ranking of the question.
    public struct Retrieved: Codable, Sendable, Hashable {
        public var unit: String
        /// 1 for the first unit ranked; nil when the index does not rank it at all.
        public var rank: Int?

        public init(unit: String, rank: Int?) {
            self.unit = unit
            self.rank = rank
        }
    }

    public struct Result: Codable, Sendable {
        public var id: String
        public var domain: LabelledAnswer.Domain
        public var dismissed: Bool
        public var missingUnits: [String]
        public var shownUnits: [String]
        /// Each must unit's place in the retrieval ranking of the question, in `must` order; a
        /// same-claims group's best place counts.
        public var retrieved: [Retrieved]
        /// The units the index ranks first for the question (``recallCutoffs`` far), to see what
        /// stands above a must unit it ranks lower.
        public var topRanked: [String]
        public var missingGaps: [Gap.Kind]
        /// The kinds the reply admits that the question is not labelled with, each with the words admitted.
        public var extraGaps: [Gap]
        public var unknownNumbers: [String]
        public var repeatedLines: [String]
        /// First-screen lines at 80 columns, the source list not counted.
        public var lines: Int
        /// All lines of the first screen, with the source list.
        public var totalLines: Int
        public var reply: String
    }

    public struct Totals: Codable, Sendable {
        public var questions: Int
        public var inDomain: Int
        public var dismissed: Int
        public var withUnits: Int
        public var allUnitsShown: Int
        public var withGaps: Int
        public var gapsAdmitted: Int
        /// In-domain replies that admit a gap kind the question is not labelled with.
        public var repliesWithFalseGaps: Int
        public var repliesWithUnknownNumbers: Int
        public var repliesWithRepeatedLines: Int
        public var medianLines: Double
        public var medianTotalLines: Double
        /// Must units of all questions, counted once per question that names them.
        public var mustUnits: Int
        /// Must units the index ranks among its first ``AnswerEvaluation/recallCutoffs`` (5, then 10).
        public var mustUnitsInTop5: Int
        public var mustUnitsInTop10: Int
        public var recallAt5: Double
        public var recallAt10: Double
        /// Recall on the development questions (ids starting with ``developmentPrefix``) and on the held-out rest.
        public var developmentRecall: Recall
        public var heldOutRecall: Recall

        public var unitRate: Double { withUnits == 0 ? 1 : Double(allUnitsShown) / Double(withUnits) }
        public var gapRate: Double { withGaps == 0 ? 1 : Double(gapsAdmitted) / Double(withGaps) }
    }

    public static let smallCount = 10
    /// How the ids of the development questions start (D1–D46); the others are held out.
    public static let developmentPrefix = "D"
    /// How far down the retrieval ranking a must unit may be to count as found: recall@5 and @10.
    public static let recallCutoffs = (near: 5, far: 10)

    public var results: [Result]
    public var totals: Totals

    /// `sameClaims`: groups of units that make one claim from one source (`same-claims.yaml`); a
    /// reply showing any unit of a group shows each of them.
    public init(answers: [LabelledAnswer], advisor: Advisor, sameClaims: [[String]] = []) {
        var claimOf: [String: Int] = [:]
        for (number, group) in sameClaims.enumerated() { for unit in group { claimOf[unit] = number } }
        let known = Self.numbers(
            in: advisor.responder.index.units.map(\.text)
                + advisor.knowledge.sources.map(\.title) + advisor.knowledge.paths.map(\.summary))
        let renderer = ReplyRenderer(width: Reply.screenWidth)
        let index = advisor.responder.index
        results = answers.map { answer in
            let ranking = index.ranked(
                FactQuery(text: answer.text, entities: advisor.understand(answer.text).entities, bringsInPaths: true))
            var rankOf: [String: Int] = [:]
            for (place, match) in ranking.enumerated() where rankOf[match.unit.id] == nil { rankOf[match.unit.id] = place + 1 }
            let retrieved = answer.must.map { unit in
                let mates = claimOf[unit].map { group in sameClaims[group] } ?? [unit]
                return Retrieved(unit: unit, rank: mates.compactMap { rankOf[$0] }.min())
            }
            let turn = advisor.respond(to: answer.text, state: DialogueState())
            let reply = turn.reply
            let body = Reply(blocks: reply.blocks.filter { if case .sources = $0 { false } else { true } })
            let bodyText = renderer.render(body)
            let shown = reply.units.map(\.id)
            let admitted = Set(reply.admittedGaps.map(\.kind))
            let extra = answer.domain == .in ? reply.admittedGaps.filter { !answer.gaps.contains($0.kind) } : []
            let dismissed = reply.blocks.contains(.paragraph(Responder.outOfScopeText))
            var unknown: [String] = []
            // The person's own figures, as the advisor stored them ("14 LPA" is 1,400,000 rupees a year), are theirs.
            let own = [turn.state.profile.currentSalary?.amount, turn.state.profile.hoursPerWeek, turn.state.profile.yearsOfExperience]
                .compactMap { $0 }.map(Double.init)
            let allowed = known.union(Self.numbers(in: [answer.text])).union(own)
            for line in reply.blocks.flatMap(Self.lines(of:)) where !line.contains(" = ") && !line.hasPrefix("There is more") {
                for number in Self.numbers(in: [line])
                where !allowed.contains(number) && !(number >= 0 && number <= Double(Self.smallCount)) {
                    let shown = number == number.rounded() ? String(Int(number)) : String(number)
                    if !unknown.contains(shown) { unknown.append(shown) }
                }
            }
            var seen: Set<String> = []
            var repeated: [String] = []
            for line in reply.blocks.flatMap(Self.lines(of:)) where !line.isEmpty {
                if !seen.insert(line).inserted, !repeated.contains(line) { repeated.append(line) }
            }
            return Result(
                id: answer.id, domain: answer.domain, dismissed: answer.domain == .in && dismissed,
                missingUnits: answer.must.filter { unit in
                    !shown.contains(unit) && !(claimOf[unit].map { group in shown.contains { claimOf[$0] == group } } ?? false)
                }, shownUnits: shown, retrieved: retrieved,
                topRanked: ranking.prefix(Self.recallCutoffs.far).map(\.unit.id),
                missingGaps: answer.gaps.filter { !admitted.contains($0) }, extraGaps: extra, unknownNumbers: unknown,
                repeatedLines: repeated,
                lines: bodyText.isEmpty ? 0 : bodyText.split(separator: "\n", omittingEmptySubsequences: false).count,
                totalLines: renderer.render(reply).split(separator: "\n", omittingEmptySubsequences: false).count,
                reply: renderer.render(reply))
        }
        let inDomain = zip(answers, results).filter { $0.0.domain == .in }
        let withUnits = zip(answers, results).filter { !$0.0.must.isEmpty }
        let withGaps = zip(answers, results).filter { !$0.0.gaps.isEmpty }
        let ranks = results.flatMap { $0.retrieved.map(\.rank) }
        let inTop5 = ranks.filter { ($0 ?? .max) <= Self.recallCutoffs.near }.count
        let inTop10 = ranks.filter { ($0 ?? .max) <= Self.recallCutoffs.far }.count
        totals = Totals(
            questions: answers.count, inDomain: inDomain.count, dismissed: inDomain.filter { $0.1.dismissed }.count,
            withUnits: withUnits.count, allUnitsShown: withUnits.filter { $0.1.missingUnits.isEmpty }.count,
            withGaps: withGaps.count, gapsAdmitted: withGaps.filter { $0.1.missingGaps.isEmpty }.count,
            repliesWithFalseGaps: results.filter { !$0.extraGaps.isEmpty }.count,
            repliesWithUnknownNumbers: results.filter { !$0.unknownNumbers.isEmpty }.count,
            repliesWithRepeatedLines: results.filter { !$0.repeatedLines.isEmpty }.count,
            medianLines: Self.median(inDomain.map { Double($0.1.lines) }),
            medianTotalLines: Self.median(inDomain.map { Double($0.1.totalLines) }),
            mustUnits: ranks.count, mustUnitsInTop5: inTop5, mustUnitsInTop10: inTop10,
            recallAt5: ranks.isEmpty ? 1 : Double(inTop5) / Double(ranks.count),
            recallAt10: ranks.isEmpty ? 1 : Double(inTop10) / Double(ranks.count),
            developmentRecall: Recall(results.filter { $0.id.hasPrefix(Self.developmentPrefix) }),
            heldOutRecall: Recall(results.filter { !$0.id.hasPrefix(Self.developmentPrefix) }))
    }

    /// The report as text: one line per question that misses a target, then the totals.
    public var lines: [String] {
        var lines: [String] = []
        for result in results {
            var problems: [String] = []
            if result.dismissed { problems.append("dismissed") }
            if !result.missingUnits.isEmpty { problems.append("missing \(result.missingUnits.joined(separator: ", "))") }
            if !result.missingGaps.isEmpty {
                problems.append("gaps not admitted: \(result.missingGaps.map(\.rawValue).joined(separator: ", "))")
            }
            if !result.extraGaps.isEmpty {
                let admitted = result.extraGaps.map { "\($0.kind.rawValue) \"\($0.term)\"" }
                problems.append("gaps admitted but not labelled: \(admitted.joined(separator: ", "))")
            }
            if !result.unknownNumbers.isEmpty {
                problems.append("numbers not in the knowledge base: \(result.unknownNumbers.joined(separator: ", "))")
            }
            if !result.repeatedLines.isEmpty { problems.append("repeated: \"\(result.repeatedLines[0])\"") }
            if result.lines > Reply.screenBudget { problems.append("\(result.lines) lines") }
            let unretrieved = result.retrieved.filter { ($0.rank ?? .max) > Self.recallCutoffs.far }
            if !unretrieved.isEmpty {
                let places = unretrieved.map { "\($0.unit) (\($0.rank.map { "#\($0)" } ?? "not ranked"))" }
                problems.append("ranked below \(Self.recallCutoffs.far): \(places.joined(separator: ", "))")
            }
            if !problems.isEmpty { lines.append("\(result.id): \(problems.joined(separator: "; "))") }
        }
        let t = totals
        lines.append("")
        lines.append("Answer set: \(t.questions) questions, \(t.inDomain) in the domain")
        lines.append("  in-domain questions dismissed:        \(t.dismissed)  (target 0)")
        lines.append(
            "  first screen holds every must unit:   \(t.allUnitsShown)/\(t.withUnits) = \(Self.percent(t.unitRate))  (target ≥ 90%)")
        lines.append("  gaps admitted:                        \(t.gapsAdmitted)/\(t.withGaps) = \(Self.percent(t.gapRate))  (target ≥ 95%)")
        lines.append("  replies with false gaps:              \(t.repliesWithFalseGaps)  (target 0)")
        lines.append("  replies with numbers not in the KB:   \(t.repliesWithUnknownNumbers)  (target 0)")
        lines.append("  replies with a repeated line:         \(t.repliesWithRepeatedLines)  (target 0)")
        lines.append(
            "  must units retrieved in the top 5:    \(t.mustUnitsInTop5)/\(t.mustUnits) = \(Self.percent(t.recallAt5))  (recall@5)")
        lines.append(
            "  must units retrieved in the top 10:   \(t.mustUnitsInTop10)/\(t.mustUnits) = \(Self.percent(t.recallAt10))  (recall@10)")
        for (name, recall) in [("development (D)", t.developmentRecall), ("held out", t.heldOutRecall)] {
            let padded = name + String(repeating: " ", count: max(0, 17 - name.count))
            lines.append(
                "    \(padded) \(recall.inTop5)/\(recall.mustUnits) = \(Self.percent(recall.at5)) @5, "
                    + "\(recall.inTop10)/\(recall.mustUnits) = \(Self.percent(recall.at10)) @10")
        }
        lines.append(
            "  median first-answer length:           \(Self.figure(t.medianLines)) lines, \(Self.figure(t.medianTotalLines)) with sources  (target ≤ 16)"
        )
        return lines
    }

    private static func percent(_ rate: Double) -> String {
        let tenths = (rate * 1000).rounded() / 10
        return "\(tenths)%"
    }

    private static func figure(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The lines of a block before wrapping: a list's items, a table's rows, a chart's labels.
    static func lines(of block: Reply.Block) -> [String] {
        switch block {
        case let .headline(text), let .heading(text), let .paragraph(text), let .note(text): [text]
        case let .bullets(items): items
        case let .table(table): table.rows.map { $0.joined(separator: " | ") }
        case let .timeline(rows): rows.map { "\($0.label) \($0.months.text)" }
        case let .salaryChart(bars): bars.map { "\($0.label) \($0.salary.text)" }
        case .sources: []
        }
    }

    /// The values of the numbers in texts, as the ``Normalizer`` reads them ("$100K" → 100000).
    static func numbers(in texts: [String]) -> Set<Double> {
        var values: Set<Double> = []
        for text in texts {
            for token in Normalizer.tokens(text) where token.kind == .number {
                if let value = token.value { values.insert(abs(value)) }
            }
        }
        return values
    }

    private static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
