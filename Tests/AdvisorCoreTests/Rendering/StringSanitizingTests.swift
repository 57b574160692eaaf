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
        ("\u{1B}]0;evil title\u{07}what tools do I need?", "what tools do I need?"),
        ("\u{1B}]2;evil title\u{1B}\\what tools?", "what tools?"),
        ("\u{9D}0;c1 title\u{9C}after", "after"),
        ("\u{1B}P1$r0m\u{1B}\\after", "after"),
        ("\u{1B}]0;never ends", ""),
        ("\u{1B}]0;title\u{1B}[1mbold", "bold"),
        ("\u{1B}[38;5;196mred\u{1B}[0m text", "red text"),
        ("\u{1B}[?25lhidden cursor", "hidden cursor"),
        ("\u{1B}OAup arrow", "up arrow"),
        ("\u{8F}Bkeypad", "keypad"),
        ("\u{1B}(Bcharset", "charset"),
        ("\u{1B}ccleared", "cleared"),
        ("\u{1B}[12é", "é"),
        ("a\u{7F}b\u{85}c\u{1F}d", "abcd"),
        ("c1 osc \u{9D}0;title\u{9C}after", "c1 osc after"),
    ])
    func removesEscapeSequencesAndControlCharacters(input: String, expected: String) {
        #expect(input.sanitizedForDisplay == expected)
    }

    @Test(arguments: [
        ("one\ntwo", "one\ntwo"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("tab\there\u{1B}]0;title\u{07}", "tab here"),
        ("\u{1B}]0;evil title\u{07}what tools do I need?", "what tools do I need?"),
        ("\u{1B}[31mfrontend\u{1B}[0m\nand\ttabs\u{0}", "frontend\nand tabs"),
        ("\u{9D}8;;https://x\u{9C}link \u{9B}2J", "link "),
        ("plain, café 🚀", "plain, café 🚀"),
    ])
    func readingKeepsLineBreaks(input: String, expected: String) {
        #expect(input.sanitizedForReading == expected)
    }

    @Test(arguments: ["\u{1B}]0;evil title\u{07}what tools do I need?", "\u{1B}[31m\u{1B}]0;t\u{1B}\\a\u{1B}OA\u{9B}1m"])
    func sanitizingTwiceChangesNothing(input: String) {
        #expect(input.sanitizedForDisplay.sanitizedForDisplay == input.sanitizedForDisplay)
    }
}
