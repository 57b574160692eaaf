import Yams

/// Collects the problems of one load, so that all of them are reported at once.
final class ProblemLog {
    private(set) var problems: [KnowledgeError] = []
    /// References to check once every file is read: (kind, id, where it was written).
    private(set) var references: [(kind: String, id: String, at: SourceLocation)] = []

    func report(_ problem: KnowledgeError) { problems.append(problem) }

    func expect(_ kind: String, _ id: String, at location: SourceLocation) {
        references.append((kind, id, location))
    }
}

/// One YAML mapping of a knowledge file, read field by field.
///
/// Every accessor reports what is wrong (missing, empty, wrong type, malformed number) to the
/// ``ProblemLog`` with the line and column of the offending value, and returns a harmless
/// placeholder so that reading goes on and finds the remaining problems too.
struct KnowledgeRecord {
    let file: String
    let location: SourceLocation
    let log: ProblemLog
    /// What the record is, for messages: "path", "tool".
    let kind: String
    private let fields: [String: Node]
    private let keyLocations: [String: SourceLocation]

    init?(_ node: Node, kind: String, file: String, log: ProblemLog) {
        let location = Self.location(of: node, in: file)
        guard let mapping = node.mapping else {
            log.report(.notAMapping(location, what: "a \(kind)"))
            return nil
        }
        var fields: [String: Node] = [:]
        var keyLocations: [String: SourceLocation] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            fields[name] = value
            keyLocations[name] = Self.location(of: key, in: file)
        }
        self.file = file
        self.location = location
        self.log = log
        self.kind = kind
        self.fields = fields
        self.keyLocations = keyLocations
    }

    static func location(of node: Node, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 0)
    }

    func location(of field: String) -> SourceLocation {
        fields[field].map { Self.location(of: $0, in: file) } ?? location
    }

    /// Reports every field not in `allowed`, with the nearest allowed name as a suggestion.
    func allowOnly(_ allowed: Set<String>) {
        for (name, at) in keyLocations.sorted(by: { $0.value.line < $1.value.line }) where !allowed.contains(name) {
            log.report(.unknownField(at, field: name, suggestion: name.closest(among: allowed.sorted())))
        }
    }

    func has(_ field: String) -> Bool { fields[field] != nil }

    // MARK: Text

    func string(_ field: String) -> String {
        guard let value = optionalString(field) else {
            if fields[field] == nil { log.report(.missingField(location, field: field, record: "this \(kind)")) }
            return ""
        }
        return value
    }

    func optionalString(_ field: String) -> String? {
        guard let node = fields[field] else { return nil }
        guard let scalar = node.scalar else {
            log.report(.wrongType(location(of: field), field: field, expected: "text"))
            return nil
        }
        let text = scalar.string.trimming()
        if text.isEmpty {
            log.report(.emptyField(location(of: field), field: field))
            return nil
        }
        return text
    }

    func strings(_ field: String, required: Bool = false) -> [String] {
        guard let node = fields[field] else {
            if required { log.report(.missingField(location, field: field, record: "this \(kind)")) }
            return []
        }
        guard let items = node.sequence else {
            log.report(.wrongType(location(of: field), field: field, expected: "a list (`- item` lines)"))
            return []
        }
        var result: [String] = []
        for item in items {
            guard let text = item.scalar?.string.trimming() else {
                log.report(.wrongType(Self.location(of: item, in: file), field: field, expected: "a list of text"))
                continue
            }
            if text.isEmpty {
                log.report(.emptyField(Self.location(of: item, in: file), field: field))
            } else {
                result.append(text)
            }
        }
        if required, result.isEmpty, items.isEmpty {
            log.report(.emptyField(location(of: field), field: field))
        }
        return result
    }

    /// An `asks` list: phrases people ask with when the record's unit is the answer. Beyond
    /// ``strings(_:required:)``'s checks (an empty phrase is an error at its line and column), a
    /// phrase made only of stop words (retrieval would read nothing of it) and a phrase listed
    /// twice in the same list are errors.
    func asks(_ field: String = "asks") -> [String] {
        let phrases = strings(field)
        var first: [String: SourceLocation] = [:]
        for (phrase, at) in zip(phrases, itemLocations(field)) {
            let words = Normalizer.tokens(phrase).filter { $0.kind == .word && !StopWords.contains($0.text) }
            if words.isEmpty { log.report(.askWithoutWords(at, field: field, phrase: phrase)) }
            let key = Normalizer.tokens(phrase).filter { $0.kind != .boundary }.map(\.text).joined(separator: " ")
            if let earlier = first[key] {
                log.report(.duplicatePhrase(at, phrase: phrase, first: earlier))
            } else {
                first[key] = at
            }
        }
        return phrases
    }

    /// Where each item of a list field is written, in order (for the items ``strings(_:required:)`` keeps).
    func itemLocations(_ field: String) -> [SourceLocation] {
        (fields[field]?.sequence ?? []).filter { !($0.scalar?.string.trimming().isEmpty ?? true) }
            .map { Self.location(of: $0, in: file) }
    }

    /// Reads `field` as an id of another record, to be checked once everything is loaded.
    func reference(_ field: String, to kind: String, required: Bool = true) -> String? {
        let id = required ? string(field) : optionalString(field)
        if let id, !id.isEmpty { log.expect(kind, id, at: location(of: field)) }
        return id
    }

    func references(_ field: String, to kind: String, required: Bool = false) -> [String] {
        guard let items = fields[field]?.sequence else { return strings(field, required: required) }
        var ids: [String] = []
        for item in items {
            guard let id = item.scalar?.string.trimming(.spaces), !id.isEmpty else {
                log.report(.wrongType(Self.location(of: item, in: file), field: field, expected: "a list of ids"))
                continue
            }
            log.expect(kind, id, at: Self.location(of: item, in: file))
            ids.append(id)
        }
        if required, ids.isEmpty { log.report(.emptyField(location(of: field), field: field)) }
        return ids
    }

    // MARK: Numbers

    func int(_ field: String) -> Int? {
        guard let node = fields[field] else { return nil }
        return Self.integer(node, field: field, file: file, log: log)
    }

    static func integer(_ node: Node, field: String, file: String, log: ProblemLog) -> Int? {
        guard let text = node.scalar?.string.trimming(.spaces) else {
            log.report(.wrongType(location(of: node, in: file), field: field, expected: "a number"))
            return nil
        }
        guard let value = Int(text), value >= 0 else {
            log.report(.malformedNumber(location(of: node, in: file), field: field, value: text))
            return nil
        }
        return value
    }

    /// A pair of numbers written `{min: 8, max: 12}`, or one number for both.
    private func pair(_ field: String) -> (min: Int, max: Int?, openEnded: Bool)? {
        guard let node = fields[field] else { return nil }
        if node.scalar != nil {
            return Self.integer(node, field: field, file: file, log: log).map { ($0, nil, false) }
        }
        guard let range = KnowledgeRecord(node, kind: field, file: file, log: log) else { return nil }
        range.allowOnly(["min", "max", "openEnded"])
        guard let min = range.int("min") else {
            if !range.has("min") { log.report(.missingField(range.location, field: "min", record: "\(field)")) }
            return nil
        }
        let max = range.int("max")
        if let max, max < min {
            log.report(.invalidRange(location(of: field), field: field, min: min, max: max))
        }
        return (min, max, range.bool("openEnded"))
    }

    func months(_ field: String) -> MonthRange? {
        pair(field).map { MonthRange(min: $0.min, max: $0.max ?? $0.min) }
    }

    func percent(_ field: String) -> PercentRange? {
        pair(field).map { PercentRange(min: $0.min, max: $0.max ?? $0.min) }
    }

    func money(_ field: String) -> MoneyRange? {
        pair(field).map { MoneyRange(min: $0.min, max: $0.max, openEnded: $0.openEnded) }
    }

    func bool(_ field: String) -> Bool {
        guard let node = fields[field] else { return false }
        guard let value = node.bool else {
            log.report(.wrongType(location(of: field), field: field, expected: "true or false"))
            return false
        }
        return value
    }

    /// A list of strings, each with where it is written (for messages about one element).
    func locatedStrings(_ field: String) -> [(value: String, at: SourceLocation)] {
        guard let node = fields[field] else {
            log.report(.missingField(location, field: field, record: "this \(kind)"))
            return []
        }
        guard let items = node.sequence else {
            log.report(.wrongType(location(of: field), field: field, expected: "a list (`[a, b]` or `- ` items)"))
            return []
        }
        return items.compactMap { item in
            guard let value = item.string else {
                log.report(.wrongType(Self.location(of: item, in: file), field: field, expected: "a list of words"))
                return nil
            }
            return (value, Self.location(of: item, in: file))
        }
    }

    // MARK: Nested records

    func records(_ field: String, kind: String, required: Bool = false) -> [KnowledgeRecord] {
        guard let node = fields[field] else {
            if required { log.report(.missingField(location, field: field, record: "this \(self.kind)")) }
            return []
        }
        guard let items = node.sequence else {
            log.report(.wrongType(location(of: field), field: field, expected: "a list (`- ` items)"))
            return []
        }
        return items.compactMap { KnowledgeRecord($0, kind: kind, file: file, log: log) }
    }

    /// Reads a list of facts: `- {text: …, source: …}` with optional `id`, `label` and `score`.
    func facts(_ field: String, required: Bool = false) -> [Fact] {
        factRecords(field, required: required).map(\.fact)
    }

    /// ``facts(_:required:)`` with each fact's record, for callers that check or define its id.
    func factRecords(_ field: String, required: Bool = false) -> [(fact: Fact, record: KnowledgeRecord)] {
        records(field, kind: "fact", required: required).map { record in
            record.allowOnly(["id", "text", "source", "label", "score", "asks"])
            return (
                Fact(
                    id: record.optionalString("id"),
                    text: record.string("text"),
                    source: record.reference("source", to: "source") ?? "",
                    label: record.optionalString("label"),
                    score: record.int("score"),
                    asks: record.asks()
                ), record
            )
        }
    }
}
