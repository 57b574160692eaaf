/// Small signals in the wording that the policy needs beyond intent and entities: whether the
/// person speaks about themselves, corrects themselves, or continues the last question.
///
/// The words are the ``Normalizer``'s ("I'm" reads "i am", "don't" reads "do not"), and the
/// phrases of each signal are the knowledge base's cue lists (`Knowledge/cues.yaml`). A phrase
/// matches whole typed words: "i do" is in "I do data work" and "I do not", not in "I don't"
/// ("not" is part of the typed word "don't"), and "i" is in "I", not in "I'll".
struct UtteranceCues: Sendable {
    /// The words and numbers of the utterance as ``Normalizer`` reads them.
    let words: [String]
    /// Whether each word was typed as a word of its own (not "am" of "I'm"; ``Token/isInserted``).
    private let typed: [Bool]
    let endsWithQuestionMark: Bool
    /// How many letters the utterance has, and how many of them are Latin ones.
    let letterCount: Int
    let latinLetterCount: Int
    private let knowledge: KnowledgeBase

    init(_ utterance: String, knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        let tokens = Normalizer.tokens(utterance).filter { $0.kind != .boundary }
        words = tokens.map(\.text)
        typed = tokens.map { !$0.isInserted }
        var letters = 0, latin = 0
        for scalar in utterance.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if Self.isLatin(scalar) { latin += 1 }
        }
        letterCount = letters
        latinLetterCount = latin
        endsWithQuestionMark = utterance.last(where: { !$0.isWhitespace }) == "?"
    }

    private func has(_ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] && matches(phrase, at: start) { return true }
        return false
    }

    /// Whether the typed words from `start` on are the phrase.
    private func matches(_ phrase: [String], at start: Int) -> Bool {
        let end = start + phrase.count
        guard !phrase.isEmpty, end <= words.count else { return false }
        return typed[start] && (end == words.count || typed[end]) && words[start..<end].elementsEqual(phrase)
    }

    /// Where the phrases of a cue list start, as positions in ``words`` (each with its length).
    func occurrences(of list: CueList.ID) -> [(start: Int, count: Int)] {
        knowledge.cueWords(list).flatMap { phrase in
            words.indices.filter { matches(phrase, at: $0) }.map { (start: $0, count: phrase.count) }
        }
    }

    /// Whether a name ("AWS", "amazon web services") is said right before a phrase of the list
    /// ("an AWS cert"): the name is read through ``Normalizer`` like the message.
    func says(_ name: String, before list: CueList.ID) -> Bool {
        let phrase = Normalizer.tokens(name).filter { $0.kind != .boundary }.map(\.text)
        let after = Set(occurrences(of: list).map(\.start))
        return words.indices.contains { matches(phrase, at: $0) && after.contains($0 + phrase.count) }
    }

    /// Whether the message holds a phrase of the list (for lists no signal below names).
    func mentions(_ list: CueList.ID) -> Bool { hasAny(list) }

    /// Whether the utterance holds a phrase of the cue list (walked in place: no list of phrases is built).
    private func hasAny(_ list: CueList.ID) -> Bool {
        knowledge.cues.contains { $0.id == list && $0.words.contains(where: has) }
    }

    /// Whether the first word is one of the cue list's.
    private func startsWith(_ list: CueList.ID) -> Bool { words.first.map(knowledge.cueWordSet(list).contains) ?? false }

    /// The person asks about their own case: "how long will it take **me**", "what raise would **I** get".
    var isPersonal: Bool { hasAny(.personal) }

    /// The person tells the advisor about themselves: "I'm a…", "I work as…", "coming from…".
    var isSelfDescription: Bool { hasAny(.selfDescription) }

    /// The person corrects something said before: "actually I'm in DevOps", "sorry, I meant…".
    var isCorrection: Bool { hasAny(.correction) }

    /// The utterance continues the last question: "and the salary?", "what about frontend?".
    var isElliptical: Bool {
        guard !words.isEmpty else { return false }
        return startsWith(.continuation) || hasAny(.whatAbout) || wordCount <= 3
    }

    /// The sentence asks on about the one before it: "if so, how much should they learn?", or
    /// only says whom that one is for ("For a beginner in MLOps?": short, asking nothing itself).
    var continuesTheSentenceBefore: Bool {
        knowledge.cueWords(.sameSubjectOpeners).contains { matches($0, at: 0) }
            || !hasAny(.asksQuestion) && !startsLikeAQuestion && wordCount <= Self.qualifierWords
                && knowledge.cueWords(.qualifierOpeners).contains { matches($0, at: 0) }
    }

    /// The most words a sentence that only says whom the one before is for has.
    static let qualifierWords = 8

    /// The person takes their leave: "bye", "see you", "gotta go".
    var saysGoodbye: Bool { hasAny(.goodbye) }

    /// Words people use to refuse to share something: "I'd rather not say".
    var declines: Bool { hasAny(.decline) }

    /// How many words the person typed ("I'm in" is two).
    var wordCount: Int { typed.count { $0 } }

    /// Asks about another background or topic: "what about frontend?", "how about DevOps?".
    var asksAboutAnother: Bool {
        startsWith(.continuation) || hasAny(.whatAbout)
    }

    /// Asks the last question again for something else: "what about entry level?", "how about
    /// Kubernetes?", "and for juniors?", or a short "and" ("and DevOps?", "and a director of
    /// MLOps?": up to six words when none of them asks a question of its own).
    var asksWhatAbout: Bool {
        hasAny(.whatAbout)
            || (startsWith(.continuation)
                && (wordCount <= 4
                    || wordCount <= 6 && !words.contains(where: knowledge.words(.questionWords).contains)))
    }

    /// Asks why the figures disagree: "why do the numbers differ?", "why don't the sources agree?".
    var asksWhyFiguresDiffer: Bool {
        let differ = hasAny(.differ) || (hasAny(.agree) && hasAny(.notWords))
        return differ && hasAny(.why)
    }

    /// Weighs certificates against projects: "are certs more important than projects?".
    var weighsCertificationsAgainstProjects: Bool {
        hasAny(.certificateWords) && hasAny(.projectWords)
    }

    /// Asks what certificates are worth, not which there are: "would a hiring manager care about my
    /// certs?", "do I need a certification?" (not "which certs are worth it?").
    var asksWhatCertificatesAreWorth: Bool {
        hasAny(.certificateWords) && hasAny(.worthWords) && !hasAny(.asksWhich)
    }

    /// Weighs options against each other: "devops or backend", "compare frontend".
    var weighsOptions: Bool { hasAny(.weighsOptions) }

    /// Asks something, even inside a statement: "I'm a nurse, can I move to MLOps?".
    var asksQuestion: Bool {
        endsWithQuestionMark || hasAny(.asksQuestion) || startsLikeAQuestion
    }

    /// Opens like a question, with or without its question mark: a question word among the first
    /// three words ("ok what would i earn"), or an auxiliary and its subject ("can u summarize my
    /// plan", "is the google cert respected").
    var startsLikeAQuestion: Bool {
        // Only the lists this reads, not every list of ``QuestionWords`` built into sets for one look.
        if words.prefix(3).contains(where: knowledge.words(.questionWords).contains) { return true }
        if let first = words.first, knowledge.words(.openingQuestionWords).contains(first) { return true }
        guard words.count > 1, knowledge.words(.auxiliaries).contains(words[0]) else { return false }
        return knowledge.words(.questionSubjects).contains(words[1]) || knowledge.words(.determiners).contains(words[1])
    }

    /// A statement in the first person: a self-description, or one that opens with a word of
    /// `first-person-openers` ("I want to move into MLOps.").
    var speaksOfThemselves: Bool {
        isSelfDescription || words.first.map(knowledge.words(.firstPersonOpeners).contains) ?? false
    }

    /// A long message, where a yes or no is never the point ("I really really … want to know …").
    var isLong: Bool { wordCount > 12 }

    /// Most of the letters are not Latin ones (Cyrillic, Chinese, Arabic…): the advisor reads English only.
    var isMostlyNonLatin: Bool { letterCount >= 2 && (letterCount - latinLetterCount) * 2 > letterCount }

    /// Names the first or second option of a "which one: X or Y?" question.
    var choosesOption: Int? {
        if hasAny(.firstOption) { return 0 }
        if hasAny(.secondOption) { return 1 }
        return nil
    }

    /// Latin script: Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional.
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value)
    }
}
