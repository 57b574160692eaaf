import AdvisorCore
import CompiledKnowledge
import Foundation

/// What the benchmarks measure against: the embedded knowledge, the labelled test set, scaled
/// copies of the training data and the transcripts' user turns, each prepared once.
public enum Fixtures {
    /// The knowledge base compiled into the binary.
    public static let knowledge: KnowledgeBase = {
        do { return try KnowledgeLoader().loadEmbedded() } catch { fatalError("embedded knowledge does not load: \(error)") }
    }()

    /// The utterances of the labelled NLU test set, in file order.
    public static let utterances: [String] = {
        do {
            return try KnowledgeLoader().loadTestSet(KnowledgeLoader.embeddedFiles).map(\.text)
        } catch {
            fatalError("embedded test set does not load: \(error)")
        }
    }()

    /// The knowledge base with every intent's examples multiplied by `factor` (1 = as shipped).
    public static func knowledge(scaledBy factor: Int) -> KnowledgeBase {
        var base = knowledge
        base.intents = base.intents.map { definition in
            var scaled = definition
            scaled.examples = definition.examples.enumerated().flatMap { index, example in
                [example] + (1..<max(1, factor)).map { ExampleVariants.variant(of: example, number: $0, seed: index) }
            }
            return scaled
        }
        return base
    }

    /// Every transcript in the repository's `Transcripts/` (`*.transcript`), parsed.
    public static let transcripts: [Transcript] = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Transcripts")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "transcript" }
            .sorted { $0.path < $1.path }
        return files.compactMap { file in
            guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
            return try? TranscriptParser().parse(bytes: Array(data), path: file.lastPathComponent)
        }
    }()
}

/// Distinct, plausible rewordings of a training example, to grow the knowledge base for the
/// scaling benchmarks: synonym swaps, a word-order shuffle, and filler words people append.
enum ExampleVariants {
    private static let synonyms: [String: String] = [
        "how": "in what way", "long": "lengthy", "take": "need", "salary": "pay", "pay": "salary",
        "job": "role", "role": "position", "learn": "study", "need": "require", "become": "turn into",
        "move": "switch", "switch": "move", "what": "which", "get": "obtain", "tools": "software",
        "much": "many", "make": "earn", "earn": "make", "start": "begin", "months": "time",
        "best": "top", "should": "must", "i": "me", "my": "our", "the": "a", "is": "are",
    ]
    private static let fillers = [
        "please", "thanks", "now", "today", "honestly", "exactly", "quickly", "roughly",
        "again", "really", "though", "anyway", "currently", "realistically", "ideally", "overall",
    ]

    /// Variant `number` (from 1) of an example: deterministic, and different for each number.
    static func variant(of example: String, number: Int, seed: Int) -> String {
        var generator = SplitMix(seed: UInt64(number) &* 0x9E37_79B9 &+ UInt64(seed))
        var words = example.split(separator: " ").map(String.init)
        for index in words.indices where generator.next() % 3 == 0 {
            if let synonym = synonyms[words[index].lowercased()] { words[index] = synonym }
        }
        if words.count > 2, generator.next() % 2 == 0 {
            let a = Int(generator.next() % UInt64(words.count)), b = Int(generator.next() % UInt64(words.count))
            words.swapAt(a, b)
        }
        words.append(fillers[number % fillers.count])
        words.append(fillers[(number / fillers.count + seed) % fillers.count])
        // A token unique to the variant number keeps every variant a distinct document.
        words.append("v\(number)")
        return words.joined(separator: " ")
    }

    /// A small, fast, seeded generator, so the scaled knowledge is the same on every run.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
