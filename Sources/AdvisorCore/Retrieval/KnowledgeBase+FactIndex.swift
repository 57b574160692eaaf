extension KnowledgeBase {
    /// The ``FactIndex`` over this knowledge base's units, with the names people type for each
    /// tool, certification, tool family and background, and each topic's title.
    public func factIndex(tagger: ((String) -> Entities)? = nil) -> FactIndex {
        var names: [String: [String]] = [:]
        for tool in tools { names["tool:\(tool.id)"] = [tool.name] + tool.aliases }
        for certification in certifications { names["cert:\(certification.id)"] = [certification.name] + certification.aliases }
        for group in toolGroups { names["group:\(group.id)"] = [group.name] + group.aliases }
        for background in backgrounds { names["background:\(background.id)"] = [background.name] + background.synonyms }
        var titles: [String: String] = [:]
        for topic in topics { titles[topic.id] = topic.title }
        return FactIndex(
            units: factUnits, names: names, titles: titles, related: related.map(\.words),
            relatedTopics: related.map(\.topics), tagger: tagger)
    }
}
