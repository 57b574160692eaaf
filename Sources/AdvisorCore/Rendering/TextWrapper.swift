/// Word wrapping by character count, with a first-line prefix and a hanging indent.
public enum TextWrapper {
    /// Lines of at most `width` characters; words longer than a line are broken.
    public static func wrap(_ text: String, width: Int, prefix: String = "", indent: String = "") -> [String] {
        // Where every scalar is a character of its own, words are split and measured by scalars,
        // with the same result as by characters at a fraction of the cost (see `isOwnCharacter`).
        let simple = [text, prefix, indent].allSatisfy { $0.unicodeScalars.allSatisfy(isOwnCharacter) }
        let words = simple
            ? text.unicodeScalars.split(whereSeparator: isSeparator).map { String(String.UnicodeScalarView($0)) }
            : text.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init)
        func length(_ text: String) -> Int { simple ? text.unicodeScalars.count : text.count }
        var lines: [String] = []
        var line = prefix
        var lineLength = length(prefix)
        var lineHasWord = false
        for word in words {
            var word = word
            while true {
                let room = width - lineLength - (lineHasWord ? 1 : 0)
                let wordLength = length(word)
                if wordLength <= room {
                    line += (lineHasWord ? " " : "") + word
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
                // The word alone is too long for a line: break it.
                let take = Swift.max(1, width - lineLength)
                line += String(word.prefix(take))
                word = String(word.dropFirst(take))
                lines.append(line)
                line = indent
                lineLength = length(indent)
                if word.isEmpty { break }
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { $0.trimmingTrailingSpaces }
    }

    /// Whether a scalar always forms a character of its own, whatever is next to it (apart from
    /// CR LF, which are separators anyway): Latin, punctuation, currency, arrows, box drawing and
    /// the like, which is what replies are made of. Checked over every scalar of these ranges.
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2029, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x2BFF: true
        default: false
        }
    }

    /// The scalars that are a space or a line break on their own (`Character.isNewline`).
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
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
