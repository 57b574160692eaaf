import ArgumentParser

/// `advisor`: the root command. With no arguments it chats; with a question it answers it.
struct AdvisorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advisor",
        abstract: "A career advisor for people moving into MLOps engineering.",
        discussion: """
            Run `advisor` to chat, or ask one question: `advisor how long from frontend to MLOps`.
            Exit status: 0 ok, 1 a test or replay failed, 2 a usage or knowledge-data error.
            """,
        version: "\(version) (commit \(BuildInfo.commit))",
        subcommands: [ChatCommand.self, AskCommand.self, CheckCommand.self, EvalCommand.self, ReplayCommand.self],
        defaultSubcommand: ChatCommand.self
    )

    /// The release number; `--version` adds the git commit the binary was built from.
    static let version = "0.1.0"

    /// Every subcommand's name, for telling a question from a command.
    static var subcommandNames: Set<String> {
        Set(configuration.subcommands.map { $0._commandName } + ["help"])
    }
}
