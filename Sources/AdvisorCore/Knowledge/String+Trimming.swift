/// Trimming without Foundation's `trimmingCharacters(in:)`, which bridges every value through
/// `NSString` and was a third of the knowledge base's load time.
extension String {
    /// The text without leading and trailing white space and line breaks: the Unicode
    /// White_Space property plus U+200B, exactly the characters of Foundation's
    /// `CharacterSet.whitespacesAndNewlines` (checked over every scalar).
    var trimmingBlanksAndNewlines: String {
        trimming { $0.properties.isWhitespace || $0 == "\u{200B}" }
    }

    /// The text without leading and trailing spaces and tabs: general category Zs, U+0009 and
    /// U+200B, exactly the characters of `CharacterSet.whitespaces`.
    var trimmingBlanks: String {
        trimming { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
