/// The words that tell what a message negates ("not a backend dev", "no kubernetes") from what it
/// only asks about ("isn't Kubernetes enough?"), read from the cue lists of `Knowledge/cues.yaml`.
struct NegationWords: Sendable {
    /// Words that negate the few words after them in their clause: `negations`.
    let negations: Set<String>
    /// Words that end a negation's reach: `negation-breakers`.
    let breakers: Set<String>
    /// Words right after a negation that make it none: `not-negating` ("not sure").
    let notNegating: Set<String>
    /// Words that, opening a clause right before a negation, make it a question: `question-auxiliaries`.
    let questionAuxiliaries: Set<String>

    init(knowledge: KnowledgeBase) {
        negations = knowledge.cueWordSet(.negations)
        breakers = knowledge.cueWordSet(.negationBreakers)
        notNegating = knowledge.cueWordSet(.notNegating)
        questionAuxiliaries = knowledge.cueWordSet(.questionAuxiliaries)
    }
}
