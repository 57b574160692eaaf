/// Finds backgrounds, tools, certifications, levels, amounts and durations in an utterance.
///
/// **Names** (backgrounds with their synonyms, tools and tool groups with their aliases,
/// certifications, levels) are matched as whole stemmed word sequences over the
/// ``Normalizer``'s tokens, longest first, so "ops" never matches inside "stops" and "ui" never
/// inside "build"; "data scientists" matches "data scientist". A multi-word name also matches
/// written as one word ("front end" ↔ "frontend"). All of it lives in lookup tables built once
/// in `init`.
///
/// **Typos**: a word of five letters or more that is neither a name nor a common word (one
/// used in two or more training examples, or a stop word) is corrected to a name word by a
/// ``TypoCorrector`` (same first letter, 1 edit or transposition, 2 from seven letters; ties
/// broken by a total order): "kubernets" → kubernetes, "fronted" → frontend. The `not-typos`
/// word list of `Knowledge/words.yaml` names common words near a name that stay themselves
/// ("scale" is not "scala").
///
/// **Negation**: "not", "no", "never", "without", "nor" negate the names in the next five
/// tokens, up to a clause boundary or "but"; "not sure", "no idea" do not negate. Negated
/// backgrounds and tools go to the `negated…` lists.
///
/// **Numbers** (see ``EntityExtractor+Numbers.swift``): money, durations, hours per week,
/// years of experience. **Unknown jobs** (see ``EntityExtractor+UnknownJobs.swift``): "i am a
/// nurse", "i work as a teacher" fill `unknownBackground` when the words after the pattern name
/// nothing known, and so does a job named next to a known background ("compare nurse and
/// frontend", "a teacher or a frontend dev"). The person's own unknown job is also a role
/// ``Gap`` (the articles describe no path from it), unless the ``GapFinder`` found a role in
/// the same words; so are hours per week read from the numbers ("10 hrs a week"), as the gap
/// `Knowledge/gaps.yaml` names for "hours a week".
public struct EntityExtractor: Sendable {
    enum Kind: Hashable, Sendable { case background, tool, toolGroup, certification, level }

    struct Name: Sendable {
        var words: [String]
        var kind: Kind
        var id: String
    }

    /// Names by their first stemmed word, longest first.
    let names: [String: [Name]]
    /// Name words of five letters or more, for typo correction.
    let correctable: TypoCorrector
    /// Words that are never typo-corrected.
    let commonWords: ByteStringTable
    /// What a message names that the articles do not cover.
    let gapFinder: GapFinder
    /// The words that tell a job the knowledge base does not know.
    let jobs: JobWords
    /// The words that tell the person's own background from one only mentioned.
    let own: OwnBackgroundWords
    /// How pay is written: currencies, multiplying words, periods.
    let pay: PayWords
    /// What a message negates, and what only asks.
    let negation: NegationWords

    /// Hours a week said the plain way, to find the gap of `Knowledge/gaps.yaml` that names them.
    static let plainHoursPerWeek = "hours a week"

    static let levels: [(id: SalaryLevel, phrases: [String])] = [
        (.entry, ["entry", "entry level", "entrylevel", "graduate role", "new grad"]),
        (.junior, ["junior", "jr"]),
        (.mid, ["mid", "mid level", "midlevel", "mid senior", "intermediate"]),
        (.senior, ["senior", "sr"]),
        (.lead, ["lead", "tech lead", "team lead", "principal", "staff"]),
        (.director, ["director", "head of", "vp"]),
    ]

    public init(knowledge: KnowledgeBase) {
        self.init(knowledge: knowledge, exampleTokens: knowledge.intents.flatMap(\.examples).map { Normalizer.tokens($0) })
    }

