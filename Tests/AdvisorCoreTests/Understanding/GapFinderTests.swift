import AdvisorCore
import AdvisorTestSupport
import Testing

/// What a message names that the articles lack, read from `Knowledge/gaps.yaml`.
///
/// Precision matters more than recall: a wrong gap makes the reply say "the articles don't cover
/// X" about something they cover. So the table holds as many lines that must find nothing as
/// lines that must find a gap, written in the styles of real questions (long, several questions
/// in one, asides about oneself, typos).
struct GapFinderTests {
    static let extractor = EntityExtractor(knowledge: Fixtures.knowledge)

    static func gaps(_ text: String, currencies: Bool = false) -> [Gap] {
        extractor.extract(from: text).gaps.filter { currencies || $0.kind != .currency }
    }

    static func country(_ term: String) -> Gap { Gap(kind: .country, term: term) }
    static func age(_ term: String) -> Gap { Gap(kind: .age, term: term) }
    static func role(_ term: String) -> Gap { Gap(kind: .role, term: term) }
    static func named(_ term: String) -> Gap { Gap(kind: .named, term: term) }
    static func topic(_ term: String) -> Gap { Gap(kind: .topic, term: term) }

    /// Lines that name something the articles lack, with every gap they name.
    static let gapLines: [(String, [Gap])] = [
        // Titles in single quotes; the closing mark opens no second title.
        ("Has anybody done the 'Kubernetes for Data Teams' online course from Linux Foundation?", [named("Kubernetes for Data Teams")]),
        ("just started reading 'The Pragmatic Programmer', is it relevant for mlops?", [named("The Pragmatic Programmer")]),
        ("recruiters message me about 'ML platform' jobs, am I ready?", [role("ML platform engineer")]),
        // Places
        ("devops guy here, 4 yrs, based in Lahore. is mlops a realistic jump for me?", [country("Pakistan")]),
        ("Is the demand for MLOps in India as high as the articles say?", [country("India")]),
        ("what do indian companies pay a junior mlops engineer", [country("India")]),
        ("Thinking of moving to Berlin next year, would MLOps be a good bet there", [country("Germany")]),
        ("are these salaries similar in the EU or only in the states", [country("Europe")]),
        ("I'm in the UK, cloud engineer, how long would the switch take", [country("the UK")]),
        ("how is the market for mlops in latam? i live in bogota", [country("Latin America"), country("Colombia")]),
        ("Nigerian backend dev here. Remote MLOps roles, realistic?", [country("Nigeria")]),
        // Ages
        ("I'm 38 and a frontend dev. too late to switch?", [age("38"), age("too late")]),
        ("at 45, is it worth starting from scratch?", [age("45")]),
        ("I am 52 years old with 20 years in banking, can I still move into mlops", [age("52")]),
        ("career changer in my 40s, what should i learn first", [age("40s")]),
        ("am I too old for this? I've been a sysadmin for 15 years", [age("too old")]),
        ("is it too late for me to get into mlops at this point?", [age("too late")]),
        ("Turning 35 soon. Is MLOps still a smart move at my age?", [age("35"), age("my age")]),
        // Roles as aims, or weighed against MLOps
        ("should I become a data engineer first and then move to mlops?", [role("data engineer")]),
        ("What are the common skills between MLOps and data engineering?", [role("data engineer")]),
        ("I want to switch from data engineering to MLOps, where do I start", [role("data engineer")]),
        ("How do I transition into ML engineering from a backend role?", [role("ML engineer")]),
        ("Software engineer here wanting to become an ML engineer. First skills?", [role("ML engineer")]),
        ("New grad backend -> MLE, how do I prepare?", [role("ML engineer")]),
        ("Is becoming an LLM engineer feasible within a year?", [role("LLM engineer")]),
        ("SRE or MLOps, which has the better long term outlook?", [role("SRE")]),
        ("torn between platform engineering and MLOps, any thoughts", [role("platform engineer")]),
        ("how do software engineers pivot into data science?", [role("data scientist")]),
        ("what does an ML SRE do all day and how is it different", [role("ML SRE")]),
        ("is it easier to get into AI engineering than into MLOps", [role("AI engineer")]),
        // Named courses, books, tools
        ("Is the Made With ML course worth it compared to the DeepLearning.AI one?", [named("Made With ML")]),
        ("I did a Udemy course on docker, is that enough?", [named("Udemy")]),
        ("what about Full Stack Deep Learning? or the zoomcamp?", [named("Full Stack Deep Learning"), named("MLOps Zoomcamp")]),
        ("should I read Practical MLOps or Python for DevOps first", [named("Practical MLOps"), named("Python for DevOps")]),
        ("do I need Databricks for MLOps jobs?", [named("Databricks")]),
        ("I'm halfway through the book \"Machine Learning Design Patterns\", what next?", [named("Machine Learning Design Patterns")]),
        ("is the Huyen Academy bootcamp any good", [named("Huyen Academy")]),
        ("found a course called mlopsmastery on youtube, legit?", [named("mlopsmastery"), named("YouTube")]),
        ("I can only study 10 hours a week, is a year enough?", [topic("hours per week")]),
        ("does Kaggle help with getting hired?", [named("Kaggle")]),
        // Topics
        ("will AutoML make this job obsolete?", [topic("AutoML"), topic("the role being automated or replaced")]),
        ("I'm the only data person at a small company, what MLOps should I set up", [topic("small businesses")]),
        (
            "how would I convince my manager to let me move to the ML platform team?",
            [topic("internal moves and convincing a manager"), role("ML platform engineer")]
        ),
        ("do mlops roles sponsor a work visa usually", [topic("visas and relocation")]),
        ("can I do mlops as a freelancer", [topic("freelancing")]),
        ("got laid off last month, is mlops a good pivot?", [topic("layoffs")]),
        // A job of the person's own that the articles have no path from, once
        ("I'm a nurse, 29, working nights. Could I realistically retrain?", [role("nurse"), age("29")]),
        ("I work as a QA tester, is MLOps a realistic next step?", [role("QA tester")]),
        ("i'm a big data engineer at a bank, how do i move into mlops", [role("data engineer")]),
        ("i am currently a data engineer. data engineer to mlops, how long?", [role("data engineer")]),
        ("I'm a lawyer and I want to become an ML engineer", [role("lawyer"), role("ML engineer")]),
        // Several in one
        (
            "I'm 41, living in Pune, data engineer for 6 years. Is MLOps realistic or should I aim for ML engineer instead?",
            [age("41"), country("India"), role("data engineer"), role("ML engineer")]
        ),
    ]

