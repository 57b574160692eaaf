import AdvisorCore

/// STOPGAP until the library's ChatSession lands on main: /quit and /help, the rest goes to the advisor.
struct StopgapSession {
    enum Output {
        case turn(Turn)
        case message(String, command: String)
        case quit(String)
    }

    var advisor: Advisor
    var state: DialogueState

    static let commands = ["/help", "/quit"]

    mutating func handle(_ line: String) -> Output {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        switch trimmed.split(separator: " ").first.map(String.init) {
        case "/quit", "/exit": return .quit("Goodbye, and good luck with the move to MLOps!")
        case "/help": return .message("Ask me about moving into MLOps. Commands: \(Self.commands.joined(separator: ", "))", command: "/help")
        default:
            let turn = advisor.respond(to: line, state: state)
            state = turn.state
            return .turn(turn)
        }
    }
}
