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

    /// A term before interning: the kind decides its weight and how it is shown.
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

        /// The term as bytes for the index's ``ByteStringTable``: a kind byte, then the word(s)
        /// (a pair's two words joined by a zero byte), the trigram's three bytes or the number's kind.
        var bytes: [UInt8] {
            var bytes: [UInt8] = []
            append(to: &bytes)
            return bytes
        }

        func append(to bytes: inout [UInt8]) {
            switch self {
            case let .word(word):
                bytes.append(1)
                bytes += word.utf8
            case let .bigram(first, second):
                bytes.append(2)
                bytes += first.utf8
                bytes.append(0)
                bytes += second.utf8
            case let .trigram(packed):
                bytes += [3, UInt8(packed >> 16 & 0xFF), UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF)]
            case let .number(isMoney):
                bytes += [4, isMoney ? 1 : 0]
            }
        }

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

    /// The id of a term, or nil when no document has it (`scratch` is reused between calls).
    func id(of key: TermKey, scratch: inout [UInt8]) -> Int32? {
        scratch.removeAll(keepingCapacity: true)
        key.append(to: &scratch)
        return scratch.withUnsafeBufferPointer { terms.position(of: $0) }
    }

    /// The term with an id.
    func key(of id: Int32) -> TermKey { TermKey(bytes: terms.key(at: Int(id))) }

    /// The weighted terms of a text, one entry per occurrence (not yet merged).
    static func terms(
        of tokens: [Token], weights: Weights, stem: (String) -> String = Stemmer.stem,
        visit: (TermKey, Float) -> Void
    ) {
        var previous: String?
        for token in tokens {
            switch token.kind {
            case .boundary:
                previous = nil
            case .number:
                visit(.number(isMoney: token.isMoney), weights.word)
                previous = nil
            case .word:
                let stem = stem(token.text)
                let isStop = StopWords.contains(token.text)
                visit(.word(stem), isStop ? weights.stopWord : weights.word)
                if let previous {
                    let both = isStop && StopWords.contains(previous)
                    visit(.bigram(previous, stem), both ? weights.stopWord : weights.bigram)
                }
                previous = stem
                if !isStop { trigrams(of: token.text, weight: weights.trigram, visit: visit) }
            }
        }
    }

    private static func trigrams(of word: String, weight: Float, visit: (TermKey, Float) -> Void) {
        let utf8 = word.utf8
        guard utf8.count >= 3 else { return }
        var window: (UInt32, UInt32) = (UInt32(UInt8(ascii: "^")), 0)
        var filled = 1
        for byte in utf8 {
            if filled == 1 {
                window.1 = UInt32(byte)
                filled = 2
                continue
            }
            visit(.trigram(window.0 << 16 | window.1 << 8 | UInt32(byte)), weight)
            window = (window.1, UInt32(byte))
        }
        visit(.trigram(window.0 << 16 | window.1 << 8 | UInt32(UInt8(ascii: "$"))), weight)
    }
}
