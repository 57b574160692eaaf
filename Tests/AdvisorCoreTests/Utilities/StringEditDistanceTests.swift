import Testing

@testable import AdvisorCore

/// The one-edit check the gap finder runs over every common word and every word of the knowledge
/// base: byte by byte for ASCII words, and always the same answer as the edit distance gives.
struct StringEditDistanceTests {
    static let pairs: [(String, String)] = [
        ("google", "gogle"), ("google", "googel"), ("google", "goggle"), ("google", "google"), ("google", "googles"),
        ("kubernetes", "kubernets"), ("kubernetes", "kubrenetes"), ("mlflow", "mlfow"), ("mlflow", "flow"),
        ("data", "date"), ("data", "dat"), ("data", "datum"), ("abc", "abd"), ("abcd", "abc"), ("abcd", "bcd"),
        ("abcd", "abdc"), ("pandas", "panda"), ("a", "b"), ("", "abcd"), ("abcd", ""),
        ("café", "cafe"), ("cafés", "cafe"), ("naïve", "naive"), ("résumé", "resume"), ("über", "uber"), ("cafe", "café"),
    ]

    @Test(arguments: pairs)
    func isWithinOneEditAgreesWithTheEditDistance(known: String, word: String) {
        let expected = known.count >= 4 && abs(known.count - word.count) <= 1 && known.editDistance(to: word, limit: 1) <= 1
        #expect(known.isWithinOneEdit(of: word, minimumLength: 4) == expected)
    }

    @Test func aTypoIsOneEditAndATransposeIsTwo() {
        #expect("google".isWithinOneEdit(of: "gogle", minimumLength: 4))
        #expect(!"kubernetes".isWithinOneEdit(of: "kubrenetes", minimumLength: 4))
        #expect(!"abc".isWithinOneEdit(of: "abd", minimumLength: 4))
    }
}
