import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

/// Keeps `Knowledge/evaluation/article-audit.yaml` true to the five articles and to the
/// knowledge base: every sentence of every article is listed in order, with fact units that
/// exist or a reason it is left out (issue 12, "knowledge that is complete").
///
/// The articles are read from `../shared/sources/` beside the package (CI copies the shared
/// folder there; a worktree needs `../shared` to point at it too).
struct ArticleAuditTests {
    /// The package root, four folders above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let auditPath = "Knowledge/evaluation/article-audit.yaml"

    static let audit: Result<ArticleAudit, any Error> = Result {
        let url = packageRoot.appendingPathComponent(auditPath)
        return try ArticleAudit(yaml: String(contentsOf: url, encoding: .utf8), path: auditPath)
    }

    static let sourceIDs = ["finance-story", "transition-paths", "backend-devops", "career-path", "career-card"]

    /// The audit's entries for a source, or a recorded failure.
    func entries(of source: String) throws -> [ArticleAudit.Entry] {
        let audit = try Self.audit.get()
        return try #require(audit.articles[source], "\(Self.auditPath) has no entries for \"\(source)\"")
    }

    /// The article's sentences, read from the file sources.yaml names, under `../shared`.
    func sentences(of source: String) throws -> [SourceSentences.Sentence] {
        let record = try #require(Fixtures.knowledge.source(source))
        // sources.yaml gives `shared/sources/<file>`, relative to the folder that holds `shared`.
        let folder = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/sources").standardizedFileURL
        guard FileManager.default.fileExists(atPath: folder.path) else {
            Issue.record("the articles' folder \(folder.path) is missing: copy (or link) the shared folder beside the package as ../shared")
            return []
        }
        let file = Self.packageRoot.deletingLastPathComponent().appendingPathComponent(record.file).standardizedFileURL
        return SourceSentences.sentences(in: try String(contentsOf: file, encoding: .utf8))
    }

    @Test func auditsExactlyTheFiveSources() throws {
        let audit = try Self.audit.get()
        #expect(Set(audit.articles.keys) == Set(Fixtures.knowledge.sources.map(\.id)))
        #expect(Set(Self.sourceIDs) == Set(Fixtures.knowledge.sources.map(\.id)))
    }

