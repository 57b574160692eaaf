/// The words that tell who the person is from what they only mention ("transition to devops", "a
/// devops internship", "i already know k8s", "graduating in cs"), read from the cue lists of
/// `Knowledge/cues.yaml` and, where the gap finder's lists mean the same, `Knowledge/gaps.yaml`.
struct OwnBackgroundWords: Sendable {
    /// Words right before a background that make it an aim: `aim-before` and the one-word
    /// phrases of `gap-aim` ("become", "into").
    let aimBefore: Set<String>
    /// The phrases of `aim-before` of more than one word ("aim for", "shoot for").
    let aimPhrases: [[String]]
    /// Words between an aim word and the background: "a", "the", "full time".
    let aimSkip: Set<String>
    /// Words right after a background that make it something done or met, not held.
    let notHeldAfter: Set<String>
    /// Words right before a job intro that make the job asked about, not held: "should" in
    /// "should i work as a backend dev".
    let planBeforeJob: Set<String>
    /// Words between MLOps and a job it is likened to: "is", "just" in "mlops is just devops".
    let likenWords: Set<String>
    /// Words that hold a name but name nothing the knowledge base knows: "x ray" (no Ray).
    let notNames: [[String]]
    /// The stems of the resource kinds of `gap-title` ("course", "book"): "the frontend book".
    let resourceStems: Set<String>
    /// Words that may sit around a bare "about 5 years".
    let yearHedges: Set<String>
    /// Words right after "5 years" that make it experience: "5 years of java", "5 yrs experience".
    let experienceAfter: Set<String>
    /// Words in the clause that make "5 years" experience: "i've been coding for 5 years".
    let experienceContext: Set<String>
    /// Words in the clause that make "2 years" a duration instead: "will it take 2 years".
    let durationContext: Set<String>
    /// Words right before "12 years" that make it time spent, not a plan: "after 12 years".
    let yearsSpentBefore: Set<String>
    /// Phrases that open a clause about other people's work: "the ml team", "they".
    let othersDo: [[String]]
    /// Words right after a year unit that make the number an age (gaps.yaml's `age-after`
    /// phrases that start with one: "old" of "years old").
    let ageAfterUnit: Set<String>
    /// Words by which the person speaks of themselves (gaps.yaml's `age-self`: "i", "my", "me").
    let firstPerson: Set<String>
    /// Words a little before "3 years" that make it a job post's ask: "all job posts want 3+ years".
    let yearsAskedFor: [[String]]
    /// Words after a duration written as a modifier that keep it the plan's length: "a 12 month
    /// plan", "6 month from now".
    let durationAfter: Set<String>
    /// Phrases that make the years said in their clause time away from work, not experience:
    /// "stay at home", "career break".
    let offWork: [[String]]
    /// Phrases that make the years said in their clause time spent learning: "been learning for a year".
    let studying: [[String]]
    /// Phrases right before a background that weigh it against something, not hold it: "than",
    /// "compared to".
    let weighedBefore: [[String]]
    /// Words that say the person graduated in a field, and those that say they study one.
    let studyGraduate: Set<String>
    let studyStudent: Set<String>
    /// Words between a study word and the field: "graduating in cs".
    let studyFieldIntro: Set<String>
    /// Fields of study, longest first: "computer science", "physics".
    let studyFields: [[String]]
    /// Verbs by which a person says they have a tool, and words that make that a plan instead.
    let haveVerbs: Set<String>
    let notYet: Set<String>
    /// Phrases that say a tool is used in the person's work, in a message about their job: "some
    /// terraform at work", "k8s all day".
    let workUse: [[String]]
    /// Words between an amount of pay and its currency or period that only say how it is
    /// counted: "18k PLN net a month", "9000 EUR gross per month".
    let payQualifiers: [[String]]
    /// Words that may sit next to a job title typed alone, and words that start a place after it.
    let titleFillers: Set<String>
    let placeWords: Set<String>
    /// Words that start, after a title, what the person aims at ("backend engineer transitioning
    /// into ML"): the rest of the clause is the aim, not more about the job.
    let aimVerbs: Set<String>
    /// Phrases right before a background that make it other people's: "our", "team of".
    let othersBefore: [[String]]
    /// Words before a job in its clause that make it one the person had: "used", "former".
    let pastWords: Set<String>
    /// Words before a pair in its clause that make its jobs weighed, not held: `gap-weigh-between`
    /// ("the line between MLOps and a data scientist").
    let weighedBetween: Set<String>
    /// The last words of the backgrounds' names as typed ("scientist", "devops", "sre"), to tell
    /// one typed in the plural ("data scientists", "sres").
    let backgroundLastWords: Set<String>

