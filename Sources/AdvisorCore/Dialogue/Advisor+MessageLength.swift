extension Advisor {
    /// The most of a message the advisor reads, in Unicode scalars (a long pasted paragraph fits).
    ///
    /// The rest of a longer message is left out with a note, so that a reply never takes longer
    /// than reading this much text, however much is pasted or piped in.
    public static let maximumMessageLength = 4_000

    /// A message as the advisor reads it, and whether it was cut.
    ///
    /// Escape sequences and control characters are dropped, runs of one repeated word are cut
    /// to one ("really really … want", so padding doesn't push the question past the cap), and
    /// then only the first ``maximumMessageLength`` scalars are kept. Every front end reads a
    /// line through this once: ``respond(to:state:)`` and ``ChatSession/handle(_:)``.
    public static func prepared(_ message: String) -> (text: String, wasCut: Bool) {
        capped(MessageSplitter.collapsingRepeatedWords(in: message.sanitizedForReading))
    }

    /// The message cut to ``maximumMessageLength``, and whether anything was cut.
    public static func capped(_ message: String) -> (text: String, wasCut: Bool) {
        let scalars = message.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: maximumMessageLength, limitedBy: scalars.endIndex),
            end != scalars.endIndex
        else {
            return (message, false)
        }
        return (String(scalars[..<end]), true)
    }

    /// The note that opens the reply to a message that was cut.
    static var cutNotice: Reply.Block {
        let limit = MoneyRange.grouped(maximumMessageLength)
        return .note("Your message is longer than \(limit) characters, so I read only the first \(limit).")
    }
}
