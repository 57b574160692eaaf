/// `/why`: how the last message was understood, from the classifier's own evidence.
extension ChatSession {
    func why() -> Reply {
        guard let turn = lastTurn else { return Reply(blocks: [.paragraph("There is no message to explain yet.")]) }
        let understanding = advisor.classifier.explain(turn.understanding, of: turn.utterance)
        let thresholds = advisor.classifier.thresholds
        let verdict =
            understanding.confidence < thresholds.outOfScope
            ? "below the out-of-scope threshold, so I treated it as out of scope"
            : understanding.confidence < thresholds.clarify
                ? "between the thresholds, so I asked what you meant"
                : "above the thresholds, so I answered it"
        var blocks: [Reply.Block] = [
            .headline(
                "I read \u{201C}\(Self.shortened(turn.utterance.sanitizedForDisplay))\u{201D} as \(understanding.intent.displayName) "
                    + "(confidence \(Self.decimal(understanding.confidence)))."),
            .paragraph("That is \(verdict) (\(Self.decimal(thresholds.outOfScope)) and \(Self.decimal(thresholds.clarify)))."),
        ]
        let words = Self.wordsByStem(turn.utterance)
        let rows = understanding.candidates.prefix(3).map { score in
            [
                score.intent.displayName, Self.decimal(score.score),
                Self.evidence(score, words: words).prefix(5).joined(separator: ", "),
                score.nearestExample ?? "",
            ]
        }
        if !rows.isEmpty {
            blocks.append(.table(Reply.Table(header: ["Candidate", "Score", "Evidence", "Nearest example"], rows: rows)))
        }
        let found = understanding.entities.explanation.map(\.sanitizedForDisplay)
        blocks.append(found.isEmpty ? .paragraph("I found no backgrounds, tools or figures in it.") : .bullets(found))
        return Reply(blocks: blocks)
    }

    /// The message's own words by their stems ("salari" → "salary"), first spelling kept.
    static func wordsByStem(_ utterance: String) -> [String: String] {
        var words: [String: String] = [:]
        for token in Normalizer.tokens(utterance) where token.kind == .word {
            let stem = Stemmer.stem(token.text)
            if words[stem] == nil { words[stem] = token.text }
        }
        return words
    }

    /// What a candidate matched, as words of the message: keywords, then the words and word
    /// pairs it shares with the nearest example. Character fragments ("ala", "^hr") are the
    /// classifier's typo tolerance, not evidence a person can read, so they are left out.
    static func evidence(_ score: IntentScore, words: [String: String]) -> [String] {
        var shown: [String] = []
        for keyword in score.matchedKeywords where !shown.contains(keyword) { shown.append(keyword) }
        for term in score.matchedTerms {
            let parts = term.split(separator: " ").map { words[String($0)] }
            guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { continue }
            let phrase = parts.compactMap { $0 }.joined(separator: " ")
            if !shown.contains(phrase) { shown.append(phrase) }
        }
        return shown
    }

    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths % 100)
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
