/// Decodes the standard base64 alphabet (with `=` padding), as the image is embedded.
enum Base64 {
    struct InvalidText: Error, CustomStringConvertible {
        var description: String { "the compiled knowledge image is not valid base64" }
    }

    static func decode(_ text: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        guard text.count % 4 == 0 else { throw InvalidText() }
        var padding = 0
        if text.count >= 1, text[text.count - 1] == UInt8(ascii: "=") { padding += 1 }
        if text.count >= 2, text[text.count - 2] == UInt8(ascii: "=") { padding += 1 }
        let length = text.count / 4 * 3 - padding
        let table = values
        var valid = true
        let bytes = [UInt8](unsafeUninitializedCapacity: length) { output, initialised in
            var out = 0
            var index = 0
            while index < text.count {
                let a = table[Int(text[index])], b = table[Int(text[index + 1])]
                let c = table[Int(text[index + 2])], d = table[Int(text[index + 3])]
                if (a | b | c | d) & 0x80 != 0 {
                    // Padding is only allowed at the very end.
                    guard index + 4 == text.count, a & 0x80 == 0, b & 0x80 == 0 else { valid = false; break }
                }
                let quad = UInt32(a & 0x3F) << 18 | UInt32(b & 0x3F) << 12 | UInt32(c & 0x3F) << 6 | UInt32(d & 0x3F)
                if out < length { output[out] = UInt8(truncatingIfNeeded: quad >> 16) }
                if out + 1 < length { output[out + 1] = UInt8(truncatingIfNeeded: quad >> 8) }
                if out + 2 < length { output[out + 2] = UInt8(truncatingIfNeeded: quad) }
                out += 3
                index += 4
            }
            initialised = valid ? length : 0
        }
        guard valid else { throw InvalidText() }
        return bytes
    }

    /// Each byte's 6-bit value, or 0x80 for one outside the alphabet (`=` included).
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0x80, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        return table
    }()
}
