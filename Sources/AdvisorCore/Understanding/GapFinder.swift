import Foundation

/// Finds what a message names that the five articles do not cover (``Gap``), so that the reply
/// can say so first.
///
/// Everything it recognises is data: the terms of `Knowledge/gaps.yaml` (``GapTerm``) and its
/// cue lists (``CueList``). Words are read through ``Normalizer`` and matched as whole stemmed
/// word sequences, like the entity extractor's names.
///
/// - **Countries, named things, topics** are gaps wherever a term names them: "in Pakistan",
///   "Indian salaries", "the Udemy course", "AutoML"; but a named tool listed among what the
///   person already knows, right after a `gap-known-before` cue ("some ansible"), is none.
/// - **Roles.** A role the knowledge base knows nothing of (data engineer, ML SRE, LLM engineer)
///   is a gap wherever it is named, as a background as well as an aim: the articles describe no
///   path from it or into it; named in the plural ("we work with data engineers"), only as an aim. A role the knowledge base knows as a background (ML engineer, data
///   scientist, SRE, platform engineer) is a gap only as the person's aim: after a `gap-aim` cue
///   ("become", "move into"), or "to" after "from" or right after a background ("from backend
///   to ML engineer", "backend -> MLE"); or weighed
///   against MLOps ("SRE or MLOps", "between platform engineering and MLOps"), unless the
///   articles themselves set it against MLOps (``GapTerm/contrasted``) and the person is not
///   choosing a target for themselves (a `gap-choose` cue: "weighing up", "torn between"). A negated role ("not a
///   data engineer") is no gap. In a message about pay (a `gap-pay` cue: "earn", "salary"), any
///   role named is the gap of its pay (``Gap/pay(of:)``): the articles give no pay for a data
///   scientist or an SRE.
/// - **Age**: a number from 16 to 80 after an `age-before` cue ("I'm 38", "at 45") and before
///   the end of a clause or a small word, after an `age-before-sure` cue ("turning 35 soon")
///   unless a time unit follows, or before an `age-after` cue ("40 years old"), or alone between
///   commas in a message about oneself ("I'm a nurse, 32, working nights"); a
///   decade after an `age-decade-before` cue ("in my 40s"); an `age-words` phrase ("too old").
///   "5 years of experience" and "a year" are no ages.
/// - **Names the data does not list**: a quoted title ("the book \"Designing Data Systems\""),
///   a run of capitalised words next to a `gap-title` cue ("the DataTalks course", "the book
///   Machine Learning Design Patterns"), or the words after a `gap-title-intro` cue ("a course
///   called …"), when the knowledge base holds no such name (``KnowledgeVocabulary``). An
///   unquoted run must also hold a word the knowledge base and the common words lack, so that
///   "the AWS ML course" or "Andrew Ng's course" stay known.
///
/// Currencies are found with the money (``EntityExtractor``).
public struct GapFinder: Sendable {
    struct Term: Sendable {
        var gap: GapTerm
        /// A role the knowledge base knows as a background: a gap only as an aim.
        var isKnownBackground: Bool
    }

    let terms: PhraseTable<Int>
    /// The knowledge base's backgrounds: "backend to MLE" aims from one to the other.
    let backgrounds: PhraseTable<Bool>
    let entries: [Term]
    let cues: [CueList.ID: PhraseTable<Bool>]
    /// Words that negate what follows them ("not a data engineer"): the `negations` cue list.
    let negations: Set<String>
    /// The words, codes and multiplying words that name a currency other than US dollars
    /// ("euros", "AED", "lakhs"), with its id.
    let currencies: PhraseTable<String>
    /// The backgrounds the knowledge base gives no pay for, by their phrases, with their names:
    /// "devops people" in "do MLOps people earn more than DevOps people" is the gap of DevOps pay.
    let unpaidBackgrounds: PhraseTable<String>
    /// Built on first use when the gap finder is built from YAML; read from the image otherwise.
    private let vocabularyBox: LazyVocabulary
    let commonWords: ByteStringTable

    /// - Parameter commonWords: words too common to make a capitalised run a name ("Which", "Great").
    public init(knowledge: KnowledgeBase, commonWords: Set<String> = []) {
        var backgroundPhrases = PhraseTable<Bool>.Builder()
        for background in knowledge.backgrounds {
            for phrase in [background.name] + background.synonyms { backgroundPhrases.add(phrase, true) }
        }
        let backgrounds = backgroundPhrases.table
        var table = PhraseTable<Int>.Builder()
        var entries: [Term] = []
        for gap in knowledge.gaps {
            let known =
                gap.kind == .role
                && gap.phrases.contains { phrase in
                    let words = PhraseTable<Bool>.stems(Normalizer.tokens(phrase))
                    return backgrounds.longest(in: words, at: 0)?.count == words.count
                }
            for phrase in Self.phrases(of: gap, knowledge) { table.add(phrase, entries.count) }
            entries.append(Term(gap: gap, isKnownBackground: known))
        }
        var cues: [CueList.ID: PhraseTable<Bool>.Builder] = [:]
        for list in knowledge.cues {
            for phrase in list.phrases { cues[list.id, default: PhraseTable.Builder()].add(phrase, true) }
        }
        self.init(
            knowledge: knowledge, terms: table.table, backgrounds: backgrounds, entries: entries, cues: cues.mapValues(\.table),
            commonWords: ByteStringTable(words: commonWords.union(StopWords.words)), currencies: Self.currencies(knowledge),
            unpaidBackgrounds: Self.unpaidBackgrounds(knowledge))
    }

    /// Every phrase that names a gap: its own; each with a `gap-short-forms` word for its
    /// `gap-long-forms` phrase and back ("automated ml" for "automated machine learning"); and,
    /// for a role whose head is a `general-job-heads` word after two words or more, each with a
    /// `gap-role-groups` word for its head ("ml platform team" for "ml platform engineer").
    static func phrases(of gap: GapTerm, _ knowledge: KnowledgeBase) -> [String] {
        let forms = Array(zip(knowledge.cueWords(.gapShortForms), knowledge.cueWords(.gapLongForms)))
        var phrases: [[String]] = []
        func add(_ words: [String]) { if !words.isEmpty, !phrases.contains(words) { phrases.append(words) } }
        for phrase in gap.phrases {
            let words = Normalizer.tokens(phrase).compactMap { $0.kind == .boundary ? nil : $0.text }
            add(words)
            for (short, long) in forms {
                add(Self.replacing(long, with: short, in: words))
                add(Self.replacing(short, with: long, in: words))
            }
        }
        if gap.kind == .role {
            let heads = knowledge.cueWordSet(.generalJobHeads)
            for words in phrases where words.count >= 3 && heads.contains(words[words.count - 1]) {
                for group in knowledge.cueWords(.gapRoleGroups) { add(words.dropLast() + group) }
            }
        }
        return phrases.map { $0.joined(separator: " ") }
    }

