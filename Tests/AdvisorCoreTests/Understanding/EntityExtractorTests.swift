import AdvisorCore
import AdvisorTestSupport
import Testing

struct EntityExtractorTests {
    let extractor = EntityExtractor(knowledge: UnderstandingFixtures.knowledge)

    @Test(arguments: [
        ("i'm a react developer", ["frontend"]),
        ("Front-End dev here", ["frontend"]),
        ("compare frontend and backend", ["frontend", "backend"]),
        ("i work as an SRE", ["devops"]),
        ("we have 3 data scientists", ["data-scientist"]),
        ("fronted developer", ["frontend"]),
        ("backedn developer", ["backend"]),
    ])
    func findsBackgrounds(text: String, expected: [String]) {
        #expect(extractor.extract(from: text).backgrounds == expected)
    }

    @Test(arguments: [
        ("do i need k8s", ["kubernetes"]),
        ("kubernets or docker?", ["kubernetes", "docker"]),
        ("Is ML Flow worth it", ["mlflow"]),
        ("python and docker", ["python", "docker"]),
    ])
    func findsTools(text: String, expected: [String]) {
        #expect(extractor.extract(from: text).tools == expected)
    }

    @Test(arguments: ["it stops here", "she said hello", "the build failed", "happy to help", "grandpa is ninety"])
    func neverMatchesInsideOtherWords(text: String) {
        let entities = extractor.extract(from: text)
        #expect(entities.backgrounds.isEmpty && entities.tools.isEmpty && entities.toolGroups.isEmpty)
    }

    @Test func sendsNegatedMentionsToTheNegatedLists() {
        let background = extractor.extract(from: "I'm not a backend developer, I'm frontend")
        #expect(background.backgrounds == ["frontend"] && background.negatedBackgrounds == ["backend"])
        let tool = extractor.extract(from: "i don't want to learn kubernetes but docker is fine")
        #expect(tool.tools == ["docker"] && tool.negatedTools == ["kubernetes"])
    }

    @Test(arguments: [
        ("Isn't Kubernetes the all-in-one solution?", true),
        ("why not docker? doesn't kubernetes do it all?", true),
        ("Don't I need docker at all?", true),
        ("i don't want kubernetes", false),
        ("I do not use docker", false),
    ])
    func aQuestionOpeningWithANegatedAuxiliaryStillNamesTheTool(text: String, named: Bool) {
        let entities = extractor.extract(from: text)
        #expect(entities.tools.isEmpty != named, "\(entities.tools) / not: \(entities.negatedTools)")
    }

    @Test func doesNotTreatNotSureAsANegation() {
        #expect(extractor.extract(from: "not sure, maybe kubernetes").tools == ["kubernetes"])
    }

    @Test func findsGroupsCertificationsAndLevels() {
        let entities = extractor.extract(from: "monitoring tools and the CKA for a senior role")
        #expect(entities.toolGroups == ["monitoring"])
        #expect(entities.certifications == ["cka"])
        #expect(entities.levels == [.senior])
        #expect(extractor.extract(from: "does it lead to anything").levels.isEmpty)
    }

    @Test(arguments: [
        ("i make 85k", [Money(85000)]), ("$85,000 a year", [Money(85000, currency: "USD", period: .year)]),
        ("1.5m", [Money(1_500_000)]), ("between 100-120k", [Money(100_000), Money(120_000)]),
        ("$100-$120k", [Money(100_000, currency: "USD"), Money(120_000, currency: "USD")]),
        ("in 2024", []), ("i have 3 kids", []), ("meet at 5 pm", []),
        ("i earn 8000 a month", [Money(8000, period: .month)]),
        ("around 450k PKR a month", [Money(450_000, currency: "PKR", period: .month)]),
        ("PKR 450k monthly", [Money(450_000, currency: "PKR", period: .month)]),
        ("60000 euros", [Money(60000, currency: "EUR")]), ("£55k", [Money(55000, currency: "GBP")]),
        ("40 lakhs per annum", [Money(4_000_000, currency: "INR", period: .year)]),
        ("12 LPA", [Money(1_200_000, currency: "INR", period: .year)]),
        ("₹8 lakh", [Money(800_000, currency: "INR")]), ("1.2 crore", [Money(12_000_000, currency: "INR")]),
        ("8 lakh rupees", [Money(800_000, currency: "INR")]), ("8 lakh pakistani rupees", [Money(800_000, currency: "PKR")]),
        ("$50 an hour", [Money(50, currency: "USD", period: .hour)]),
    ])
    func readsMoneyWithItsCurrencyAndPeriod(text: String, expected: [Money]) {
        #expect(extractor.extract(from: text).money == expected)
    }

