/// A conversation as the chat, `ask` and transcript replay run it: messages go to the advisor,
/// slash commands are handled here, and effects (quit, export) go back to the executable.
///
/// The session is a value: it keeps the dialogue state, the last turn (for `/why`), and a bounded
/// stack of earlier states for `/undo`.
public struct ChatSession: Sendable {
    public let advisor: Advisor
    public internal(set) var state: DialogueState
    /// The last message's turn, for `/why`.
    public private(set) var lastTurn: Turn?
    /// Earlier states, newest last, with what changed them; at most ``undoLimit``.
    public private(set) var undoStack: [(state: DialogueState, lastTurn: Turn?, what: String)] = []
    public static let undoLimit = 50

    public init(advisor: Advisor, state: DialogueState = DialogueState()) {
        self.advisor = advisor
        self.state = state
    }

    /// Handles one line: a slash command, or a message for the advisor. Escape sequences and
    /// control characters are dropped first; a line still longer than
    /// ``Advisor/maximumMessageLength`` is cut there, and the reply says so.
    public mutating func handle(_ line: String) -> SessionOutput {
        let (line, wasCut) = Advisor.prepared(line)
        if let command = SlashCommand(line) {
            var output = run(command)
            if wasCut { output.reply.blocks.insert(Advisor.cutNotice, at: 0) }
            return output
        }
        var turn = advisor.respond(prepared: line, state: state)
        if wasCut { turn.reply.blocks.insert(Advisor.cutNotice, at: 0) }
        remember(what: "your message \u{201C}\(Self.shortened(line.sanitizedForDisplay))\u{201D}")
        state = turn.state
        lastTurn = turn
        return SessionOutput(reply: turn.reply, turn: turn, effect: turn.endsConversation ? .quit : nil)
    }

    mutating func remember(what: String) {
        undoStack.append((state, lastTurn, what))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
    }

    static func shortened(_ text: String, to limit: Int = 60) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private func text(_ paragraphs: String...) -> Reply {
        Reply(blocks: paragraphs.map { .paragraph($0) })
    }

    private mutating func run(_ command: SlashCommand) -> SessionOutput {
        switch command {
        case .help: return SessionOutput(reply: help())
        case .profile: return SessionOutput(reply: profile())
        case .plan: return SessionOutput(reply: plan())
        case .why: return SessionOutput(reply: why())
        case .sources: return SessionOutput(reply: sources())
        case .undo: return SessionOutput(reply: undo())
        case .reset:
            remember(what: "the reset")
            state = DialogueState()
            lastTurn = nil
            return SessionOutput(reply: text("Starting over: I have forgotten your profile and our conversation. /undo brings it back."))
        case .quit:
            return SessionOutput(reply: text("Goodbye, and good luck with the move into MLOps!"), effect: .quit)
        case let .set(slot, value): return SessionOutput(reply: set(slot, value))
        case let .forget(slot): return SessionOutput(reply: forget(slot))
        case let .export(path, force): return export(path, force: force)
        case let .incomplete(usage): return SessionOutput(reply: text("Usage: \(usage)"))
        case let .unknown(name):
            let suggestion = name.closest(among: SlashCommand.names).map { " Did you mean /\($0)?" } ?? ""
            var reply = commandList()
            reply.blocks.insert(.paragraph("Unknown command /\(Self.shortened(name.sanitizedForDisplay, to: 30)).\(suggestion)"), at: 0)
            return SessionOutput(reply: reply)
        }
    }

    // MARK: - Commands

    private func commandList() -> Reply {
        Reply(blocks: [
            .heading("Commands"),
            .table(
                Reply.Table(
                    header: ["Command", "What it does"],
                    rows: SlashCommand.usage.map { [$0.command, $0.summary] })),
        ])
    }

    private func help() -> Reply {
        var reply = advisor.responder.reply(to: [.help], state: state)
        reply.blocks += commandList().blocks
        return reply
    }

    private func profile() -> Reply {
        let profile = state.profile
        var rows: [[String]] = []
        switch profile.background {
        case let .known(id)?: rows.append(["background", advisor.responder.display(.background, id)])
        case let .unknown(name)?: rows.append(["background", name.sanitizedForDisplay + " (the sources have no path for it)"])
        case nil: break
        }
        if let years = profile.yearsOfExperience { rows.append(["experience", "\(years) years"]) }
        if let hours = profile.hoursPerWeek { rows.append(["hours", "\(hours) a week"]) }
        if let salary = profile.currentSalary { rows.append(["salary", salary.text]) }
        let known = profile.knownTools + profile.heldCertifications
        if !known.isEmpty { rows.append(["known", advisor.responder.display(.alreadyKnown, known.joined(separator: ", "))]) }
        guard !rows.isEmpty else {
            return text("I don't know anything about you yet. Tell me what you do today, or use /set background frontend.")
        }
        return Reply(blocks: [
            .heading("What I know about you"), .table(Reply.Table(header: ["Slot", "Value"], rows: rows)),
            .note("Change it with /set SLOT VALUE, or /forget SLOT."),
        ])
    }

    private func plan() -> Reply {
        guard state.profile.background != nil else {
            return text("I need your background for a plan. Tell me what you do today, or use /set background frontend.")
        }
        let question = DialogueAction.Question(intent: .plan, entities: planEntities())
        return advisor.responder.reply(to: [.answer(question)], state: state)
    }

    private func planEntities() -> Entities {
        var entities = Entities()
        if let background = state.profile.background { entities.name(background) }
        return entities
    }

    private func sources() -> Reply {
        let knowledge = advisor.knowledge
        let lines = knowledge.sources.map { "\($0.title) — \($0.publisher) (\($0.id)): \($0.covers)" }
        return Reply(blocks: [.heading("The articles behind the answers"), .bullets(lines)], sources: knowledge.sources.map(\.id))
    }

    private mutating func undo() -> Reply {
        guard let last = undoStack.popLast() else { return text("There is nothing to undo.") }
        state = last.state
        lastTurn = last.lastTurn
        return text("Took back \(last.what).")
    }

    private mutating func export(_ path: String, force: Bool) -> SessionOutput {
        guard state.profile.background != nil else {
            return SessionOutput(reply: text("There is no plan to export yet: tell me what you do today first."))
        }
        let markdown = MarkdownRenderer().render(plan(), title: "My plan into MLOps")
        return SessionOutput(
            reply: text("Exporting your plan to \(path.sanitizedForDisplay)."),
            effect: .export(path: path, markdown: markdown, force: force))
    }
}
