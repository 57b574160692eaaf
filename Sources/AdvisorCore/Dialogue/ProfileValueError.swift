/// Why a typed profile value (`/set`, `--salary`, `--background`, …) was refused.
///
/// The chat's `/set` and the executable's flags use the same rules (``Advisor/setting(_:to:in:)``),
/// so they refuse the same values with the same words.
public enum ProfileValueError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A slot name that is none of background, salary, hours, experience.
    case unknownSlot(String, suggestion: String?, choices: [String])
    /// A background one edit from a known one ("fronted"): most likely a typo, so not taken as a new job.
    case misspeltBackground(String, suggestion: String, choices: [String])
    /// Nothing that reads as a job.
    case notABackground(String)
    /// A number outside what the slot allows ("--experience 100").
    case outOfRange(String, what: String, range: ClosedRange<Int>)
    /// No amount of money in the text.
    case notAnAmount(String)
    /// No tool or certification the knowledge base knows in the text.
    case nothingKnown(String)

    /// A suggestion to show as "did you mean …?", if any.
    public var suggestion: String? {
        switch self {
        case let .unknownSlot(_, suggestion, _): suggestion
        case let .misspeltBackground(_, suggestion, _): suggestion
        default: nil
        }
    }

    /// The values to list after the problem, if any.
    public var choices: [String] {
        switch self {
        case let .unknownSlot(_, _, choices), let .misspeltBackground(_, _, choices): choices
        default: []
        }
    }

    /// The problem in one clause, the bad value quoted (shortened to fit a line).
    public var problem: String {
        switch self {
        case let .unknownSlot(name, _, _): "unknown slot \(Self.quoted(name, 30))"
        case let .misspeltBackground(name, _, _): "unknown background \(Self.quoted(name, 40))"
        case let .notABackground(text):
            "\(Self.quoted(text, 40)) is not a job I can read; try a word or two, like \"nurse\" or \"frontend\""
        case let .outOfRange(text, what, range):
            "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(Self.quoted(text, 30))"
        case let .nothingKnown(text): "no tool or certification I know in \(Self.quoted(text, 40)) (try \"kubernetes, terraform, cka\")"
        case let .notAnAmount(text):
            "salary must be an amount from \(Profile.plausibleSalary.lowerBound) to \(MoneyRange.grouped(Profile.plausibleSalary.upperBound)), "
                + "like 85000, 85k, \"450k PKR a month\", not \(Self.quoted(text, 30))"
        }
    }

    public var description: String {
        var text = problem
        if let suggestion { text += " (did you mean \"\(suggestion)\"?)" }
        if !choices.isEmpty { text += "; choices: \(choices.joined(separator: ", "))" }
        return text
    }

    private static func quoted(_ text: String, _ limit: Int) -> String {
        let shown = text.sanitizedForDisplay
        return "\"" + (shown.count <= limit ? shown : String(shown.prefix(limit - 1)) + "…") + "\""
    }
}
