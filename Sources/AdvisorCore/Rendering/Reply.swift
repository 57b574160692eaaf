/// An answer as structure, so that each front end can draw it its own way.
///
/// The terminal draws headings in bold and bars in color; transcripts use plain text at 80
/// columns; `--json` carries the plain text and the parts.
public struct Reply: Hashable, Codable, Sendable {
    public var blocks: [Block]
    /// Ids of the sources the answer cites, in order of first citation.
    public var sources: [String]
    /// The question the advisor asked at the end, if any.
    public var followUp: String?
    /// The fact units the reply shows, in order, each with the line that shows it.
    public var units: [ShownUnit]
    /// What the reply admits the articles do not cover, in order.
    public var admittedGaps: [Gap]
    /// Whether part of the answer waits for "more".
    public var hasMore: Bool

    public init(
        blocks: [Block], sources: [String] = [], followUp: String? = nil, units: [ShownUnit] = [],
        admittedGaps: [Gap] = [], hasMore: Bool = false
    ) {
        self.blocks = blocks
        self.sources = sources
        self.followUp = followUp
        self.units = units
        self.admittedGaps = admittedGaps
        self.hasMore = hasMore
    }

    /// A fact unit as a reply shows it.
    public struct ShownUnit: Hashable, Codable, Sendable {
        /// The ``FactUnit`` id (or a topic fact's id).
        public var id: String
        /// The words that show it, as the reply's blocks hold them (before wrapping).
        public var line: String

        public init(id: String, line: String) {
            self.id = id
            self.line = line
        }
    }

    /// One part of a reply.
    public enum Block: Hashable, Codable, Sendable {
        /// The one-line answer that opens a reply ("From frontend development to MLOps: 8–12 months").
        case headline(String)
        case heading(String)
        case paragraph(String)
        /// A side remark drawn quieter than a paragraph (caveats, "this is a projection").
        case note(String)
        case bullets([String])
        case table(Table)
        /// Roadmap stages on a common month axis.
        case timeline([TimelineRow])
        /// Salary ranges on a common dollar axis.
        case salaryChart([SalaryBar])
        /// "Sources: [1] …" lines.
        case sources([SourceReference])
    }

    public struct Table: Hashable, Codable, Sendable {
        public var header: [String]
        public var rows: [[String]]
        public init(header: [String], rows: [[String]]) {
            self.header = header
            self.rows = rows
        }
    }

    public struct TimelineRow: Hashable, Codable, Sendable {
        public var label: String
        public var months: MonthRange
        public var skipped: Bool
        public init(label: String, months: MonthRange, skipped: Bool = false) {
            self.label = label
            self.months = months
            self.skipped = skipped
        }
    }

    public struct SalaryBar: Hashable, Codable, Sendable {
        public var label: String
        public var salary: MoneyRange
        /// The source id the figure comes from.
        public var source: String
        public init(label: String, salary: MoneyRange, source: String) {
            self.label = label
            self.salary = salary
            self.source = source
        }
    }

    public struct SourceReference: Hashable, Codable, Sendable {
        public var id: String
        public var title: String
        public var publisher: String
        public init(id: String, title: String, publisher: String) {
            self.id = id
            self.title = title
            self.publisher = publisher
        }

        /// The publisher when the article names one, `nil` for the knowledge base's "Unnamed …"
        /// placeholders (which would only repeat the title and the id).
        public var namedPublisher: String? {
            let trimmed = publisher.trimming()
            return trimmed.isEmpty || trimmed.lowercased().hasPrefix("unnamed") ? nil : trimmed
        }

        /// "Title — Publisher (id)", or "Title (id)" when the publisher is unnamed.
        public var line: String {
            namedPublisher.map { "\(title) — \($0) (\(id))" } ?? "\(title) (\(id))"
        }
    }
}
