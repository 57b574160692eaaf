extension KnowledgeLoader {
    /// The knowledge files embedded in the binary, loaded and validated from their YAML text
    /// (what the compiled image was built from; ``CompiledKnowledge/advisor()`` starts faster).
    public func loadEmbedded() throws(KnowledgeLoadFailure) -> KnowledgeBase {
        try load(Self.embeddedFiles)
    }

    /// The embedded files themselves, e.g. to compare them with a folder on disk.
    public static var embeddedFiles: [KnowledgeFile] {
        EmbeddedKnowledge.files.map { KnowledgeFile(path: $0.path, text: $0.contents) }
    }
}
