/// Word wrapping by character count, with a first-line prefix and a hanging indent.
public enum TextWrapper {
    /// Lines of at most `width` characters; words longer than a line are broken.
    ///
    /// Greedy: each word goes on the current line if it fits after a space, else it starts the
    /// next line (after `indent`); a word longer than a whole line is cut into pieces that fill
    /// lines. Words are separated by spaces and line breaks; trailing spaces are dropped. One pass
    /// over the text, each character looked at a bounded number of times.
    public static func wrap(_ text: String, width: Int, prefix: String = "", indent: String = "") -> [String] {
        if isSimple(text), isSimple(prefix), isSimple(indent) { return wrapSimple(text, width: width, prefix: prefix, indent: indent) }
        return wrapCharacters(text, width: width, prefix: prefix, indent: indent)
    }

    /// Where every scalar is a character of its own: words are runs of bytes between ASCII
    /// separators, measured in scalars (the UTF-8 bytes that start one), and lines are built
    /// from byte ranges of the text without a `String` per word.
    static func wrapSimple(_ text: String, width: Int, prefix: String, indent: String) -> [String] {
        var text = text
        var lines = ByteLines(prefix: Array(prefix.utf8), indent: Array(indent.utf8), width: width)
        text.withUTF8 { bytes in
            var position = 0
            while position < bytes.count {
                if isSeparator(bytes[position]) {
                    position += 1
                    continue
                }
                var end = position, wordLength = 0
                while end < bytes.count, !isSeparator(bytes[end]) {
                    if bytes[end] & 0xC0 != 0x80 { wordLength += 1 }
                    end += 1
                }
                var start = position
                position = end
                while true {
                    let room = width - lines.length - (lines.hasWord ? 1 : 0)
                    if wordLength <= room {
                        lines.add(UnsafeBufferPointer(rebasing: bytes[start..<end]), length: wordLength)
                        break
                    }
                    if lines.hasWord {
                        lines.finish()
                        continue
                    }
                    // The word alone is too long for a line: the first `take` scalars fill this one.
                    let take = Swift.max(1, width - lines.length)
                    var cut = start, taken = 0
                    while cut < end {
                        if bytes[cut] & 0xC0 != 0x80 {
                            if taken == take { break }
                            taken += 1
                        }
                        cut += 1
                    }
                    lines.line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<cut]))
                    wordLength -= taken
                    start = cut
                    lines.finish()
                    if start == end { break }
                }
            }
        }
        if lines.hasWord || lines.lines.isEmpty { lines.finish() }
        return lines.lines
    }

    /// The lines ``wrapSimple(_:width:prefix:indent:)`` has made and the one it is filling, as bytes.
    private struct ByteLines {
        let indent: [UInt8]
        let indentLength: Int
        var lines: [String] = []
        var line: [UInt8]
        /// The line's length in scalars.
        var length: Int
        var hasWord = false

        init(prefix: [UInt8], indent: [UInt8], width: Int) {
            self.indent = indent
            indentLength = TextWrapper.scalarCount(indent[...])
            line = prefix
            line.reserveCapacity(Swift.max(16, 4 * width))
            length = TextWrapper.scalarCount(prefix[...])
        }

        /// Adds a word after a space (if the line has one already).
        mutating func add(_ word: UnsafeBufferPointer<UInt8>, length wordLength: Int) {
            if hasWord { line.append(0x20) }
            line.append(contentsOf: word)
            length += (hasWord ? 1 : 0) + wordLength
            hasWord = true
        }

        /// Ends the line, without trailing spaces (an indent or a prefix with nothing after it),
        /// and starts the next with the indent.
        mutating func finish() {
            var end = line.count
            while end > 0, line[end - 1] == 0x20 { end -= 1 }
            lines.append(String(decoding: line[..<end], as: UTF8.self))
            line.removeAll(keepingCapacity: true)
            line.append(contentsOf: indent)
            length = indentLength
            hasWord = false
        }
    }

    /// Any text, by characters: a line's length is kept as it grows, counting again only the
    /// joint where a word is added (a character may join the one before it).
    static func wrapCharacters(_ text: String, width: Int, prefix: String, indent: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init)
        var lines: [String] = []
        var line = prefix
        var lineLength = prefix.count
        var lineHasWord = false
        for whole in words {
            // A word longer than a line is cut as it goes: a substring and its remaining length,
            // so that cutting is linear in the word's length (not a copy and a count per piece).
            var word = Substring(whole)
            var wordLength = whole.count
            while true {
                let room = width - lineLength - (lineHasWord ? 1 : 0)
                if wordLength <= room {
                    if lineHasWord {
                        let joined = " " + word
                        lineLength = joinedLength(line, lineLength, joined)
                        line += joined
                    } else {
                        // After the prefix or the indent: counted whole, once a line.
                        line += word
                        lineLength = line.count
                    }
                    lineHasWord = true
                    break
                }
                if lineHasWord {
                    lines.append(line)
                    line = indent
                    lineLength = indent.count
                    lineHasWord = false
                    continue
                }
                // The word alone is too long for a line: break it.
                let take = Swift.max(1, width - lineLength)
                let cut = word.index(word.startIndex, offsetBy: take, limitedBy: word.endIndex) ?? word.endIndex
                line += word[..<cut]
                wordLength -= word.distance(from: word.startIndex, to: cut)
                word = word[cut...]
                lines.append(line)
                line = indent
                lineLength = indent.count
                if word.isEmpty { break }
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { $0.trimmingTrailingSpaces }
    }

    /// The length in characters of `line + joined`, given `line`'s, for `joined` starting with a
    /// space: the line's last character and the text joined are counted together (a space may
    /// join a character before it), the rest of the line is not counted again (no grapheme rule
    /// looks back past a space).
    private static func joinedLength(_ line: String, _ lineLength: Int, _ joined: String) -> Int {
        guard let last = line.last else { return joined.count }
        return lineLength - 1 + (String(last) + joined).count
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || (0x0A...0x0D).contains(byte) }

    fileprivate static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
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
