import AdvisorCore

/// A small knowledge base built in memory for dialogue and rendering tests.
///
/// It mirrors the shape of the real data (paths, stages, salaries from several sources, topics)
/// with a few records each, so tests can state exact expectations without depending on the
/// YAML files as they grow.
public enum SampleKnowledge {
    public static let base = KnowledgeBase(
        sources: [
            source("finance-story", "From Finance to MLOps"),
            source("transition-paths", "How to Become a MLOps Engineer"),
            source("backend-devops", "Your Backend Skills are an AI Superpower"),
            source("career-path", "MLOps Engineer Career Path"),
            source("career-card", "MLOps Engineer career card"),
        ],
        backgrounds: [
            Background(id: "frontend", name: "frontend developer", synonyms: ["frontend", "front-end", "react developer"]),
            Background(id: "backend", name: "backend developer", synonyms: ["backend", "back-end"]),
            Background(id: "devops", name: "DevOps engineer", synonyms: ["devops", "sre"]),
            Background(id: "finance", name: "finance professional", synonyms: ["finance", "banking"]),
            Background(id: "data-scientist", name: "data scientist", synonyms: ["data scientist"]),
        ],
        paths: [
            TransitionPath(
                id: "frontend-to-mlops", backgrounds: ["frontend"], title: "Frontend to MLOps", source: "transition-paths",
                duration: MonthRange(min: 8, max: 12), difficulty: "moderate",
                salaryUplift: PercentRange(min: 70, max: 100), summary: "Interfaces to infrastructure.",
                carriesOver: ["version control and testing"], gaps: ["containers", "ML lifecycle"],
                toolsToLearn: ["python", "docker", "mlflow"]),
            TransitionPath(
                id: "backend-to-mlops", backgrounds: ["backend"], title: "Backend to MLOps", source: "transition-paths",
                duration: MonthRange(min: 6, max: 9), difficulty: "moderate",
                salaryUplift: PercentRange(min: 30, max: 30), summary: "Serve models instead of web traffic."),
            TransitionPath(
                id: "backend-devops-to-mlops", backgrounds: ["backend", "devops"], title: "Backend and DevOps to MLOps",
                source: "backend-devops", summary: "Most of the skills are already there.",
                toolsToLearn: ["mlflow", "kubernetes"],
                skipStages: [
                    StageSkip(
                        stage: "devops-cloud", reason: "DevOps people already know this stage.",
                        source: "career-card")
                ]),
            TransitionPath(
                id: "finance-to-mlops", backgrounds: ["finance"], title: "Finance to MLOps", source: "finance-story",
                duration: MonthRange(min: 12, max: 12), summary: "A twelve-month plan while working.",
                phases: [
                    Phase(
                        title: "Foundations", months: MonthRange(min: 1, max: 3), goal: "Learn Python.",
                        tools: ["python"], details: [], source: "finance-story"),
                    Phase(
                        title: "Deep dive", months: MonthRange(min: 4, max: 12), goal: "Learn the MLOps tools.",
                        tools: ["docker", "mlflow"], details: [], source: "finance-story"),
                ],
                salaryMilestones: [
                    SalaryMilestone(label: "Before the move", salary: MoneyRange(min: 85_000), source: "finance-story"),
                    SalaryMilestone(label: "First MLOps role", salary: MoneyRange(min: 110_000), source: "finance-story"),
                ]),
        ],
        stages: [
            stage("ml-fundamentals", 1, "Python and ML fundamentals", 4, 6, tools: ["python"]),
            stage("devops-cloud", 2, "DevOps and cloud", 3, 4, tools: ["docker", "kubernetes"]),
            stage("ml-pipelines", 3, "ML pipelines", 3, 4, tools: ["mlflow"]),
        ],
        toolGroups: [
            ToolGroup(id: "core", name: "Core", aliases: [], summary: "The basics.", sources: ["finance-story"]),
            ToolGroup(
                id: "containers-orchestration", name: "Containers", aliases: [], summary: "Packaging and running.",
                sources: ["backend-devops"]),
        ],
        tools: [
            Tool(id: "python", name: "Python", aliases: [], groups: ["core"], purpose: "The language of ML.", sources: ["finance-story"]),
            Tool(
                id: "docker", name: "Docker", aliases: [], groups: ["containers-orchestration"], purpose: "Packages a model.",
                sources: ["backend-devops"]),
            Tool(
                id: "kubernetes", name: "Kubernetes", aliases: ["k8s"], groups: ["containers-orchestration"],
                purpose: "Runs containers at scale.", sources: ["backend-devops"]),
            Tool(id: "mlflow", name: "MLflow", aliases: [], groups: ["core"], purpose: "Tracks experiments.", sources: ["finance-story"]),
        ],
        certifications: [
            Certification(
                id: "aws-ml-engineer-associate", name: "AWS ML Engineer Associate", aliases: [], salaryEffectDollars: 20_000,
                replaces: "aws-ml-specialty", source: "career-card"),
            Certification(
                id: "aws-ml-specialty", name: "AWS ML Specialty", aliases: [], replacedBy: "aws-ml-engineer-associate",
                source: "finance-story"),
            Certification(id: "cka", name: "CKA", aliases: [], salaryEffectDollars: 12_000, source: "career-card"),
        ],
        salaries: [
            SalaryFigure(
                role: "mlops-engineer", level: .overall, title: "MLOps Engineer", salary: MoneyRange(min: 130_000, max: 220_000),
                source: "transition-paths"),
            SalaryFigure(role: "mlops-engineer", level: .junior, title: "Junior MLOps Engineer", salary: nil, source: "career-path"),
            SalaryFigure(
                role: "mlops-engineer", level: .junior, title: "Junior MLOps Engineer",
                salary: MoneyRange(min: 100_000, max: 140_000), source: "finance-story"),
            SalaryFigure(
                role: "mlops-engineer", level: .senior, title: "Senior MLOps Engineer",
                salary: MoneyRange(min: 165_000, max: 207_125), source: "career-path"),
            SalaryFigure(
                role: "mlops-engineer", level: .senior, title: "Senior MLOps Engineer",
                salary: MoneyRange(min: 250_000, openEnded: true), source: "career-card"),
        ],
        topics: [
            Topic(
                id: "time-to-hire", title: "Time to hire",
                facts: [Fact(text: "A career change takes 16–23 months to a hire.", source: "career-card")]),
            Topic(
                id: "cost", title: "What it costs",
                facts: [Fact(text: "Self-study and certificates cost $500–$2,500.", source: "career-card")]),
            Topic(
                id: "outlook", title: "Outlook",
                facts: [Fact(text: "Advancement is rated highly.", source: "career-path", label: "Advancement", score: 9)]),
        ],
        intents: [
            intent(.timeline, ["how long", "timeline"]), intent(.salary, ["salary", "earn", "raise"]),
            intent(.tools, ["tools", "learn first"]), intent(.plan, ["plan"]), intent(.compare, ["compare"]),
            intent(.greeting, ["hello"]), intent(.thanks, ["thanks"]), intent(.cost, ["cost"]),
            intent(.affirm, ["yes"]), intent(.deny, ["no thanks"]), intent(.reset, ["start over"]),
            intent(.inform, ["i'm a", "i am a", "actually"]),
        ],
        // How people say things is the real data's: the dialogue reads its cue lists.
        cues: Fixtures.knowledge.cues,
        currencies: [
            Currency(id: "USD", name: "US dollars", symbols: ["$"], words: ["usd", "dollars"]),
            Currency(id: "PKR", name: "Pakistani rupees", words: ["pkr"]),
            Currency(id: "INR", name: "Indian rupees", symbols: ["₹"], words: ["inr"]),
        ],
        amountWords: [AmountWord(words: ["lpa"], factor: 100_000, currency: "INR", period: .year)],
        payPeriods: [PayPeriodWords(period: .year, words: ["a year"]), PayPeriodWords(period: .month, words: ["a month"])],
        // How a sentence asks is the real data's too (`Knowledge/words.yaml`).
        wordLists: Fixtures.knowledge.wordLists.filter { list in WordList.Name.howSentencesAsk.contains { $0.rawValue == list.id } }
    )

    private static func source(_ id: String, _ title: String) -> Source {
        Source(id: id, title: title, publisher: "Test publisher", file: "\(id).txt", covers: "Test data.")
    }

    private static func stage(_ id: String, _ order: Int, _ title: String, _ min: Int, _ max: Int, tools: [String]) -> RoadmapStage {
        RoadmapStage(
            id: id, order: order, title: title, duration: MonthRange(min: min, max: max), summary: "About \(title).",
            skills: [], tools: tools, salary: nil, source: "career-card")
    }

    private static func intent(_ intent: Intent, _ keywords: [String]) -> IntentDefinition {
        IntentDefinition(intent: intent, description: intent.displayName, keywords: keywords, examples: keywords)
    }
}
