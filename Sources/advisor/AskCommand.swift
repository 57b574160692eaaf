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
        let knowledge = try global.loadKnowledge()
        let advisor = Advisor(knowledge: knowledge)
        let state = DialogueState(profile: try profile.profile(for: advisor))
        let turn = advisor.respond(to: question, state: state)
        let presenter = Presenter(terminal: global.terminal, json: json, knowledge: knowledge)
        presenter.show(turn)
        if explain {
            let text = turn.understanding.explanationLines().joined(separator: "\n")
            if json { StandardStreams.error.line(text) } else { StandardStreams.output.line("\n" + text) }
        }
    }
}
