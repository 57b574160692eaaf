import AdvisorCore
import ArgumentParser
import CompiledKnowledge

/// Options every command accepts, before or after the command's name.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Read the knowledge base from this folder of YAML files instead of the built-in copy.", valueName: "dir"))
    var knowledge: String?

    @Option(name: .long, help: ArgumentHelp("Wrap text to this many columns (default: the terminal's width, or 80).", valueName: "columns"))
    var width: Int?

    @Flag(name: .long, help: "Never use colors (also off when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    func validate() throws {
        if let width, !(20...1000).contains(width) { throw ValidationError(FrontEndError.invalidWidth(width).description) }
    }

    /// The knowledge base from `--knowledge DIR`, or the one compiled into the binary.
    func loadKnowledge() throws -> KnowledgeBase {
        guard let knowledge else { return try CompiledKnowledge.knowledgeBase() }
        return try KnowledgeLoader().load(KnowledgeFolder(path: knowledge).read())
    }

    /// The advisor for `--knowledge DIR`, built from its YAML files, or the one compiled into the
    /// binary, read from its image (no parsing, no indexing).
    func loadAdvisor() throws -> Advisor {
        guard knowledge != nil else { return try CompiledKnowledge.advisor() }
        return Advisor(knowledge: try loadKnowledge())
    }

    /// How output should look on standard output.
    var terminal: Terminal {
        Terminal.detect(width: width, noColor: noColor)
    }
}

/// Options that preset what the advisor knows about the person, checked by the library's own
/// rules (``Advisor/setting(_:to:in:)``), as `/set` checks them.
struct ProfileOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Your current background (e.g. frontend, backend, devops, finance, nurse).", valueName: "job"))
    var background: String?

    @Option(help: ArgumentHelp("Your current pay, as you would write it (e.g. 85000, 85k, \"450k PKR a month\").", valueName: "amount"))
    var salary: String?

    @Option(help: ArgumentHelp("Hours a week you can study.", valueName: "hours"))
    var hours: String?

    @Option(help: ArgumentHelp("Years of professional experience.", valueName: "years"))
    var experience: String?

    /// The profile these options describe.
    func profile(for advisor: Advisor) throws -> Profile {
        var profile = Profile()
        let given: [(String, ProfileChange.Slot, String?)] = [
            ("--background", .background, background), ("--salary", .currentSalary, salary),
            ("--hours", .hoursPerWeek, hours), ("--experience", .yearsOfExperience, experience),
        ]
        for case let (flag, slot, text?) in given {
            switch advisor.setting(slot, to: text, in: profile) {
            case let .success(next): profile = next
            case let .failure(error): throw FrontEndError.invalidProfileValue(flag: flag, error)
            }
        }
        return profile
    }
}
