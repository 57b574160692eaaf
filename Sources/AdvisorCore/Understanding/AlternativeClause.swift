/// What a clause opened by "or", an auxiliary and a word that points back asks.
enum AlternativeClause: Equatable {
    /// Whether the clause before holds at all: "…for MLOps, or is it only for software engineers?".
    case asksAgain
    /// Which of two things, by a `choice-words` word: "…stay backend, or is it better to go MLOps?".
    case choice

    /// How many words open a choice clause: "or is it better".
    static let choiceOpening = 4

    /// The clause an "or" at `index` of `words` opens, when an `auxiliaries` word and a
    /// `back-pointers` word follow it; nil for any other word. `words` are lower-case words as
    /// typed. The three short lists are read where they are kept: no set is built per message.
    init?(_ words: [String], at index: Int, knowledge: KnowledgeBase) {
        guard words.indices.contains(index + 2), words[index] == "or", knowledge.words(.auxiliaries).contains(words[index + 1]),
            knowledge.words(.backPointers).contains(words[index + 2])
        else { return nil }
        self = words.indices.contains(index + 3) && knowledge.words(.choiceWords).contains(words[index + 3]) ? .choice : .asksAgain
    }
}
