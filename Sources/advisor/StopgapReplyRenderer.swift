import AdvisorCore

/// STOPGAP until the library's ReplyRenderer lands on main: draws reply blocks as plain wrapped text.
struct StopgapReplyRenderer {
    var width: Int
    var style: RainbowStyle?

    func render(_ reply: Reply) -> String {
        var lines: [String] = []
        for block in reply.blocks {
            switch block {
            case let .heading(text): lines += wrap(text).map { style?.heading($0) ?? $0 }
            case let .paragraph(text): lines += wrap(text)
            case let .bullets(items): lines += items.flatMap { wrap("• " + $0) }
            case let .table(table): lines += ([table.header] + table.rows).map { $0.joined(separator: "  ") }
            case let .timeline(rows): lines += rows.map { "\($0.label): \($0.months.min)–\($0.months.max) months\($0.skipped ? " (skipped)" : "")" }
            case let .salaryChart(bars): lines += bars.map { "\($0.label): $\($0.salary.min)–$\($0.salary.upper) [\($0.source)]" }
            case let .sources(references): lines += references.enumerated().map { "[\($0.offset + 1)] \($0.element.title) (\($0.element.id))" }
            }
        }
        if let followUp = reply.followUp { lines += wrap(followUp) }
        return lines.joined(separator: "\n")
    }

    private func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.terminalSafe.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        return lines + [current]
    }
}

extension String {
    /// STOPGAP until the library's sanitizer lands: the text without control characters or escape sequences.
    var terminalSafe: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0.properties.generalCategory != .control }))
    }
}
