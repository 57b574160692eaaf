/// The knowledge compiled at build time: the knowledge base and every table built from it
/// (the classifier's TF-IDF index, centroids, keywords and typo vocabulary; the entity
/// extractor's names and word lists), ready to read back without parsing YAML or tokenising.
///
/// The `CompileKnowledge` build plugin loads and validates `Knowledge/`, builds an ``Advisor``
/// and writes it with ``encode(_:inputHash:)``; at start the program reads it with
/// ``decode(_:)``. Built from the same files, the decoded advisor answers exactly as one built
/// from YAML (a test checks it over every transcript and both test sets).
///
/// **Layout.** A header (magic `CAKI`, a byte-order mark, ``formatVersion``, the FNV-1a hash of
/// the input files, ``inputHash(of:)``), then named sections, each a name and a length-prefixed
/// body: `knowledge`, `classifier`, `extractor`, `facts`. A new table is a new section with its own
/// write and read functions; a reader skips sections it does not know. Sections start 8-aligned.
/// Big tables are flat arrays of 32-bit numbers in the machine's byte order, 4-aligned: the image
/// compiled into the program is read in place (``FlatArray``), any other is copied; strings are
/// UTF-8 with a LEB128 length.
public enum KnowledgeImage {
    /// Bumped whenever the layout of any section changes.
    public static let formatVersion: UInt32 = 12
    static let magic: [UInt8] = Array("CAKI".utf8)
    static let byteOrderMark: UInt32 = 0x0102_0304

    /// FNV-1a over each file's path and bytes (with their lengths), in path order: what the
    /// image was built from, to tell a stale image from a fresh one.
    public static func inputHash(of files: [KnowledgeFile]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            add(String(file.path.utf8.count).utf8)
            add(file.path.utf8)
            add(String(file.bytes.count).utf8)
            add(file.bytes)
        }
        return hash
    }

    /// The image of an advisor built from knowledge files whose ``inputHash(of:)`` is `inputHash`.
    public static func encode(_ advisor: Advisor, inputHash: UInt64) throws -> [UInt8] {
        var writer = ImageWriter()
        for byte in magic { writer.byte(byte) }
        writer.word(byteOrderMark)
        writer.word(formatVersion)
        writer.uint64(inputHash)
        let sections: [(String, (inout ImageWriter) throws -> Void)] = [
            ("knowledge", { advisor.knowledge.write(to: &$0) }),
            ("classifier", { advisor.classifier.write(to: &$0) }),
            ("extractor", { advisor.extractor.write(to: &$0) }),
            ("facts", { advisor.responder.index.write(to: &$0) }),
        ]
        writer.count(sections.count)
        for (name, body) in sections {
            writer.string(name)
            try writer.section(body)
        }
        return writer.bytes
    }

    /// The advisor an image holds, and the hash of the files it was built from.
    ///
    /// - Parameter inPlace: the image outlives the advisor and never changes (the program's own,
    ///   compiled into it): its big tables are then read where they are, not copied, and only the
    ///   pages a question needs are ever touched.
    public static func decode(_ image: UnsafeRawBufferPointer, inPlace: Bool = false) throws -> (advisor: Advisor, inputHash: UInt64) {
        var reader = ImageReader(image, inPlace: inPlace)
        let inputHash = try readHeader(&reader)
        var knowledge: KnowledgeBase?
        var classifier: IntentClassifier?
        var extractor: EntityExtractor?
        var facts: FactIndex?
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            var section = try reader.section()
            switch name {
            case "knowledge": knowledge = try KnowledgeBase(reading: &section)
            case "classifier":
                // Its documents are the knowledge base's examples, which come first.
                guard let knowledge else {
                    throw KnowledgeImageError.malformed("the classifier comes before the knowledge", at: reader.offset)
                }
                classifier = try IntentClassifier(reading: &section, knowledge: knowledge)
            case "extractor":
                // Its gap finder and pay words are built from the knowledge, which comes first.
                guard let knowledge else {
                    throw KnowledgeImageError.malformed("the extractor comes before the knowledge", at: reader.offset)
                }
                extractor = try EntityExtractor(reading: &section, knowledge: knowledge)
            case "facts": facts = try FactIndex(reading: &section)
            default: continue
            }
        }
        guard let knowledge, let classifier, let extractor, let facts else {
            throw KnowledgeImageError.malformed("a section is missing", at: reader.offset)
        }
        return (Advisor(knowledge: knowledge, classifier: classifier, extractor: extractor, factIndex: facts), inputHash)
    }

    /// Only the knowledge base of an image (what `advisor check` shows), skipping the tables.
    public static func decodeKnowledge(_ image: UnsafeRawBufferPointer) throws -> KnowledgeBase {
        var reader = ImageReader(image)
        _ = try readHeader(&reader)
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            var section = try reader.section()
            if name == "knowledge" { return try KnowledgeBase(reading: &section) }
        }
        throw KnowledgeImageError.malformed("the knowledge section is missing", at: reader.offset)
    }

    /// How many bytes from the start of an image hold its header and its first section (the
    /// knowledge), read from the image's first bytes (`head`, 64 are plenty): enough for
    /// ``decodeKnowledge(_:)``, so that `advisor check` need not decode the rest.
    public static func knowledgeLength(head: UnsafeRawBufferPointer) throws -> Int {
        var reader = ImageReader(head)
        _ = try readHeader(&reader)
        _ = try reader.count()
        _ = try reader.string()
        let length = try reader.count()
        // The section starts at the next multiple of 8 (``ImageWriter/section(_:)``).
        return (reader.offset + 7) / 8 * 8 + length
    }

    /// The hash of the files an image was built from, after checking its header.
    public static func decodeHeader(_ image: UnsafeRawBufferPointer) throws -> UInt64 {
        var reader = ImageReader(image)
        return try readHeader(&reader)
    }

    private static func readHeader(_ reader: inout ImageReader) throws -> UInt64 {
        for byte in magic { guard try reader.byte() == byte else { throw KnowledgeImageError.notAnImage } }
        guard try reader.word() == byteOrderMark else { throw KnowledgeImageError.notAnImage }
        let version = try reader.word()
        guard version == formatVersion else { throw KnowledgeImageError.formatVersion(found: version, expected: formatVersion) }
        return try reader.uint64()
    }
}