    /// Lines that name nothing the articles lack: covered roles, covered names, numbers that are not ages.
    static let coveredLines: [String] = [
        // A stack in brackets after the years of a job is the person's own.
        "Analytics engineer, 3 yrs (Kafka, Snowflake, dbt). Could I realistically go for MLOps?",
        "Platform engineer with 5 yrs exp (Kafka + Snowflake), how long to MLOps?",
        // A quotation that is no title: lower-case words in it, or a job.
        "at work I'm doing 'AI features' now, does that count toward mlops?",
        "people keep telling me 'just learn kubernetes', is that right?",
        "how long from frontend to MLOps",
        "I have 5 years of experience as a backend developer",
        "is MLOps realistic in a year?",
        "I'm a data scientist, what ops skills do I need?",
        "what is the difference between an ML engineer and an MLOps engineer",
        "where are the lines between MLOps and a data scientist?",
        "Do you think every data scientist needs MLOps skills?",
        "I work as an SRE, how much of my skill set carries over?",
        "platform engineer with 6 yrs, is MLOps a natural next step",
        "I'm an ML engineer and want to move into MLOps",
        "Should data scientists learn Kubernetes?",
        "is the DeepLearning.AI MLOps specialization worth it",
        "Andrew Ng's course on Coursera, good start?",
        "what about fast.ai?",
        "I read Python for Data Analysis, what next?",
        "Do I need Terraform and Kubernetes?",
        "is the AWS ML Engineer Associate worth it",
        "Which course should I take first?",
        "what's the best MLOps course for a noob",
        "Is the Udacity nanodegree any good?",
        "I'm 5 years into backend work, how long will it take",
        "our models run at 40 sites across the country",
        "I applied at 30 companies and got nothing",
        "I make 85k at 28 percent tax, what would I earn",
        "the project took a year and a half",
        "what does the day to day look like",
        "I am 100% sure I want this",
        "looking at 30 to 40 applications a month",
        "is remote work common in MLOps?",
        "what does a fintech startup pay",
        "I'm not a data engineer, I'm a data analyst",
        "What do you think about the role \"MLOps engineer\"? Does it make sense?",
        "I am discovering how much breaking into the 'big' world is a struggle",
        "where do you draw the line when you say \"this much\" of DevOps is enough",
        "I'm a senior backend engineer, what would I earn after the switch",
        "How do I get interviews without an infrastructure title?",
        "I'm an equity research analyst, can I move into MLOps",
        "Is Kubernetes the all-in-one solution for deployment?",
        "in the age of AI, is MLOps future proof?",
        "I moved into DevOps three years ago, what now",
        "our team has two data engineers and one MLOps engineer, what does the MLOps one do all day?",
        "some ansible and bash from my sysadmin days, does that count for anything?",
        "I'm a beginner, where do I start?",
        "my sister is a nurse, how would she learn mlops",
        "i'm a backend dev and a mother of two, is a year enough",
        "I'm not a teacher anymore, I work as a backend developer",
        "once I'm an MLOps engineer, how do I grow?",
        "i'm a student, where do i start",
        "I'm a single parent, how do I find time to study",
    ]

