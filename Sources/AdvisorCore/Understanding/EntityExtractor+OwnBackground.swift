/// Who the person is vs what they mention: a background named as a goal, a title, a course or
/// other people ("our data scientists") is not the person's own; a field of study and a bare
/// "about 5 years" are.
extension EntityExtractor {
    /// Whether the background at `span` is named as what someone does, rather than as a goal
    /// ("to ML engineer"), MLOps likened to it ("mlops is just devops", `liken-words`), a job asked about ("should I work as a backend dev", `plan-before-job`), a title ("Python for DevOps": a tool, then "for"), a course, a
    /// comparison ("harder than DevOps", `weighed-before`), or other people: after an `others-before` phrase ("our data scientists", "my team of SREs") or in
    /// the plural ("we work with data engineers"); or weighed, after a `gap-weigh-between` word in
    /// its clause ("between MLOps and a data scientist").
    func isHeld(_ span: Range<Int>, _ tokens: [Token], named: [Bool]) -> Bool {
        var before = span.lowerBound - 1
        let text = tokens.map(\.text)
        // "to a senior ML engineer", "into an MLOps role", "aim for something like Head of ML
        // engineering": skip articles and levels; an aim phrase may end on a skipped word ("be a").
        while before >= 0, !own.isAim(endingAt: before, text),
            own.aimSkip.contains(tokens[before].text)
                || (named[before] && before > 0
                    && tokens[before].kind == .word && Self.levels.contains { $0.phrases.contains(tokens[before].text) })
        { before -= 1 }
        if before >= 0, own.aimBefore.contains(tokens[before].text) || own.isAim(endingAt: before, text) { return false }
        // "is mlops just devops with extra steps": MLOps likened to the job, which is nobody's.
        var likened = span.lowerBound - 1
        while likened >= 0, tokens[likened].kind == .word, own.likenWords.contains(tokens[likened].text) { likened -= 1 }
        if likened >= 0, likened < span.lowerBound - 1, jobs.targetWords.contains(tokens[likened].text) { return false }
        if before >= 0, own.isOthers(endingAt: before, tokens.map(\.text)) { return false }
        // "harder than devops", "compared to data science": weighed against, not held.
        if before >= 0, own.isWeighed(endingAt: before, tokens.map(\.text)) { return false }
        if own.isPlural(tokens[span.upperBound - 1].text) { return false }
        if before >= 1, tokens[before].text == "for", named[before - 1] { return false }
        // "where the lines lie between MLOps and a data scientist": weighed, not held.
        var position = span.lowerBound - 1
        while position >= 0, tokens[position].kind != .boundary {
            if own.weighedBetween.contains(tokens[position].text) { return false }
            position -= 1
        }
        // "an 'Associate DevOps Engineer' role": the word after a closing quotation mark counts.
        var after = span.upperBound
        if after < tokens.count, tokens[after].isQuote { after += 1 }
        if after < tokens.count, own.isNotHeld(after: tokens[after].text) { return false }
        // "should I work as a backend dev first?": a job asked about, not held.
        if let intro = jobs.intros.first(where: {
            $0.count <= before + 1 && tokens[(before + 1 - $0.count)...before].map(\.text).elementsEqual($0)
        }),
            before - intro.count >= 0, own.planBeforeJob.contains(tokens[before - intro.count].text)
        {
            return false
        }
        return true
    }

    /// Whether a `past-words` word comes before `index` in its clause: "used to be a sysadmin",
    /// "i was a teacher", "former accountant"; a `job-intro-adverbs` word ("now") ends the search.
    func isPast(before index: Int, _ tokens: [Token]) -> Bool {
        var position = index - 1
        while position >= 0, tokens[position].kind != .boundary, !jobs.introAdverbs.contains(tokens[position].text) {
            if own.pastWords.contains(tokens[position].text) { return true }
            position -= 1
        }
        return false
    }

    /// "about 5 years" on its own answers how long someone has worked, not how long something
    /// takes: years, hedged, with nothing else in the message.
    func bareYears(_ tokens: [Token]) -> Int? {
        let numbers = tokens.filter { $0.kind == .number }
        guard numbers.count == 1, let value = numbers[0].value else { return nil }
        let words = tokens.filter { $0.kind == .word }.map(\.text)
        guard words.contains(where: Self.yearUnits.contains),
            words.allSatisfy({ Self.yearUnits.contains($0) || own.yearHedges.contains($0) })
        else { return nil }
        return Self.whole(value, in: Profile.plausibleYearsOfExperience)
    }

