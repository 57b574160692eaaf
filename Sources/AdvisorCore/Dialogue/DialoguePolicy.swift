/// Picks what to do with an utterance, given how it was understood and what the advisor remembers.
///
/// The policy is pure: an ``Understanding`` and a ``DialogueState`` in, actions and the next
/// state out. It decides *what* to say (answer, ask, clarify, acknowledge); the ``Responder``
/// decides the words. Tests feed it ``Understanding`` values directly, so its rules do not
/// depend on the classifier's exact scores.
public struct DialoguePolicy: Sendable {
    public let knowledge: KnowledgeBase
    public let thresholds: IntentClassifier.Thresholds
    /// How many questions of one long message are answered at once; the rest are offered.
    public let questionsPerMessage: Int
    /// What puts a message in the domain, and what asks for "more".
    public let vocabulary: DomainVocabulary
    /// Cuts a message into its sentences and questions, with the knowledge base's question words
    /// read once, not on every turn.
    let splitter: MessageSplitter

    public init(knowledge: KnowledgeBase, thresholds: IntentClassifier.Thresholds, questionsPerMessage: Int = 4) {
        self.knowledge = knowledge
        self.thresholds = thresholds
        self.questionsPerMessage = questionsPerMessage
        vocabulary = DomainVocabulary(knowledge: knowledge)
        splitter = MessageSplitter(knowledge: knowledge)
    }

    /// Intents that are questions the knowledge base answers.
    public static let questionIntents: Set<Intent> = [
        .timeline, .salary, .tools, .roadmap, .skills, .certifications, .portfolio, .courses, .communities,
        .interview, .jobSearch, .cost, .employers, .dayToDay, .outlook, .education, .careerGrowth, .advice,
        .successStory, .compare, .plan,
    ]

    /// Words about work in general ("salary", "skills") put a message the classifier reads as out
    /// of scope back in the domain only while its out-of-scope score stays below this: "how much
    /// do firefighters earn" (0.44) and "what skills does a pastry chef need" (0.27) stay out,
    /// "what kinds of projects really signal readiness?" (0.08) comes in.
    static let careerWordsOutOfScopeCeiling = 0.25

    /// The content words a question without words of the field needs, in a message about the
    /// field, to be a question of its own ("is there anything you'd recommend doing early on?"
    /// has five; "do I need both?" two).
    static let ownQuestionWords = 5

    /// Up to this many content words less one, a part without words of the field asks nothing of
    /// its own beside a part that asks clearly ("does it make sense?", "something else?").
    static let shortPartWords = 3

    /// Up to this many words, a message naming one amount and nothing else states the person's pay.
    static let bareAmountWords = 5

    /// Intents whose answer changes with the background, re-answered after a correction.
    static let dependsOnBackground: Set<Intent> = [.timeline, .salary, .plan, .roadmap, .tools, .skills]

    /// Decides on one utterance.
    public func decide(_ understanding: Understanding, utterance: String, state: DialogueState) -> DialogueDecision {
        Self.rememberingNumberSlot(decideOne(understanding, utterance: utterance, state: state))
    }

    private func decideOne(_ understanding: Understanding, utterance: String, state: DialogueState) -> DialogueDecision {
        var state = state
        state.turn += 1
        let cues = UtteranceCues(utterance, knowledge: knowledge)
        if cues.wordCount == 0, understanding.entities.isEmpty {
            return DialogueDecision(actions: [.emptyInput], state: state)
        }
        if cues.isMostlyNonLatin {
            return DialogueDecision(actions: [.onlyEnglish], state: state)
        }
        if vocabulary.asksForMore(utterance) {
            // The question the advisor asked stays open; the rest of the answer comes first.
            return DialogueDecision(actions: [state.more == nil ? .nothingMore : .continueAnswer], state: state)
        }
        state.more = nil
        let weighed = state.lastOptions
        state.lastOptions = nil
        let pending = state.pending
        state.pending = nil
        if let pending, let decision = settle(pending, understanding, cues, utterance: utterance, state: state) {
            return decision
        }
        if pending?.slot != .confirmation { state.deferredQuestions = [] }
        if let corrected = correctedNumber(understanding.entities, cues, utterance: utterance, state: state) {
            var understanding = understanding
            understanding.entities = corrected
            return inform(understanding, cues, utterance: utterance, state: state)
        }
        if statesFactsOnly(understanding.entities, cues, state: state)
            || cues.isSelfDescription && !Self.questionIntents.contains(understanding.intent)
                && understanding.entities.backgrounds.contains(where: { !understanding.entities.mentionedBackgrounds.contains($0) })
        {
            // "no wait, I'm a backend dev": a statement, whatever yes or no the classifier hears in it.
            return inform(understanding, cues, utterance: utterance, state: state)
        }
        if let decision = weighing(understanding, cues, utterance: utterance, state: state, earlier: weighed) { return decision }
        return decideFresh(understanding, cues, utterance: utterance, state: state)
    }

    // MARK: - What people say about themselves