    /// Families taught by `gaps.yaml` and `currencies.yaml` (written for these tests, in the styles
    /// of the real questions; none is from the answer set): a currency named without an amount
    /// or by a sign, a place inside the US, the pay of a role, a role chosen against MLOps, a job
    /// stated after "I was a" or beside a known background, and topics the articles lack.
    static let familyLines: [(String, [Gap])] = [
        ("what would a mid level mlops engineer make in kenyan shillings", [country("Kenya"), Gap(kind: .currency, term: "KES")]),
        ("im on RM 7k a month in Kuala Lumpur, worth switching?", [Gap(kind: .currency, term: "MYR"), country("Malaysia")]),
        ("Cape Town based, R38,000 pm as a sysadmin, how long to mlops?", [country("South Africa"), Gap(kind: .currency, term: "ZAR")]),
        ("is the pay in Seattle higher than what the articles say?", [country("Washington State")]),
        ("does an SRE earn more than an MLOps engineer?", [Gap.pay(of: "SRE")]),
        ("torn between data science and MLOps, which suits me better", [role("data scientist")]),
        ("I was a pharmacist for 8 years, can I break into mlops", [role("pharmacist")]),
        ("i'm a graphic designer and the frontend path looked closest, true?", [role("graphic designer")]),
        ("I'm a postdoc in chemistry, would MLOps value my research skills?", [role("academic researcher")]),
        ("how do I negotiate an offer for my first MLOps job?", [topic("salary negotiation")]),
        ("do i need a gpu at home to practise kubernetes and mlflow", [topic("hardware")]),
        ("thinking of quitting my job to study mlops full time for a year", [topic("quitting a job to study")]),
        ("is the CKA exam fee refundable if I fail, and can I retake it?", [topic("exam fees and preparation")]),
        ("Is Triton better than TorchServe for serving?", [named("Triton")]),
        ("will ai automate mlops away in a few years", [topic("the role being automated or replaced")]),
    ]

