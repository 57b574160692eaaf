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
    }

    public var id: ID
    public var phrases: [String]

    public init(id: ID, phrases: [String]) {
        self.id = id
        self.phrases = phrases
    }
}
