extension EntityExtractor {
    static let hourUnits: Set<String> = ["hours", "hour", "hrs", "hr", "h"]
    static let yearUnits: Set<String> = ["years", "year", "yrs", "yr"]
    static let monthUnits: Set<String> = ["months", "month", "mos", "mo"]
    static let weekUnits: Set<String> = ["weeks", "week", "wks", "wk"]

    /// Money, durations, hours per week and years of experience.
    ///
    /// - Money: a number written as money (`$`, `k`, `m`, a currency, a multiplying word such as
    ///   "lakh"), or any number from 1,000 to 10,000,000 that is not a year (1900–2100) and not
    ///   followed by a time unit; "100-120k" reads both ends as thousands. Its currency and pay
    ///   period come from the words around it (``PayWords``, taught by `Knowledge/currencies.yaml`):
    ///   "450k PKR a month", "40 lakhs per annum", "PKR 450k". A dot before three digits groups
    ///   thousands, as comma-decimal countries write them ("R$ 9.500", "22.000.000"). A currency other than US dollars
    ///   is also a ``Gap``: the articles' figures are US dollars.
    /// - Hours per week: a number (or range; the upper end counts) before an hour unit that is
    ///   followed by "per week", "a week", "weekly", "each/every week"; "2 hours a day" is 14.
    /// - Years of experience: a number before a year unit followed by an `experience-after` word
    ///   ("of", "experience" or a typo of it, "as"), or in a clause with an `experience-context`
    ///   word ("been", "worked") or the person's own job ("DS with 4 yrs here"), and no
    ///   `duration-context` word ("take", "how long"). Years are bound to
    ///   the job they are said with: in a clause about time away from work (`years-off-work`:
    ///   "a stay-at-home mom for 6 years") or about learning (`years-studying`: "been learning
    ///   Python for a year") they are no experience, and years said with the
    ///   person's job win over years said without one. A bare number after "for" that ends a
    ///   clause about the person's job takes the year unit the message used before ("a java
    ///   developer for 3").
    /// - Ages: a number before a year unit that says an age is neither experience nor a duration,
    ///   and is returned as the ages read: before an `age-after` phrase's word after the unit ("33
    ///   years old"), or a clause of its own, 18 to 70, in a message about the person, whose clause
    ///   before ends in no job of theirs and no experience word ("a data analyst in Lagos, 26
    ///   years, earning…"; but "a data scientist, 20 yrs" is experience).
    /// - Durations: any other number or range before a month, year or week unit, in months
    ///   (weeks round up to whole months).
    @discardableResult
    func readNumbers(
        _ tokens: [Token], dollarSign: Bool = false, named: [Bool] = [], held: [Bool] = [], into entities: inout Entities
    ) -> [Range<Int>] {
        var ages: [Range<Int>] = []
        var index = 0
        // Whether the years read so far were said with the person's job.
        var yearsBound = false
        var yearUnitSeen = false
        func experience(_ years: Double, bound: Bool) {
            guard bound || !yearsBound, let whole = Self.whole(years, in: Profile.plausibleYearsOfExperience) else { return }
            entities.yearsOfExperience = whole
            yearsBound = bound
        }
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .number, let first = token.value else {
                index += 1
                continue
            }
            var low = first, high = first, end = index + 1
            if end + 1 < tokens.count, tokens[end].text == "to", tokens[end + 1].kind == .number, let upper = tokens[end + 1].value {
                high = upper
                end += 2
                if tokens[end - 1].isMoney, low < 1000, upper >= 1000 { low *= 1000 }
            }
            let unit = end < tokens.count ? tokens[end].text : ""
            if Self.yearUnits.contains(unit) { yearUnitSeen = true }
            if Self.yearUnits.contains(unit), isAge(tokens, number: index, unit: end, held: held) {
                // "like I'm a 5 year old": no time, and no age of the person's either.
                if Self.whole(high, in: Self.personAges) != nil { ages.append(index..<end + 1) }
            } else if Self.hourUnits.contains(unit) {
                if let hours = hoursPerWeek(high, after: end + 1, in: tokens) { entities.hoursPerWeek = hours }
            } else if Self.yearUnits.contains(unit), isExperience(tokens, number: index, unit: end, named: named, held: held) {
                let bound = isBound(tokens, around: index, held: held)
                if bound || !isOffWork(tokens, around: index) { experience(high, bound: bound) }
            } else if yearUnitSeen, isElidedYears(tokens, number: index, end: end, held: held) {
                experience(high, bound: true)
            } else if let months = Self.months(per: unit), isPlanLength(tokens, number: index, unit: end) {
                if let min = Self.wholeMonths(low * months), let max = Self.wholeMonths(high * months), min <= max {
                    entities.durations.append(MonthRange(min: min, max: max))
                }
            } else if let (amounts, next) = money(low, high, tokens: tokens, index: index, end: end, dollarSign: dollarSign) {
                for amount in amounts where !entities.money.contains(amount) { entities.money.append(amount) }
                end = next
            }
            index = end
        }
        return ages
    }

    /// Whether a number before a year unit at `unit` is the person's age, not time: "33 years old",
    /// or "…in Lagos (SQL, Excel), 26 years, earning…" (see ``readNumbers(_:dollarSign:named:held:into:)``).
    private func isAge(_ tokens: [Token], number: Int, unit: Int, held: [Bool]) -> Bool {
        if unit + 1 < tokens.count, own.ageAfterUnit.contains(tokens[unit + 1].text) { return true }
        guard let value = tokens[number].value, value == value.rounded(), Self.whole(value, in: Self.asideAges) != nil else { return false }
        // The clause between its boundaries, brackets before it not run over.
        var start = number, stop = unit
        while start > 0, tokens[start - 1].kind != .boundary { start -= 1 }
        while stop < tokens.count, tokens[stop].kind != .boundary { stop += 1 }
        guard start >= 2, stop < tokens.count,
            (start..<stop).allSatisfy({ $0 == number || $0 == unit || own.yearHedges.contains(tokens[$0].text) })
        else { return false }
        let last = start - 2
        guard tokens[last].kind == .word, !(last < held.count && held[last]),
            !own.experienceContext.contains(tokens[last].text), !own.experienceAfter.contains(tokens[last].text)
        else { return false }
        return tokens.indices.contains { own.firstPerson.contains(tokens[$0].text) || ($0 < held.count && held[$0]) }
    }

    /// The ages a bare "26 years" between commas may be; below them it is years of experience.
    static let asideAges = 18...70
    /// The ages a person writing may have ("5 year old" is no one's who asks).
    static let personAges = 16...80

    /// Whether a number before a time unit that is no experience is the length of a plan, rather
    /// than time already spent ("getting out after 12 years", a `years-spent-before` word right
    /// before), what a job post asks for ("posts want 3+ years", a `years-asked-for` phrase up to
    /// two words before), or a duration written as a modifier of something other than a plan ("tired
    /// of 2-year contracts": a singular unit before a word that is no `duration-after` word). A
    /// `duration-context` word in the clause ("will it take 2 years after that?") makes it a plan.
    private func isPlanLength(_ tokens: [Token], number: Int, unit: Int) -> Bool {
        let clause = Self.clause(around: number, tokens).map { tokens[$0].text }
        if clause.contains(where: own.durationContext.contains) { return true }
        if number > 0, own.yearsSpentBefore.contains(tokens[number - 1].text) { return false }
        let before = tokens[max(0, number - 3)..<number].map(\.text)
        if own.yearsAskedFor.contains(where: { phrase in
            (0...max(0, before.count - phrase.count)).contains {
                before.count >= phrase.count && Array(before[$0..<$0 + phrase.count]) == phrase
            }
        }) {
            return false
        }
        let unitWord = tokens[unit].text
        let isSingular = !unitWord.hasSuffix("s") && tokens[number].value != 1
        if isSingular, unit + 1 < tokens.count, tokens[unit + 1].kind == .word, !StopWords.contains(tokens[unit + 1].text),
            !own.durationAfter.contains(tokens[unit + 1].text)
        {
            return false
        }
        return true
    }

    private static func months(per unit: String) -> Double? {
        if yearUnits.contains(unit) { return 12 }
        if monthUnits.contains(unit) { return 1 }
        if weekUnits.contains(unit) { return 12.0 / 52.0 }
        return nil
    }

    /// The longest duration read, in months: a century.
    static let plausibleMonths = 0...1200

    private static func wholeMonths(_ value: Double) -> Int? { whole((value - 0.001).rounded(.up), in: plausibleMonths) }

    /// The value rounded to a whole number, if it is finite and in `range` (huge, negative and
    /// infinite numbers people type are dropped rather than converted).
    static func whole(_ value: Double, in range: ClosedRange<Int>) -> Int? {
        let rounded = value.rounded()
        guard rounded.isFinite, rounded >= Double(range.lowerBound), rounded <= Double(range.upperBound) else { return nil }
        return Int(rounded)
    }

    private func hoursPerWeek(_ hours: Double, after start: Int, in tokens: [Token]) -> Int? {
        let window = tokens[start..<min(tokens.count, start + 3)].map(\.text)
        let perWeek = window.contains { Self.weekUnits.contains($0) || $0 == "weekly" }
        let perDay = window.contains { $0 == "day" || $0 == "daily" || $0 == "night" || $0 == "evening" }
        if perWeek { return Self.whole(hours, in: Profile.plausibleHoursPerWeek) }
        if perDay { return Self.whole(hours * 7, in: Profile.plausibleHoursPerWeek) }
        return nil
    }

    private func isExperience(_ tokens: [Token], number: Int, unit: Int, named: [Bool] = [], held: [Bool] = []) -> Bool {
        let before = number > 0 ? tokens[number - 1].text : ""
        if ["in", "within", "next", "than"].contains(before) { return false }
        let after = unit + 1 < tokens.count ? tokens[unit + 1].text : ""
        if own.experienceAfter.contains(after) || Self.isTypo(after, ofOneOf: own.experienceAfter) { return true }
        // "5 yrs java", "3 years react": years of something the person works with.
        if unit + 1 < named.count, named[unit + 1], !["to", "for"].contains(before) { return true }
        var start = number
        while start > 0, tokens[start - 1].kind != .boundary { start -= 1 }
        var stop = unit
        while stop < tokens.count, tokens[stop].kind != .boundary { stop += 1 }
        let clause = tokens[start..<stop].map(\.text)
        // A clause of its own that is just the years ("I'm a data scientist, 4 yrs, mostly notebooks").
        if start > 0, clause.allSatisfy({ Self.yearUnits.contains($0) || own.yearHedges.contains($0) || $0 == tokens[number].text }) {
            return true
        }
        let wide = Self.clause(around: number, tokens)
        let said = clause.contains(where: own.experienceContext.contains) || wide.contains { $0 < held.count && held[$0] }
        return said && !clause.contains(where: own.durationContext.contains)
    }

    /// The clause around the token at `index`, boundaries excluded; words in brackets before it
    /// are an aside the clause runs over ("a project manager (scrum master) in a software
    /// company for 7 years").
    private static func clause(around index: Int, _ tokens: [Token]) -> Range<Int> {
        var start = index
        while start > 0 {
            if tokens[start - 1].closesBracket, let open = tokens[..<(start - 1)].lastIndex(where: \.opensBracket), open > 0,
                tokens[open - 1].kind != .boundary
            {
                start = open
                continue
            }
            if tokens[start - 1].kind == .boundary { break }
            start -= 1
        }
        var stop = index
        while stop < tokens.count, tokens[stop].kind != .boundary { stop += 1 }
        return start..<stop
    }

    /// Whether the clause around `index` names the person's own job: the years are said with it.
    private func isBound(_ tokens: [Token], around index: Int, held: [Bool]) -> Bool {
        Self.clause(around: index, tokens).contains { $0 < held.count && held[$0] }
    }

    /// Whether the clause around `index` is about time away from work (`years-off-work`): "been a
    /// stay-at-home mom for 6 years", "a 2 year career break"; or about time spent learning
    /// (`years-studying`): "been learning Python on DataCamp for a year" is no work experience.
    private func isOffWork(_ tokens: [Token], around index: Int) -> Bool {
        let clause = Self.clause(around: index, tokens).map { tokens[$0].text }
        return OwnBackgroundWords.contains(own.offWork, in: clause) || OwnBackgroundWords.contains(own.studying, in: clause)
    }

    /// "before that I was a java developer for 3": a bare number after "for" that ends a clause
    /// naming the person's own job, with no unit of its own (the message named years before it).
    private func isElidedYears(_ tokens: [Token], number: Int, end: Int, held: [Bool]) -> Bool {
        guard number > 0, tokens[number - 1].text == "for", !tokens[number].isMoney, end == number + 1,
            end == tokens.count || tokens[end].kind == .boundary
        else { return false }
        return isBound(tokens, around: number, held: held)
    }

    /// Whether `word` is a typo of one of `words` (seven letters or more, same first letter, at
    /// most two edits): "expirience" is "experience".
    static func isTypo(_ word: String, ofOneOf words: Set<String>) -> Bool {
        guard word.utf8.count >= 7, let first = word.first else { return false }
        return words.contains { $0.utf8.count >= 7 && $0.first == first && word.editDistance(to: $0, limit: 2) <= 2 }
    }

    /// The amounts a number (or range) at `index`…`end` states, with the currency and period the
    /// words around it give, and the position after those words; nil when it is no amount of money.
    private func money(
        _ low: Double, _ high: Double, tokens: [Token], index: Int, end: Int,
        dollarSign: Bool
    ) -> (amounts: [Money], next: Int)? {
        var next = end, factor = 1.0, implied: [String] = [], period: Money.Period?
        if let word = pay.match(pay.amounts, in: tokens, at: next) {
            (factor, implied, period) = (word.factor, word.currencies, word.period)
            next += word.words.count
        }
        var named: [String] = []
        next += own.payQualifier(at: next, tokens)
        if let word = pay.match(pay.currencies, in: tokens, at: next) {
            named = word.currencies
            next += word.words.count
        } else if let word = pay.match(pay.currencies, in: tokens, endingBefore: index) {
            named = word.currencies
        }
        let qualified = next + own.payQualifier(at: next, tokens)
        if let word = pay.match(pay.periods, in: tokens, at: qualified) {
            next = qualified
            period = word.period
            next += word.words.count
        }
        let signed = tokens[index].isMoney || (end > index + 1 && tokens[end - 1].isMoney)
        // A word two currencies share ("rupees") means the one the amount word implies ("lakh").
        let currency =
            named.first(where: implied.contains) ?? named.first ?? implied.first
            ?? (signed && dollarSign ? pay.dollarCurrency : nil)
        let written = signed || factor != 1 || !named.isEmpty
        func plausible(_ value: Double) -> Bool {
            written
                ? value >= 1 && value <= Double(Profile.plausibleSalary.upperBound)
                : value >= 1000 && value <= 10_000_000 && !(1900...2100).contains(value)
        }
        // "R$ 9.500": a dot before three digits groups thousands in an amount.
        func grouped(_ value: Double, _ at: Int) -> Double { factor == 1 && tokens[at].isDotGrouped ? value * 1000 : value }
        let (low, high) = (grouped(low, index) * factor, grouped(high, end - 1) * factor)
        guard plausible(low) || plausible(high) else { return nil }
        let amounts = (low == high ? [low] : [low, high]).filter(plausible)
            .map { Money(Int($0.rounded()), currency: currency, period: period) }
        return (amounts, next)
    }
}
