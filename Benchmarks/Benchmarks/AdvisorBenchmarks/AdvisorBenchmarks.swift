import AdvisorCore
import Benchmark
import BenchmarkFixtures
import CompiledKnowledge

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

    Benchmark("Load: decode the compiled knowledge image (Advisor ready) ×1", configuration: building) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? CompiledKnowledge.advisor())
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

        // What a turn classifies (the shortlist a turn reads), and the whole ranking (`advisor eval`).
        Benchmark("Classify: normalise + classify, turn's shortlist ×\(factor)", configuration: perUtterance) { benchmark in
            let utterance = utterances[next % utterances.count]
            next += 1
            benchmark.startMeasurement()
            blackHole(advisor.classifier.classify(utterance, keeping: Advisor.shortlist))
        }

        Benchmark("Classify: normalise + classify, whole ranking ×\(factor)", configuration: perUtterance) { benchmark in
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

    let transcripts = Fixtures.transcripts
    let turnCount = transcripts.reduce(0) { $0 + $1.turns.count }
    if turnCount > 0 {
        let replayer = TranscriptReplayer(advisor: Advisor(knowledge: Fixtures.knowledge))
        let replay = Benchmark.Configuration(
            metrics: [.wallClock, .custom("turns/s", polarity: .prefersLarger, useScalingFactor: false)],
            timeUnits: .milliseconds,
            warmupIterations: 2,
            maxDuration: .seconds(10),
            maxIterations: 50
        )
        // One iteration replays (and compares) every transcript from a fresh state, as `advisor replay` does.
        Benchmark("Replay: \(transcripts.count) transcripts, \(turnCount) turns", configuration: replay) { benchmark in
            let clock = ContinuousClock()
            let start = clock.now
            for transcript in transcripts {
                blackHole(replayer.replay(transcript))
            }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            benchmark.measurement(
                .custom("turns/s", polarity: .prefersLarger, useScalingFactor: false),
                Int(Double(turnCount) / seconds))
        }
    }
}
