import AdvisorCore
import Foundation

/// One turn as `--json` prints it (README documents every field).
struct TurnJSON: Encodable {
    /// The whole answer as plain text, as it would be printed at 80 columns without colors.
    var reply: String
    /// The understood intent's id, or null for a slash command.
    var intent: String?
    /// How sure the classifier was, in [0, 1], or null for a slash command.
    var confidence: Double?
    var entities: Entities?
    /// The question the advisor asked at the end, or null.
    var followUp: String?
    var sources: [SourceJSON]
    var state: DialogueState
    /// The slash command the line was (e.g. "/profile"), or null for an utterance.
    var command: String?

    struct SourceJSON: Encodable {
        var id: String
        var title: String
    }

    /// A turn or a slash command's answer: `turn` is nil for a slash command.
    init(reply: Reply, turn: Turn?, command: String?, state: DialogueState, replyText: String, knowledge: KnowledgeBase) {
        self.reply = replyText
        intent = turn?.understanding.intent.rawValue
        confidence = turn.map { ($0.understanding.confidence * 1000).rounded() / 1000 }
        entities = turn?.understanding.entities
        followUp = reply.followUp
        sources = reply.sources.map { SourceJSON(id: $0, title: knowledge.source($0)?.title ?? $0) }
        self.state = state
        self.command = turn == nil ? command : nil
    }

    /// The object on one line.
    func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reply, forKey: .reply)
        try container.encode(intent, forKey: .intent)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(entities, forKey: .entities)
        try container.encode(followUp, forKey: .followUp)
        try container.encode(sources, forKey: .sources)
        try container.encode(state, forKey: .state)
        try container.encode(command, forKey: .command)
    }

    private enum CodingKeys: String, CodingKey {
        case reply, intent, confidence, entities, followUp, sources, state, command
    }
}
