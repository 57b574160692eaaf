/// The `knowledge` section of a ``KnowledgeImage``: every record, field by field in declaration
/// order (a record type's fields are listed once, in its `ImageRecord` conformance below; the
/// image test compares every list with the YAML's, so a field left out here shows up there).
///
/// The `english` word list is the one thing left out: only the classifier's and the extractor's
/// typo vocabularies read it, and they are in the image already, so its 9,838 words would only be
/// strings decoded at every start (a quarter of a megabyte resident, 3 M instructions).
extension KnowledgeBase {
    func write(to writer: inout ImageWriter) {
        writer.records(sources)
        writer.records(backgrounds)
        writer.records(paths)
        writer.records(stages)
        writer.records(toolGroups)
        writer.records(tools)
        writer.records(certifications)
        writer.records(salaries)
        writer.records(topics)
        writer.records(intents)
        writer.records(gaps)
        writer.records(cues)
        writer.records(currencies)
        writer.records(amountWords)
        writer.records(payPeriods)
        writer.records(wordLists.filter { $0.id != WordList.Name.english.rawValue })
        writer.records(related)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            sources: try reader.records(), backgrounds: try reader.records(), paths: try reader.records(),
            stages: try reader.records(), toolGroups: try reader.records(), tools: try reader.records(),
            certifications: try reader.records(), salaries: try reader.records(), topics: try reader.records(),
            intents: try reader.records(), gaps: try reader.records(), cues: try reader.records(),
            currencies: try reader.records(), amountWords: try reader.records(), payPeriods: try reader.records(),
            wordLists: try reader.records(), related: try reader.records())
    }
}

/// A knowledge record as the image stores it: its fields in order, no names, no tags.
protocol ImageRecord {
    func write(to writer: inout ImageWriter)
    init(reading reader: inout ImageReader) throws(KnowledgeImageError)
}

extension ImageWriter {
    mutating func records<T: ImageRecord>(_ values: [T]) {
        count(values.count)
        for value in values { value.write(to: &self) }
    }

    mutating func optional<T: ImageRecord>(_ value: T?) {
        bool(value != nil)
        value?.write(to: &self)
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func optional(_ value: Int?) {
        bool(value != nil)
        if let value { integer(value) }
    }
}

extension ImageReader {
    mutating func records<T: ImageRecord>(_: T.Type = T.self) throws(KnowledgeImageError) -> [T] {
        let number = try count()
        var values: [T] = []
        values.reserveCapacity(number)
        for _ in 0..<number { values.append(try T(reading: &self)) }
        return values
    }

    mutating func optional<T: ImageRecord>(_: T.Type = T.self) throws(KnowledgeImageError) -> T? {
        try bool() ? try T(reading: &self) : nil
    }

    mutating func optionalString() throws(KnowledgeImageError) -> String? { try bool() ? try string() : nil }
    mutating func optionalInteger() throws(KnowledgeImageError) -> Int? { try bool() ? try integer() : nil }
}

extension Source: ImageRecord {
    func write(to writer: inout ImageWriter) {
        for field in [id, title, publisher, file, covers] { writer.string(field) }
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            id: try reader.string(), title: try reader.string(), publisher: try reader.string(), file: try reader.string(),
            covers: try reader.string())
    }
}

extension Background: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.string(name)
        writer.strings(synonyms)
        writer.strings(shortForms)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(id: try reader.string(), name: try reader.string(), synonyms: try reader.strings(), shortForms: try reader.strings())
    }
}

