import AdvisorCore
import BenchmarkFixtures
import CompiledKnowledge

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

// A fixed workload to profile with callgrind, which counts instructions repeatably:
//   valgrind --tool=callgrind .build/release/AdvisorProfile load 5
//   callgrind_annotate --inclusive=yes callgrind.out.<pid> | head -60
// Workloads: load (parse + validate), build (Advisor index), image (decode the compiled image),
// classify (a turn's shortlist), classify-whole (every intent ranked), turn (respond + render).
// Two more print timings instead (noisy on a shared machine; medians and p99 over the test set):
//   latency [FACTOR]: classify (shortlist and whole ranking) and whole-turn p50/p99 in µs, knowledge scaled by FACTOR (default 1);
//   latency-cpu [FACTOR]: the same, each call timed by the thread's CPU time (steadier on a loaded machine);
//   compile [FACTOR]: what the build tool does (build the advisor, write its image) on scaled knowledge.

let arguments = CommandLine.arguments.dropFirst()
let workload = arguments.first ?? "turn"
let repetitions = arguments.dropFirst().first.flatMap { Int($0) } ?? 1

func microseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
}

/// The wall clock, in µs since the program started.
let wallOrigin = ContinuousClock.now
func wallMicroseconds() -> Double { microseconds(ContinuousClock.now - wallOrigin) }

/// The CPU time the calling thread has used, in µs.
func threadCPUMicroseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
}

func percentiles(_ values: [Double]) -> String {
    let sorted = values.sorted()
    func at(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
    return String(format: "p50 %.1f µs, p99 %.1f µs (%d samples)", at(0.5), at(0.99), sorted.count)
}

var checksum = 0
switch workload {
case "load":
    for _ in 0..<repetitions { checksum &+= ((try? KnowledgeLoader().loadEmbedded())?.intents.count ?? 0) }
case "build":
    let knowledge = Fixtures.knowledge
    for _ in 0..<repetitions { checksum &+= Advisor(knowledge: knowledge).knowledge.intents.count }
case "image":
    for _ in 0..<repetitions { checksum &+= ((try? CompiledKnowledge.advisor())?.knowledge.intents.count ?? 0) }
case "classify", "classify-whole", "turn":
    let advisor = Advisor(knowledge: Fixtures.knowledge)
    let renderer = ReplyRenderer(width: 80)
    for _ in 0..<repetitions {
        for utterance in Fixtures.utterances {
            if workload == "classify" {
                checksum &+= advisor.classifier.classify(utterance, keeping: Advisor.shortlist).count
            } else if workload == "classify-whole" {
                checksum &+= advisor.classifier.classify(utterance).count
            } else {
                checksum &+= renderer.render(advisor.respond(to: utterance, state: DialogueState()).reply).utf8.count
            }
        }
    }
case "latency", "latency-cpu":
    let advisor = Advisor(knowledge: Fixtures.knowledge(scaledBy: repetitions))
    let renderer = ReplyRenderer(width: 80)
    // `latency-cpu` times each call by the thread's CPU time, not the wall clock: on a machine
    // shared with other work a wall-clock p99 measures the time slices lost to it.
    let now = workload == "latency-cpu" ? threadCPUMicroseconds : wallMicroseconds
    var classify: [Double] = [], whole: [Double] = [], turn: [Double] = []
    for pass in 0..<21 {
        for utterance in Fixtures.utterances {
            // Which of the two goes first alternates by pass: the second runs on caches the first warmed.
            var classified = 0.0, ranked = 0.0
            for shortlistFirst in pass % 2 == 0 ? [true, false] : [false, true] {
                let start = now()
                if shortlistFirst {
                    checksum &+= advisor.classifier.classify(utterance, keeping: Advisor.shortlist).count
                    classified = now() - start
                } else {
                    checksum &+= advisor.classifier.classify(utterance).count
                    ranked = now() - start
                }
            }
            let start = now()
            checksum &+= renderer.render(advisor.respond(to: utterance, state: DialogueState()).reply).utf8.count
            let answered = now() - start
            // The first pass warms caches and is not counted.
            if pass > 0 {
                classify.append(classified)
                whole.append(ranked)
                turn.append(answered)
            }
        }
    }
    let timedBy = workload == "latency-cpu" ? " (thread CPU time)" : ""
    print("×\(repetitions) classify: \(percentiles(classify)) (a turn's shortlist)\(timedBy)")
    print("×\(repetitions) ranking:  \(percentiles(whole)) (every intent, as before the shortlist)\(timedBy)")
    print("×\(repetitions) turn:     \(percentiles(turn))\(timedBy)")
case "compile":
    let knowledge = Fixtures.knowledge(scaledBy: repetitions)
    let clock = ContinuousClock()
    let start = clock.now
    let image = (try? KnowledgeImage.encode(Advisor(knowledge: knowledge), inputHash: 0)) ?? []
    let built = clock.now - start
    let decodeStart = clock.now
    checksum &+= image.withUnsafeBytes { ((try? KnowledgeImage.decode($0))?.advisor.knowledge.intents.count) ?? 0 }
    print(
        "×\(repetitions): \(knowledge.intents.reduce(0) { $0 + $1.examples.count }) examples; build + encode \(built); "
            + "image \(image.count) bytes; decode \(clock.now - decodeStart)")
default:
    print("usage: AdvisorProfile load|build|image|classify|classify-whole|turn|latency|latency-cpu|compile [REPETITIONS or FACTOR]")
}
print(workload, repetitions, checksum)
