/// The bytes of one knowledge file and the path to name it by in messages.
///
/// The library never touches the file system: the executable reads `Knowledge/` (or the
/// folder given with `--knowledge`) into these, and the binary's own copy comes embedded.
public struct KnowledgeFile: Sendable {
    /// The path as messages should show it, e.g. `Knowledge/paths.yaml`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Whether the file holds the NLU test set rather than knowledge (`evaluation/…`).
    public var isEvaluationData: Bool { path.split(separator: "/").contains("evaluation") }
}
