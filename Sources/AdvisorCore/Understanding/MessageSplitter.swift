import Foundation

/// Splits a pasted paragraph into its sentences, and a sentence into the questions it joins
/// with "and", so that each question gets an answer.
///
/// A sentence ends at `.`, `!` or `?` followed by a space or the end, or at a line break.
/// Decimal points ("2.5 years") and common abbreviations ("e.g.") do not end a sentence.
/// Which words ask ("what", "is it", "the salary") is data (``QuestionWords``); where they may
/// stand is the grammar here.
public struct MessageSplitter: Sendable {
    /// The words a part asks by (`Knowledge/words.yaml`).
    let words: QuestionWords

    public init(knowledge: KnowledgeBase) { words = QuestionWords(knowledge: knowledge) }

    /// The sentences of `text`, trimmed, empty ones left out. Each item of a numbered or bulleted
    /// list is a sentence of its own, its marker left out (``listItems(in:)``).
    public static func sentences(in text: String) -> [String] { pieces(of: text).map(\.text) }

    /// The sentences of a message as ``sentences(in:)`` parts them, where a list item that asks
    /// without its question mark gets one, as if it were typed: "1) timeline for a beginner
    /// 2) which cert first" asks two questions, as "Timeline for a beginner? Which cert first?"
    /// does. An item asks when a question word is among its first three words, it opens with an
    /// auxiliary and its subject or with one of `item-question-openers` ("is docker enough"), or
    /// it opens with a topic noun ("salary in germany"); one that
    /// opens in the first person ("my salary is 12 LPA") tells, and stays as typed. What joins the
    /// item to the next ("how long, 2) …", "… doesn't, and (3) …") goes before its mark.
    public func sentencesAsked(in text: String) -> [String] {
        Self.pieces(of: text).map { (text: withoutPreamble($0.text), isListItem: $0.isListItem) }.map { piece in
            guard piece.isListItem, let last = piece.text.last, !".!?".contains(last) else { return piece.text }
            let side = Normalizer.words(piece.text)
            guard let first = side.first, !words.firstPersonOpeners.contains(first),
                words.itemOpeners.contains(first) || asksByItsWords(Array(side.prefix(3))) || startsWithTopic(side)
            else { return piece.text }
            var item = piece.text
            while true {
                if let last = item.last, ",;:".contains(last) {
                    item = String(item.dropLast()).trimming()
                } else if let joiner = item.split(whereSeparator: \.isWhitespace).last, joiner.count < item.count,
                    ["and", "or"].contains(joiner.lowercased())
                {
                    item = String(item.dropLast(joiner.count)).trimming()
                } else {
                    break
                }
            }
            return item.isEmpty ? piece.text : item + "?"
        }
    }

    /// The sentence without a few words before a colon that only announce the questions ("Few
    /// doubts: is DBA experience any use?", "Quick question: …"): a `preamble-words` word among at
    /// most ``longestPreamble`` words, none of them a topic noun ("Salary: is it good?" keeps its
    /// subject). Text that follows no such preamble is returned as it is.
    func withoutPreamble(_ sentence: String) -> String {
        guard let colon = sentence.firstIndex(of: ":") else { return sentence }
        let before = Normalizer.words(String(sentence[..<colon]))
        let after = String(sentence[colon...].dropFirst()).trimming()
        guard !before.isEmpty, before.count <= Self.longestPreamble, !after.isEmpty,
            before.contains(where: words.preambleWords.contains), !before.contains(where: words.topicNouns.contains)
        else { return sentence }
        return after.prefix(1).uppercased() + after.dropFirst()
    }

    /// The most words a preamble before a colon takes ("a few quick questions").
    private static let longestPreamble = 4

    /// The sentences of each line, each marked when it is (part of) a list item.
    private static func pieces(of text: String) -> [(text: String, isListItem: Bool)] {
        var pieces: [(text: String, isListItem: Bool)] = []
        for line in text.split(whereSeparator: \.isNewline) {
            for item in listItems(in: line) {
                pieces += sentences(ofLine: item.text).map { ($0, item.isListItem) }
            }
        }
        return pieces
    }

