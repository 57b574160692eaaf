/// Draws a ``Reply`` as text wrapped to a width: headings, bullets with hanging indents, aligned
/// tables, a roadmap timeline and salary bars on common axes, and source references.
///
/// The layout is plain characters; a ``TextStyle`` decorates the laid-out pieces (the
/// executable's style adds colors, ``PlainStyle`` none), so transcripts at 80 columns are stable.
public struct ReplyRenderer: Sendable {
    public var width: Int
    public var style: any TextStyle

    public init(width: Int = 80, style: any TextStyle = PlainStyle()) {
        self.width = Swift.max(30, width)
        self.style = style
    }

    /// The reply as lines joined by newlines, without a trailing newline.
    public func render(_ reply: Reply) -> String {
        var lines: [String] = []
        var previous: Reply.Block?
        for block in reply.blocks {
            if let previous, !Self.isHeading(previous) { lines.append("") }
            lines += render(block)
            previous = block
        }
        return lines.joined(separator: "\n")
    }

    private static func isHeading(_ block: Reply.Block) -> Bool {
        if case .heading = block { return true }
        return false
    }

    /// The lines of one block.
    public func render(_ block: Reply.Block) -> [String] {
        switch block {
        case let .headline(text):
            return TextWrapper.wrap(text, width: width).map(style.headline)
        case let .heading(text):
            return TextWrapper.wrap(text, width: width).map(style.heading)
        case let .paragraph(text):
            return TextWrapper.wrap(text, width: width)
        case let .note(text):
            return TextWrapper.wrap(text, width: width).map(style.dim)
        case let .bullets(items):
            return items.flatMap { TextWrapper.wrap($0, width: width, prefix: "• ", indent: "  ") }
        case let .table(table):
            return renderTable(table)
        case let .timeline(rows):
            return renderTimeline(rows)
        case let .salaryChart(bars):
            return renderSalaryChart(bars)
        case let .sources(references):
            var lines = [style.heading("Sources")]
            for (index, reference) in references.enumerated() {
                let marker = "[\(index + 1)] "
                lines += TextWrapper.wrap(
                    reference.line, width: width, prefix: marker,
                    indent: String(repeating: " ", count: marker.count))
            }
            return lines
        }
    }

    // MARK: - Tables

    /// Columns as wide as their widest cell, the widest shrunk (cells wrapped) until the table fits.
    func renderTable(_ table: Reply.Table) -> [String] {
        let columns = Swift.max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return [] }
        let cell = { (row: [String], column: Int) in column < row.count ? row[column] : "" }
        var widths = (0..<columns).map { column in
            ([cell(table.header, column)] + table.rows.map { cell($0, column) }).map(\.count).max() ?? 0
        }
        let gap = 2
        let available = width - gap * (columns - 1)
        while widths.reduce(0, +) > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 3
        {
            widths[widest] -= 1
        }
        func lines(of row: [String], decorate: (String) -> String) -> [String] {
            let wrapped = (0..<columns).map { TextWrapper.wrap(cell(row, $0), width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                let parts = (0..<columns).map { column in
                    TextWrapper.pad(lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : "", to: widths[column])
                }
                return decorate(parts.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces)
            }
        }
        var out = lines(of: table.header, decorate: style.bold)
        out.append(style.dim(widths.map { String(repeating: "─", count: $0) }.joined(separator: String(repeating: " ", count: gap))))
        for row in table.rows { out += lines(of: row, decorate: { $0 }) }
        return out
    }

    // MARK: - Timeline