    /// Whether the message only tells the advisor about the person, unasked: "around 10 hours a
    /// week, I have a kid lol", "about 5 years", "devops engineer" typed on its own, "graduating
    /// in CS in 2026". A message that asks something goes to the question it asks.
    private func statesFactsOnly(_ entities: Entities, _ cues: UtteranceCues, state: DialogueState) -> Bool {
        guard !cues.asksQuestion, !cues.asksWhatAbout else { return false }
        if entities.hoursPerWeek != nil || entities.yearsOfExperience != nil { return true }
        if !entities.knownTools.isEmpty || !entities.heldCertifications.isEmpty { return true }
        // An amount typed on its own ("60000 euros", "40 lakhs per annum") is the person's pay.
        if entities.money.count == 1, cues.wordCount <= Self.bareAmountWords, !entities.namesBackground, entities.tools.isEmpty {
            return true
        }
        let held = entities.backgrounds.filter { !entities.mentionedBackgrounds.contains($0) }
        if entities.unknownBackground != nil, cues.isSelfDescription || held.isEmpty { return true }
        // A job title typed alone ("devops engineer", "data scientist here", a sentence of a longer
        // message too) says what the person does, until they have said so; after that, it asks
        // about another background.
        return held.count == 1 && entities.isTitleAlone && entities.unknownBackground == nil
            && state.profile.background == nil
    }

    /// A correction of the number the person gave last: "wait no 110k" after "i earn 100k",
    /// "actually make that 15" after "10 hrs a week". The entities with the corrected value, or nil.
    private func correctedNumber(_ entities: Entities, _ cues: UtteranceCues, utterance: String, state: DialogueState) -> Entities? {
        guard cues.isCorrection, let slot = state.lastNumberSlot, !entities.namesBackground else { return nil }
        let number = Normalizer.tokens(utterance).first { $0.kind == .number }?.value
        var corrected = entities
        switch slot {
        case .currentSalary:
            guard
                let money = entities.money.first
                    ?? number.flatMap({ EntityExtractor.whole($0, in: Profile.plausibleSalary) }).map({ Money($0) })
            else { return nil }
            corrected.money = [money]
        case .hoursPerWeek:
            guard let hours = entities.hoursPerWeek ?? number.flatMap({ EntityExtractor.whole($0, in: Profile.plausibleHoursPerWeek) })
            else { return nil }
            corrected.hoursPerWeek = hours
        case .yearsOfExperience:
            guard
                let years = entities.yearsOfExperience
                    ?? number.flatMap({ EntityExtractor.whole($0, in: Profile.plausibleYearsOfExperience) })
            else { return nil }
            corrected.yearsOfExperience = years
        case .background, .alreadyKnown: return nil
        }
        return corrected
    }

    /// The decision, remembering which number slot it noted last (for a correction next turn).
    static func rememberingNumberSlot(_ decision: DialogueDecision) -> DialogueDecision {
        var decision = decision
        for case let .noted(changes) in decision.actions {
            if let slot = changes.last(where: { ![.background, .alreadyKnown].contains($0.slot) })?.slot {
                decision.state.lastNumberSlot = slot
            }
        }
        return decision
    }

    /// Decides on a message of several sentences: takes in everything said about the person,
    /// then answers the questions in order, up to ``questionsPerMessage``, and offers the rest.
    public func decide(parts: [(text: String, understanding: Understanding)], state: DialogueState) -> DialogueDecision {
        Self.rememberingNumberSlot(decideParts(parts, state: state))
    }

    private func decideParts(_ parts: [(text: String, understanding: Understanding)], state: DialogueState) -> DialogueDecision {
        guard parts.count > 1 else {
            guard let only = parts.first else {
                return decide(Understanding(intent: .outOfScope, confidence: 0), utterance: "", state: state)
            }
            return decide(only.understanding, utterance: only.text, state: state)
        }
        if UtteranceCues(parts.map(\.text).joined(separator: " "), knowledge: knowledge).isMostlyNonLatin {
            var state = state
            state.turn += 1
            return DialogueDecision(actions: [.onlyEnglish], state: state)
        }
        var state = state
        state.turn += 1
        state.more = nil
        return answer(parts: parts, state: state)
    }

