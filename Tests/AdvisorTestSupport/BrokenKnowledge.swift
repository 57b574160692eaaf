import AdvisorCore
import CompiledKnowledge

/// A copy of the embedded knowledge files with deliberate damage, for tests of the loader's
/// messages (in memory, or written to a temporary folder for the binary).
public final class BrokenKnowledge {
    public private(set) var files: [KnowledgeFile]

    /// Starts from the knowledge compiled into the binary.
    public init(_ files: [KnowledgeFile] = KnowledgeLoader.embeddedFiles) {
        self.files = files
    }

    /// Replaces the one occurrence of `old` in the file at `path` with `new`, and returns
    /// where `new` now starts, as `Knowledge/paths.yaml:14:9` (line and column from 1).
    ///
    /// Returns nil, changing nothing, when the file is missing or `old` is not there exactly
    /// once, so that a test notices when the data it damages has moved on.
    @discardableResult
    public func replace(_ old: String, with new: String, in path: String) -> SourceLocation? {
        guard let index = files.firstIndex(where: { $0.path == path }) else { return nil }
        let text = String(decoding: files[index].bytes, as: UTF8.self)
        let parts = text.components(separatedBy: old)
        guard parts.count == 2 else { return nil }
        files[index] = KnowledgeFile(path: path, text: parts[0] + new + parts[1])
        return Self.location(after: parts[0], in: path)
    }

    /// Puts raw bytes (e.g. invalid UTF-8) in front of the one occurrence of `anchor`.
    @discardableResult
    public func insert(bytes: [UInt8], before anchor: String, in path: String) -> SourceLocation? {
        guard let index = files.firstIndex(where: { $0.path == path }) else { return nil }
        let text = String(decoding: files[index].bytes, as: UTF8.self)
        let parts = text.components(separatedBy: anchor)
        guard parts.count == 2 else { return nil }
        files[index] = KnowledgeFile(path: path, bytes: Array(parts[0].utf8) + bytes + Array((anchor + parts[1]).utf8))
        return Self.location(after: parts[0], in: path)
    }

    /// The problems loading the damaged copy reports, as the user sees them (empty if it loads).
    public func problems() -> [String] {
        do {
            _ = try KnowledgeLoader().load(files)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    private static func location(after prefix: String, in path: String) -> SourceLocation {
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        return SourceLocation(file: path, line: lines.count, column: (lines.last?.count ?? 0) + 1)
    }
}
