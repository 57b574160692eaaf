extension TFIDFIndex {
    /// How much each kind of term counts before IDF.
    ///
    /// Words carry the meaning; stop words a little (so "what can you do" is not empty);
    /// adjacent-word pairs keep order ("how long" vs "long how"); character trigrams let a
    /// typo ("kubernets") still share most of its trigrams with the right word, each one
    /// light so that the word itself wins when it is spelt right.
    public struct Weights: Hashable, Sendable {
        public var word: Float = 1.0
        public var stopWord: Float = 0.25
        public var bigram: Float = 0.6
        public var trigram: Float = 0.25
        public init() {}
    }

    /// A term as shown (explanations): the kind decides its weight and how it is shown.
    enum TermKey: Hashable {
        case word(String)
        case bigram(String, String)
        /// Three bytes of a word with `^`/`$` boundary markers, packed.
        case trigram(UInt32)
        case number(isMoney: Bool)

        var display: String {
            switch self {
            case let .word(word): word
            case let .bigram(first, second): "\(first) \(second)"
            case let .trigram(packed):
                String(decoding: [UInt8(packed >> 16 & 0xFF), UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF)], as: UTF8.self)
            case let .number(isMoney): isMoney ? "<money>" : "<number>"
            }
        }

        var isTrigram: Bool { if case .trigram = self { true } else { false } }

        /// The term read back from its bytes in the index's ``ByteStringTable``, as
        /// ``TFIDFIndex/terms(of:stems:weights:visit:)`` writes them: a kind byte, then the
        /// word(s) (a pair's two words joined by a zero byte), the trigram's three bytes or the
        /// number's kind.
        init(bytes: ArraySlice<UInt8>) {
            let payload = bytes.dropFirst()
            switch bytes.first {
            case 2:
                let zero = payload.firstIndex(of: 0) ?? payload.endIndex
                self = .bigram(
                    String(decoding: payload[..<zero], as: UTF8.self),
                    String(decoding: payload[zero...].dropFirst(), as: UTF8.self))
            case 3:
                self = .trigram(payload.reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
            case 4:
                self = .number(isMoney: payload.first == 1)
            default:
                self = .word(String(decoding: payload, as: UTF8.self))
            }
        }
    }

    /// The term with an id.
    func key(of id: Int32) -> TermKey { TermKey(bytes: ArraySlice(terms.key(at: Int(id)))) }

    /// Each word token's stem (the others' entries are empty), for ``terms(of:stems:weights:visit:)``.
    static func stems(of tokens: [Token], stem: (String) -> String = Stemmer.stem) -> [String] {
        tokens.map { $0.kind == .word ? stem($0.text) : "" }
    }

    /// The weighted terms of a text as their ``TermKey/bytes``, one call per occurrence (not yet
    /// merged); `stems` are the tokens' stems (``stems(of:stem:)``). The bytes are valid only
    /// during the call: one buffer is reused for every term, so a query allocates no `String`
    /// or array per term.
    static func terms(
        of tokens: [Token], stems: [String], weights: Weights, visit: (UnsafeBufferPointer<UInt8>, Float) -> Void
    ) {
        var key: [UInt8] = []
        key.reserveCapacity(64)
        func emit(_ weight: Float) { key.withUnsafeBufferPointer { visit($0, weight) } }
        var previous: Int?
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .boundary:
                previous = nil
            case .number:
                key.removeAll(keepingCapacity: true)
                key += [4, token.isMoney ? 1 : 0]
                emit(weights.word)
                previous = nil
            case .word:
                let stem = stems[position]
                let isStop = StopWords.contains(token.text)
                key.removeAll(keepingCapacity: true)
                key.append(1)
                key += stem.utf8
                emit(isStop ? weights.stopWord : weights.word)
                if let previous {
                    let both = isStop && StopWords.contains(stems[previous])
                    key.removeAll(keepingCapacity: true)
                    key.append(2)
                    key += stems[previous].utf8
                    key.append(0)
                    key += stem.utf8
                    emit(both ? weights.stopWord : weights.bigram)
                }
                previous = position
                if !isStop { trigrams(of: token.text, key: &key, weight: weights.trigram, visit: visit) }
            }
        }
    }

    /// The character trigrams of a word with `^`/`$` boundary markers, each as `[3, a, b, c]`.
    private static func trigrams(
        of word: String, key: inout [UInt8], weight: Float, visit: (UnsafeBufferPointer<UInt8>, Float) -> Void
    ) {
        let utf8 = word.utf8
        guard utf8.count >= 3 else { return }
        key.removeAll(keepingCapacity: true)
        key += [3, UInt8(ascii: "^"), 0, 0]
        var filled = 1
        for byte in utf8 {
            if filled == 1 {
                key[2] = byte
                filled = 2
                continue
            }
            key[3] = byte
            key.withUnsafeBufferPointer { visit($0, weight) }
            (key[1], key[2]) = (key[2], byte)
        }
        key[3] = UInt8(ascii: "$")
        key.withUnsafeBufferPointer { visit($0, weight) }
    }
}
