/// Word wrapping by character count, with a first-line prefix and a hanging indent.
public enum TextWrapper {
    /// Lines of at most `width` characters; words longer than a line are broken.
    public static func wrap(_ text: String, width: Int, prefix: String = "", indent: String = "") -> [String] {
        // Where every scalar is a character of its own, words are split at ASCII bytes and
        // measured in scalars: the same result as by characters at a fraction of the cost.
        let simple = isSimple(text) && isSimple(prefix) && isSimple(indent)
        let words =
            simple
            ? text.utf8.split(whereSeparator: { $0 == 0x20 || (0x0A...0x0D).contains($0) })
                .map { String(decoding: $0, as: UTF8.self) }
            : text.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init)
        func length(_ text: String) -> Int {
            // In scalars: the UTF-8 bytes that start one.
            simple ? text.utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } : text.count
        }
        var lines: [String] = []
        var line = prefix
        var lineLength = length(prefix)
        var lineHasWord = false
        for whole in words {
            // A word longer than a line is cut as it goes: a substring and its remaining length,
            // so that cutting is linear in the word's length (not a copy and a count per piece).
            var word = Substring(whole)
            var wordLength = length(whole)
            while true {
                let room = width - lineLength - (lineHasWord ? 1 : 0)
                if wordLength <= room {
                    if lineHasWord { line.append(" ") }
                    line.append(contentsOf: word)
                    // Lengths add up when no character spans the joint; otherwise count again.
                    lineLength = simple ? lineLength + (lineHasWord ? 1 : 0) + wordLength : line.count
                    lineHasWord = true
                    break
                }
                if lineHasWord {
                    lines.append(line)
                    line = indent
                    lineLength = length(indent)
                    lineHasWord = false
                    continue
                }
                // The word alone is too long for a line: break it. Each scalar is a character when
                // `simple`, so taking `take` characters takes `take` of the length either way.
                let take = Swift.max(1, width - lineLength)
                let cut = word.index(word.startIndex, offsetBy: take, limitedBy: word.endIndex) ?? word.endIndex
                line += word[..<cut]
                wordLength -= word.distance(from: word.startIndex, to: cut)
                word = word[cut...]
                lines.append(line)
                line = indent
                lineLength = length(indent)
                if word.isEmpty { break }
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { $0.trimmingTrailingSpaces }
    }

    /// Whether every scalar of a text always forms a character of its own, whatever is next to
    /// it, and the only line breaks are ASCII ones (which `wrap` splits at): Latin, punctuation,
    /// currency, arrows, box drawing and the like, what replies are made of. The ranges were
    /// checked scalar by scalar against `Character`'s grapheme breaking.
    private static func isSimple(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x85, 0x2028, 0x2029: return false
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x2BFF: continue
            default: return false
            }
        }
        return true
    }

    /// `text` padded with spaces to `width` characters.
    static func pad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` shortened with "…" to at most `width` characters.
    static func truncate(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(Swift.max(0, width - 1))) + "…"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        guard let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[...last])
    }
}
