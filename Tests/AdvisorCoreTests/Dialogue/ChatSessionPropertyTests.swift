import AdvisorCore
import AdvisorTestSupport
import PropertyBased
import Testing

/// Random text and random conversations through a chat session: every line gets a non-empty,
/// safe reply, and the state always survives JSON and stays plausible.
struct ChatSessionPropertyTests {
    let advisor = Fixtures.advisor

    /// Scalars from the kinds of text people (and scripts) send: ASCII, controls and escapes,
    /// accented and combining letters, right-to-left and CJK scripts, emoji, and anything at all.
    static let scalar = zip(Gen.int(in: 0...7), Gen<UInt32>.value(in: 0...0x10FFFF)).map { kind, raw -> Character in
        let value: UInt32 =
            switch kind {
            case 0, 1: 0x20 + raw % 0x5F  // printable ASCII, twice as likely
            case 2: raw % 0x20 == 0x1B ? 0x1B : raw % 0xA0  // C0 (ESC often), ASCII, C1
            case 3: 0x300 + raw % 0x70  // combining marks
            case 4: [0x590, 0x600, 0x4E00, 0xAC00, 0x3040][Int(raw % 5)] + raw % 0x100  // Hebrew, Arabic, CJK, Hangul, kana
            case 5: 0x1F300 + raw % 0x300  // emoji
            case 6: [0x200B, 0x200D, 0x202E, 0x2066, 0xFEFF, 0xFFFD, 0xFE0F, 0x2028][Int(raw % 8)]
            default: raw  // anything, surrogates aside
            }
        return Character(Unicode.Scalar(value) ?? "\u{FFFD}")
    }

    static let noise = scalar.string(of: 0...40)

    /// Pieces of real questions and commands, so random lines reach deep into the dialogue.
    static let fragments = [
        "how long from frontend to mlops?", "how long will it take me?", "frontend", "backend", "I am a nurse", "devops",
        "what tools?", "and the salary?", "I earn 85k", "10 hours a week", "5 years of experience", "certifications",
        "yes", "no", "not frontend", "thanks", "compare backend and devops", "what is kubeflow?", "why?", "99999999999999999999",
        "/help", "/profile", "/plan", "/why", "/sources", "/undo", "/reset", "/set background frontend", "/set salary 85k",
        "/set hours", "/forget all", "/forget background", "/export plan.md", "/nonsense", "/", "/set background ",
    ]

    static let line = zip(Gen.int(in: 0...3), Gen<String?>.element(of: fragments).map { $0! }, noise).map { kind, fragment, noise in
        switch kind {
        case 0: fragment
        case 1: fragment + " " + noise
        case 2: noise + fragment
        default: noise
        }
    }

    func expectWellBehaved(_ session: ChatSession, after output: SessionOutput, line: String) {
        expectSafe(output.reply)
        expectValidState(session.state)
        #expect(session.undoStack.count <= ChatSession.undoLimit)
        if let turn = output.turn { #expect(turn.state == session.state, "turn state differs after \(line.debugDescription)") }
    }

    @Test func randomUnicodeGetsASafeReplyAndAValidState() async {
        await propertyCheck(count: 300, input: Self.noise) { text in
            var session = ChatSession(advisor: advisor)
            let output = session.handle(text)
            expectWellBehaved(session, after: output, line: text)
        }
    }

    @Test func randomConversationsKeepAValidState() async {
        await propertyCheck(count: 60, input: Self.line.array(of: 1...25)) { lines in
            var session = ChatSession(advisor: advisor)
            for line in lines {
                let output = session.handle(line)
                expectWellBehaved(session, after: output, line: line)
            }
        }
    }

    @Test func askingTheAdvisorDirectlyKeepsAValidState() async {
        await propertyCheck(count: 60, input: Self.line.array(of: 1...10)) { lines in
            for turn in converse(lines, advisor: advisor) {
                expectSafe(turn.reply)
                expectValidState(turn.state)
            }
        }
    }
}