    /// Lines of the same families that name nothing the articles lack.
    static let familyCoveredLines: [String] = [
        "I have 5 years of experience as a backend developer, how much would I earn in MLOps?",
        "I'm a backend dev in the US, what would I earn?",
        "what does a senior MLOps engineer earn in dollars",
        "should I try Kubernetes before MLflow?",
        "I learned PHP years ago, does that help?",
        "I use CAD software daily, can I still move into MLOps",
        "what is the difference between an ML engineer and an MLOps engineer day to day?",
        "is the AWS ML Engineer Associate worth it for the salary?",
        "do I need a PhD for MLOps?",
        "I'm a frontend developer and know docker, how long will it take?",
    ]

    /// More families (written for these tests; none is from the answer set): decades in words,
    /// an age beside "me:", a currency not named, a gap phrase with "ML" for "machine learning" or
    /// "team" for its head, a name ambiguous alone in company, a course pointed at and weighed
    /// against a named one, the pay of a background after "than", a job said as a title or after
    /// "I've been a", and tools, books and certificates the articles do not name.
    static let moreFamilyLines: [(String, [Gap])] = [
        ("in my early fifties, is a career change into mlops sane?", [age("fifties")]),
        (
            "Quick context, me: 34, product designer in Leeds, no CS degree. Where do I begin?",
            [age("34"), role("product designer"), country("Leeds")]
        ),
        ("what do MLOps folks make, in pesos, in Mexico City?", [Gap(kind: .currency, term: "pesos"), country("Mexico City")]),
        ("is automated ML going to make pipelines pointless", [topic("AutoML")]),
        ("what does an ML infrastructure team do differently from an MLOps team?", [role("AI infrastructure engineer")]),
        ("Go or Python for writing ML tooling?", [named("Go")]),
        ("is it worth learning R programming for mlops", [named("R")]),
        ("Is this bootcamp as good as the Udacity nanodegree?", [named("this bootcamp")]),
        ("are MLOps salaries higher than backend developer salaries?", [Gap.pay(of: "backend developer")]),
        ("Teacher for 12 years, how would I start learning MLOps?", [role("teacher")]),
        ("i'm 47 and a former pilot, realistic?", [age("47"), role("pilot")]),
        ("I've been a QA analyst for 4 years, can I pivot?", [role("QA analyst")]),
        ("Should I learn Dagster or stick with Airflow?", [named("Dagster")]),
        (
            "halfway through Designing Data-Intensive Applications, does it help for MLOps?",
            [named("Designing Data-Intensive Applications")]
        ),
        ("is the Ironhack data analytics bootcamp a good first step?", [named("Ironhack")]),
        ("wondering whether to become a cloud architect instead of going into MLOps", [role("cloud architect")]),
        // Hours read from the numbers, however written, are the hours-per-week gap.
        ("I can do 12 hrs a week, how long will it take?", [topic("hours per week")]),
        ("only 2h a day for study, realistic?", [topic("hours per week")]),
        // An ambiguous name capitalised inside a sentence, or before a word of code.
        ("Is Go worth keeping for MLOps tooling?", [named("Go")]),
        ("I build go services at work, mlops next?", [named("Go")]),
        // A language asked about by name, a few words on in its clause.
        ("will my C# be wasted if I move to mlops?", [named("C#")]),
        ("is c# useless for mlops work", [named("C#")]),
        ("is c++ worth keeping up for ml infra?", [named("C++")]),
        ("is kotlin any use for mlops work?", [named("Kotlin")]),
        ("how do I set up a Jenkins pipeline for a model?", [topic("step-by-step set-up of a tool")]),
    ]

