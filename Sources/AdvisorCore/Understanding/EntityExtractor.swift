/// Finds backgrounds, tools, certifications, levels, amounts and durations in an utterance.
///
/// SCAFFOLDING: the real extractor (synonyms, typo tolerance, negation, numbers) replaces this
/// body; `init(knowledge:)` and `extract(from:)` are the contract.
public struct EntityExtractor: Sendable {
    private let backgrounds: [(id: String, names: [String])]

    public init(knowledge: KnowledgeBase) {
        backgrounds = knowledge.backgrounds.map { ($0.id, [$0.id, $0.name] + $0.synonyms) }
    }

    public func extract(from utterance: String) -> Entities {
        var entities = Entities()
        let text = utterance.lowercased()
        for (id, names) in backgrounds where names.contains(where: { text.contains($0.lowercased()) }) {
            entities.backgrounds.append(id)
        }
        return entities
    }
}
