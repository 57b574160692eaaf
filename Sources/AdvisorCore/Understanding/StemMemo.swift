/// Remembers each word's stem while a classifier is built, so that start-up stems every distinct
/// word of the training examples once rather than every occurrence of it two or three times
/// (index terms, keyword specificity).
struct StemMemo {
    private var stems: [String: String] = [:]

    /// ``Stemmer/stem(_:)`` of the word, computed once per distinct word.
    mutating func stem(_ word: String) -> String {
        if let known = stems[word] { return known }
        let stem = Stemmer.stem(word)
        stems[word] = stem
        return stem
    }
}
