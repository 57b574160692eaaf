/// Collects the blocks of a reply, the sources it cites (in order of first citation) and the
/// fact units it shows, then cuts it to one screen (``build(budget:)``).
struct ReplyBuilder {
    let knowledge: KnowledgeBase
    private(set) var blocks: [Reply.Block] = []
    private(set) var cited: [String] = []
    private(set) var units: [Reply.ShownUnit] = []
    private(set) var admittedGaps: [Gap] = []
    /// Whether some of the blocks are units chosen by how well they match the question
    /// (``Responder/bestFacts(_:_:topics:leaning:excluding:asksWhenUnmatched:subject:into:)``), not by a fixed layout.
    var isRanked = false
    /// Where the openings of a message's several questions end (a block index): the first
    /// screen may run to ``Reply/longestScreen`` lines to hold them, or as many as fit.
    var openingsEnd: Int?
    /// The labels of a message's several questions, in order: those whose opening does not reach
    /// the first screen are named in its "more" note, so no question seems dropped.
    var partLabels: [String] = []
    var followUp: String?

    init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// A builder that continues a reply kept for "more".
    init(knowledge: KnowledgeBase, continuing rest: Reply) {
        self.knowledge = knowledge
        blocks = rest.blocks
        cited = rest.sources
        units = rest.units
    }

    /// An empty builder for the next part of this reply: it knows the units shown and the gaps
    /// admitted so far, so the part repeats neither.
    func nextPart() -> ReplyBuilder {
        var part = ReplyBuilder(knowledge: knowledge)
        part.units = units
        part.admittedGaps = admittedGaps
        return part
    }

    /// Notes a source as cited and returns its id, for inline "(transition-paths)" references.
    @discardableResult
    mutating func cite(_ id: String) -> String {
        if !id.isEmpty, !cited.contains(id) { cited.append(id) }
        return id
    }

    /// Cites several sources and returns "(a, b)".
    mutating func citing(_ ids: [String]) -> String {
        var unique: [String] = []
        for id in ids where !id.isEmpty && !unique.contains(id) { unique.append(cite(id)) }
        return unique.isEmpty ? "" : "(\(unique.joined(separator: ", ")))"
    }

    mutating func add(_ block: Reply.Block) { blocks.append(block) }

    mutating func headline(_ text: String) { blocks.append(.headline(text)) }
    mutating func heading(_ text: String) { blocks.append(.heading(text)) }
    mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    mutating func note(_ text: String) { blocks.append(.note(text)) }

    mutating func bullets(_ items: [String]) {
        if !items.isEmpty { blocks.append(.bullets(items)) }
    }

    /// A fact as a line that names its source; a topic fact is recorded as shown.
    mutating func line(_ fact: Fact) -> String {
        let label = fact.label.map { "\($0)" + (fact.score.map { " (\($0)/10)" } ?? "") + ": " } ?? ""
        let text = fact.text.hasSuffix(".") ? String(fact.text.dropLast()) : fact.text
        let line = "\(label)\(text) \(citing([fact.source]))"
        if let id = fact.id { shows(id, in: line) }
        return line
    }

    /// A fact unit as a line that names its source, recorded as shown.
    mutating func line(_ unit: FactUnit) -> String {
        let line = "\(unit.text) \(citing([unit.source]))"
        shows(unit.id, in: line)
        return line
    }

    /// Records that `line` shows the unit `id` (a line built from a record's fields).
    mutating func shows(_ id: String, in line: String) {
        if !units.contains(where: { $0.id == id }) { units.append(Reply.ShownUnit(id: id, line: line)) }
    }

    /// Whether the reply already shows the unit.
    func hasShown(_ id: String) -> Bool { units.contains { $0.id == id } }

    /// Records a gap as admitted (the caller writes the words).
    mutating func admit(_ gap: Gap) {
        if !admittedGaps.contains(gap) { admittedGaps.append(gap) }
    }

    /// Whether the reply already admits a gap of this kind and term.
    func hasAdmitted(_ gap: Gap) -> Bool { admittedGaps.contains(gap) }

    /// The main part only: blocks up to the first heading, lists cut to ``compactListLength``
    /// items; citations and units kept only for what is still shown.
    func compacted() -> ReplyBuilder {
        var short = ReplyBuilder(knowledge: knowledge)
        for block in blocks {
            if case .heading = block { break }
            if case let .bullets(items) = block {
                short.add(.bullets(Array(items.prefix(Self.compactListLength))))
            } else {
                short.add(block)
            }
        }
        let shown = short.blocks.map(Self.text(of:)).joined(separator: "\n")
        for id in cited where shown.containsText(id) {
            short.cite(id)
        }
        short.units = units.filter { shown.containsText($0.line) }
        short.admittedGaps = admittedGaps
        short.followUp = followUp
        short.isRanked = isRanked
        return short
    }