    /// Answers the questions among `parts` in order, after taking in what they say about the person.
    func answer(parts: [(text: String, understanding: Understanding)], state: DialogueState) -> DialogueDecision {
        var state = state
        state.pending = nil
        state.deferredQuestions = []
        var changes: [ProfileChange] = []
        var questions: [DialogueAction.Question] = []
        /// Parts that ask about the field in words no intent fits, answered from the facts.
        var fromFacts: Set<Int> = []
        // When some part asks, the parts that only state something are asides ("I want to move into MLOps.").
        let partCues = parts.map { UtteranceCues($0.text, knowledge: knowledge) }
        let someAsk = partCues.contains(where: \.asksQuestion)
        // When some part asks with an intent of its own, a part of a word or two and no word of the
        // field takes no guessed one ("What do you think of the role? Does it make sense?": not pay).
        let someoneAsksClearly = zip(parts, partCues).contains { part, cues in
            effectiveIntent(part.understanding, cues).map(Self.questionIntents.contains) ?? false
        }
        let readings = zip(parts, partCues).map { part, cues in
            reading(part, cues, someAsk: someAsk, guessesShortParts: !someoneAsksClearly, state: state)
        }
        // A question in a message about the field is about the field too ("…transitioning into ML. Is
        // there anything you'd recommend doing early on?"), unless it is clearly about something else
        // or too short to ask anything of its own ("do I need both?" after the two tools).
        let messageInDomain = parts.contains { vocabulary.isInDomain($0.text, entities: $0.understanding.entities) }
        // Every question is answered for the person the whole message describes: "how much do MLOps
        // engineers earn? I'm a backend dev on €62k" is asked by a backend developer.
        var told = state
        for (part, reading) in zip(parts, readings) where reading.tellsAboutThemselves {
            _ = takeIn(part.understanding.entities, reading.cues, intent: .inform, into: &told.profile)
        }
        for (part, (cues, intent, tellsAboutThemselves, answeredByGap)) in zip(parts, readings) {
            if tellsAboutThemselves {
                changes += takeIn(part.understanding.entities, cues, intent: .inform, into: &state.profile)
            }
            let statesOnly = cues.isSelfDescription && !cues.endsWithQuestionMark
            if let intent, Self.questionIntents.contains(intent), !statesOnly {
                let entities = resolve(part.understanding.entities, cues, state: told)
                let options = WeighedOptions(cues, entities: part.understanding.entities, profile: told.profile, knowledge: knowledge)
                // Two parts asking the same kind of thing are one question, answered once.
                if let same = questions.firstIndex(where: { $0.intent == intent }) {
                    let options = questions[same].options ?? options
                    questions[same].options = options?.adding(
                        cues, entities: part.understanding.entities, profile: told.profile, knowledge: knowledge)
                    questions[same].entities = Self.union(questions[same].entities, entities)
                    questions[same].text = [questions[same].text, part.text].compactMap { $0 }.joined(separator: " ")
                } else {
                    questions.append(DialogueAction.Question(intent: intent, entities: entities, text: part.text, options: options))
                }
            } else if !statesOnly, !answeredByGap, cues.endsWithQuestionMark || cues.asksQuestion,
                vocabulary.isInDomain(part.text, entities: part.understanding.entities)
                    || (messageInDomain && FactQuery.wordCount(part.text) >= Self.ownQuestionWords
                        || vocabulary.mentionsCareer(part.text)) && part.understanding.confidence < Self.careerWordsOutOfScopeCeiling
            {
                let leaning = part.understanding.candidates.first { Self.questionIntents.contains($0.intent) }?.intent ?? .outOfScope
                fromFacts.insert(questions.count)
                questions.append(
                    DialogueAction.Question(
                        intent: leaning, entities: resolve(part.understanding.entities, cues, state: told),
                        text: part.text))
            }
        }
        var actions: [DialogueAction] = changes.isEmpty ? [] : [.noted(changes)]
        guard !questions.isEmpty else {
            let whole = parts.map(\.text).joined(separator: " ")
            var entities = Entities()
            for part in parts { entities = Self.union(entities, part.understanding.entities) }
            if vocabulary.isInDomain(whole, entities: entities), changes.isEmpty || UtteranceCues(whole, knowledge: knowledge).asksQuestion
            {
                actions.append(
                    .answerFromFacts(
                        DialogueAction.Question(
                            intent: .outOfScope, entities: resolve(entities, UtteranceCues(whole, knowledge: knowledge), state: state),
                            text: whole)))
            } else if actions.isEmpty {
                actions = [.outOfScope]
            }
            return DialogueDecision(actions: actions, state: state)
        }
        // What the message names that the articles lack is admitted once, first, wherever it was said
        // ("I'm in Lahore. How long would it take?").
        for gap in parts.flatMap(\.understanding.entities.gaps) where !questions[0].entities.gaps.contains(gap) {
            questions[0].entities.gaps.append(gap)
        }
        let answered = questions.prefix(questionsPerMessage)
        actions += answered.enumerated().map { fromFacts.contains($0.offset) ? .answerFromFacts($0.element) : .answer($0.element) }
        if let last = answered.last {
            state.lastIntent = last.intent
            state.lastEntities = last.entities
        }
        state.lastOptions = answered.compactMap(\.options).last
        let rest = questions.dropFirst(questionsPerMessage).compactMap(\.text)
        if !rest.isEmpty {
            state.deferredQuestions = rest
            state.pending = FollowUpQuestion(
                slot: .confirmation, text: Self.deferredOfferText(count: rest.count),
                pendingIntent: .help)
            actions.append(.offerDeferred(rest))
        }
        return DialogueDecision(actions: actions, state: state)
    }

