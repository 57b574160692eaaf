/// Jobs the knowledge base does not know, for `Entities.unknownBackground`: the one a person
/// says they have ("i am a nurse"), and one named next to a known background in a comparison
/// ("compare nurse and frontend", "is a teacher or a frontend dev closer to mlops").
extension EntityExtractor {
    // MARK: "I am a …"

    /// The job after a `job-intro` phrase ("i am (currently) a/an X", "i work as (a/an) X", "i am
    /// working as a/an X"), if nothing in it is known; levels in front are skipped ("a senior
    /// nurse" → "nurse"). A `job-intro-adverbs` word may sit between the phrase's words.
    func unknownJob(_ tokens: [Token], words: [String?], negated: [Bool]) -> (name: String, span: Range<Int>)? {
        let text = tokens.map(\.text)
        let start = text.indices.lazy.compactMap { index in jobs.intros.lazy.compactMap { introEnd($0, text, at: index) }.first }.first
        guard var cursor = start, cursor < tokens.count, !negated[cursor] else { return nil }
        // "a 45-year-old IT manager": the age is no part of the job.
        if cursor < tokens.count, tokens[cursor].kind == .number, let age = gapFinder.cues[.ageAfter]?.starts(in: words, at: cursor + 1) {
            cursor += 1 + age
        }
        while cursor < tokens.count, let word = words[cursor], names[word]?.contains(where: { $0.kind == .level }) == true { cursor += 1 }
        var job: [String] = []
        while cursor < tokens.count, job.count < 3, tokens[cursor].kind == .word, !jobs.phraseEnd.contains(tokens[cursor].text) {
            job.append(tokens[cursor].text)
            cursor += 1
        }
        // "a high school maths teacher": a fourth word that names the job ends it.
        if job.count == 3, cursor < tokens.count, tokens[cursor].kind == .word, self.job(tokens[cursor].text) != nil,
            job.allSatisfy({ self.job($0) == nil })
        {
            job.append(tokens[cursor].text)
            cursor += 1
        }
        guard let head = job.first, !jobs.notJobs.contains(head), !StopWords.contains(head) else { return nil }
        return (job.joined(separator: " "), cursor - job.count..<cursor)
    }

    /// Where the intro phrase ends if it starts at `index`, adverbs between its words skipped.
    private func introEnd(_ intro: [String], _ text: [String], at index: Int) -> Int? {
        var cursor = index
        for (offset, word) in intro.enumerated() {
            if offset > 0 { while cursor < text.count, jobs.introAdverbs.contains(text[cursor]) { cursor += 1 } }
            guard cursor < text.count, text[cursor] == word else { return nil }
            cursor += 1
        }
        return cursor
    }

    // MARK: Next to a known background

    /// The job named next to a known background and joined to it by "and", "or", "vs" or
    /// "versus": "compare nurse and frontend", "nurse vs backend developer", "is a teacher or a
    /// frontend dev closer to mlops", "frontend or a high school teacher".
    ///
    /// Only words that clearly name a job count: a job word ("nurse", "chef") or a word with a job
    /// ending ("teacher", "pharmacist"), so "compare cost and frontend" and "frontend and other
    /// backgrounds" name none. Before the connector the job is one word, or two right after an
    /// article ("a school teacher or …"); after it, up to three words ending in the job word.
    /// `spans` are the token ranges of the known backgrounds; `named` marks every token of a name.
    func coordinatedJob(_ tokens: [Token], spans: [Range<Int>], named: [Bool], negated: [Bool]) -> String? {
        func isFree(_ index: Int) -> Bool {
            tokens.indices.contains(index) && tokens[index].kind == .word && !named[index] && !negated[index]
                && !StopWords.contains(tokens[index].text) && !jobs.phraseEnd.contains(tokens[index].text)
        }
        func isBoundary(_ index: Int) -> Bool { tokens.indices.contains(index) && tokens[index].kind == .boundary }
        func isArticle(_ index: Int) -> Bool { tokens.indices.contains(index) && jobs.articles.contains(tokens[index].text) }
        // A comma joins too inside a list that "and", "or" or "vs" ends: "nurse, frontend and backend".
        func isConnector(_ index: Int) -> Bool {
            guard tokens.indices.contains(index) else { return false }
            if jobs.coordinators.contains(tokens[index].text) { return true }
            guard tokens[index].text == "," else { return false }
            let rest = tokens[(index + 1)...]
            let clauseEnd = rest.firstIndex { $0.kind == .boundary } ?? tokens.endIndex
            return rest[..<clauseEnd].contains { jobs.coordinators.contains($0.text) }
        }
        for span in spans {
            // After: "frontend and (a) nurse", "frontend vs. nurse", "frontend, or a nurse".
            var cursor = span.upperBound
            if !isConnector(cursor), isBoundary(cursor), isConnector(cursor + 1) { cursor += 1 }
            if isConnector(cursor) {
                cursor += 1
                if isBoundary(cursor) { cursor += 1 }
                if isArticle(cursor) { cursor += 1 }
                var phrase: [String] = []
                while phrase.count < 3, isFree(cursor) {
                    phrase.append(tokens[cursor].text)
                    cursor += 1
                }
                if let head = phrase.lastIndex(where: { job($0) != nil }), let job = jobPhrase(Array(phrase[...head])) {
                    return job
                }
            }
            // Before: "nurse and (a) frontend", "nurse vs. frontend", "nurse, frontend and backend".
            cursor = span.lowerBound - 1
            if isArticle(cursor) { cursor -= 1 }
            if !isConnector(cursor), isBoundary(cursor), isConnector(cursor - 1) { cursor -= 1 }
            guard isConnector(cursor) else { continue }
            cursor -= 1
            if isBoundary(cursor) { cursor -= 1 }
            guard isFree(cursor) else { continue }
            var phrase = [tokens[cursor].text]
            if isFree(cursor - 1), isArticle(cursor - 2), job(tokens[cursor - 1].text) == nil {
                phrase.insert(tokens[cursor - 1].text, at: 0)
            }
            if let job = jobPhrase(phrase) { return job }
        }
        return nil
    }

    /// The phrase as a job, its last word in the singular ("high school teachers" → "high school
    /// teacher"), if that word names a job and nothing in it is about MLOps itself.
    func jobPhrase(_ phrase: [String]) -> String? {
        guard let last = phrase.last, let head = job(last) else { return nil }
        guard phrase.count > 1 || !jobs.generalHeads.contains(head),
            !phrase.contains(where: { jobs.targetWords.contains($0) || jobs.notJobs.contains($0) })
        else { return nil }
        return (phrase.dropLast() + [head]).joined(separator: " ")
    }

    /// The word in the singular if it names a job ("nurses" → "nurse"), else nil.
    func job(_ word: String) -> String? {
        for candidate in [word] + (word.hasSuffix("s") ? [String(word.dropLast())] : []) {
            guard !jobs.notJobs.contains(candidate), !jobs.notJobsWithJobEndings.contains(candidate) else { continue }
            if jobs.jobWords.contains(candidate) || candidate.count >= 5 && jobs.jobEndings.contains(where: candidate.hasSuffix) {
                return candidate
            }
        }
        return nil
    }
}
