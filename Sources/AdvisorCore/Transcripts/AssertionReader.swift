/// Reads the `key=value …` part of a `# expect` line into ``TranscriptAssertion``s.
struct AssertionReader {
    /// The line being read; columns are added per assertion.
    let at: SourceLocation

    /// One `key<comparison>value` word, with the column it starts at.
    private struct Word {
        var text: String
        var column: Int
        var key: String
        var comparison: String
        var value: String
    }

    /// Reads every assertion in `text`, which starts at `column` of the line.
    func read(_ text: Substring, column: Int) throws(TranscriptError) -> [TranscriptAssertion] {
        var assertions: [TranscriptAssertion] = []
        for word in try words(in: text, column: column) {
            assertions.append(try assertion(from: word))
        }
        return assertions
    }

    private func location(_ column: Int) -> SourceLocation {
        SourceLocation(file: at.file, line: at.line, column: column)
    }

    /// Splits on spaces, keeping `"…"` (with `\"` and `\\` inside) as part of a word.
    private func words(in text: Substring, column: Int) throws(TranscriptError) -> [Word] {
        var words: [Word] = []
        var current: (raw: String, unquoted: String, column: Int)?
        var inQuote = false
        var escaping = false
        var quoteColumn = 0
        for (offset, character) in text.enumerated() {
            let here = column + offset
            if !inQuote, character == " " || character == "\t" {
                if let done = current { words.append(try word(done.raw, done.unquoted, column: done.column)) }
                current = nil
                continue
            }
            var word = current ?? ("", "", here)
            word.raw.append(character)
            if escaping {
                word.unquoted.append(character)
                escaping = false
            } else if inQuote, character == "\\" {
                escaping = true
            } else if character == "\"" {
                inQuote.toggle()
                quoteColumn = here
            } else {
                word.unquoted.append(character)
            }
            current = word
        }
        if inQuote { throw .unterminatedQuote(location(quoteColumn)) }
        if let done = current { words.append(try word(done.raw, done.unquoted, column: done.column)) }
        return words
    }

    private func word(_ raw: String, _ unquoted: String, column: Int) throws(TranscriptError) -> Word {
        let key = String(unquoted.prefix(while: { $0.isLetter }))
        let rest = unquoted.dropFirst(key.count)
        guard !key.isEmpty, let comparison = ["<=", ">=", "=", "<", ">"].first(where: { rest.hasPrefix($0) }) else {
            throw .malformedAssertion(location(column), text: raw)
        }
        return Word(
            text: raw, column: column, key: key, comparison: comparison,
            value: String(rest.dropFirst(comparison.count)))
    }

    private func assertion(from word: Word) throws(TranscriptError) -> TranscriptAssertion {
        let at = location(word.column)
        if word.key == "confidence" {
            guard let comparison = TranscriptAssertion.Comparison(rawValue: word.comparison) else {
                throw .invalidComparison(at, key: word.key, comparison: word.comparison, expected: "confidence>=0.5, >, <= or <")
            }
            guard let bound = Double(word.value), (0...1).contains(bound) else {
                throw .invalidAssertionValue(at, key: word.key, value: word.value, expected: "a number from 0 to 1", suggestion: nil)
            }
            return .confidence(comparison, bound)
        }
        guard TranscriptAssertion.keys.contains(word.key) else {
            throw .unknownAssertionKey(at, key: word.key, suggestion: word.key.closest(among: TranscriptAssertion.keys))
        }
        guard word.comparison == "=" else {
            throw .invalidComparison(at, key: word.key, comparison: word.comparison, expected: "\(word.key)=…")
        }
        guard !word.value.isEmpty else {
            throw .invalidAssertionValue(
                at, key: word.key, value: "", expected: "a value, or \(TranscriptAssertion.none) for none", suggestion: nil)
        }
        let isNone = word.value == TranscriptAssertion.none
        switch word.key {
        case "intent":
            let names = Intent.allCases.map(\.rawValue)
            guard let intent = Intent(rawValue: word.value) else {
                throw .invalidAssertionValue(
                    at, key: word.key, value: word.value, expected: "an intent such as timeline or out_of_scope",
                    suggestion: word.value.closest(among: names))
            }
            return .intent(intent)
        case "followUp":
            let slot = FollowUpQuestion.Slot(rawValue: word.value)
            guard isNone || slot != nil else {
                let names =
                    [FollowUpQuestion.Slot.background, .currentSalary, .clarification, .confirmation].map(\.rawValue) + [
                        TranscriptAssertion.none
                    ]
                throw .invalidAssertionValue(
                    at, key: word.key, value: word.value, expected: names.joined(separator: ", "),
                    suggestion: word.value.closest(among: names))
            }
            return .followUp(slot)
        case "sources":
            return .sources(isNone ? [] : word.value.split(separator: ",").map(String.init))
        default:
            let slot = TranscriptAssertion.ProfileSlot(rawValue: word.key)!
            if !isNone, slot.isNumber, !word.value.allSatisfy(\.isASCII) || Int(word.value) == nil {
                throw .invalidAssertionValue(
                    at, key: word.key, value: word.value, expected: "a whole number (e.g. 85000) or none", suggestion: nil)
            }
            return .profile(slot, isNone ? nil : word.value)
        }
    }
}
