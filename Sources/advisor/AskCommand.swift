import AdvisorCore
import ArgumentParser
import Foundation

/// `advisor ask WORDS…`: one question, one answer.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question and exit.",
        discussion: """
            The words may be quoted or not: `advisor ask how long from frontend to MLOps`.
            As a shortcut, `advisor how long from frontend to MLOps` does the same.
            """
    )

    @Argument(help: "The question.")
    var words: [String] = []

    @OptionGroup var global: GlobalOptions
    @OptionGroup var profile: ProfileOptions

    @Flag(help: "Print one JSON object (reply, intent, confidence, entities, followUp, sources, state).")
    var json = false

    @Flag(help: "Also print why the question was understood as it was (top intents, scores, terms).")
    var explain = false

    func validate() throws {
        if question.isEmpty { throw ValidationError(FrontEndError.emptyQuestion.description) }
    }

    /// The words as one utterance.
    var question: String {
        words.joined(separator: " ").trimming()
    }

    func run() throws {
        let advisor = try global.loadAdvisor()
        Self.answer(
            question, advisor: advisor, profile: try profile.profile(for: advisor), terminal: global.terminal, json: json,
            explain: explain)
    }

    /// Shows the answer to `question` and ends the program.
    static func answer(_ question: String, advisor: Advisor, profile: Profile, terminal: Terminal, json: Bool, explain: Bool) -> Never {
        let turn = advisor.respond(to: question, state: DialogueState(profile: profile))
        let presenter = Presenter(terminal: terminal, json: json, knowledge: advisor.knowledge)
        presenter.show(turn)
        if explain {
            let text = advisor.classifier.explain(turn.understanding, of: turn.utterance).explanationLines().joined(separator: "\n")
            if json { StandardStreams.error.line(text) } else { StandardStreams.output.line("\n" + text) }
        }
        AdvisorMain.exitWithoutTeardown(keeping: advisor)
    }

    /// The question of `advisor ask WORDS…` when the words are all there is: none starts with "-",
    /// so no option, flag, `--` or help request is among them, and every option has its default.
    /// Such a command needs no parsing: ``AdvisorMain`` answers it as `run()` would. Nil when it
    /// does, or when the question is empty (the parser reports that).
    static func plainQuestion(_ arguments: [String]) -> String? {
        guard arguments.count > 1, arguments[0] == _commandName, !arguments.dropFirst().contains(where: { $0.hasPrefix("-") }) else {
            return nil
        }
        let question = arguments.dropFirst().joined(separator: " ").trimming()
        return question.isEmpty ? nil : question
    }
}
