/// What a person wants from one utterance.
///
/// The set is closed because each intent has its own answer in the dialogue policy; the
/// examples and keywords that teach the classifier live in `Knowledge/intents.yaml`.
public enum Intent: String, CaseIterable, Hashable, Codable, Sendable {
    // The conversation itself.
    case greeting, goodbye, thanks, help, affirm, deny, reset
    /// Telling the advisor about yourself: background, experience, hours a week, salary.
    case inform
    // Questions the knowledge base answers.
    case timeline, salary, tools, roadmap, skills, certifications, portfolio, courses
    case communities, interview, jobSearch = "job_search", cost, employers
    case dayToDay = "day_to_day", outlook, education
    case careerGrowth = "career_growth", advice
    case successStory = "success_story", compare, plan
    /// Anything the advisor cannot help with.
    case outOfScope = "out_of_scope"

    /// A short human name, used in "did you mean …?" questions and reports.
    public var displayName: String {
        switch self {
        case .greeting: "a greeting"
        case .goodbye: "saying goodbye"
        case .thanks: "thanks"
        case .help: "what I can do"
        case .affirm: "yes"
        case .deny: "no"
        case .reset: "starting over"
        case .inform: "telling me about yourself"
        case .timeline: "how long the move takes"
        case .salary: "salaries"
        case .tools: "tools to learn"
        case .roadmap: "the roadmap stages"
        case .skills: "skills you need"
        case .certifications: "certifications"
        case .portfolio: "portfolio projects"
        case .courses: "courses and books"
        case .communities: "communities"
        case .interview: "interview preparation"
        case .jobSearch: "the job search"
        case .cost: "what the switch costs"
        case .employers: "who hires MLOps engineers"
        case .dayToDay: "what MLOps engineers do"
        case .outlook: "whether it is a good career"
        case .education: "degrees and education"
        case .careerGrowth: "career progression"
        case .advice: "advice for career changers"
        case .successStory: "the finance-to-MLOps story"
        case .compare: "a comparison"
        case .plan: "a personal plan"
        case .outOfScope: "something outside MLOps careers"
        }
    }
}
