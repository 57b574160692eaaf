import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

/// Whatever a person or a script types, the advisor answers, shows nothing a terminal would act
/// on, and keeps a state that makes sense. Runs on the real knowledge base.
struct HostileInputTests {
    let advisor = Fixtures.advisor

    /// Plays lines through a fresh chat session and returns it with every output.
    func chat(_ lines: [String]) -> (session: ChatSession, outputs: [SessionOutput]) {
        var session = ChatSession(advisor: advisor)
        let outputs = lines.map { session.handle($0) }
        return (session, outputs)
    }

    // MARK: Empty lines

    @Test(arguments: ["", " ", "\t\t", "\n", "   \r\n  \t ", "\u{00A0}\u{3000}\u{2003}", "\u{200B}"])
    func emptyAndWhitespaceLinesGetAnAnswerAndChangeNothing(line: String) {
        let (session, outputs) = chat([line])
        expectSafe(outputs[0].reply)
        #expect(outputs[0].effect == nil)
        #expect(session.state.profile == Profile())
        expectValidState(session.state)
    }

    @Test func anEmptyLineWhileAQuestionIsPendingKeepsTheQuestion() {
        let (session, outputs) = chat(["how long will it take me?", "   "])
        expectSafe(outputs[1].reply)
        #expect(session.state.pending?.slot == .background)
    }

    // MARK: Huge lines

    static let hugeLines: [(name: String, line: String)] = [
        ("a repeated question", String(repeating: "how long from frontend to mlops ", count: 32_768)),
        ("one word", String(repeating: "a", count: 1 << 20)),
        ("sentences", String(repeating: "Why? ", count: 209_716)),
        ("digits", String(repeating: "9", count: 1 << 20)),
        ("emoji", String(repeating: "🚀", count: 1 << 18)),
        ("one letter with a million accents", "e" + String(repeating: "\u{301}", count: 1 << 19)),
        ("a slash command", "/set background " + String(repeating: "frontend", count: 131_072)),
        ("escape sequences", String(repeating: "\u{1B}[31mhow long from frontend to mlops ", count: 28_400)),
    ]

    @Test(arguments: hugeLines.map(\.name))  // by name: a failure would print the whole line
    func aHugeLineIsCutWithANotice(name: String) throws {
        let line = try #require(Self.hugeLines.first { $0.name == name }).line
        #expect(line.utf8.count >= 1 << 20, "\(name) is smaller than a mebibyte")
        let (session, outputs) = chat([line])
        expectSafe(outputs[0].reply)
        expectReply(outputs[0].reply, contains: "longer than 4,000 characters, so I read only the first 4,000")
        if let turn = outputs[0].turn {
            #expect(turn.utterance.unicodeScalars.count == Advisor.maximumMessageLength)
        }
        expectValidState(session.state)
    }

    @Test func aMebibyteOfEscapeSequencesIsAnEmptyLine() {
        let line = String(repeating: "\u{1B}[31m", count: 209_716)
        let (session, outputs) = chat([line])
        expectSafe(outputs[0].reply)
        expectReply(outputs[0].reply, contains: "Type a question")
        expectReply(outputs[0].reply, lacks: "longer than 4,000 characters")
        #expect(outputs[0].turn?.utterance == "")
        #expect(session.state.profile == Profile())
    }

    @Test func aHugeLineIsAnsweredAsItsFirstPartPlusTheNotice() {
        let line = String(repeating: "how long from frontend to mlops? ", count: 32_768)
        let (text, wasCut) = Advisor.capped(line)
        #expect(wasCut)
        let whole = advisor.respond(to: line, state: DialogueState())
        let part = advisor.respond(to: text, state: DialogueState())
        #expect(whole.state == part.state)
        #expect(Array(whole.reply.blocks.dropFirst()) == part.reply.blocks)
    }

    @Test(arguments: [0, 1, Advisor.maximumMessageLength - 1, Advisor.maximumMessageLength])
    func aLineUpToTheLimitIsReadWhole(length: Int) {
        let line = String(repeating: "x", count: length)
        #expect(Advisor.capped(line) == (line, false))
        let (_, outputs) = chat([line])
        expectReply(outputs[0].reply, lacks: "I read only the first")
    }

    @Test func aLongLineOfManySentencesIsAnswered() {
        let line = String(repeating: "How long from frontend to MLOps? What tools? ", count: 90)
        let (session, outputs) = chat([line])
        expectSafe(outputs[0].reply)
        expectValidState(session.state)
    }

    // MARK: Binary and control characters

