import AdvisorCore
import Foundation

/// Runs a conversation: reads lines, hands them to the library's ``ChatSession``, shows what
/// comes back and carries out its effects (quitting, exporting the plan to a file).
struct ChatLoop {
    var session: ChatSession
    var presenter: Presenter

    static let interruptHint = "(To leave, press Ctrl-C again, press Ctrl-D, or type /quit.)"

    /// Standard input is not a terminal: one utterance per line, no prompts, no readline.
    mutating func runPiped() {
        while let line = Swift.readLine(strippingNewline: true) {
            if !handle(line) { return }
        }
    }

    /// Standard input is a terminal: readline, history, completion, a welcome screen.
    mutating func runInteractively() {
        let knowledge = session.advisor.knowledge
        let history = HistoryFile.standard()
        let editor = LineEditor(
            commands: SlashCommand.usage.map { $0.command.split(separator: " ").first.map(String.init) ?? $0.command },
            vocabulary: Self.vocabulary(knowledge),
            profileSlots: ProfileChange.Slot.allCases.map(\.rawValue),
            interruptHint: Self.interruptHint)
        var historyUsable = true
        do {
            for entry in try history.load() { editor.remember(entry) }
        } catch {
            StandardStreams.error.line(error.description)
            if case .unreadable = error { historyUsable = false }
        }
        var added: [String] = []
        if !presenter.json { StandardStreams.output.line(WelcomeScreen(terminal: presenter.terminal).text + "\n") }
        let prompt =
            presenter.terminal.colors
            ? LineEditor.invisible("\u{1B}[1;36m") + "you>" + LineEditor.invisible("\u{1B}[0m") + " "
            : "you> "
        loop: while true {
            switch editor.read(prompt: prompt) {
            case let .line(line):
                if editor.remember(line) { added.append(HistoryFile.entry(line)) }
                if !handle(line) { break loop }
            case .endOfInput, .interrupted:
                _ = handle("/quit")
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
        let output = session.handle(line)
        let command = output.turn == nil ? line.split(separator: " ").first.map(String.init) : nil
        presenter.show(output.reply, turn: output.turn, command: command, state: session.state)
        if !presenter.json { StandardStreams.output.line() }
        switch output.effect {
        case .quit:
            return false
        case let .export(path, markdown, force):
            export(markdown, to: path, force: force)
            return true
        case nil:
            return true
        }
    }

    /// Writes the exported plan: atomically, mode 0600, never over an existing file without `force`.
    private func export(_ markdown: String, to path: String, force: Bool) {
        let expanded = Self.expandingHome(in: path)
        do {
            try AtomicFile(path: expanded).write(markdown, replacing: force)
            presenter.exported(to: expanded, problem: nil)
        } catch {
            presenter.exported(to: expanded, problem: error.description)
        }
    }

    /// `~` and `~/…` in the home folder `$HOME` names (the account's own home when it is unset).
    static func expandingHome(in path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return (path as NSString).expandingTildeInPath }
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
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
