import AdvisorCore
import AdvisorTestSupport
import Testing

struct ReplyRendererTests {
    let renderer = ReplyRenderer(width: 40)

    @Test(arguments: [30, 40, 80, 120])
    func noLineIsWiderThanTheWidth(width: Int) {
        let turns = converse(
            ["compare frontend and backend", "make me a plan", "frontend", "what does it cost"],
            advisor: Advisor(knowledge: Fixtures.knowledge))
        for turn in turns {
            let text = ReplyRenderer(width: width).render(turn.reply)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.count <= width, "\(line.count) > \(width): \(line)")
            }
        }
    }

    @Test func bulletsHangUnderTheirFirstWord() {
        let lines = renderer.render(.bullets(["one two three four five six seven eight nine ten eleven twelve"]))
        #expect(lines == ["• one two three four five six seven", "  eight nine ten eleven twelve"])
    }

    @Test func tableColumnsLineUp() {
        let lines = renderer.render(.table(Reply.Table(header: ["From", "Months"], rows: [["frontend", "8–12"], ["backend", "6–9"]])))
        #expect(lines == ["From      Months", "────────  ──────", "frontend  8–12", "backend   6–9"])
    }

    @Test func aWideTableWrapsItsWidestColumn() {
        let long = "a very long description that cannot fit in forty columns at all"
        let lines = renderer.render(.table(Reply.Table(header: ["Key", "Text"], rows: [["k", long]])))
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.count > 3)
    }

    @Test func timelineBarsShareOneAxisAndSkippedStagesHaveNone() {
        let rows = [
            Reply.TimelineRow(label: "A", months: MonthRange(min: 2, max: 4)),
            Reply.TimelineRow(label: "B", months: MonthRange(min: 3, max: 3), skipped: true),
            Reply.TimelineRow(label: "C", months: MonthRange(min: 4, max: 4)),
        ]
        let lines = ReplyRenderer(width: 60).render(.timeline(rows))
        #expect(lines[0].hasPrefix("A  █"))
        #expect(lines[0].contains("░"))
        #expect(lines[1].hasSuffix("skipped"))
        #expect(!lines[1].contains("█"))
        // C starts where A can end at the earliest.
        let aSolidEnd = lines[0].firstIndex(of: "░").map { lines[0].distance(from: lines[0].startIndex, to: $0) }
        let cStart = lines[2].firstIndex(of: "█").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        #expect(aSolidEnd == cStart)
        #expect(lines[3].contains("8 months"))
    }

    @Test func salaryBarsShareOneDollarAxisAndNameTheirSource() {
        let bars = [
            Reply.SalaryBar(label: "Junior", salary: MoneyRange(min: 100_000, max: 140_000), source: "finance-story"),
            Reply.SalaryBar(label: "Senior", salary: MoneyRange(min: 250_000, openEnded: true), source: "career-card"),
        ]
        let lines = ReplyRenderer(width: 70).render(.salaryChart(bars))
        #expect(lines[0].contains("$100K–$140K") && lines[0].hasSuffix("finance-story"))
        #expect(lines[1].contains("$250K+") && lines[1].hasSuffix("career-card"))
        let juniorStart = lines[0].firstIndex(of: "█").map { lines[0].distance(from: lines[0].startIndex, to: $0) } ?? 0
        let seniorStart = lines[1].firstIndex(of: "█").map { lines[1].distance(from: lines[1].startIndex, to: $0) } ?? 0
        #expect(juniorStart < seniorStart)
        #expect(lines[2].contains("$100K") && lines[2].contains("$250K"))
    }

    @Test func sourcesAreNumberedWithTitles() {
        let lines = renderer.render(.sources([Reply.SourceReference(id: "career-card", title: "Career card", publisher: "A site")]))
        #expect(lines == ["Sources", "[1] Career card — A site (career-card)"])
    }

    struct Brackets: TextStyle {
        func headline(_ text: String) -> String { "<\(text)>" }
        func bar(_ text: String) -> String { "[\(text)]" }
    }

    @Test func aStyleDecoratesWithoutChangingTheLayout() {
        let reply = Reply(blocks: [.headline("Answer"), .timeline([Reply.TimelineRow(label: "A", months: MonthRange(min: 1, max: 1))])])
        let styled = ReplyRenderer(width: 40, style: Brackets()).render(reply)
        #expect(styled.hasPrefix("<Answer>"))
        #expect(styled.contains("[█"))
        let plain = ReplyRenderer(width: 40).render(reply)
        #expect(
            styled.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
                .replacingOccurrences(of: "<", with: "").replacingOccurrences(of: ">", with: "") == plain)
    }

    @Test func sourcesShowANamedPublisherAndLeaveOutUnnamedPlaceholders() {
        let lines = ReplyRenderer(width: 80).render(
            .sources([
                Reply.SourceReference(
                    id: "career-card", title: "Career Path: MLOps Engineer", publisher: "Unnamed career site (career card)"),
                Reply.SourceReference(id: "finance-story", title: "From Finance to MLOps", publisher: "AI Career Finder"),
            ]))
        #expect(
            lines == [
                "Sources", "[1] Career Path: MLOps Engineer (career-card)", "[2] From Finance to MLOps — AI Career Finder (finance-story)",
            ])
    }
}