extension TransitionPath: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.strings(backgrounds)
        writer.string(title)
        writer.string(source)
        writer.optional(duration)
        writer.optional(difficulty)
        writer.optional(salaryUplift)
        writer.string(summary)
        writer.strings(carriesOver)
        writer.strings(gaps)
        writer.strings(toolsToLearn)
        writer.records(skipStages)
        writer.records(phases)
        writer.records(salaryMilestones)
        writer.records(notes)
        for asks in [asks, carriesOverAsks, gapsAsks, toolsToLearnAsks] { writer.strings(asks) }
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            id: try reader.string(), backgrounds: try reader.strings(), title: try reader.string(), source: try reader.string(),
            duration: try reader.optional(), difficulty: try reader.optionalString(), salaryUplift: try reader.optional(),
            summary: try reader.string(), carriesOver: try reader.strings(), gaps: try reader.strings(),
            toolsToLearn: try reader.strings(), skipStages: try reader.records(), phases: try reader.records(),
            salaryMilestones: try reader.records(), notes: try reader.records(), asks: try reader.strings(),
            carriesOverAsks: try reader.strings(), gapsAsks: try reader.strings(), toolsToLearnAsks: try reader.strings())
    }
}

extension StageSkip: ImageRecord {
    func write(to writer: inout ImageWriter) {
        for field in [stage, reason, source] { writer.string(field) }
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(stage: try reader.string(), reason: try reader.string(), source: try reader.string(), asks: try reader.strings())
    }
}

extension Phase: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(title)
        months.write(to: &writer)
        writer.string(goal)
        writer.strings(tools)
        writer.strings(details)
        writer.string(source)
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            title: try reader.string(), months: try MonthRange(reading: &reader), goal: try reader.string(),
            tools: try reader.strings(), details: try reader.strings(), source: try reader.string(), asks: try reader.strings())
    }
}

extension SalaryMilestone: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(label)
        salary.write(to: &writer)
        writer.optional(note)
        writer.string(source)
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            label: try reader.string(), salary: try MoneyRange(reading: &reader), note: try reader.optionalString(),
            source: try reader.string(), asks: try reader.strings())
    }
}

extension RoadmapStage: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.integer(order)
        writer.string(title)
        duration.write(to: &writer)
        writer.string(summary)
        writer.strings(skills)
        writer.strings(tools)
        writer.optional(salary)
        writer.string(source)
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            id: try reader.string(), order: try reader.integer(), title: try reader.string(),
            duration: try MonthRange(reading: &reader), summary: try reader.string(), skills: try reader.strings(),
            tools: try reader.strings(), salary: try reader.optional(), source: try reader.string(),
            asks: try reader.strings())
    }
}

extension ToolGroup: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.string(name)
        writer.strings(aliases)
        writer.string(summary)
        writer.strings(sources)
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            id: try reader.string(), name: try reader.string(), aliases: try reader.strings(), summary: try reader.string(),
            sources: try reader.strings(), asks: try reader.strings())
    }
}

extension Tool: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.string(name)
        writer.strings(aliases)
        writer.strings(groups)
        writer.string(purpose)
        writer.strings(sources)
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            id: try reader.string(), name: try reader.string(), aliases: try reader.strings(), groups: try reader.strings(),
            purpose: try reader.string(), sources: try reader.strings(), asks: try reader.strings())
    }
}

extension Certification: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.string(name)
        writer.strings(aliases)
        writer.optional(salaryEffectDollars)
        writer.optional(salaryEffectPercent)
        writer.optional(replaces)
        writer.optional(replacedBy)
        writer.records(notes)
        writer.string(source)
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            id: try reader.string(), name: try reader.string(), aliases: try reader.strings(),
            salaryEffectDollars: try reader.optionalInteger(), salaryEffectPercent: try reader.optionalInteger(),
            replaces: try reader.optionalString(), replacedBy: try reader.optionalString(), notes: try reader.records(),
            source: try reader.string(), asks: try reader.strings())
    }
}

extension SalaryFigure: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(role)
        writer.string(level.rawValue)
        writer.string(title)
        writer.optional(salary)
        writer.optional(note)
        writer.string(source)
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let role = try reader.string(), level = try reader.string()
        guard let known = SalaryLevel(rawValue: level) else { throw .malformed("unknown salary level \"\(level)\"", at: reader.offset) }
        self.init(
            role: role, level: known, title: try reader.string(), salary: try reader.optional(), note: try reader.optionalString(),
            source: try reader.string(), asks: try reader.strings())
    }
}

