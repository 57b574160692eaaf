import AdvisorCore
import CompiledKnowledge
import ArgumentParser

/// Options every command accepts, before or after the command's name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the knowledge base from this folder of YAML files instead of the built-in copy.", valueName: "dir"))
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

/// Options that preset what the advisor knows about the person.
struct ProfileOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Your current background (e.g. frontend, backend, devops, finance).", valueName: "id"))
    var background: String?

    @Option(help: ArgumentHelp("Your current yearly salary in dollars (e.g. 85000).", valueName: "dollars"))
    var salary: Int?

    @Option(help: ArgumentHelp("Hours a week you can study.", valueName: "hours"))
    var hours: Int?

    @Option(help: ArgumentHelp("Years of professional experience.", valueName: "years"))
    var experience: Int?

    func validate() throws {
        for (name, value) in [("--salary", salary), ("--hours", hours), ("--experience", experience)] {
            if let value, value < 0 { throw ValidationError("\(name) \(value) must not be negative") }
        }
        if let hours, hours > 168 { throw ValidationError("--hours \(hours) is more than a week has (168)") }
    }

    /// The profile these options describe; a background must be one the knowledge base knows.
    func profile(in knowledge: KnowledgeBase) throws -> Profile {
        var profile = Profile(yearsOfExperience: experience, hoursPerWeek: hours, currentSalary: salary)
        if let background {
            let wanted = background.lowercased()
            let match = knowledge.backgrounds.first {
                $0.id == wanted || $0.name.lowercased() == wanted || $0.synonyms.contains { $0.lowercased() == wanted }
            }
            guard let match else {
                let suggestion = wanted.closest(among: knowledge.backgrounds.map(\.id))
                throw FrontEndError.unknownBackground(background, suggestion: suggestion, known: knowledge.backgrounds.map(\.id))
            }
            profile.background = match.id
        }
        return profile
    }
}
