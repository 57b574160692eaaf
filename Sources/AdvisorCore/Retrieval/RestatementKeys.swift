/// What each fact unit says, as the restatement check compares units (``Responder``'s
/// `withoutRestatements`): its distinct stemmed content words (``FactIndex/terms(_:)``) and the
/// figures it states (``figures(in:)``), each interned to a number and sorted.
///
/// Worked out once when the index is built and kept in the ``KnowledgeImage`` as flat tables read
/// in place, so a turn compares numbers instead of splitting and stemming the text of every unit
/// it weighs (that was two-thirds of a reply's ranking work).
struct RestatementKeys: Sendable {
    /// Unit `u`'s word ids are `words[wordStart[u]..<wordStart[u + 1]]`, ascending.
    let wordStart: FlatArray<Int32>
    let words: FlatArray<Int32>
    /// Unit `u`'s figure ids are `figures[figureStart[u]..<figureStart[u + 1]]`, ascending.
    let figureStart: FlatArray<Int32>
    let figures: FlatArray<Int32>

    init(units: [FactUnit]) {
        var wordIDs: [String: Int32] = [:], figureIDs: [String: Int32] = [:]
        var wordStart: [Int32] = [0], words: [Int32] = [], figureStart: [Int32] = [0], figures: [Int32] = []
        // Ids are given in the order of the units and, within one, of the strings: the same in every process.
        func ids(_ strings: Set<String>, _ table: inout [String: Int32]) -> [Int32] {
            strings.sorted().map { string in
                if let id = table[string] { return id }
                let id = Int32(table.count)
                table[string] = id
                return id
            }.sorted()
        }
        for unit in units {
            words += ids(Set(FactIndex.terms(unit.text)), &wordIDs)
            wordStart.append(Int32(words.count))
            figures += ids(Self.figures(in: unit.text), &figureIDs)
            figureStart.append(Int32(figures.count))
        }
        self.init(
            wordStart: FlatArray(wordStart), words: FlatArray(words), figureStart: FlatArray(figureStart), figures: FlatArray(figures))
    }

    init(wordStart: FlatArray<Int32>, words: FlatArray<Int32>, figureStart: FlatArray<Int32>, figures: FlatArray<Int32>) {
        self.wordStart = wordStart
        self.words = words
        self.figureStart = figureStart
        self.figures = figures
    }

    /// A unit's distinct content words, as ascending ids.
    func words(of unit: Int) -> Slice<FlatArray<Int32>> { words[Int(wordStart[unit])..<Int(wordStart[unit + 1])] }

    /// A unit's figures, as ascending ids.
    func figures(of unit: Int) -> Slice<FlatArray<Int32>> { figures[Int(figureStart[unit])..<Int(figureStart[unit + 1])] }

    /// How many ids two ascending lists share.
    static func shared(_ a: Slice<FlatArray<Int32>>, _ b: Slice<FlatArray<Int32>>) -> Int {
        var count = 0
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex, j < b.endIndex {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    /// The figures a unit states, as written without currency and percent signs ("$110K" and
    /// "29%" are "110k" and "29"): a unit whose figures (at least two) another unit of its
    /// source states too tells the same event ("first offer: $110K, 29% above the finance pay"
    /// after "first AI role: $110K, a 29% rise").
    static func figures(in text: String) -> Set<String> {
        Set(
            text.lowercased().split { $0.isWhitespace || $0 == "$" || $0 == "%" || $0 == "(" || $0 == ")" }
                .map { word in
                    String(word.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
                }
                .filter { $0.contains(where: \.isNumber) })
    }
}

extension RestatementKeys {
    func write(to writer: inout ImageWriter) {
        writer.words(wordStart)
        writer.words(words)
        writer.words(figureStart)
        writer.words(figures)
    }

    init(reading reader: inout ImageReader, units: Int) throws(KnowledgeImageError) {
        let wordStart = try reader.table(Int32.self)
        let words = try reader.table(Int32.self)
        let figureStart = try reader.table(Int32.self)
        let figures = try reader.table(Int32.self)
        guard wordStart.count == units + 1, figureStart.count == units + 1, wordStart.last.map(Int.init) == words.count,
            figureStart.last.map(Int.init) == figures.count,
            reader.inPlace
                || (zip(wordStart, wordStart.dropFirst()).allSatisfy { $0 <= $1 }
                    && zip(figureStart, figureStart.dropFirst()).allSatisfy { $0 <= $1 })
        else {
            throw .malformed("the fact units' restatement keys are inconsistent", at: reader.offset)
        }
        self.init(wordStart: wordStart, words: words, figureStart: figureStart, figures: figures)
    }
}
