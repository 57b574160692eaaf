/// The `facts` section of a ``KnowledgeImage``: the ``FactIndex`` as it was built, its units with
/// the tags the entity extractor found in their words, the postings, the IDF of every term, the
/// units by tag, each unit's place in its topic and the phrase table, so that a start neither
/// tags the units nor counts or stems their words.
///
/// Only the stored parts are written, not how ``FactIndex/ranked(_:)`` scores with them. Terms
/// and tags are written sorted (the image does not depend on the hash seed); weights are the
/// floats' bit patterns, so the index read back ranks exactly as the one written.
extension FactIndex {
    func write(to writer: inout ImageWriter) {
        writer.count(units.count)
        for unit in units { unit.write(to: &writer) }
        for boost in [
            boosts.itself, boosts.namesIt, boosts.background, boosts.level, boosts.titleWeight, boosts.topicFade, boosts.phrase,
            boosts.related, boosts.relatedTopic, boosts.lengthPivot,
        ] {
            writer.double(boost)
        }
        // Every term with a posting list or an IDF, sorted; NaN stands for "no IDF".
        let terms = Set(postings.keys).union(idf.keys).sorted()
        writer.strings(terms)
        writer.floats(terms.map { idf[$0] ?? .nan })
        var start: [Int32] = [0], postingUnits: [Int32] = [], postingWeights: [Float] = []
        for term in terms {
            for posting in postings[term] ?? [] {
                postingUnits.append(posting.unit)
                postingWeights.append(posting.weight)
            }
            start.append(Int32(postingUnits.count))
        }
        writer.words(start)
        writer.words(postingUnits)
        writer.floats(postingWeights)
        let tags = tagged.keys.sorted()
        writer.strings(tags)
        var tagStart: [Int32] = [0], tagUnits: [Int32] = []
        for tag in tags {
            tagUnits += tagged[tag]!
            tagStart.append(Int32(tagUnits.count))
        }
        writer.words(tagStart)
        writer.words(tagUnits)
        writer.count(placeInTopic.count)
        for place in placeInTopic { writer.double(place) }
        // The phrase table, each rarest term's phrases in the order they were filed.
        let rarest = phrases.keys.sorted()
        writer.strings(rarest)
        for term in rarest {
            let entries = phrases[term]!
            writer.count(entries.count)
            for entry in entries {
                writer.count(Int(entry.unit))
                entry.phrase.write(to: &writer)
            }
        }
        // The groups of related words, each phrase's terms sorted.
        writer.count(related.count)
        for group in related {
            writer.count(group.count)
            for phrase in group { phrase.write(to: &writer) }
        }
        for topics in relatedTopics { writer.strings(topics) }
        restatements.write(to: &writer)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let unitCount = try reader.count()
        var units: [FactUnit] = []
        units.reserveCapacity(unitCount)
        for _ in 0..<unitCount { units.append(try FactUnit(reading: &reader)) }
        var boosts = Boosts()
        boosts.itself = try reader.double()
        boosts.namesIt = try reader.double()
        boosts.background = try reader.double()
        boosts.level = try reader.double()
        boosts.titleWeight = try reader.double()
        boosts.topicFade = try reader.double()
        boosts.phrase = try reader.double()
        boosts.related = try reader.double()
        boosts.relatedTopic = try reader.double()
        boosts.lengthPivot = try reader.double()
        let terms = try reader.strings()
        let termIDF = try reader.floats()
        let start = try reader.words(Int32.self)
        let postingUnits = try reader.words(Int32.self)
        let postingWeights = try reader.floats()
        guard termIDF.count == terms.count, start.count == terms.count + 1, start.first == 0,
            start.last.map(Int.init) == postingUnits.count, postingWeights.count == postingUnits.count,
            start.isNondecreasing, postingUnits.allSatisfy({ $0 >= 0 && Int($0) < unitCount })
        else {
            throw .malformed("the fact index's postings are inconsistent", at: reader.offset)
        }
        var postings: [String: [(unit: Int32, weight: Float)]] = [:]
        var idf: [String: Float] = [:]
        postings.reserveCapacity(terms.count)
        idf.reserveCapacity(terms.count)
        for (position, term) in terms.enumerated() {
            if !termIDF[position].isNaN { idf[term] = termIDF[position] }
            let range = Int(start[position])..<Int(start[position + 1])
            if !range.isEmpty { postings[term] = range.map { (postingUnits[$0], postingWeights[$0]) } }
        }
        let tags = try reader.strings()
        let tagStart = try reader.words(Int32.self)
        let tagUnits = try reader.words(Int32.self)
        guard tagStart.count == tags.count + 1, tagStart.first == 0, tagStart.last.map(Int.init) == tagUnits.count,
            tagStart.isNondecreasing, tagUnits.allSatisfy({ $0 >= 0 && Int($0) < unitCount })
        else {
            throw .malformed("the fact index's tags are inconsistent", at: reader.offset)
        }
        var tagged: [String: [Int32]] = [:]
        tagged.reserveCapacity(tags.count)
        for (position, tag) in tags.enumerated() { tagged[tag] = Array(tagUnits[Int(tagStart[position])..<Int(tagStart[position + 1])]) }
        let places = try reader.count()
        guard places == unitCount else { throw .malformed("the fact index's places are inconsistent", at: reader.offset) }
        var placeInTopic: [Double] = []
        placeInTopic.reserveCapacity(places)
        for _ in 0..<places { placeInTopic.append(try reader.double()) }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(unitCount)
        for (index, unit) in units.enumerated() where positions[unit.id] == nil { positions[unit.id] = index }
        self.units = units
        self.boosts = boosts
        self.positions = positions
        self.postings = postings
        self.idf = idf
        self.tagged = tagged
        self.placeInTopic = placeInTopic
        var phrases: [String: [(unit: Int32, phrase: Phrase)]] = [:]
        let rarest = try reader.strings()
        phrases.reserveCapacity(rarest.count)
        for term in rarest {
            let count = try reader.count()
            var entries: [(unit: Int32, phrase: Phrase)] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let unit = try reader.count()
                guard unit < unitCount else { throw .malformed("the fact index's phrases are inconsistent", at: reader.offset) }
                entries.append((Int32(unit), try Phrase(reading: &reader)))
            }
            phrases[term] = entries
        }
        self.phrases = phrases
        var related: [[Phrase]] = []
        let groups = try reader.count()
        related.reserveCapacity(groups)
        for _ in 0..<groups {
            let phraseCount = try reader.count()
            var group: [Phrase] = []
            for _ in 0..<phraseCount { group.append(try Phrase(reading: &reader)) }
            related.append(group)
        }
        self.related = related
        var relatedTopics: [[String]] = []
        relatedTopics.reserveCapacity(groups)
        for _ in 0..<groups { relatedTopics.append(try reader.strings()) }
        self.relatedTopics = relatedTopics
        self.restatements = try RestatementKeys(reading: &reader, units: unitCount)
    }
}

