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
    /// Auxiliaries that make a list item ask whatever follows: `item-question-openers` ("is docker enough").
    let itemOpeners: Set<String>
    /// Subjects after an auxiliary, besides determiners and topic nouns: `question-subjects`.
    let subjects: Set<String>
    /// Words before a topic noun: `determiners` ("the", "my").
    let determiners: Set<String>
    /// Words after which a topic noun is the object of something else: `prepositions`.
    let prepositions: Set<String>
    /// What people ask about, as the nouns they ask with: `topic-nouns` ("salary", "tools").
    let topicNouns: Set<String>
    /// First words that make a statement one about the writer: `first-person-openers` ("i", "my").
    let firstPersonOpeners: Set<String>
    /// Words that announce questions before a colon: `preamble-words` ("few doubts:").
    let preambleWords: Set<String>

    init(knowledge: KnowledgeBase) { self.init(words: knowledge.words) }

    /// The words of each list as `words` gives them (a knowledge base's, or lists still being read).
    init(words: (WordList.Name) -> [String]) {
        questionWords = Set(words(.questionWords))
        commaOpeners = Set(words(.commaQuestionOpeners))
        openingQuestionWords = Set(words(.openingQuestionWords))
        auxiliaries = Set(words(.auxiliaries))
        itemOpeners = Set(words(.itemQuestionOpeners))
        subjects = Set(words(.questionSubjects))
        determiners = Set(words(.determiners))
        prepositions = Set(words(.prepositions))
        topicNouns = Set(words(.topicNouns))
        firstPersonOpeners = Set(words(.firstPersonOpeners))
        preambleWords = Set(words(.preambleWords))
    }

    /// Whether a word asks as a question word: any of `question-words`, or an opening one.
    func isQuestionWord(_ word: String) -> Bool { questionWords.contains(word) || openingQuestionWords.contains(word) }
}