    /// Lines of those families that name nothing the articles lack (or only what is listed).
    static let moreFamilyCoveredLines: [(String, [Gap])] = [
        ("Backend dev (Kafka, Postgres, 6 yrs) thinking about MLOps, where do I start?", []),
        ("I'm a data engineer (Spark, Kafka), how do I move over?", [role("data engineer")]),
        ("I'm a golang developer, how long to MLOps?", []),
        ("python or java for mlops?", []),
        ("should I go for the CKA or the AWS cert?", []),
        ("let's go over the roadmap again", []),
        ("is this course enough: the DeepLearning.AI MLOps specialization?", []),
        ("is that course any good", []),
        ("Does MLOps pay more than finance?", []),
        ("senior engineer here, how long to mlops?", []),
        ("Recruiters say I need Kubernetes, true?", []),
        ("Hiring managers in fintech, what do they look for?", []),
        ("I'm a cloud architect, how long would the move take?", []),
        ("hello advisor", []),
        ("evening, advisor, you there?", []),
        ("later gator", []),
        // The person's own stack, skill or job history, not a question about a topic.
        ("backend dev, a bit of Jenkins pipelines at work. next steps?", []),
        ("my java knowledge feels outdated, is mlops the move?", []),
        ("I'm tired of short-term contracts, is mlops steadier?", []),
        ("Go for it or stay put? frontend dev here", []),
        ("plan c is to stay put; what does an mlops engineer earn?", []),
        ("r u sure mlops is worth it these days?", []),
        ("r there any good meetups for mlops people", []),
        ("I'm a c# developer, how long to mlops?", []),
        ("Been a .NET dev for 9 years (C#, SQL Server). where do I start?", []),
        ("stats grad, I know R and a little Python, where to start?", []),
        // A name listed with the stack the person runs; the person's own job in a message about pay.
        ("we deploy ~40 apps on GKE with Argo CD and Helm charts, how close am I to MLOps?", []),
    ]

    /// Families added in the fifth session (own wording, none from the answer set): pay after tax,
    /// temperament, who pays for training, military and mobile backgrounds, how many years a rung
    /// of the ladder takes.
    static let fifthSessionLines: [(String, [Gap])] = [
        ("what's an mlops engineer's net pay once taxes come out?", [topic("pay after tax")]),
        ("how much take home pay does a junior mlops engineer get", [topic("pay after tax")]),
        ("I'm quite introverted, would mlops suit me?", [topic("personality and time in meetings")]),
        ("my employer has a training budget of 2k, which cert should I spend it on?", [topic("who pays for training")]),
        ("I spent 9 years in the army as a radio operator, can I get into mlops?", [role("military service")]),
        ("we run everything on the Armed Forces network, mlops for defence, any path?", [role("military service")]),
        ("Android developer for 6 years, how hard is the move to mlops?", [role("mobile developer")]),
        ("flutter dev here, is there a path for people like me?", [role("mobile developer")]),
        (
            "how many years does it usually take to go from MLOps engineer to head of ML?",
            [topic("how many years a step up the ladder takes")]
        ),
        ("how fast can someone make tech lead on an mlops team", [topic("how many years a step up the ladder takes")]),
        ("Has anyone done the 'Deploying Models Fast' online course?", [named("Deploying Models Fast")]),
    ]

    /// Lines of those families that name nothing the articles lack: a rung the person holds or
    /// only names, a quotation in the articles' own words, a book the person has read and does
    /// not ask about, the person's own pay stated beside their job.
    static let fifthSessionCoveredLines: [String] = [
        "I'm a tech lead on a backend team, how long would the move to mlops take?",
        "what does a director of mlops earn?",
        "a friend calls it 'Docker for models', is that what the job is?",
        "finished reading 'The Phoenix Project' last week, where should a backend dev start?",
        "I'm a data scientist earning about 90k. Is the jump worth it?",
        "how much would a senior make before tax",
    ]

