/// `/why`: how the last message was understood, from the classifier's own evidence.
extension ChatSession {
    func why() -> Reply {
        guard let turn = lastTurn else { return Reply(blocks: [.paragraph("There is no message to explain yet.")]) }
        let understanding = advisor.classifier.explain(turn.understanding, of: turn.utterance)
        let thresholds = advisor.classifier.thresholds
        let verdict = understanding.confidence < thresholds.outOfScope ? "below the out-of-scope threshold, so I treated it as out of scope"
            : understanding.confidence < thresholds.clarify ? "between the thresholds, so I asked what you meant"
            : "above the thresholds, so I answered it"
        var blocks: [Reply.Block] = [
            .headline("I read \u{201C}\(Self.shortened(turn.utterance.sanitizedForDisplay))\u{201D} as \(understanding.intent.displayName) "
                + "(confidence \(Self.decimal(understanding.confidence)))."),
            .paragraph("That is \(verdict) (\(Self.decimal(thresholds.outOfScope)) and \(Self.decimal(thresholds.clarify)))."),
        ]
        let rows = understanding.candidates.prefix(3).map { score in
            [score.intent.displayName, Self.decimal(score.score),
             (score.matchedKeywords + score.matchedTerms).prefix(5).joined(separator: ", "),
             score.nearestExample ?? ""]
        }
        if !rows.isEmpty {
            blocks.append(.table(Reply.Table(header: ["Candidate", "Score", "Evidence", "Nearest example"], rows: rows)))
        }
        let found = understanding.entities.explanation.map(\.sanitizedForDisplay)
        blocks.append(found.isEmpty ? .paragraph("I found no backgrounds, tools or figures in it.") : .bullets(found))
        return Reply(blocks: blocks)
    }

    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths % 100)
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