    init(knowledge: KnowledgeBase) {
        aimBefore = knowledge.cueWordSet(.aimBefore).union(knowledge.cueWordSet(.gapAim))
        aimPhrases = knowledge.cueWords(.aimBefore).filter { $0.count > 1 }
        aimSkip = knowledge.cueWordSet(.aimSkip)
        notHeldAfter = knowledge.cueWordSet(.notHeldAfter)
        notNames = knowledge.cueWords(.notNames)
        likenWords = knowledge.cueWordSet(.likenWords)
        planBeforeJob = knowledge.cueWordSet(.planBeforeJob)
        resourceStems = Set(knowledge.cueWordSet(.gapTitle).map(Stemmer.stem))
        yearHedges = knowledge.cueWordSet(.yearHedges)
        offWork = knowledge.cueWords(.yearsOffWork)
        studying = knowledge.cueWords(.yearsStudying)
        experienceAfter = knowledge.cueWordSet(.experienceAfter)
        experienceContext = knowledge.cueWordSet(.experienceContext)
        durationContext = knowledge.cueWordSet(.durationContext)
        yearsSpentBefore = knowledge.cueWordSet(.yearsSpentBefore)
        othersDo = knowledge.cueWords(.othersDo)
        firstPerson = knowledge.cueWordSet(.ageSelf)
        ageAfterUnit = Set(
            knowledge.cueWords(.ageAfter).compactMap { words in
                words.count == 2 && EntityExtractor.yearUnits.contains(words[0]) ? words[1] : nil
            })
        yearsAskedFor = knowledge.cueWords(.yearsAskedFor)
        durationAfter = knowledge.cueWordSet(.durationAfter)
        weighedBefore = knowledge.cueWords(.weighedBefore)
        studyGraduate = knowledge.cueWordSet(.studyGraduate)
        studyStudent = knowledge.cueWordSet(.studyStudent)
        studyFieldIntro = knowledge.cueWordSet(.studyFieldIntro)
        studyFields = knowledge.cueWords(.studyFields).enumerated()
            .sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
        haveVerbs = knowledge.cueWordSet(.haveVerbs)
        notYet = knowledge.cueWordSet(.notYet)
        workUse = knowledge.cueWords(.workUse)
        payQualifiers = knowledge.cueWords(.payQualifiers)
        titleFillers = knowledge.cueWordSet(.titleFillers)
        aimVerbs = knowledge.cueWordSet(.aimVerbs)
        placeWords = knowledge.cueWordSet(.placeWords)
        othersBefore = knowledge.cueWords(.othersBefore)
        pastWords = knowledge.cueWordSet(.pastWords)
        weighedBetween = knowledge.cueWordSet(.gapWeighBetween)
        backgroundLastWords = Set(
            knowledge.backgrounds.flatMap { [$0.id, $0.name] + $0.synonyms }.compactMap {
                Normalizer.tokens($0).last { $0.kind == .word }?.text
            })
    }

