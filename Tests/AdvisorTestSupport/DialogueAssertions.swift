import AdvisorCore
import Testing

/// The reply as plain text at 80 columns, as transcripts show it.
public func plainText(_ reply: Reply, width: Int = 80) -> String {
    ReplyRenderer(width: width).render(reply)
}

/// Expects the reply's plain text (unwrapped) to contain every fragment, reporting the whole reply if not.
public func expectReply(_ reply: Reply, contains fragments: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let text = plainText(reply, width: 10_000)
    for fragment in fragments {
        #expect(text.contains(fragment), "missing \"\(fragment)\" in:\n\(text)", sourceLocation: sourceLocation)
    }
}

/// Expects the reply's plain text (unwrapped) to contain none of the fragments.
public func expectReply(_ reply: Reply, lacks fragments: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let text = plainText(reply, width: 10_000)
    for fragment in fragments {
        #expect(!text.contains(fragment), "unexpected \"\(fragment)\" in:\n\(text)", sourceLocation: sourceLocation)
    }
}

/// Plays utterances through the advisor from a fresh state and returns every turn.
public func converse(
    _ utterances: [String], advisor: Advisor = Advisor(knowledge: SampleKnowledge.base),
    from state: DialogueState = DialogueState()
) -> [Turn] {
    var state = state
    var turns: [Turn] = []
    for utterance in utterances {
        let turn = advisor.respond(to: utterance, state: state)
        turns.append(turn)
        state = turn.state
    }
    return turns
}

extension Understanding {
    /// A confident understanding with the given entities, for feeding the policy directly.
    public static func of(
        _ intent: Intent, confidence: Double = 0.9, backgrounds: [String] = [], unknownBackground: String? = nil,
        money: [Money] = [], levels: [SalaryLevel] = [], candidates: [Intent] = []
    ) -> Understanding {
        var entities = Entities()
        entities.backgrounds = backgrounds
        entities.unknownBackground = unknownBackground
        entities.money = money
        entities.levels = levels
        let scores = (candidates.isEmpty ? [intent] : candidates).enumerated().map { index, candidate in
            IntentScore(intent: candidate, score: confidence - Double(index) * 0.05)
        }
        return Understanding(intent: intent, confidence: confidence, candidates: scores, entities: entities)
    }
}
