import AdvisorCore
import AdvisorTestSupport
import Testing

struct MessageSplitterTests {
    /// The splitter with the real data's question words (`Knowledge/words.yaml`).
    let splitter = MessageSplitter(knowledge: Fixtures.knowledge)

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
