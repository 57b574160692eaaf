import AdvisorCore
import Testing

struct TextWrapperTests {
    @Test(arguments: [
        ("short", 10, ["short"]),
        ("one two three", 7, ["one two", "three"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("", 10, [""]),
        ("a  b", 10, ["a b"]),
    ])
    func wrapsAtWordsAndBreaksWordsLongerThanALine(text: String, width: Int, lines: [String]) {
        #expect(TextWrapper.wrap(text, width: width) == lines)
    }

    @Test func continuationLinesTakeTheIndent() {
        #expect(TextWrapper.wrap("aa bb cc", width: 5, prefix: "- ", indent: "  ") == ["- aa", "  bb", "  cc"])
    }
}
