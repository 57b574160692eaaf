/// The words by which a sentence asks ("what", "is it", "the salary"), read from the word lists
/// of `Knowledge/words.yaml`: ``MessageSplitter`` parts a sentence by them, and
/// ``UtteranceCues`` tells by them whether a sentence opens like a question.
///
/// How the words are used (which word may stand where) is the splitter's grammar, in Swift;
/// which words they are is data.
struct QuestionWords: Sendable {
    /// Question words that make a part a question wherever they stand: `question-words`.
    let questionWords: Set<String>
    /// Question words that open a question right after a comma: `comma-question-openers`.
    let commaOpeners: Set<String>
    /// Question words that ask only as the first word: `opening-question-words` ("who").
    let openingQuestionWords: Set<String>
    /// Words that ask when a subject follows them: `auxiliaries` ("is", "do").
    let auxiliaries: Set<String>
    /// Subjects after an auxiliary, besides determiners and topic nouns: `question-subjects`.
    let subjects: Set<String>
    /// Words before a topic noun: `determiners` ("the", "my").
    let determiners: Set<String>
    /// Words after which a topic noun is the object of something else: `prepositions`.
    let prepositions: Set<String>
    /// What people ask about, as the nouns they ask with: `topic-nouns` ("salary", "tools").
    let topicNouns: Set<String>

    init(knowledge: KnowledgeBase) { self.init(words: knowledge.words) }

    /// The words of each list as `words` gives them (a knowledge base's, or lists still being read).
    init(words: (WordList.Name) -> [String]) {
        questionWords = Set(words(.questionWords))
        commaOpeners = Set(words(.commaQuestionOpeners))
        openingQuestionWords = Set(words(.openingQuestionWords))
        auxiliaries = Set(words(.auxiliaries))
        subjects = Set(words(.questionSubjects))
        determiners = Set(words(.determiners))
        prepositions = Set(words(.prepositions))
        topicNouns = Set(words(.topicNouns))
    }

    /// Whether a word asks as a question word: any of `question-words`, or an opening one.
    func isQuestionWord(_ word: String) -> Bool { questionWords.contains(word) || openingQuestionWords.contains(word) }
}
