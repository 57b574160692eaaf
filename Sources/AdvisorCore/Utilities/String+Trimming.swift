/// Trimming without Foundation's `trimmingCharacters(in:)`, which bridges every value through
/// `NSString` and was a third of the knowledge base's load time.
extension String {
    /// The characters ``trimming(_:)`` removes from both ends.
    public enum Blanks: Sendable {
        /// Spaces and tabs: general category Zs, U+0009 and U+200B, exactly the characters of
        /// Foundation's `CharacterSet.whitespaces`.
        case spaces
        /// Spaces, tabs and line breaks: the Unicode White_Space property plus U+200B, exactly the
        /// characters of `CharacterSet.whitespacesAndNewlines` (checked over every scalar).
        case spacesAndNewlines

        public func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .spaces: scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
            case .spacesAndNewlines: scalar.properties.isWhitespace || scalar == "\u{200B}"
            }
        }
    }

    /// The text without leading and trailing blanks (by default spaces, tabs and line breaks).
    public func trimming(_ blanks: Blanks = .spacesAndNewlines) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !blanks.contains($0) }),
            let last = scalars.lastIndex(where: { !blanks.contains($0) })
        else { return "" }
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
