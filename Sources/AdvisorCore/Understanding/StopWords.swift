/// Words too common to tell intents apart; the classifier gives their terms a small weight.
///
/// They are down-weighted rather than dropped so that a short utterance made only of them
/// ("what can you do") still has something to match. Question words (how, what, who, where, which, when, why), negations (not, no) and yes
/// stay: "how long" and "who hires" are exactly what separates timeline from employers.
/// The entity extractor does not use this list; it needs "a", "not" and "as".
public enum StopWords {
    public static let words: Set<String> = [
        "a", "an", "the", "i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "it", "its",
        "this", "that", "these", "those", "is", "am", "are", "was", "were", "be", "been", "being", "do",
        "does", "did", "have", "has", "had", "to", "of", "in", "on", "at", "by", "for", "from", "with",
        "and", "or", "so", "just", "very", "some", "any", "there", "then", "than", "too", "also",
        "would", "could", "should", "can", "will", "shall", "might", "may", "must", "um", "uh", "hmm",
        "like", "please", "well", "about", "into", "as", "if", "he", "she", "they", "them",
        "their", "his", "her", "actually", "basically", "kinda", "sort", "bit", "lot", "lots", "much", "quite",
    ]

    public static func contains(_ word: String) -> Bool { words.contains(word) }
}
