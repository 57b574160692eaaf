/// The words that tell whether a message is about the advisor's domain, and whether it asks
/// for "more", read from the knowledge base's word lists (`Knowledge/words.yaml`) once.
///
/// A message is in the domain when it uses a domain word or names anything the
/// ``EntityExtractor`` knows (a tool, certification, tool family, background or level). Words are
/// compared stemmed, as the ``Normalizer`` and ``Stemmer`` give them, so "certificates" matches
/// "certificate" and "Kubernetes" matches however it is cased.
public struct DomainVocabulary: Sendable {
    /// Stemmed domain words, and domain phrases as their stemmed words.
    private let words: Set<String>
    private let phrases: [[String]]
    /// The same for words about work and learning in general.
    private let careerWords: Set<String>
    private let careerPhrases: [[String]]
    /// Messages that ask to continue, as their joined stemmed words.
    private let more: Set<String>

    public init(knowledge: KnowledgeBase) {
        (words, phrases) = Self.lexicon(knowledge.words(.domain))
        (careerWords, careerPhrases) = Self.lexicon(knowledge.words(.career))
        more = Set(knowledge.words(.more).map { Self.stems($0).joined(separator: " ") }.filter { !$0.isEmpty })
    }

    /// Whether the message talks about MLOps careers: a domain word, or a name the extractor found.
    public func isInDomain(_ text: String, entities: Entities) -> Bool {
        if !entities.tools.isEmpty || !entities.certifications.isEmpty || !entities.toolGroups.isEmpty
            || !entities.backgrounds.isEmpty
        {
            return true
        }
        return Self.mentions(Self.stems(text), words, phrases)
    }

    /// Whether the message talks about work or learning in general ("salary", "skills", "course").
    public func mentionsCareer(_ text: String) -> Bool {
        Self.mentions(Self.stems(text), careerWords, careerPhrases)
    }

    private static func mentions(_ stems: [String], _ words: Set<String>, _ phrases: [[String]]) -> Bool {
        if stems.contains(where: words.contains) { return true }
        return phrases.contains { phrase in
            stems.count >= phrase.count
                && (0...(stems.count - phrase.count)).contains { stems[$0..<($0 + phrase.count)].elementsEqual(phrase) }
        }
    }

    private static func lexicon(_ entries: [String]) -> (Set<String>, [[String]]) {
        var words: Set<String> = []
        var phrases: [[String]] = []
        for phrase in entries {
            let stems = stems(phrase)
            if stems.count == 1 { words.insert(stems[0]) } else if !stems.isEmpty { phrases.append(stems) }
        }
        return (words, phrases)
    }

    /// Whether the whole message asks to continue the last answer ("more", "go on").
    public func asksForMore(_ text: String) -> Bool {
        more.contains(Self.stems(text).joined(separator: " "))
    }

    /// The stemmed words of a text, stop words kept (so "go on" and "the rest" stay phrases).
    static func stems(_ text: String) -> [String] {
        Normalizer.tokens(text).filter { $0.kind == .word }.map { Stemmer.stem($0.text) }
    }
}
