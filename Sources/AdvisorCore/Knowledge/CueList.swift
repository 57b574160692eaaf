/// A list of words or phrases that signal something in a message ("become", "transition to"
/// before a role make it the person's aim), read from the `cues:` section of Knowledge/.
///
/// The code reads a list by its ``ID``; adding a way of saying something means adding a phrase
/// to the list in the data, not editing Swift.
public struct CueList: Hashable, Codable, Sendable {
    /// The lists the code reads. `advisor check` reports any that the data lacks.
    public enum ID: String, Hashable, Codable, Sendable, CaseIterable {
        /// Words right before a role that make it the person's aim: "become", "move into".
        case gapAim = "gap-aim"
        /// Words that start where someone comes from: "from". With ``gapOriginAim`` after it,
        /// "from backend to ML engineer" aims at the role after "to".
        case gapOrigin = "gap-origin"
        /// Words that, after a ``gapOrigin`` word, lead to the aim: "to".
        case gapOriginAim = "gap-origin-aim"
        /// Words that weigh two things: "or", "vs", "versus".
        case gapWeigh = "gap-weigh"
        /// Words before a pair that is weighed: "between", "choose".
        case gapWeighBetween = "gap-weigh-between"
        /// What a role is weighed against for it to count as a choice: "mlops".
        case gapWeighAgainst = "gap-weigh-against"
        /// Kinds of learning resource whose names are looked up: "course", "book", "bootcamp".
        case gapTitle = "gap-title"
        /// Words that introduce a name: "called", "named", "titled".
        case gapTitleIntro = "gap-title-intro"
        /// Words that may join the words of a name ("Python for DevOps", "Made With ML").
        case gapNameJoiner = "gap-name-joiner"
        /// Words right before a named tool that list it among what the person knows: "some", "been using".
        case gapKnownBefore = "gap-known-before"
        /// Words by which a person chooses a target for themselves: "weighing up", "torn between".
        case gapChoose = "gap-choose"
        /// Words that make a message about pay, where a role named is the gap of its pay: "earn", "salary".
        case gapPay = "gap-pay"
        /// Words for a currency that name it only next to a number: "pounds", "rand", "cad".
        case gapCurrencyNeedsAmount = "gap-currency-needs-amount"
        /// Words for a currency other than US dollars that do not say which one: "pesos", "local currency".
        case gapCurrencyUnnamed = "gap-currency-unnamed"
        /// Short forms that stand for a long form in a gap's phrase, paired by position with
        /// ``gapLongForms``: "ml" for "machine learning", so "automated ML" names AutoML.
        case gapShortForms = "gap-short-forms"
        /// The long forms of ``gapShortForms``, in the same order.
        case gapLongForms = "gap-long-forms"
        /// Words that stand for the head of a role as a group of people: "team" ("an ML platform
        /// team" names the ML platform engineer).
        case gapRoleGroups = "gap-role-groups"
        /// Names of gaps too ambiguous alone ("r"), which name the thing only next to a
        /// ``gapNamedCompany`` word or weighed against a tool the knowledge base knows ("Python or R").
        case gapNamedNeedsCompany = "gap-named-needs-company"
        /// Words after an ambiguous name that make it a name: "language", "programming".
        case gapNamedCompany = "gap-named-company"
        /// Words a little after an ambiguous name, in its clause, that ask about it, which make it a
        /// name: "useless", "worth" ("is C# useless for MLOps?", "is c++ worth keeping up").
        case gapNamedAsked = "gap-named-asked"
        /// Words that point back at a resource without naming it: "that", "this" ("is that
        /// course worth it"). With no name of the kind earlier in the message, the resource is
        /// one the articles cannot be said to cover.
        case gapReference = "gap-reference"
        /// Words after a ``gapReference`` that weigh the resource it points at against another:
        /// "as", "than", "or".
        case gapReferenceWeigh = "gap-reference-weigh"
        /// Words that compare pay with a background's: "than", "compared to" ("do MLOps people
        /// earn more than DevOps people").
        case gapPayCompare = "gap-pay-compare"
        /// Fields of work that people aim at or weigh against MLOps and the articles give no path
        /// into: "cybersecurity", "game development", "generative ai".
        case gapFields = "gap-fields"
        /// Names of languages people speak ("japanese", "german"), generated into places.yaml.
        case gapLanguages = "gap-languages"
        /// Words that make a language next to them the one a person speaks: "speak", "fluent", "my".
        case gapLanguageUse = "gap-language-use"
        /// Words that ask the advisor to do a piece of work: "write me", "can you write".
        case gapRequest = "gap-request"
        /// What such a request asks for, that the articles cannot give: "script", "code", "dockerfile".
        case gapRequestThings = "gap-request-things"
        /// Words before a name that ask about learning or using it: "know", "learn", "use".
        case gapLearnBefore = "gap-learn-before"
        /// Words that join the items of a list of names: "and", "plus".
        case gapListJoiners = "gap-list-joiners"
        /// Rungs of the ladder after MLOps engineer: "director", "team lead", "head of".
        case gapLevels = "gap-levels"
        /// Questions of how many years, whatever is climbed: "how many years", "years until".
        case gapLevelYears = "gap-level-years"
        /// Questions of pace: "how long", "how fast"; about a rung only right after a `gap-level-reach` word.
        case gapLevelPace = "gap-level-pace"
        /// Words right before a rung that make it reached: "make", "promoted to", "reach".
        case gapLevelReach = "gap-level-reach"
        /// Words that may sit between an ambiguous name and a ``gapNamedAsked`` word besides small
        /// words and adverbs: "going", "ever" ("is c# going to be totally useless").
        case gapNamedAskedBetween = "gap-named-asked-between"
        /// Words between an aim word and a role or field that make it the other side of a
        /// comparison, not the aim: "than" ("harder to break into than web dev").
        case gapAimBreakers = "gap-aim-breakers"
        /// Words after a named thing that, with a number and a unit of time, say how long the
        /// person has used it, so it is their own past, not a question: "for" ("on DataCamp for 6 months").
        case gapKnownDuration = "gap-known-duration"
        /// Words after a language and a ``gapLanguageUse`` word that make them a region, not the
        /// language spoken at work: "market" ("the Spanish-speaking market").
        case gapLanguageRegions = "gap-language-regions"
        /// Words right after a tool the knowledge base holds that ask what it supports, which the
        /// articles do not describe: "work with", "support" ("does Evidently AI work with LLMs?").
        case gapToolFeatures = "gap-tool-features"
        /// Words that ask about a role's own future, which makes any role named a gap: "stay
        /// relevant" ("does every data scientist need MLOps to stay relevant?").
        case gapRoleFuture = "gap-role-future"
        /// Words for a unit of a company: "team", "department" ("moving to the data team").
        case gapTeamUnits = "gap-team-units"
        /// Words right after an aim word, before a ``gapTeamUnits`` word, that make it a team of the
        /// person's own company: "the", "another".
        case gapTeamDeterminers = "gap-team-determiners"
        /// Words right after such a team that put it in another company: "at a" ("the ML team at a startup").
        case gapTeamElsewhere = "gap-team-elsewhere"
        /// Words before a number that make it an age: "i am", "at".
        case ageBefore = "age-before"
        /// Words before a number that make it an age whatever follows but a unit: "turning", "aged".
        case ageBeforeSure = "age-before-sure"
        /// Words after a number that make it an age: "years old", "yo".
        case ageAfter = "age-after"
        /// Words before a decade that make it an age: "my", "late" ("in my 40s", "late 30s").
        case ageDecadeBefore = "age-decade-before"
        /// Phrases about age itself: "too old", "my age", "ageism".
        case ageWords = "age-words"
        /// Decades written as words, after an ``ageDecadeBefore`` word: "thirties" ("in my late thirties").
        case ageDecades = "age-decades"
        /// Words that make a message about the person, where a number alone between commas is an
        /// age: "i", "my", "me" ("Me: 31, mechanical engineer").
        case ageSelf = "age-self"

