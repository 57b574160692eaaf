import AdvisorCore
import AdvisorTestSupport
import Testing

struct ChatSessionTests {
    let advisor = Advisor(knowledge: SampleKnowledge.base)

    @Test func plainLinesGoToTheAdvisorAndKeepTheState() {
        var session = ChatSession(advisor: advisor)
        let output = session.handle("how long will it take me?")
        #expect(output.turn != nil)
        #expect(session.state.pending?.slot == .background)
        _ = session.handle("frontend")
        #expect(session.state.profile.knownBackground == "frontend")
    }

    @Test(arguments: [("frontend", "frontend"), ("Front-End", "frontend"), ("DevOps engineer", "devops"), ("sre", "devops")])
    func setBackgroundAcceptsIdsNamesAndSynonyms(value: String, id: String) {
        var session = ChatSession(advisor: advisor)
        let output = session.handle("/set background \(value)")
        #expect(session.state.profile.knownBackground == id)
        #expect(output.turn == nil)
    }

    @Test func setBackgroundSuggestsTheClosestOnATypo() {
        var session = ChatSession(advisor: advisor)
        let output = session.handle("/set background frontnd")
        expectReply(output.reply, contains: "unknown background \"frontnd\"", "did you mean \"frontend\"?")
        #expect(session.state.profile.background == nil)
    }

    @Test(arguments: [
        ("/set salary 85000", Money(85_000)), ("/set salary 85k", Money(85_000)),
        ("/set salary $85,000", Money(85_000, currency: "USD")), ("/set salary 900", Money(900)),
        ("/set salary 450k PKR a month", Money(450_000, currency: "PKR", period: .month)),
        ("/set salary 12 LPA", Money(1_200_000, currency: "INR", period: .year)),
    ])
    func setSalaryReadsMoneyAsMessagesWriteIt(line: String, salary: Money) {
        var session = ChatSession(advisor: advisor)
        _ = session.handle(line)
        #expect(session.state.profile.currentSalary == salary)
    }

    @Test(arguments: [
        "/set hours 500", "/set hours ten", "/set experience -3", "/set experience 100", "/set salary 0",
        "/set salary 99999999999999999999",
    ])
    func setRejectsNumbersOutOfRange(line: String) {
        var session = ChatSession(advisor: advisor)
        let output = session.handle(line)
        expectReply(output.reply, contains: "must be")
        #expect(session.state.profile == Profile())
    }

    @Test func forgetClearsOneSlot() {
        var session = ChatSession(advisor: advisor, state: DialogueState(profile: Profile(background: .known("backend"), hoursPerWeek: 10)))
        _ = session.handle("/forget background")
        #expect(session.state.profile == Profile(hoursPerWeek: 10))
    }

    @Test func undoTakesBackTheLastMessage() {
        var session = ChatSession(advisor: advisor)
        _ = session.handle("/set background backend")
        _ = session.handle("how long will it take me?")
        let before = session.state
        _ = session.handle("hello")
        let output = session.handle("/undo")
        #expect(session.state == before)
        expectReply(output.reply, contains: "Took back your message \u{201C}hello\u{201D}")
    }

    @Test func undoWithNothingToUndoSaysSo() {
        var session = ChatSession(advisor: advisor)
        expectReply(session.handle("/undo").reply, contains: "nothing to undo")
    }

    @Test func theUndoStackIsBounded() {
        var session = ChatSession(advisor: advisor)
        for _ in 0..<(ChatSession.undoLimit + 10) { _ = session.handle("/set hours 10") }
        #expect(session.undoStack.count == ChatSession.undoLimit)
    }

    @Test func resetCanBeUndone() {
        var session = ChatSession(advisor: advisor, state: DialogueState(profile: Profile(background: .known("frontend"))))
        _ = session.handle("/reset")
        #expect(session.state.profile == Profile())
        _ = session.handle("/undo")
        #expect(session.state.profile.knownBackground == "frontend")
    }

    @Test func quitIsAnEffect() {
        var session = ChatSession(advisor: advisor)
        #expect(session.handle("/quit").effect == .quit)
    }

    @Test func exportCarriesThePlanAsMarkdown() {
        var session = ChatSession(advisor: advisor, state: DialogueState(profile: Profile(background: .known("frontend"))))
        guard case let .export(path, markdown, force)? = session.handle("/export plan.md --force").effect else {
            Issue.record("expected an export effect")
            return
        }
        #expect(path == "plan.md")
        #expect(force)
        #expect(markdown.hasPrefix("# My plan into MLOps"))
        #expect(markdown.contains("8–12 months (transition-paths)"))
        #expect(markdown.contains("## Sources"))
    }

    @Test func exportWithoutABackgroundExplainsWhy() {
        var session = ChatSession(advisor: advisor)
        let output = session.handle("/export plan.md")
        #expect(output.effect == nil)
        expectReply(output.reply, contains: "no plan to export")
    }

    @Test func anUnknownCommandListsTheCommands() {
        var session = ChatSession(advisor: advisor)
        expectReply(session.handle("/halp").reply, contains: "Unknown command /halp", "Did you mean /help?", "/export FILE [--force]")
    }

    @Test func profileShowsWhatIsKnown() {
        var session = ChatSession(
            advisor: advisor,
            state: DialogueState(
                profile: Profile(
                    background: .known("frontend"),
                    currentSalary: Money(85_000, currency: "USD", period: .year))))
        expectReply(session.handle("/profile").reply, contains: "frontend developer", "$85,000 a year")
    }

    @Test func whyExplainsTheLastMessage() {
        var session = ChatSession(advisor: advisor)
        _ = session.handle("what does it cost?")
        expectReply(session.handle("/why").reply, contains: "I read \u{201C}what does it cost?\u{201D} as what the switch costs", "cost")
    }

    @Test func planWithoutABackgroundAsksForOne() {
        var session = ChatSession(advisor: advisor)
        expectReply(session.handle("/plan").reply, contains: "I need your background")
    }

    @Test func echoedCommandTextIsSanitized() {
        var session = ChatSession(advisor: advisor)
        let text = plainText(session.handle("/set background \u{1B}[31mfrontnd\u{1B}[0m").reply)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\"frontnd\""))
    }

    @Test func paddingLongerThanTheCapDoesNotHideTheQuestionAtTheEnd() {
        var session = ChatSession(advisor: Advisor(knowledge: Fixtures.knowledge))
        let line = "I " + String(repeating: "really ", count: 700) + "want to know how long it takes to move from backend to MLOps"
        #expect(line.unicodeScalars.count > Advisor.maximumMessageLength)
        let reply = session.handle(line).reply
        expectReply(reply, contains: "From backend developer to MLOps: 6–9 months (transition-paths)")
        expectReply(reply, lacks: "I read only the first", "I haven't asked you anything")
    }
}