    /// A line cut at its list markers: a bullet (`-`, `*`, `•`) or a number (`1.`, `2)`, `(3)`)
    /// that opens the line, and numbers that count 1, 2, 3… within it ("1) timeline 2) which
    /// cert"). What stands before the first marker ("My questions:") is no item; a line with
    /// no marker is returned whole.
    static func listItems(in line: Substring) -> [(text: Substring, isListItem: Bool)] {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else { return [] }
        var markers: [Substring] = []
        if bullets.contains(first) || listNumber(first) != nil { markers.append(first) }
        var counted: [Substring] = []
        for word in words where listNumber(word) == counted.count + 1 { counted.append(word) }
        if counted.count >= 2 {
            markers += counted.filter { $0.startIndex != first.startIndex }
            markers.sort { $0.startIndex < $1.startIndex }
        }
        guard !markers.isEmpty else { return [(line, false)] }
        var items: [(text: Substring, isListItem: Bool)] = []
        let opening = line[line.startIndex..<markers[0].startIndex]
        if opening.contains(where: { !$0.isWhitespace }) { items.append((opening, false)) }
        for (index, marker) in markers.enumerated() {
            let end = index + 1 < markers.count ? markers[index + 1].startIndex : line.endIndex
            let item = line[marker.endIndex..<end]
            if item.contains(where: { !$0.isWhitespace }) { items.append((item, true)) }
        }
        return items
    }

    /// Marks that open an item of a bulleted list.
    private static let bullets: Set<Substring> = ["-", "*", "•", "–", "—", "+"]

    /// The number of a list marker ("1.", "2)", "(3)"), or nil for any other word.
    private static func listNumber(_ word: Substring) -> Int? {
        var digits = word
        if digits.first == "(" {
            guard digits.last == ")" else { return nil }
            digits = digits.dropFirst().dropLast()
        } else {
            guard let last = digits.last, last == ")" || last == "." else { return nil }
            digits = digits.dropLast()
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    /// The sentences of one line: it ends at `.`, `!` or `?` followed by a space or the end.
    private static func sentences(ofLine line: Substring) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard character == "." || character == "!" || character == "?" else { continue }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            guard next.isWhitespace || next == "\"" || next == ")" else { continue }
            if character == ".", endsWithAbbreviation(current) { continue }
            flush(&current, into: &sentences)
        }
        flush(&current, into: &sentences)
        return sentences
    }

