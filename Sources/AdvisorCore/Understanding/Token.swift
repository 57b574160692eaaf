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

    public init(_ text: String, kind: Kind = .word, value: Double? = nil, isMoney: Bool = false) {
        self.text = text
        self.kind = kind
        self.value = value
        self.isMoney = isMoney
    }

    /// A number token with its canonical text ("85000", "1.5").
    public static func number(_ value: Double, isMoney: Bool = false) -> Token {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return Token(text, kind: .number, value: value, isMoney: isMoney)
    }

    static let boundary = Token(",", kind: .boundary)
}
