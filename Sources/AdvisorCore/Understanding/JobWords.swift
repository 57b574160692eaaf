/// The words that tell a job the knowledge base does not know ("I'm a nurse", "compare nurse and
/// frontend"), read from the job cue lists of `Knowledge/cues.yaml`.
struct JobWords: Sendable {
    /// How a person starts saying the job they have ("i am a", "i work as"), longest first.
    let intros: [[String]]
    /// Words between "i am" and "a …" that are no part of the job: "currently".
    let introAdverbs: Set<String>
    /// Words before a job that are no part of it: "a", "an".
    let articles: Set<String>
    /// Words that end the job phrase after "i am a …": `job-phrase-end` and `aim-verbs`.
    let phraseEnd: Set<String>
    /// Words that follow "i am a" without naming a job.
    let notJobs: Set<String>
    /// Words that join two backgrounds weighed against each other.
    let coordinators: Set<String>
    /// Jobs whose names have no job ending.
    let jobWords: Set<String>
    /// Endings that make a word a job: "teacher", "doctor", "pharmacist", "electrician".
    let jobEndings: [String]
    /// Words with a job ending that name no job.
    let notJobsWithJobEndings: Set<String>
    /// Heads too general to be a job of their own: "engineer" alone is any engineer.
    let generalHeads: Set<String>
    /// Words about the role people move into, not one they have: "an mlops engineer vs a data scientist".
    let targetWords: Set<String>
    /// Fields of work the articles have no path from, longest first: "tech support", "consulting".
    let workFields: [[String]]
    /// Fields of work that are also everyday words, named only as names: "it" ("I do IT").
    let fieldsAsNames: Set<String>
    /// Words before a field of work that say the person works in it: "work", "doing", "career".
    let workVerbs: Set<String>
    /// Verbs that say the job the person does, each with its job: "teach" → "teacher".
    let jobOfVerb: [String: String]

    init(knowledge: KnowledgeBase) {
        intros = knowledge.cueWords(.jobIntro).enumerated()
            .sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
        introAdverbs = knowledge.cueWordSet(.jobIntroAdverbs)
        articles = knowledge.cueWordSet(.jobArticles)
        // "a QA tester transitioning into ML": what the person aims at ends the job they have.
        phraseEnd = knowledge.cueWordSet(.jobPhraseEnd).union(knowledge.cueWordSet(.aimVerbs))
        notJobs = knowledge.cueWordSet(.notJobs)
        coordinators = knowledge.cueWordSet(.jobCoordinators)
        jobWords = knowledge.cueWordSet(.jobWords)
        jobEndings = knowledge.cues(.jobEndings)
        notJobsWithJobEndings = knowledge.cueWordSet(.notJobsWithJobEndings)
        generalHeads = knowledge.cueWordSet(.generalJobHeads)
        targetWords = knowledge.cueWordSet(.targetRoleWords)
        workFields = knowledge.cueWords(.workFields).enumerated()
            .sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
        fieldsAsNames = knowledge.cueWordSet(.fieldsAsNames)
        workVerbs = knowledge.cueWordSet(.workVerbs)
        jobOfVerb = Dictionary(
            zip(knowledge.cues(.jobVerbs), knowledge.cues(.jobVerbJobs)).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
    }

    /// The length of the longest field of work starting at `start`, if one does.
    func field(at start: Int, _ text: [String]) -> Int? {
        workFields.first { start + $0.count <= text.count && text[start..<start + $0.count].elementsEqual($0) }?.count
    }

    /// The length of the longest field of work ending right before `end`, if one does.
    func field(endingBefore end: Int, _ text: [String]) -> Int? {
        workFields.first { $0.count <= end && text[(end - $0.count)..<end].elementsEqual($0) }?.count
    }

    /// Whether the word is a general job word, in the singular or the plural: "dev", "engineers".
    func isGeneralHead(_ word: String) -> Bool {
        generalHeads.contains(word) || word.hasSuffix("s") && generalHeads.contains(String(word.dropLast()))
    }
}