    /// Families added in the sixth session (own wording, none from the answer set): a language
    /// asked about with words between ("going to be"), what a tool works with, a role's own future,
    /// finishing a degree, studying only in the holidays, the advisor's own experience, a shift away
    /// from a tool, a region named by its language.
    static let sixthSessionLines: [(String, [Gap])] = [
        ("will my Kotlin ever be useful in an MLOps team?", [named("Kotlin")]),
        ("is golang gonna matter for mlops at all?", [named("Go")]),
        ("Does Airflow integrate with SageMaker?", [topic("what a tool supports or works with")]),
        ("can Kubeflow run on a laptop?", [topic("what a tool supports or works with")]),
        ("Do data scientists need to learn MLOps to stay relevant?", [role("data scientist")]),
        ("I'm an SRE, will my job become obsolete, should I move to MLOps?", [role("SRE")]),
        ("should I finish my masters first or apply for mlops jobs now?", [topic("whether to finish a degree")]),
        ("I only have free time in the summer holidays, is that enough for the roadmap?", [topic("studying only in the holidays")]),
        ("what mistakes have you learned from in your own career?", [topic("the advisor's own experience")]),
        ("is Jenkins falling out of favour or still the standard for CI?", [topic("whether a tool is still in use")]),
        ("is the German-speaking market hiring MLOps engineers?", [country("the German-speaking market")]),
        ("can I work in Germany without speaking German?", [country("Germany"), topic("the language spoken at work")]),
        ("my lead is fine with me moving to the data team, what should I learn?", [topic("internal moves and convincing a manager")]),
        ("could I transfer into the platform department and pick up MLOps there?", [topic("internal moves and convincing a manager")]),
    ]

    /// Lines of those families that name nothing the articles lack: a platform used for a while,
    /// the person's own field on the other side of "than", a tool that opens a statement, a degree
    /// left in the past, a question to the advisor that asks for the articles, a team at another
    /// company, a field inside a rung's title ("Head of ML Engineering" is no ML engineer).
    static let sixthSessionCoveredLines: [String] = [
        "I've been on DataCamp for a year, what should I build first?",
        "full-stack dev here, is mlops harder to break into than web dev?",
        "MLflow works with most frameworks, right?",
        "Evidently AI handles drift for us, what else should we monitor?",
        "Is MLOps still worth it in 2026?",
        "I dropped out of my masters, does that hurt my chances?",
        "have you got a plan for a backend dev?",
        "How do I get into an MLOps team as a junior?",
        "I want to move to the ML team at a bigger company",
        "aim for something like Head of ML Engineering, how much does that pay?",
    ]

    @Test(arguments: sixthSessionLines)
    func findsTheSixthSessionsFamiliesOfGaps(text: String, expected: [Gap]) {
        #expect(Self.gaps(text) == expected)
    }

    @Test(arguments: sixthSessionCoveredLines)
    func findsNoGapInCoveredLinesOfTheSixthSessionsFamilies(text: String) {
        #expect(Self.gaps(text) == [])
    }

    @Test(arguments: fifthSessionLines)
    func findsTheFifthSessionsFamiliesOfGaps(text: String, expected: [Gap]) {
        #expect(Self.gaps(text) == expected)
    }

    @Test(arguments: fifthSessionCoveredLines)
    func findsNoGapInCoveredLinesOfTheFifthSessionsFamilies(text: String) {
        #expect(Self.gaps(text) == [])
    }

    @Test(arguments: moreFamilyLines)
    func findsMoreFamiliesOfGaps(text: String, expected: [Gap]) {
        #expect(Self.gaps(text, currencies: true) == expected)
    }

    @Test(arguments: moreFamilyCoveredLines)
    func findsOnlyTheListedGapsInCoveredLinesOfThoseFamilies(text: String, expected: [Gap]) {
        #expect(Self.gaps(text, currencies: true) == expected)
    }

    @Test(arguments: familyLines)
    func findsEachFamilyOfGaps(text: String, expected: [Gap]) {
        #expect(Self.gaps(text, currencies: true) == expected)
    }

    @Test(arguments: familyCoveredLines)
    func findsNoGapInCoveredLinesOfTheSameFamilies(text: String) {
        #expect(Self.gaps(text, currencies: true) == [])
    }

    @Test(arguments: gapLines)
    func findsWhatTheArticlesLack(text: String, expected: [Gap]) {
        #expect(Self.gaps(text) == expected)
    }

    @Test(arguments: coveredLines)
    func findsNoGapInCoveredQuestions(text: String) {
        #expect(Self.gaps(text) == [])
    }
}
