/// Something a message names that the articles do not cover, which the reply must admit first.
///
/// "Is it possible from DevOps in Pakistan?" names a country; the articles give US figures only,
/// so the reply opens by saying they say nothing about Pakistan, then gives what they do say.
public struct Gap: Hashable, Codable, Sendable {
    /// What kind of thing the articles lack.
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        /// A country, region or city ("Pakistan", "India", "Berlin").
        case country
        /// Pay in a currency other than US dollars ("450k PKR", "12 LPA", "£55k").
        case currency
        /// The person's age ("I'm 38", "at 45").
        case age
        /// A role the articles describe no path into (data engineer, ML SRE, LLM engineer, or ML
        /// engineer as the person's aim), or none from (a data engineer's background).
        case role
        /// A named course, book, bootcamp, certificate or tool the knowledge base does not hold.
        case named
        /// A subject the articles say nothing about (small businesses, internal moves, AutoML).
        case topic
    }

    public var kind: Kind
    /// The words as the message names the thing, for the reply to quote ("Pakistan").
    public var term: String

    public init(kind: Kind, term: String) {
        self.kind = kind
        self.term = term
    }

    /// The pay of a role, which the articles do not give ("data scientist pay"): a role gap.
    public static func pay(of role: String) -> Gap { Gap(kind: .role, term: role + Self.paySuffix) }

    /// Whether this is the gap of a role's pay (``pay(of:)``) rather than of the role itself.
    public var isPay: Bool { kind == .role && term.hasSuffix(Self.paySuffix) }

    private static let paySuffix = " pay"

    /// Whether this is the role gap of the given job ("nurse"), compared without case.
    public func isRole(_ job: String) -> Bool {
        kind == .role && term.lowercased() == job.lowercased()
    }
}
