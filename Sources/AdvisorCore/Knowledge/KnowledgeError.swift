/// A place in a knowledge file: `Knowledge/paths.yaml:14:9`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}

/// One problem found while loading the knowledge base.
///
/// Each case carries the data of the failure; ``description`` is the only place its
/// user-facing text is written, in compiler style with the bad value quoted.
public enum KnowledgeError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingDirectory(path: String)
    case unreadableFile(path: String, reason: String)
    case invalidEncoding(SourceLocation)
    case invalidYAML(SourceLocation, problem: String)
    case notAMapping(SourceLocation, what: String)
    case unknownSection(SourceLocation, key: String, suggestion: String?)
    case unknownField(SourceLocation, field: String, suggestion: String?)
    case missingField(SourceLocation, field: String, record: String)
    case emptyField(SourceLocation, field: String)
    case wrongType(SourceLocation, field: String, expected: String)
    case malformedNumber(SourceLocation, field: String, value: String)
    case invalidRange(SourceLocation, field: String, min: Int, max: Int)
    case duplicateID(SourceLocation, kind: String, id: String, first: SourceLocation)
    case unknownReference(SourceLocation, kind: String, id: String, suggestion: String?)
    case missingSection(kind: String, expectedIn: String)
    case missingTopic(id: String, expectedIn: String)
    case missingCueList(id: String, expectedIn: String)
    case missingWordList(id: String, expectedIn: String)
    case duplicatePhrase(SourceLocation, phrase: String, first: SourceLocation)
    case heldGap(SourceLocation, phrase: String)
    case askWithoutWords(SourceLocation, field: String, phrase: String)
    case tooFewRelatedWords(SourceLocation, group: String)
    case relatedPhraseInTwoGroups(SourceLocation, phrase: String, group: String, first: SourceLocation)
    case relatedPhraseOnlyQuestionWords(SourceLocation, phrase: String)
    case unknownWordList(SourceLocation, id: String, suggestion: String?)
    case notOneWord(SourceLocation, list: String, phrase: String)

    /// Where the problem is, if it is in a file.
    public var location: SourceLocation? {
        switch self {
        case .missingDirectory, .unreadableFile, .missingSection, .missingTopic, .missingCueList, .missingWordList: nil
        case let .invalidEncoding(at), let .invalidYAML(at, _), let .notAMapping(at, _),
            let .unknownSection(at, _, _), let .unknownField(at, _, _), let .missingField(at, _, _),
            let .emptyField(at, _), let .wrongType(at, _, _), let .malformedNumber(at, _, _),
            let .invalidRange(at, _, _, _), let .duplicateID(at, _, _, _), let .unknownReference(at, _, _, _),
            let .duplicatePhrase(at, _, _), let .heldGap(at, _), let .askWithoutWords(at, _, _),
            let .tooFewRelatedWords(at, _), let .relatedPhraseInTwoGroups(at, _, _, _),
            let .relatedPhraseOnlyQuestionWords(at, _), let .unknownWordList(at, _, _), let .notOneWord(at, _, _):
            at
        }
    }

    public var description: String {
        switch self {
        case let .missingDirectory(path):
            return "\(path): error: no knowledge folder here (pass --knowledge DIR with the folder that holds sources.yaml)"
        case let .unreadableFile(path, reason):
            return "\(path): error: cannot read the file: \(reason)"
        case let .invalidEncoding(at):
            return "\(at): error: the file is not valid UTF-8 (save it as UTF-8)"
        case let .invalidYAML(at, problem):
            return "\(at): error: invalid YAML: \(problem)"
        case let .notAMapping(at, what):
            return "\(at): error: \(what) must be a mapping of `key: value` lines"
        case let .unknownSection(at, key, suggestion):
            return "\(at): error: unknown section \(quoted(key))\(String.didYouMean(suggestion))"
        case let .unknownField(at, field, suggestion):
            return "\(at): error: unknown field \(quoted(field))\(String.didYouMean(suggestion))"
        case let .missingField(at, field, record):
            return "\(at): error: \(record) has no \(quoted(field)) (add `\(field): …`)"
        case let .emptyField(at, field):
            return "\(at): error: \(quoted(field)) is empty (write a value or remove the field)"
        case let .wrongType(at, field, expected):
            return "\(at): error: \(quoted(field)) must be \(expected)"
        case let .malformedNumber(at, field, value):
            return "\(at): error: malformed number \(quoted(value)) in \(quoted(field)) (write digits only, e.g. 85000)"
        case let .invalidRange(at, field, min, max):
            return "\(at): error: \(quoted(field)) has min \(min) above max \(max) (swap them)"
        case let .duplicateID(at, kind, id, first):
            return "\(at): error: duplicate \(kind) id \(quoted(id)) (first defined at \(first); rename one)"
        case let .unknownReference(at, kind, id, suggestion):
            return "\(at): error: unknown \(kind) \(quoted(id))\(String.didYouMean(suggestion))"
        case let .missingSection(kind, file):
            return "\(file): error: no \(quoted(kind)) section in any knowledge file (add one)"
        case let .missingTopic(id, file):
            return "\(file): error: the advisor needs a topic with id \(quoted(id)) (add it)"
        case let .missingCueList(id, file):
            return "\(file): error: the advisor needs a cue list with id \(quoted(id)) (add it)"
        case let .missingWordList(id, file):
            return "\(file): error: the advisor needs a word list with id \(quoted(id)) (add it)"
        case let .duplicatePhrase(at, phrase, first):
            return "\(at): error: the phrase \(quoted(phrase)) is listed twice (first at \(first); keep one)"
        case let .heldGap(at, phrase):
            return "\(at): error: \(quoted(phrase)) is no gap: the knowledge base already names it (remove it from the gaps)"
        case let .tooFewRelatedWords(at, group):
            return
                "\(at): error: the related words \(quoted(group)) need two or more words or phrases (add what people say for the same thing, or remove the group)"
        case let .relatedPhraseInTwoGroups(at, phrase, group, first):
            return
                "\(at): error: \(quoted(phrase)) is already a related word of \(quoted(group)) (at \(first)); keep it in one group"
        case let .relatedPhraseOnlyQuestionWords(at, phrase):
            return
                "\(at): error: \(quoted(phrase)) holds only question words and words retrieval skips, so it would match almost any question (add the word that carries its meaning, or remove the phrase)"
        case let .unknownWordList(at, id, suggestion):
            return "\(at): error: unknown word list \(quoted(id))\(String.didYouMean(suggestion))"
        case let .notOneWord(at, list, phrase):
            return
                "\(at): error: \(quoted(phrase)) in the word list \(quoted(list)) must be one lower-case word as typed (split it, or write it in lower case)"
        case let .askWithoutWords(at, field, phrase):
            return
                "\(at): error: \(quoted(phrase)) in \(quoted(field)) has only words retrieval skips (add the word that sets this unit apart, e.g. \"junior\")"
        }
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// Loading failed: every problem found, in file and line order.
public struct KnowledgeLoadFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [KnowledgeError]

    public init(problems: [KnowledgeError]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
