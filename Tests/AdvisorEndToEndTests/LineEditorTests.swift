import Foundation
import Testing

/// `advisor chat` in a real pseudo-terminal, driven by `pty/chat_session.py` (python3 + pexpect).
struct LineEditorTests {
    @Test(.enabled(if: PseudoTerminalScript.python != nil, "python3 is not installed, so the pseudo-terminal test cannot run"))
    func editsCompletesRecallsAndSavesHistoryInARealTerminal() throws {
        try PseudoTerminalScript("chat_session.py").expectToPass(printing: "all pty checks passed")
    }
}
