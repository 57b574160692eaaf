/// Reading a whole message: which of its sentences and "and"-joined parts are questions of their
/// own, and the round trip of questions deferred from an earlier long message.
extension DialoguePolicy {
    /// Decides on a whole message, as typed (after ``Advisor/prepared(_:)``).
    ///
    /// The message is split into sentences and "and"-joined questions (``MessageSplitter``); each
    /// part is read with `understand`, a pure function of its text (the classifier and the
    /// extractor). Two sentences may be an answer to the pending question and a question
    /// ("frontend. how long?"); questions joined by "and" never are. When the person accepts the
    /// offer to answer questions deferred from a long message, they are answered here, in the
    /// same turn.
    public func decide(
        message utterance: String, understanding: Understanding, state: DialogueState,
        understand: (String) -> Understanding
    ) -> DialogueDecision {
        let sentences = splitter.sentencesAsked(in: utterance)
        let questions = sentences.map { separateQuestions(in: $0, understand: understand) }
        var decision: DialogueDecision
        if questions.contains(where: { $0 != nil }) {
            let parts = zip(sentences, questions).flatMap { sentence, parts in parts ?? [(sentence, understand(sentence))] }
            decision = decide(
                parts: Self.withGaps(
                    of: understanding, Self.joiningSameSubject(parts, understand: understand, continues: continuesTheSentenceBefore)),
                state: state)
        } else if sentences.count > 1, state.pending == nil || sentences.count > 2,
            case let parts = Self.joiningSameSubject(
                sentences.map { ($0, understand($0)) }, understand: understand, continues: continuesTheSentenceBefore), parts.count > 1
        {
            decision = decide(parts: Self.withGaps(of: understanding, parts), state: state)
        } else {
            decision = decide(understanding, utterance: utterance, state: state)
        }
        if case let .answerDeferred(deferred)? = decision.actions.first {
            decision = answer(parts: deferred.map { ($0, understand($0)) }, state: decision.state)
        }
        return decision
    }

    /// Whether a sentence asks on about the one before it ("If so, how much?").
    private func continuesTheSentenceBefore(_ text: String) -> Bool {
        UtteranceCues(text, knowledge: knowledge).continuesTheSentenceBefore
    }

    /// The parts, with neighbours that name the same tools and certificates (and some) read as
    /// one question: "Why not just use Kubernetes? Isn't Kubernetes enough?" asks one thing twice;
    /// so does a part that `continues` the one before ("Should data scientists learn Kubernetes?
    /// If so, how much?").
    public static func joiningSameSubject(
        _ parts: [(text: String, understanding: Understanding)], understand: (String) -> Understanding,
        continues: (String) -> Bool = { _ in false }
    ) -> [(text: String, understanding: Understanding)] {
        func subject(_ entities: Entities) -> Set<String> {
            Set(entities.tools.map { "tool:\($0)" } + entities.certifications.map { "cert:\($0)" })
        }
        var joined: [(text: String, understanding: Understanding)] = []
        for part in parts {
            if let last = joined.last,
                continues(part.text)
                    || !subject(part.understanding.entities).isEmpty
                        && subject(part.understanding.entities) == subject(last.understanding.entities)
            {
                let text = last.text + " " + part.text
                joined[joined.count - 1] = (text, understand(text))
            } else {
                joined.append(part)
            }
        }
        return joined
    }

    /// The parts, the first given what the whole message names that the articles lack and no
    /// part names alone ("I'm an ML engineer. What's the pay difference?": no ML-engineer pay).
    static func withGaps(
        of whole: Understanding, _ parts: [(text: String, understanding: Understanding)]
    ) -> [(text: String, understanding: Understanding)] {
        var parts = parts
        guard !parts.isEmpty else { return parts }
        for gap in whole.entities.gaps where !parts.contains(where: { $0.understanding.entities.gaps.contains(gap) }) {
            parts[0].understanding.entities.gaps.append(gap)
        }
        // The job with no path and its closest one go with the gap, whichever part admits it.
        for index in parts.indices where parts[index].understanding.entities.closestBackground == nil {
            parts[index].understanding.entities.closestBackground = whole.entities.closestBackground
        }
        return parts
    }

    /// The questions one sentence joins with "and" (``MessageSplitter/questions(in:)``), understood,
    /// or nil when it is one question: when a part is no question the advisor answers ("who are
    /// you and what do you do"), or all parts ask the same thing. A part that names no background
    /// takes the one its neighbour names ("what's the salary and the timeline for backend": both
    /// for backend).
    private func separateQuestions(
        in sentence: String, understand: (String) -> Understanding
    ) -> [(text: String, understanding: Understanding)]? {
        let questions = splitter.questions(in: sentence)
        guard questions.count > 1 else { return nil }
        var parts = questions.map { (text: $0, understanding: understand($0)) }
        guard
            parts.allSatisfy({
                Self.questionIntents.contains($0.understanding.intent)
                    && $0.understanding.confidence >= thresholds.clarify
            })
        else { return nil }
        if let named = parts.map(\.understanding.entities).first(where: { !$0.backgrounds.isEmpty || $0.unknownBackground != nil }) {
            for index in parts.indices
            where parts[index].understanding.entities.backgrounds.isEmpty
                && parts[index].understanding.entities.unknownBackground == nil
            {
                parts[index].understanding.entities.backgrounds = named.backgrounds
                parts[index].understanding.entities.unknownBackground = named.unknownBackground
            }
        }
        let first = parts[0].understanding
        guard parts.contains(where: { $0.understanding.intent != first.intent || $0.understanding.entities != first.entities }) else {
            return nil
        }
        return parts
    }
}