extension Topic: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.string(title)
        writer.records(facts)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(id: try reader.string(), title: try reader.string(), facts: try reader.records())
    }
}

extension Fact: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.optional(id)
        writer.string(text)
        writer.string(source)
        writer.optional(label)
        writer.optional(score)
        writer.strings(asks)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(
            id: try reader.optionalString(), text: try reader.string(), source: try reader.string(),
            label: try reader.optionalString(), score: try reader.optionalInteger(), asks: try reader.strings())
    }
}

extension IntentDefinition: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(intent.rawValue)
        writer.string(description)
        writer.strings(keywords)
        writer.strings(examples)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let name = try reader.string()
        guard let intent = Intent(rawValue: name) else { throw .malformed("unknown intent \"\(name)\"", at: reader.offset) }
        self.init(intent: intent, description: try reader.string(), keywords: try reader.strings(), examples: try reader.strings())
    }
}

extension MonthRange: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.integer(min)
        writer.integer(max)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(min: try reader.integer(), max: try reader.integer())
    }
}

extension PercentRange: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.integer(min)
        writer.integer(max)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(min: try reader.integer(), max: try reader.integer())
    }
}

extension MoneyRange: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.integer(min)
        writer.optional(max)
        writer.bool(openEnded)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(min: try reader.integer(), max: try reader.optionalInteger(), openEnded: try reader.bool())
    }
}

extension GapTerm: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(kind.rawValue)
        writer.string(name)
        writer.strings(aliases)
        writer.bool(contrasted)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let kind = try reader.string()
        guard let known = Gap.Kind(rawValue: kind) else { throw .malformed("unknown gap kind \"\(kind)\"", at: reader.offset) }
        self.init(kind: known, name: try reader.string(), aliases: try reader.strings(), contrasted: try reader.bool())
    }
}

extension WordList: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.string(description)
        writer.strings(words)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(id: try reader.string(), description: try reader.string(), words: try reader.strings())
    }
}

extension RelatedWords: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.strings(words)
        writer.strings(topics)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(id: try reader.string(), words: try reader.strings(), topics: try reader.strings())
    }
}

extension CueList: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id.rawValue)
        writer.strings(phrases)
        writer.count(words.count)
        for phrase in words { writer.strings(phrase) }
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let id = try reader.string()
        guard let known = ID(rawValue: id) else { throw .malformed("unknown cue list \"\(id)\"", at: reader.offset) }
        let phrases = try reader.strings()
        let count = try reader.count()
        var words: [[String]] = []
        words.reserveCapacity(count)
        for _ in 0..<count { words.append(try reader.strings()) }
        self.init(id: known, phrases: phrases, words: words)
    }
}

extension Currency: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.string(name)
        writer.strings(symbols)
        writer.strings(words)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(id: try reader.string(), name: try reader.string(), symbols: try reader.strings(), words: try reader.strings())
    }
}

extension AmountWord: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.strings(words)
        writer.double(factor)
        writer.optional(currency)
        writer.optional(period?.rawValue)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let words = try reader.strings(), factor = try reader.double(), currency = try reader.optionalString()
        let period = try reader.optionalString()
        guard period.map({ Money.Period(rawValue: $0) != nil }) ?? true else { throw .malformed("unknown pay period", at: reader.offset) }
        self.init(words: words, factor: factor, currency: currency, period: period.flatMap(Money.Period.init(rawValue:)))
    }
}

extension PayPeriodWords: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(period.rawValue)
        writer.strings(words)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let period = try reader.string()
        guard let known = Money.Period(rawValue: period) else { throw .malformed("unknown pay period \"\(period)\"", at: reader.offset) }
        self.init(period: known, words: try reader.strings())
    }
}
