/// A span of whole months, e.g. 8–12; a single figure has `min == max`.
public struct MonthRange: Hashable, Codable, Sendable {
    public var min: Int
    public var max: Int

    public init(min: Int, max: Int) {
        self.min = min
        self.max = max
    }

    /// The sum of two spans: the minimums add and the maximums add.
    public static func + (lhs: MonthRange, rhs: MonthRange) -> MonthRange {
        MonthRange(min: lhs.min + rhs.min, max: lhs.max + rhs.max)
    }

    public static let zero = MonthRange(min: 0, max: 0)
}

/// A span of percentages, e.g. +70% to +100% salary uplift; a single figure has `min == max`.
public struct PercentRange: Hashable, Codable, Sendable {
    public var min: Int
    public var max: Int

    public init(min: Int, max: Int) {
        self.min = min
        self.max = max
    }
}

/// A yearly amount of US dollars or a span of them, e.g. $100K–$140K or $250K+.
///
/// `max == nil` with `openEnded` means "and up" ($250K+); `max == nil` without it is a
/// single figure ($137,700).
public struct MoneyRange: Hashable, Codable, Sendable {
    public var min: Int
    public var max: Int?
    public var openEnded: Bool

    public init(min: Int, max: Int? = nil, openEnded: Bool = false) {
        self.min = min
        self.max = max
        self.openEnded = openEnded
    }

    /// The highest figure the range states (its minimum when it has no maximum).
    public var upper: Int { max ?? min }
}
