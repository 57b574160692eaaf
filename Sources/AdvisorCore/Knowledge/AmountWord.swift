/// A word after a number that multiplies it, and the currency and period it implies:
/// "40 lakhs" (× 100,000, rupees), "12 LPA" (× 100,000, rupees, a year).
public struct AmountWord: Hashable, Codable, Sendable {
    public var words: [String]
    public var factor: Double
    /// A ``Currency`` id, used when the message names no currency itself.
    public var currency: String?
    /// The pay period the word implies, if any.
    public var period: Money.Period?

    public init(words: [String], factor: Double, currency: String? = nil, period: Money.Period? = nil) {
        self.words = words
        self.factor = factor
        self.currency = currency
        self.period = period
    }
}
