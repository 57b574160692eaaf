/// Rewrites the raw arguments so that swift-argument-parser sees one subcommand first.
///
/// - No subcommand at all (`advisor`, `advisor --no-color`) means `chat`.
/// - A first word that is no subcommand is a question: `advisor how long from frontend to MLOps`
///   means `advisor ask how long from frontend to MLOps`.
/// - Options written before the subcommand (`advisor --knowledge DIR check`) move after it,
///   so that every command accepts the global options in either place.
struct CommandLineRewriter {
    /// Names of the root command's subcommands (plus `help`).
    var subcommands: Set<String>

    /// Options that take a value, so that the value is not mistaken for the first word.
    static let optionsWithValues: Set<String> = [
        "--knowledge", "--width", "--background", "--salary", "--hours", "--experience",
    ]

    /// Arguments that belong to the root command itself.
    static let rootOnly: Set<String> = [
        "-h", "--help", "--version", "--generate-completion-script", "--experimental-dump-help",
    ]

    func rewrite(_ arguments: [String]) -> [String] {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return ["ask"] + arguments }
            if Self.rootOnly.contains(argument) || argument.hasPrefix("--generate-completion") { return arguments }
            guard argument.hasPrefix("-"), argument.count > 1 else { break }
            index += Self.optionsWithValues.contains(argument) ? 2 : 1
        }
        let leadingOptions = Array(arguments[..<min(index, arguments.count)])
        guard index < arguments.count else { return ["chat"] + leadingOptions }
        let word = arguments[index]
        let rest = Array(arguments[(index + 1)...])
        if subcommands.contains(word) { return [word] + leadingOptions + rest }
        return ["ask"] + leadingOptions + [word] + rest
    }
}
