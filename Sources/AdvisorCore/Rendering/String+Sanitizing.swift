extension String {
    /// The text with terminal escape sequences and control characters removed, safe to echo back
    /// and to classify.
    ///
    /// Removes whole ANSI/VT escape sequences, in their 7-bit (`ESC …`) and 8-bit (C1) forms:
    /// CSI (`ESC [` parameters, intermediates, final byte), string commands with their payload
    /// (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _`, each up to BEL or the string
    /// terminator `ESC \`; an unterminated one runs to the end, as a terminal would read it),
    /// single shifts with the character they shift (SS2 `ESC N x`, SS3 `ESC O x`), and other
    /// `ESC` sequences (`ESC ( B`, `ESC c`). Then drops C0 and C1 control characters, DEL and the
    /// Unicode bidirectional overrides that can disguise text. Tabs and line breaks become spaces.
    public var sanitizedForDisplay: String { sanitized(keepingLineBreaks: false) }

    /// The text as the advisor reads it: ``sanitizedForDisplay``, except that line breaks stay
    /// (as `\n`; CR LF and CR become one), since a pasted paragraph's lines are its sentences.
    public var sanitizedForReading: String { sanitized(keepingLineBreaks: true) }

    private func sanitized(keepingLineBreaks: Bool) -> String {
        let scalars = Array(unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x1B:
                index = Self.endOfEscapeSequence(in: scalars, from: index)
            case 0x9B:
                index = Self.endOfControlSequence(in: scalars, from: index)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = Self.endOfStringCommand(in: scalars, from: index)
            case 0x8E, 0x8F:
                index = Self.endOfSingleShift(in: scalars, from: index)
            case 0x0A where keepingLineBreaks:
                out.append("\n")
            case 0x0D where keepingLineBreaks:
                if index < scalars.count, scalars[index].value == 0x0A { index += 1 }
                out.append("\n")
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

    /// Where the text resumes after an `ESC` whose next scalar is at `start`.
    private static func endOfEscapeSequence(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count else { return start }
        switch scalars[start] {
        case "[":
            return endOfControlSequence(in: scalars, from: start + 1)
        case "]", "P", "X", "^", "_":
            return endOfStringCommand(in: scalars, from: start + 1)
        case "N", "O":
            return endOfSingleShift(in: scalars, from: start + 1)
        default:
            // nF sequences (`ESC ( B`): intermediates 0x20–0x2F, then one final 0x30–0x7E;
            // Fp/Fe/Fs sequences (`ESC c`, `ESC =`) are that final alone.
            var index = start
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { return index + 1 }
            return start  // not a sequence: only the ESC goes
        }
    }

    /// Where the text resumes after a control sequence whose parameters start at `start`:
    /// parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, then a final byte 0x40–0x7E.
    /// A scalar that fits none of these ends a broken sequence and is kept.
    private static func endOfControlSequence(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if (0x40...0x7E).contains(value) { return index + 1 }
            guard (0x20...0x3F).contains(value) else { return index }
            index += 1
        }
        return index
    }

    /// Where the text resumes after a string command's payload starting at `start`: after BEL,
    /// ST (0x9C) or `ESC \`. Another `ESC` ends the string and starts a sequence of its own.
    private static func endOfStringCommand(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C:
                return index + 1
            case 0x1B:
                if index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 }
                return index
            default:
                index += 1
            }
        }
        return index
    }

    /// Where the text resumes after a single shift: the one printable character it shifts goes too.
    private static func endOfSingleShift(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count, (0x20...0x7E).contains(scalars[start].value) else { return start }
        return start + 1
    }
}