    /// How one part of a long message reads: its cues, the intent it asks with (nil: none the
    /// advisor answers), whether it tells something about the person, and whether the admission of
    /// a gap it names is its whole answer.
    private func reading(
        _ part: (text: String, understanding: Understanding), _ cues: UtteranceCues, someAsk: Bool, guessesShortParts: Bool,
        state: DialogueState
    ) -> (cues: UtteranceCues, intent: Intent?, tellsAboutThemselves: Bool, answeredByGap: Bool) {
        var intent = effectiveIntent(part.understanding, cues)
        // Beside a question, a statement that asks nothing is no question, whatever its words lean
        // to: it tells who the person is ("I'm a…", a title and where they are heading: "Frontend
        // dev looking to move into MLOps.", their figures: "Me: 31, mechanical engineer, salary 9
        // LPA."), or it is context ("Our models never get to production because IT takes 6 months").
        let entities = part.understanding.entities
        if someAsk, !cues.asksQuestion, intent.map(Self.questionIntents.contains) ?? false {
            let statesFigures = !entities.money.isEmpty || entities.yearsOfExperience != nil || entities.hoursPerWeek != nil
            intent = cues.speaksOfThemselves || entities.isTitleAlone || statesFigures ? .inform : nil
        }
        // A part that asks, with an intent the classifier is unsure of, takes its best answerable guess:
        // one message of several questions is no place to ask "did you mean" about each.
        let guessable =
            guessesShortParts || FactQuery.wordCount(part.text) >= Self.shortPartWords
            || vocabulary.isInDomain(part.text, entities: part.understanding.entities)
        // A part that asks about something the articles lack, in words no kind of answer fits ("Is
        // there anything about mobile ML in your sources?"), is answered by saying they lack it; one
        // whose words name a kind of answer ("which Udemy courses are good?") still takes that answer.
        let asksOnlyAboutAGap =
            (intent == nil || intent == .outOfScope) && entities.gaps.contains { $0.kind == .topic || $0.kind == .named }
            && !part.understanding.candidates.contains { Self.questionIntents.contains($0.intent) && $0.keywordScore > 0 }
        if intent == nil, cues.asksQuestion, guessable, !asksOnlyAboutAGap { intent = questionIntent(part.understanding) }
        let tells =
            intent == .inform || cues.isSelfDescription
            || statesFactsOnly(part.understanding.entities, cues, state: state)
        return (cues, intent, tells, asksOnlyAboutAGap)
    }

    static func deferredOfferText(count: Int) -> String {
        count == 1 ? "You asked one more question. Shall I answer it?" : "You asked \(count) more questions. Shall I answer them?"
    }

    // MARK: - Pending questions

    /// Settles the question the advisor asked last turn, or returns nil when the person moved on.
    private func settle(
        _ pending: FollowUpQuestion, _ understanding: Understanding, _ cues: UtteranceCues,
        utterance: String, state: DialogueState
    ) -> DialogueDecision? {
        var state = state
        let entities = understanding.entities
        let intent = effectiveIntent(understanding, cues)
        let movesOn = intent.map { Self.questionIntents.contains($0) && $0 != pending.pendingIntent } ?? false
        switch pending.slot {
        case .background:
            let named = entities.backgrounds.first ?? entities.unknownBackground
            // "what about frontend?" asks about another background; it does not say what the person does.
            // Nor does a longer sentence about something else that names a job ("everyone says AI will
            // automate devops"): an answer is short, a job title, or the person speaking of themselves.
            let answers = cues.wordCount <= 4 || entities.isTitleAlone || cues.speaksOfThemselves
            guard named != nil, !cues.asksAboutAnother, answers, !movesOn || cues.wordCount <= 4 else { break }
            var changes = takeBackground(entities, into: &state.profile)
            changes += takeIn(entities, cues, intent: .inform, into: &state.profile).filter { $0.slot != .background }
            return answer(pending.pendingIntent, pending.pendingEntities, cues: cues, state: state, noted: changes)
        case .currentSalary:
            if let amount = entities.money.first, !movesOn {
                let change = setSalary(amount, in: &state.profile)
                return answer(pending.pendingIntent, pending.pendingEntities, cues: cues, state: state, noted: change.map { [$0] } ?? [])
            }
            if intent == .deny || cues.declines { return DialogueDecision(actions: [.declined], state: state) }
        case .clarification:
            if let intent, pending.options.contains(intent) {
                return answer(intent, mergedEntities(entities, pending.pendingEntities), cues: cues, state: state)
            }
            // "which cert should i do first" asks a new question; "the first one" chooses.
            guard !cues.asksQuestion, !movesOn || cues.wordCount <= 3 else { break }
            if let index = cues.choosesOption, index < pending.options.count {
                return answer(pending.options[index], pending.pendingEntities, cues: cues, state: state)
            }
            if intent == .affirm, pending.options.count == 1 {
                return answer(pending.options[0], pending.pendingEntities, cues: cues, state: state)
            }
            if intent == .affirm {
                // A plain "yes" to "which one: X or Y?" picks neither: ask again.
                state.pending = pending
                return DialogueDecision(actions: [.clarify(pending)], state: state)
            }
            if intent == .deny { return DialogueDecision(actions: [.declined], state: state) }
        case .confirmation:
            // A question, a correction or news about the person is not a yes or a no: "no coding
            // background at all, where do i start?" asks where to start.
            guard !cues.asksQuestion, !cues.isCorrection, !Self.informs(entities) else { break }
            if intent == .affirm {
                if !state.deferredQuestions.isEmpty {
                    let questions = state.deferredQuestions
                    state.deferredQuestions = []
                    return DialogueDecision(actions: [.answerDeferred(questions)], state: state)
                }
                return answer(pending.pendingIntent, pending.pendingEntities, cues: cues, state: state)
            }
            if intent == .deny {
                state.deferredQuestions = []
                return DialogueDecision(actions: [.declined], state: state)
            }
        }
        return nil
    }

    /// Whether the entities tell something about the person (a background, pay, hours, experience).
    static func informs(_ entities: Entities) -> Bool {
        entities.namesBackground || !entities.money.isEmpty || entities.hoursPerWeek != nil || entities.yearsOfExperience != nil
    }

    // MARK: - Fresh utterances

