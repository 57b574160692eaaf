import Yams

/// A question of the answer set (`Knowledge/evaluation/answers.yaml`), with what a good first
/// answer must hold: the fact units it must show and the gaps it must admit.
public struct LabelledAnswer: Hashable, Codable, Sendable {
    /// Whether the question is about MLOps careers at all.
    public enum Domain: String, Hashable, Codable, Sendable {
        case `in`, out
    }

    public var id: String
    public var text: String
    public var domain: Domain
    /// ``FactUnit`` ids the first screen must show.
    public var must: [String]
    /// Kinds of ``Gap`` the first screen must admit.
    public var gaps: [Gap.Kind]
    public var note: String?

    public init(id: String, text: String, domain: Domain, must: [String] = [], gaps: [Gap.Kind] = [], note: String? = nil) {
        self.id = id
        self.text = text
        self.domain = domain
        self.must = must
        self.gaps = gaps
        self.note = note
    }
}

extension KnowledgeLoader {
    /// Reads the `answers:` records of the given files; every unit id must be one of `units`.
    ///
    /// Problems are reported all at once in compiler style: `answers.yaml:14:12: error: unknown
    /// fact unit "path.frontnd" (did you mean "path.frontend"?)`.
    public func loadAnswerSet(_ files: [KnowledgeFile], units: Set<String>) throws(KnowledgeLoadFailure) -> [LabelledAnswer] {
        let log = ProblemLog()
        var answers: [LabelledAnswer] = []
        var seen: [String: SourceLocation] = [:]
        let knownUnits = Array(units).sorted()
        for file in files {
            guard let root = Self.parse(file, log: log), let mapping = root.mapping else { continue }
            for (key, value) in mapping where key.string == "answers" {
                for item in value.sequence ?? [] {
                    guard let record = KnowledgeRecord(item, kind: "answer", file: file.path, log: log) else { continue }
                    record.allowOnly(["id", "text", "domain", "must", "gaps", "note"])
                    let id = record.string("id")
                    if let first = seen[id] {
                        log.report(.duplicateID(record.location(of: "id"), kind: "answer", id: id, first: first))
                    } else if !id.isEmpty {
                        seen[id] = record.location(of: "id")
                    }
                    let domainName = record.string("domain")
                    let domain = LabelledAnswer.Domain(rawValue: domainName)
                    if domain == nil, !domainName.isEmpty {
                        log.report(
                            .unknownReference(
                                record.location(of: "domain"), kind: "domain", id: domainName,
                                suggestion: domainName.closest(among: ["in", "out"])))
                    }
                    var must: [String] = []
                    for (unit, at) in record.locatedStrings("must") {
                        if units.contains(unit) {
                            must.append(unit)
                        } else {
                            log.report(.unknownReference(at, kind: "fact unit", id: unit, suggestion: unit.closest(among: knownUnits)))
                        }
                    }
                    var gaps: [Gap.Kind] = []
                    for (name, at) in record.locatedStrings("gaps") {
                        if let kind = Gap.Kind(rawValue: name) {
                            gaps.append(kind)
                        } else {
                            log.report(
                                .unknownReference(
                                    at, kind: "gap kind", id: name,
                                    suggestion: name.closest(among: Gap.Kind.allCases.map(\.rawValue))))
                        }
                    }
                    answers.append(
                        LabelledAnswer(
                            id: id, text: record.string("text"), domain: domain ?? .in, must: must,
                            gaps: gaps, note: record.optionalString("note")))
                }
            }
        }
        if !log.problems.isEmpty { throw KnowledgeLoadFailure(problems: log.problems) }
        return answers
    }

    /// Reads the `claims:` groups of the given files (`same-claims.yaml`): each a list of unit ids
    /// that make one claim from one source; every id must be one of `units`.
    public func loadSameClaims(_ files: [KnowledgeFile], units: Set<String>) throws(KnowledgeLoadFailure) -> [[String]] {
        let log = ProblemLog()
        var groups: [[String]] = []
        let knownUnits = Array(units).sorted()
        for file in files {
            guard let root = Self.parse(file, log: log), let mapping = root.mapping else { continue }
            for (key, value) in mapping where key.string == "claims" {
                for item in value.sequence ?? [] {
                    let at = KnowledgeRecord.location(of: item, in: file.path)
                    guard let members = item.sequence else {
                        log.report(.wrongType(at, field: "claims", expected: "a list of fact-unit ids (`- [a, b]`)"))
                        continue
                    }
                    var group: [String] = []
                    for member in members {
                        let unit = member.string ?? ""
                        if units.contains(unit) {
                            group.append(unit)
                        } else {
                            log.report(
                                .unknownReference(
                                    KnowledgeRecord.location(of: member, in: file.path), kind: "fact unit",
                                    id: unit, suggestion: unit.closest(among: knownUnits)))
                        }
                    }
                    if group.count > 1 { groups.append(group) }
                }
            }
        }
        if !log.problems.isEmpty { throw KnowledgeLoadFailure(problems: log.problems) }
        return groups
    }
}
