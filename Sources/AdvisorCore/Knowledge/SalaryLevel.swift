/// The level a ``SalaryFigure`` is for, and the seniority a question names ("senior", "jr").
///
/// The cases are in ladder order, from the whole-role figure up: answers list levels this way.
public enum SalaryLevel: String, CaseIterable, Codable, Comparable, Sendable {
    /// The role as a whole, no level named.
    case overall
    case entry
    case junior
    case mid
    case senior
    case lead
    case director

    /// The levels people start at: the career card's "entry" and the other sources' "junior";
    /// asking about either shows both.
    public var isStarting: Bool { self == .entry || self == .junior }

    /// Whether the level is an engineer's rung ("senior MLOps engineers") rather than a role of
    /// its own ("MLOps team leads", "directors of MLOps").
    public var isEngineer: Bool { self != .lead && self != .director }

    public static func < (lhs: SalaryLevel, rhs: SalaryLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