    /// Pay written the local way: a dot before three digits groups thousands in an amount
    /// ("R$ 12.300", "€3.800"), dots between groups always do ("18.000.000"), and "juta" is
    /// Indonesian for million (currencies.yaml).
    @Test(arguments: [
        ("Pago: R$ 12.300 por mes, QA in Recife", [Money(12_300, currency: "BRL")]),
        ("earning €3.800 net a month in Lisbon", [Money(3_800, currency: "EUR", period: .month)]),
        ("my salary is 15 juta a month, any chance in mlops?", [Money(15_000_000, currency: "IDR", period: .month)]),
        ("Rp 18.000.000 per month as a tester", [Money(18_000_000, currency: "IDR", period: .month)]),
        ("on 2.5k a month, python 3.11", [Money(2_500, period: .month)]),
    ])
    func readsMoneyWrittenTheLocalWay(text: String, expected: [Money]) {
        #expect(Self.realExtractor.extract(from: text).money == expected)
    }

    @Test(arguments: [
        ("I want to transition to devops", [String](), ["devops"]), ("move into a senior devops role", [], ["devops"]),
        ("im reading Python for DevOps", [], ["devops"]), ("did a 6 month devops internship", [], ["devops"]),
        ("i'm a frontend dev wanting to become a devops engineer", ["frontend"], ["devops"]),
        ("i work as an SRE", ["devops"], []), ("devops engineer", ["devops"], []),
        // A resource kind of gap-title, in any number: "nanodegree", "bootcamps".
        ("is the udacity devops nanodegree any good", [], ["devops"]), ("frontend bootcamps worth it?", [], ["frontend"]),
        ("wannabe data scientist here", [], ["data-scientist"]), ("my frontend friends say no", [], ["frontend"]),
    ])
    func aBackgroundNamedAsAGoalTitleOrCourseIsOnlyMentioned(text: String, held: [String], mentioned: [String]) {
        let entities = extractor.extract(from: text)
        #expect(entities.backgrounds.filter { !entities.mentionedBackgrounds.contains($0) } == held)
        #expect(entities.mentionedBackgrounds == mentioned)
    }

