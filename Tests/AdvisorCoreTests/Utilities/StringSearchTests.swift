import Foundation
import PropertyBased
import Testing

@testable import AdvisorCore

/// `containsText` answers as Foundation's `contains` does, for plain text (searched by bytes)
/// and for text with combining marks, emoji and canonical equivalents (left to Foundation).
struct StringSearchTests {
    static let pieces = Gen<String?>.element(of: [
        "a", "b", "ab", " ", "\n", "–", "₹", "é", "e", "\u{301}", "e\u{301}", "👩‍💻", "\u{212B}", "Å", "\r\n", "(career-card)",
    ]).map { $0! }
    static let text = pieces.array(of: 0...12).map { $0.joined() }

    @Test func answersAsFoundationDoes() async {
        await propertyCheck(count: 2000, input: Self.text, Self.text) { haystack, needle in
            #expect(haystack.containsText(needle) == haystack.contains(needle), "\(haystack.debugDescription) ∋ \(needle.debugDescription)")
        }
    }

    @Test(arguments: [
        ("8–12 months (transition-paths)", "transition-paths", true),
        ("8–12 months", "8–12", true),
        ("anything", "", false),
        ("café", "cafe", false),
        ("cafe\u{301}", "café", true),
    ])
    func findsWhatFoundationFinds(haystack: String, needle: String, found: Bool) {
        #expect(haystack.containsText(needle) == found)
    }
}