    /// The questions a sentence joins with "and" or a comma, each on its own: "which certifications
    /// and which tools?" → "Which certifications?", "Which tools?"; "is it a good move, how long will
    /// it take?" → two; or the sentence alone.
    ///
    /// It splits only where both sides are questions in their own right. A side asks when it has a
    /// question word ("what", "how", …), or starts with an auxiliary and its subject ("is it worth
    /// it", "do I need a degree", not "can only study evenings"), or starts with a topic noun ("the
    /// timeline for backend") while the other side asks about a topic noun of its own ("what's the
    /// salary", not "the budget for courses"). So "pros and cons", "docker and kubernetes",
    /// "compare frontend and backend", "ML and DevOps" and "courses and certs" stay whole. When the
    /// sentence ends with a question mark, every part does; each part starts with a capital.
    public func questions(in sentence: String) -> [String] {
        // Each piece with what joined it to the one before: "and", or a comma before a word that
        // opens a question ("is it a good move, how long will it take").
        var pieces: [(text: String, byAnd: Bool)] = []
        var current = ""
        var byAnd = true
        for word in sentence.split(whereSeparator: \.isWhitespace) {
            let lowered = word.lowercased()
            if lowered == "and" {
                pieces.append((current, byAnd))
                (current, byAnd) = ("", true)
            } else if current.hasSuffix(","), words.commaOpeners.contains(lowered) || words.auxiliaries.contains(lowered) {
                pieces.append((current, byAnd))
                (current, byAnd) = (String(word), false)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        pieces.append((current, byAnd))
        guard pieces.count > 1 else { return [sentence] }
        var questions: [String] = []
        var joined = pieces[0].text
        for piece in pieces.dropFirst() {
            // After a comma the right side must open as a question itself, not merely hold a question word.
            if joinsTwoQuestions(joined, piece.text), piece.byAnd || asksByItsWords(Array(Normalizer.words(piece.text).prefix(2))) {
                questions.append(joined)
                joined = piece.text
            } else {
                joined += (piece.byAnd ? " and " : " ") + piece.text
            }
        }
        questions.append(joined)
        guard questions.count > 1 else { return [sentence] }
        // A sentence that asks, with or without its question mark ("what's the salary and the timeline
        // for backend"), asks in each of its parts.
        let asks = sentence.hasSuffix("?") || asksByItsWords(Array(Normalizer.words(sentence).prefix(3)))
        return questions.map { question in
            var part = question.trimming()
            while let last = part.last, last == "," || last == ";" { part = String(part.dropLast()).trimming() }
            if asks, let last = part.last, !".!?".contains(last) { part += "?" }
            return part.prefix(1).uppercased() + part.dropFirst()
        }
    }

    /// Whether the two sides of an "and" are each a question of its own.
    func joinsTwoQuestions(_ left: String, _ right: String) -> Bool {
        let (before, after) = (Normalizer.words(left), Normalizer.words(right))
        guard asksByItsWords(before) || startsWithTopic(before) else { return false }
        if asksByItsWords(after) { return true }
        // A bare topic ("the timeline for backend") goes with a topic the left side asks about itself.
        let ownTopic = before.indices.contains {
            words.topicNouns.contains(before[$0]) && ($0 == 0 || !words.prepositions.contains(before[$0 - 1]))
        }
        return startsWithTopic(after) && ownTopic
    }

    private func asksByItsWords(_ side: [String]) -> Bool {
        guard let first = side.first else { return false }
        if side.contains(where: words.questionWords.contains) || words.openingQuestionWords.contains(first) { return true }
        guard words.auxiliaries.contains(first), side.count > 1 else { return false }
        return words.subjects.contains(side[1]) || words.determiners.contains(side[1]) || words.topicNouns.contains(side[1])
    }

    private func startsWithTopic(_ side: [String]) -> Bool {
        side.first { !words.determiners.contains($0) }.map(words.topicNouns.contains) ?? false
    }

    /// The text with every run of three or more identical words cut to one ("really really really
    /// … want" → "really want"), so that padding does not drown the question at the end.
    ///
    /// Only words of letters are cut; repeated sentences ("Why? Why? …") and other tokens stay.
    public static func collapsingRepeatedWords(in text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3 else { return text }
        var kept: [Substring] = []
        var index = 0
        while index < words.count {
            var end = index + 1
            let isWord = words[index].allSatisfy(\.isLetter)
            while isWord, end < words.count, words[end].lowercased() == words[index].lowercased() { end += 1 }
            kept += end - index >= 3 ? [words[index]] : Array(words[index..<end])
            index = end
        }
        return kept.count == words.count ? text : kept.joined(separator: " ")
    }

    /// Abbreviations whose dot ends no sentence. They are spelling, like the decimal point, not
    /// words the advisor reads a meaning from, and the sentence rule they belong to is also
    /// retrieval's (``FactIndex``), which runs with no word lists.
    private static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "vs.", "mr.", "ms.", "dr.", "approx."]

    private static func endsWithAbbreviation(_ text: String) -> Bool {
        let last = text.split(whereSeparator: \.isWhitespace).last.map { $0.lowercased() } ?? ""
        return abbreviations.contains(last)
    }

    private static func flush(_ current: inout String, into sentences: inout [String]) {
        let trimmed = current.trimming()
        if !trimmed.isEmpty { sentences.append(trimmed) }
        current = ""
    }
}
