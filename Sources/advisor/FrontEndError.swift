import AdvisorCore

/// A failure of the command-line front end itself (files it writes, flags it checks).
///
/// ``description`` is the only place the user-facing text is written.
enum FrontEndError: Error, Hashable, CustomStringConvertible {
    case emptyQuestion
    case invalidWidth(Int)
    case fileExists(path: String)
    case cannotWrite(path: String, reason: String)
    case missingPath(command: String)
    case invalidProfileValue(flag: String, ProfileValueError)

    var description: String {
        switch self {
        case .emptyQuestion:
            "no question given (try: advisor ask \"how long from frontend to MLOps\")"
        case let .invalidWidth(width):
            "--width \(width) is out of range (use a number of columns from 20 to 1000)"
        case let .fileExists(path):
            "\"\(path)\" already exists; not overwriting it (add --force to replace it, or pick another name)"
        case let .cannotWrite(path, reason):
            "cannot write \"\(path)\": \(reason)"
        case let .missingPath(command):
            "\(command) needs a file name (e.g. \(command) plan.md)"
        case let .invalidProfileValue(flag, error):
            "\(flag): \(error)"
        }
    }
}