    /// Whether a background whose last word is typed as `word` is named in the plural: "data
    /// scientists", "sres"; not "devops", whose "s" is its own.
    func isPlural(_ word: String) -> Bool {
        word.hasSuffix("s") && !backgroundLastWords.contains(word) && backgroundLastWords.contains(String(word.dropLast()))
    }

    /// Whether an `others-before` phrase ends at `end` (inclusive): "our", "my team of".
    func isOthers(endingAt end: Int, _ text: [String]) -> Bool {
        othersBefore.contains { $0.count <= end + 1 && text[(end + 1 - $0.count)...end].elementsEqual($0) }
    }

    /// Whether one of `phrases` occurs in `text`.
    static func contains(_ phrases: [[String]], in text: some Collection<String>) -> Bool {
        let words = Array(text)
        return phrases.contains { phrase in
            phrase.count <= words.count
                && (0...(words.count - phrase.count)).contains { words[$0..<$0 + phrase.count].elementsEqual(phrase) }
        }
    }

    /// "the ML team has started dumping notebooks on us": a tool in a clause opened by an
    /// `others-do` phrase, with no word of the person's own (`age-self`: "i", "my") after that
    /// phrase in the clause, is other people's work, not a tool the person has or asks about ("the
    /// data team uses Airflow and I want to learn it" asks about it).
    func isOthersWork(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        var start = span.lowerBound, end = span.upperBound
        while start > 0, tokens[start - 1].kind != .boundary { start -= 1 }
        while end < tokens.count, tokens[end].kind != .boundary { end += 1 }
        let before = tokens[start..<span.lowerBound].map(\.text)
        for offset in before.indices {
            guard let phrase = othersDo.first(where: { before[offset...].starts(with: $0) }) else { continue }
            let rest = tokens[(start + offset + phrase.count)..<end].map(\.text)
            return !rest.contains(where: firstPerson.contains)
        }
        return false
    }

    /// Which tokens are inside a `not-names` phrase ("chest x-ray"): no name starts there.
    func notNameMask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        for start in tokens.indices {
            for phrase in notNames where start + phrase.count <= tokens.count {
                if tokens[start..<start + phrase.count].map(\.text).elementsEqual(phrase) {
                    for position in start..<start + phrase.count { mask[position] = true }
                }
            }
        }
        return mask
    }

    /// The length of the `pay-qualifiers` phrase starting at `start`, or 0.
    func payQualifier(at start: Int, _ tokens: [Token]) -> Int {
        payQualifiers.first { phrase in
            start + phrase.count <= tokens.count && tokens[start..<start + phrase.count].map(\.text).elementsEqual(phrase)
        }?.count ?? 0
    }

    /// Whether a `weighed-before` phrase ends at `end` (inclusive): "harder than", "compared to".
    func isWeighed(endingAt end: Int, _ text: [String]) -> Bool {
        weighedBefore.contains { $0.count <= end + 1 && text[(end + 1 - $0.count)...end].elementsEqual($0) }
    }

    /// Whether the word after a background makes it something done or met, not held.
    func isNotHeld(after word: String) -> Bool { notHeldAfter.contains(word) || resourceStems.contains(Stemmer.stem(word)) }

    /// The field of study whose words start at `start`, the longest there is.
    func field(startingAt start: Int, _ text: [String]) -> [String]? {
        studyFields.first { start + $0.count <= text.count && text[start..<start + $0.count].elementsEqual($0) }
    }

    /// The field of study whose words end right before `end`, the longest there is.
    func field(endingBefore end: Int, _ text: [String]) -> [String]? {
        studyFields.first { $0.count <= end && text[(end - $0.count)..<end].elementsEqual($0) }
    }

    /// Whether an aim phrase of more than one word ends at `end`: "aim for".
    func isAim(endingAt end: Int, _ text: [String]) -> Bool {
        aimPhrases.contains { phrase in
            phrase.count <= end + 1 && text[(end + 1 - phrase.count)...end].elementsEqual(phrase)
        }
    }
}
