import Foundation

/// What standard output is: its width and whether to draw colors.
struct Terminal: Sendable {
    /// Columns to wrap text to.
    var width: Int
    /// Whether to draw colors and bold text.
    var colors: Bool
    /// Whether standard output is a terminal.
    var isInteractive: Bool

    /// Looks at standard output and the environment; flags win over both.
    static func detect(
        width: Int? = nil, noColor: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Terminal {
        let interactive = StandardStreams.output.isTerminal
        let colorsWanted = !noColor && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        return Terminal(
            width: width ?? (interactive ? columns() ?? 80 : 80),
            colors: interactive && colorsWanted, isInteractive: interactive)
    }

    /// The terminal's width in columns, if standard output is a terminal that knows it.
    static func columns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return max(20, Int(size.ws_col))
    }
}
