import AdvisorCore
import AdvisorTestSupport
import Testing

/// Damages `Knowledge/related.yaml` in memory and checks the messages a person adding related
/// words would see, each at its line and column.
struct RelatedWordsLoaderTests {
    static let related = "Knowledge/related.yaml"

    @Test func theRelatedWordsLoadIntoTheKnowledgeBase() throws {
        let pay = try #require(Fixtures.knowledge.related.first { $0.id == "pay" })
        #expect(pay.words.contains("salary"))
        #expect(pay.words.contains("earn"))
    }

    /// `phrase` replaces "wages" in the "pay" group; `offset` is where the message points,
    /// counted from the start of the replacement.
    @Test(arguments: [
        ("wages, \"\"", "wages, ".count, "\"words\" is empty (write a value or remove the field)"),
        (
            "wages, of the", "wages, ".count,
            "\"of the\" in \"words\" has only words retrieval skips (add the word that sets this unit apart, e.g. \"junior\")"
        ),
        (
            "wages, what they do", "wages, ".count,
            "\"what they do\" holds only question words and words retrieval skips, so it would match almost any question"
                + " (add the word that carries its meaning, or remove the phrase)"
        ),
    ])
    func reportsABadPhraseWhereItIsWritten(phrase: String, offset: Int, message: String) throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace("wages,", with: phrase + ",", in: Self.related))
        #expect(broken.problems() == ["\(Self.related):\(at.line):\(at.column + offset): error: \(message)"])
    }

    @Test func aGroupMayNameTopicsAndRecordFamilies() throws {
        let pay = try #require(Fixtures.knowledge.related.first { $0.id == "pay" })
        #expect(pay.topics == ["salary", "salary-growth"])
    }

    @Test func reportsAnUnknownTopicWhereItIsWritten() throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace("topics: [salary, salary-growth]", with: "topics: [salary, salary-grwth]", in: Self.related))
        #expect(
            broken.problems() == [
                "\(Self.related):\(at.line):\(at.column + "topics: [salary, ".count): error: unknown topic \"salary-grwth\" (did you mean \"salary-growth\"?)"
            ])
    }

    @Test func reportsAPhraseListedInTwoGroups() throws {
        let broken = BrokenKnowledge()
        let first = try #require(broken.replace("[pay, paid,", with: "[pay, paid,", in: Self.related))
        let at = try #require(broken.replace("[certificate,", with: "[certificate, earnings,", in: Self.related))
        let problems = broken.problems()
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix(
                "\(Self.related):\(at.line):\(at.column + "[certificate, ".count): error: \"earnings\" is already a related word of \"pay\" (at \(Self.related):\(first.line):"
            )
                == true, "\(problems)")
    }

    @Test func reportsAGroupOfOneWord() throws {
        let broken = BrokenKnowledge()
        let at = try #require(
            broken.replace(
                "  - id: remote\n    words: [", with: "  - id: lonely\n    words: [alone]\n  - id: remote\n    words: [", in: Self.related))
        #expect(
            broken.problems() == [
                "\(Self.related):\(at.line + 1):12: error: the related words \"lonely\" need two or more words or phrases"
                    + " (add what people say for the same thing, or remove the group)"
            ])
    }
}
