/// Small signals in the wording that the policy needs beyond intent and entities: whether the
/// person speaks about themselves, corrects themselves, or continues the last question.
struct UtteranceCues: Sendable {
    /// Lowercased words, apostrophes kept ("i'm").
    let words: [String]
    let endsWithQuestionMark: Bool
    /// How many letters the utterance has, and how many of them are Latin ones.
    let letterCount: Int
    let latinLetterCount: Int

    init(_ utterance: String) {
        let text = utterance.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "'" {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
        var letters = 0, latin = 0
        for scalar in utterance.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if Self.isLatin(scalar) { latin += 1 }
        }
        letterCount = letters
        latinLetterCount = latin
        endsWithQuestionMark = utterance.last(where: { !$0.isWhitespace }) == "?"
    }

    private func has(_ phrase: String) -> Bool {
        // The phrases are ASCII constants: split their bytes, far cheaper than their characters.
        let target = phrase.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        guard let first = target.first, words.count >= target.count, words.contains(first) else { return false }
        return (0...(words.count - target.count)).contains { words[$0..<($0 + target.count)].elementsEqual(target) }
    }

    private func hasAny(_ phrases: [String]) -> Bool { phrases.contains(where: has) }

    /// The person asks about their own case: "how long will it take **me**", "what raise would **I** get".
    var isPersonal: Bool {
        hasAny(["i", "me", "my", "i'm", "i'd", "i've", "im", "mine", "myself", "raise", "pay rise", "uplift", "bump"])
    }

    /// The person tells the advisor about themselves: "I'm a…", "I work as…", "coming from…".
    var isSelfDescription: Bool {
        hasAny(["i'm", "im", "i am", "i work", "i've been", "i have been", "i was", "my background", "my job",
                "coming from", "i come from", "i do", "i earn", "i make", "my salary", "i'm paid", "i get paid",
                "i currently", "currently a", "currently an", "working as", "work in", "i'm in"])
    }

    /// A statement in the first person: a self-description, or one that opens with "I" or "my"
    /// ("I want to move into MLOps.").
    var speaksOfThemselves: Bool {
        isSelfDescription || ["i", "i'm", "im", "my"].contains(words.first ?? "")
    }

    /// The person corrects something said before: "actually I'm in DevOps", "sorry, I meant…".
    var isCorrection: Bool {
        hasAny(["actually", "i meant", "i mean", "correction", "sorry", "not really", "scratch that", "oops"])
    }

    /// The utterance continues the last question: "and the salary?", "what about frontend?".
    var isElliptical: Bool {
        guard let first = words.first else { return false }
        return first == "and" || hasAny(["what about", "how about", "same for", "same question", "and for", "what if"])
            || words.count <= 3
    }

    /// The person takes their leave: "bye", "see you", "gotta go".
    var saysGoodbye: Bool {
        hasAny(["bye", "goodbye", "byee", "see you", "see ya", "cya", "gotta go", "got to go", "farewell", "talk later", "catch you later", "ttyl"])
    }

    /// Words people use to refuse to share something: "I'd rather not say".
    var declines: Bool { hasAny(["rather not", "skip", "not telling", "prefer not", "none of your"]) }

    var wordCount: Int { words.count }

    /// Asks about another background or topic: "what about frontend?", "how about DevOps?".
    var asksAboutAnother: Bool {
        words.first == "and" || hasAny(["what about", "how about", "same for", "same question", "and for", "what if"])
    }

    /// Asks the last question again for something else: "what about entry level?", "how about
    /// Kubernetes?", "and for juniors?", or a short "and" ("and DevOps?", "and a director of
    /// MLOps?": up to six words when none of them asks a question of its own).
    var asksWhatAbout: Bool {
        hasAny(["what about", "how about", "same for", "same question", "and for", "what if"])
            || (words.first == "and" && (words.count <= 4
                || words.count <= 6 && !words.contains(where: MessageSplitter.questionWords.contains)))
    }

    /// Asks why the figures disagree: "why do the numbers differ?", "why don't the sources agree?".
    var asksWhyFiguresDiffer: Bool {
        let differ = hasAny(["differ", "differs", "different", "difference", "disagree", "disagrees", "don't agree", "dont agree",
                "don't match", "contradict", "contradictory", "discrepancy", "inconsistent"])
            || (hasAny(["agree", "match"]) && hasAny(["don't", "dont", "not", "doesn't"]))
        return differ && hasAny(["why", "how come", "what's with", "explain"])
    }

    /// Weighs certificates against projects: "are certs more important than projects?".
    var weighsCertificationsAgainstProjects: Bool {
        hasAny(["cert", "certs", "certificate", "certificates", "certification", "certifications", "certified", "certify"])
            && hasAny(["project", "projects", "portfolio", "portfolios"])
    }

    /// Asks something, even inside a statement: "I'm a nurse, can I move to MLOps?".
    var asksQuestion: Bool {
        endsWithQuestionMark || hasAny(["how do i", "how can i", "how long", "can i", "should i", "do i need", "what should",
                                        "how much", "what do i", "where do i", "is it worth", "could i", "would it"])
            || startsLikeAQuestion
    }

    /// Opens like a question, with or without its question mark: a question word among the first
    /// three words ("ok what would i earn"), or an auxiliary and its subject ("can u summarize my plan").
    var startsLikeAQuestion: Bool {
        if words.prefix(3).contains(where: MessageSplitter.questionWords.contains) { return true }
        guard words.count > 1, MessageSplitter.auxiliaries.contains(words[0]) else { return false }
        return MessageSplitter.subjects.contains(words[1]) || words[1] == "u"
    }

    /// A long message, where a yes or no is never the point ("I really really … want to know …").
    var isLong: Bool { words.count > 12 }

    /// Most of the letters are not Latin ones (Cyrillic, Chinese, Arabic…): the advisor reads English only.
    var isMostlyNonLatin: Bool { letterCount >= 2 && (letterCount - latinLetterCount) * 2 > letterCount }

    /// Names the first or second option of a "which one: X or Y?" question.
    var choosesOption: Int? {
        if hasAny(["the first", "first one", "the former", "first"]) { return 0 }
        if hasAny(["the second", "second one", "the latter", "second"]) { return 1 }
        return nil
    }

    /// Latin script: Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional.
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value)
    }
}
