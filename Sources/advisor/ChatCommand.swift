import AdvisorCore
import ArgumentParser
import Foundation

/// `advisor chat` (and `advisor` alone): the conversation.
///
/// On a terminal it reads with GNU readline (history, completion, Ctrl-C); otherwise it reads
/// one utterance per line from standard input and prints each reply, without prompts.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk with the advisor (the default). Type /help in the chat for its commands."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var profile: ProfileOptions

    @Flag(help: "Print one JSON object per turn (JSON Lines) instead of text.")
    var json = false

    func run() throws {
        let advisor = try global.loadAdvisor()
        let knowledge = advisor.knowledge
        let state = DialogueState(profile: try profile.profile(for: advisor))
        var chat = ChatLoop(
            session: ChatSession(advisor: advisor, state: state),
            presenter: Presenter(terminal: global.terminal, json: json, knowledge: knowledge))
        if isatty(STDIN_FILENO) == 1 {
            chat.runInteractively()
        } else {
            chat.runPiped()
        }
    }
}