        // The dialogue's cues (`cues.yaml`), read by ``UtteranceCues``.

        /// The person asks about their own case: "me", "my", "raise".
        case personal
        /// The person tells about themselves: "i am", "i work", "coming from".
        case selfDescription = "self-description"
        /// The person corrects something said before: "actually", "i meant".
        case correction
        /// The message asks the last question again for something else: "what about", "how about".
        case whatAbout = "what-about"
        /// A first word that continues the last question: "and".
        case continuation
        /// Openings of a sentence that asks on about the one before it: "if so", "in that case".
        case sameSubjectOpeners = "same-subject-openers"
        case qualifierOpeners = "qualifier-openers"
        /// The person takes their leave: "bye", "see you".
        case goodbye
        /// The person refuses to share something: "rather not", "skip".
        case decline
        /// Words that say figures differ: "differ", "disagree", "discrepancy".
        case differ
        /// Words that, with a ``notWords`` word, say figures differ: "agree", "match".
        case agree
        /// Words that negate an ``agree`` word: "not" ("don't", "doesn't" read "do not", "does not").
        case notWords = "not-words"
        /// Words that ask why: "why", "how come", "explain".
        case why
        /// Words for certificates: "cert", "certification".
        case certificateWords = "certificate-words"
        /// Words for projects: "project", "portfolio".
        case projectWords = "project-words"
        /// Words that ask which things there are: "which", "what".
        case asksWhich = "asks-which"
        /// Words that ask what something is worth: "worth", "care", "need", "enough".
        case worthWords = "worth-words"
        /// Words that weigh options against each other: "or", "vs", "compare".
        case weighsOptions = "weighs-options"
        /// Phrases that ask something even without a question mark: "how do i", "should i".
        case asksQuestion = "asks-question"
        /// Phrases that pick the first of two options offered: "the first", "the former".
        case firstOption = "first-option"
        /// Phrases that pick the second of two options offered: "the second", "the latter".
        case secondOption = "second-option"