    /// A field of study as the background the person has: "graduating in CS" → "cs graduate",
    /// "studying data science" → "data science student", "a physics grad" → "physics graduate".
    ///
    /// The field is a `study-fields` phrase right after the study word (an intro such as "in" may
    /// come between) or right before it; any other word there names no field ("broke student",
    /// "studying alone", "grad from Nigeria"). A negated study word ("with no degree") and one
    /// after a plan or a question in its clause ("do I need a degree in ML") are no background.
    func studies(_ tokens: [Token], negated: [Bool]) -> String? {
        let text = tokens.map(\.text)
        for (index, word) in text.enumerated() where own.studyGraduate.contains(word) || own.studyStudent.contains(word) {
            guard !negated[index], !isPlanned(before: index, tokens) else { continue }
            var cursor = index + 1
            if cursor < text.count, own.studyFieldIntro.contains(text[cursor]) { cursor += 1 }
            guard let field = own.field(startingAt: cursor, text) ?? own.field(endingBefore: index, text) else { continue }
            let role = own.studyGraduate.contains(word) ? "graduate" : "student"
            return (field + [role]).joined(separator: " ")
        }
        return nil
    }

    /// Whether a `not-yet` word ("need", "should", "want") comes before `index` in its clause.
    private func isPlanned(before index: Int, _ tokens: [Token]) -> Bool {
        var position = index - 1
        while position >= 0, tokens[position].kind != .boundary {
            if own.notYet.contains(tokens[position].text) { return true }
            position -= 1
        }
        return false
    }

    /// Tools and certifications the person says they have, in a clause "I … know/use/have …"
    /// without "learn", "need", "should", a question word…: "i already know k8s, terraform,
    /// jenkins" (a list continues the clause), "i have CKA". In a message that says the
    /// person's job, a clause that says a tool is used at work (`work-use`) counts too: "backend
    /// dev, some terraform at work".
    func markKnown(
        _ tokens: [Token], named: [Bool], matches: [(at: Int, name: Name)], holdsJob: Bool = false, in entities: inout Entities
    ) {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].kind != .boundary { end += 1 }
            // A list after the verb runs over commas: "know k8s, terraform, jenkins".
            while end + 1 < tokens.count, tokens[end].kind == .boundary, named[end + 1] {
                end += 1
                while end < tokens.count, tokens[end].kind != .boundary { end += 1 }
            }
            let words = tokens[start..<end].map(\.text)
            let says = words.contains("i") && words.contains(where: own.haveVerbs.contains)
            let usesAtWork = holdsJob && OwnBackgroundWords.contains(own.workUse, in: words)
            if says || usesAtWork, !words.contains(where: own.notYet.contains) {
                for match in matches where (start..<end).contains(match.at) {
                    switch match.name.kind {
                    case .tool where !entities.knownTools.contains(match.name.id): entities.knownTools.append(match.name.id)
                    case .certification where !entities.heldCertifications.contains(match.name.id):
                        entities.heldCertifications.append(match.name.id)
                    default: break
                    }
                }
            }
            start = end + 1
        }
    }

    /// Whether every word outside the named spans is a filler, or one or two words of a place, or
    /// after the title what the person aims at ("backend engineer transitioning into ML").
    func isTitleAlone(_ tokens: [Token], named: [Bool]) -> Bool {
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .word, !named[index] else {
                if tokens[index].kind == .number { return false }
                continue
            }
            let word = tokens[index].text
            if own.titleFillers.contains(word) { continue }
            if own.aimVerbs.contains(word), named[..<index].contains(true) { return true }
            if own.placeWords.contains(word) {
                // The place itself: up to two words, then the clause must end.
                var end = index + 1
                while end < tokens.count, end <= index + 2, tokens[end].kind == .word, !named[end] { end += 1 }
                guard end < tokens.count ? tokens[end].kind == .boundary : true else { return false }
                index = end - 1
                continue
            }
            return false
        }
        return true
    }
}
