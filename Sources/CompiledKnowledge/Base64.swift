/// Decodes the standard base64 alphabet (with `=` padding), as the image is embedded.
enum Base64 {
    struct InvalidText: Error, CustomStringConvertible {
        var description: String { "the compiled knowledge image is not valid base64" }
    }

    /// The bytes of `text`; one pass, four characters to three bytes, no per-byte bounds checks.
    static func decode(_ text: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        guard text.count % 4 == 0, let base = text.baseAddress else { throw InvalidText() }
        guard text.count > 0 else { return [] }
        var padding = 0
        if text[text.count - 1] == UInt8(ascii: "=") { padding += 1 }
        if text[text.count - 2] == UInt8(ascii: "=") { padding += 1 }
        let quads = text.count / 4
        let length = quads * 3 - padding
        var invalid: UInt8 = 0
        let bytes = values.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: quads * 3) { output, initialised in
                let out = output.baseAddress!
                // Every full quad but the last: bytes outside the alphabet set bit 7 of `invalid`.
                for quad in 0..<quads - 1 {
                    let input = base + 4 * quad
                    let a = table[Int(input[0])], b = table[Int(input[1])], c = table[Int(input[2])], d = table[Int(input[3])]
                    invalid |= a | b | c | d
                    let value = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                    out[3 * quad] = UInt8(truncatingIfNeeded: value >> 16)
                    out[3 * quad + 1] = UInt8(truncatingIfNeeded: value >> 8)
                    out[3 * quad + 2] = UInt8(truncatingIfNeeded: value)
                }
                // The last quad may end in padding (`=`, outside the alphabet, read as zero bits).
                let input = base + 4 * (quads - 1)
                let a = table[Int(input[0])], b = table[Int(input[1])]
                let c = padding >= 2 ? 0 : table[Int(input[2])], d = padding >= 1 ? 0 : table[Int(input[3])]
                invalid |= a | b | c | d
                let value = UInt32(a & 0x3F) << 18 | UInt32(b & 0x3F) << 12 | UInt32(c & 0x3F) << 6 | UInt32(d & 0x3F)
                let last = 3 * (quads - 1)
                out[last] = UInt8(truncatingIfNeeded: value >> 16)
                out[last + 1] = UInt8(truncatingIfNeeded: value >> 8)
                out[last + 2] = UInt8(truncatingIfNeeded: value)
                initialised = length
            }
        }
        guard invalid & 0x80 == 0 else { throw InvalidText() }
        return bytes
    }

    /// Each byte's 6-bit value, or 0x80 for one outside the alphabet.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0x80, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        return table
    }()
}
