/// An amount of money as the person said it: the number, its currency and how often it is paid.
///
/// "450k PKR a month" is 450,000 PKR a month, and stays so: the articles' figures are US
/// dollars a year, there are no exchange rates in them, so the advisor never converts or
/// relabels an amount. A currency or period the person did not say is `nil` ("I make 85k").
public struct Money: Hashable, Codable, Sendable {
    /// How often an amount is paid.
    public enum Period: String, Hashable, Codable, Sendable, CaseIterable {
        case year, month, week, day, hour

        /// "a year", "an hour".
        public var phrase: String { self == .hour ? "an hour" : "a \(rawValue)" }
    }

    public var amount: Int
    /// A ``Currency`` id (ISO 4217 code), or `nil` when the person named none.
    public var currency: String?
    public var period: Period?

    public init(_ amount: Int, currency: String? = nil, period: Period? = nil) {
        self.amount = amount
        self.currency = currency
        self.period = period
    }

    /// Whether the amount is in the articles' terms: US dollars, or a currency not said.
    public var isInUSDollars: Bool { currency == nil || currency == Currency.usDollars }

    /// The amount as replies show it: "$85,000 a year", "PKR 450,000 a month", "85,000".
    public var text: String { Self.text(amount, currency: currency, period: period) }

    /// Another amount in this one's currency and period: "PKR 585,000 a month".
    public func text(of other: Int) -> String { Self.text(other, currency: currency, period: period) }

    static func text(_ amount: Int, currency: String?, period: Period?) -> String {
        let figure = MoneyRange.grouped(amount)
        let written =
            switch currency {
            case nil: figure
            case Currency.usDollars?: "$" + figure
            case let code?: "\(code) \(figure)"
            }
        return period.map { "\(written) \($0.phrase)" } ?? written
    }

    /// This amount where `newer` leaves the currency or the period unsaid ("wait no 110k" after
    /// "$100k a year" is $110k a year).
    public func filling(_ newer: Money) -> Money {
        Money(newer.amount, currency: newer.currency ?? currency, period: newer.period ?? period)
    }
}

/// Written `85000`, `85000 USD`, `8000 a month`, `450000 PKR a month` in transcripts' `# expect` lines.
extension Money: CustomStringConvertible {
    public var description: String {
        ([String(amount)] + [currency, period?.phrase].compactMap { $0 }).joined(separator: " ")
    }
}
