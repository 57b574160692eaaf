/// Replays transcripts from a fresh state and compares what comes back with what they expect.
public struct TranscriptReplayer: Sendable {
    public let advisor: Advisor

    public init(advisor: Advisor) {
        self.advisor = advisor
    }

    /// Replays every turn, even after a failing one, and reports each difference.
    public func replay(_ transcript: Transcript) -> TranscriptReport {
        var recorder = TranscriptRecorder(advisor: advisor)
        var failures: [TurnFailure] = []
        for (index, turn) in transcript.turns.enumerated() {
            let endedAt = recorder.turns.firstIndex(where: \.endsChat)
            let actual = recorder.say(turn.utterance)
            let diff = UnifiedDiff(expected: turn.expectedReply, actual: actual.reply)
            var problems = turn.assertions.compactMap { $0.failure(for: actual) }
            if let endedAt {
                problems.insert("the chat ended at turn \(endedAt + 1) and reads nothing after it (move or remove this turn)", at: 0)
            }
            if !diff.isEmpty || !problems.isEmpty {
                failures.append(
                    TurnFailure(
                        path: transcript.path, turnNumber: index + 1, line: turn.line,
                        utterance: turn.utterance, problems: problems, diff: diff))
            }
        }
        return TranscriptReport(transcript: transcript, replayed: recorder.turns, failures: failures)
    }
}

/// The outcome of replaying one transcript.
public struct TranscriptReport: Sendable {
    /// The transcript as read.
    public var transcript: Transcript
    /// What happened on each turn.
    public var replayed: [ReplayedTurn]
    /// The turns whose reply or assertions did not match, in order.
    public var failures: [TurnFailure]

    public var passed: Bool { failures.isEmpty }

    /// The transcript with each expected reply replaced by the actual one, everything else
    /// (summary, comments, assertions) kept: what `advisor replay --update` writes.
    public var updated: Transcript {
        var updated = transcript
        for index in updated.turns.indices {
            updated.turns[index].expectedReply = replayed[index].reply
        }
        return updated
    }
}

/// One turn that did not go as its transcript says.
public struct TurnFailure: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based.
    public var turnNumber: Int
    /// The line of the turn's `>` line.
    public var line: Int
    public var utterance: String
    /// What went wrong besides the reply text: each failing `# expect` assertion, or a turn
    /// after the chat ended.
    public var problems: [String]
    /// Expected reply against actual; empty when only ``problems`` failed.
    public var diff: UnifiedDiff

    /// `Transcripts/x.transcript:7: error: turn 2 "> frontend" gives a different reply`, each
    /// problem, then the diff.
    public var description: String {
        let shown = TranscriptEscaping.escaped(utterance, isUtterance: true)
        var lines = [
            "\(path):\(line): error: turn \(turnNumber) \"> \(shown)\" "
                + (diff.isEmpty ? "fails" : "gives a different reply")
        ]
        lines += problems.map { "  " + $0 }
        if !diff.isEmpty { lines.append(diff.rendered()) }
        return lines.joined(separator: "\n")
    }
}
