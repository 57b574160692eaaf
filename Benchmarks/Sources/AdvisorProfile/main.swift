import AdvisorCore
import CompiledKnowledge

// A fixed workload to profile with callgrind, which counts instructions repeatably:
//   valgrind --tool=callgrind .build/release/AdvisorProfile load 5
//   callgrind_annotate --inclusive=yes callgrind.out.<pid> | head -60
// Workloads: load (parse + validate), build (Advisor index), classify, turn (respond + render).

let arguments = CommandLine.arguments.dropFirst()
let workload = arguments.first ?? "turn"
let repetitions = arguments.dropFirst().first.flatMap { Int($0) } ?? 1

func loaded() -> KnowledgeBase {
    do { return try KnowledgeLoader().loadEmbedded() } catch { fatalError("\(error)") }
}

var checksum = 0
switch workload {
case "load":
    for _ in 0..<repetitions { checksum &+= loaded().intents.count }
case "build":
    let knowledge = loaded()
    for _ in 0..<repetitions { checksum &+= Advisor(knowledge: knowledge).knowledge.intents.count }
case "classify", "turn":
    let advisor = Advisor(knowledge: loaded())
    let utterances = (try? KnowledgeLoader().loadTestSet(KnowledgeLoader.embeddedFiles).map(\.text)) ?? []
    let renderer = ReplyRenderer(width: 80)
    for _ in 0..<repetitions {
        for utterance in utterances {
            if workload == "classify" {
                checksum &+= advisor.classifier.classify(utterance).count
            } else {
                checksum &+= renderer.render(advisor.respond(to: utterance, state: DialogueState()).reply).utf8.count
            }
        }
    }
default:
    print("usage: AdvisorProfile load|build|classify|turn [REPETITIONS]")
}
print(workload, repetitions, checksum)
