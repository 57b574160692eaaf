/// Writes a ``Reply`` as Markdown, for `/export`: headings, lists, tables, and source references.
public struct MarkdownRenderer: Sendable {
    public init() {}

    /// The reply as a Markdown document, under a top-level title when one is given.
    public func render(_ reply: Reply, title: String? = nil) -> String {
        var parts: [String] = []
        if let title { parts.append("# \(Self.escape(title))") }
        for block in reply.blocks { parts.append(render(block)) }
        return parts.joined(separator: "\n\n") + "\n"
    }

    func render(_ block: Reply.Block) -> String {
        switch block {
        case let .headline(text): return "**\(Self.escape(text))**"
        case let .heading(text): return "## \(Self.escape(text))"
        case let .paragraph(text): return Self.escape(text)
        case let .note(text): return "_\(Self.escape(text))_"
        case let .bullets(items): return items.map { "- \(Self.escape($0))" }.joined(separator: "\n")
        case let .table(table): return Self.table(header: table.header, rows: table.rows)
        case let .timeline(rows):
            return Self.table(header: ["Stage", "Months"], rows: rows.map { [$0.label, $0.skipped ? "skipped" : $0.months.text] })
        case let .salaryChart(bars):
            return Self.table(header: ["Level", "Salary", "Source"], rows: bars.map { [$0.label, $0.salary.text, $0.source] })
        case let .sources(references):
            return "## Sources\n\n"
                + references.enumerated().map { index, reference in
                    "\(index + 1). *\(Self.escape(reference.title))*" + (reference.namedPublisher.map { ", " + Self.escape($0) } ?? "")
                        + " (`\(reference.id)`)"
                }.joined(separator: "\n")
        }
    }

    static func table(header: [String], rows: [[String]]) -> String {
        let cell = { (text: String) in escape(text).replacingPipes }
        var lines = [
            "| " + header.map(cell).joined(separator: " | ") + " |",
            "|" + header.map { _ in " --- " }.joined(separator: "|") + "|",
        ]
        for row in rows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    /// Text with control characters removed and Markdown's inline markers escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.sanitizedForDisplay {
            if "\\`*_[]<>#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

private extension String {
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
