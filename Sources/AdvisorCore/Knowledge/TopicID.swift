/// The topics the advisor asks for by name: every one must be in the knowledge base.
///
/// The responder reads a topic through `KnowledgeBase.topic(_:)` with one of these
/// cases, and `advisor check` reports each case the data lacks, so the two cannot drift apart:
/// deleting a topic the answers use fails the check instead of silently shortening an answer.
public enum TopicID: String, CaseIterable, Sendable {
    case whatIsMLOps = "what-is-mlops"
    case dayToDay = "day-to-day"
    case employers
    case outlook
    case timeToHire = "time-to-hire"
    case cost
    case jobSearch = "job-search"
    case interview
    case portfolio
    case courses
    case communities
    case education
    case essentialSkills = "essential-skills"
    case careerMoves = "career-moves"
    case lessons
    case certsVsProjects = "certs-vs-projects"
    case steps
    case successStory = "success-story"
    case market
    case disagreements
}
