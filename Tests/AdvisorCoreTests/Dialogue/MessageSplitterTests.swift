import AdvisorCore
import Testing

struct MessageSplitterTests {
    @Test(arguments: [
        ("How long? What does it pay?", ["How long?", "What does it pay?"]),
        ("I'm a backend engineer, 5 years of Java. How did you get started? Do I need a master's?",
         ["I'm a backend engineer, 5 years of Java.", "How did you get started?", "Do I need a master's?"]),
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
