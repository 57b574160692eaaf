/// Options weighed against each other: "stay frontend, go ML engineer, or MLOps", "AWS cert or
/// CKA first?", "kubeflow or mlflow?", "do I really need Kubernetes?", and the follow-up that adds
/// one ("what about data engineering?").
extension DialoguePolicy {
    /// The decision for a message that weighs options (``WeighedOptions``), or nil.
    ///
    /// `earlier` is what the last answer weighed: a follow-up that names a new option of the same
    /// kind ("what about data engineering?") weighs that one alone and names the earlier ones,
    /// so the answer before is not given again.
    func weighing(_ understanding: Understanding, _ cues: UtteranceCues, utterance: String, state: DialogueState, earlier: WeighedOptions?)
        -> DialogueDecision?
    {
        let entities = understanding.entities
        var options = WeighedOptions(cues, entities: entities, profile: state.profile, knowledge: knowledge)
        if options == nil, let earlier, cues.asksAboutAnother || cues.mentions(.gapWeigh) {
            let added = WeighedOptions.named(earlier.kind, cues, entities: entities, profile: state.profile, knowledge: knowledge).filter {
                !earlier.includes($0)
            }
            if !added.isEmpty { options = WeighedOptions(kind: earlier.kind, options: added, earlier: earlier.earlier + earlier.options) }
        }
        guard let options else { return nil }
        var state = state
        // "…, i already have CKA": what the person says about themselves is kept, as for any question.
        let changes = cues.isSelfDescription ? takeIn(entities, cues, intent: options.kind.intent, into: &state.profile) : []
        state.lastIntent = options.kind.intent
        state.lastEntities = entities
        state.lastOptions = options
        let question = DialogueAction.Question(intent: options.kind.intent, entities: entities, text: utterance, options: options)
        return DialogueDecision(actions: (changes.isEmpty ? [] : [.noted(changes)]) + [.answer(question)], state: state)
    }
}