    /// The intent to act on: `nil` below the clarification threshold.
    ///
    /// A long message is never a plain yes or no: the best other candidate stands in for affirm
    /// and deny there ("I really really … want to know how long it takes").
    private func effectiveIntent(_ understanding: Understanding, _ cues: UtteranceCues) -> Intent? {
        var intent = understanding.intent, confidence = understanding.confidence
        if cues.isLong || cues.asksQuestion, intent == .affirm || intent == .deny {
            // A question stands in with the best question it asks ("no coding background at all,
            // where do i start?" is no "start over").
            let standsIn: (IntentScore) -> Bool =
                cues.asksQuestion
                ? { Self.questionIntents.contains($0.intent) }
                : { ![.affirm, .deny].contains($0.intent) }
            guard let other = understanding.candidates.first(where: standsIn) else { return nil }
            (intent, confidence) = (other.intent, other.score)
        }
        if intent == .outOfScope || confidence < thresholds.outOfScope { return .outOfScope }
        if confidence < thresholds.clarify { return nil }
        return intent
    }

    /// The best question the utterance asks, among the classifier's candidates.
    private func questionIntent(_ understanding: Understanding) -> Intent? {
        understanding.candidates.first {
            Self.questionIntents.contains($0.intent) && $0.score >= thresholds.outOfScope
        }?.intent
    }

    private func decideFresh(
        _ understanding: Understanding, _ cues: UtteranceCues, utterance: String,
        state: DialogueState
    ) -> DialogueDecision {
        var state = state
        let entities = understanding.entities
        let intent = effectiveIntent(understanding, cues)
        let namesSomething =
            !entities.backgrounds.isEmpty || entities.unknownBackground != nil || !entities.tools.isEmpty
            || !entities.toolGroups.isEmpty || !entities.certifications.isEmpty || !entities.levels.isEmpty
        // "Why do the numbers differ?" asks about the sources, whatever intent its words lean to.
        if cues.asksWhyFiguresDiffer, entities.backgrounds.count < 2, intent != .outOfScope || state.lastIntent != nil {
            return DialogueDecision(actions: [.explainDisagreements], state: state)
        }
        // What certificates are worth at all, when the message names none, known or not.
        if cues.weighsCertificationsAgainstProjects || cues.asksWhatCertificatesAreWorth && !entities.namesACredential,
            [.certifications, .portfolio, .advice].contains(intent)
        {
            return DialogueDecision(actions: [.weighCertificationsAgainstProjects(entities)], state: state)
        }
        // "what about frontend?": the last question again, for what was just named.
        // "What about X?" naming a level, tool, background or certification keeps the last question
        // whatever the classifier reads ("what about entry level?" after a salary answer is about pay),
        // unless it names two backgrounds to compare. A short elliptical line carries over only when the
        // classifier has no other question for it.
        let comparesTwo = intent == .compare && entities.backgrounds.count + (entities.unknownBackground == nil ? 0 : 1) >= 2
        if let last = state.lastIntent, namesSomething, !cues.isSelfDescription,
            (cues.asksWhatAbout && !comparesTwo)
                || (cues.isElliptical
                    && (intent == nil || intent == .outOfScope || intent == .inform || intent == last
                        || intent == .compare && !comparesTwo))
        {
            let carried = carriedOver(entities, from: state.lastEntities)
            // "what about data engineering?" naming nothing the last answer lacked would repeat it: the
            // facts that match the words answer instead.
            if carried == state.lastEntities, cues.wordCount > 2,
                vocabulary.isInDomain(utterance, entities: entities)
                    || vocabulary.mentionsCareer(utterance)
            {
                return answerFromFacts(utterance, understanding, cues: cues, state: state)
            }
            return answer(last, carried, cues: cues, state: state)
        }
        let tellsAboutThemselves =
            cues.isSelfDescription
            && (!entities.backgrounds.isEmpty || entities.unknownBackground != nil || !entities.money.isEmpty
                || entities.yearsOfExperience != nil || entities.hoursPerWeek != nil)
        switch intent {
        case _
        where tellsAboutThemselves
            && (intent == nil || intent == .inform || intent == .outOfScope
                || entities.unknownBackground != nil):
            return inform(understanding, cues, utterance: utterance, state: state)
        case nil where (vocabulary.isInDomain(utterance, entities: entities) || vocabulary.mentionsCareer(utterance)) && cues.isLong:
            return answerFromFacts(utterance, understanding, cues: cues, state: state)
        case nil:
            let options = clarificationOptions(understanding)
            if options.isEmpty { return DialogueDecision(actions: [.outOfScope], state: state) }
            let question = FollowUpQuestion(
                slot: .clarification, text: Self.clarificationText(options),
                pendingIntent: options[0], pendingEntities: entities, options: options)
            state.pending = question
            // In the domain, the facts that match best come with the question, so the reply holds an answer.
            guard vocabulary.isInDomain(utterance, entities: entities) || vocabulary.mentionsCareer(utterance) else {
                return DialogueDecision(actions: [.clarify(question)], state: state)
            }
            let facts = DialogueAction.Question(intent: options[0], entities: entities, text: utterance)
            return DialogueDecision(actions: [.answerFromFacts(facts), .clarify(question)], state: state)
        case .outOfScope?
        where vocabulary.isInDomain(utterance, entities: entities)
            || vocabulary.mentionsCareer(utterance) && understanding.confidence < Self.careerWordsOutOfScopeCeiling:
            return answerFromFacts(utterance, understanding, cues: cues, state: state)
        case .outOfScope?:
            return DialogueDecision(actions: [.outOfScope], state: state)
        case .greeting?:
            state.pending = backgroundQuestion(for: .plan)
            if state.profile.background != nil { state.pending = nil }
            return DialogueDecision(actions: [.greet], state: state)
        // "thanks, bye": thanked on the way out, so the goodbye is the answer.
        case .thanks?: return DialogueDecision(actions: [cues.saysGoodbye ? .sayGoodbye : .thank], state: state)
        case .goodbye?: return DialogueDecision(actions: [.sayGoodbye], state: state)
        case .help?: return DialogueDecision(actions: [.help], state: state)
        case .affirm?, .deny?: return DialogueDecision(actions: [.nothingToConfirm], state: state)
        case .reset?: return DialogueDecision(actions: [.reset], state: DialogueState(turn: state.turn))
        case .inform?: return inform(understanding, cues, utterance: utterance, state: state)
        case let intent?
        where intent == state.lastIntent && Self.sameNames(resolve(entities, cues, state: state), state.lastEntities)
            && cues.asksAboutAnother && !cues.isSelfDescription && cues.wordCount > 2
            && vocabulary.isInDomain(utterance, entities: entities):
            // The same answer again would not answer whatever new this asks ("what about data engineering?").
            return answerFromFacts(utterance, understanding, cues: cues, state: state)
        case let intent?:
            var changes: [ProfileChange] = []
            if cues.isSelfDescription { changes = takeIn(entities, cues, intent: intent, into: &state.profile) }
            return answer(intent, resolve(entities, cues, state: state), cues: cues, state: state, noted: changes, text: utterance)
        }
    }