    static let compactListLength = 2

    /// The opening of an answer (its first block, and the list a first block ending in ":"
    /// introduces, cut to ``compactListLength`` items, or a table's first rows as such a list, or
    /// the first rows of a chart that a line before it leads into) and
    /// the rest, each with the citations, units and gaps it shows.
    func opening() -> (opening: ReplyBuilder, rest: ReplyBuilder) {
        var count = min(1, blocks.count)
        if case let .headline(text)? = blocks.first, text.hasSuffix(":"), blocks.count > 1 { count = 2 }
        if let first = blocks.first, case .paragraph = first, blocks.count > 1, case .headline = blocks[1] { count = 2 }
        // A line with no figure of its own before a chart ("…here are the MLOps bands they give.")
        // opens with the chart's first rows.
        if count == 1, blocks.count > 1, Self.isChart(blocks[1]), !Self.isChart(blocks[0]),
            !Self.text(of: blocks[0]).contains(where: \.isNumber)
        {
            count = 2
        }
        var opening = Array(blocks.prefix(count))
        var rest = Array(blocks.dropFirst(count))
        // An introduced list or table opens with its first items or rows only; the others wait with the details.
        switch opening.last {
        case let .salaryChart(bars)? where bars.count > Self.compactListLength:
            opening[opening.count - 1] = .salaryChart(Array(bars.prefix(Self.compactListLength)))
            rest.insert(.salaryChart(Array(bars.dropFirst(Self.compactListLength))), at: 0)
        case let .timeline(rows)? where rows.count > Self.compactListLength:
            opening[opening.count - 1] = .timeline(Array(rows.prefix(Self.compactListLength)))
            rest.insert(.timeline(Array(rows.dropFirst(Self.compactListLength))), at: 0)
        case let .bullets(items)?:
            let (head, tail) = Self.cut(items)
            opening[opening.count - 1] = head
            if let tail { rest.insert(tail, at: 0) }
        case let .table(table)? where !table.rows.isEmpty:
            // A table's rows can be taller than a part's share of the screen: its first rows open
            // as a list ("Family: tools (sources)"), the table waits whole with the details.
            opening[opening.count - 1] = .bullets(
                table.rows.prefix(Self.compactListLength).map { row in
                    row.count > 2 ? "\(row[0]): \(row[1]) \(row[row.count - 1])" : row.joined(separator: ": ")
                })
            rest.insert(.table(table), at: 0)
        default:
            break
        }
        return (part(opening), part(rest))
    }

    /// The answer's first statement and the rest, each with what it shows: the first block (after
    /// a paragraph that comes before a headline, such as "Noted — …"), with the paragraph, chart,
    /// table or timeline right after it, or the first ``compactListLength`` items of the list
    /// right after it (its other items open the rest).
    func firstStatement() -> (first: ReplyBuilder, rest: ReplyBuilder) {
        var count = min(1, blocks.count)
        if case .paragraph = blocks.first, blocks.count > 1, case .headline = blocks[1] { count = 2 }
        var first = Array(blocks.prefix(count))
        var rest = Array(blocks.dropFirst(count))
        switch rest.first {
        case .table?, .salaryChart?, .timeline?, .paragraph?:
            first.append(rest.removeFirst())
        case let .bullets(items)?:
            let (head, tail) = Self.cut(items)
            first.append(head)
            rest.removeFirst()
            if let tail { rest.insert(tail, at: 0) }
        default:
            break
        }
        return (part(first), part(rest))
    }

    /// A list's first ``compactListLength`` items, and the others (nil when there are none).
    private static func cut(_ items: [String]) -> (head: Reply.Block, tail: Reply.Block?) {
        let tail = Array(items.dropFirst(compactListLength))
        return (.bullets(Array(items.prefix(compactListLength))), tail.isEmpty ? nil : .bullets(tail))
    }

    /// A builder holding only `blocks`, with what of this one's they show.
    private func part(_ blocks: [Reply.Block]) -> ReplyBuilder {
        var part = ReplyBuilder(knowledge: knowledge)
        part.blocks = blocks
        let shown = blocks.map(Self.text(of:)).joined(separator: "\n")
        for id in cited where shown.containsText(id) { part.cite(id) }
        part.units = units.filter { shown.containsText($0.line) }
        part.admittedGaps = admittedGaps
        part.followUp = followUp
        part.isRanked = isRanked
        return part
    }

    /// Appends the blocks, citations, units and gaps of another reply.
    mutating func append(_ other: ReplyBuilder) {
        blocks += other.blocks
        for id in other.cited { cite(id) }
        for unit in other.units where !hasShown(unit.id) { units.append(unit) }
        for gap in other.admittedGaps { admit(gap) }
        if let question = other.followUp { followUp = question }
        isRanked = isRanked || other.isRanked
    }