    /// An extractor for a knowledge base whose training examples are already split into tokens
    /// (in the order of `knowledge.intents` and their examples), so that start-up splits them once.
    public init(knowledge: KnowledgeBase, exampleTokens: [[Token]]) {
        var table: [String: [Name]] = [:]
        func add(_ phrase: String, _ kind: Kind, _ id: String) {
            let words = Self.stems(Normalizer.tokens(phrase))
            guard let first = words.first else { return }
            table[first, default: []].append(Name(words: words, kind: kind, id: id))
            if words.count > 1 {
                let joined = Stemmer.stem(Normalizer.tokens(phrase).map(\.text).joined())
                table[joined, default: []].append(Name(words: [joined], kind: kind, id: id))
            }
        }
        for background in knowledge.backgrounds {
            for phrase in [background.id, background.name] + background.synonyms + background.shortForms {
                add(phrase, .background, background.id)
            }
        }
        for tool in knowledge.tools {
            for phrase in [tool.id, tool.name] + tool.aliases { add(phrase, .tool, tool.id) }
        }
        for group in knowledge.toolGroups {
            for phrase in [group.name] + group.aliases { add(phrase, .toolGroup, group.id) }
        }
        for certification in knowledge.certifications {
            for phrase in [certification.id, certification.name] + certification.aliases { add(phrase, .certification, certification.id) }
        }
        for (id, phrases) in Self.levels { for phrase in phrases { add(phrase, .level, id.rawValue) } }
        // Longest first; equal lengths keep the knowledge base's order (a total order: position).
        for key in table.keys {
            table[key] = table[key]?.enumerated().sorted { ($1.element.words.count, $0.offset) < ($0.element.words.count, $1.offset) }.map(
                \.element)
        }
        names = table

        var frequency: [String: Int] = [:]
        for tokens in exampleTokens {
            for word in Set(tokens.map(\.text)) { frequency[word, default: 0] += 1 }
        }
        // Out-of-scope examples are written with other trades' real words ("personal trainer"), not
        // with deliberate typos: once there is enough ("trainer" is not "trader").
        var position = 0
        for definition in knowledge.intents {
            let range = position..<min(exampleTokens.count, position + definition.examples.count)
            position = range.upperBound
            guard definition.intent == .outOfScope else { continue }
            for tokens in exampleTokens[range] {
                for word in Set(tokens.map(\.text)) where frequency[word] == 1 { frequency[word] = 2 }
            }
        }
        let nameWords = Set(table.values.flatMap { $0.flatMap(\.words) })
        // Plain English words ("plays", the `english` list) are known to the corrector, so they are never
        // respelt as a name, and never a name's respelling (a negative priority).
        let correctable = TypoCorrector(
            correcting: nameWords.filter { $0.utf8.count >= 5 }.sorted().map { ($0, 1, 1) }, leaving: knowledge.words(.english))
        // A word several examples use is a real word, unless it is a typo of a name the examples
        // use three times as often (the data holds "fronted" on purpose; "frontend" far more).
        let frequent = frequency.filter { word, count in
            guard count >= 2 else { return false }
            guard let name = correctable.correction(of: word) else { return true }
            return (frequency[name] ?? 0) < 3 * count
        }
        commonWords = ByteStringTable(
            words: Set(frequent.keys).union(StopWords.words).union(knowledge.words(.notTypos)).subtracting(nameWords))
        self.correctable = correctable
        gapFinder = GapFinder(knowledge: knowledge, commonWords: Set(frequent.keys))
        jobs = JobWords(knowledge: knowledge)
        own = OwnBackgroundWords(knowledge: knowledge)
        negation = NegationWords(knowledge: knowledge)
        pay = PayWords(knowledge: knowledge)
    }

