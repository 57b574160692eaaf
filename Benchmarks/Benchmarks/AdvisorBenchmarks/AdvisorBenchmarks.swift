import AdvisorCore
import Benchmark

/// In-process benchmarks: loading, index building, classification, whole turns and transcript
/// replay, on the knowledge as shipped (×1) and with its training examples multiplied (×10, ×100).
///
/// Per-utterance benchmarks take one test-set utterance per iteration, round robin, so their
/// percentiles are over the utterances of the labelled test set.
let benchmarks: @Sendable () -> Void = {
    let perUtterance = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .throughput],
        timeUnits: .microseconds,
        warmupIterations: Fixtures.utterances.count,
        maxDuration: .seconds(10),
        maxIterations: Fixtures.utterances.count * 20
    )
    let building = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 3,
        maxDuration: .seconds(10),
        maxIterations: 200
    )

    Benchmark("Load: parse + validate embedded knowledge", configuration: building) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? KnowledgeLoader().loadEmbedded())
        }
    }

    Benchmark("Load + build: knowledge and Advisor ×1", configuration: building) { benchmark in
        for _ in benchmark.scaledIterations {
            if let knowledge = try? KnowledgeLoader().loadEmbedded() {
                blackHole(Advisor(knowledge: knowledge))
            }
        }
    }

    for factor in [1, 10, 100] {
        let scaled = Fixtures.knowledge(scaledBy: factor)
        let examples = scaled.intents.reduce(0) { $0 + $1.examples.count }

        Benchmark("Build: Advisor (TF-IDF index) ×\(factor), \(examples) examples", configuration: building) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(Advisor(knowledge: scaled))
            }
        }

        let advisor = Advisor(knowledge: scaled)
        let utterances = Fixtures.utterances
        nonisolated(unsafe) var next = 0

        Benchmark("Classify: normalise + classify ×\(factor)", configuration: perUtterance) { benchmark in
            let utterance = utterances[next % utterances.count]
            next += 1
            benchmark.startMeasurement()
            blackHole(advisor.classifier.classify(utterance))
        }

        let renderer = ReplyRenderer(width: 80)
        Benchmark("Turn: respond + render at 80 columns ×\(factor)", configuration: perUtterance) { benchmark in
            let utterance = utterances[next % utterances.count]
            next += 1
            benchmark.startMeasurement()
            let turn = advisor.respond(to: utterance, state: DialogueState())
            blackHole(renderer.render(turn.reply))
        }
    }

    let turns = Fixtures.transcriptTurns
    if !turns.isEmpty {
        let advisor = Advisor(knowledge: Fixtures.knowledge)
        let renderer = ReplyRenderer(width: 80)
        nonisolated(unsafe) var next = 0
        nonisolated(unsafe) var state = DialogueState()
        let replay = Benchmark.Configuration(
            metrics: [.throughput, .wallClock],
            timeUnits: .microseconds,
            warmupIterations: turns.count,
            maxDuration: .seconds(10),
            maxIterations: turns.count * 20
        )
        // One iteration is one turn; throughput is turns per second over every transcript.
        Benchmark("Replay: transcripts, \(turns.count) turns", configuration: replay) { benchmark in
            let turn = turns[next % turns.count]
            next += 1
            if turn.startsTranscript { state = DialogueState() }
            benchmark.startMeasurement()
            let result = advisor.respond(to: turn.utterance, state: state)
            blackHole(renderer.render(result.reply))
            state = result.state
        }
    }
}