    /// The whole reply, ending with the references of every source cited.
    func build() -> Reply {
        finished(blocks, units: units, hasMore: false)
    }

    /// The reply cut to `budget` lines at ``Reply/screenWidth`` columns (the source list not
    /// counted), and what did not fit, kept for "more".
    ///
    /// Blocks are kept in order while they fit; a list or a table is cut between items or rows;
    /// a heading is never left at the bottom without its first lines. The first block is shown
    /// even when it is longer than the budget. When something is left, the screen ends with a
    /// note that "more" shows it; the follow-up question always stays on the screen.
    func build(budget: Int) -> (reply: Reply, rest: Reply?) {
        let renderer = ReplyRenderer(width: Reply.screenWidth)
        let reserved = (followUp.map { renderer.render(.paragraph($0)).count + 1 } ?? 0)
        var shown: [Reply.Block] = []
        var rest: [Reply.Block] = []
        var used = 0
        func cost(_ block: Reply.Block, after previous: Reply.Block?) -> Int {
            let gap = previous.map { Self.isHeading($0) ? 0 : 1 } ?? 0
            return gap + renderer.render(block).count
        }
        // What a "more" note costs: a blank line and the note.
        let moreCost = 2
        // The openings of a message's several questions get a longer screen, up to the longest, to
        // hold them all or as many as fit; their details wait for "more".
        var budget = budget
        if let end = openingsEnd, end < blocks.count {
            var openings = reserved + moreCost
            for index in 0..<end { openings += cost(blocks[index], after: index == 0 ? nil : blocks[index - 1]) }
            budget = max(budget, min(openings, Reply.longestScreen))
        }
        for (index, block) in blocks.enumerated() {
            let available = budget - reserved - used - (index == blocks.count - 1 ? 0 : moreCost)
            let whole = cost(block, after: shown.last)
            // A chart or table is not cut for the last few lines: it may run over by ``chartTolerance``.
            let tolerance = Self.isChart(block) ? Self.chartTolerance : 0
            if whole <= available + tolerance || shown.isEmpty && !Self.isSplittable(block) {
                // A heading (or a line that leads into a list) needs room for the start of what follows it.
                if Self.leadsIn(block), index + 1 < blocks.count, whole + 2 > available, !shown.isEmpty {
                    rest = Array(blocks[index...])
                    break
                }
                shown.append(block)
                used += whole
                continue
            }
            let (head, tail) = split(block, within: available, after: shown.last, renderer: renderer)
            if let head {
                shown.append(head)
            }
            rest = (tail.map { [$0] } ?? []) + blocks[(index + 1)...]
            break
        }
        // A heading or lead-in left last on the screen goes with its content.
        while !rest.isEmpty, shown.count > 1, let last = shown.last, Self.leadsIn(last) {
            shown.removeLast()
            rest.insert(last, at: 0)
        }
        if shown.isEmpty, let first = rest.first {
            shown = [first]
            rest.removeFirst()
        }
        guard !rest.isEmpty else { return (build(), nil) }
        let shownText = shown.map(Self.text(of:)).joined(separator: "\n")
        let restText = rest.map(Self.text(of:)).joined(separator: "\n")
        let restLines = rest.reduce(0) { $0 + renderer.render($1).count + 1 }
        let waiting = partLabels.filter { !shown.contains(.heading($0)) }.map { "\"\($0)\"" }
        let naming = waiting.isEmpty ? "" : ", with \(Responder.listed(waiting))"
        shown.append(.note("There is more (\(restLines) lines)\(naming): type \"more\" to see it."))
        var first = finished(shown, units: units.filter { shownText.containsText($0.line) }, hasMore: true)
        first.admittedGaps = admittedGaps
        let restCited = cited.filter { restText.containsText($0) }
        let kept = Reply(
            blocks: rest, sources: restCited, units: units.filter { restText.containsText($0.line) && !shownText.containsText($0.line) })
        return (first, kept)
    }

    /// A reply of these blocks, citing the sources their text names, with the follow-up question last.
    private func finished(_ blocks: [Reply.Block], units: [Reply.ShownUnit], hasMore: Bool) -> Reply {
        var blocks = blocks
        let text = blocks.map(Self.text(of:)).joined(separator: "\n")
        let shownCited = hasMore ? cited.filter { text.containsText($0) } : cited
        let references = shownCited.compactMap { id in
            knowledge.source(id).map { Reply.SourceReference(id: $0.id, title: $0.title, publisher: $0.publisher) }
        }
        if !references.isEmpty { blocks.append(.sources(references)) }
        if let followUp { blocks.append(.paragraph(followUp)) }
        return Reply(
            blocks: blocks, sources: shownCited, followUp: followUp, units: units, admittedGaps: admittedGaps,
            hasMore: hasMore)
    }