    public func extract(from utterance: String) -> Entities {
        let spelled = pay.spelledOut(utterance)
        let tokens = Normalizer.tokens(spelled)
        var entities = Entities()
        let words = corrected(tokens)
        let negated = negationMask(tokens)
        var named = [Bool](repeating: false, count: tokens.count)
        let notNames = own.notNameMask(tokens)
        var backgroundSpans: [Range<Int>] = []
        // The words of the backgrounds the person holds, to bind the years said with them.
        var held = [Bool](repeating: false, count: tokens.count)
        // Held backgrounds, and whether the person had them before ("used to be a sysadmin").
        var heldSpans: [(id: String, isPast: Bool)] = []
        // General job words a field of work makes another job ("game dev"), if held.
        var modifiedJobs: [OwnJob] = []
        var found: [(at: Int, name: Name)] = []
        var index = 0
        while index < words.count {
            guard let word = words[index], !notNames[index], let candidates = names[word],
                let match = candidates.first(where: { matches($0.words, words, at: index) && isMeant($0, tokens, at: index) })
            else {
                index += 1
                continue
            }
            let span = index..<index + match.words.count
            if match.kind == .tool, own.isOthersWork(span, tokens) {
                for position in span { named[position] = true }
                index = span.upperBound
                continue
            }
            if match.kind == .background, !negated[index], let modified = fieldModified(span, tokens, named: named) {
                // "a game dev": not a software engineer, but a job the articles have no path from.
                if isHeld(modified, tokens, named: named) {
                    let past = isPast(before: modified.lowerBound, tokens)
                    modifiedJobs.append(OwnJob(name: jobSpelling(tokens[modified]), span: modified, isPast: past))
                }
                index = span.upperBound
                continue
            }
            record(match, negated: negated[index], in: &entities)
            if !negated[index] { found.append((index, match)) }
            for position in span { named[position] = true }
            if match.kind == .background, !negated[index] {
                backgroundSpans.append(span)
                if !isHeld(span, tokens, named: named) {
                    // "a financial analyst at a bank": the workplace names the field the person holds.
                    if !entities.mentionedBackgrounds.contains(match.id), !heldSpans.contains(where: { $0.id == match.id }) {
                        entities.mentionedBackgrounds.append(match.id)
                    }
                } else {
                    heldSpans.append((match.id, isPast(before: span.lowerBound, tokens)))
                    entities.mentionedBackgrounds.removeAll { $0 == match.id }
                    for position in span { held[position] = true }
                }
            }
            index = span.upperBound
        }
        markKnown(tokens, named: named, matches: found, holdsJob: !heldSpans.isEmpty, in: &entities)
        entities.isTitleAlone = backgroundSpans.count == 1 && isTitleAlone(tokens, named: named)
        var certified = [Bool](repeating: false, count: tokens.count)
        for (at, name) in found where name.kind == .certification {
            for position in at..<min(tokens.count, at + name.words.count) { certified[position] = true }
        }
        var gaps = gapFinder.located(
            in: tokens, certified: certified, names: found.map { $0.0..<min(tokens.count, $0.0 + $0.1.words.count) })
        forgetBackgrounds(inTitles: gaps.filter { $0.gap.kind == .named }.map(\.span), found: found, from: &entities)
        let job =
            unknownJob(tokens, words: words, negated: negated) ?? fieldJob(tokens, named: named, negated: negated)
            ?? verbJob(tokens, negated: negated)
            ?? modifiedJobs.first { !$0.isPast } ?? modifiedJobs.first ?? titleJob(tokens, named: named, negated: negated)
        if let job { for position in job.span where position < held.count { held[position] = true } }
        // "…in Lagos, 26 years, earning…": the ages the numbers hold are the age gap too.
        for span in readNumbers(tokens, dollarSign: spelled.contains("$"), named: named, held: held, into: &entities)
        where !gaps.contains(where: { $0.gap.kind == .age && $0.span.contains(span.lowerBound) }) {
            gaps.append((span.lowerBound..<span.lowerBound + 1, Gap(kind: .age, term: tokens[span.lowerBound].text)))
        }
        if entities.yearsOfExperience == nil, let years = bareYears(tokens) { entities.yearsOfExperience = years }
        // A job the person had gives way to one they have: "an IT manager (used to be a sysadmin)".
        if job.map({ !$0.isPast }) ?? false || heldSpans.contains(where: { !$0.isPast }) {
            for (id, isPast) in heldSpans where isPast && !heldSpans.contains(where: { $0.id == id && !$0.isPast }) {
                if !entities.mentionedBackgrounds.contains(id) { entities.mentionedBackgrounds.append(id) }
            }
        }
        let heldIDs = entities.backgrounds.filter { !entities.mentionedBackgrounds.contains($0) }
        // "not a coder, i'm a nurse": a negated background leaves the job said beside it.
        if heldIDs.isEmpty, entities.negatedBackgrounds.isEmpty || job != nil {
            entities.unknownBackground = job?.name ?? studies(tokens, negated: negated)
            // The person's own job, which the articles have no path from, is a role gap; once, when
            // the gap finder found a role in the same words ("i'm a big data engineer").
            if let job, isRoleGap(job.name), !gaps.contains(where: { $0.gap.kind == .role && $0.span.overlaps(job.span) }) {
                gaps.append((job.span, Gap(kind: .role, term: job.name)))
            }
        } else if !backgroundSpans.isEmpty {
            entities.unknownBackground = coordinatedJob(tokens, spans: backgroundSpans, named: named, negated: negated)
            // "I'm a UX designer … the transition page talks about frontend devs": the job the person
            // says they have is theirs, whatever else the message names.
            if let job, isRoleGap(job.name),
                !backgroundSpans.contains(where: { $0.overlaps(job.span) }), !job.span.contains(where: { named[$0] })
            {
                gaps.append((job.span, Gap(kind: .role, term: job.name)))
            }
        }
        // "nurses vs. frontend devs": backgrounds weighed against each other, none the person's.
        if entities.unknownBackground == nil, heldIDs.isEmpty, !backgroundSpans.isEmpty {
            entities.unknownBackground = coordinatedJob(tokens, spans: backgroundSpans, named: named, negated: negated)
        }
        // "Android developer for 6 years": a role with no path whose own words hold a background the
        // person holds ("developer") is their job, and that background's path the closest one.
        for (span, gap) in gaps where gap.kind == .role && !gap.isPay && entities.closestBackground == nil {
            if let inner = found.first(where: { at, name in
                name.kind == .background && span.contains(at) && at + name.words.count <= span.upperBound
                    && name.words.count < span.count && held.indices.contains(at) && held[at]
            }) {
                entities.closestBackground = ClosestBackground(job: gap.term, background: inner.name.id)
            }
        }
        var seen: Set<Gap> = []
        entities.gaps = gaps.sorted { $0.span.lowerBound < $1.span.lowerBound }.map(\.gap).filter { seen.insert($0).inserted }
        // "10 hrs a week", "2h a day": the hours read, however written, are the gap gaps.yaml
        // names for hours said the plain way.
        if entities.hoursPerWeek != nil {
            for gap in gapFinder.gaps(in: Normalizer.tokens(Self.plainHoursPerWeek)) where !entities.gaps.contains(gap) {
                entities.gaps.append(gap)
            }
        }
        for money in entities.money {
            guard let code = money.currency, !money.isInUSDollars else { continue }
            let gap = Gap(kind: .currency, term: code)
            if !entities.gaps.contains(gap) { entities.gaps.append(gap) }
        }
        return entities
    }

