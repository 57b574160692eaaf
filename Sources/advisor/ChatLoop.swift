import AdvisorCore
import Foundation

/// Runs a conversation: reads lines, hands them to the session, shows what comes back and
/// carries out its effects (quitting, exporting a file).
struct ChatLoop {
    var session: StopgapSession
    var presenter: Presenter

    static let goodbye = "Goodbye, and good luck with the move to MLOps!"
    static let interruptHint = "(To leave, press Ctrl-C again, press Ctrl-D, or type /quit.)"

    /// Standard input is not a terminal: one utterance per line, no prompts, no readline.
    mutating func runPiped() {
        while let line = Swift.readLine(strippingNewline: true) {
            if !handle(line) { return }
        }
    }

    /// Standard input is a terminal: readline, history, completion, a welcome screen.
    mutating func runInteractively(knowledge: KnowledgeBase) {
        let history = HistoryFile.standard()
        let editor = LineEditor(commands: StopgapSession.commands, vocabulary: Self.vocabulary(knowledge),
                                profileSlots: ["background", "salary", "hours", "experience"],
                                interruptHint: Self.interruptHint)
        var historyUsable = true
        do {
            for entry in try history.load() { editor.remember(entry) }
        } catch {
            StandardStreams.error.line(error.description)
            if case .unreadable = error { historyUsable = false }
        }
        var added: [String] = []
        if !presenter.json { StandardStreams.output.line(WelcomeScreen(terminal: presenter.terminal).text) }
        let prompt = presenter.terminal.colors ? LineEditor.invisible("\u{1B}[1;36m") + "you>" + LineEditor.invisible("\u{1B}[0m") + " " : "you> "
        loop: while true {
            switch editor.read(prompt: prompt) {
            case let .line(line):
                if editor.remember(line) { added.append(HistoryFile.entry(line)) }
                if !handle(line) { break loop }
            case .endOfInput, .interrupted:
                if !presenter.json { StandardStreams.output.line(Self.goodbye) }
                break loop
            case .terminated:
                break loop
            }
        }
        guard historyUsable, !added.isEmpty else { return }
        do {
            try history.save(adding: added)
        } catch {
            StandardStreams.error.line(error.description)
        }
    }

    /// Handles one line; returns whether to go on.
    private mutating func handle(_ line: String) -> Bool {
        switch session.handle(line) {
        case let .turn(turn):
            presenter.show(turn)
            if !presenter.json { StandardStreams.output.line() }
            return true
        case let .message(text, command):
            presenter.show(message: text, command: command, state: session.state)
            return true
        case let .quit(text):
            presenter.show(message: text, command: "/quit", state: session.state)
            return false
        }
    }

    /// The words Tab completes besides slash commands: backgrounds, tools, tool groups and
    /// certifications, by id and by one-word alias.
    static func vocabulary(_ knowledge: KnowledgeBase) -> [String] {
        var words: [String] = []
        words += knowledge.backgrounds.flatMap { [$0.id] + $0.synonyms }
        words += knowledge.tools.flatMap { [$0.id] + $0.aliases }
        words += knowledge.toolGroups.map(\.id)
        words += knowledge.certifications.flatMap { [$0.id] + $0.aliases }
        var seen: Set<String> = []
        return words.map { $0.lowercased() }.filter { !$0.contains(" ") && seen.insert($0).inserted }.sorted()
    }
}