        // Jobs the knowledge base does not know (`cues.yaml`), read by ``EntityExtractor``.

        /// Words between "i am" and "a …" that are no part of the job: "currently", "now".
        case jobIntroAdverbs = "job-intro-adverbs"
        /// Words that end the job after "i am a …": "and", "with", "looking".
        case jobPhraseEnd = "job-phrase-end"
        /// Words after "i am a" that name no job: "beginner", "career".
        case notJobs = "not-jobs"
        /// Words that join two jobs weighed against each other: "and", "or", "vs".
        case jobCoordinators = "job-coordinators"
        /// Jobs whose names have no job ending: "nurse", "chef".
        case jobWords = "job-words"
        /// Endings that make a word a job: "er", "ist".
        case jobEndings = "job-endings"
        /// Words with a job ending that name no job: "other", "computer".
        case notJobsWithJobEndings = "not-jobs-with-job-endings"
        /// Heads too general to be a job of their own: "engineer", "developer".
        case generalJobHeads = "general-job-heads"
        /// Words about the role people move into, not one they have: "mlops", "ml".
        case targetRoleWords = "target-role-words"
        /// How a person starts saying the job they have: "i am a", "i work as".
        case jobIntro = "job-intro"
        /// Words before a job that are no part of it: "a", "an".
        case jobArticles = "job-articles"
        /// Words after a job that opens a clause which make it the person's own job, said as a
        /// title: "here", "in", "for" ("Teacher for 10 years, …", "mechanical engineer in Pune").
        case titleJobAfter = "title-job-after"
        /// Words that may join an age inside a job intro to the job: "and" ("i'm 52 and a former
        /// civil engineer"); a comma joins too.
        case jobAgeJoiners = "job-age-joiners"
        /// Verbs by which a person says the job they do, as "i teach" says a teacher.
        case jobVerbs = "job-verbs"
        /// The jobs of ``jobVerbs``, in the same order: "teacher".
        case jobVerbJobs = "job-verb-jobs"

        // Who the person is vs what they mention (`cues.yaml`), read by ``EntityExtractor``.

