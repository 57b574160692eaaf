import AdvisorCore
import Testing

struct KnowledgeLoaderTests {
    @Test func reportsAnUnknownSectionWithItsLineAndASuggestion() throws {
        let file = KnowledgeFile(path: "Knowledge/x.yaml", text: "sources: []\ntols:\n  - id: a\n")
        #expect(throws: KnowledgeLoadFailure.self) { try KnowledgeLoader().load([file]) }
        do {
            _ = try KnowledgeLoader().load([file])
        } catch {
            #expect(error.problems.map(\.description).contains("Knowledge/x.yaml:2:1: error: unknown section \"tols\" (did you mean \"tools\"?)"))
        }
    }
}
