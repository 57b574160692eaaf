import AdvisorCore
import AdvisorTestSupport
import Foundation
import Testing

/// Replays every transcript in the repository's `Transcripts/` folder, one test case each.
struct RepositoryTranscriptTests {
    /// `Transcripts/` at the repository root, found from this file's path.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Transcripts")

    /// The transcript file names, sorted.
    static let names: [String] = {
        let found = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return found.filter { $0.hasSuffix(".transcript") }.sorted()
    }()

    /// Guards the parameterised test below, which would pass vacuously over an empty folder.
    @Test func findsTheTranscripts() {
        #expect(Self.names.count >= 40, "only \(Self.names.count) transcripts in \(Self.folder.path)")
    }

    @Test(arguments: names)
    func replaysAsWritten(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let transcript = try TranscriptParser().parse(bytes: bytes, path: "Transcripts/\(name)")
        let report = TranscriptReplayer(advisor: Advisor(knowledge: Fixtures.knowledge)).replay(transcript)
        for failure in report.failures {
            Issue.record("\(failure)\n(if the new reply is right: advisor replay --update Transcripts/\(name), then review git diff)")
        }
    }
}
