@preconcurrency internal import CReadline
import Foundation
import Synchronization

/// Reads lines from the terminal with GNU readline: editing, history, tab completion and
/// Ctrl-C handling. The only file that talks to readline.
///
/// Signals are caught by handlers that only record them; readline's own input function is
/// replaced by one that looks at the record whenever a read is interrupted, so every
/// readline call happens outside the signal handler.
final class LineEditor {
    /// What one call to ``read(prompt:)`` produced.
    enum Event: Equatable {
        /// A line the person entered (without the newline).
        case line(String)
        /// Ctrl-D on an empty line.
        case endOfInput
        /// Ctrl-C twice on an empty line.
        case interrupted
        /// SIGTERM or SIGHUP: save and leave.
        case terminated
    }

    /// Signals caught and not yet handled, as a bit set (1 << signal number).
    private static let pendingSignals = Atomic<Int>(0)
    /// Words that Tab completes, in the order offered.
    nonisolated(unsafe) private static var vocabulary: [String] = []
    /// Slash commands that Tab completes at the start of a line.
    nonisolated(unsafe) private static var commands: [String] = []
    /// Words that Tab completes after `/set` and `/forget`.
    nonisolated(unsafe) private static var profileSlots: [String] = []
    /// The matches the completion generator hands to readline, one per call.
    nonisolated(unsafe) private static var matches: [String] = []
    /// Set when a read ends because of a signal rather than a key.
    nonisolated(unsafe) private static var signalOutcome: Event?
    /// Whether the last key was Ctrl-C on an empty line (the next one leaves).
    nonisolated(unsafe) private static var interruptArmed = false
    /// The hint printed after the first Ctrl-C on an empty line.
    nonisolated(unsafe) private static var interruptHint = ""
    nonisolated(unsafe) private static let programName = strdup("advisor")

    private var previousEntry: String?

    /// - Parameters:
    ///   - commands: slash commands, e.g. `/help`.
    ///   - vocabulary: other words to complete (backgrounds, tools, certifications).
    ///   - profileSlots: what `/set` and `/forget` take.
    ///   - interruptHint: shown after a first Ctrl-C on an empty line.
    init(commands: [String], vocabulary: [String], profileSlots: [String], interruptHint: String) {
        Self.commands = commands
        Self.vocabulary = vocabulary
        Self.profileSlots = profileSlots
        Self.interruptHint = interruptHint
        rl_readline_name = UnsafePointer(Self.programName)
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_variable_bind("completion-ignore-case", "on")
        using_history()
        stifle_history(Int32(HistoryFile.limit))
        rl_getc_function = { stream in
            while true {
                if let outcome = LineEditor.handlePendingSignals() {
                    LineEditor.signalOutcome = outcome
                    rl_replace_line("", 1)
                    return EOF
                }
                var byte: UInt8 = 0
                let count = Glibc.read(fileno(stream), &byte, 1)
                if count == 1 { return Int32(byte) }
                if count == 0 || errno != EINTR { return EOF }
            }
        }
        rl_attempted_completion_function = { text, start, _ in
            rl_attempted_completion_over = 1
            let word = text.map { String(cString: $0) } ?? ""
            let line = rl_line_buffer.map { String(cString: $0) } ?? ""
            let before = String(line.utf8.prefix(Int(start))) ?? ""
            let wordsBefore = before.split(separator: " ")
            let pool: [String]
            if wordsBefore.isEmpty, word.hasPrefix("/") || before.isEmpty && word.isEmpty {
                pool = LineEditor.commands
            } else if wordsBefore.count == 1, ["/set", "/forget"].contains(wordsBefore[0]) {
                pool = LineEditor.profileSlots
            } else if wordsBefore.first == "/export" {
                rl_attempted_completion_over = 0  // file names
                return nil
            } else {
                pool = LineEditor.vocabulary
            }
            let lowered = word.lowercased()
            LineEditor.matches = pool.filter { $0.lowercased().hasPrefix(lowered) }
            guard !LineEditor.matches.isEmpty else { return nil }
            return rl_completion_matches(text) { _, state in
                Int(state) < LineEditor.matches.count ? strdup(LineEditor.matches[Int(state)]) : nil
            }
        }
        installSignalHandlers()
    }

    /// Reads one line, showing `prompt` (which may hold color codes wrapped for readline).
    func read(prompt: String) -> Event {
        Self.signalOutcome = nil
        guard let buffer = readline(prompt) else {
            Self.interruptArmed = false
            return Self.signalOutcome ?? .endOfInput
        }
        defer { free(buffer) }
        Self.interruptArmed = false
        return .line(String(decoding: UnsafeRawBufferPointer(start: buffer, count: strlen(buffer)), as: UTF8.self))
    }

    /// Adds a line to the in-memory history (blank lines and repeats are skipped).
    /// Returns whether it was added.
    @discardableResult
    func remember(_ line: String) -> Bool {
        let entry = HistoryFile.entry(line)
        guard !entry.isEmpty, entry != previousEntry else { return false }
        add_history(entry)
        previousEntry = entry
        return true
    }

    /// Wraps color codes in a prompt so readline does not count them as visible columns.
    static func invisible(_ escape: String) -> String {
        "\u{01}" + escape + "\u{02}"
    }

    /// Turns the recorded signals into an outcome, or handles them in place (Ctrl-C on a
    /// non-empty line, a resized window). Called from readline's input function only.
    private static func handlePendingSignals() -> Event? {
        let pending = pendingSignals.exchange(0, ordering: .acquiringAndReleasing)
        guard pending != 0 else { return nil }
        if pending & (1 << Int(SIGTERM) | 1 << Int(SIGHUP)) != 0 { return .terminated }
        if pending & (1 << Int(SIGWINCH)) != 0 { rl_resize_terminal() }
        guard pending & (1 << Int(SIGINT)) != 0 else { return nil }
        let lineIsEmpty = rl_end == 0
        if lineIsEmpty && interruptArmed { return .interrupted }
        interruptArmed = lineIsEmpty
        rl_replace_line("", 1)
        rl_point = 0
        let hint = lineIsEmpty ? interruptHint + "\n" : ""
        if let out = rl_outstream { fputs("^C\n" + hint, out) }
        rl_on_new_line()
        rl_redisplay()
        return nil
    }

    private func installSignalHandlers() {
        // A parent may have blocked these (the mask is inherited across exec); the editor needs them.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&handled, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] {
            var action = sigaction()
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocked read returns EINTR and sees the signal
            action.__sigaction_handler.sa_handler = { signalNumber in
                LineEditor.pendingSignals.bitwiseOr(1 << Int(signalNumber), ordering: .acquiringAndReleasing)
            }
            sigaction(signalNumber, &action, nil)
        }
    }
}
