/// The two escapes a transcript's utterances and replies may use: `\u{HEX}` for any Unicode
/// scalar and `\\` for a backslash; any other backslash stands for itself.
///
/// They let a transcript hold what a text file cannot show reliably: control characters and
/// escape sequences (ESC is `\u{1B}`), line separators, and spaces at the end of an utterance.
enum TranscriptEscaping {
    /// A `\u{…}` that does not name a Unicode scalar, at a character offset in the text.
    struct BadEscape: Error {
        var offset: Int
        var text: String
    }

    /// The text with every character a transcript line cannot carry written as an escape.
    ///
    /// Escapes control characters (C0, DEL, C1), line and paragraph separators and the byte
    /// order mark; a backslash only where it would otherwise start an escape; and, in an
    /// utterance, spaces at its end (editors strip them).
    static func escaped(_ text: String, isUtterance: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        let trailingSpaces = isUtterance ? scalars.reversed().prefix(while: { $0 == " " }).count : 0
        let isEscaped = { (index: Int) in needsEscape(scalars[index]) || index >= scalars.count - trailingSpaces }
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            if isEscaped(index) {
                result += escape(scalar)
            } else if scalar == "\\", startsEscape(scalars[(index + 1)...]) || (index + 1 < scalars.count && isEscaped(index + 1)) {
                result += "\\\\"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text with only its invisible characters escaped, for showing it in a message.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// The text with its escapes decoded.
    static func unescaped(_ text: Substring) throws(BadEscape) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let rest = scalars[(index + 1)...]
            guard scalars[index] == "\\", startsEscape(rest) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            if rest.first == "\\" {
                result.append("\\")
                index += 2
                continue
            }
            // `\u{` HEX `}`
            let digits = rest.dropFirst(2).prefix(while: { $0 != "}" && $0 != " " })
            let end = index + 3 + digits.count
            let hex = String(String.UnicodeScalarView(digits))
            guard end < scalars.count, scalars[end] == "}", (1...8).contains(digits.count),
                let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value)
            else {
                let shown = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, end + 1)]))
                throw BadEscape(offset: index, text: shown)
            }
            result.append(scalar)
            index = end + 1
        }
        return String(result)
    }

    /// `\u{1B}`
    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    private static func startsEscape(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        rest.first == "\\" || rest.starts(with: ["u", "{"])
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF: true
        default: false
        }
    }
}
