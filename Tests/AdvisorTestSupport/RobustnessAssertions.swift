import AdvisorCore
import Foundation
import Testing

/// The first scalar in `text` that a terminal would act on rather than print: C0 controls other
/// than the line break, DEL, C1 controls, and the bidirectional overrides and isolates.
public func firstUnsafeScalar(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// Expects a reply that says something and, drawn as plain text or as Markdown, holds no escape
/// sequence or control character.
public func expectSafe(_ reply: Reply, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let text = plainText(reply)
    #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "empty reply", sourceLocation: sourceLocation)
    for (form, drawn) in [("plain text", text), ("Markdown", MarkdownRenderer().render(reply))] {
        if let scalar = firstUnsafeScalar(in: drawn) {
            Issue.record(
                "U+\(String(scalar.value, radix: 16, uppercase: true)) in the \(form) reply:\n\(drawn.debugDescription)",
                sourceLocation: sourceLocation)
        }
    }
}

/// The problems with a state: it must survive JSON both ways unchanged, and its profile must
/// hold only values a person could have.
public func stateProblems(_ state: DialogueState) -> [String] {
    var problems: [String] = []
    do {
        let data = try JSONEncoder().encode(state)
        let decoded = try JSONDecoder().decode(DialogueState.self, from: data)
        if decoded != state { problems.append("changes through JSON: \(state) → \(decoded)") }
    } catch {
        problems.append("does not survive JSON: \(error)")
    }
    let profile = state.profile
    if let hours = profile.hoursPerWeek, !Profile.plausibleHoursPerWeek.contains(hours) { problems.append("hours a week \(hours)") }
    if let years = profile.yearsOfExperience, !Profile.plausibleYearsOfExperience.contains(years) { problems.append("experience \(years)") }
    if let salary = profile.currentSalary, !Profile.plausibleSalary.contains(salary.amount) { problems.append("salary \(salary)") }
    if state.turn < 0 { problems.append("turn \(state.turn)") }
    return problems
}

/// Expects a state that survives JSON unchanged and whose profile is plausible.
public func expectValidState(_ state: DialogueState, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for problem in stateProblems(state) {
        Issue.record("invalid state: \(problem)", sourceLocation: sourceLocation)
    }
}

extension Fixtures {
    /// An advisor over the embedded knowledge, built once per test process (building the
    /// classifier's index is the slow part).
    public static let advisor = Advisor(knowledge: knowledge)
}
