import AdvisorCore
import Testing

struct StringSanitizingTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("\u{1B}[31mred\u{1B}[0m", "red"),
        ("\u{1B}]0;title\u{07}after", "after"),
        ("\u{1B}]8;;http://x\u{1B}\\link", "link"),
        ("bell\u{07} and null\u{00}", "bell and null"),
        ("tab\tand\nnewline", "tab and newline"),
        ("c1\u{9B}2Jcontrol", "c1control"),
        ("bidi \u{202E}desrever", "bidi desrever"),
        ("café – naïve", "café – naïve"),
        ("\u{1B}", ""),
        ("c1 osc \u{9D}0;title\u{9C}after", "c1 osc after"),
    ])
    func removesEscapeSequencesAndControlCharacters(input: String, expected: String) {
        #expect(input.sanitizedForDisplay == expected)
    }

    @Test(arguments: [
        ("\u{1B}]0;evil title\u{07}what tools do I need?", "what tools do I need?"),
        ("\u{1B}[31mfrontend\u{1B}[0m\nand\ttabs\u{0}", "frontend\nand\ttabs\u{0}"),
        ("\u{9D}8;;https://x\u{9C}link \u{9B}2J", "link "),
        ("plain, café 🚀", "plain, café 🚀"),
    ])
    func dropsEscapeSequencesWithTheirPayloadsBeforeReading(input: String, expected: String) {
        #expect(input.withoutTerminalEscapes == expected)
    }
}
