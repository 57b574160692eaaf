/// Who the person is vs what they mention: a background named as a goal, a title or a course is
/// not the person's own; a field of study and a bare "about 5 years" are.
extension EntityExtractor {
    /// Words right before a background that make it a goal: "transition to", "move into", "become".
    static let goalWords: Set<String> = ["to", "into", "become", "becoming", "towards", "toward", "pivot", "transition", "switch", "wannabe"]
    /// Words right after a background that make it something done or read, not held: "a devops
    /// internship", "a data science course", "the frontend book".
    static let notHeldAfter: Set<String> = [
        "intern", "internship", "internships", "course", "courses", "bootcamp", "book", "books", "class", "classes",
        "certificate", "certification", "cert", "tutorial", "tutorials", "degree", "program", "programme", "roles", "jobs",
        "job", "position", "positions", "team", "teams", "people", "folks", "friends", "colleagues", "side",
    ]

    /// Whether the background at `span` is named as what someone does, rather than as a goal
    /// ("to ML engineer"), a title ("Python for DevOps": a tool, then "for") or a course.
    func isHeld(_ span: Range<Int>, _ tokens: [Token], named: [Bool]) -> Bool {
        var before = span.lowerBound - 1
        // "to a senior ML engineer", "into an MLOps role": skip articles and levels.
        while before >= 0, ["a", "an", "the", "full", "time", "fulltime"].contains(tokens[before].text) || (named[before] && before > 0
            && tokens[before].kind == .word && Self.levels.contains { $0.phrases.contains(tokens[before].text) }) { before -= 1 }
        if before >= 0, Self.goalWords.contains(tokens[before].text) { return false }
        if before >= 1, tokens[before].text == "for", named[before - 1] { return false }
        if span.upperBound < tokens.count, Self.notHeldAfter.contains(tokens[span.upperBound].text) { return false }
        return true
    }

    /// Words that may surround a bare "about 5 years" without making it a duration.
    static let hedges: Set<String> = [
        "about", "around", "roughly", "approximately", "approx", "almost", "nearly", "over", "like", "maybe", "just", "some",
        "yes", "yeah", "yep", "so", "um", "uh", "hmm", "lol", "probably", "prob", "ish", "or", "plus", "more",
    ]

    /// "about 5 years" on its own answers how long someone has worked, not how long something
    /// takes: years, hedged, with nothing else in the message.
    func bareYears(_ tokens: [Token]) -> Int? {
        let numbers = tokens.filter { $0.kind == .number }
        guard numbers.count == 1, let value = numbers[0].value else { return nil }
        let words = tokens.filter { $0.kind == .word }.map(\.text)
        guard words.contains(where: Self.yearUnits.contains),
              words.allSatisfy({ Self.yearUnits.contains($0) || Self.hedges.contains($0) }) else { return nil }
        return Self.whole(value, in: Profile.plausibleYearsOfExperience)
    }

    /// Words that say the person studies: "graduating in CS", "a CS student", "studying data science".
    static let studyWords: Set<String> = ["graduating", "graduate", "grad", "student", "studying", "majoring", "degree"]

    /// A field of study as the background the person has: "graduating in CS" → "CS graduate",
    /// "studying data science" → "data science student".
    func studies(_ tokens: [Token]) -> String? {
        let text = tokens.map(\.text)
        for (index, word) in text.enumerated() where Self.studyWords.contains(word) {
            // "graduating in CS", "studying physics", "majoring in math": the field follows.
            var field: [String] = []
            var cursor = index + 1
            if cursor < text.count, ["in", "from"].contains(text[cursor]) { cursor += 1 }
            while cursor < tokens.count, tokens[cursor].kind == .word, field.count < 2,
                  !jobs.phraseEnd.contains(text[cursor]), !StopWords.contains(text[cursor]) {
                field.append(text[cursor])
                cursor += 1
            }
            // "a CS student", "a physics grad": the field comes first.
            if field.isEmpty, index > 0, tokens[index - 1].kind == .word, !StopWords.contains(text[index - 1]) {
                field = [text[index - 1]]
            }
            guard !field.isEmpty else { continue }
            let role = ["graduating", "graduate", "grad", "degree"].contains(word) ? "graduate" : "student"
            return (field + [role]).joined(separator: " ")
        }
        return nil
    }

    /// Verbs that say the person has something already: "I (already) know/use/have/hold …".
    static let haveVerbs: Set<String> = [
        "know", "knew", "use", "using", "used", "have", "had", "hold", "got", "passed", "earned", "familiar", "experienced",
        "comfortable", "worked", "work", "working", "did", "done", "completed", "proficient", "fluent", "solid",
    ]
    /// Words that turn such a clause into a plan or a question: "I have to learn", "do I need".
    static let notYetWords: Set<String> = [
        "learn", "learning", "need", "needs", "want", "wanna", "should", "will", "going", "plan", "planning", "thinking",
        "considering", "study", "studying", "get", "getting", "take", "taking", "start", "which", "what", "how", "if",
        "whether", "or", "vs", "versus", "worth",
    ]

    /// Tools and certifications the person says they have, in a clause "I … know/use/have …"
    /// without "learn", "need", "should", a question word…: "i already know k8s, terraform,
    /// jenkins" (a list continues the clause), "i have CKA".
    func markKnown(_ tokens: [Token], named: [Bool], matches: [(at: Int, name: Name)], in entities: inout Entities) {
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
            if words.contains("i"), words.contains(where: Self.haveVerbs.contains), !words.contains(where: Self.notYetWords.contains) {
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

    /// Words that may sit next to a job title typed alone: greetings, "here", fillers.
    static let titleFillers: Set<String> = [
        "hi", "hello", "hey", "hiya", "yo", "here", "i", "am", "a", "an", "currently", "now", "lol", "ok", "okay", "so", "well",
        "yes", "yeah", "yep", "dev", "by", "trade", "profession", "atm", "rn", "right", "just", "the", "and", "thanks", "thx",
    ]
    /// Words that start a place after the title: "from lahore", "based in berlin".
    static let placeWords: Set<String> = ["from", "in", "based", "at"]

    /// Whether every word outside the named spans is a filler, or one or two words of a place.
    func isTitleAlone(_ tokens: [Token], named: [Bool]) -> Bool {
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .word, !named[index] else {
                if tokens[index].kind == .number { return false }
                continue
            }
            let word = tokens[index].text
            if Self.titleFillers.contains(word) { continue }
            if Self.placeWords.contains(word) {
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
