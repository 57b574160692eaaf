/// The ways of writing pay that `Knowledge/currencies.yaml` teaches, as token-sequence tables
/// the entity extractor matches around a number: currencies before or after it ("PKR 450k",
/// "60000 euros"), multiplying words ("40 lakhs", "12 LPA") and pay periods ("a month").
struct PayWords: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        /// Currency ids (several for a word two currencies share, in the data's order).
        var currencies: [String] = []
        var factor: Double = 1
        var period: Money.Period?
    }

    /// Currency signs and the word each stands for in the text the extractor reads ("£" → "gbp"),
    /// longest first so "us$" wins over "$". A bare "$" stays for the ``Normalizer`` (it reads
    /// ranges like "$100-$120k"); ``dollarCurrency`` says what it means.
    let signs: [(sign: String, word: String)]
    let currencies: [String: [Phrase]]
    let amounts: [String: [Phrase]]
    let periods: [String: [Phrase]]
    /// The currency a bare "$" names.
    let dollarCurrency: String?
    /// Whether a sign is letters only ("r"), so that a message of plain letters and digits may hold one.
    var hasLetterSigns: Bool { signs.contains { $0.sign.allSatisfy(\.isLetter) } }

    init(knowledge: KnowledgeBase) {
        var signs: [(String, String)] = []
        var currencies: [String: [Phrase]] = [:]
        func add(_ phrase: Phrase, to table: inout [String: [Phrase]]) {
            guard let first = phrase.words.first else { return }
            if let index = table[first]?.firstIndex(where: { $0.words == phrase.words }) {
                table[first]?[index].currencies += phrase.currencies
            } else {
                table[first, default: []].append(phrase)
            }
        }
        var dollar: String?
        for currency in knowledge.currencies {
            let word = currency.id.lowercased()
            for sign in currency.symbols {
                if sign == "$" { dollar = dollar ?? currency.id } else { signs.append((sign.lowercased(), word)) }
            }
            for phrase in currency.words + [word] {
                add(Phrase(words: Self.words(phrase), currencies: [currency.id]), to: &currencies)
            }
        }
        var amounts: [String: [Phrase]] = [:]
        for amount in knowledge.amountWords {
            for phrase in amount.words {
                add(
                    Phrase(
                        words: Self.words(phrase), currencies: amount.currency.map { [$0] } ?? [], factor: amount.factor,
                        period: amount.period), to: &amounts)
            }
        }
        var periods: [String: [Phrase]] = [:]
        for period in knowledge.payPeriods {
            for phrase in period.words { add(Phrase(words: Self.words(phrase), period: period.period), to: &periods) }
        }
        self.signs = signs.sorted { $0.0.count > $1.0.count }
        self.currencies = Self.longestFirst(currencies)
        self.amounts = Self.longestFirst(amounts)
        self.periods = Self.longestFirst(periods)
        dollarCurrency = dollar
    }

    /// A phrase's words as the ``Normalizer`` writes them, word by word ("zł" → "zl"), so "a
    /// month" stays two words instead of becoming "1 month".
    static func words(_ phrase: String) -> [String] {
        phrase.split(separator: " ").flatMap { Normalizer.tokens(String($0)).map(\.text) }
    }

    private static func longestFirst(_ table: [String: [Phrase]]) -> [String: [Phrase]] {
        table.mapValues {
            $0.enumerated().sorted { ($1.element.words.count, $0.offset) < ($0.element.words.count, $1.offset) }.map(\.element)
        }
    }

    /// The text with each currency sign written as its code word, spaced off: "£55k" → " gbp 55k".
    /// A sign right after a dash ("£50-£60k") is dropped, so the range still reads as one.
    /// A sign of letters only ("R45,000", South African rand) counts only right before a digit.
    func spelledOut(_ text: String) -> String {
        guard !signs.isEmpty,
            text.unicodeScalars.contains(where: { !$0.isASCII || $0 == "$" })
                || (hasLetterSigns && text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }))
        else { return text }
        var out = ""
        // Which ASCII characters start a sign (lowered): any other ASCII character is copied
        // without trying each sign on it.
        var startsASign = [Bool](repeating: false, count: 128)
        for (sign, _) in signs { if let scalar = sign.unicodeScalars.first, scalar.isASCII { startsASign[Int(scalar.value)] = true } }
        // Signs are matched without case; the text keeps its capitals for the names read from it.
        var rest = Substring(text)
        outer: while let first = rest.first {
            if let ascii = first.asciiValue, first.unicodeScalars.count == 1,
                !startsASign[Int(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii)]
            {
                out.append(first)
                rest = rest.dropFirst()
                continue
            }
            // A sign that starts with a letter ("c$") only at the start of a word.
            let wordStart = !(out.last?.isLetter ?? false)
            for (sign, word) in signs
            where rest.prefix(sign.count).lowercased() == sign && (wordStart || !(sign.first?.isLetter ?? false)) {
                if sign.allSatisfy(\.isLetter), !(rest.dropFirst(sign.count).first?.isNumber ?? false) { continue }
                let afterDash = out.last(where: { $0 != " " }) == "-"
                out += afterDash ? "" : " \(word) "
                rest = rest.dropFirst(sign.count)
                continue outer
            }
            out.append(first)
            rest = rest.dropFirst()
        }
        return out
    }

    /// The longest phrase of `table` that starts at `start`.
    func match(_ table: [String: [Phrase]], in tokens: [Token], at start: Int) -> Phrase? {
        guard start >= 0, start < tokens.count else { return nil }
        // The Normalizer reads "a month" as "1 month" unless a number precedes it ("PKR a month").
        func text(_ index: Int) -> String {
            let token = tokens[index]
            let isTimeUnit = index + 1 < tokens.count && Normalizer.timeUnits.contains(tokens[index + 1].text)
            return token.kind == .number && token.value == 1 && token.text == "1" && isTimeUnit ? "a" : token.text
        }
        guard tokens[start].kind != .boundary, let candidates = table[text(start)] else { return nil }
        return candidates.first { phrase in
            start + phrase.words.count <= tokens.count && phrase.words.indices.allSatisfy { text(start + $0) == phrase.words[$0] }
        }
    }

    /// The longest phrase of `table` that ends right before `end`.
    func match(_ table: [String: [Phrase]], in tokens: [Token], endingBefore end: Int) -> Phrase? {
        var best: Phrase?
        for length in 1...3 where end - length >= 0 {
            if let phrase = match(table, in: tokens, at: end - length), phrase.words.count == length { best = phrase }
        }
        return best
    }
}
