import AdvisorCore
import CompiledKnowledge
import Foundation

// libFuzzer calls `LLVMFuzzerTestOneInput` with each input it makes up. The input is read as
// UTF-8 (invalid bytes replaced, as the front end does) and split into lines; each line goes
// through a chat session (normalise → classify → dialogue, or a slash command) and its reply is
// drawn as the terminal and /export draw it. Besides crashes and sanitizer reports, a broken
// promise stops the run: an empty reply, a control character in a drawn reply, or a state that
// does not survive JSON or holds an implausible profile.

/// Built once: indexing the knowledge base is the slow part.
let advisor: Advisor = {
    do { return Advisor(knowledge: try KnowledgeLoader().loadEmbedded()) } catch { fatalError("embedded knowledge: \(error)") }
}()

/// The program's entry point. SwiftPM links an executable target with `main` defined as
/// `<Target>_main`, which would hide libFuzzer's own `main`, so this hands over to libFuzzer's
/// driver, which parses the flags and calls ``fuzzOneInput(_:_:)`` with each input.
@_cdecl("AdvisorFuzzer_main")
public func advisorFuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let renderer = ReplyRenderer(width: 30 + size % 90)
    var session = ChatSession(advisor: advisor)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(12) {
        let output = session.handle(String(line))
        let drawn = renderer.render(output.reply)
        require(!drawn.allSatisfy(\.isWhitespace), "empty reply", line)
        require(unsafeScalar(in: drawn) == nil, "control character in the reply \(drawn.debugDescription)", line)
        require(unsafeScalar(in: MarkdownRenderer().render(output.reply)) == nil, "control character in Markdown", line)
        if case let .export(_, markdown, _)? = output.effect {
            require(unsafeScalar(in: markdown) == nil, "control character in the export", line)
        }
        check(session.state, after: line)
    }
    return 0
}

func check(_ state: DialogueState, after line: Substring) {
    let profile = state.profile
    require(profile.hoursPerWeek.map(Profile.plausibleHoursPerWeek.contains) ?? true, "hours \(profile)", line)
    require(profile.yearsOfExperience.map(Profile.plausibleYearsOfExperience.contains) ?? true, "experience \(profile)", line)
    require(profile.currentSalary.map(Profile.plausibleSalary.contains) ?? true, "salary \(profile)", line)
    do {
        let decoded = try JSONDecoder().decode(DialogueState.self, from: JSONEncoder().encode(state))
        require(decoded == state, "state changes through JSON: \(state) → \(decoded)", line)
    } catch {
        require(false, "state does not survive JSON: \(error)", line)
    }
}

func unsafeScalar(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

func require(_ condition: Bool, _ problem: @autoclosure () -> String, _ line: Substring) {
    if !condition { fatalError("\(problem()) after the line \(String(line).debugDescription)") }
}
