extension Understanding {
    /// Why the utterance was understood this way, as lines for `advisor ask --explain`.
    ///
    /// The decision and its confidence, then the top candidates with their combined score,
    /// similarity and keyword parts, the terms shared with the nearest example, the matched
    /// keywords and that example, then the entities found.
    public func explanationLines(candidates limit: Int = 3) -> [String] {
        var lines = ["intent: \(intent.rawValue) (confidence \(EvaluationReport.fixed(confidence)))"]
        let shown = candidates.filter { $0.intent != .outOfScope || $0.nearestExample != nil }.prefix(limit)
        if shown.isEmpty { lines.append("  no training example shares a word with this") }
        for (rank, candidate) in shown.enumerated() {
            lines.append(
                "  \(rank + 1). \(candidate.intent.rawValue) \(EvaluationReport.fixed(candidate.score)) "
                    + "= similarity \(EvaluationReport.fixed(candidate.similarity)) + keywords \(EvaluationReport.fixed(candidate.keywordScore))"
            )
            if !candidate.matchedTerms.isEmpty { lines.append("     terms: \(candidate.matchedTerms.joined(separator: ", "))") }
            if !candidate.matchedKeywords.isEmpty { lines.append("     keywords: \(candidate.matchedKeywords.joined(separator: ", "))") }
            if let example = candidate.nearestExample { lines.append("     nearest example: \"\(example)\"") }
        }
        let found = entities.explanation
        lines.append(found.isEmpty ? "entities: none" : "entities: " + found.joined(separator: "; "))
        return lines
    }
}

extension Entities {
    /// Each non-empty field as `name: values`.
    var explanation: [String] {
        var parts: [String] = []
        func add(_ name: String, _ values: [String]) { if !values.isEmpty { parts.append("\(name): \(values.joined(separator: ", "))") } }
        add("background", backgrounds)
        add("mentioned, not held", mentionedBackgrounds)
        add("not background", negatedBackgrounds)
        add("unknown background", unknownBackground.map { [$0] } ?? [])
        add("tools", tools)
        add("not tools", negatedTools)
        add("tool groups", toolGroups)
        add("certifications", certifications)
        add("levels", levels.map(\.rawValue))
        add("money", money.map { "$\($0)" })
        add("durations", durations.map { $0.min == $0.max ? "\($0.min) months" : "\($0.min)–\($0.max) months" })
        add("hours per week", hoursPerWeek.map { [String($0)] } ?? [])
        add("years of experience", yearsOfExperience.map { [String($0)] } ?? [])
        return parts
    }
}
