/// A chat command typed with a leading slash: `/set background frontend`, `/export plan.md --force`.
public enum SlashCommand: Hashable, Sendable {
    case help, profile, plan, why, sources, undo, reset, quit
    case set(slot: String, value: String)
    case forget(slot: String)
    case export(path: String, force: Bool)
    /// A command that needs arguments it did not get, with its usage line.
    case incomplete(usage: String)
    case unknown(String)

    /// The commands with their usage, as `/help` lists them.
    public static let usage: [(command: String, summary: String)] = [
        ("/help", "what I can do, with example questions"),
        ("/profile", "what I know about you"),
        ("/plan", "your personal plan"),
        ("/why", "why I understood your last message as I did"),
        ("/sources", "the articles behind the answers"),
        ("/set SLOT VALUE", "set background, salary, hours or experience (e.g. /set background frontend)"),
        ("/forget SLOT", "forget background, salary, hours, experience, or all"),
        ("/undo", "take back your last message"),
        ("/export FILE [--force]", "save your plan as Markdown"),
        ("/reset", "start over"),
        ("/quit", "leave"),
    ]

    /// The command names, for completion and "did you mean".
    public static let names = ["help", "profile", "plan", "why", "sources", "set", "forget", "undo", "export", "reset", "quit", "exit"]

    /// Parses a line that starts with "/"; `nil` for any other line.
    public init?(_ line: String) {
        let trimmed = line.trimming()
        guard trimmed.hasPrefix("/") else { return nil }
        let words = trimmed.dropFirst().split(whereSeparator: \.isWhitespace).map(String.init)
        let name = words.first?.lowercased() ?? ""
        let arguments = Array(words.dropFirst())
        switch name {
        case "help", "?": self = .help
        case "profile": self = .profile
        case "plan": self = .plan
        case "why": self = .why
        case "sources": self = .sources
        case "undo": self = .undo
        case "reset": self = .reset
        case "quit", "exit", "bye": self = .quit
        case "set":
            guard arguments.count >= 2 else { self = .incomplete(usage: "/set SLOT VALUE, e.g. /set background frontend"); return }
            self = .set(slot: arguments[0].lowercased(), value: arguments.dropFirst().joined(separator: " "))
        case "forget":
            guard let slot = arguments.first else { self = .incomplete(usage: "/forget SLOT, e.g. /forget background"); return }
            self = .forget(slot: slot.lowercased())
        case "export":
            let force = arguments.contains("--force") || arguments.contains("-f")
            let paths = arguments.filter { $0 != "--force" && $0 != "-f" }
            guard !paths.isEmpty else { self = .incomplete(usage: "/export FILE [--force], e.g. /export plan.md"); return }
            self = .export(path: paths.joined(separator: " "), force: force)
        default: self = .unknown(name)
        }
    }
}