        /// Words right before a known background that make it the person's aim, besides
        /// ``gapAim``'s one-word phrases: "to", "transition".
        case aimBefore = "aim-before"
        /// Words between an ``aimBefore`` word and the background: "a", "the", "full time".
        case aimSkip = "aim-skip"
        /// Words right after a background that make it something done or met, not held, besides
        /// ``gapTitle``'s resource kinds: "internship", "jobs", "friends".
        case notHeldAfter = "not-held-after"
        /// Words that hold a name but name nothing the knowledge base knows: "x ray" (no Ray).
        case notNames = "not-names"
        /// Words between MLOps and a job it is likened to: "is", "just" in "mlops is just devops".
        case likenWords = "liken-words"
        /// Words right before a job intro that make the job asked about, not held: "should" in
        /// "should i work as a backend dev".
        case planBeforeJob = "plan-before-job"
        /// Words that may sit around a bare "about 5 years": "about", "yeah", "or so".
        case yearHedges = "year-hedges"
        /// Phrases that make the years said in their clause time away from work, not experience:
        /// "a stay-at-home mom for 6 years", "a 2 year career break".
        case yearsOffWork = "years-off-work"
        /// Phrases that make the years said in their clause time spent learning, not experience:
        /// "been learning Python on DataCamp for a year", "self-taught for 2 years".
        case yearsStudying = "years-studying"
        /// Words right after "5 years" that make it experience: "of", "experience", "as".
        case experienceAfter = "experience-after"
        /// Words in the clause that make "5 years" experience: "been", "worked", "career".
        case experienceContext = "experience-context"
        /// Words in the clause that make "2 years" a duration instead: "take", "how", "within".
        case durationContext = "duration-context"
        /// Words right before "12 years" that make it time already spent, not a plan: "after".
        case yearsSpentBefore = "years-spent-before"
        /// Phrases that open a clause about what other people do with a tool: "the ml team", "they".
        case othersDo = "others-do"
        /// Words a little before "3 years" that make it what a job post asks for: "want", "require".
        case yearsAskedFor = "years-asked-for"
        /// Words after "12 month" (a duration written as a modifier) that keep it the plan's length:
        /// "a 12 month plan", "6 month from now", not "2-year contracts".
        case durationAfter = "duration-after"
        /// Phrases right before a background that weigh it against something, not hold it: "is
        /// MLOps harder than DevOps", "compared to data science".
        case weighedBefore = "weighed-before"
        /// Words that say the person graduated in a field: "graduating", "grad", "degree".
        case studyGraduate = "study-graduate"
        /// Words that say the person studies a field: "student", "studying".
        case studyStudent = "study-student"
        /// Words between a study word and the field: "in", "from".
        case studyFieldIntro = "study-field-intro"
        /// Fields of study that may name the person's background: "cs", "physics", "data science".
        case studyFields = "study-fields"
        /// Verbs by which a person says they have a tool or certificate: "know", "use", "hold".
        case haveVerbs = "have-verbs"
        /// Phrases that say a tool is used in the person's work, in a message about their job:
        /// "some terraform at work", "k8s all day".
        case workUse = "work-use"
        /// Words between an amount of pay and its currency or period that only say how it is
        /// counted: "net", "gross", "before tax".
        case payQualifiers = "pay-qualifiers"
        /// Words that make such a clause a plan or a question: "learn", "need", "should".
        case notYet = "not-yet"
        /// Words that may sit next to a job title typed alone: "hi", "here", "currently".
        case titleFillers = "title-fillers"
        /// Words that start a place after a title typed alone: "from", "based".
        case placeWords = "place-words"
        /// Words that start what the person aims at after a title typed alone: "transitioning", "moving".
        case aimVerbs = "aim-verbs"

        // Options weighed against each other (read by ``WeighedOptions``):
        /// Words before a job that make staying in it an option: "stay frontend", "remain a nurse".
        case stayWords = "stay-words"
        /// Words that ask whether one thing is needed at all: "do I really need Kubernetes?".
        case needWords = "need-words"
        /// Words that ask for an order or a worth among things not named: "which cert first?".
        case rankWords = "rank-words"
        /// What certificates are weighed against rather than among themselves: "a master's", "self study".
        case certificateAlternatives = "certificate-alternatives"
        /// Words that may stand between "or" and MLOps for MLOps to be an option: "or switch to an MLOps role".
        case optionFillers = "option-fillers"
        /// Words right before a background that make it other people's: "our data scientists",
        /// "their SREs", "my team of devops engineers".
        case othersBefore = "others-before"
        /// Words before a job in its clause that make it one the person had: "used to be a
        /// sysadmin", "i was a teacher", "former accountant".
        case pastWords = "past-words"
        /// Fields of work the articles describe no path from, which name a job of their own or
        /// make a general one another job: "IT support", "consulting", "game dev".
        case workFields = "work-fields"
        /// Fields of work that are also everyday words: a field only as a name ("I do IT") or
        /// before another field or a job word ("it support"), never in "could I do it".
        case fieldsAsNames = "fields-as-names"
        /// Words before a field of work in a clause about the person that say they work in it:
        /// "i work in consulting", "doing IT support", "a career in telecom".
        case workVerbs = "work-verbs"

        // Negation (read by ``NegationWords``):
        /// Words that negate the few words after them: "not", "no", "never".
        case negations
        /// Words that end a negation's reach: "but", "instead".
        case negationBreakers = "negation-breakers"
        /// Words right after a negation that make it none: "not sure", "no idea".
        case notNegating = "not-negating"
        /// Words that, opening a clause right before a negation, make it a question: "isn't X enough?".
        case questionAuxiliaries = "question-auxiliaries"
    }

    public var id: ID
    public let phrases: [String]
    /// Each phrase as ``Normalizer`` reads it: "I'm in" is `["i", "am", "in"]`.
    public let words: [[String]]

    public init(id: ID, phrases: [String]) {
        self.init(
            id: id, phrases: phrases,
            words: phrases.map { Normalizer.tokens($0).compactMap { $0.kind == .boundary ? nil : $0.text } }.filter { !$0.isEmpty })
    }

    /// A list whose phrases are already read (a ``KnowledgeImage`` stores both, so that a start
    /// does not tokenise every phrase again).
    init(id: ID, phrases: [String], words: [[String]]) {
        self.id = id
        self.phrases = phrases
        self.words = words
    }
}
