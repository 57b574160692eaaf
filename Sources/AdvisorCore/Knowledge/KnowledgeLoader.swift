import Foundation
import Yams

/// Reads knowledge files into a validated ``KnowledgeBase``.
///
/// Each file is a YAML mapping whose top-level keys name sections (`sources:`, `paths:`,
/// `tools:`, …); a section may be split over several files. Loading reads everything, then
/// checks ids and references across files, and fails with *all* problems found, each with
/// its file, line and column.
public struct KnowledgeLoader: Sendable {
    /// The top-level sections a knowledge file may contain.
    public static let sections = [
        "sources", "backgrounds", "paths", "stages", "toolGroups", "tools",
        "certifications", "salaries", "topics", "intents", "gaps", "cues", "currencies", "amountWords", "payPeriods",
        "wordLists", "related",
    ]

    public init() {}

    public func load(_ files: [KnowledgeFile]) throws(KnowledgeLoadFailure) -> KnowledgeBase {
        let log = ProblemLog()
        var reader = SectionReader(log: log)
        var everyFileParsed = true
        for file in files where !file.isEvaluationData {
            guard let root = Self.parse(file, log: log) else {
                everyFileParsed = false
                continue
            }
            reader.read(root, file: file.path)
        }
        reader.reportPhrasesOfQuestionWordsOnly()
        let base = reader.knowledgeBase()
        // A file that cannot be read at all would make every reference into it look unknown;
        // report only its own problem then, and check across files once everything parses.
        let folder =
            files.first(where: { !$0.isEvaluationData }).map {
                $0.path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            } ?? ""
        KnowledgeValidator(log: log, folder: folder.isEmpty ? "Knowledge" : folder)
            .validate(base, definitions: reader.definitions, gapPhrases: reader.gapPhrases, acrossFiles: everyFileParsed)
        if !log.problems.isEmpty {
            throw KnowledgeLoadFailure(problems: Self.sorted(log.problems))
        }
        return base
    }

    /// Reads the labelled NLU test set from the `evaluation/` files.
    public func loadTestSet(_ files: [KnowledgeFile]) throws(KnowledgeLoadFailure) -> [LabelledUtterance] {
        try loadLabelledUtterances(files.filter(\.isEvaluationData))
    }

    /// Reads labelled utterances (`utterances:` records of text, intent and entities) from these
    /// files, wherever they live: `advisor eval --test-set` scores another set this way.
    public func loadLabelledUtterances(_ files: [KnowledgeFile]) throws(KnowledgeLoadFailure) -> [LabelledUtterance] {
        let log = ProblemLog()
        var utterances: [LabelledUtterance] = []
        for file in files {
            guard let root = Self.parse(file, log: log), let mapping = root.mapping else { continue }
            for (key, value) in mapping where key.string == "utterances" {
                for item in value.sequence ?? [] {
                    guard let record = KnowledgeRecord(item, kind: "utterance", file: file.path, log: log) else { continue }
                    record.allowOnly(["text", "intent", "entities"])
                    let name = record.string("intent")
                    guard let intent = Intent(rawValue: name) else {
                        log.report(
                            .unknownReference(
                                record.location(of: "intent"), kind: "intent", id: name,
                                suggestion: name.closest(among: Intent.allCases.map(\.rawValue))))
                        continue
                    }
                    var entities: [String: [String]] = [:]
                    if let map = KnowledgeRecord.optionalMapping(item, "entities") {
                        for (kind, values) in map {
                            entities[kind.string ?? ""] = values.sequence?.compactMap(\.string) ?? values.string.map { [$0] } ?? []
                        }
                    }
                    utterances.append(LabelledUtterance(text: record.string("text"), intent: intent, entities: entities))
                }
            }
        }
        if !log.problems.isEmpty { throw KnowledgeLoadFailure(problems: Self.sorted(log.problems)) }
        return utterances
    }

    /// The only implicit YAML tag the reader looks at is `bool` (`openEnded: true`): numbers are
    /// read from their text. Yams' default resolver runs seven regular expressions on every
    /// scalar (for duplicate-key checks too), which was a third of the load time.
    private static let resolver = Resolver.basic.appending(.bool)

    static func parse(_ file: KnowledgeFile, log: ProblemLog) -> Node? {
        guard let text = String(validating: file.bytes, as: UTF8.self) else {
            let at = firstInvalidUTF8(file.bytes)
            log.report(.invalidEncoding(SourceLocation(file: file.path, line: at.line, column: at.column)))
            return nil
        }
        do {
            // An empty file (or one of comments only) holds no sections; it must not stop the
            // checks across files, or whatever it should hold would go unreported.
            guard let root = try Yams.compose(yaml: text, resolver) else { return Node.mapping(Node.Mapping([])) }
            guard root.mapping != nil else {
                log.report(.notAMapping(KnowledgeRecord.location(of: root, in: file.path), what: "a knowledge file"))
                return nil
            }
            return root
        } catch let error as YamlError {
            log.report(Self.problem(from: error, file: file.path))
            return nil
        } catch {
            log.report(.invalidYAML(SourceLocation(file: file.path, line: 1), problem: "\(error)"))
            return nil
        }
    }

    private static func problem(from error: YamlError, file: String) -> KnowledgeError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            // "did not find expected ',' or ']' (while parsing a flow sequence that starts at 222:14)"
            var detail = problem
            if let context, !context.text.isEmpty {
                detail += " (\(context.text) that starts at \(context.mark.line):\(context.mark.column))"
            }
            return .invalidYAML(SourceLocation(file: file, line: mark.line, column: mark.column), problem: detail)
        case let .duplicatedKeysInMapping(duplicates, context):
            let where_ = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            return .invalidYAML(where_, problem: "duplicate keys \(duplicates.map { "\"\($0)\"" }.joined(separator: ", "))")
        default:
            return .invalidYAML(SourceLocation(file: file, line: 1), problem: "\(error)")
        }
    }

    /// Line and column (from 1, counting characters) of the first byte that is not UTF-8.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int) {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                if Unicode.UTF8.decode(encoded) == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }

    private static func sorted(_ problems: [KnowledgeError]) -> [KnowledgeError] {
        problems.enumerated().sorted { lhs, rhs in
            let a = lhs.element.location, b = rhs.element.location
            if a?.file != b?.file { return (a?.file ?? "") < (b?.file ?? "") }
            if a?.line != b?.line { return (a?.line ?? 0) < (b?.line ?? 0) }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

extension KnowledgeRecord {
    static func optionalMapping(_ node: Node, _ key: String) -> Node.Mapping? {
        node.mapping?.first { $0.key.string == key }?.value.mapping
    }
}
