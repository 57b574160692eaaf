/// Jobs the knowledge base does not know, for `Entities.unknownBackground`: the one a person
/// says they have ("i am a nurse", "i work in IT support", "a game dev"), and one named next to
/// a known background in a comparison ("compare nurse and frontend", "is a teacher or a
/// frontend dev closer to mlops").
extension EntityExtractor {
    /// A job the person says they have or had, which the knowledge base does not know.
    struct OwnJob {
        /// The job as the message names it: "nurse", "IT manager", "telecom engineering".
        var name: String
        /// Where its words are among the message's tokens.
        var span: Range<Int>
        /// Whether the person had it before ("used to be a…", "i worked as a…").
        var isPast: Bool
    }

    // MARK: "I am a …"

    /// The job after a `job-intro` phrase ("i am (currently) a/an X", "i work as (a/an) X", "i am
    /// working as a/an X"), if nothing in it is known; levels in front are skipped ("a senior
    /// nurse" → "nurse"). A `job-intro-adverbs` word may sit between the phrase's words.
    ///
    /// The first word may be a stop word when a later one names a job ("an IT manager"). An age
    /// may sit inside the intro ("i'm 45, a manager"). A job after a `past-words` word ("i used
    /// to be a sysadmin", "i worked as a teacher") is one the person had.
    func unknownJob(_ tokens: [Token], words: [String?], negated: [Bool]) -> OwnJob? {
        let text = tokens.map(\.text)
        // "should i work as a data analyst first?" asks about a job; the person's own is elsewhere.
        let found = text.indices.lazy.filter { $0 == 0 || !self.own.planBeforeJob.contains(text[$0 - 1]) }.compactMap { index in
            self.jobs.intros.lazy.compactMap { self.introEnd($0, tokens, at: index).map { (start: index, end: $0) } }.first
        }.first
        guard let found, case var cursor = found.end, cursor < tokens.count, !negated[cursor] else { return nil }
        // "a 45-year-old IT manager": the age is no part of the job.
        if cursor < tokens.count, tokens[cursor].kind == .number, let age = gapFinder.cues[.ageAfter]?.starts(in: words, at: cursor + 1) {
            cursor += 1 + age
        }
        // "a senior nurse", "a former civil engineer": levels and past words in front are no part of the job.
        var isPastJob = false
        while cursor < tokens.count, let word = words[cursor] {
            if names[word]?.contains(where: { $0.kind == .level }) == true {
                cursor += 1
            } else if own.pastWords.contains(tokens[cursor].text) {
                isPastJob = true
                cursor += 1
            } else {
                break
            }
        }
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
        guard let head = job.first, !jobs.notJobs.contains(head),
            !StopWords.contains(head) || job.dropFirst().contains(where: { self.job($0) != nil || jobs.isGeneralHead($0) })
        else { return nil }
        let span = cursor - job.count..<cursor
        let past =
            isPastJob || tokens[found.start..<span.lowerBound].contains { own.pastWords.contains($0.text) }
            || isPast(before: found.start, tokens)
        return OwnJob(name: jobSpelling(tokens[span]), span: span, isPast: past)
    }

    /// Where the intro phrase ends if it starts at `index`. Adverbs may sit between its words,
    /// and so may an age ("i am 45, a manager", "i am 45 years old, a nurse").
    private func introEnd(_ intro: [String], _ tokens: [Token], at index: Int) -> Int? {
        var cursor = index
        for (offset, word) in intro.enumerated() {
            if offset > 0 {
                while cursor < tokens.count, jobs.introAdverbs.contains(tokens[cursor].text) { cursor += 1 }
                if cursor + 1 < tokens.count, tokens[cursor].kind == .number, tokens[cursor].text != word {
                    var end = cursor + 1
                    let words = tokens.map { $0.kind == .word ? Stemmer.stem($0.text) : nil }
                    if let age = gapFinder.cues[.ageAfter]?.starts(in: words, at: end) { end += age }
                    if end < tokens.count, tokens[end].text == "," || gapFinder.cues[.jobAgeJoiners]?.starts(in: words, at: end) == 1 {
                        cursor = end + 1
                    }
                }
            }
            guard cursor < tokens.count, tokens[cursor].text == word else { return nil }
            cursor += 1
        }
        return cursor
    }

    /// The words of a job as the message wrote them, acronyms in capitals ("IT manager", "QA
    /// tester"), other words in lower case ("nurse", whatever its capital).
    func jobSpelling(_ tokens: ArraySlice<Token>) -> String {
        tokens.map { token in
            token.text.count >= 2 && token.spelling == token.text.uppercased() ? token.spelling : token.text
        }.joined(separator: " ")
    }

    // MARK: A job said as a title

