import AdvisorCore
import Testing

struct TypoCorrectorTests {
    let corrector = TypoCorrector(words: [
        ("salary", 1, 40), ("senior", 1, 10), ("engineer", 1, 30), ("engine", 1, 1), ("mlops", 1, 50), ("long", 1, 30),
        ("frontend", 1, 20), ("salry", 1, 1), ("nurse", 0, 3), ("purse", 0, 1),
    ])

    @Test(arguments: [
        ("salery", "salary"), ("senoir", "senior"), ("mlosp", "mlops"), ("lnog", "long"), ("fronted", "frontend"),
        ("enginer", "engineer"),
    ])
    func correctsTyposIncludingTranspositions(typo: String, expected: String) {
        #expect(corrector.correction(of: typo) == expected)
    }

    @Test(arguments: ["salary", "xylophone", "lond", "abc", String(repeating: "a", count: 40)])
    func leavesKnownShortFarAndHugeWordsAlone(word: String) {
        #expect(corrector.correction(of: word) == nil)
    }

    @Test func aFourLetterWordMayMissOneLetterInsideButNotAtItsEnd() {
        let short = TypoCorrector(words: [("tools", 1, 9), ("learn", 1, 9), ("later", 1, 9), ("cost", 1, 9)])
        #expect(short.correction(of: "tols") == "tools")
        #expect(short.correction(of: "lern") == "learn")
        // "late" + "r" is an inflection, not a typo; "cots" is a transposition of "cost".
        #expect(short.correction(of: "late") == nil)
        #expect(short.correction(of: "cots") == "cost")
        #expect(short.correction(of: "coat") == nil)
    }

    @Test func prefersTheHigherPriorityThenTheMoreFrequentThenTheFirstWord() {
        // "nurve" is one edit from both "nurse" (priority 0) and nothing else; "xurse" starts differently.
        #expect(corrector.correctionWithPriority(of: "nurve")?.priority == 0)
        let tie = TypoCorrector(words: [("alpha", 1, 1), ("alpho", 1, 1), ("alphi", 1, 5)])
        #expect(tie.correction(of: "alphu") == "alphi")
        let sameFrequency = TypoCorrector(words: [("betab", 1, 1), ("betaa", 1, 1)])
        #expect(sameFrequency.correction(of: "betac") == "betaa")
    }

    @Test func mapsARareKnownSpellingToAFarMoreFrequentOne() {
        #expect(corrector.preferredSpelling(of: "salry") == "salary")
        #expect(corrector.preferredSpelling(of: "salary") == nil)
        #expect(corrector.preferredSpelling(of: "purse") == "nurse" || corrector.preferredSpelling(of: "purse") == nil)
    }

    @Test func aWordOfANameIsNeverARareSpellingOfAFrequentWord() {
        let words: [(word: String, priority: Int, frequency: Int)] = [
            ("story", 1, 30), ("store", 1, 1), ("salary", 1, 30), ("salry", 1, 1),
        ]
        let named = TypoCorrector(words: words, names: ["store"])
        #expect(TypoCorrector(words: words).preferredSpelling(of: "store") == "story")
        #expect(named.preferredSpelling(of: "store") == nil)
        #expect(named.preferredSpelling(of: "salry") == "salary")
    }

    @Test func aPlainEnglishWordIsNeverRespeltNorARespelling() {
        let words = TypoCorrector(words: [("pays", 1, 40), ("plays", -1, 1), ("lawyer", 0, 3), ("lawyers", -1, 1), ("salary", 1, 9)])
        #expect(words.isPlainWord("plays"))
        #expect(!words.isPlainWord("pays"))
        #expect(words.correction(of: "plays") == nil)
        #expect(words.preferredSpelling(of: "plays") == nil)
        // "plaays" is two letters from nothing known but "plays", which is never a respelling.
        #expect(words.correction(of: "plaays") == nil)
        #expect(words.nearestWord(toPlainWord: "lawyers")?.word == "lawyer")
        #expect(words.nearestWord(toPlainWord: "lawyers")?.priority == 0)
        #expect(words.nearestWord(toPlainWord: "salary") == nil)
    }

    @Test func givesTheSameAnswerWhateverTheInputOrder() {
        let words: [(String, Int, Int)] = [("alpha", 1, 1), ("alpho", 1, 1), ("alphe", 1, 1), ("alphi", 1, 1)]
        let forward = TypoCorrector(words: words)
        let backward = TypoCorrector(words: words.reversed())
        #expect(forward.correction(of: "alphu") == backward.correction(of: "alphu"))
        #expect(forward.correction(of: "alphu") == "alpha")
    }
}
