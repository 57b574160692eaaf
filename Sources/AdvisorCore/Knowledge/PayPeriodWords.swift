/// The phrases after an amount that say how often it is paid: "a month", "per annum".
public struct PayPeriodWords: Hashable, Codable, Sendable {
    public var period: Money.Period
    public var words: [String]

    public init(period: Money.Period, words: [String]) {
        self.period = period
        self.words = words
    }
}
