/// A light suffix stripper so that "tools", "salaries" and "learning" meet "tool", "salary", "learn".
///
/// The rules, tried in order on lower-case ASCII words of at least four letters (shorter
/// words, words with digits or non-ASCII letters and the ``protected`` words are left alone):
/// 1. `-ies` → `-y` ("salaries" → "salary", "companies" → "company").
/// 2. `-sses` → `-ss`; words ending in `-ss`, `-us`, `-is` keep their s ("class", "status", "analysis").
/// 3. `-es` after ss, x, z, ch, sh → dropped ("boxes" → "box", "switches" → "switch").
/// 4. `-s` → dropped ("tools" → "tool", "courses" → "course").
/// 5. `-ing` and `-ed` → dropped when at least three letters remain and one is a vowel
///    ("learning" → "learn", "switched" → "switch"; "thing" and "need" stay); a doubled final
///    consonant is undoubled ("planning" → "plan", "shipped" → "ship"), except l, s, z ("skilled").
///
/// `-er` is deliberately *not* stripped: it would turn "career" into "care", "engineer" into
/// "engine" and "docker" into "dock", confusing exactly the words this product is about. The
/// stemmer only needs to be consistent, not linguistic: training examples and queries go
/// through the same rules.
public enum Stemmer {
    /// Words the rules would damage.
    public static let protected: Set<String> = [
        "kubernetes", "aws", "pandas", "mlops", "devops", "aiops", "dataops", "ops", "this", "has", "was", "is",
        "does", "always", "news", "series", "yes", "less", "bus", "gas", "plus", "bias", "alias", "across",
        "during", "nothing", "something", "anything", "everything", "morning", "evening", "bring", "spring",
        "string", "thing", "things", "being", "sometimes", "perhaps", "whereas", "numpy", "sagemaker",
    ]

    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, !protected.contains(word),
            bytes.allSatisfy({ $0 >= 97 && $0 <= 122 })
        else { return word }
        if bytes.ends(with: "ies") { return String(decoding: bytes.dropLast(3), as: UTF8.self) + "y" }
        if bytes.ends(with: "sses") { return String(decoding: bytes.dropLast(2), as: UTF8.self) }
        if bytes.ends(with: "ss") || bytes.ends(with: "us") || bytes.ends(with: "is") { return word }
        if bytes.ends(with: "es") {
            let stem = bytes.dropLast(2)
            if stem.ends(with: "ss") || stem.ends(with: "x") || stem.ends(with: "z") || stem.ends(with: "ch") || stem.ends(with: "sh") {
                return String(decoding: stem, as: UTF8.self)
            }
        }
        if bytes.last == UInt8(ascii: "s") { return String(decoding: bytes.dropLast(), as: UTF8.self) }
        for suffix in ["ing", "ed"] where bytes.ends(with: suffix) {
            var stem = Array(bytes.dropLast(suffix.utf8.count))
            guard stem.count >= 3, stem.contains(where: isVowel) else { return word }
            if stem.count >= 4, let last = stem.last, last == stem[stem.count - 2], !isVowel(last),
                !"lsz".utf8.contains(last)
            {
                stem.removeLast()
            }
            return String(decoding: stem, as: UTF8.self)
        }
        return word
    }

    private static func isVowel(_ byte: UInt8) -> Bool { "aeiouy".utf8.contains(byte) }
}

private extension Collection where Element == UInt8 {
    func ends(with suffix: String) -> Bool {
        let tail = suffix.utf8
        guard count >= tail.count else { return false }
        return zip(self.suffix(tail.count), tail).allSatisfy { $0 == $1 }
    }
}
