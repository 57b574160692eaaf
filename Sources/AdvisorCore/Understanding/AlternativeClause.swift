/// What a clause opened by "or", an auxiliary and a word that points back asks.
enum AlternativeClause: Equatable {
    /// Whether the clause before holds at all: "…for MLOps, or is it only for software engineers?".
    case asksAgain
    /// Which of two things, by a `choice-words` word: "…stay backend, or is it better to go MLOps?".
    case choice

    /// How many words open a choice clause: "or is it better".
    static let choiceOpening = 4
}
