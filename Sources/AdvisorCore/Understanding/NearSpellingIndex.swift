/// Whether a word is one edit from a word of a list ("gogle" for "google"), answered with a few
/// look-ups instead of a comparison against every word of the list.
///
/// The test is ``String/isWithinOneEdit(of:minimumLength:)`` with a minimum of four characters,
/// against every word of the list. Two ASCII words one substitution, insertion or deletion
/// apart share a one-deletion variant (the word itself, or the word with one letter left out:
/// "gogle" is one of "google"'s, and "tensorflaw" and "tensorflow" share "tensorflw"), so each ASCII word of
/// the list is filed under the hash of each of its variants, and a query looks in the buckets of
/// its own variants and tests the few words it finds there. The few words with other characters
/// are tested one by one, and a query with other characters is tested against every word.
///
/// Stored as flat tables (the words' bytes, where each starts, the buckets), so that a
/// ``KnowledgeImage`` reads it back in place.
struct NearSpellingIndex: Sendable {
    /// Words shorter than this (in characters) are near no word.
    static let minimumLength = 4

    /// The words' bytes end to end, the ASCII words first: word `w` is
    /// `bytes[starts[w]..<starts[w + 1]]`.
    let bytes: FlatArray<UInt8>
    let starts: FlatArray<Int32>
    /// How many words are ASCII (they come first and are the ones in the buckets).
    let asciiCount: Int
    /// The buckets (a power of two of them): bucket `b` holds the words
    /// `bucketWords[bucketStart[b]..<bucketStart[b + 1]]`.
    let bucketStart: FlatArray<Int32>
    let bucketWords: FlatArray<Int32>

    init(words: some Sequence<String>) {
        let distinct = Set(words.filter { $0.utf8.count >= Self.minimumLength })
        let isASCII = { (word: String) in word.utf8.allSatisfy { $0 < 0x80 } }
        let ordered = distinct.filter(isASCII).sorted() + distinct.filter { !isASCII($0) }.sorted()
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for word in ordered {
            bytes += word.utf8
            starts.append(Int32(bytes.count))
        }
        let asciiCount = ordered.count { isASCII($0) }
        var filed: [(hash: UInt64, word: Int32)] = []
        for (position, word) in ordered.prefix(asciiCount).enumerated() {
            Array(word.utf8).withUnsafeBufferPointer { key in
                Self.forEachVariant(of: key) { filed.append(($0, Int32(position))) }
            }
        }
        var capacity = 8
        while capacity < filed.count { capacity *= 2 }
        var buckets = [[Int32]](repeating: [], count: capacity)
        for (hash, word) in filed {
            let bucket = Int(truncatingIfNeeded: hash) & (capacity - 1)
            if buckets[bucket].last != word, !buckets[bucket].contains(word) { buckets[bucket].append(word) }
        }
        var bucketStart: [Int32] = [0]
        var bucketWords: [Int32] = []
        for bucket in buckets {
            bucketWords += bucket
            bucketStart.append(Int32(bucketWords.count))
        }
        self.init(
            bytes: FlatArray(bytes), starts: FlatArray(starts), asciiCount: asciiCount, bucketStart: FlatArray(bucketStart),
            bucketWords: FlatArray(bucketWords))
    }

    /// An index from tables already built (read back from a ``KnowledgeImage``).
    init(bytes: FlatArray<UInt8>, starts: FlatArray<Int32>, asciiCount: Int, bucketStart: FlatArray<Int32>, bucketWords: FlatArray<Int32>) {
        self.bytes = bytes
        self.starts = starts
        self.asciiCount = asciiCount
        self.bucketStart = bucketStart
        self.bucketWords = bucketWords
    }

    var count: Int { starts.count - 1 }

    private func key(at position: Int) -> Slice<FlatArray<UInt8>> {
        bytes[Int(starts[position])..<Int(starts[position + 1])]
    }

    /// Whether a word of the list, of four characters or more, is within one edit of this one.
    func hasWord(near word: String) -> Bool {
        var utf8 = word
        return utf8.withUTF8 { query in
            guard query.allSatisfy({ $0 < 0x80 }) else {
                return (0..<count).contains {
                    String(decoding: key(at: $0), as: UTF8.self).isWithinOneEdit(of: word, minimumLength: Self.minimumLength)
                }
            }
            for position in asciiCount..<count
            where String(decoding: key(at: position), as: UTF8.self).isWithinOneEdit(of: word, minimumLength: Self.minimumLength) {
                return true
            }
            let mask = bucketStart.count - 2
            var found = false
            Self.forEachVariant(of: query) { hash in
                guard !found else { return }
                let bucket = Int(truncatingIfNeeded: hash) & mask
                for entry in Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1]) {
                    let key = key(at: Int(bucketWords[entry]))
                    // ASCII words: a character is a byte, so lengths and edits are counted on the bytes.
                    if abs(key.count - query.count) <= 1, String.withinOneEdit(key, query) {
                        found = true
                        return
                    }
                }
            }
            return found
        }
    }

    /// The FNV-1a hash (``ByteStringTable/hash(_:)``) of the word and of the word with each of its
    /// bytes left out in turn.
    private static func forEachVariant(of word: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x100_0000_01b3
        var prefix = offsetBasis
        for left in 0..<word.count {
            var hash = prefix
            for index in (left + 1)..<word.count { hash = (hash ^ UInt64(word[index])) &* prime }
            body(hash)
            prefix = (prefix ^ UInt64(word[left])) &* prime
        }
        body(prefix)
    }
}

extension NearSpellingIndex {
    func write(to writer: inout ImageWriter) {
        writer.raw(bytes)
        writer.words(starts)
        writer.count(asciiCount)
        writer.words(bucketStart)
        writer.words(bucketWords)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let bytes = try reader.byteTable()
        let starts = try reader.table(Int32.self)
        let asciiCount = try reader.count()
        let bucketStart = try reader.table(Int32.self)
        let bucketWords = try reader.table(Int32.self)
        // Read in place, only the sizes are checked (see ``ImageReader/inPlace``).
        guard let last = starts.last, Int(last) == bytes.count, asciiCount < starts.count, bucketStart.count >= 2,
            (bucketStart.count - 1).nonzeroBitCount == 1, bucketStart.last.map({ Int($0) == bucketWords.count }) ?? false,
            reader.inPlace || bucketWords.allSatisfy({ $0 >= 0 && Int($0) < asciiCount })
        else {
            throw .malformed("the near-spelling index is inconsistent", at: reader.offset)
        }
        self.init(bytes: bytes, starts: starts, asciiCount: asciiCount, bucketStart: bucketStart, bucketWords: bucketWords)
    }
}
