import AdvisorCore
import Testing

struct NormalizerTests {
    @Test(arguments: [
        ("How LONG from Frontend?", "how long from frontend"),
        ("I’m a “front‑end” dev — really", "i am a front end dev really"),
        ("café résumé naïve", "cafe resume naive"),
        ("ＭＬＯｐｓ", "mlops"),
        ("don't want to", "do not want to"),
        ("i'm", "i am"),
        ("what's mlops", "what is mlops"),
        ("can't won't isn't", "can not will not is not"),
        ("dont im whats", "do not i am what is"),
        ("the team's tools", "the team tools"),
        ("85k", "85000"),
        ("$85,000 a year", "85000 a year"),
        ("1.5m", "1500000"),
        ("120 k", "120000"),
        ("6-9 months", "6 to 9 months"),
        ("C#, C++ or F#? plan c, a+b", "c# c++ or f# plan c a b"),
        ("6 – 9 months", "6 to 9 months"),
        ("6 to 9 months", "6 to 9 months"),
        ("-5 hours a week", "-5 hours a week"),
        ("front-end 5-6", "front end 5 to 6"),
        ("in about a year", "in about 1 year"),
        ("half a year", "0.5 year"),
        ("two years", "2 years"),
        ("10h/week", "10 hours per week"),
        ("5yrs of java", "5 years of java"),
        ("ci/cd", "ci cd"),
        ("fp&a", "fp and a"),
        ("backend -> MLE", "backend to mle"),
        ("backend → MLE", "backend to mle"),
        ("", ""),
    ])
    func normalises(input: String, expected: String) {
        #expect(Normalizer.normalize(input) == expected)
    }

    @Test func marksMoneyAndClauseBoundaries() {
        let tokens = Normalizer.tokens("I earn $85k, not 85 apples")
        #expect(tokens.map(\.kind) == [.word, .word, .number, .boundary, .word, .number, .word])
        #expect(tokens[2].value == 85000 && tokens[2].isMoney)
        #expect(tokens[5].value == 85 && !tokens[5].isMoney)
    }

    @Test func keepsAYearThatIsARate() {
        #expect(Normalizer.normalize("85k a year") == "85000 a year")
        #expect(Normalizer.normalize("10 hours a week") == "10 hours a week")
    }

    @Test func survivesControlCharactersAndOtherScripts() {
        #expect(Normalizer.normalize("\u{1B}[31mhi\u{0}") == "31 mhi")
        #expect(Normalizer.normalize("привет мир") == "привет мир")
        #expect(Normalizer.normalize("🙂🙂") == "")
    }

    @Test func keepsTheCapitalsOfEachWord() {
        let tokens = Normalizer.tokens("I did the Made With ML course on MLOps")
        #expect(tokens.map(\.spelling) == ["I", "did", "the", "Made", "With", "ML", "course", "on", "MLOps"])
        #expect(tokens.filter(\.isCapitalised).map(\.text) == ["i", "made", "with", "ml", "mlops"])
        #expect(Normalizer.tokens("I'm Élodie").map(\.spelling) == ["I", "am", "Elodie"])
    }

    @Test func flagsQuotationMarks() {
        let tokens = Normalizer.tokens("the book \"Practical MLOps\", then \u{201C}Python for DevOps\u{201D}")
        #expect(tokens.filter { $0.kind == .boundary }.map(\.isQuote) == [true, true, true])
        #expect(Normalizer.tokens("first, then").filter { $0.kind == .boundary }.map(\.isQuote) == [false])
    }

    @Test(arguments: [
        // (text, which boundaries open a bracket, which close one)
        ("a data engineer (Spark, dbt) in Amsterdam", [true, false, false], [false, false, true]),
        ("marketing coordinator, (28F) in Dublin", [true, false], [false, true]),
        ("first [draft], then", [true, false], [false, true]),
        ("first, then", [false], [false]),
    ])
    func flagsBrackets(text: String, opens: [Bool], closes: [Bool]) {
        let boundaries = Normalizer.tokens(text).filter { $0.kind == .boundary }
        #expect(boundaries.map(\.opensBracket) == opens)
        #expect(boundaries.map(\.closesBracket) == closes)
    }

    @Test(arguments: [
        ("I'm in", [false, true, false]),
        ("don't", [false, true]),
        ("10h", [false, true]),
        ("6-9", [false, true, false]),
        ("fp&a", [false, true, false]),
        ("I do not", [false, false, false]),
    ])
    func flagsWordsThePersonDidNotType(input: String, inserted: [Bool]) {
        #expect(Normalizer.tokens(input).map(\.isInserted) == inserted)
    }
}
