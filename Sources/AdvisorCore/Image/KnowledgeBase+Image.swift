/// The `knowledge` section of a ``KnowledgeImage``: every record, the intents' examples by hand
/// (they are most of it) and the rest through ``ImageCoder``.
extension KnowledgeBase {
    func write(to writer: inout ImageWriter) throws {
        try ImageCoder.encode(sources, into: &writer)
        try ImageCoder.encode(backgrounds, into: &writer)
        try ImageCoder.encode(paths, into: &writer)
        try ImageCoder.encode(stages, into: &writer)
        try ImageCoder.encode(toolGroups, into: &writer)
        try ImageCoder.encode(tools, into: &writer)
        try ImageCoder.encode(certifications, into: &writer)
        try ImageCoder.encode(salaries, into: &writer)
        try ImageCoder.encode(topics, into: &writer)
        writer.count(intents.count)
        for definition in intents {
            writer.string(definition.intent.rawValue)
            writer.string(definition.description)
            writer.strings(definition.keywords)
            writer.strings(definition.examples)
        }
    }

    init(reading reader: inout ImageReader) throws {
        let sources = try ImageCoder.decode([Source].self, from: &reader)
        let backgrounds = try ImageCoder.decode([Background].self, from: &reader)
        let paths = try ImageCoder.decode([TransitionPath].self, from: &reader)
        let stages = try ImageCoder.decode([RoadmapStage].self, from: &reader)
        let toolGroups = try ImageCoder.decode([ToolGroup].self, from: &reader)
        let tools = try ImageCoder.decode([Tool].self, from: &reader)
        let certifications = try ImageCoder.decode([Certification].self, from: &reader)
        let salaries = try ImageCoder.decode([SalaryFigure].self, from: &reader)
        let topics = try ImageCoder.decode([Topic].self, from: &reader)
        var intents: [IntentDefinition] = []
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            guard let intent = Intent(rawValue: name) else { throw KnowledgeImageError.malformed("unknown intent \"\(name)\"", at: reader.offset) }
            intents.append(IntentDefinition(intent: intent, description: try reader.string(), keywords: try reader.strings(),
                                            examples: try reader.strings()))
        }
        self.init(sources: sources, backgrounds: backgrounds, paths: paths, stages: stages, toolGroups: toolGroups,
                  tools: tools, certifications: certifications, salaries: salaries, topics: topics, intents: intents)
    }
}