    /// A message in the domain that no kind of answer fits: the facts that match it best.
    /// The question carries the classifier's best answerable intent, whose topics the facts lean to.
    private func answerFromFacts(_ utterance: String, _ understanding: Understanding, cues: UtteranceCues, state: DialogueState)
        -> DialogueDecision
    {
        var state = state
        let entities = understanding.entities
        var changes: [ProfileChange] = []
        if cues.isSelfDescription { changes = takeIn(entities, cues, intent: .inform, into: &state.profile) }
        let leaning = understanding.candidates.first { Self.questionIntents.contains($0.intent) }?.intent ?? .outOfScope
        // Only what the message names: a background it names brings that path's facts forward.
        let question = DialogueAction.Question(intent: leaning, entities: entities, text: utterance)
        return DialogueDecision(actions: (changes.isEmpty ? [] : [.noted(changes)]) + [.answerFromFacts(question)], state: state)
    }

    /// Whether two sets of entities name the same things, leaving aside what the articles lack
    /// (a gap changes the opening line, not the answer).
    static func sameNames(_ a: Entities, _ b: Entities) -> Bool {
        var (a, b) = (a, b)
        a.gaps = []
        b.gaps = []
        return a == b
    }

    /// Everything two sets of entities name, each name once.
    static func union(_ a: Entities, _ b: Entities) -> Entities {
        var union = a
        func add<Value: Equatable>(_ path: WritableKeyPath<Entities, [Value]>) {
            for value in b[keyPath: path] where !union[keyPath: path].contains(value) { union[keyPath: path].append(value) }
        }
        add(\.backgrounds)
        add(\.tools)
        add(\.certifications)
        add(\.toolGroups)
        add(\.levels)
        for gap in b.gaps where !union.gaps.contains(gap) { union.gaps.append(gap) }
        if union.unknownBackground == nil { union.unknownBackground = b.unknownBackground }
        if union.closestBackground == nil { union.closestBackground = b.closestBackground }
        return union
    }

    /// Takes in a statement about the person; a correction re-answers the last question, and a
    /// question asked in the same breath ("I'm a data analyst, how do I get into MLOps?") is answered.
    private func inform(_ understanding: Understanding, _ cues: UtteranceCues, utterance: String, state: DialogueState) -> DialogueDecision
    {
        var state = state
        let entities = understanding.entities
        let changes = takeIn(entities, cues, intent: .inform, into: &state.profile)
        let changedBackground = changes.contains { $0.slot == .background }
        if let last = state.lastIntent, Self.dependsOnBackground.contains(last),
            changedBackground || changes.contains(where: { $0.slot == .currentSalary && last == .salary }),
            cues.isCorrection || changes.contains(where: { $0.old != nil })
        {
            var carried = state.lastEntities
            carried.backgrounds = []
            carried.unknownBackground = nil
            return answer(last, resolve(carried, cues, state: state), cues: cues, state: state, noted: changes)
        }
        if cues.asksQuestion, state.profile.background != nil {
            // Getting into MLOps from here: the entry route and the roadmap, unless a sharper question was asked.
            // A background the sources lack gets the compact general answer (the timeline's), once.
            let intent = state.profile.knownBackground == nil ? .timeline : questionIntent(understanding) ?? .roadmap
            // Only the profile's background, but what the message named that the articles lack is still admitted.
            var asked = Entities()
            asked.gaps = entities.gaps
            var decision = answer(intent, resolve(asked, cues, state: state), cues: cues, state: state, noted: changes)
            if decision.state.pending == nil, intent != .plan {
                let offer = FollowUpQuestion(slot: .confirmation, text: "Would you like your personal plan?", pendingIntent: .plan)
                decision.state.pending = offer
                decision.actions.append(.ask(offer))
            }
            return decision
        }
        if !changes.isEmpty, cues.isLong, !cues.isCorrection, vocabulary.isInDomain(utterance, entities: Entities()) {
            // A long message that says who the person is and asks about the field in its own words.
            var decision = answerFromFacts(utterance, understanding, cues: cues, state: state)
            decision.actions.insert(.noted(changes), at: 0)
            return decision
        }
        if changes.isEmpty {
            // Nothing about the person after all ("I've been wondering which path leads to MLOps"): an
            // in-domain question gets the facts that match it.
            if cues.asksQuestion || cues.isLong,
                vocabulary.isInDomain(utterance, entities: entities) || vocabulary.mentionsCareer(utterance)
            {
                return answerFromFacts(utterance, understanding, cues: cues, state: state)
            }
            return DialogueDecision(actions: [.noted([])], state: state)
        }
        if changedBackground, state.profile.background != nil {
            let offer = FollowUpQuestion(slot: .confirmation, text: "Would you like your personal plan?", pendingIntent: .plan)
            state.pending = offer
            return DialogueDecision(actions: [.noted(changes), .ask(offer)], state: state)
        }
        return DialogueDecision(actions: [.noted(changes)], state: state)
    }