    @Test(arguments: [
        "\u{0}", "how long\u{0}from frontend\u{0}to mlops", "\u{FFFD}\u{FFFD}\u{FFFD}", "I am a \u{FFFD}nurse\u{0}",
        "frontend\u{0}", "\u{7F}\u{8}\u{8}\u{8}salary", "/set background front\u{0}end", "/\u{0}",
        "I earn \u{0}85000\u{0} a year", "\u{FEFF}how long from frontend to mlops", "\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}",
    ])
    func nulBytesAndReplacementCharactersAreHarmless(line: String) {
        let (session, outputs) = chat(["/set background backend", line, "/why", "/profile", "/plan"])
        for output in outputs { expectSafe(output.reply) }
        expectValidState(session.state)
    }

    /// Terminal escapes that could recolor, retitle, clear, hyperlink or hide text.
    static let escapes = [
        "\u{1B}[31m", "\u{1B}[2J\u{1B}[H", "\u{1B}]0;pwned\u{07}", "\u{1B}]8;;https://evil.example\u{1B}\\", "\u{1B}P+q\u{1B}\\",
        "\u{9B}31m", "\u{9D}0;title\u{9C}", "\u{1B}[6n", "\u{1B}c", "\u{202E}", "\u{2067}", "\r", "\u{8}\u{8}\u{8}", "\u{1B}",
    ]

    /// Lines whose words the advisor shows back: unknown jobs, commands, paths, profile values.
    static let echoingTemplates = [
        "I am a %@nurse%@", "I work as a %@chef", "/set background %@frontnd", "/%@halp", "/export %@plan.md",
        "/set salary %@85k", "/forget %@slot", "how long from %@frontend%@ to mlops?", "%@",
        "How long will it take? %@And what about a %@baker?", "I'm a senior %@underwater%@ welder who earns 85k",
    ]