    /// The part of a list or table that fits in `available` lines, and the rest.
    private func split(
        _ block: Reply.Block, within available: Int, after previous: Reply.Block?,
        renderer: ReplyRenderer
    ) -> (Reply.Block?, Reply.Block?) {
        let gap = previous.map { Self.isHeading($0) ? 0 : 1 } ?? 0
        switch block {
        case let .bullets(items):
            var used = gap
            var count = 0
            for item in items {
                let lines = renderer.render(.bullets([item])).count
                guard used + lines <= available else { break }
                used += lines
                count += 1
            }
            // The first item after the line that leads into the list may run over by as much as a
            // chart: without it, the lead-in (and a part's label) would go behind "more" too.
            if count == 0, let first = items.first, let previous, Self.leadsIn(previous),
                gap + renderer.render(.bullets([first])).count <= available + Self.chartTolerance
            {
                count = 1
            }
            if count == 0 { return (nil, block) }
            return (.bullets(Array(items.prefix(count))), count < items.count ? .bullets(Array(items.dropFirst(count))) : nil)
        case let .table(table):
            return splitRows(table.rows, within: available - gap, renderer: renderer) {
                .table(Reply.Table(header: table.header, rows: $0))
            }
        case let .salaryChart(bars):
            return splitRows(bars, within: available - gap, renderer: renderer) { .salaryChart($0) }
        case let .timeline(rows):
            return splitRows(rows, within: available - gap, renderer: renderer) { .timeline($0) }
        default:
            return (nil, block)
        }
    }

    /// The most rows (at least two, or one when two rows are taller than the room) of a table or
    /// chart that fit, and the rest.
    private func splitRows<Row>(
        _ rows: [Row], within available: Int, renderer: ReplyRenderer,
        _ make: ([Row]) -> Reply.Block
    ) -> (Reply.Block?, Reply.Block?) {
        var count = rows.count
        while count > 1, renderer.render(make(Array(rows.prefix(count)))).count > available { count -= 1 }
        // One row alone only when two cannot fit: a chart of one bar says less than its "more".
        if count == 1, rows.count > 1, renderer.render(make(Array(rows.prefix(2)))).count <= available { count = 2 }
        guard count >= 1, renderer.render(make(Array(rows.prefix(count)))).count <= available else { return (nil, make(rows)) }
        let rest = Array(rows.dropFirst(count))
        return (make(Array(rows.prefix(count))), rest.isEmpty ? nil : make(rest))
    }

    /// How many lines a chart or table, or a list's first item after its lead-in, may run over the
    /// budget rather than be cut.
    static let chartTolerance = 3

    private static func isChart(_ block: Reply.Block) -> Bool {
        switch block {
        case .table, .salaryChart, .timeline: true
        default: false
        }
    }

    private static func isSplittable(_ block: Reply.Block) -> Bool {
        switch block {
        case .bullets, .table, .salaryChart, .timeline: true
        default: false
        }
    }

    static func isHeading(_ block: Reply.Block) -> Bool {
        if case .heading = block { return true }
        return false
    }

    /// Whether the block only introduces what follows it: a heading, or a line ending in a colon
    /// ("The tools the sources name, by family:"), which must not end a screen on its own.
    static func leadsIn(_ block: Reply.Block) -> Bool {
        switch block {
        case .heading: true
        case let .headline(text), let .paragraph(text): text.hasSuffix(":")
        default: false
        }
    }

    /// A block's words before wrapping, for finding which units and sources it shows.
    static func text(of block: Reply.Block) -> String {
        switch block {
        case let .headline(text), let .heading(text), let .paragraph(text), let .note(text): text
        case let .bullets(items): items.joined(separator: "\n")
        case let .table(table): (table.header + table.rows.flatMap { $0 }).joined(separator: "\n")
        case let .timeline(rows): rows.map(\.label).joined(separator: "\n")
        case let .salaryChart(bars): bars.map { "\($0.label) (\($0.source))" }.joined(separator: "\n")
        case let .sources(references): references.map(\.id).joined(separator: "\n")
        }
    }
}

extension Reply {
    /// The width first screens are measured at.
    public static let screenWidth = 80
    /// How many lines a first answer may take at ``screenWidth`` columns, the source list not counted.
    public static let screenBudget = 16
    /// The most lines a first answer takes to show the opening of each question a message asks
    /// (``ReplyBuilder/openingsEnd``): a terminal of 24 rows keeps the prompt and "more" in view.
    public static let longestScreen = 20
}