    /// Answers, or asks first when the answer depends on something not known yet.
    private func answer(
        _ intent: Intent, _ entities: Entities, cues: UtteranceCues, state: DialogueState,
        noted: [ProfileChange] = [], text: String? = nil
    ) -> DialogueDecision {
        var state = state
        var entities = entities
        if entities.backgrounds.isEmpty, entities.unknownBackground == nil {
            entities = withProfileBackground(entities, state.profile)
        } else if intent == .compare {
            entities = withOwnBackgroundToCompare(entities, state.profile)
        }
        let prefix: [DialogueAction] = noted.isEmpty ? [] : [.noted(noted)]
        let hasBackground = !entities.backgrounds.isEmpty || entities.unknownBackground != nil
        if !hasBackground, needsBackground(intent, cues) {
            let question = backgroundQuestion(for: intent, entities: entities)
            state.pending = question
            return DialogueDecision(actions: prefix + [.ask(question)], state: state)
        }
        // A question that names a background is not a statement about the person: the profile
        // stays as it is (statements, answers to the advisor's question and /set fill it).
        state.lastIntent = intent
        state.lastEntities = entities
        var actions = prefix + [.answer(DialogueAction.Question(intent: intent, entities: entities, text: text))]
        if intent == .timeline, !hasBackground {
            // The general answer ends with "tell me what you do today", on every screen: a one-word reply answers it.
            let question =
                cues.isPersonal
                ? backgroundQuestion(for: intent, entities: entities)
                : FollowUpQuestion(slot: .background, text: Self.backgroundInvitation, pendingIntent: intent, pendingEntities: entities)
            state.pending = question
            actions.append(.ask(question))
        }
        if intent == .salary, !hasBackground, cues.isPersonal, entities.levels.isEmpty {
            // The bands first, then what the person's own figure depends on.
            let question = backgroundQuestion(for: intent, entities: entities)
            state.pending = question
            actions.append(.ask(question))
        }
        if intent == .salary, cues.isPersonal, state.profile.currentSalary == nil,
            let background = entities.backgrounds.first,
            knowledge.paths(from: background).contains(where: { $0.salaryUplift != nil })
        {
            let question = FollowUpQuestion(
                slot: .currentSalary,
                text: "What do you earn today? I can project a range from the documented uplift.",
                pendingIntent: .salary, pendingEntities: entities)
            state.pending = question
            actions.append(.ask(question))
        }
        return DialogueDecision(actions: actions, state: state)
    }

    /// Only a plan cannot be given without knowing where the person starts; "how long will it
    /// take me?" and "what would I earn?" get the general figures and the question.
    private func needsBackground(_ intent: Intent, _ cues: UtteranceCues) -> Bool {
        intent == .plan
    }

    func backgroundQuestion(for intent: Intent, entities: Entities = Entities()) -> FollowUpQuestion {
        let examples = knowledge.backgrounds.prefix(4).map(\.name)
        let list = examples.isEmpty ? "" : " (for example \(examples.joined(separator: ", ")))"
        return FollowUpQuestion(slot: .background, text: "What do you do today\(list)?", pendingIntent: intent, pendingEntities: entities)
    }

    /// The general timeline answer's closing invitation, kept as the pending question it is.
    static let backgroundInvitation = "Tell me what you do today for the figure that fits you."

    /// "Did you mean X?", or for two options a question a plain "yes" cannot answer.
    static func clarificationText(_ options: [Intent]) -> String {
        switch options.count {
        case 1: "Did you mean \(options[0].displayName)?"
        default: "Which did you mean: \(options[0].displayName), or \(options[1].displayName)?"
        }
    }

    /// The two best distinct questions the advisor answers among the candidates.
    private func clarificationOptions(_ understanding: Understanding) -> [Intent] {
        var options: [Intent] = []
        let ranked =
            understanding.candidates.isEmpty
            ? [IntentScore(intent: understanding.intent, score: understanding.confidence)]
            : understanding.candidates
        // Only questions are options: "did you mean a personal plan, or yes?" offers nothing to choose.
        for candidate in ranked where Self.questionIntents.contains(candidate.intent) && !options.contains(candidate.intent) {
            options.append(candidate.intent)
            if options.count == 2 { break }
        }
        return options
    }

