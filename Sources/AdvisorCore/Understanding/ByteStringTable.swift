/// An immutable hash table from byte strings (words, interned terms) to their positions.
///
/// Built once from a list of distinct keys (a key's position is its index in that list) and
/// stored as three flat arrays (the keys' bytes end to end, where each starts, and open-addressed
/// slots), so a ``KnowledgeImage`` reads it back in place instead of inserting every key into a
/// `Dictionary` at start. The hash is FNV-1a, which does not depend on the process's
/// hash seed, so the slots mean the same in every process.
struct ByteStringTable: Sendable {
    /// The keys' bytes, end to end.
    let bytes: FlatArray<UInt8>
    /// Where each key starts in `bytes`; one more entry than keys, the last the end.
    let starts: FlatArray<Int32>
    /// Open-addressed slots (a power of two, at most half full): a key's position, or -1.
    let slots: FlatArray<Int32>

    init(keys: [[UInt8]]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(keys.count + 1)
        for key in keys {
            bytes += key
            starts.append(Int32(bytes.count))
        }
        var capacity = 8
        while capacity < 2 * keys.count { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (position, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.withUnsafeBufferPointer(Self.hash)) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(position)
        }
        self.init(bytes: FlatArray(bytes), starts: FlatArray(starts), slots: FlatArray(slots))
    }

    /// A set of words: the distinct words in sorted order (the same words always give the same table).
    init(words: some Sequence<String>) {
        self.init(keys: Set(words).sorted().map { Array($0.utf8) })
    }

    init(bytes: FlatArray<UInt8>, starts: FlatArray<Int32>, slots: FlatArray<Int32>) {
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
    }

    var count: Int { starts.count - 1 }

    /// The bytes of the key at a position.
    func key(at position: Int) -> Slice<FlatArray<UInt8>> {
        bytes[Int(starts[position])..<Int(starts[position + 1])]
    }

    /// The position of a key, or nil when it is not in the table.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            starts.withUnsafeBufferPointer { starts in
                slots.withUnsafeBufferPointer { slots in
                    while true {
                        let position = slots[slot]
                        if position < 0 { return nil }
                        let start = Int(starts[Int(position)]), end = Int(starts[Int(position) + 1])
                        if end - start == key.count, end <= stored.count, memcmpEqual(stored, start, key) { return position }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The position of a word (its UTF-8 bytes).
    func position(of word: String) -> Int32? {
        var word = word
        return word.withUTF8 { position(of: $0) }
    }

    /// Whether the key at a position is a word (its UTF-8 bytes).
    func key(at position: Int, is word: String) -> Bool {
        var word = word
        return word.withUTF8 { word in
            let start = Int(starts[position]), end = Int(starts[position + 1])
            return end - start == word.count && bytes.withUnsafeBufferPointer { memcmpEqual($0, start, word) }
        }
    }

    /// Whether a word is one of the keys.
    func contains(_ word: String) -> Bool { position(of: word) != nil }

    /// Every key as a string, in order.
    var strings: [String] { (0..<count).map { String(decoding: key(at: $0), as: UTF8.self) } }

    private func memcmpEqual(_ stored: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<key.count where stored[start + index] != key[index] { return false }
        return true
    }

    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

extension ByteStringTable {
    func write(to writer: inout ImageWriter) {
        writer.raw(bytes)
        writer.words(starts)
        writer.words(slots)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let bytes = try reader.byteTable()
        let starts = try reader.table(Int32.self)
        let slots = try reader.table(Int32.self)
        // Read in place, only the sizes are checked (see ``ImageReader/inPlace``).
        guard let last = starts.last, Int(last) == bytes.count, slots.count.nonzeroBitCount == 1,
            reader.inPlace || slots.allSatisfy({ $0 < Int32(starts.count - 1) })
        else {
            throw .malformed("a word table is inconsistent", at: reader.offset)
        }
        self.init(bytes: bytes, starts: starts, slots: slots)
    }
}