    @Test(arguments: escapes)
    func escapeSequencesNeverReachARenderedReply(escape: String) {
        for template in Self.echoingTemplates {
            let line = template.replacingOccurrences(of: "%@", with: escape)
            let (session, outputs) = chat([line, "/why", "/profile", "/plan", "/undo"])
            for output in outputs {
                expectSafe(output.reply)
                if case let .export(_, markdown, _)? = output.effect { #expect(firstUnsafeScalar(in: markdown) == nil) }
            }
            expectValidState(session.state)
        }
    }

    @Test func aWholeEscapeSequenceIsDroppedWhenAMessageIsShownBack() {
        let (_, outputs) = chat(["I am a \u{1B}[31mnurse\u{1B}[0m", "/why", "/undo"])
        expectReply(outputs[1].reply, contains: "\u{201C}I am a nurse\u{201D}")
        expectReply(outputs[2].reply, contains: "\u{201C}I am a nurse\u{201D}")
    }

    @Test(arguments: ["\u{1B}]0;evil title\u{07}", "\u{1B}[31m", "\u{1B}]8;;https://evil.example/x\u{1B}\\", "\u{9D}0;title\u{9C}"])
    func anEscapeSequenceIsNotReadAsWords(escape: String) {
        let plain = advisor.respond(to: "what tools do I need?", state: DialogueState())
        let turn = advisor.respond(to: escape + "what tools do I need?", state: DialogueState())
        #expect(turn.utterance == "what tools do I need?", "the classifier reads the sanitised text")
        #expect(turn.understanding == plain.understanding)
        #expect(turn.reply == plain.reply)
    }

    // MARK: Scripts and symbols

    @Test(arguments: [
        "how long from frontend 🚀 to MLOps?", "how long from frontend to MLOps 👩🏽‍💻🏳️‍🌈", "HOW LONG FROM FRONTEND TO MLOPS",
        "how long from fro\u{301}ntend to MLOps", "ｈｏｗ ｌｏｎｇ ｆｒｏｍ ｆｒｏｎｔｅｎｄ ｔｏ ＭＬＯｐｓ",
    ])
    func emojiAccentsAndWideFormsDoNotHideAKnownQuestion(line: String) {
        let plain = advisor.respond(to: "how long from frontend to MLOps?", state: DialogueState())
        let turn = advisor.respond(to: line, state: DialogueState())
        #expect(turn.understanding.intent == plain.understanding.intent)
        #expect(turn.understanding.entities.backgrounds == ["frontend"])
        expectSafe(turn.reply)
    }

    @Test(arguments: [
        "Z\u{0351}\u{0354}\u{0300}a\u{0310}\u{0349}l\u{0357}g\u{0353}o\u{0342}", "كم من الوقت يستغرق الانتقال إلى MLOps؟",
        "כמה זמן לוקח לעבור ל-MLOps?", "从前端转到MLOps需要多长时间？", "フロントエンドからMLOpsまでどのくらい？",
        "프론트엔드에서 MLOps까지 얼마나 걸리나요?", "Сколько времени нужно, чтобы перейти в MLOps?", "🤖🤖🤖", "👨‍👩‍👧‍👦",
        "I am a 护士", "I am a \u{202E}esrun", "𝕙𝕠𝕨 𝕝𝕠𝕟𝕘", "\u{10FFFF}\u{E000}\u{F8FF}",
    ])
    func otherScriptsGetASafeAnswer(line: String) {
        let (session, outputs) = chat([line, "/why", "/profile"])
        for output in outputs { expectSafe(output.reply) }
        expectValidState(session.state)
    }

    // MARK: Absurd numbers

    @Test(arguments: [
        "I earn 99999999999999999999", "I earn $99999999999999999999 a year", "I earn 1e308", "my salary is 1e308 dollars",
        "I can do -5 hours a week", "I can do 0 hours a week", "I can do 1e308 hours a week", "I can do 99999999999999999999 hours a week",
        "I can study 500 hours a week", "I can study 100 hours a day", "I have 99999999999999999999 years of experience",
        "I have 1e308 years of experience", "I have been coding for 500 years", "how long, 99999999999999999999 years?",
        "will it take 99999999999999999999 months", "I earn " + String(repeating: "9", count: 400),
        String(repeating: "9", count: 400) + " hours a week", String(repeating: "9", count: 400) + " years of experience",
        "I earn 0", "I earn -85000", "I earn 85k to 99999999999999999999", "I earn 0.0000001", "1.7976931348623157e308 hours a week",
        "I earn 85,000,000,000,000,000,000,000", "I can do 9.9.9 hours a week", "I have 1,2,3 years of experience",
        "I earn nan", "I can do inf hours a week", "I earn 1" + String(repeating: "0", count: 309) + " a year",
        "I can do " + String(repeating: "0", count: 50) + "5 hours a week", "I'm a 99999999999999999999 year old frontend dev",
    ])
    func absurdNumbersNeverCrashOrReachTheProfile(line: String) {
        let (session, outputs) = chat(["how much will I earn?", line, "/profile", "/plan"])
        for output in outputs { expectSafe(output.reply) }
        expectValidState(session.state)
        let (direct, _) = chat([line])
        expectValidState(direct.state)
    }

    @Test(arguments: [
        ("I earn 99999999999999999999", Profile()), ("I can do -5 hours a week", Profile()),
        ("I can do 0 hours a week", Profile()), ("I can do 1e308 hours a week", Profile()),
        ("I have 1e308 years of experience", Profile()), ("I can do 200 hours a week", Profile()),
        ("I can do 10 hours a week", Profile(hoursPerWeek: 10)), ("I have 5 years of experience", Profile(yearsOfExperience: 5)),
    ])
    func aNumberOutOfRangeLeavesTheSlotEmpty(line: String, profile: Profile) {
        let (session, _) = chat([line])
        #expect(session.state.profile == profile)
    }

    // MARK: Long chats

    @Test func thousandsOfTurnsKeepTheStateAndTheUndoStackBounded() throws {
        let cycle = [
            "how long from frontend to mlops?", "how long will it take me?", "backend", "I can do 10 hours a week",
            "what tools?", "/plan", "and the salary?", "/set salary 85k", "/undo", "I am a nurse", "/why",
            "what certifications?", "How long? What tools? Salary? Certifications?", "/profile", "/forget all", "hello",
        ]
        var session = ChatSession(advisor: advisor)
        var largestEarlyState = 0
        for turn in 0..<2_000 {
            _ = session.handle(cycle[turn % cycle.count])
            if session.undoStack.count > ChatSession.undoLimit { Issue.record("\(session.undoStack.count) undo steps at turn \(turn)") }
            if turn < 2 * cycle.count {
                largestEarlyState = max(largestEarlyState, try JSONEncoder().encode(session.state).count)
            } else if turn % 97 == 0 {
                // The turn counter may grow by a few digits; nothing else may.
                let size = try JSONEncoder().encode(session.state).count
                #expect(size <= largestEarlyState + 8, "state grew to \(size) bytes at turn \(turn)")
            }
        }
        #expect(session.undoStack.count == ChatSession.undoLimit)
        expectValidState(session.state)
    }
}
