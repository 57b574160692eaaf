import AdvisorCore
import ArgumentParser

@main
struct AdvisorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "advisor", subcommands: [ReplayCommand.self, EvalCommand.self])
    func run() throws {
        let base = try KnowledgeLoader().loadEmbedded()
        print(base.sources.count)
    }
}