    /// Whether an unknown job of the person's own is a role the articles have no path from: not
    /// MLOps itself ("once i'm an mlops engineer"), not studies ("i'm a student", "a recent graduate").
    private func isRoleGap(_ job: String) -> Bool {
        let words = job.split(separator: " ").map(String.init)
        guard let last = words.last else { return false }
        return !words.contains(where: jobs.targetWords.contains) && !own.studyStudent.contains(last) && !own.studyGraduate.contains(last)
    }

    // MARK: Names

    /// The stemmed word at each token (nil at boundaries and numbers), typos corrected.
    private func corrected(_ tokens: [Token]) -> [String?] {
        tokens.map { token in
            guard token.kind == .word else { return token.kind == .number ? token.text : nil }
            let stem = Stemmer.stem(token.text)
            if names[stem]?.contains(where: { $0.words.count == 1 }) == true || token.text.utf8.count < 5
                || commonWords.contains(token.text)
            {
                return stem
            }
            return correction(of: token.text) ?? stem
        }
    }

    private func correction(of word: String) -> String? {
        correctable.correction(of: word)
    }

    private func matches(_ phrase: [String], _ words: [String?], at start: Int) -> Bool {
        guard start + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[start + offset] != word { return false }
        return true
    }

    /// Rules out the readings of ambiguous words that are not names: "lead to", "staff"
    /// without a role, "head of" without a department.
    private func isMeant(_ name: Name, _ tokens: [Token], at index: Int) -> Bool {
        guard name.kind == .level, name.words.count == 1 else { return true }
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        switch name.words[0] {
        case "lead": return !["to", "me", "you", "us", "them", "into", "the", "a", "an"].contains(next)
        case "staff": return ["engineer", "developer", "level", "role", "mlops", "ml", "data", "software"].contains(next)
        default: return true
        }
    }

    private func record(_ name: Name, negated: Bool, in entities: inout Entities) {
        func append(_ id: String, to list: inout [String]) { if !list.contains(id) { list.append(id) } }
        switch (name.kind, negated) {
        case (.background, false): append(name.id, to: &entities.backgrounds)
        case (.background, true): append(name.id, to: &entities.negatedBackgrounds)
        case (.tool, false): append(name.id, to: &entities.tools)
        case (.tool, true): append(name.id, to: &entities.negatedTools)
        case (.toolGroup, _): append(name.id, to: &entities.toolGroups)
        case (.certification, _): append(name.id, to: &entities.certifications)
        case (.level, _):
            if let level = SalaryLevel(rawValue: name.id), !entities.levels.contains(level) { entities.levels.append(level) }
        }
    }

    // MARK: Negation

    /// Whether each token is inside a negation's scope.
    private func negationMask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var remaining = 0
        for (index, token) in tokens.enumerated() {
            if token.kind == .boundary || negation.breakers.contains(token.text) {
                remaining = 0
                continue
            }
            if negation.negations.contains(token.text) {
                let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
                // "Isn't Kubernetes enough?" asks: a "not" right after the auxiliary that opens a clause negates nothing.
                let opensClause = index == 1 || index >= 2 && tokens[index - 2].kind == .boundary
                let asks = opensClause && negation.questionAuxiliaries.contains(tokens[index - 1].text)
                remaining = negation.notNegating.contains(next) || asks ? 0 : 5
                continue
            }
            if remaining > 0 {
                mask[index] = true
                remaining -= 1
            }
        }
        return mask
    }

    static func stems(_ tokens: [Token]) -> [String] {
        tokens.compactMap { $0.kind == .boundary ? nil : ($0.kind == .word ? Stemmer.stem($0.text) : $0.text) }
    }
}
