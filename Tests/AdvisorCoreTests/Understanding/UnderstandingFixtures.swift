import AdvisorCore
import AdvisorTestSupport

/// A small, self-contained knowledge base for the Understanding tests, independent of the data files
/// but for the cue lists (`Knowledge/cues.yaml`, `Knowledge/gaps.yaml`): how people say things is the
/// real data's.
enum UnderstandingFixtures {
    static let intents = [
        IntentDefinition(
            intent: .greeting, description: "", keywords: ["hi", "hello"],
            examples: ["hi", "hello there", "hey", "good morning"]),
        IntentDefinition(
            intent: .timeline, description: "", keywords: ["how long", "months"],
            examples: [
                "how long does it take to switch", "how many months from frontend to mlops",
                "timeline for moving into mlops", "how long will the transition take",
            ]),
        IntentDefinition(
            intent: .salary, description: "", keywords: ["salary", "pay"],
            examples: [
                "what salary can i expect", "how much do mlops engineers earn",
                "what is the pay for a senior mlops engineer", "will my income go up",
            ]),
        IntentDefinition(
            intent: .tools, description: "", keywords: ["tools", "learn"],
            examples: [
                "which tools should i learn", "do i need kubernetes",
                "what monitoring tools are used", "is docker required",
            ]),
    ]

    static let knowledge = KnowledgeBase(
        sources: [],
        backgrounds: [
            Background(id: "frontend", name: "frontend developer", synonyms: ["front-end", "frontend", "react developer", "ui developer"]),
            Background(id: "backend", name: "backend developer", synonyms: ["back-end", "backend", "api developer"]),
            Background(id: "devops", name: "devops engineer", synonyms: ["devops", "sre", "platform engineer"]),
            Background(id: "data-scientist", name: "data scientist", synonyms: ["ds"]),
        ],
        paths: [], stages: [],
        toolGroups: [
            ToolGroup(id: "monitoring", name: "monitoring", aliases: ["observability"], summary: "", sources: []),
            ToolGroup(id: "ci-cd", name: "CI/CD", aliases: ["pipelines"], summary: "", sources: []),
        ],
        tools: [
            Tool(id: "kubernetes", name: "Kubernetes", aliases: ["k8s"], groups: [], purpose: "", sources: []),
            Tool(id: "docker", name: "Docker", aliases: [], groups: [], purpose: "", sources: []),
            Tool(id: "mlflow", name: "MLflow", aliases: ["ml flow"], groups: [], purpose: "", sources: []),
            Tool(id: "python", name: "Python", aliases: ["py"], groups: [], purpose: "", sources: []),
        ],
        certifications: [Certification(id: "cka", name: "Certified Kubernetes Administrator", aliases: ["cka"], source: "002")],
        salaries: [], topics: [], intents: intents, cues: Fixtures.knowledge.cues,
        currencies: [
            Currency(id: "USD", name: "US dollars", symbols: ["$"], words: ["usd", "dollars"]),
            Currency(id: "EUR", name: "euros", symbols: ["€"], words: ["eur", "euros"]),
            Currency(id: "GBP", name: "pounds", symbols: ["£"], words: ["gbp", "pounds"]),
            Currency(id: "INR", name: "Indian rupees", symbols: ["₹"], words: ["inr", "rupees"]),
            Currency(id: "PKR", name: "Pakistani rupees", words: ["pkr", "pakistani rupees", "rupees"]),
        ],
        amountWords: [
            AmountWord(words: ["lakh", "lakhs"], factor: 100_000, currency: "INR"),
            AmountWord(words: ["crore"], factor: 10_000_000, currency: "INR"),
            AmountWord(words: ["lpa"], factor: 100_000, currency: "INR", period: .year),
        ],
        payPeriods: [
            PayPeriodWords(period: .year, words: ["a year", "per annum", "yearly"]),
            PayPeriodWords(period: .month, words: ["a month", "per month", "monthly"]),
            PayPeriodWords(period: .hour, words: ["an hour", "hourly"]),
        ],
        // How a sentence asks is the real data's too.
        wordLists: Fixtures.knowledge.wordLists.filter { list in WordList.Name.howSentencesAsk.contains { $0.rawValue == list.id } }
    )
}
