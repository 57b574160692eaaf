import PropertyBased
import Testing

@testable import AdvisorCore

/// Random texts wrapped at random widths: lines fit, no character is lost or moved, each line
/// is as full as the next word allows, and the byte-level path for plain text agrees with the
/// character-by-character one.
struct TextWrapperPropertyTests {
    /// Words of plain text (ASCII, Latin-1, currency, dashes, arrows) and of text whose scalars
    /// join (combining accents, emoji sequences, flags).
    static let plainWord = Gen<String?>.element(of: [
        "a", "to", "MLOps", "Kubernetes", "8–12", "₹12,00,000", "→", "naïve", "€85k", "supercalifragilistic",
    ])
    .map { $0! }
    static let joiningWord = Gen<String?>.element(of: ["e\u{301}te\u{301}", "👩‍💻", "🇫🇷🇩🇪", "ok👍🏽", "\u{301}x", "किसान"]).map { $0! }
    static let separator = Gen<String?>.element(of: [" ", " ", " ", "  ", "\n", " \n "]).map { $0! }

    static let anyWord = zip(Gen.int(in: 0...2), plainWord, joiningWord).map { kind, plain, joining in kind == 0 ? joining : plain }
    static let plainText = zip(plainWord, separator).array(of: 0...40).map { pairs in pairs.map { $0.0 + $0.1 }.joined() }
    static let anyText = zip(anyWord, separator).array(of: 0...40).map { pairs in pairs.map { $0.0 + $0.1 }.joined() }
    static let layout = zip(Gen.int(in: 3...40), Gen<Int>.int(in: 0...2))

    /// The text's scalars without spaces and line breaks (a combining mark may join the space
    /// before it into one character, so characters would not line up).
    static func words(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != " " && !(0x0A...0x0D).contains($0.value) }
    }

    @Test func plainTextWrapsTheSameByBytesAsByCharacters() async {
        await propertyCheck(count: 400, input: Self.plainText, Self.layout) { text, layout in
            let (width, style) = layout
            let (prefix, indent) = [("", ""), ("• ", "  "), ("- ", "")][style]
            #expect(
                TextWrapper.wrapSimple(text, width: width, prefix: prefix, indent: indent)
                    == TextWrapper.wrapCharacters(text, width: width, prefix: prefix, indent: indent))
        }
    }

    @Test func linesFitAndKeepEveryCharacterInOrder() async {
        await propertyCheck(count: 400, input: Self.anyText, Self.layout) { text, layout in
            let (width, style) = layout
            let (prefix, indent) = [("", ""), ("• ", "  "), ("- ", "")][style]
            let lines = TextWrapper.wrap(text, width: width, prefix: prefix, indent: indent)
            for line in lines { #expect(line.count <= width, "\(line.debugDescription) is longer than \(width)") }
            let body = lines.enumerated().map { index, line in
                String(line.unicodeScalars.dropFirst((index == 0 ? prefix : indent).unicodeScalars.count))
            }
            #expect(Self.words(body.joined()) == Self.words(text))
        }
    }

    @Test func aLineEndsOnlyWhenTheNextWordCannotFit() async {
        await propertyCheck(count: 400, input: Self.plainText, Gen.int(in: 3...40)) { text, width in
            let lines = TextWrapper.wrap(text, width: width)
            for (line, next) in zip(lines, lines.dropFirst()) {
                // The next line's first word (or piece of a word) would not fit after a space.
                guard let first = next.split(separator: " ").first else { continue }
                #expect(line.count + 1 + first.count > width, "\(first) fits after \(line.debugDescription)")
            }
        }
    }
}
