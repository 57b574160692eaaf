import Foundation

/// Turns raw text into ``Token``s that the classifier and the entity extractor agree on.
///
/// The steps, in order:
/// 1. **Unicode folding**, one scalar at a time: lower case; curly quotes to `'` and `"`;
///    every dash to `-`; full-width forms to ASCII; accents stripped by canonical
///    decomposition ("café" → "cafe"); ß → ss, æ → ae, œ → oe, ø → o; other letters (Cyrillic,
///    CJK, …) kept; emoji and other symbols become spaces.
/// 2. **Splitting** into words, numbers and clause boundaries (`, . ; : ! ? ( )` and quotes;
///    a single quotation mark counts when it opens before a word or closes one opened).
///    Hyphens and slashes split words ("front-end" → "front end", "ci/cd" → "ci cd"); a slash
///    before a time unit reads "per" ("10h/week" → "10 hours per week"); `&` reads "and",
///    `%` reads "percent" and an arrow (`->`, `→`) reads "to" ("backend -> MLE"). Words the
///    person did not type as such are flagged (``Token/isInserted``). Each word
///    keeps which of its letters were capitals (``Token/capitals``) and each quotation mark is
///    flagged (``Token/isQuote``), so that names and quoted titles can be told apart.
/// 3. **Contractions**: "don't" → "do not", "i'm" → "i am", "what's" → "what is", "can't" →
///    "can not", possessive 's dropped; the apostrophe-less forms people type ("dont", "im",
///    "whats") and a few chat spellings ("wanna", "u", "thx") too.
/// 4. **Numbers**: "85k" → 85000, "$85,000" → 85000, "1.5m" → 1500000, "120 k" → 120000 (all
///    flagged as money); a dash between numbers reads "to" ("6-9 months" → "6 to 9 months", the
///    same tokens as "6 to 9 months"), one that starts a number is a minus sign ("-5" → -5); unit suffixes split off ("10h" → "10 hours", "5yrs" → "5
///    years"); "a year" → "1 year" (unless it is a rate: "85k a year", "10 hours a week"),
///    "half a year" → "0.5 year", and number words before a unit ("two years") become numbers.
///
/// Stemming and stop words are separate (``Stemmer``, ``StopWords``): the entity extractor
/// wants the plain words.
public enum Normalizer {
    /// The tokens of a text.
    public static func tokens(_ text: String) -> [Token] {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count + 8)
        // Which folded bytes were capitals: the first byte of an upper-case letter.
        var capitals: [Bool] = []
        capitals.reserveCapacity(text.utf8.count + 8)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, the common case: folding is lower-casing, without decoding scalars.
            for byte in text.utf8 {
                let isCapital = byte >= 65 && byte <= 90
                folded.append(isCapital ? byte + 32 : byte)
                capitals.append(isCapital)
            }
        } else {
            for scalar in text.unicodeScalars {
                let start = folded.count
                fold(scalar, into: &folded)
                capitals.append(contentsOf: repeatElement(false, count: folded.count - start))
                if folded.count > start, scalar.properties.isUppercase { capitals[start] = true }
            }
        }
        return rewrite(split(folded, capitals: capitals))
    }

    /// The words and numbers of a text, boundaries dropped.
    public static func words(_ text: String) -> [String] {
        tokens(text).compactMap { $0.kind == .boundary ? nil : $0.text }
    }

    /// The words and numbers of a text joined by single spaces, boundaries dropped.
    public static func normalize(_ text: String) -> String {
        tokens(text).lazy.filter { $0.kind != .boundary }.map(\.text).joined(separator: " ")
    }

    // MARK: Unicode folding

    private static func fold(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            out.append(value >= 65 && value <= 90 ? UInt8(value + 32) : UInt8(value))
            return
        }
        switch value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4: out.append(UInt8(ascii: "'"))
        case 0x201C, 0x201D, 0x201E, 0x2033, 0x00AB, 0x00BB: out.append(UInt8(ascii: "\""))
        case 0x2010...0x2015, 0x2212, 0xFE63: out.append(UInt8(ascii: "-"))
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x3000: out.append(UInt8(ascii: " "))
        case 0x2026, 0x3002: out.append(UInt8(ascii: "."))
        case 0x2192, 0x27F6: out.append(contentsOf: "->".utf8)
        case 0xFF01...0xFF5E: fold(Unicode.Scalar(value - 0xFEE0)!, into: &out)
        case 0x00DF: out.append(contentsOf: "ss".utf8)
        case 0x00E6, 0x00C6: out.append(contentsOf: "ae".utf8)
        case 0x0153, 0x0152: out.append(contentsOf: "oe".utf8)
        case 0x00F8, 0x00D8: out.append(UInt8(ascii: "o"))
        case 0x0142, 0x0141: out.append(UInt8(ascii: "l"))
        case 0x0111, 0x0110: out.append(UInt8(ascii: "d"))
        default:
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark { return }
            guard properties.isAlphabetic || properties.numericType != nil else {
                out.append(UInt8(ascii: " "))
                return
            }
            for base in String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars {
                if base.properties.generalCategory == .nonspacingMark { continue }
                if base.value < 0x80 {
                    fold(base, into: &out)
                } else {
                    for lower in base.properties.lowercaseMapping.unicodeScalars {
                        out.append(contentsOf: UTF8.encode(lower)!)
                    }
                }
            }
        }
    }

    // MARK: Splitting

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || byte >= 0x80 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func split(_ bytes: [UInt8], capitals: [Bool]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4 + 2)
        var money = false
        var negative = false
        // Whether a single quotation mark is open ("the 'Kubernetes for Data Teams' course").
        var singleQuoteOpen = false
        var index = 0
        let count = bytes.count
        func byte(_ at: Int) -> UInt8 { at < count && at >= 0 ? bytes[at] : 0 }
        while index < count {
            let current = bytes[index]
            if isLetter(current) || isDigit(current) {
                let start = index
                index += 1
                while index < count {
                    let next = bytes[index]
                    if isLetter(next) || isDigit(next) {
                        index += 1
                    } else if next == UInt8(ascii: "'"), isLetter(byte(index - 1)), isLetter(byte(index + 1)) {
                        index += 1
                    } else if next == UInt8(ascii: "."), isDigit(byte(index - 1)), isDigit(byte(index + 1)) {
                        index += 1
                    } else if next == UInt8(ascii: ","), isDigit(byte(index - 1)), isDigit(byte(index + 1)),
                        isDigit(byte(index + 2)), isDigit(byte(index + 3)), !isDigit(byte(index + 4))
                    {
                        index += 1
                    } else {
                        break
                    }
                }
                // "c#", "c++", "f#": a one-letter language name keeps its sign.
                if index - start == 1, isLetter(current), !isLetter(byte(index - 2)) {
                    let sign =
                        byte(index) == UInt8(ascii: "#")
                        ? 1 : byte(index) == UInt8(ascii: "+") && byte(index + 1) == UInt8(ascii: "+") ? 2 : 0
                    if sign > 0, !isLetter(byte(index + sign)), !isDigit(byte(index + sign)) { index += sign }
                }
                var shape: UInt64 = 0
                for position in start..<min(index, start + 64) where capitals[position] { shape |= 1 << UInt64(position - start) }
                appendPiece(bytes[start..<index], capitals: shape, money: money, negative: negative, to: &tokens)
                money = false
                negative = false
                continue
            }
            switch current {
            case UInt8(ascii: "$"): money = true
            case UInt8(ascii: "-"):
                var ahead = index + 1
                while byte(ahead) == UInt8(ascii: " ") || byte(ahead) == UInt8(ascii: "$") { ahead += 1 }
                if tokens.last?.kind == .number, isDigit(byte(ahead)) {
                    tokens.append(.inserted("to"))
                } else if byte(index + 1) == UInt8(ascii: ">") {
                    if let last = tokens.last, last.kind != .boundary { tokens.append(.inserted("to")) }  // "backend -> MLE"
                    index += 1
                } else if isDigit(byte(index + 1)), !isLetter(byte(index - 1)), !isDigit(byte(index - 1)) {
                    negative = true  // "-5 hours": a minus sign, not a dash
                }
            case UInt8(ascii: "/"):
                if tokens.last.map({ $0.kind != .boundary }) == true, startsWithUnit(bytes, at: index + 1) {
                    tokens.append(.inserted("per"))
                }
            case UInt8(ascii: "&"): tokens.append(.inserted("and"))
            case UInt8(ascii: "%"): tokens.append(.inserted("percent"))
            case UInt8(ascii: "'"):
                // Not inside a word (that is "don't"): a mark before a letter after a space opens a
                // quotation, and one after a word closes it; a lone one ("students' work") is dropped.
                let opens = !isLetter(byte(index - 1)) && !isDigit(byte(index - 1)) && isLetter(byte(index + 1))
                let closes = singleQuoteOpen && !isLetter(byte(index + 1)) && !isDigit(byte(index + 1))
                if opens || closes {
                    singleQuoteOpen = opens
                    if let last = tokens.last, last.kind == .boundary {
                        tokens[tokens.count - 1].isQuote = true
                    } else if !tokens.isEmpty {
                        tokens.append(.quote)
                    }
                }
            case UInt8(ascii: "\""):
                if let last = tokens.last, last.kind == .boundary {
                    tokens[tokens.count - 1].isQuote = true
                } else if !tokens.isEmpty {
                    tokens.append(.quote)
                }
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "\n"):
                if let last = tokens.last, last.kind != .boundary { tokens.append(.boundary) }
                if let last = tokens.last, last.kind == .boundary {
                    if current == UInt8(ascii: "(") || current == UInt8(ascii: "[") { tokens[tokens.count - 1].opensBracket = true }
                    if current == UInt8(ascii: ")") || current == UInt8(ascii: "]") { tokens[tokens.count - 1].closesBracket = true }
                }
            default: break
            }
            index += 1
        }
        return tokens
    }

    private static let slashUnits: [[UInt8]] = ["week", "wk", "w", "month", "mo", "year", "yr", "y", "day", "hour", "hr", "h"]
        .map { Array($0.utf8) }

    private static func startsWithUnit(_ bytes: [UInt8], at start: Int) -> Bool {
        var end = start
        while end < bytes.count, isLetter(bytes[end]) { end += 1 }
        let word = bytes[start..<end]
        return slashUnits.contains { unit in
            word.count >= unit.count && word.starts(with: unit)
                && (word.count == unit.count || ["s", "ly"].contains { String(decoding: word.dropFirst(unit.count), as: UTF8.self) == $0 })
        }
    }

    private static func appendPiece(_ piece: ArraySlice<UInt8>, capitals: UInt64, money: Bool, negative: Bool, to tokens: inout [Token]) {
        if let first = piece.first, isDigit(first) {
            appendNumber(piece, money: money, negative: negative, to: &tokens)
        } else {
            let first = tokens.count
            appendWord(String(decoding: piece, as: UTF8.self), to: &tokens)
            // The capitals belong to the first piece of a contraction ("I'm" → "I", "am").
            if capitals != 0, first < tokens.count {
                let length = tokens[first].text.utf8.count
                tokens[first].capitals = length >= 64 ? capitals : capitals & ((1 << UInt64(length)) - 1)
            }
        }
    }

    private static func appendNumber(_ piece: ArraySlice<UInt8>, money: Bool, negative: Bool, to tokens: inout [Token]) {
        var digits = ""
        var end = piece.startIndex
        while end < piece.endIndex, isDigit(piece[end]) || piece[end] == UInt8(ascii: ".") || piece[end] == UInt8(ascii: ",") {
            if piece[end] != UInt8(ascii: ",") { digits.unicodeScalars.append(Unicode.Scalar(piece[end])) }
            end += 1
        }
        // Dots between groups of three digits ("22.000.000") group thousands; one such dot
        // ("9.500") may too, which only an amount of money decides (Token.isDotGrouped).
        let groups = digits.split(separator: ".", omittingEmptySubsequences: false)
        let isGrouped =
            groups.count >= 2 && (1...3).contains(groups[0].count) && groups[0].first != "0"
            && groups.dropFirst().allSatisfy { $0.count == 3 }
        if isGrouped, groups.count > 2 { digits = groups.joined() }
        guard var value = Double(digits) else {
            appendWord(String(decoding: piece, as: UTF8.self), to: &tokens)
            return
        }
        let suffix = String(decoding: piece[end...], as: UTF8.self)
        var isMoney = money
        var unit: String?
        switch suffix {
        case "": break
        case "k": value *= 1_000; isMoney = true
        case "m", "mm", "mil", "mln": value *= 1_000_000; isMoney = true
        case "st", "nd", "rd", "th": break
        default:
            if let word = unitSuffixes[suffix] { unit = word } else { unit = suffix }
        }
        var number = Token.number(negative ? -value : value, isMoney: isMoney)
        number.isDotGrouped = isGrouped && groups.count == 2 && suffix.isEmpty
        tokens.append(number)
        if let unit { tokens.append(.inserted(unit)) }
    }

    private static let unitSuffixes: [String: String] = [
        "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
        "y": "years", "yr": "years", "yrs": "years", "year": "years", "years": "years",
        "mo": "months", "mos": "months", "month": "months", "months": "months",
        "w": "weeks", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
        "d": "days", "day": "days", "days": "days",
    ]

    private static func appendWord(_ word: String, to tokens: inout [Token]) {
        if let expansion = expansions[word] {
            for (offset, part) in expansion.enumerated() { tokens.append(offset == 0 ? Token(part) : .inserted(part)) }
            return
        }
        guard word.utf8.contains(UInt8(ascii: "'")) else {
            tokens.append(Token(word))
            return
        }
        for (suffix, replacement) in apostropheSuffixes where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count))
            if suffix == "'s" {
                tokens.append(Token(base))
                if isBeforeIs.contains(base) { tokens.append(.inserted(base == "let" ? "us" : "is")) }
            } else {
                tokens.append(Token(base))
                tokens.append(.inserted(replacement))
            }
            return
        }
        tokens.append(Token(word.filter { $0 != "'" }))
    }

    /// Whole words that expand to several: irregular contractions, apostrophe-less ones, chat spellings.
    private static let expansions: [String: [String]] = {
        var table: [String: [String]] = [
            "can't": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"],
            "ain't": ["is", "not"], "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
            "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"], "werent": ["were", "not"],
            "cant": ["can", "not"], "wont": ["will", "not"], "couldnt": ["could", "not"], "wouldnt": ["would", "not"],
            "shouldnt": ["should", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"], "hadnt": ["had", "not"],
            "im": ["i", "am"], "ive": ["i", "have"], "youre": ["you", "are"], "whats": ["what", "is"],
            "thats": ["that", "is"], "theres": ["there", "is"], "hows": ["how", "is"], "wheres": ["where", "is"],
            "whos": ["who", "is"], "wanna": ["want", "to"], "gonna": ["going", "to"], "gotta": ["got", "to"],
            "u": ["you"], "ur": ["your"], "pls": ["please"], "plz": ["please"], "thx": ["thanks"], "thnx": ["thanks"],
        ]
        table["idk"] = ["i", "do", "not", "know"]
        return table
    }()

    private static let apostropheSuffixes: [(String, String)] = [
        ("n't", "not"), ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'s", "is"),
    ]

    private static let isBeforeIs: Set<String> = [
        "it", "what", "that", "there", "here", "he", "she", "who", "where", "how", "when", "why", "let",
    ]

    // MARK: Rewriting

    static let timeUnits: Set<String> = ["year", "years", "month", "months", "week", "weeks"]
    private static let rateUnits: Set<String> = ["hour", "hours", "hrs", "hr", "h", "day", "days", "per", "percent"]
    private static let multipliers: [String: Double] = [
        "k": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000, "million": 1_000_000, "mil": 1_000_000,
    ]
    private static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "few": 3, "couple": 2, "several": 3,
    ]

    private static func rewrite(_ input: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let token = input[index]
            let next = index + 1 < input.count ? input[index + 1] : nil
            if token.kind == .number, let next, let factor = multipliers[next.text], let value = token.value {
                out.append(.number(value * factor, isMoney: true))
                index += 2
                continue
            }
            if token.kind == .word {
                // "a year", "an extra month" are one; "85k a year", "10 hours a week" are rates.
                if token.text == "a" || token.text == "an", let next, timeUnits.contains(next.text) {
                    let previous = out.last
                    if previous?.text == "half" {
                        out[out.count - 1] = .number(0.5)
                    } else if previous?.kind != .number, !rateUnits.contains(previous?.text ?? "") {
                        out.append(.number(1))
                    } else {
                        out.append(token)
                    }
                    index += 1
                    continue
                }
                if let value = numberWords[token.text] {
                    var ahead = index + 1
                    if ahead < input.count, input[ahead].text == "of" { ahead += 1 }
                    if ahead < input.count, timeUnits.contains(input[ahead].text) || rateUnits.contains(input[ahead].text) {
                        out.append(.number(value))
                        index = ahead
                        continue
                    }
                }
            }
            out.append(token)
            index += 1
        }
        if out.last?.kind == .boundary { out.removeLast() }
        return out
    }
}
