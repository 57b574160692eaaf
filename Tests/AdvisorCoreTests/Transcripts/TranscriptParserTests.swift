import AdvisorCore
import Testing

struct TranscriptParserTests {
    private func parse(_ text: String) throws -> Transcript {
        try TranscriptParser().parse(text, path: "Transcripts/t.transcript")
    }

    /// The message the parser gives for a malformed file, or nil when it parses.
    private func message(_ bytes: [UInt8]) -> String? {
        do {
            _ = try TranscriptParser().parse(bytes: bytes, path: "Transcripts/t.transcript")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsSummaryTurnsAssertionsAndReplies() throws {
        let transcript = try parse(
            """
            # Asking for a timeline without saying what you do.
            # Second summary line.

            > how long will it take me?
            # expect intent=timeline confidence>=0.5 followUp=background
              What do you do today?

            # the one-word answer
            > frontend
            # expect background=frontend followUp=none sources=transition-paths,career-path
              From frontend: 8–12 months.

              - Stage one
            """)
        #expect(transcript.summary == ["Asking for a timeline without saying what you do.", "Second summary line."])
        #expect(transcript.turns.map(\.utterance) == ["how long will it take me?", "frontend"])
        #expect(transcript.turns.map(\.line) == [4, 9])
        #expect(transcript.turns[0].assertions == [.intent(.timeline), .confidence(.atLeast, 0.5), .followUp(.background)])
        #expect(transcript.turns[0].expectedReply == ["What do you do today?"])
        #expect(transcript.turns[1].comments == ["the one-word answer"])
        #expect(
            transcript.turns[1].assertions == [
                .profile(.background, "frontend"), .followUp(nil),
                .sources(["transition-paths", "career-path"]),
            ])
        #expect(transcript.turns[1].expectedReply == ["From frontend: 8–12 months.", "", "- Stage one"])
    }

    @Test func keepsRepliesThatLookLikeMarkersAndBlankLinesInsideThem() throws {
        let transcript = try parse("# s\n> q\n  > quoted\n\n\n  # not a comment\n    indented\n\n> next\n")
        #expect(transcript.turns[0].expectedReply == ["> quoted", "", "", "# not a comment", "  indented"])
        #expect(transcript.turns[1].expectedReply == [])
    }

    @Test func readsAnEmptyReplyAndAnEmptyUtterance() throws {
        let transcript = try parse("# s\n\n>\n\n> \n  reply\n")
        #expect(transcript.turns.map(\.utterance) == ["", ""])
        #expect(transcript.turns.map(\.expectedReply) == [[], ["reply"]])
    }

    @Test func decodesEscapesInUtterancesAndReplies() throws {
        let transcript = try parse(
            #"""
            # s
            > \u{1B}[31mred\u{1B}[0m C:\path \\u{41}\u{20}
              a \\ b \u{1F600}
            """#)
        #expect(transcript.turns[0].utterance == "\u{1B}[31mred\u{1B}[0m C:\\path \\u{41} ")
        #expect(transcript.turns[0].expectedReply == ["a \\ b 😀"])
    }

    @Test func acceptsCRLFLineEndingsAndAByteOrderMark() throws {
        let transcript = try TranscriptParser().parse(bytes: [0xEF, 0xBB, 0xBF] + Array("# s\r\n> hi\r\n  hello\r\n".utf8), path: "t")
        #expect(transcript.turns[0].utterance == "hi")
        #expect(transcript.turns[0].expectedReply == ["hello"])
    }

    @Test func keepsCommentsAfterTheLastTurn() throws {
        let transcript = try parse("# s\n> hi\n  hello\n# the end\n")
        #expect(transcript.closingComments == ["the end"])
    }

    static let malformed: [(String, String)] = [
        (
            "",
            "Transcripts/t.transcript:1: error: no turns (add a user turn: a line \"> what the user types\" with the reply indented below it)"
        ),
        (
            "# only a summary\n\n",
            "Transcripts/t.transcript:1: error: no turns (add a user turn: a line \"> what the user types\" with the reply indented below it)"
        ),
        ("> hi\n  hello\n", "Transcripts/t.transcript:1: error: a transcript starts with a \"# …\" line saying what it shows"),
        (
            "# s\n  hello\n> hi\n",
            "Transcripts/t.transcript:2: error: reply before any user turn (add a \"> …\" line above it, or start the line with \"#\" to make it a comment)"
        ),
        (
            "# s\n# expect intent=timeline\n> hi\n",
            "Transcripts/t.transcript:2: error: \"# expect\" before any user turn (move it below the \"> …\" line it checks)"
        ),
        (
            "# s\n> hi\n  hello\n# expect intent=greeting\n",
            "Transcripts/t.transcript:4: error: \"# expect\" after the reply (move it right below the \"> …\" line it checks)"
        ),
        (
            "# s\n> hi\n  hello\n# note\n  more\n",
            "Transcripts/t.transcript:5: error: reply line after a comment (a comment ends the turn above it and introduces the next one; move the comment above the next \"> …\" line)"
        ),
        (
            "# s\n> hi\nhello\n",
            "Transcripts/t.transcript:3: error: \"hello\" is not a transcript line (reply lines are indented by two spaces; user turns start with \">\", comments with \"#\")"
        ),
        (
            "# s\n> hi\n hello\n",
            "Transcripts/t.transcript:3: error: \" hello\" is not a transcript line (reply lines are indented by two spaces; user turns start with \">\", comments with \"#\")"
        ),
        (
            "# s\n> hi \\u{zz} there\n",
            "Transcripts/t.transcript:2:6: error: invalid escape \"\\u{zz}\" (write a Unicode scalar in hexadecimal, e.g. \\u{1B}, or \\\\ for a backslash)"
        ),
        (
            "# s\n> hi\n# expect intnt=timeline\n",
            "Transcripts/t.transcript:3:10: error: unknown assertion key \"intnt\" (did you mean \"intent\"?) (known: intent, confidence, followUp, sources, background, unknownBackground, yearsOfExperience, hoursPerWeek, currentSalary)"
        ),
        (
            "# s\n> hi\n# expect intent=timelin\n",
            "Transcripts/t.transcript:3:10: error: invalid value \"timelin\" for \"intent\" (did you mean \"timeline\"?) (expected an intent such as timeline or out_of_scope)"
        ),
        (
            "# s\n> hi\n# expect intent=timeline followup=none\n",
            "Transcripts/t.transcript:3:26: error: unknown assertion key \"followup\" (did you mean \"followUp\"?) (known: intent, confidence, followUp, sources, background, unknownBackground, yearsOfExperience, hoursPerWeek, currentSalary)"
        ),
        (
            "# s\n> hi\n# expect confidence=0.5\n",
            "Transcripts/t.transcript:3:10: error: \"confidence\" cannot be compared with \"=\" (write confidence>=0.5, >, <= or <)"
        ),
        (
            "# s\n> hi\n# expect confidence>=high\n",
            "Transcripts/t.transcript:3:10: error: invalid value \"high\" for \"confidence\" (expected a number from 0 to 1)"
        ),
        (
            "# s\n> hi\n# expect background>=frontend\n",
            "Transcripts/t.transcript:3:10: error: \"background\" cannot be compared with \">=\" (write background=…)"
        ),
        (
            "# s\n> hi\n# expect hoursPerWeek=10h\n",
            "Transcripts/t.transcript:3:10: error: invalid value \"10h\" for \"hoursPerWeek\" (expected a whole number (e.g. 85000) or none)"
        ),
        (
            "# s\n> hi\n# expect followUp=backgrund\n",
            "Transcripts/t.transcript:3:10: error: invalid value \"backgrund\" for \"followUp\" (did you mean \"background\"?) (expected background, currentSalary, clarification, confirmation, none)"
        ),
        (
            "# s\n> hi\n# expect timeline\n",
            "Transcripts/t.transcript:3:10: error: malformed assertion \"timeline\" (write key=value, e.g. intent=timeline)"
        ),
        (
            "# s\n> hi\n# expect unknownBackground=\"school teacher\n",
            "Transcripts/t.transcript:3:28: error: unterminated quote in assertion (close it with \")"
        ),
    ]

    @Test(arguments: malformed)
    func reportsAMalformedTranscriptWithItsFileAndLine(text: String, expected: String) {
        #expect(message(Array(text.utf8)) == expected)
    }

    @Test func reportsInvalidUTF8AsUnreadableBytesOnItsLine() {
        let bytes = Array("# s\n> hi\n  ok\n".utf8) + [0x20, 0x20, 0xC3, 0x28, 0x0A]
        #expect(
            message(bytes) == "Transcripts/t.transcript:4: error: unreadable bytes: the line is not valid UTF-8 (save the file as UTF-8)")
    }

    @Test func reportsARawControlCharacterWithItsEscape() {
        let bytes = Array("# s\n> hi\u{1B}[0m\n".utf8)
        #expect(
            message(bytes)
                == "Transcripts/t.transcript:2:5: error: unreadable bytes: control character U+001B in the file (write it as \\u{1B})")
        #expect(message(Array("# s\n> a\0b\n".utf8))?.contains("control character U+0000") == true)
    }

    @Test func readsQuotedAssertionValuesAndNone() throws {
        let transcript = try parse(
            "# s\n> I'm a school teacher\n# expect unknownBackground=\"school teacher\" background=none currentSalary=none sources=none\n")
        #expect(
            transcript.turns[0].assertions == [
                .profile(.unknownBackground, "school teacher"), .profile(.background, nil),
                .profile(.currentSalary, nil), .sources([]),
            ])
    }
}