    @Test(arguments: sourceIDs)
    func listsEverySentenceOfTheArticleInOrder(source: String) throws {
        let sentences = try sentences(of: source)
        let entries = try entries(of: source)
        try #require(!sentences.isEmpty, "no sentences found in the article of \(source)")
        for (sentence, entry) in zip(sentences, entries) {
            guard entry.line == sentence.line, sentence.text.hasPrefix(entry.starts) else {
                Issue.record(
                    "\(Self.auditPath), \(source): the entry for \(entry) does not start the sentence at \(sentence); add, remove or move entries from here"
                )
                return
            }
        }
        #expect(
            entries.count == sentences.count,
            "\(source): \(sentences.count) sentences in the article, \(entries.count) entries in the audit")
    }

    @Test(arguments: sourceIDs)
    func namesOnlyUnitsTheKnowledgeBaseHolds(source: String) throws {
        for entry in try entries(of: source) {
            guard case let .covered(units) = entry.verdict else { continue }
            #expect(!units.isEmpty, "\(source), \(entry): an empty unit list (name units or give a left-out reason)")
            for unit in units {
                let known = Fixtures.knowledge.hasUnit(unit)
                #expect(known, "\(source), \(entry): unknown unit \"\(unit)\"")
            }
        }
    }

    @Test(arguments: sourceIDs)
    func saysWhyEachLeftOutSentenceIsLeftOut(source: String) throws {
        for entry in try entries(of: source) {
            guard case let .leftOut(reason) = entry.verdict else { continue }
            #expect(!reason.trimmingCharacters(in: .whitespaces).isEmpty, "\(source), \(entry): left out without a reason")
        }
    }

    /// A fact no sentence holds would be one nobody can check against the articles.
    @Test func tracesEveryTopicFactToASentenceOrSaysHowItIsDerived() throws {
        let audit = try Self.audit.get()
        let cited = Set(
            audit.articles.values.joined().flatMap { entry -> [String] in
                if case let .covered(units) = entry.verdict { units } else { [] }
            })
        for fact in Fixtures.knowledge.topics.flatMap(\.facts) {
            guard let id = fact.id else { continue }
            #expect(
                cited.contains(id) || audit.derived[id] != nil,
                "topic fact \(id) is cited by no sentence: add it to the entry of the sentence it comes from in \(Self.auditPath), or list it under `derived:` with the reason"
            )
        }
        for (id, reason) in audit.derived {
            let known = Fixtures.knowledge.hasUnit(id)
            #expect(known, "\(Self.auditPath): `derived:` names unknown unit \"\(id)\"")
            #expect(!reason.trimmingCharacters(in: .whitespaces).isEmpty, "\(Self.auditPath): \(id) is derived without a reason")
        }
    }

    @Test(arguments: sourceIDs)
    func coversMostOfEachArticleWithUnits(source: String) throws {
        let entries = try entries(of: source)
        let covered = entries.filter { if case .covered = $0.verdict { true } else { false } }.count
        // Left-out sentences are headings, links, ads and rhetoric; most of an article is content.
        #expect(covered * 10 >= entries.count * 7, "\(source): only \(covered) of \(entries.count) sentences have units")
    }

    // MARK: The sentence splitter

    @Test(arguments: [
        ("Yes. A thousand times, yes.", ["Yes.", "A thousand times, yes."]),
        ("Est. cost", ["Est. cost"]),
        ("  • Goal: Achieve literacy.", ["Goal: Achieve literacy."]),
        ("1. Earn a Bachelor's Degree: Start here. Then go on.", ["Earn a Bachelor's Degree: Start here.", "Then go on."]),
        ("wondering, “How do I get in?” You’ve got skills.", ["wondering, “How do I get in?”", "You’ve got skills."]),
        ("e.g., Weights & Biases (for tracking). Ray too.", ["e.g., Weights & Biases (for tracking).", "Ray too."]),
        ("Sound familiar? It’s the same!", ["Sound familiar?", "It’s the same!"]),
        ("+50%", []),
        ("1", []),
        ("", []),
        ("$250K+", ["$250K+"]),
    ])
    func splitsALineIntoSentences(line: String, expected: [String]) {
        #expect(SourceSentences.sentences(inLine: line) == expected)
    }

    @Test func numbersSentencesByTheirLine() {
        let text = "Title\n\n• One. Two.\n+50%\nThree"
        #expect(
            SourceSentences.sentences(in: text) == [
                .init(line: 1, text: "Title"), .init(line: 3, text: "One."), .init(line: 3, text: "Two."), .init(line: 5, text: "Three"),
            ])
    }

    // MARK: Unit ids

    @Test(arguments: [
        ("lessons.specialise-early-stay", true), ("path.frontend", true), ("path.backend.tools", true),
        ("path.finance.phase.3", true), ("path.finance.phase.4", false), ("path.finance.milestone.1", true),
        ("path.devops-roadmap.skip.devops-cloud", true), ("path.devops-roadmap.skip.ml-pipelines", false),
        ("stage.devops-cloud", true), ("tool.kubernetes", true), ("tool.kubeflw", false), ("group.ci-cd", true),
        ("cert.cka", true), ("cert.cka.note.2", true), ("cert.cka.note.3", false),
        ("salary.career-card.mlops-engineer.entry", true), ("salary.finance-story.mlops-engineer.junior.2", true),
        ("salary.finance-story.mlops-engineer.junior.3", false), ("salary.finance-story.mlops-engineer.junior.1", false),
        ("salary.career-card.mlops-engineer.director", false), ("lessons.no-such-fact", false), ("path", false),
    ])
    func resolvesUnitIDsAsTheReadmeDescribes(id: String, exists: Bool) {
        let known = Fixtures.knowledge.hasUnit(id)
        #expect(known == exists, "\(id)")
    }
}