    /// "Teacher (high school physics) for 10 years, …", "Me: 31, mechanical engineer in Pune.",
    /// "recruiter here", "nurse, 6 years": a job that opens a clause (up to three words ending in
    /// a job word, none of them known, a stop word or about MLOps itself), followed by a
    /// `title-job-after` word, an `aim-verbs` word ("teacher moving into ML"), a bracket or a
    /// number after the clause's end ("hello advisor" and
    /// "evening, advisor" name none). Levels in front are skipped ("senior …"), a general job word
    /// needs a word before it ("mechanical engineer", not "engineer"), and a job in the plural
    /// names other people ("Hiring managers in fintech").
    func titleJob(_ tokens: [Token], named: [Bool], negated: [Bool]) -> OwnJob? {
        let words = PhraseTable<Bool>.stems(tokens)
        func isFree(_ index: Int) -> Bool {
            tokens[index].kind == .word && !named[index] && !negated[index] && !StopWords.contains(tokens[index].text)
                && !jobs.notJobs.contains(tokens[index].text) && !jobs.targetWords.contains(tokens[index].text)
        }
        for start in tokens.indices where start == 0 || tokens[start - 1].kind == .boundary {
            var first = start
            while first < tokens.count, let word = words[first], names[word]?.contains(where: { $0.kind == .level }) == true { first += 1 }
            var end = first
            while end < tokens.count, end - first < 3, isFree(end) { end += 1 }
            for stop in stride(from: end, to: first, by: -1) {
                // "Hiring managers in fintech, …": people in the plural are others.
                let phrase = tokens[first..<stop].map(\.text)
                guard jobPhrase(phrase) != nil, job(phrase[phrase.count - 1]) == phrase[phrase.count - 1] else { continue }
                // "hello advisor", "evening, advisor", "later gator": a word with a job ending alone is no title.
                let isTitle =
                    stop < tokens.count
                    && (tokens[stop].opensBracket || gapFinder.cues[.titleJobAfter]?.starts(in: words, at: stop) != nil
                        || own.aimVerbs.contains(tokens[stop].text)
                        || tokens[stop].kind == .boundary && stop + 1 < tokens.count && tokens[stop + 1].kind == .number)
                if isTitle {
                    return OwnJob(name: jobSpelling(tokens[first..<stop]), span: first..<stop, isPast: isPast(before: first, tokens))
                }
                break
            }
        }
        return nil
    }

    // MARK: A field of work

    /// The field of work the person says they are in, which the articles have no path from: a
    /// `work-fields` phrase right after a `work-verbs` word ("doing IT support", "a career in
    /// telecom", articles skipped), or after a `place-words` word with a work verb earlier in its
    /// clause ("i work 50 hours a week in consulting"). The clause must be about the person ("i"
    /// or "my" in it) and hold no plan or aim before the field ("i want to work in sales"). Further fields and job words join the
    /// field ("telecom engineering", "IT support engineer").
    func fieldJob(_ tokens: [Token], named: [Bool], negated: [Bool]) -> OwnJob? {
        let text = tokens.map(\.text)
        for index in tokens.indices where tokens[index].kind == .word && !named[index] && !negated[index] {
            guard let length = jobs.field(at: index, text) else { continue }
            var before = index - 1
            while before >= 0, jobs.articles.contains(text[before]) { before -= 1 }
            guard before >= 0, tokens[before].kind == .word else { continue }
            var clauseStart = before
            while clauseStart > 0, tokens[clauseStart - 1].kind != .boundary { clauseStart -= 1 }
            let clause = text[clauseStart..<before]
            let clauseEnd = tokens[index...].firstIndex { $0.kind == .boundary } ?? tokens.endIndex
            let viaPlace = own.placeWords.contains(text[before])
            guard jobs.workVerbs.contains(text[before]) || viaPlace && clause.contains(where: jobs.workVerbs.contains),
                text[clauseStart..<clauseEnd].contains(where: { $0 == "i" || $0 == "my" }),
                !clause.contains(where: { own.notYet.contains($0) || own.aimBefore.contains($0) })
            else { continue }
            var end = index + length
            while end < tokens.count, tokens[end].kind == .word, !named[end] {
                if let more = jobs.field(at: end, text) {
                    end += more
                } else if job(text[end]) != nil || jobs.isGeneralHead(text[end]) {
                    end += 1
                } else {
                    break
                }
            }
            // "could I do it in 6 months": a field that is also an everyday word is one only as a
            // name ("I do IT") or with more of a job after it ("it support").
            if length == 1, end == index + 1, jobs.fieldsAsNames.contains(text[index]), tokens[index].capitals == 0 { continue }
            return OwnJob(name: jobSpelling(tokens[index..<end]), span: index..<end, isPast: isPast(before: index, tokens))
        }
        return nil
    }

    /// The job a `job-verbs` verb says the person does, right after "i" (a `job-intro-adverbs` word
    /// may sit between): "I teach computing at a school" → "teacher" (`job-verb-jobs`). Not
    /// negated, and with no plan or aim before it in its clause ("i want to teach").
    func verbJob(_ tokens: [Token], negated: [Bool]) -> OwnJob? {
        let text = tokens.map(\.text)
        for index in tokens.indices where !negated[index] {
            guard let name = jobs.jobOfVerb[text[index]] else { continue }
            var before = index - 1
            while before >= 0, jobs.introAdverbs.contains(text[before]) { before -= 1 }
            // "i teach myself python": no job.
            guard before >= 0, text[before] == "i", index + 1 == text.count || !own.firstPerson.contains(text[index + 1])
            else { continue }
            var clauseStart = before
            while clauseStart > 0, tokens[clauseStart - 1].kind != .boundary { clauseStart -= 1 }
            guard !text[clauseStart..<before].contains(where: { own.notYet.contains($0) || own.aimBefore.contains($0) })
            else { continue }
            return OwnJob(name: name, span: index..<index + 1, isPast: isPast(before: index, tokens))
        }
        return nil
    }

    /// A general job word that a field of work before it makes another job: "game dev", "an IT
    /// manager", "QA engineers" (the field, then the word). The span covers both.
    func fieldModified(_ span: Range<Int>, _ tokens: [Token], named: [Bool]) -> Range<Int>? {
        guard tokens[span].allSatisfy({ jobs.isGeneralHead($0.text) }),
            let length = jobs.field(endingBefore: span.lowerBound, tokens.map(\.text)),
            !(span.lowerBound - length..<span.lowerBound).contains(where: { named[$0] || tokens[$0].kind != .word })
        else { return nil }
        return span.lowerBound - length..<span.upperBound
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