    /// The words with every run of `old` replaced by `new`.
    private static func replacing(_ old: [String], with new: [String], in words: [String]) -> [String] {
        guard !old.isEmpty, words.count >= old.count else { return words }
        var result: [String] = []
        var index = 0
        while index < words.count {
            if index + old.count <= words.count, Array(words[index..<index + old.count]) == old {
                result += new
                index += old.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }

    /// Every way `currencies.yaml` names a currency other than the one of the articles' figures
    /// (the one written "$"), with its id: words, the code, and the multiplying words that imply one.
    static func currencies(_ knowledge: KnowledgeBase) -> PhraseTable<String> {
        var table = PhraseTable<String>.Builder()
        let dollars = Set(knowledge.currencies.filter { $0.symbols.contains("$") }.map(\.id))
        for currency in knowledge.currencies where !dollars.contains(currency.id) {
            for phrase in [currency.id.lowercased()] + currency.words { table.add(phrase, currency.id) }
        }
        for amount in knowledge.amountWords {
            guard let currency = amount.currency, !dollars.contains(currency) else { continue }
            for phrase in amount.words { table.add(phrase, currency) }
        }
        return table.table
    }

    /// The phrases of every background with no salary figure of its own (a figure's role is the
    /// background's id or its name written with hyphens: "finance-professional").
    static func unpaidBackgrounds(_ knowledge: KnowledgeBase) -> PhraseTable<String> {
        var table = PhraseTable<String>.Builder()
        let paid = Set(knowledge.salaries.map(\.role))
        for background in knowledge.backgrounds
        where !paid.contains(background.id) && !paid.contains(background.name.lowercased().replacingOccurrences(of: " ", with: "-")) {
            for phrase in [background.name] + background.synonyms { table.add(phrase, background.name) }
        }
        return table.table
    }

    /// A gap finder from tables already built (read back from a ``KnowledgeImage``).
    init(
        knowledge: KnowledgeBase, terms: PhraseTable<Int>, backgrounds: PhraseTable<Bool>, entries: [Term],
        cues: [CueList.ID: PhraseTable<Bool>], commonWords: ByteStringTable, currencies: PhraseTable<String>,
        unpaidBackgrounds: PhraseTable<String>, vocabulary: (KnowledgeVocabulary, NearSpellingIndex)? = nil
    ) {
        self.terms = terms
        self.backgrounds = backgrounds
        self.entries = entries
        self.cues = cues
        self.negations = knowledge.cueWordSet(.negations)
        self.currencies = currencies
        self.unpaidBackgrounds = unpaidBackgrounds
        self.vocabularyBox = LazyVocabulary(knowledge, commonWords: commonWords, built: vocabulary)
        self.commonWords = commonWords
    }

    /// The knowledge base's own words and phrases (``KnowledgeVocabulary``).
    var vocabulary: KnowledgeVocabulary { vocabularyBox.value.vocabulary }

    /// The knowledge base's words and the common words, to tell a typo of one of them (``NearSpellingIndex``).
    var nearSpellings: NearSpellingIndex { vocabularyBox.value.nearSpellings }

    /// The gaps a message names, in order of mention, each once.
    public func gaps(in tokens: [Token]) -> [Gap] { located(in: tokens).map(\.gap) }

    /// The gaps a message names with the tokens that name them, in order of mention, each gap once.
    /// `certified` marks the tokens of certificates the knowledge base holds: "ML Engineer" in
    /// "the AWS ML Engineer Associate" names no role. `names` are the spans of every name the
    /// knowledge base holds (backgrounds, tools, certificates): a gap's words inside a longer
    /// one name no gap ("golang" in "golang developer").
    func located(in tokens: [Token], certified: [Bool] = [], names: [Range<Int>] = []) -> [(span: Range<Int>, gap: Gap)] {
        let words = PhraseTable<Bool>.stems(tokens)
        let mentionsPay = asksAboutPay(tokens, words)
        var found: [(span: Range<Int>, gap: Gap)] = []
        var covered = [Bool](repeating: false, count: tokens.count)
        // "aim for something like Head of ML Engineering": a rung's title (`gap-levels`) holds a
        // field, which names the rung, not the role.
        let rungs = cues[.gapLevels]?.matches(in: words).map(\.span) ?? []
        for (span, entry) in termMatches(tokens, words) {
            let term = entries[entry]
            if term.gap.kind == .role, rungs.contains(where: { $0.overlaps(span) }) {
                for position in span { covered[position] = true }
                continue
            }
            let isInsideName = names.contains {
                $0.count > span.count && $0.lowerBound <= span.lowerBound && $0.upperBound >= span.upperBound
            }
            if isInsideName || term.gap.kind == .role && span.contains(where: { certified.indices.contains($0) && certified[$0] }) {
                continue
            }
            if term.gap.kind == .role
                ? isRoleGap(term, at: span, tokens, words)
                : !(term.gap.kind == .named
                    && (isAlreadyKnown(span.lowerBound, words, tokens) || isInOwnStack(span, tokens, words)
                        || isUsedForAWhile(span, tokens, words)
                        || isAmbiguous(span, words) && !isNamedInCompany(span, tokens, words, names: names)))
            {
                found.append((span, Gap(kind: term.gap.kind, term: term.gap.name)))
            } else if term.gap.kind == .role, mentionsPay, !isNegated(span.lowerBound, tokens) {
                // "who earns more, an ML engineer or an MLOps engineer?": the articles give no pay for it.
                found.append((span, Gap.pay(of: term.gap.name)))
            }
            for position in span { covered[position] = true }
        }
        if mentionsPay { found += unpaidComparisons(tokens, words, covered: covered) }
        found += teamMoves(tokens, words)
        found += ages(tokens, words)
        found += namedCurrencies(tokens, words)
        found += unnamedCurrencies(tokens, words)
        found += unlistedNames(tokens, words, covered: covered)
        found += fields(tokens, words, covered: covered)
        // "the German-speaking market": the region named by its language stands for "German" too.
        let spoken = languages(tokens, words)
        found.removeAll { gap in
            gap.gap.kind == .country
                && spoken.contains { $0.gap.kind == .country && $0.span.count > gap.span.count && $0.span.contains(gap.span.lowerBound) }
        }
        found += spoken
        found += requests(tokens, words)
        found += levelYears(tokens, words)
        // Names of things, not of jobs, may be what "that course" refers to.
        let things = names.filter { backgrounds.longest(in: words, at: $0.lowerBound)?.count != $0.count }
        found += unknownTools(tokens, words, covered: covered, tools: things, named: found.map(\.span))
        found += toolFeatures(tokens, words, tools: things)
        found += unnamedReferences(tokens, words, after: things + found.filter { $0.gap.kind == .named }.map(\.span))
        var seen: Set<Gap> = []
        return found.sorted { $0.span.lowerBound < $1.span.lowerBound }.filter { seen.insert($0.gap).inserted }
    }

    /// The gap terms' matches, read over quotation marks: "recruiters ask me about 'ML platform'
    /// roles" names the role "ML platform role" across the closing mark.
    private func termMatches(_ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, value: Int)] {
        guard tokens.contains(where: \.isQuote) else { return terms.matches(in: words) }
        let kept = tokens.indices.filter { !tokens[$0].isQuote }
        return terms.matches(in: kept.map { words[$0] }).map { span, entry in
            (kept[span.lowerBound]..<kept[span.upperBound - 1] + 1, entry)
        }
    }

    /// Whether a `gap-pay` word is in the message outside a clause that states an amount: "Salary
    /// here is ~48k€ gross" says what the person earns and asks nothing about pay, while "is
    /// moving a step down in pay?" does.
    private func asksAboutPay(_ tokens: [Token], _ words: [String?]) -> Bool {
        guard let table = cues[.gapPay] else { return false }
        return words.indices.contains { index in
            guard table.starts(in: words, at: index) != nil else { return false }
            var start = index, end = index
            while start > 0, tokens[start - 1].kind != .boundary { start -= 1 }
            while end < tokens.count, tokens[end].kind != .boundary { end += 1 }
            return !(start..<end).contains { position in
                tokens[position].kind == .number
                    && (tokens[position].isMoney || currencies.starts(in: words, at: position + 1) != nil
                        || position > start && currencies.start(in: words, endingBefore: position) != nil)
            }
        }
    }

    // MARK: Roles

    private func isRoleGap(_ term: Term, at span: Range<Int>, _ tokens: [Token], _ words: [String?]) -> Bool {
        if isNegated(span.lowerBound, tokens) { return false }
        // "weighing up data science vs MLOps, which is more realistic for me?": a choice of target,
        // not the contrast the articles draw.
        let isChoice =
            !term.gap.contrasted
            || cues[.gapChoose].map { table in words.indices.contains { table.starts(in: words, at: $0) != nil } } == true
        let isAim = isAimedAt(span, words) || (isChoice && isWeighed(span, words))
        // "does every data scientist need MLOps to stay relevant?": the role's own future, which
        // the articles do not describe (they describe moves into MLOps, not staying put).
        let asksFuture = cues[.gapRoleFuture].map { table in words.indices.contains { table.starts(in: words, at: $0) != nil } } == true
        // "we work with data engineers": a plural names other people, not the person's own role.
        // "ML platform roles" names jobs, not people: a `gap-role-groups` word is no plural of people.
        let isPlural =
            tokens[span.upperBound - 1].text.hasSuffix("s") && !Stemmer.stem(tokens[span.upperBound - 1].text).hasSuffix("s")
            && cues[.gapRoleGroups]?.starts(in: words, at: span.upperBound - 1) == nil
            // "the armed forces": a role whose own name ends in that word is no plural of people.
            && !term.gap.phrases.contains { $0.hasSuffix(" " + tokens[span.upperBound - 1].text) || $0 == tokens[span.upperBound - 1].text }
        return isAim || asksFuture || (!term.isKnownBackground && !isPlural)
    }

    /// "some ansible", "have done some kaggle", "I use Kafka and Snowflake": a name listed among
    /// what the person already knows is no question about it. A later item of the list counts
    /// too: the words before it, back over items of up to three words joined by commas or a
    /// `gap-list-joiners` word, reach a `gap-known-before` cue.
    private func isAlreadyKnown(_ start: Int, _ words: [String?], _ tokens: [Token] = []) -> Bool {
        // "just finished reading 'The Phoenix Project'": the cue may end before the opening quote.
        let opening = start > 0 && tokens.indices.contains(start - 1) && tokens[start - 1].isQuote ? start - 1 : start
        if cue(.gapKnownBefore, endingNear: opening, within: 2, words) != nil { return true }
        var position = start
        for _ in 0..<6 {
            // A joiner right before the item: "and", "plus", or a comma.
            guard position > 0 else { return false }
            let joiner = position - 1
            let isComma =
                tokens.indices.contains(joiner) && tokens[joiner].kind == .boundary && !tokens[joiner].isQuote
                && !tokens[joiner].opensBracket && !tokens[joiner].closesBracket
            guard isComma || cues[.gapListJoiners]?.starts(in: words, at: joiner) == 1 else { return false }
            // The item before it: one to three words.
            var itemStart = joiner
            while itemStart > 0, joiner - itemStart < 3, words[itemStart - 1] != nil,
                cues[.gapListJoiners]?.starts(in: words, at: itemStart - 1) != 1
            {
                itemStart -= 1
            }
            guard itemStart < joiner else { return false }
            if cue(.gapKnownBefore, endingNear: itemStart, within: 2, words) != nil { return true }
            position = itemStart
        }
        return false
    }

    /// "been teaching myself python on DataCamp for 6 months", "used Kafka for 2 years": a name
    /// followed by how long the person has used it (a `gap-known-duration` word, a number, a unit
    /// of time) is their own past, no question about it.
    private func isUsedForAWhile(_ span: Range<Int>, _ tokens: [Token], _ words: [String?]) -> Bool {
        guard let duration = cue(.gapKnownDuration, startingNear: span.upperBound, within: 0, words) else { return false }
        let number = duration.upperBound
        guard number + 1 < tokens.count, tokens[number].kind == .number else { return false }
        return Normalizer.timeUnits.contains(tokens[number + 1].text)
    }

    /// "a data engineer (Spark, Airflow, dbt on Databricks)", "Backend dev (Go + Postgres, 8
    /// yrs)": a name in brackets right after a job is the person's own stack, no question about it.
    /// A job is a background the knowledge base knows, a role of its own, or a word of
    /// `general-job-heads` or `job-words`.
    private func isInOwnStack(_ span: Range<Int>, _ tokens: [Token], _ words: [String?]) -> Bool {
        guard let open = tokens[..<span.lowerBound].lastIndex(where: \.opensBracket),
            !tokens[open..<span.lowerBound].contains(where: \.closesBracket), open > 0, tokens[open - 1].kind == .word
        else { return false }
        // "Data engineer, 4 yrs (Kafka, Snowflake)", "6 years experience (dbt, Snowflake)": years of
        // work right before the bracket, an `experience-after` word or two between.
        var unit = open - 1
        while unit > open - 3, unit > 1, tokens[unit].kind == .word, cues[.experienceAfter]?.starts(in: words, at: unit) == 1,
            !EntityExtractor.yearUnits.contains(tokens[unit].text)
        { unit -= 1 }
        if unit > 0, tokens[unit - 1].kind == .number, EntityExtractor.yearUnits.contains(tokens[unit].text) { return true }
        if backgrounds.start(in: words, endingBefore: open) != nil || terms.start(in: words, endingBefore: open) != nil { return true }
        return [CueList.ID.generalJobHeads, .jobWords].contains { cues[$0]?.start(in: words, endingBefore: open) != nil }
    }

    /// Whether the words are a `gap-named-needs-company` name ("r"), too ambiguous alone.
    private func isAmbiguous(_ span: Range<Int>, _ words: [String?]) -> Bool {
        cues[.gapNamedNeedsCompany]?.starts(in: words, at: span.lowerBound) == span.count
    }

    /// "R programming", "the R language", "Python or R", "R vs Python", "Is Go any use": an ambiguous
    /// name capitalised inside a sentence, before a `gap-named-company` word, asked about (a
    /// `gap-named-asked` word a few words on in its clause: "is c# useless"), or weighed (`gap-weigh`, "and") against a name the knowledge
    /// base holds.
    private func isNamedInCompany(_ span: Range<Int>, _ tokens: [Token], _ words: [String?], names: [Range<Int>]) -> Bool {
        if cue(.gapNamedCompany, startingNear: span.upperBound, within: 0, words) != nil { return true }
        // "will my C# be wasted": asked about, a few words on in its clause with only small words or
        // adverbs between ("r u sure mlops is worth it" asks nothing of R). Opening its clause in
        // lower case, the name is a word ("r there any good communities").
        let opensClause = span.lowerBound == 0 || tokens[span.lowerBound - 1].kind == .boundary
        // "is c# going to be totally useless": a `gap-named-asked-between` word may sit between too.
        if !opensClause || tokens[span.lowerBound].isCapitalised,
            let asked = cue(.gapNamedAsked, startingNear: span.upperBound, within: 5, words),
            (span.upperBound..<asked.lowerBound).allSatisfy({ position in
                StopWords.contains(tokens[position].text) || tokens[position].text.hasSuffix("ly")
                    || cues[.gapNamedAskedBetween]?.starts(in: words, at: position) != nil
            })
        {
            return true
        }
        // "Is Go any use": capitalised inside a sentence, a word of two letters or more is a name
        // ("R" is written in capitals whatever it means).
        if span.lowerBound > 0, tokens[span.lowerBound - 1].kind == .word,
            span.allSatisfy({ tokens[$0].isCapitalised && tokens[$0].text.utf8.count > 1 })
        {
            return true
        }
        func isWeigh(_ index: Int) -> Bool {
            tokens.indices.contains(index) && (tokens[index].text == "and" || cues[.gapWeigh]?.starts(in: words, at: index) == 1)
        }
        if isWeigh(span.lowerBound - 1), names.contains(where: { $0.upperBound == span.lowerBound - 1 }) { return true }
        return isWeigh(span.upperBound) && names.contains { $0.lowerBound == span.upperBound + 1 }
    }

    /// "not a data engineer", "never an SRE": a negation a few words before, in the same clause.
    private func isNegated(_ start: Int, _ tokens: [Token]) -> Bool {
        for position in stride(from: start - 1, through: max(0, start - 3), by: -1) {
            if tokens[position].kind == .boundary { return false }
            if negations.contains(tokens[position].text) { return true }
        }
        return false
    }

    /// Where a cue of `list` ends at most `gap` words before `position` (no boundary between),
    /// the start of that cue.
    private func cue(_ list: CueList.ID, endingNear position: Int, within gap: Int = 2, _ words: [String?]) -> Int? {
        guard let table = cues[list] else { return nil }
        for end in stride(from: position, through: max(0, position - gap), by: -1) {
            if end < position, words[end] == nil { return nil }
            if let start = table.start(in: words, endingBefore: end) { return start }
        }
        return nil
    }

    /// Where a cue of `list` starts at most `gap` words after `position`, and where it ends.
    private func cue(_ list: CueList.ID, startingNear position: Int, within gap: Int = 2, _ words: [String?]) -> Range<Int>? {
        guard let table = cues[list] else { return nil }
        for start in position..<min(words.count, position + gap + 1) {
            if words[start] == nil { return nil }
            if let count = table.starts(in: words, at: start) { return start..<start + count }
        }
        return nil
    }

    /// "become an ML engineer", "move into data science", "from backend to ML engineer"; not with a
    /// `gap-aim-breakers` word between ("harder to break into than web dev" weighs web dev).
    private func isAimedAt(_ span: Range<Int>, _ words: [String?]) -> Bool {
        if let aim = cue(.gapAim, endingNear: span.lowerBound, words) {
            let isBroken = (aim..<span.lowerBound).contains { cues[.gapAimBreakers]?.starts(in: words, at: $0) != nil }
            if !isBroken { return true }
        }
        guard let to = cue(.gapOriginAim, endingNear: span.lowerBound, words) else { return false }
        var position = to - 1
        while position >= 0, words[position] != nil {
            if cues[.gapOrigin]?.starts(in: words, at: position) != nil { return true }
            if backgrounds.start(in: words, endingBefore: position + 1) != nil { return position + 1 == to }
            position -= 1
        }
        return false
    }

    /// "SRE or MLOps", "MLOps vs platform engineering", "between SRE and MLOps".
    private func isWeighed(_ span: Range<Int>, _ words: [String?]) -> Bool {
        if let weigh = cue(.gapWeigh, endingNear: span.lowerBound, words),
            cue(.gapWeighAgainst, endingNear: weigh, within: 2, words) != nil
        {
            return true
        }
        if let weigh = cue(.gapWeigh, startingNear: span.upperBound, within: 1, words) {
            // "SRE vs. MLOps": the full stop after "vs" is no boundary.
            let next = weigh.upperBound < words.count && words[weigh.upperBound] == nil ? weigh.upperBound + 1 : weigh.upperBound
            if cue(.gapWeighAgainst, startingNear: next, within: 2, words) != nil { return true }
        }
        if cue(.gapWeighBetween, endingNear: span.lowerBound, words) != nil,
            cue(.gapWeighAgainst, startingNear: span.upperBound, within: 6, words) != nil
        {
            return true
        }
        return false
    }

    // MARK: Currencies

    /// "what would a junior earn there (in euros ideally)", "salary in lakhs", "£48k": a currency
    /// named in words, by its code or its sign (spelled out as the code by ``PayWords``), with or
    /// without an amount. A word of `gap-currency-needs-amount` ("pounds", "rand", "CAD") names
    /// one only next to a number.
    private func namedCurrencies(_ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, gap: Gap)] {
        currencies.matches(in: words).compactMap { span, currency in
            let nextToNumber =
                (span.lowerBound > 0 && tokens[span.lowerBound - 1].kind == .number)
                || (span.upperBound < tokens.count && tokens[span.upperBound].kind == .number)
            guard nextToNumber || cues[.gapCurrencyNeedsAmount]?.starts(in: words, at: span.lowerBound) != span.count else { return nil }
            return (span, Gap(kind: .currency, term: currency))
        }
    }

