@_exported import AdvisorCore

/// The knowledge compiled into the program at build time (see ``KnowledgeImage``).
///
/// Reading it decodes the image's base64 text and copies its tables: no YAML, no tokenising.
/// `--knowledge DIR` bypasses it and builds everything from the YAML files instead. When the
/// knowledge did not load at build time the image is empty, and these load the embedded YAML,
/// so its problems are reported as ever.
public enum CompiledKnowledge {
    /// The advisor built from `Knowledge/` when the program was built.
    public static func advisor() throws -> Advisor {
        if let advisor = try withImage({ try KnowledgeImage.decode($0).advisor }) { return advisor }
        return Advisor(knowledge: try KnowledgeLoader().loadEmbedded())
    }

    /// The knowledge base alone (for `advisor check`), without the classifier's tables.
    public static func knowledgeBase() throws -> KnowledgeBase {
        // The knowledge section comes first: decode the header, then only as much text as it needs.
        let needed = try withImage(bytes: 64) { try KnowledgeImage.knowledgeLength(head: $0) }
        if let needed, let knowledge = try withImage(bytes: needed, { try KnowledgeImage.decodeKnowledge($0) }) { return knowledge }
        return try KnowledgeLoader().loadEmbedded()
    }

    /// The hash of the files the image was built from (``KnowledgeImage/inputHash(of:)``), or nil
    /// when there is no image.
    public static func inputHash() throws -> UInt64? {
        try withImage { try KnowledgeImage.decodeHeader($0) }
    }

    /// Runs `body` on the image, or on its first `bytes` bytes (at least), decoded from base64;
    /// nil when the image is empty.
    private static func withImage<T>(bytes: Int = .max, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T? {
        let text = CompiledImage.base64
        guard text.utf8CodeUnitCount > 0 else { return nil }
        let decoded = try text.withUTF8Buffer { buffer in
            // Whole groups of four characters (three bytes) only, unless it is all of it.
            let characters = bytes >= buffer.count / 4 * 3 ? buffer.count : Swift.min(buffer.count, (bytes + 2) / 3 * 4)
            return Result { try Base64.decode(UnsafeBufferPointer(rebasing: buffer[0..<characters])) }
        }.get()
        return try decoded.withUnsafeBytes(body)
    }
}
