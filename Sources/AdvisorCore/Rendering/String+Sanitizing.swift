extension String {
    /// The text with terminal escape sequences and control characters removed, safe to echo back.
    ///
    /// Removes ANSI/VT escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL` or `ESC \`, and
    /// two-character `ESC x`; their C1 forms too), C0 and C1 control characters, DEL, and the Unicode bidirectional
    /// overrides that can disguise text. Tabs and line breaks become single spaces.
    public var sanitizedForDisplay: String { Self.removingEscapes(from: self, keepingControls: false) }

    /// The text with terminal escape sequences removed, payloads included ("ESC ] 0;title BEL"
    /// goes whole), and every other character kept: what the advisor reads of a message.
    public var withoutTerminalEscapes: String {
        guard unicodeScalars.contains(where: { $0.value == 0x1B || (0x80...0x9F).contains($0.value) }) else { return self }
        return Self.removingEscapes(from: self, keepingControls: true)
    }

    private static func removingEscapes(from text: String, keepingControls: Bool) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                Self.skipEscapeSequence(&scalars)
            case 0x9B:
                Self.skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                Self.skipStringCommand(&scalars)
            case 0x09, 0x0A, 0x0D:
                out.append(keepingControls ? scalar : " ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                if keepingControls { out.append(scalar) }
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
            skipStringCommand(&scalars)
        default:
            return
        }
    }

    /// Skips a string command (OSC, DCS, …) up to and including BEL or the string terminator
    /// (ESC \ or ST).
    private static func skipStringCommand(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let next = scalars.next() {
            if next.value == 0x07 || next.value == 0x9C { return }
            if next.value == 0x1B { _ = scalars.next(); return }
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
