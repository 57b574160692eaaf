import AdvisorCore
import AdvisorTestSupport
import Testing

struct MessageSplitterTests {
    /// The splitter with the real data's question words (`Knowledge/words.yaml`).
    let splitter = MessageSplitter(knowledge: Fixtures.knowledge)

    /// A few words before a colon that only announce the questions are no part of the question.
    @Test(arguments: [
        ("Few doubts: Is DBA experience of any use in MLOps?", "Is DBA experience of any use in MLOps?"),
        ("Quick question: how long from backend?", "How long from backend?"),
        ("two qs: is it worth it", "Is it worth it"),
        ("Salary question: what do juniors make?", "Salary question: what do juniors make?"),
        ("Python: is it enough?", "Python: is it enough?"),
        ("My questions are about the path and the cost: how long?", "My questions are about the path and the cost: how long?"),
    ])
    func aPreambleBeforeAColonIsLeftOut(sentence: String, asked: String) {
        #expect(splitter.sentencesAsked(in: sentence) == [asked])
    }

    @Test(arguments: [
        ("How long? What does it pay?", ["How long?", "What does it pay?"]),
        (
            "I'm a backend engineer, 5 years of Java. How did you get started? Do I need a master's?",
            ["I'm a backend engineer, 5 years of Java.", "How did you get started?", "Do I need a master's?"]
        ),
        ("I have 2.5 years of experience. Is that enough?", ["I have 2.5 years of experience.", "Is that enough?"]),
        ("Tools, e.g. Docker, matter. Right?", ["Tools, e.g. Docker, matter.", "Right?"]),
        ("first line\nsecond line", ["first line", "second line"]),
        ("   ", []),
        ("no punctuation at all", ["no punctuation at all"]),
    ])
    func splitsAParagraphIntoSentences(text: String, sentences: [String]) {
        #expect(MessageSplitter.sentences(in: text) == sentences)
    }

    /// Each item of a numbered or bulleted list is a sentence, its marker left out: numbers that
    /// count from 1 within a line, or a number or bullet that opens a line.
    @Test(arguments: [
        (
            "Few things 1) timeline coming from QA 2) which course first 3) pay in Poland",
            ["Few things", "timeline coming from QA", "which course first", "pay in Poland"]
        ),
        ("- how hard is terraform\n- budget for a bootcamp", ["how hard is terraform", "budget for a bootcamp"]),
        ("(1) tools (2) certs", ["tools", "certs"]),
        ("1. How long? 2. What pay?", ["How long?", "What pay?"]),
        ("3) the stages\n4) the tools", ["the stages", "the tools"]),
        // A number alone, or numbers that do not count from 1, mark no list.
        ("I use Python 3) mostly for scripts", ["I use Python 3) mostly for scripts"]),
        ("rated 4) then 5) by peers", ["rated 4) then 5) by peers"]),
        ("-5 hours a week is all I have", ["-5 hours a week is all I have"]),
    ])
    func splitsAListIntoItsItems(text: String, sentences: [String]) {
        #expect(MessageSplitter.sentences(in: text) == sentences)
    }

    /// A list item that asks without its question mark gets one; one that tells stays as typed.
    @Test(arguments: [
        (
            "questions for you 1) timeline coming from QA 2) which course first 3) pay in poland",
            ["questions for you", "timeline coming from QA?", "which course first?", "pay in poland?"]
        ),
        ("* is a degree needed\n* my salary is 40k now", ["is a degree needed?", "my salary is 40k now"]),
        (
            "1) how steep is the learning curve, 2) the roadmap for a tester, and 3) python or go",
            ["how steep is the learning curve?", "the roadmap for a tester?", "python or go"]
        ),
        ("• do employers care about certs;\n• I work nights", ["do employers care about certs?", "I work nights"]),
        ("1. How long? 2. what pay", ["How long?", "what pay?"]),
        // An auxiliary that opens an item asks, but for those that open statements as often.
        (
            "- is docker enough without kubernetes\n- have 5 years of java",
            ["is docker enough without kubernetes?", "have 5 years of java"]
        ),
        // Outside a list, a sentence is as typed.
        ("timeline from QA\nwhich course first", ["timeline from QA", "which course first"]),
    ])
    func aListItemThatAsksEndsWithAQuestionMark(text: String, sentences: [String]) {
        #expect(splitter.sentencesAsked(in: text) == sentences)
    }

