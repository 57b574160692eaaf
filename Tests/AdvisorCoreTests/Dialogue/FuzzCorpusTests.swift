import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

/// Every input in `Fuzz/corpus/` (the fuzzer's seeds, and each input that once crashed it, named
/// `regression-*`) played as the fuzzer plays it: line by line through one chat session, each reply
/// drawn as plain text and Markdown, with the fuzzer's checks.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Dialogue
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()  // the package
        .appendingPathComponent("Fuzz/corpus")

    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()) ?? []

    @Test func theCorpusHoldsSeedsAndRegressions() {
        #expect(Self.names.count >= 8, "no corpus at \(Self.corpus.path)")
        #expect(Self.names.contains { $0.hasPrefix("regression-") })
    }

    @Test(arguments: names)
    func playsAsTheFuzzerPlaysIt(name: String) throws {
        let bytes = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        let text = String(decoding: bytes, as: UTF8.self)
        var session = ChatSession(advisor: Fixtures.advisor)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(12) {
            let output = session.handle(String(line))
            expectSafe(output.reply)
            if case let .export(_, markdown, _)? = output.effect { #expect(firstUnsafeScalar(in: markdown) == nil) }
            expectValidState(session.state)
        }
    }
}