    /// Stages one after another on a common month axis: █ for the fewest months, ░ up to the most.
    func renderTimeline(_ rows: [Reply.TimelineRow]) -> [String] {
        guard !rows.isEmpty else { return [] }
        let monthTexts = rows.map { $0.skipped ? "skipped" : $0.months.text }
        let monthsWidth = monthTexts.map(\.count).max() ?? 0
        let (labelWidth, barWidth) = Self.columns(labels: rows.map(\.label), rightWidth: monthsWidth, width: width)
        let total = Swift.max(1, rows.filter { !$0.skipped }.map(\.months.max).reduce(0, +))
        let scale = Double(barWidth) / Double(total)
        var start = 0
        var out: [String] = []
        for (index, row) in rows.enumerated() {
            let label = TextWrapper.pad(TextWrapper.truncate(row.label, to: labelWidth), to: labelWidth)
            if row.skipped {
                out.append(style.dim("\(label)  " + TextWrapper.pad("", to: barWidth) + "  " + monthTexts[index]).trimmingTrailingSpaces)
                continue
            }
            let from = Int((Double(start) * scale).rounded())
            let solidEnd = Swift.max(from + 1, Int((Double(start + row.months.min) * scale).rounded()))
            let end = Swift.max(solidEnd, Int((Double(start + row.months.max) * scale).rounded()))
            let solid = String(repeating: "█", count: solidEnd - from)
            let range = String(repeating: "░", count: end - solidEnd)
            let padding = String(repeating: " ", count: Swift.max(0, barWidth - end))
            out.append(
                "\(label)  " + String(repeating: " ", count: from) + style.bar(solid) + style.barRange(range)
                    + padding + "  " + style.accent(monthTexts[index]))
            start += row.months.min
        }
        let axisEnd = "\(total) months"
        let axis = "0" + String(repeating: " ", count: Swift.max(1, barWidth - 1 - axisEnd.count)) + axisEnd
        out.append(style.dim(String(repeating: " ", count: labelWidth + 2) + axis))
        let legend = "█ fewest months, ░ up to the most; each stage starts where the one before can end at the earliest"
        return out + TextWrapper.wrap(legend, width: width).map(style.dim)
    }

    /// The label and bar widths for a chart row `label  bar  right`: labels take at most two
    /// fifths, bars at least ``minimumBar``, and labels give way (truncated) when space is short.
    static func columns(labels: [String], rightWidth: Int, width: Int) -> (label: Int, bar: Int) {
        var label = Swift.min(labels.map(\.count).max() ?? 0, width * 2 / 5)
        let spare = width - rightWidth - 4 - minimumBar
        if label > spare { label = Swift.max(3, spare) }
        return (label, Swift.max(1, width - label - rightWidth - 4))
    }

    static let minimumBar = 10

    // MARK: - Salary chart

    /// Salary ranges on a common dollar axis, each with its figure and source.
    func renderSalaryChart(_ bars: [Reply.SalaryBar]) -> [String] {
        guard !bars.isEmpty else { return [] }
        let step = 50_000
        let low = (bars.map(\.salary.min).min() ?? 0) / step * step
        let high = Swift.max(low + step, ((bars.map(\.salary.upper).max() ?? 0) + step - 1) / step * step)
        let figureWidth = bars.map(\.salary.text.count).max() ?? 0
        let figuresWidth = figureWidth + 2 + (bars.map(\.source.count).max() ?? 0)
        // On a narrow screen each bar goes under its own line of label, figure and source.
        let stacked = width - figuresWidth - 4 - 3 < Self.minimumBar
        var (labelWidth, barWidth) = Self.columns(labels: bars.map(\.label), rightWidth: figuresWidth, width: width)
        if stacked { (labelWidth, barWidth) = (0, width - 2) }
        let scale = Double(barWidth - 1) / Double(high - low)
        let column = { (amount: Int) in Int((Double(amount - low) * scale).rounded()) }
        var out: [String] = []
        for bar in bars {
            let from = column(bar.salary.min)
            let to = Swift.max(from, column(bar.salary.upper))
            var drawn = String(repeating: " ", count: from) + style.bar(String(repeating: "█", count: to - from + 1))
            var used = to + 1
            if bar.salary.openEnded, used < barWidth {
                drawn += style.barRange("▸")
                used += 1
            }
            if stacked {
                out += TextWrapper.wrap("\(bar.label): \(bar.salary.text) (\(bar.source))", width: width)
                out.append("  " + drawn)
                continue
            }
            drawn += String(repeating: " ", count: Swift.max(0, barWidth - used))
            let label = TextWrapper.pad(TextWrapper.truncate(bar.label, to: labelWidth), to: labelWidth)
            let figure = TextWrapper.pad(bar.salary.text, to: figureWidth)
            out.append("\(label)  \(drawn)  " + style.accent(figure) + "  " + style.dim(bar.source))
        }
        let lowText = MoneyRange.dollars(low), highText = MoneyRange.dollars(high)
        let axis = lowText + String(repeating: " ", count: Swift.max(1, barWidth - lowText.count - highText.count)) + highText
        out.append(style.dim(String(repeating: " ", count: labelWidth + 2) + axis))
        return out
    }
}
