import AdvisorCore
import ArgumentParser

/// `advisor check`: validates the knowledge base and says what it holds.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the knowledge base and print what it holds (or every problem, with exit status 2)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        Self.report(try global.loadKnowledge(), from: global.knowledge)
    }

    /// Says what a knowledge base read from `folder` (nil: the one built in) holds, and ends the program.
    static func report(_ knowledge: KnowledgeBase, from folder: String?) -> Never {
        let origin = folder.map { "from \($0)" } ?? "built in"
        StandardStreams.output.line("Knowledge base OK (\(origin)):")
        for (label, count) in Self.counts(knowledge) {
            StandardStreams.output.line("  " + label.padding(toLength: 16, withPad: " ", startingAt: 0) + String(count))
        }
        AdvisorMain.exitWithoutTeardown(keeping: knowledge)
    }

    /// How many records of each kind the knowledge base holds, in a fixed order.
    static func counts(_ knowledge: KnowledgeBase) -> [(String, Int)] {
        [
            ("sources", knowledge.sources.count),
            ("backgrounds", knowledge.backgrounds.count),
            ("paths", knowledge.paths.count),
            ("stages", knowledge.stages.count),
            ("tools", knowledge.tools.count),
            ("tool groups", knowledge.toolGroups.count),
            ("certifications", knowledge.certifications.count),
            ("salary figures", knowledge.salaries.count),
            ("topics", knowledge.topics.count),
            ("intents", knowledge.intents.count),
            ("examples", knowledge.intents.reduce(0) { $0 + $1.examples.count }),
        ]
    }
}
