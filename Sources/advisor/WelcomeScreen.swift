import Rainbow

/// The one-screen greeting at the start of a chat on a terminal.
struct WelcomeScreen {
    var terminal: Terminal

    static let examples = [
        "how long from frontend to MLOps?",
        "what does an MLOps engineer earn?",
        "which tools should I learn first?",
        "is the AWS ML certification worth it?",
        "how long will it take me?",
    ]

    var text: String {
        let title = "CareerAdvisor — your guide into MLOps engineering"
        var lines = [terminal.colors ? title.bold.cyan : title, ""]
        lines.append("Ask in your own words about paths, timelines, salaries, tools and certifications.")
        lines.append("Every figure comes with its source. For example:")
        lines += Self.examples.map { "  • " + $0 }
        lines.append("")
        let hint = "Type /help for commands, Tab to complete, Ctrl-D or /quit to leave."
        lines.append(terminal.colors ? hint.dim : hint)
        return lines.joined(separator: "\n")
    }
}
