import AdvisorCore
import AdvisorTestSupport
import CompiledKnowledge
import Foundation
import Testing

/// `advisor check` on the built-in knowledge, on a folder, and on a damaged folder.
struct CheckCommandTests {
    /// The counts `check` should print for a knowledge base.
    static func expectedCounts(_ knowledge: KnowledgeBase) -> [String: Int] {
        [
            "sources": knowledge.sources.count, "backgrounds": knowledge.backgrounds.count,
            "paths": knowledge.paths.count, "stages": knowledge.stages.count, "tools": knowledge.tools.count,
            "tool groups": knowledge.toolGroups.count, "certifications": knowledge.certifications.count,
            "salary figures": knowledge.salaries.count, "topics": knowledge.topics.count,
            "intents": knowledge.intents.count,
            "examples": knowledge.intents.reduce(0) { $0 + $1.examples.count },
        ]
    }

    /// Reads "  tool groups     8" lines back into a dictionary.
    static func counts(in output: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in output.split(separator: "\n") where line.hasPrefix("  ") {
            let words = line.split(separator: " ")
            guard let number = words.last.flatMap({ Int($0) }) else { continue }
            counts[words.dropLast().joined(separator: " ")] = number
        }
        return counts
    }

    /// Writes knowledge files (paths like `Knowledge/tools.yaml`) under `folder`.
    static func write(_ files: [KnowledgeFile], under folder: TemporaryFolder) throws {
        for file in files {
            let url = folder.url.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    @Test func printsTheCountsOfTheBuiltInKnowledge() throws {
        let result = try AdvisorProcess.run(["check"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let counts = Self.counts(in: result.output)
        #expect(counts == Self.expectedCounts(Fixtures.knowledge))
        #expect(counts.values.allSatisfy { $0 > 0 })
    }

    @Test(arguments: [["check", "--knowledge"], ["--knowledge"]])
    func readsAFolderGivenWithKnowledgeBeforeOrAfterTheCommand(prefix: [String]) throws {
        let folder = try TemporaryFolder()
        try Self.write(KnowledgeLoader.embeddedFiles, under: folder)
        let arguments =
            prefix == ["--knowledge"] ? ["--knowledge", folder.path + "/Knowledge", "check"] : prefix + [folder.path + "/Knowledge"]
        let result = try AdvisorProcess.run(arguments)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("from \(folder.path)/Knowledge"))
        #expect(Self.counts(in: result.output) == Self.expectedCounts(Fixtures.knowledge))
    }

    @Test func reportsEveryProblemOfADamagedFolderCompilerStyleWithStatus2() throws {
        let broken = BrokenKnowledge()
        try #require(
            broken.replace(
                "toolsToLearn: [docker, kubernetes, mlflow, kubeflow]",
                with: "toolsToLearn: [docker, kubernetes, mlflow, kubeflw]", in: "Knowledge/paths.yaml") != nil)
        try #require(
            broken.replace(
                "groups: [containers-orchestration]\n    purpose: Runs",
                with: "groups: [container-orchestration]\n    purpose: Runs", in: "Knowledge/tools.yaml") != nil)
        let folder = try TemporaryFolder()
        try Self.write(broken.files, under: folder)
        let result = try AdvisorProcess.run(["check", "--knowledge", folder.path + "/Knowledge"])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        let expected = broken.problems().map { $0.replacingOccurrences(of: "Knowledge/", with: folder.path + "/Knowledge/") }
        #expect(expected.count >= 2)
        #expect(result.errorLines == expected)
        #expect(
            result.errorLines.contains {
                $0.hasPrefix(folder.path + "/Knowledge/paths.yaml:") && $0.contains("unknown tool \"kubeflw\" (did you mean \"kubeflow\"?)")
            })
        #expect(
            result.errorLines.contains {
                $0.hasPrefix(folder.path + "/Knowledge/tools.yaml:") && $0.contains("unknown tool group \"container-orchestration\"")
            })
        for line in result.errorLines {
            #expect(line.firstMatch(of: #/^/\S+\.yaml:\d+(:\d+)?: error: /#) != nil, "not compiler style: \(line)")
        }
    }

    @Test func reportsInvalidYAMLWithItsLineAndColumn() throws {
        let folder = try TemporaryFolder()
        try Self.write(KnowledgeLoader.embeddedFiles, under: folder)
        try Data("sources:\n  - id: [unclosed\n".utf8).write(to: folder.url.appendingPathComponent("Knowledge/zz-broken.yaml"))
        let result = try AdvisorProcess.run(["check", "--knowledge", folder.path + "/Knowledge"])
        #expect(result.status == 2)
        #expect(
            result.errorLines.contains {
                $0.hasPrefix(folder.path + "/Knowledge/zz-broken.yaml:3:") && $0.contains(": error: invalid YAML")
            }, "\(result.error)")
        #expect(!result.error.contains("Fatal error"))
    }

    @Test(arguments: [["check"], ["ask", "hello"], ["chat"]])
    func refusesAMissingKnowledgeFolderWithStatus2(command: [String]) throws {
        let result = try AdvisorProcess.run(command + ["--knowledge", "/nonexistent/knowledge"])
        #expect(result.status == 2)
        #expect(
            result.errorLines == [
                "/nonexistent/knowledge: error: no knowledge folder here (pass --knowledge DIR with the folder that holds sources.yaml)"
            ])
    }
}