    @Test(arguments: [
        ("in what order should I read \"Practical MLOps\" or \"Python for Devops\"?", [String]()),
        ("I'm a devops engineer reading \"Python for DevOps\", is it enough?", ["devops"]),
    ])
    func aJobInsideTheTitleOfABookIsNoBackgroundAtAll(text: String, backgrounds: [String]) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.gaps.contains { $0.kind == .named })
        #expect(entities.backgrounds == backgrounds)
    }

    /// The extractor of the knowledge base compiled into the binary, with all its backgrounds.
    static let realExtractor = EntityExtractor(knowledge: Fixtures.knowledge)

    /// Who the person is vs who they only mention: colleagues, a team, people in the plural and a
    /// job the person had are not the background; a job or a field of work the articles have no
    /// path from is the person's own, and a role gap.
    @Test(arguments: [
        // Other people: a possessive or a group before the background, or the plural.
        ("i'm the only devops person here and our data scientists deploy from laptops", ["devops"], nil as String?, [String]()),
        ("backend dev, and their SREs keep paging me at night", ["backend"], nil, []),
        ("my team of SREs wants to learn MLOps, where do they start", [], nil, []),
        ("we work with data scientists who can't deploy anything; I'm a frontend dev", ["frontend"], nil, []),
        ("our data scientist quit, I'm a backend engineer and got his models", ["backend"], nil, []),
        ("i manage data analysts at a retailer", [], nil, []),
        ("is the switch like the software engineer path?", [], nil, []),
        // Jobs weighed against each other after "between": named, not held.
        ("as a cloud/devops engineer I'm lost on the line between MLOps and a data scientist", ["devops"], nil, []),
        ("I'm a backend dev choosing between data analyst and MLOps roles", ["backend"], nil, []),
        ("I'm a frontend dev weighing up data science vs MLOps", ["frontend"], nil, ["data scientist"]),
        // A workplace is no job: "at a bank", "for a bank".
        ("im an SRE at a bank in singapore", ["devops"], nil, []),
        ("I work for a bank as a data analyst", ["data-analyst"], nil, []),
        // A workplace that names the field the person holds keeps it theirs.
        ("I've been a financial analyst at a bank for 5 years", ["finance"], nil, []),
        // A job the person had gives way to the one they have.
        ("I'm an IT manager now, I used to be a sysadmin", [], "IT manager", ["IT manager"]),
        ("I'm a project coordinator (used to be a backend dev years ago)", [], "project coordinator", ["project coordinator"]),
        ("former accountant, now a data analyst", ["data-analyst"], nil, []),
        ("i used to be a sysadmin, how long to mlops?", ["devops"], nil, []),
        // A field of work the person is in.
        ("i've been doing tech support for 6 years, can i get into mlops", [], "tech support", ["tech support"]),
        ("I work in cybersecurity, is mlops a good move?", [], "cybersecurity", ["cybersecurity"]),
        ("15 year career in logistics and i want something technical now", [], "logistics", ["logistics"]),
        ("I work 45 hours a week at a hospital in healthcare admin", [], "healthcare", ["healthcare"]),
        ("i want to work in sales instead", [], nil, []),
        ("I'm interested in security, should i learn mlops", [], nil, []),
        ("do i need experience in networking first?", [], nil, []),
        // A field before a general job word makes another job.
        ("i'm a game dev (unity, c#), can i switch to mlops", [], "game dev", ["game dev"]),
        ("embedded developer here, 8 years of C", [], "embedded developer", ["embedded developer"]),
        ("i'm a python developer", ["software-engineer"], nil, []),
        ("senior dev at a startup, how long", ["software-engineer"], nil, []),
        // An age inside the intro, a stop word at the head of the job.
        ("I'm 52, a nurse, and I love data", [], "nurse", ["nurse"]),
        ("im 40, a manager of a team of 8", [], "manager", ["manager"]),
        ("i am an IT director in a school", [], "IT director", ["IT director"]),
        // What the person aims at ends the job they have: "transitioning into ML/AI" is no part of it.
        ("I'm a QA tester transitioning into ML/AI, is mlops a good target?", [], "QA tester", ["QA tester"]),
        ("teacher transitioning into ML/AI, how long?", [], "teacher", ["teacher"]),
    ])
    func tellsThePersonFromThePeopleTheyMention(text: String, held: [String], job: String?, roleGaps: [String]) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.backgrounds.filter { !entities.mentionedBackgrounds.contains($0) } == held)
        #expect(entities.unknownBackground == job)
        #expect(entities.gaps.filter { $0.kind == Gap.Kind.role }.map { $0.term } == roleGaps)
    }

    /// The words that tell a held background from a mentioned one are data: a word added to a
    /// cue list is read, with no Swift change.
    @Test(arguments: [(CueList.ID.notHeldAfter, "sabbatical", "took a devops sabbatical"), (.aimBefore, "dreaming", "dreaming devops")])
    func aWordAddedToACueListMakesABackgroundMentioned(list: CueList.ID, word: String, text: String) {
        var knowledge = UnderstandingFixtures.knowledge
        #expect(EntityExtractor(knowledge: knowledge).extract(from: text).mentionedBackgrounds.isEmpty)
        knowledge.cues.append(CueList(id: list, phrases: [word]))
        #expect(EntityExtractor(knowledge: knowledge).extract(from: text).mentionedBackgrounds == ["devops"])
    }

    @Test func aWordAddedToTheNegationsNegatesWhatFollowsIt() {
        var knowledge = UnderstandingFixtures.knowledge
        #expect(EntityExtractor(knowledge: knowledge).extract(from: "nope kubernetes, docker please").negatedTools.isEmpty)
        knowledge.cues.append(CueList(id: .negations, phrases: ["nope"]))
        let entities = EntityExtractor(knowledge: knowledge).extract(from: "nope kubernetes, docker please")
        #expect(entities.negatedTools == ["kubernetes"] && entities.tools == ["docker"])
    }

    @Test func aPhraseAddedToTheJobIntrosNamesAJob() {
        var knowledge = UnderstandingFixtures.knowledge
        #expect(EntityExtractor(knowledge: knowledge).extract(from: "i retrained as a florist").unknownBackground == nil)
        knowledge.cues.append(CueList(id: .jobIntro, phrases: ["i retrained as a"]))
        #expect(EntityExtractor(knowledge: knowledge).extract(from: "i retrained as a florist").unknownBackground == "florist")
    }

    @Test(arguments: [
        ("i already know k8s, docker, python", ["kubernetes", "docker", "python"], [String]()),
        ("which cert should i do first, i already have CKA", [], ["cka"]),
        ("I use docker daily", ["docker"], []),
        ("do i need kubernetes", [], []), ("i have to learn docker", [], []), ("should i get the CKA or learn mlflow", [], []),
        ("i don't know kubernetes", [], []),
    ])
    func toolsAndCertificatesThePersonHasAreKnown(text: String, tools: [String], certifications: [String]) {
        let entities = extractor.extract(from: text)
        #expect(entities.knownTools == tools)
        #expect(entities.heldCertifications == certifications)
    }

    @Test(arguments: [
        ("graduating in CS in 2026", "cs graduate"), ("i'm a physics student", "physics student"),
        ("studying data science", "data science student"), ("majoring in stats, where do i start", "stats student"),
        ("maths grad, no job yet", "maths graduate"), ("finished my degree in electrical engineering", "electrical engineering graduate"),
        ("final year computer science student here", "computer science student"), ("got a chemistry degree in 2019", "chemistry graduate"),
    ])
    func aFieldOfStudyIsABackgroundTheSourcesLack(text: String, expected: String) {
        #expect(extractor.extract(from: text).unknownBackground == expected)
    }

    /// Only a field of study next to "student", "graduate" or "degree" names a background: not any
    /// word there ("broke student", "studying alone", "grad from Nigeria"), not a negated degree,
    /// and not one the person asks about or plans ("do I need a degree in ML").
    @Test(arguments: [
        "how long will it take", "cheapest route into mlops? broke student here", "how to start with no degree",
        "studying alone at night after work, any tips", "new grad from Nigeria, is it possible", "poor student, free courses?",
        "do i need a masters degree in ML", "should i get a cs degree first", "i'm not a physics student", "student loans are scary",
        "thinking about studying physics", "studying kubernetes right now",
    ])
    func aWordNextToAStudyWordThatNamesNoFieldIsNoBackground(text: String) {
        #expect(extractor.extract(from: text).unknownBackground == nil)
    }

    @Test(arguments: [
        ("about 5 years", 5 as Int?), ("5 years", 5), ("~10 yrs or so", 10), ("in 5 years", nil), ("5 years to learn it?", nil),
        ("i'm a data scientist, 4 yrs, mostly notebooks", 4), ("will it take 2 years, or 3", nil),
        ("backend, 5 yrs kubernetes and some docker", 5),
    ])
    func yearsOnTheirOwnAreExperience(text: String, years: Int?) {
        #expect(extractor.extract(from: text).yearsOfExperience == years)
    }

    @Test(arguments: [
        ("devops engineer", true), ("hi, devops engineer here from lahore", true), ("data scientists here", true),
        ("compare devops and frontend", false), ("how long from devops", false), ("devops engineer, how long?", false),
        ("devops for 5 years", false), ("backend developer transitioning into mlops", true),
        ("frontend dev looking to move into mlops", true), ("transitioning into devops", false),
    ])
    func aJobTitleTypedAloneIsSeen(text: String, alone: Bool) {
        #expect(extractor.extract(from: text).isTitleAlone == alone)
    }

    @Test(arguments: [("450k PKR a month", ["PKR"]), ("£55k", ["GBP"]), ("12 LPA", ["INR"]), ("$85k", []), ("85k", [])])
    func payInAnotherCurrencyThanUSDollarsIsAGap(text: String, currencies: [String]) {
        let gaps = extractor.extract(from: text).gaps.filter { $0.kind == .currency }
        #expect(gaps.map(\.term) == currencies)
    }

    /// Currency words that are also other words name a currency only next to an amount (`Knowledge/currencies.yaml`).
    @Test(arguments: [
        ("earning 90k TL a month in Istanbul", ["TRY"]), ("tl;dr backend dev, 85k", []), ("my TL says I should learn k8s", []),
    ])
    func aShortCurrencyWordNamesItOnlyNextToAnAmount(text: String, currencies: [String]) {
        let gaps = Self.realExtractor.extract(from: text).gaps.filter { $0.kind == .currency }
        #expect(gaps.map(\.term) == currencies)
    }

    @Test(arguments: [
        ("6-9 months", MonthRange(min: 6, max: 9)), ("6 to 9 months", MonthRange(min: 6, max: 9)),
        ("about a year", MonthRange(min: 12, max: 12)), ("half a year", MonthRange(min: 6, max: 6)),
        ("in 2 years", MonthRange(min: 24, max: 24)), ("8 weeks", MonthRange(min: 2, max: 2)),
    ])
    func readsDurationsInMonths(text: String, expected: MonthRange) {
        #expect(extractor.extract(from: text).durations == [expected])
    }

    @Test(arguments: [("10 hours a week", 10), ("10h/week", 10), ("maybe 5-8 hrs per week", 8), ("2 hours a day", 14)])
    func readsHoursPerWeek(text: String, expected: Int) {
        #expect(extractor.extract(from: text).hoursPerWeek == expected)
    }

    @Test(arguments: [("5 years of java", 5), ("i have 5 yrs", 5), ("been coding for 3 years", 3), ("7 years experience", 7)])
    func readsYearsOfExperience(text: String, expected: Int) {
        let entities = extractor.extract(from: text)
        #expect(entities.yearsOfExperience == expected)
        #expect(entities.durations.isEmpty)
    }

    @Test(arguments: [
        "0 hours a week", "-5 hours a week", "200 hours a week", "30 hours a day", "1e308 hours a week",
        "99999999999999999999 hours a week", String(repeating: "9", count: 400) + " hours a week", "-3 years of java",
        "99999999999999999999 years of experience", "500 years of java", "99999999999999999999 months", "-6 months",
        "I earn 99999999999999999999", "I earn -85000", "I earn 0",
    ])
    func dropsNumbersNoPersonCouldMean(text: String) {
        let entities = extractor.extract(from: text)
        #expect(entities.hoursPerWeek == nil)
        #expect(entities.yearsOfExperience == nil)
        #expect(entities.durations.isEmpty)
        #expect(entities.money.isEmpty)
    }

    @Test func readsHowLongAsADurationNotExperience() {
        let entities = extractor.extract(from: "will it take 2 years?")
        #expect(entities.yearsOfExperience == nil && entities.durations == [MonthRange(min: 24, max: 24)])
    }

    @Test(arguments: [
        ("i'm a nurse", "nurse"), ("I work as a teacher", "teacher"), ("i'm currently a senior nurse at a clinic", "nurse"),
        ("I currently work as a barista", "barista"), ("i am now working as an electrician", "electrician"),
        ("i work as pharmacist in a hospital", "pharmacist"),
        ("i am an electrician and i want to switch", "electrician"),
        // "trainer" is a real word the out-of-scope examples use, not a typo of "trader" (finance).
        ("i'm a personal trainer", "personal trainer"),
        // A hedge between "I'm" and the job: "more of a", "kind of a", "basically a".
        ("actually I'm more of a florist now", "florist"), ("i'm basically a pharmacist", "pharmacist"),
    ])
    func namesAnUnknownJob(text: String, expected: String) {
        #expect(extractor.extract(from: text).unknownBackground == expected)
    }

    @Test(arguments: ["i'm a beginner", "i'm a frontend dev", "i'm not a nurse", "i am a bit lost", "i like nursing"])
    func leavesKnownOrNonJobsAlone(text: String) {
        #expect(extractor.extract(from: text).unknownBackground == nil)
    }

    @Test(arguments: [
        ("compare nurse and frontend", "nurse", ["frontend"]),
        ("nurse vs backend developer", "nurse", ["backend"]),
        ("is a teacher or a frontend dev closer to mlops", "teacher", ["frontend"]),
        ("frontend or a high school teacher, which is faster?", "high school teacher", ["frontend"]),
        ("is a school teacher or a backend dev closer", "school teacher", ["backend"]),
        ("nurses vs. frontend devs", "nurse", ["frontend"]),
        ("backend versus pharmacist", "pharmacist", ["backend"]),
        ("compare nurse, frontend and backend", "nurse", ["frontend", "backend"]),
        ("frontend and teacher salaries side by side", "teacher", ["frontend"]),
        ("a senior nurse or a devops engineer", "nurse", ["devops"]),
    ])
    func findsAnUnknownJobNextToAKnownBackground(text: String, job: String, backgrounds: [String]) {
        let entities = extractor.extract(from: text)
        #expect(entities.unknownBackground == job)
        #expect(entities.backgrounds == backgrounds)
    }

    @Test(arguments: [
        "compare cost and frontend", "compare frontend and backend", "compare frontend and other backgrounds",
        "frontend or faster?", "mlops engineer vs frontend", "an engineer or a frontend dev", "frontend vs better pay",
        "i'm a frontend dev and a mother", "frontend and backend salaries", "pros and cons of frontend",
        "frontend and docker", "i'm not a nurse or a frontend dev", "compare salary and frontend", "frontend vs ml engineer",
        "compare career and frontend", "frontend and learn kubernetes", "compare frontend and the tools",
    ])
    func namesNoUnknownJobBesideAKnownBackgroundWhenNoneIsMeant(text: String) {
        #expect(extractor.extract(from: text).unknownBackground == nil)
    }

    /// Years are bound to the job they are said with: years away from work are no experience,
    /// years said with the person's job win, and a bare number after "for" takes the unit the
    /// message used before it.
    @Test(arguments: [
        ("spent 4 years as a full time parent; before that I was a backend developer for 5", 5 as Int?),
        ("I've been unemployed for 2 years but worked as a frontend dev for 4 years before that", 4),
        ("a two year career break after 6 years as a data analyst", 6),
        ("raising kids for 8 years now. i was a sysadmin for 2", 2),
        ("data analyst with 3 yrs, mostly excel and power bi", 3),
        ("i'm a nurse for 10 years now", 10),
        // Words in brackets are an aside: the years still go with the job before them.
        ("I'm a product owner (agile) at a logistics firm for 9 years, can I move to mlops?", 9),
        ("been at home with my baby for 3 years, want to get back into tech", nil),
        ("i'm a frontend dev hoping to switch within 2 years", nil),
        ("backend dev here, will it take 2 years?", nil),
        ("frontend dev and it will take me 2 years probably", nil),
    ])
    func bindsYearsToTheJobTheyAreSaidWith(text: String, years: Int?) {
        #expect(Self.realExtractor.extract(from: text).yearsOfExperience == years)
    }

    /// Years that are no plan: time already spent ("after"), what a job post asks for, or a
    /// length written as a modifier of something that is no plan ("3-month internships"). A plan's
    /// own words keep a duration ("a 12 month plan", "will I be hired after 2 years?").
    @Test(arguments: [
        ("left the navy after 10 years, now what?", [MonthRange]()),
        ("every listing I see asks for 5+ years, should I still apply?", []),
        ("recruiters here require 4 years minimum for mlops, is that normal?", []),
        ("did two 3-month internships in data, is that enough to start?", []),
        ("I want a 12 month plan from backend", [MonthRange(min: 12, max: 12)]),
        ("will I be hired after 2 years?", [MonthRange(min: 24, max: 24)]),
        ("I can study for 2 years, is that enough?", [MonthRange(min: 24, max: 24)]),
    ])
    func readsOnlyAPlansLengthAsADuration(text: String, expected: [MonthRange]) {
        #expect(Self.realExtractor.extract(from: text).durations == expected)
    }

    /// A tool in a clause about what another team does is theirs, not one the person has or asks
    /// about, unless the person speaks of themselves in that clause.
    @Test(arguments: [
        (
            "Platform engineer in Oslo. the data science team keeps throwing notebooks over the wall to us, what is mlops exactly?",
            [String]()
        ),
        ("I mostly work in notebooks, what should I learn next?", ["jupyter"]),
        ("the data team uses Airflow and I want to learn it", ["airflow"]),
    ])
    func aToolInAnotherTeamsWorkIsNotThePersons(text: String, tools: [String]) {
        #expect(Self.realExtractor.extract(from: text).tools == tools)
    }

    /// A job with no path whose words hold a background the person has ("developer") is their
    /// job, and that background's path the closest; a role aimed at is nobody's job.
    @Test(arguments: [
        (
            "Android developer for 6 years, how hard is the move to mlops?",
            ClosestBackground(job: "mobile developer", background: "software-engineer")
        ),
        (
            "flutter dev here, is there a path for people like me?",
            ClosestBackground(job: "mobile developer", background: "software-engineer")
        ),
        ("I'm a backend dev wanting to become a data engineer, how?", nil),
        ("I'm a software developer, how long to mlops?", nil),
    ])
    func aJobWithNoPathKeepsTheClosestBackgroundInItsWords(text: String, expected: ClosestBackground?) {
        #expect(Self.realExtractor.extract(from: text).closestBackground == expected)
    }

    /// A number with a unit word is read by what it counts: "experience" typed with a typo
    /// still makes the years experience, not how long something takes.
    @Test(arguments: [("salary at 5 yrs experiance?", 5), ("mlops pay with 2 years expereince", 2), ("7 yrs professionaly", 7)])
    func readsYearsBeforeATypoOfExperienceAsExperience(text: String, years: Int) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.yearsOfExperience == years)
        #expect(entities.durations.isEmpty)
    }

    /// The short forms people type for a job are the job (data in backgrounds.yaml).
    @Test(arguments: [
        ("DS here, 3 yrs, mostly notebooks", "data-scientist"), ("sde at a fintech, can i move to mlops", "software-engineer"),
        ("fe dev looking at mlops", "frontend"), ("ml eng with 2 yrs", "ml-engineer"), ("sys admin for a decade", "devops"),
    ])
    func readsTheShortFormOfAJob(text: String, background: String) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.backgrounds.filter { !entities.mentionedBackgrounds.contains($0) } == [background])
    }

    /// A job offered or asked about is not the person's: "an 'SRE' offer" (`not-held-after`),
    /// "should I work as a data analyst first?" (`plan-before-job`).
    @Test(arguments: [
        ("I got an 'SRE' offer, does that help with mlops?", [String](), ["devops"]),
        ("would a data scientist role suit me better than mlops?", [], ["data-scientist"]),
        ("cs grad, should I work as a data analyst first?", [], ["data-analyst"]),
        ("I work as a data analyst, should I learn docker first?", ["data-analyst"], []),
        // MLOps likened to a job (`liken-words`).
        ("isn't mlops basically devops plus models?", [], ["devops"]),
        ("mlops is like devops, right? i'm a backend dev", ["backend"], ["devops"]),
    ])
    func aJobOfferedOrAskedAboutIsNotThePersons(text: String, held: [String], mentioned: [String]) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.backgrounds.filter { !entities.mentionedBackgrounds.contains($0) } == held)
        #expect(entities.mentionedBackgrounds == mentioned)
        #expect(entities.unknownBackground.map { $0.hasPrefix("data analyst") } != true)
    }

    /// A word that holds a name but names nothing the knowledge base knows (`not-names`): a
    /// chest x-ray is no Ray.
    @Test(arguments: [
        ("our X-ray department uses AI, can a radiographer move to MLOps?", [String]()),
        ("we scale training with Ray on k8s", ["ray", "kubernetes"]),
    ])
    func aWordHoldingANameIsNoName(text: String, tools: [String]) {
        #expect(Self.realExtractor.extract(from: text).tools == tools)
    }

    /// A word whose stem is a name's ("account", "accounting") names nothing when `not-names` lists it.
    @Test(arguments: [
        ("work pays for a Pluralsight business account, worth using?", [String]()),
        ("I work in accounting, 6 years, can I move to mlops?", ["finance"]),
    ])
    func anOrdinaryWordSharingANamesStemIsNoBackground(text: String, backgrounds: [String]) {
        #expect(Self.realExtractor.extract(from: text).backgrounds == backgrounds)
    }

    /// A job the question weighs MLOps against ("harder than DevOps", "different from DevOps") is
    /// named, not the person's; "coming from DevOps" is theirs.
    @Test(arguments: [
        ("is mlops more stressful than data science?", [String]()),
        ("how does mlops pay compared to backend", []),
        ("would the switch be slower for me than for a data analyst", []),
        ("I'm a frontend dev; is this harder than backend?", ["frontend"]),
        ("nurse vs backend developer", []),
        ("How is it different from DevOps?", []),
        ("I'm a backend dev, how is MLOps different from DevOps?", ["backend"]),
        ("coming from devops, how long would it take?", ["devops"]),
    ])
    func aJobWeighedAgainstIsNotThePersons(text: String, held: [String]) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.backgrounds.filter { !entities.mentionedBackgrounds.contains($0) } == held)
    }

    /// In a message that says the person's job, a tool used at work is one they know.
    @Test(arguments: [
        ("sre here, terraform and k8s all day. what am i missing for mlops?", ["terraform", "kubernetes"]),
        ("frontend dev, 4 yrs, a bit of docker at work, how long to mlops", ["docker"]),
        ("data analyst, should i learn docker at work first?", []),
        ("is docker used daily in mlops?", []),
    ])
    func aToolUsedAtWorkInAMessageAboutTheJobIsKnown(text: String, tools: [String]) {
        #expect(Self.realExtractor.extract(from: text).knownTools == tools)
    }

    /// "net", "gross", "before tax" between an amount and its period say how pay is counted.
    @Test(arguments: [
        ("I'm on 9000 EUR gross per month", Money(9000, currency: "EUR", period: .month)),
        ("take home is 40k GBP net a year", Money(40000, currency: "GBP", period: .year)),
        ("about 60k before tax a year", Money(60000, currency: nil, period: .year)),
    ])
    func aPayQualifierKeepsTheAmountsPeriod(text: String, money: Money) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.money == [money])
        #expect(entities.durations.isEmpty)
    }

    /// Time spent learning (`years-studying`) is no work experience; years said with the person's
    /// job in the same clause still are.
    @Test(
        arguments: [
            ("I've been learning Python on DataCamp for a year, what should I build first?", nil),
            ("nurse here, been teaching myself python for 2 years, is mlops realistic?", nil),
            ("self-taught for 3 years, no degree, where do I stand?", nil),
            ("I've been a backend developer for 6 years, learning Kubernetes now", 6),
            ("been coding for 4 years, what should I learn next?", 4),
        ] as [(String, Int?)])
    func readsYearsOfLearningAsNoExperience(text: String, years: Int?) {
        #expect(Self.realExtractor.extract(from: text).yearsOfExperience == years)
    }

    /// An age is neither experience nor a plan's length: "41 years old", and "29 years" as a clause
    /// of its own after a place or a list of tools, in a message about the person. Years after the
    /// person's job, or too few to be an age, stay experience.
    @Test(
        arguments: [
            ("Hi, I work as a network engineer in Leeds, 41 years old, is mlops realistic for me?", "41", nil),
            ("I'm a support analyst in Accra (Excel, some SQL), 29 years, earning 9000 a month. what first?", "29", nil),
            ("Android dev from Lagos, 31 years, on 400k naira monthly. can I do mlops?", "31", nil),
            ("I'm a data scientist, 20 yrs, mostly notebooks. what do I need for mlops?", nil, 20),
            ("backend dev, 5 years, java. how long to mlops?", nil, 5),
            ("explain terraform to me as if I were a 6 year old", nil, nil),
        ] as [(String, String?, Int?)])
    func readsAnAgeAsNoYearsOfExperienceAndNoDuration(text: String, age: String?, years: Int?) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.yearsOfExperience == years)
        #expect(entities.durations.allSatisfy { $0.max < 12 })
        #expect(entities.gaps.filter { $0.kind == .age }.map(\.term) == (age.map { [$0] } ?? []))
    }

    /// A role the person aims for is no background of theirs, however the aim is worded.
    @Test(arguments: [
        "I'm a QA lead, 12 yrs in; my plan is to aim for something like Head of ML Engineering later.",
        "Product manager, 39, Pune. Options: code again as an MLOps engineer, or shoot for a machine learning engineer post?",
        "support person here, eyeing a data scientist job before mlops",
    ])
    func leavesTheRoleAimedForOutOfTheBackground(text: String) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.backgrounds.allSatisfy(entities.mentionedBackgrounds.contains))
    }

    /// Jobs said the other ways: "X turned Y" (the job before "turned"), and a verb that says the
    /// job ("i teach" is a teacher); each is a role the articles have no path from.
    @Test(arguments: [
        ("lab technician turned python scripting person here, 3 yrs. can I get into mlops?", "lab technician"),
        ("I teach computing at a sixth form college, 36, is mlops a realistic switch?", "teacher"),
        ("hello, i currently tutor maths online. could i move into mlops?", "tutor"),
    ])
    func readsJobsSaidAsTurnedOrByAVerb(text: String, job: String) {
        let entities = Self.realExtractor.extract(from: text)
        #expect(entities.unknownBackground == job)
        #expect(entities.gaps.contains(Gap(kind: .role, term: job)))
    }

    /// "it" is a field of work only as a name or with more of a job after it.
    @Test(
        arguments: [
            ("Could I do it in those 6 months if I study full time?", nil),
            ("can i do it while working, doing it part time?", nil),
            ("I do IT for a hospital, can I move into mlops?", "IT"),
            ("i do it support at a bank, how long to mlops?", "it support"),
        ] as [(String, String?)])
    func readsItAsAFieldOnlyAsANameOrBeforeMoreOfAJob(text: String, job: String?) {
        #expect(Self.realExtractor.extract(from: text).unknownBackground == job)
    }

    @Test(arguments: ["i teach myself python at night, is mlops possible?", "i want to teach ml one day, what is mlops?"])
    func readsNoJobFromATeachingVerbThatIsNoJob(text: String) {
        #expect(Self.realExtractor.extract(from: text).unknownBackground == nil)
    }
}
