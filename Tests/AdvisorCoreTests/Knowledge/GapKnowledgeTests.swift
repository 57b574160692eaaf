import AdvisorCore
import AdvisorTestSupport
import Testing

/// The checks `advisor check` runs on `Knowledge/gaps.yaml`, with the messages an editor sees.
struct GapKnowledgeTests {
    static let gaps = "Knowledge/gaps.yaml"

    @Test(arguments: [
        // A name the knowledge base holds: a topic fact names fast.ai, tools.yaml holds Terraform.
        ("{kind: named, name: Udemy}", "{kind: named, name: fast.ai}", "fast.ai"),
        ("{kind: named, name: Databricks}", "{kind: named, name: Terraform}", "Terraform"),
    ])
    func refusesANameTheKnowledgeBaseHolds(old: String, new: String, phrase: String) throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace(old, with: new, in: Self.gaps))
        #expect(
            broken.problems() == [
                "\(Self.gaps):\(at.line):\(at.column + "{kind: named, name: ".count): error: \"\(phrase)\" is no gap: "
                    + "the knowledge base already names it (remove it from the gaps)"
            ])
    }

    /// "r" is a word the knowledge base uses ("r/MLOps"); listed in `gap-named-needs-company`, it
    /// names a gap only in company ("R programming"), so it may be one. Without that list it may not.
    @Test func letsAnAmbiguousNameThatNeedsCompanyBeAWordTheKnowledgeBaseUses() throws {
        let broken = BrokenKnowledge()
        #expect(broken.problems() == [])
        let at = try #require(broken.replace("phrases: [r, go, julia, c#", with: "phrases: [go, julia, c#", in: Self.gaps))
        #expect(at.line > 0)
        #expect(broken.problems().contains { $0.contains("error: \"R\" is no gap") }, "\(broken.problems())")
    }

    @Test func reportsAPhraseListedTwiceWhereItWasFirst() throws {
        let broken = BrokenKnowledge()
        let first = try #require(broken.replace("{kind: named, name: Udemy}", with: "{kind: named, name: Udemy}", in: Self.gaps))
        let second = try #require(broken.replace("{kind: named, name: Pluralsight}", with: "{kind: named, name: udemy}", in: Self.gaps))
        let value = "{kind: named, name: ".count
        #expect(
            broken.problems() == [
                "\(Self.gaps):\(second.line):\(second.column + value): error: the phrase \"udemy\" is listed twice "
                    + "(first at \(Self.gaps):\(first.line):\(first.column + value); keep one)"
            ])
    }

    @Test func reportsAnUnknownKindWithAGuess() throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace("{kind: named, name: Udemy}", with: "{kind: namd, name: Udemy}", in: Self.gaps))
        #expect(
            broken.problems() == [
                "\(Self.gaps):\(at.line):\(at.column + "{kind: ".count): error: unknown gap kind \"namd\" (did you mean \"named\"?)"
            ])
    }

    @Test func reportsAMissingCueList() throws {
        let broken = BrokenKnowledge()
        try #require(broken.replace("  - id: age-words\n", with: "  - id: age-word\n", in: Self.gaps) != nil)
        let problems = broken.problems()
        #expect(problems.contains { $0.hasSuffix("error: unknown cue list \"age-word\" (did you mean \"age-words\"?)") })
        #expect(problems.contains("Knowledge/gaps.yaml: error: the advisor needs a cue list with id \"age-words\" (add it)"))
    }

    @Test func everyCueListTheCodeReadsIsInTheData() {
        #expect(Set(Fixtures.knowledge.cues.map(\.id)) == Set(CueList.ID.allCases))
    }
}