    /// "paid in pesos", "in my local currency": a currency other than US dollars that the message
    /// does not name (`gap-currency-unnamed`), quoted as written.
    private func unnamedCurrencies(_ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, gap: Gap)] {
        phrases(of: .gapCurrencyUnnamed, as: .currency, tokens, words)
    }

    /// Every phrase of a cue list in the message, as a gap of `kind` quoting its words.
    private func phrases(of list: CueList.ID, as kind: Gap.Kind, _ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, gap: Gap)] {
        guard let table = cues[list] else { return [] }
        var found: [(span: Range<Int>, gap: Gap)] = []
        var index = 0
        while index < words.count {
            guard let count = table.starts(in: words, at: index) else {
                index += 1
                continue
            }
            let span = index..<index + count
            found.append((span, Gap(kind: kind, term: tokens[span].map(\.text).joined(separator: " "))))
            index = span.upperBound
        }
        return found
    }

    // MARK: Fields, languages, requests

    /// "MLOps or cybersecurity?", "going straight into generative AI": a `gap-fields` field the
    /// person aims at or weighs against MLOps, which the articles give no path into, is a role gap.
    private func fields(_ tokens: [Token], _ words: [String?], covered: [Bool]) -> [(span: Range<Int>, gap: Gap)] {
        guard let table = cues[.gapFields] else { return [] }
        return table.matches(in: words).compactMap { span, _ in
            guard !span.contains(where: { covered[$0] }), !isNegated(span.lowerBound, tokens),
                isAimedAt(span, words) || isWeighed(span, words)
            else { return nil }
            return (span, Gap(kind: .role, term: tokens[span].map(\.spelling).joined(separator: " ")))
        }
    }

    /// "without speaking Japanese", "fluent in German", "my English": a `gap-languages` name
    /// after a `gap-language-use` word (at most two words before), or right before "speaking"
    /// ("a Spanish-speaking market"), asks about the language spoken at work, which no article covers.
    private func languages(_ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, gap: Gap)] {
        guard let table = cues[.gapLanguages], let use = cues[.gapLanguageUse] else { return [] }
        for (span, _) in table.matches(in: words) {
            // "is the Spanish-speaking market even hiring": a region, named by its language.
            if span.upperBound < words.count, let used = use.starts(in: words, at: span.upperBound),
                let region = cues[.gapLanguageRegions]?.starts(in: words, at: span.upperBound + used)
            {
                let end = span.upperBound + used + region
                let language: String = tokens[span].map(\.spelling).joined(separator: " ")
                let speaking: String = tokens[span.upperBound..<span.upperBound + used].map(\.text).joined(separator: " ")
                let place: String = tokens[(span.upperBound + used)..<end].map(\.text).joined(separator: " ")
                let term = "the \(language.prefix(1).uppercased())\(language.dropFirst())-\(speaking) \(place)"
                return [(span.lowerBound..<end, Gap(kind: .country, term: term))]
            }
            let isUsed =
                cue(.gapLanguageUse, endingNear: span.lowerBound, within: 2, words) != nil
                || (span.upperBound < words.count && use.starts(in: words, at: span.upperBound) != nil)
            if isUsed { return [(span, Gap(kind: .topic, term: Self.languageTopic))] }
        }
        return []
    }

    /// "Does Evidently AI work with LLMs?", "can MLflow run on Windows?": a `gap-tool-features`
    /// phrase right after a tool the knowledge base holds, asked (only small words open the clause
    /// before the tool: "does", "can"), asks what the tool supports; the articles say what each tool
    /// is for, not what it works with. A clause that opens with the tool states it ("MLflow works with …").
    private func toolFeatures(_ tokens: [Token], _ words: [String?], tools: [Range<Int>]) -> [(span: Range<Int>, gap: Gap)] {
        for tool in tools {
            guard let asked = cue(.gapToolFeatures, startingNear: tool.upperBound, within: 0, words) else { continue }
            let start = tokens[..<tool.lowerBound].lastIndex { $0.kind == .boundary }.map { $0 + 1 } ?? 0
            guard start < tool.lowerBound, (start..<tool.lowerBound).allSatisfy({ StopWords.contains(tokens[$0].text) }) else { continue }
            return [(tool.lowerBound..<asked.upperBound, Gap(kind: .topic, term: Self.toolFeaturesTopic))]
        }
        return []
    }

    /// How a reply names the topic of ``toolFeatures(_:_:tools:)``.
    static let toolFeaturesTopic = "what a tool supports or works with"

    /// How a reply names the topic of ``languages(_:_:)``.
    static let languageTopic = "the language spoken at work"

    /// "can you write me a script", "could you fix my code": a `gap-request` for a
    /// `gap-request-things` thing (at most three words after it) asks the advisor to do work,
    /// which the articles cannot answer.
    private func requests(_ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, gap: Gap)] {
        guard let table = cues[.gapRequest] else { return [] }
        for index in words.indices {
            guard let count = table.starts(in: words, at: index),
                cue(.gapRequestThings, startingNear: index + count, within: 3, words) != nil
            else { continue }
            return [(index..<index + count, Gap(kind: .topic, term: Self.requestTopic))]
        }
        return []
    }

    /// "my manager is open to me moving to the data team": a `gap-team-units` word ("team",
    /// "department") after a `gap-team-determiners` word ("the", "another") right after a `gap-aim`
    /// word, at most two words between, names a team of the person's own company: a move inside
    /// it, unless a `gap-team-elsewhere` phrase follows ("the ML team at a bigger company"). The gap admitted is the topic of gaps.yaml with an alias of such a word and a unit
    /// ("another team").
    private func teamMoves(_ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, gap: Gap)] {
        guard let units = cues[.gapTeamUnits], let determiners = cues[.gapTeamDeterminers] else { return [] }
        for (unit, _) in units.matches(in: words) {
            let before = max(0, unit.lowerBound - 3)..<unit.lowerBound
            guard let start = before.first(where: { determiners.starts(in: words, at: $0) != nil }),
                !(start..<unit.lowerBound).contains(where: { words[$0] == nil }),
                cue(.gapAim, endingNear: start, within: 0, words) != nil, !isNegated(start, tokens),
                cue(.gapTeamElsewhere, startingNear: unit.upperBound, within: 0, words) == nil,
                let gap = teamMoveGap(units, determiners)
            else { continue }
            return [(start..<unit.upperBound, gap)]
        }
        return []
    }

    /// The topic whose alias is a `gap-team-determiners` word and a `gap-team-units` word ("another team").
    private func teamMoveGap(_ units: PhraseTable<Bool>, _ determiners: PhraseTable<Bool>) -> Gap? {
        for entry in entries where entry.gap.kind == .topic {
            for phrase in entry.gap.phrases {
                let words = PhraseTable<Bool>.stems(Normalizer.tokens(phrase))
                if let count = determiners.starts(in: words, at: 0), units.starts(in: words, at: count) == words.count - count {
                    return Gap(kind: .topic, term: entry.gap.name)
                }
            }
        }
        return nil
    }

    /// How a reply names the topic of ``requests(_:_:)``.
    static let requestTopic = "writing code on request"

    /// "how many years until someone makes director?", "how fast can you make team lead?": a rung
    /// of the ladder (`gap-levels`) in a message that asks how many years (`gap-level-years`), or
    /// asks how long (`gap-level-pace`) with the rung reached (`gap-level-reach`: "make team lead").
    /// The articles give the ladder and its pay, but no years for a step. A rung the person holds
    /// ("I'm a team lead", a `job-intro` cue right before) or negates is no question about it.
    private func levelYears(_ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, gap: Gap)] {
        guard let levels = cues[.gapLevels] else { return [] }
        func asks(_ list: CueList.ID) -> Bool {
            cues[list].map { table in words.indices.contains { table.starts(in: words, at: $0) != nil } } ?? false
        }
        let asksYears = asks(.gapLevelYears), asksPace = asks(.gapLevelPace)
        guard asksYears || asksPace else { return [] }
        for (span, _) in levels.matches(in: words) {
            guard cue(.jobIntro, endingNear: span.lowerBound, within: 1, words) == nil, !isNegated(span.lowerBound, tokens) else {
                continue
            }
            if asksYears || cue(.gapLevelReach, endingNear: span.lowerBound, within: 1, words) != nil {
                return [(span, Gap(kind: .topic, term: Self.levelYearsTopic))]
            }
        }
        return []
    }

    /// How a reply names the topic of ``levelYears(_:_:)``.
    static let levelYearsTopic = "how many years a step up the ladder takes"

    /// "do I need to know CUDA", "terraform or pulumi", "learn TorchServe": a word the knowledge
    /// base and the common words lack, and that is no near-spelling of a word they hold, is an
    /// unknown tool when it is weighed ("or", `gap-weigh`) against a tool or certificate the
    /// knowledge base holds (`tools`), or when it is written like a name (two capitals or more:
    /// "CUDA", "TorchServe") right after a `gap-learn-before` word. Words of another gap (`named`)
    /// or already covered are skipped, and so are names the person already knows.
    private func unknownTools(
        _ tokens: [Token], _ words: [String?], covered: [Bool], tools: [Range<Int>], named: [Range<Int>]
    ) -> [(span: Range<Int>, gap: Gap)] {
        let (vocabulary, nearSpellings) = vocabularyBox.value
        func isUnknown(_ index: Int) -> Bool {
            guard tokens.indices.contains(index), tokens[index].kind == .word, !covered[index],
                !named.contains(where: { $0.contains(index) }), !tools.contains(where: { $0.contains(index) })
            else { return false }
            let word = tokens[index].text
            guard word.count >= 3, !commonWords.contains(word), !vocabulary.contains(word), currencies.starts(in: words, at: index) == nil,
                !StopWords.contains(word)
            else { return false }
            // "gogle", "kubernets": a near-spelling of a known word is a typo, not a name.
            return !nearSpellings.hasWord(near: word)
        }
        func isWeighedAgainstTool(_ index: Int) -> Bool {
            let weighs = { (position: Int) in
                tokens.indices.contains(position)
                    && (tokens[position].text == "or" || self.cues[.gapWeigh]?.starts(in: words, at: position) == 1)
            }
            if weighs(index + 1), tools.contains(where: { $0.lowerBound == index + 2 }) { return true }
            return weighs(index - 1) && tools.contains { $0.upperBound == index - 1 }
        }
        var found: [(span: Range<Int>, gap: Gap)] = []
        for index in tokens.indices where isUnknown(index) {
            let capitals = tokens[index].spelling.filter(\.isUppercase).count
            let isNameLike = capitals >= 2 && cue(.gapLearnBefore, endingNear: index, within: 1, words) != nil
            guard isWeighedAgainstTool(index) || isNameLike, !isAlreadyKnown(index, words, tokens) else { continue }
            found.append((index..<index + 1, Gap(kind: .named, term: tokens[index].spelling)))
        }
        return found
    }

    // MARK: Pay of a background

    /// "do MLOps people earn more than DevOps people", "frontend pay vs MLOps pay": in a message
    /// about pay, a background the knowledge base gives no pay for, after a `gap-pay-compare`
    /// word, is the gap of its pay. The articles give the uplift of a move, not the pay it starts from.
    private func unpaidComparisons(_ tokens: [Token], _ words: [String?], covered: [Bool]) -> [(span: Range<Int>, gap: Gap)] {
        unpaidBackgrounds.matches(in: words).compactMap { span, name in
            guard !span.contains(where: { covered[$0] }), !isNegated(span.lowerBound, tokens),
                cue(.gapPayCompare, endingNear: span.lowerBound, within: 1, words) != nil
            else { return nil }
            return (span, Gap.pay(of: name))
        }
    }

    // MARK: Age

    private func ages(_ tokens: [Token], _ words: [String?]) -> [(span: Range<Int>, gap: Gap)] {
        var found: [(span: Range<Int>, gap: Gap)] = []
        for (index, token) in tokens.enumerated() where token.kind == .number && !token.isMoney {
            guard let value = token.value, value == value.rounded(), (16...80).contains(value) else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if cues[.ageAfter]?.starts(in: words, at: index + 1) != nil
                || (cues[.ageBefore]?.start(in: words, endingBefore: index) != nil && endsAnAge(after: index, tokens))
                || (cues[.ageBeforeSure]?.start(in: words, endingBefore: index) != nil && next?.kind != .number
                    && !Normalizer.timeUnits.contains(next?.text ?? ""))
            {
                found.append((index..<index + 1, Gap(kind: .age, term: token.text)))
            } else if Int(value) % 10 == 0, next?.text == "s", cues[.ageDecadeBefore]?.start(in: words, endingBefore: index) != nil {
                found.append((index..<index + 2, Gap(kind: .age, term: token.text + "s")))
            } else if isAside(index, tokens), (18...70).contains(value), speaksOfOneself(before: index, tokens, words) {
                found.append((index..<index + 1, Gap(kind: .age, term: token.text)))
            }
        }
        // "in my late thirties", "people in their forties".
        if let decades = cues[.ageDecades] {
            for index in words.indices {
                guard let count = decades.starts(in: words, at: index), cues[.ageDecadeBefore]?.start(in: words, endingBefore: index) != nil
                else { continue }
                found.append(
                    (index..<index + count, Gap(kind: .age, term: tokens[index..<index + count].map(\.text).joined(separator: " "))))
            }
        }
        found += phrases(of: .ageWords, as: .age, tokens, words)
        return found
    }

    /// "I'm a nurse, 32, working nights": a number alone between two boundaries, after words and
    /// before words (not in a list of numbers), in a message where the person speaks of themselves.
    private func isAside(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 2, index + 2 < tokens.count, tokens[index - 1].kind == .boundary, tokens[index + 1].kind == .boundary,
            !tokens[index - 1].isQuote, !tokens[index + 1].isQuote
        else { return false }
        return tokens[index - 2].kind == .word && tokens[index + 2].kind == .word
    }

    /// Whether the message is about the person: an `age-self` word in it ("I", "my", "me"), or a
    /// job title before the number ("Finance analyst at a Big Four firm in London, 31, £48k.", a
    /// sentence of a longer post).
    private func speaksOfOneself(before index: Int, _ tokens: [Token], _ words: [String?]) -> Bool {
        tokens.indices.contains { cues[.ageSelf]?.starts(in: words, at: $0) != nil }
            || (0..<index).contains { backgrounds.starts(in: words, at: $0) != nil }
    }

    /// "I'm 38", "at 45, is it…", "I'm 38 and…": the number ends the clause or a small word
    /// follows, not a unit ("I'm 5 years in", "at 40 hours") and not a range ("at 30 to 40").
    private func endsAnAge(after index: Int, _ tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.kind == .boundary { return true }
        guard next.kind == .word, StopWords.contains(next.text) else { return false }
        return !(next.text == "to" && index + 2 < tokens.count && tokens[index + 2].kind == .number)
    }

    // MARK: Names the data does not list

    private func unlistedNames(_ tokens: [Token], _ words: [String?], covered: [Bool]) -> [(span: Range<Int>, gap: Gap)] {
        guard cues[.gapTitle] != nil || tokens.contains(where: \.isQuote) else { return [] }
        var found: [(span: Range<Int>, gap: Gap)] = []
        func add(_ run: Range<Int>, quoted: Bool, titled: Bool = true) {
            guard !run.isEmpty, !run.contains(where: { covered[$0] }),
                isUnknownName(run, tokens, words, quoted: quoted, titled: titled)
            else { return }
            found.append((run, Gap(kind: .named, term: tokens[run].map(\.spelling).joined(separator: " "))))
        }
        // Quotation marks pair up: the one that closes a title opens nothing ("the 'X' course by Y").
        var closing = -1
        for (index, token) in tokens.enumerated() where token.isQuote && index + 1 < tokens.count && index != closing {
            let end = tokens[(index + 1)...].firstIndex { $0.kind == .boundary } ?? tokens.endIndex
            if end < tokens.endIndex, tokens[end].isQuote { closing = end }
            guard end == tokens.endIndex || tokens[end].isQuote, (1...8).contains(end - index - 1) else { continue }
            let titled =
                cue(.gapTitle, endingNear: index, within: 2, words) != nil
                || cue(.gapTitle, startingNear: min(end + 1, words.count), within: 1, words) != nil
            // "is 'ML platform engineer' the same as MLOps", "my title is 'data engineer'": a job
            // title in quotes is a role (a gap of its own when the data lists it), not a book or course.
            // A work's title may end in a job word too, but opens with a small word ("'The Pragmatic Programmer'").
            let isJobTitle =
                !StopWords.contains(tokens[index + 1].text)
                && [CueList.ID.generalJobHeads, .jobWords].contains { cues[$0]?.start(in: words, endingBefore: end) != nil }
            // Untitled, a quotation is a name when written as one: every word but the small ones
            // capitalised ("'The Phoenix Project'", not "doing 'AI features'").
            let isTitleCase = tokens[(index + 1)..<end].allSatisfy { $0.isCapitalised || StopWords.contains($0.text) || $0.kind != .word }
            if isTitleCase && tokens[index + 1].isCapitalised || titled, !isJobTitle {
                add(index + 1..<end, quoted: true, titled: titled)
            }
        }
        guard let titles = cues[.gapTitle] else { return found }
        var index = 0
        while index < words.count {
            guard let count = titles.starts(in: words, at: index) else {
                index += 1
                continue
            }
            add(capitalisedRun(endingBefore: descriptorsStart(before: index, tokens), tokens, words), quoted: false)
            var after = index + count
            if let intro = cue(.gapTitleIntro, startingNear: after, within: 0, words) {
                // "a course called Machine Learning in Production", "a book called mlopsmastery on …"
                after = intro.upperBound
                var end = capitalisedRun(startingAt: after, tokens, words).upperBound
                if end == after {
                    while end < tokens.count, tokens[end].kind == .word, !commonWords.contains(tokens[end].text) { end += 1 }
                }
                add(after..<end, quoted: true)
            } else {
                add(capitalisedRun(startingAt: after, tokens, words), quoted: false)
            }
            index += count
        }
        return found
    }

    /// "the Le Wagon data science bootcamp": up to three lower-case words the knowledge base uses,
    /// which say what the thing teaches, may sit between its name and its kind. Where they start,
    /// or `index` when no capitalised word comes before them.
    private func descriptorsStart(before index: Int, _ tokens: [Token]) -> Int {
        var start = index
        while start > 0, index - start < 3, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalised,
            vocabularyBox.value.vocabulary.contains(tokens[start - 1].text)
        {
            start -= 1
        }
        return start > 0 && isNameWord(start - 1, tokens) ? start : index
    }

    /// "Is that course as valuable as the DeepLearning.AI specialization?": a `gap-reference`
    /// word right before a `gap-title` word points at a resource the message does not name. With
    /// no name before it (`names`), and a `gap-reference-weigh` word ("as", "than", "or") then a
    /// name or another `gap-title` word after it, it is weighed against that one, so it is
    /// another: one the articles cannot be said to cover. ("Is this course enough: the
    /// DeepLearning.AI specialization?" names it.)
    private func unnamedReferences(_ tokens: [Token], _ words: [String?], after names: [Range<Int>]) -> [(span: Range<Int>, gap: Gap)] {
        guard let references = cues[.gapReference], let titles = cues[.gapTitle] else { return [] }
        for index in words.indices {
            guard let count = references.starts(in: words, at: index), let title = titles.starts(in: words, at: index + count) else {
                continue
            }
            let span = index..<index + count + title
            // Weighed: a `gap-reference-weigh` word, then a name or another kind of resource.
            guard let weigh = (span.upperBound..<words.count).first(where: { cues[.gapReferenceWeigh]?.starts(in: words, at: $0) != nil }),
                names.contains(where: { $0.lowerBound > weigh })
                    || (weigh..<words.count).contains(where: { titles.starts(in: words, at: $0) != nil }),
                !names.contains(where: { $0.lowerBound < index }), !tokens[..<index].contains(where: \.isQuote)
            else { continue }
            return [(span, Gap(kind: .named, term: tokens[span].map(\.text).joined(separator: " ")))]
        }
        return []
    }

    private func isNameWord(_ index: Int, _ tokens: [Token]) -> Bool {
        tokens[index].kind == .word && tokens[index].isCapitalised
    }

    private func isJoiner(_ index: Int, _ words: [String?]) -> Bool {
        cues[.gapNameJoiner]?.starts(in: words, at: index) == 1
    }

    /// The capitalised words right before `end` ("the Made With ML course"), joiners inside.
    private func capitalisedRun(endingBefore end: Int, _ tokens: [Token], _ words: [String?]) -> Range<Int> {
        var start = end
        while start > 0, isNameWord(start - 1, tokens) || (isJoiner(start - 1, words) && start - 1 > 0 && isNameWord(start - 2, tokens)) {
            start -= 1
        }
        return start..<end
    }

    /// The capitalised words from `start` on ("the book Designing Data Systems"), joiners inside.
    private func capitalisedRun(startingAt start: Int, _ tokens: [Token], _ words: [String?]) -> Range<Int> {
        var end = start
        while end < tokens.count, isNameWord(end, tokens) || (isJoiner(end, words) && end + 1 < tokens.count && isNameWord(end + 1, tokens))
        {
            end += 1
        }
        return start..<end
    }

    /// Whether the words name something the knowledge base lacks. A quotation with no `gap-title`
    /// word beside it is a name only when it holds a word the knowledge base lacks: "MLOps is
    /// 'DevOps for ML'" quotes a description in the articles' own words, not a book or a course.
    private func isUnknownName(_ run: Range<Int>, _ tokens: [Token], _ words: [String?], quoted: Bool, titled: Bool = true) -> Bool {
        var positions = Array(run)
        // A quoted title is whole: only small words open it ("'The Phoenix Project'"), while common
        // words ("MLOps Engineering on AWS") are its own; a run found by its capitals may start with
        // any common word ("Which Udemy course").
        let opener: (String) -> Bool = quoted ? { StopWords.contains($0) } : { commonWords.contains($0) }
        while let first = positions.first, opener(tokens[first].text) || isJoiner(first, words) { positions.removeFirst() }
        let content = positions.map { tokens[$0].text }
        let vocabulary = vocabularyBox.value.vocabulary
        guard !content.isEmpty, !vocabulary.holds(content), !vocabulary.contains(content.joined()) else { return false }
        if quoted { return titled || content.contains { !vocabulary.contains($0) && !StopWords.contains($0) } }
        // "Andrew Ng ML course": the knowledge base holds "Andrew Ng".
        if content.count > 2, (2..<content.count).contains(where: { vocabulary.holds(Array(content[..<$0])) }) { return false }
        return content.contains { !vocabulary.contains($0) && !commonWords.contains($0) }
    }
}

/// The knowledge base's vocabulary and the near-spelling index of its words and the common words,
/// built the first time a message needs them (or given, read from an image).
private final class LazyVocabulary: @unchecked Sendable {
    private let knowledge: KnowledgeBase
    private let commonWords: ByteStringTable
    private let lock = NSLock()
    private var built: (vocabulary: KnowledgeVocabulary, nearSpellings: NearSpellingIndex)?

    init(_ knowledge: KnowledgeBase, commonWords: ByteStringTable, built: (KnowledgeVocabulary, NearSpellingIndex)? = nil) {
        self.knowledge = knowledge
        self.commonWords = commonWords
        self.built = built
    }

    var value: (vocabulary: KnowledgeVocabulary, nearSpellings: NearSpellingIndex) {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let vocabulary = KnowledgeVocabulary(knowledge: knowledge)
        let words = (0..<vocabulary.words.count).map { String(decoding: vocabulary.words.key(at: $0), as: UTF8.self) }
        let value = (vocabulary: vocabulary, nearSpellings: NearSpellingIndex(words: words + commonWords.strings))
        built = value
        return value
    }
}
