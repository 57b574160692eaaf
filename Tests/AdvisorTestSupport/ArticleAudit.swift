import Foundation
import Yams

/// `Knowledge/evaluation/article-audit.yaml`: for each source, every sentence of its article
/// in order, with the fact units that hold it or the reason it is left out.
public struct ArticleAudit: Sendable {
    /// One sentence of an article and what became of it.
    public struct Entry: Hashable, Sendable, CustomStringConvertible {
        /// What the audit decided for a sentence: exactly one of the two.
        public enum Verdict: Hashable, Sendable {
            /// Fact-unit ids (Knowledge/README.md, "Fact units") that hold the sentence.
            case covered(units: [String])
            /// The sentence has no unit, for this reason.
            case leftOut(reason: String)
        }

        public var line: Int
        /// The first words of the sentence, exactly as the article writes them.
        public var starts: String
        public var verdict: Verdict

        public var description: String { "line \(line) \"\(starts)\"" }
    }

    /// Entries per source id, in article order.
    public var articles: [String: [Entry]]
    /// Topic facts that no single sentence holds (what an article leaves out, a sum of its
    /// figures), each with the reason.
    public var derived: [String: String]

    /// Reads the audit file; an entry with both or neither of `units` and `left-out` is an error.
    public init(yaml: String, path: String) throws {
        struct File: Decodable {
            var articles: [String: [RawEntry]]
            var derived: [RawDerived]?
        }
        struct RawDerived: Decodable { var unit: String, reason: String }
        struct RawEntry: Decodable {
            var line: Int
            var starts: String
            var units: [String]?
            var leftOut: String?
            enum CodingKeys: String, CodingKey { case line, starts, units, leftOut = "left-out" }
        }
        let file = try YAMLDecoder().decode(File.self, from: yaml)
        derived = Dictionary((file.derived ?? []).map { ($0.unit, $0.reason) }, uniquingKeysWith: { first, _ in first })
        articles = try file.articles.mapValues { raw in
            try raw.map { entry in
                switch (entry.units, entry.leftOut) {
                case let (units?, nil): Entry(line: entry.line, starts: entry.starts, verdict: .covered(units: units))
                case let (nil, reason?): Entry(line: entry.line, starts: entry.starts, verdict: .leftOut(reason: reason))
                default: throw AuditError(path: path, line: entry.line, starts: entry.starts)
                }
            }
        }
    }

    /// An entry that names both units and a reason, or neither.
    public struct AuditError: Error, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var starts: String
        public var description: String {
            "\(path): the entry for line \(line) (\"\(starts)\") needs exactly one of `units` and `left-out`"
        }
    }
}
