import AdvisorCore
import Testing

struct MarkdownRendererTests {
    @Test func writesHeadingsListsTablesAndSources() {
        let reply = Reply(blocks: [
            .headline("From frontend: 8–12 months"),
            .heading("Stages"),
            .timeline([
                Reply.TimelineRow(label: "1. Basics", months: MonthRange(min: 4, max: 6)),
                Reply.TimelineRow(label: "2. Ops", months: MonthRange(min: 3, max: 4), skipped: true),
            ]),
            .bullets(["Docker"]),
            .sources([Reply.SourceReference(id: "career-card", title: "Career card", publisher: "A site")]),
        ])
        let markdown = MarkdownRenderer().render(reply, title: "My plan")
        #expect(
            markdown == """
                # My plan

                **From frontend: 8–12 months**

                ## Stages

                | Stage | Months |
                | --- | --- |
                | 1. Basics | 4–6 months |
                | 2. Ops | skipped |

                - Docker

                ## Sources

                1. *Career card*, A site (`career-card`)

                """)
    }

    @Test func escapesMarkdownAndControlCharactersInText() {
        let markdown = MarkdownRenderer().render(Reply(blocks: [.paragraph("a *b* | c\u{1B}[2J")]))
        #expect(markdown == "a \\*b\\* | c\n")
        let table = MarkdownRenderer().render(Reply(blocks: [.table(Reply.Table(header: ["x"], rows: [["a|b"]]))]))
        #expect(table.contains("a\\|b"))
    }
}
