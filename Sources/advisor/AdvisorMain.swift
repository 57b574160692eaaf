import AdvisorCore
import ArgumentParser
import CompiledKnowledge
import Foundation

/// The program's entry point: turns the shortcut form into `ask`, runs the command, and maps
/// every failure to a message on standard error and an exit status (0 ok, 1 failure, 2 usage
/// or data error), never a stack trace.
@main
enum AdvisorMain {
    static func main() {
        // A closed pipe (`advisor ask … | head -c 10`) shows up as EPIPE on write, handled in StandardStreams.
        signal(SIGPIPE, SIG_IGN)
        let arguments = CommandLineRewriter(subcommands: AdvisorCommand.subcommandNames)
            .rewrite(Array(CommandLine.arguments.dropFirst()))
        do {
            try runUnparsed(arguments)
            var command = try askFastPath(arguments) ?? AdvisorCommand.parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(status(reporting: error))
        }
        StandardStreams.output.flush()
        exit(0)
    }

    /// The two commands people run most, in their plainest forms, without the argument parser
    /// (which walks the commands' properties by reflection, a large share of a cold start):
    /// `advisor ask WORDS…` with words alone (``AskCommand/plainQuestion(_:)``) and
    /// `advisor check` alone. Every option has its default, which is what `GlobalOptions` and
    /// `ProfileOptions` give unset; the commands' own code does the rest, as their `run()` does.
    /// Any other command returns, to be parsed.
    private static func runUnparsed(_ arguments: [String]) throws {
        if let question = AskCommand.plainQuestion(arguments) {
            AskCommand.answer(
                question, advisor: try CompiledKnowledge.advisor(), profile: Profile(), terminal: Terminal.detect(), json: false,
                explain: false)
        }
        if arguments == [CheckCommand._commandName] { CheckCommand.report(try CompiledKnowledge.knowledgeBase(), from: nil) }
    }

    /// `advisor ask …` with options parsed as the `ask` command alone (with words alone it is not
    /// parsed at all: ``AskCommand/plainQuestion(_:)``): the root's parse also walks every other
    /// subcommand's arguments (18.6 M instructions of a cold ask against 14.7 M, mostly the
    /// runtime's conformance look-ups). Anything `ask` alone does not accept (help, a bad flag, a
    /// root option) returns nil, and the root parses it as it always did, with the same messages.
    private static func askFastPath(_ arguments: [String]) -> (any ParsableCommand)? {
        guard arguments.first == AskCommand._commandName else { return nil }
        return try? AskCommand.parse(Array(arguments.dropFirst()))
    }

    /// Ends the program after a command's output is written, without freeing what it built one
    /// object at a time (an advisor's tables are thousands of arrays and strings): the process's
    /// exit returns the memory at once. `built` stays alive until then, so nothing is freed early.
    static func exitWithoutTeardown(keeping built: some Any) -> Never {
        StandardStreams.output.flush()
        withExtendedLifetime(built) { exit(ExitStatus.success) }
    }

    /// Prints what went wrong and says which exit status it deserves.
    static func status(reporting error: any Error) -> Int32 {
        switch error {
        case let failure as KnowledgeLoadFailure:
            for problem in failure.problems { StandardStreams.error.write(problem.description + "\n") }
            return ExitStatus.usageOrDataError
        case let failure as FrontEndError:
            StandardStreams.error.write("advisor: error: \(failure)\n")
            return ExitStatus.usageOrDataError
        default:
            break
        }
        let code = AdvisorCommand.exitCode(for: error)
        let message = AdvisorCommand.fullMessage(for: error)
        if code == .success {
            StandardStreams.output.write(message.isEmpty ? "" : message + "\n")
            StandardStreams.output.flush()
            return ExitStatus.success
        }
        if !message.isEmpty { StandardStreams.error.write(message + "\n") }
        return code == .validationFailure ? ExitStatus.usageOrDataError : code.rawValue
    }
}

/// The exit statuses README documents.
enum ExitStatus {
    static let success: Int32 = 0
    /// A test, evaluation or replay did not pass.
    static let failure: Int32 = 1
    /// Bad flags or arguments, or invalid knowledge data.
    static let usageOrDataError: Int32 = 2
}