extension FactIndex.Phrase: ImageRecord {
    /// Its content words sorted, then its words in order (none for a phrase not kept in order).
    func write(to writer: inout ImageWriter) {
        writer.strings(terms.sorted())
        writer.strings(words)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        self.init(terms: Set(try reader.strings()), words: try reader.strings())
    }
}

extension FactUnit: ImageRecord {
    func write(to writer: inout ImageWriter) {
        writer.string(id)
        writer.string(kind.rawValue)
        writer.string(source)
        writer.string(text)
        writer.string(tags.topic)
        writer.strings(tags.backgrounds)
        writer.strings(tags.tools)
        writer.strings(tags.toolGroups)
        writer.strings(tags.certifications)
        writer.strings(tags.roles)
        writer.optional(tags.level)
        writer.strings(words)
    }

    init(reading reader: inout ImageReader) throws(KnowledgeImageError) {
        let id = try reader.string()
        let kindName = try reader.string()
        guard let kind = Kind(rawValue: kindName) else {
            throw .malformed("unknown kind of fact unit \"\(kindName)\"", at: reader.offset)
        }
        let source = try reader.string()
        let text = try reader.string()
        let tags = Tags(
            topic: try reader.string(), backgrounds: try reader.strings(), tools: try reader.strings(),
            toolGroups: try reader.strings(), certifications: try reader.strings(), roles: try reader.strings(),
            level: try reader.optionalString())
        self.init(id: id, kind: kind, source: source, text: text, tags: tags, words: try reader.strings())
    }
}

extension [Int32] {
    /// Whether each number is at least the one before it (a table of starts). A plain loop: a
    /// `zip` would make a start look up its generic type's conformances.
    fileprivate var isNondecreasing: Bool {
        for index in indices.dropFirst() where self[index - 1] > self[index] { return false }
        return true
    }
}
