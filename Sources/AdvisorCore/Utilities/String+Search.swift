import Foundation

extension String {
    /// Whether `other` occurs in the text, exactly as Foundation's `contains(_:)` answers (a
    /// character matches its canonical equivalents, a match never splits a character, the empty
    /// string is never found), but without bridging to `NSString` where bytes give that answer.
    ///
    /// When both texts are made only of scalars that are characters of their own and that no
    /// other sequence of such scalars is canonically equivalent to (line breaks, printable ASCII,
    /// Latin-1, dashes and quotes, general punctuation, currency signs, simple arrows: what
    /// replies are made of), a byte search gives the same answer; anything else is left to
    /// Foundation. A reply checks each unit and source it holds against its text this way, which
    /// through `NSString` had cost more than answering the question.
    func containsText(_ other: String) -> Bool {
        guard !other.isEmpty else { return false }
        var text = self, other = other
        let found: Bool? = text.withUTF8 { haystack in
            other.withUTF8 { needle in
                guard Self.isPlain(haystack), Self.isPlain(needle) else { return nil }
                return Self.bytes(needle, occurIn: haystack)
            }
        }
        // Foundation's contains(_:) is range(of:) != nil (called by name: inside an extension of
        // String, `contains` may resolve to the standard library's).
        return found ?? (range(of: other) != nil)
    }

    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead == 0x0A || (0x20...0x7E).contains(lead) else { return false }
                index += 1
            } else if lead & 0xE0 == 0xC0, index + 1 < bytes.count {
                let scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                // Latin-1 only: the rest of the two-byte range holds combining marks.
                guard (0xA0...0xFF).contains(scalar) else { return false }
                index += 2
            } else if lead & 0xF0 == 0xE0, index + 2 < bytes.count {
                let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                switch scalar {
                case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x2199: index += 3
                default: return false
                }
            } else {
                return false
            }
        }
        return true
    }

    private static func bytes(_ needle: UnsafeBufferPointer<UInt8>, occurIn haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
