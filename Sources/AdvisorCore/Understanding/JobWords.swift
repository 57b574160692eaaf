/// The words that tell a job the knowledge base does not know ("I'm a nurse", "compare nurse and
/// frontend"), read from the job cue lists of `Knowledge/cues.yaml`.
struct JobWords: Sendable {
    /// Words between "i am" and "a …" that are no part of the job: "currently".
    let introAdverbs: Set<String>
    /// Words that end the job phrase after "i am a …".
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

    init(knowledge: KnowledgeBase) {
        introAdverbs = knowledge.cueWordSet(.jobIntroAdverbs)
        phraseEnd = knowledge.cueWordSet(.jobPhraseEnd)
        notJobs = knowledge.cueWordSet(.notJobs)
        coordinators = knowledge.cueWordSet(.jobCoordinators)
        jobWords = knowledge.cueWordSet(.jobWords)
        jobEndings = knowledge.cues(.jobEndings)
        notJobsWithJobEndings = knowledge.cueWordSet(.notJobsWithJobEndings)
        generalHeads = knowledge.cueWordSet(.generalJobHeads)
        targetWords = knowledge.cueWordSet(.targetRoleWords)
    }
}
