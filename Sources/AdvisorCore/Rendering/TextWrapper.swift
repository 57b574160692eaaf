/// Word wrapping by character count, with a first-line prefix and a hanging indent.
public enum TextWrapper {
    /// Lines of at most `width` characters; words longer than a line are broken.
    public static func wrap(_ text: String, width: Int, prefix: String = "", indent: String = "") -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init)
        var lines: [String] = []
        var line = prefix
        var lineHasWord = false
        for word in words {
            var word = word
            while true {
                let room = width - line.count - (lineHasWord ? 1 : 0)
                if word.count <= room {
                    line += (lineHasWord ? " " : "") + word
                    lineHasWord = true
                    break
                }
                if lineHasWord {
                    lines.append(line)
                    line = indent
                    lineHasWord = false
                    continue
                }
                // The word alone is too long for a line: break it.
                let take = Swift.max(1, width - line.count)
                line += String(word.prefix(take))
                word = String(word.dropFirst(take))
                lines.append(line)
                line = indent
                if word.isEmpty { break }
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { $0.trimmingTrailingSpaces }
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
