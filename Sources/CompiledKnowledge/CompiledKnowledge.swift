@_exported import AdvisorCore

/// The knowledge compiled into the program at build time (see ``KnowledgeImage``).
///
/// The image is data in the binary, read in place: no text to decode, no YAML, no tokenising.
/// `--knowledge DIR` bypasses it and builds everything from the YAML files instead. When the
/// knowledge did not load at build time the image is empty, and these load the embedded YAML,
/// so its problems are reported as ever.
public enum CompiledKnowledge {
    /// The advisor built from `Knowledge/` when the program was built.
    public static func advisor() throws -> Advisor {
        if let advisor = try withImage({ try KnowledgeImage.decode($0, inPlace: true).advisor }) { return advisor }
        return Advisor(knowledge: try KnowledgeLoader().loadEmbedded())
    }

    /// The knowledge base alone (for `advisor check`), without the classifier's tables.
    public static func knowledgeBase() throws -> KnowledgeBase {
        // The knowledge section comes first: only it is read.
        if let knowledge = try withImage({ try KnowledgeImage.decodeKnowledge($0) }) { return knowledge }
        return try KnowledgeLoader().loadEmbedded()
    }

    /// The hash of the files the image was built from (``KnowledgeImage/inputHash(of:)``), or nil
    /// when there is no image.
    public static func inputHash() throws -> UInt64? {
        try withImage { try KnowledgeImage.decodeHeader($0) }
    }

    /// Runs `body` on the image's bytes, where the binary holds them (a constant: they stay put
    /// for the life of the program, so what is read in place from them stays valid); nil when the
    /// image is empty.
    private static func withImage<T>(_ body: (UnsafeRawBufferPointer) throws -> T) throws -> T? {
        guard CompiledImage.byteCount > 0 else { return nil }
        return try CompiledImage.words.withUnsafeBytes { words in
            try body(UnsafeRawBufferPointer(rebasing: words[0..<CompiledImage.byteCount]))
        }
    }
}
