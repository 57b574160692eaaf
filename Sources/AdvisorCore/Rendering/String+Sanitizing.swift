extension String {
    /// The text with terminal escape sequences and control characters removed, safe to echo back.
    ///
    /// Removes ANSI/VT escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL` or `ESC \`, and
    /// two-character `ESC x`), C0 and C1 control characters, DEL, and the Unicode bidirectional
    /// overrides that can disguise text. Tabs and line breaks become single spaces.
    public var sanitizedForDisplay: String {
        var out = String.UnicodeScalarView()
        var scalars = unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                Self.skipEscapeSequence(&scalars)
            case 0x9B:
                Self.skipControlSequence(&scalars)
            case 0x09, 0x0A, 0x0D:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let kind = scalars.next() else { return }
        switch kind {
        case "[":
            skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_":
            // A string command runs to BEL or to ESC \ (string terminator).
            while let next = scalars.next() {
                if next.value == 0x07 || next.value == 0x9C { return }
                if next.value == 0x1B { _ = scalars.next(); return }
            }
        default:
            return
        }
    }

    /// Skips parameter and intermediate bytes up to and including the final byte (0x40–0x7E).
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let next = scalars.next() {
            if (0x40...0x7E).contains(next.value) { return }
            if !(0x20...0x3F).contains(next.value) { return }
        }
    }
}