    // MARK: - Entities and the profile

    /// The entities to answer for: named ones first, then (for "and the salary?") the last question's.
    private func resolve(_ entities: Entities, _ cues: UtteranceCues, state: DialogueState) -> Entities {
        var resolved = entities
        if resolved.backgrounds.isEmpty, resolved.unknownBackground == nil, cues.isElliptical, !cues.isPersonal {
            resolved.backgrounds = state.lastEntities.backgrounds
            resolved.unknownBackground = state.lastEntities.unknownBackground
        }
        return withProfileBackground(resolved, state.profile)
    }

    private func withProfileBackground(_ entities: Entities, _ profile: Profile) -> Entities {
        var entities = entities
        if !entities.namesBackground, let background = profile.background { entities.name(background) }
        return entities
    }

    /// "How does that compare with backend?": one background named, so the person's own is the
    /// other side (a nurse's profile against backend, or frontend against a named teacher).
    private func withOwnBackgroundToCompare(_ entities: Entities, _ profile: Profile) -> Entities {
        var entities = entities
        guard entities.backgrounds.count + (entities.unknownBackground == nil ? 0 : 1) == 1 else { return entities }
        if let own = profile.knownBackground, !entities.backgrounds.contains(own) {
            entities.backgrounds.insert(own, at: 0)
        } else if let own = profile.unknownBackground, entities.unknownBackground == nil {
            entities.unknownBackground = own
        }
        return entities
    }

    private func carriedOver(_ entities: Entities, from last: Entities) -> Entities {
        var carried = last
        if !entities.backgrounds.isEmpty || entities.unknownBackground != nil {
            carried.backgrounds = entities.backgrounds
            carried.unknownBackground = entities.unknownBackground
        }
        if !entities.tools.isEmpty { carried.tools = entities.tools }
        if !entities.toolGroups.isEmpty { carried.toolGroups = entities.toolGroups }
        if !entities.certifications.isEmpty { carried.certifications = entities.certifications }
        if !entities.levels.isEmpty { carried.levels = entities.levels }
        return carried
    }

    private func mergedEntities(_ new: Entities, _ old: Entities) -> Entities {
        new.isEmpty ? old : new
    }

    /// Writes what an utterance says about the person into the profile; returns what changed.
    func takeIn(_ entities: Entities, _ cues: UtteranceCues, intent: Intent?, into profile: inout Profile) -> [ProfileChange] {
        var changes = takeBackground(entities, into: &profile)
        if let years = entities.yearsOfExperience, let change = set(.yearsOfExperience, to: years, in: &profile) { changes.append(change) }
        if let hours = entities.hoursPerWeek, let change = set(.hoursPerWeek, to: hours, in: &profile) { changes.append(change) }
        if entities.money.count == 1, intent == .inform || cues.isSelfDescription,
            let change = setSalary(entities.money[0], in: &profile)
        {
            changes.append(change)
        }
        let old = profile.knownTools + profile.heldCertifications
        profile.knownTools += entities.knownTools.filter { !profile.knownTools.contains($0) }
        profile.heldCertifications += entities.heldCertifications.filter { !profile.heldCertifications.contains($0) }
        // Said as what was added ("already known: CKA"), as the list only grows.
        let added = (profile.knownTools + profile.heldCertifications).filter { !old.contains($0) }
        if !added.isEmpty { changes.append(ProfileChange(slot: .alreadyKnown, old: nil, new: added.joined(separator: ", "))) }
        return changes
    }

    private func takeBackground(_ entities: Entities, into profile: inout Profile) -> [ProfileChange] {
        let before = profile.background
        if let current = profile.knownBackground, entities.negatedBackgrounds.contains(current) { profile.background = nil }
        if let id = entities.backgrounds.last(where: { !entities.mentionedBackgrounds.contains($0) }) {
            profile.background = .known(id)
        } else if let unknown = entities.unknownBackground {
            profile.background = .unknown(unknown)
        }
        return before == profile.background ? [] : [ProfileChange(slot: .background, old: before?.value, new: profile.background?.value)]
    }

    private func set(_ slot: ProfileChange.Slot, to value: Int, in profile: inout Profile) -> ProfileChange? {
        let (path, plausible): (WritableKeyPath<Profile, Int?>, ClosedRange<Int>) =
            switch slot {
            case .yearsOfExperience: (\.yearsOfExperience, Profile.plausibleYearsOfExperience)
            default: (\.hoursPerWeek, Profile.plausibleHoursPerWeek)
            }
        let old = profile[keyPath: path]
        guard old != value, plausible.contains(value) else { return nil }
        profile[keyPath: path] = value
        return ProfileChange(slot: slot, old: old.map(String.init), new: String(value))
    }

    /// A new salary; a currency or period left unsaid ("wait no 110k") is the previous one's.
    private func setSalary(_ money: Money, in profile: inout Profile) -> ProfileChange? {
        let old = profile.currentSalary
        let new = old?.filling(money) ?? money
        guard old != new, Profile.plausibleSalary.contains(new.amount) else { return nil }
        profile.currentSalary = new
        return ProfileChange(slot: .currentSalary, old: old?.text, new: new.text)
    }
}
