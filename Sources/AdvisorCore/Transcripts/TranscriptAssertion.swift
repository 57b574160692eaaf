import Foundation

/// A check on one turn beyond the reply text, written `# expect key=value …` below the turn.
///
/// The vocabulary is small on purpose (see `Transcripts/README.md`):
/// - `intent=timeline`: the intent the utterance was understood as;
/// - `confidence>=0.5` (also `>`, `<=`, `<`): the classifier's confidence in it;
/// - `background=frontend`, `unknownBackground=nurse`, `yearsOfExperience=5`, `hoursPerWeek=10`,
///   `currentSalary=85000` (`currentSalary="450000 PKR a month"`: amount, currency and period as
///   given): a profile slot after the turn (`none` for unset);
/// - `followUp=background` (`currentSalary`, `clarification`, `confirmation`, `none`): the question pending after the turn;
/// - `sources=transition-paths,career-path` (`none`): the sources the reply cites, in any order.
public enum TranscriptAssertion: Hashable, Sendable {
    case intent(Intent)
    case confidence(Comparison, Double)
    case profile(ProfileSlot, String?)
    case followUp(FollowUpQuestion.Slot?)
    case sources([String])

    /// How `confidence` is compared with its bound.
    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        case atLeast = ">=", above = ">", atMost = "<=", below = "<"

        func holds(_ value: Double, _ bound: Double) -> Bool {
            switch self {
            case .atLeast: value >= bound
            case .above: value > bound
            case .atMost: value <= bound
            case .below: value < bound
            }
        }
    }

    /// A ``Profile`` slot an assertion can name; the raw value is the key.
    public enum ProfileSlot: String, Hashable, Sendable, CaseIterable {
        case background, unknownBackground, yearsOfExperience, hoursPerWeek, currentSalary

        /// Whether the slot holds a whole number (so its value must be digits).
        var isNumber: Bool {
            switch self {
            case .background, .unknownBackground, .currentSalary: false
            case .yearsOfExperience, .hoursPerWeek: true
            }
        }

        func value(in profile: Profile) -> String? {
            switch self {
            case .background: profile.knownBackground
            case .unknownBackground: profile.unknownBackground
            case .yearsOfExperience: profile.yearsOfExperience.map(String.init)
            case .hoursPerWeek: profile.hoursPerWeek.map(String.init)
            case .currentSalary: profile.currentSalary?.description
            }
        }
    }

    /// Every key the vocabulary knows, for "did you mean …?".
    public static let keys = ["intent", "confidence", "followUp", "sources"] + ProfileSlot.allCases.map(\.rawValue)

    /// The word written for "not set" or "nothing".
    static let none = "none"

    /// The assertion as written in a transcript, e.g. `confidence>=0.5`.
    public var text: String {
        switch self {
        case let .intent(intent): "intent=\(intent.rawValue)"
        case let .confidence(comparison, bound): "confidence\(comparison.rawValue)\(bound)"
        case let .profile(slot, value): "\(slot.rawValue)=\(Self.written(value ?? Self.none))"
        case let .followUp(slot): "followUp=\(slot?.rawValue ?? Self.none)"
        case let .sources(ids): "sources=\(ids.isEmpty ? Self.none : ids.joined(separator: ","))"
        }
    }

    /// Why the assertion does not hold for a replayed turn, or nil when it holds.
    public func failure(for turn: ReplayedTurn) -> String? {
        switch self {
        case let .intent(expected):
            guard let understanding = turn.understanding else {
                return "expected \(text), but the turn was not classified (a slash command?)"
            }
            if understanding.intent == expected { return nil }
            return "expected \(text), got intent=\(understanding.intent.rawValue) (confidence \(Self.rounded(understanding.confidence)))"
        case let .confidence(comparison, bound):
            guard let understanding = turn.understanding else {
                return "expected \(text), but the turn was not classified (a slash command?)"
            }
            if comparison.holds(understanding.confidence, bound) { return nil }
            return "expected \(text), got confidence=\(Self.rounded(understanding.confidence)) (intent \(understanding.intent.rawValue))"
        case let .profile(slot, expected):
            let actual = slot.value(in: turn.state.profile)
            if actual == expected { return nil }
            return "expected \(text), got \(TranscriptAssertion.profile(slot, actual).text)"
        case let .followUp(expected):
            let actual = turn.state.pending?.slot
            if actual == expected { return nil }
            return "expected \(text), got \(TranscriptAssertion.followUp(actual).text)"
        case let .sources(expected):
            if Set(turn.sources) == Set(expected) { return nil }
            return "expected \(text), got \(TranscriptAssertion.sources(turn.sources).text)"
        }
    }

    /// A value as written after `=`: quoted when it holds a space or a quote.
    static func written(_ value: String) -> String {
        guard value.contains(where: { $0 == " " || $0 == "\"" || $0 == "\t" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func rounded(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        return "\(hundredths / 100)"
    }
}
