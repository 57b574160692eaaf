/// One unit of a normalised utterance: a word, a number, or a clause boundary.
///
/// ``Normalizer`` produces these; the classifier reads the words and numbers, the entity
/// extractor also uses boundaries (a comma ends the scope of a negation).
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A lower-case, accent-free word ("kubernetes", "not", "am").
        case word
        /// A number; ``Token/value`` holds it and ``Token/text`` its canonical digits.
        case number
        /// Punctuation that ends a clause: `, . ; : ! ? ( )` and quotes.
        case boundary
    }

    public var text: String
    public var kind: Kind
    /// The value of a number token ("85k" → 85000).
    public var value: Double?
    /// Whether the number was written as money: a `$` before it or a `k`/`m` multiplier.
    public var isMoney: Bool
    /// Which bytes of ``text`` were upper case in the message (bit 0 is the first byte; bytes
    /// past 64 are not recorded): a word's spelling as written, for names ("MLOps", "Zoomcamp").
    public var capitals: UInt64 = 0
    /// Whether a boundary is a quotation mark, so that a quoted title can be told from a clause.
    public var isQuote = false
    /// Whether a boundary opens a bracket, `(` or `[`: what follows, up to the boundary that
    /// closes it, is an aside ("a data engineer (Spark, dbt on Databricks)").
    public var opensBracket = false
    /// Whether a boundary closes a bracket, `)` or `]`.
    public var closesBracket = false
    /// Whether the word was not typed as a word of its own: the second part of a contraction
    /// ("am" of "I'm", "not" of "don't"), a unit split off a number ("hours" of "10h"), or a word
    /// read from a sign ("to" for the dash of "6-9", "and" for "&"). Counting the words a person
    /// typed, or matching a phrase on whole typed words, skips these.
    public var isInserted = false
    /// Whether a number was written with one dot before three digits ("9.500"), the way
    /// comma-decimal countries group thousands; its `value` is the decimal reading (9.5), and an
    /// amount of money reads it as thousands (R$ 9.500 is 9,500 reais).
    public var isDotGrouped = false

    public init(_ text: String, kind: Kind = .word, value: Double? = nil, isMoney: Bool = false) {
        self.text = text
        self.kind = kind
        self.value = value
        self.isMoney = isMoney
    }

    /// Whether the word started with a capital letter in the message.
    public var isCapitalised: Bool { capitals & 1 == 1 }

    /// The word as the message spelled it: ``text`` with its capitals restored ("MLOps").
    public var spelling: String {
        guard capitals != 0 else { return text }
        var bytes = Array(text.utf8)
        for index in bytes.indices where index < 64 && capitals & (1 << UInt64(index)) != 0 && bytes[index] >= 97 && bytes[index] <= 122 {
            bytes[index] -= 32
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A number token with its canonical text ("85000", "1.5").
    public static func number(_ value: Double, isMoney: Bool = false) -> Token {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return Token(text, kind: .number, value: value, isMoney: isMoney)
    }

    static let boundary = Token(",", kind: .boundary)
    /// A word the person did not type as a word of its own (see ``isInserted``).
    static func inserted(_ text: String) -> Token {
        var token = Token(text)
        token.isInserted = true
        return token
    }

    /// A quotation mark: a boundary that may open or close a title.
    static let quote: Token = {
        var token = Token(",", kind: .boundary)
        token.isQuote = true
        return token
    }()
}