    /// The reply to a list of questions typed without marks is the reply to the same list with
    /// them, and it answers more than the list's first item.
    @Test(arguments: [
        (
            "QA for 6 years. 1) timeline to be job ready 2) which certification pays off first 3) salary for mid level",
            "QA for 6 years. 1) timeline to be job ready? 2) which certification pays off first? 3) salary for mid level?",
            "QA for 6 years. Timeline to be job ready?"
        ),
        (
            "- is docker enough without kubernetes\n- the roadmap stages in order",
            "- is docker enough without kubernetes?\n- the roadmap stages in order?",
            "is docker enough without kubernetes?"
        ),
    ])
    func aListWithoutQuestionMarksIsAnsweredAsWithThem(unmarked: String, marked: String, firstItem: String) {
        let advisor = Advisor(knowledge: Fixtures.knowledge)
        let reply = advisor.respond(to: unmarked, state: DialogueState()).reply
        #expect(reply == advisor.respond(to: marked, state: DialogueState()).reply)
        #expect(reply != advisor.respond(to: firstItem, state: DialogueState()).reply)
    }

    @Test(arguments: [
        ("which certifications and which tools?", ["Which certifications?", "Which tools?"]),
        ("how long and how much would I earn?", ["How long?", "How much would I earn?"]),
        // A sentence that asks without its question mark asks in each part.
        ("what's the salary and the timeline for backend", ["What's the salary?", "The timeline for backend?"]),
        ("what\u{2019}s the salary and the tools?", ["What\u{2019}s the salary?", "The tools?"]),
        ("salary and timeline for frontend?", ["Salary?", "Timeline for frontend?"]),
        ("how long does it take, and is it worth it?", ["How long does it take?", "Is it worth it?"]),
        ("what tools and certifications do I need?", ["What tools?", "Certifications do I need?"]),
        ("what's the salary and the timeline and which tools?", ["What's the salary?", "The timeline?", "Which tools?"]),
        // A comma before a word that opens a question parts two questions too.
        (
            "is MLOps a good move for me, how long will it take, and will I earn more?",
            ["Is MLOps a good move for me?", "How long will it take?", "Will I earn more?"]
        ),
        ("do I need a degree, is a bootcamp enough?", ["Do I need a degree?", "Is a bootcamp enough?"]),
        ("what are the pros and cons and how long does it take?", ["What are the pros and cons?", "How long does it take?"]),
        ("what do I learn first and do I need a degree", ["What do I learn first?", "Do I need a degree?"]),
    ])
    func splitsQuestionsJoinedByAnd(text: String, questions: [String]) {
        #expect(splitter.questions(in: text) == questions)
    }

    @Test(arguments: [
        "what are the pros and cons?", "pros and cons of mlops", "do I need docker and kubernetes?", "docker and kubernetes",
        "compare frontend and backend", "frontend and backend", "ML and DevOps", "what's the difference between ML and DevOps?",
        "how do docker and kubernetes compare?", "what do frontend and backend developers earn?",
        "what's the budget for courses and certs?",
        "how much to spend on certs and courses altogether", "how long would it take if i work full time and can only study evenings",
        "I want to know the salary and the tools", "how do I learn python and docker?", "what are docker and kubernetes tools for?",
        "is frontend and backend similar?", "rock and roll", "and", "what about frontend and", "how long from frontend to mlops?",
        // A comma before a question word that opens no question of its own, or after no question.
        "I'm a backend dev, how long would it take?", "what's the salary, roughly, for seniors?",
        "which tools, which I already use at work, matter?",
        // "who" inside a sentence opens a relative clause, not a question.
        "As someone who is moving from support into MLOps, what should I learn first?",
        "For people whose background is testing, how long does it take?",
    ])
    func keepsASentenceWholeWhenOneSideIsNoQuestion(text: String) {
        #expect(splitter.questions(in: text) == [text])
    }

    @Test(arguments: [
        ("I really really really want to know", "I really want to know"),
        ("very very good", "very very good"),
        ("no no no No NO", "no"),
        ("how long from backend", "how long from backend"),
        ("Why? Why? Why? Why?", "Why? Why? Why? Why?"),
    ])
    func cutsRunsOfThreeOrMoreRepeatedWords(text: String, expected: String) {
        #expect(MessageSplitter.collapsingRepeatedWords(in: text) == expected)
    }
}
