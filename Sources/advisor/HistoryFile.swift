import AdvisorCore
import Foundation

/// The chat's history between sessions: `$XDG_STATE_HOME/advisor/history`
/// (or `~/.local/state/advisor/history`), one entry a line, mode 0600 in a 0700 folder.
///
/// Saving merges what is on disk now with this session's new entries, so two chats running
/// at once both keep their lines, and writes the result atomically.
struct HistoryFile {
    /// The most entries kept.
    static let limit = 1000

    var path: String

    /// The history file named by the environment.
    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> HistoryFile {
        let state: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            state = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            state = home + "/.local/state"
        }
        return HistoryFile(path: state + "/advisor/history")
    }

    /// A line as it is stored: one line, no control characters.
    static func entry(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.properties.generalCategory != .control }))
            .trimming(.spaces)
    }

    /// The entries on disk, oldest first. A missing file is an empty history; a file that
    /// cannot be read or is not text throws ``HistoryProblem`` (the caller warns once and goes on).
    func load() throws(HistoryProblem) -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(access(path, R_OK) == 0 ? EIO : errno)))
        }
        guard let text = String(data: data, encoding: .utf8), !text.unicodeScalars.contains("\0") else {
            // Keep the person's data: move the damaged file aside instead of overwriting it later.
            let aside = path + ".corrupt"
            let moved = !FileManager.default.fileExists(atPath: aside) && rename(path, aside) == 0
            throw .corrupt(path: path, keptAt: moved ? aside : nil)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map { Self.entry(String($0)) }.filter { !$0.isEmpty }
    }

    /// Writes the file's current entries plus `added`, keeping the last ``limit``.
    ///
    /// Reading, merging and writing happen under an exclusive lock on `history.lock`, so chats
    /// ending at the same moment each add their lines to what the other wrote. A file without
    /// write permission is left as it is.
    func save(adding added: [String]) throws(HistoryProblem) {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IWUSR == 0 { throw .readOnly(path: path) }
        do {
            try AtomicFile.makeFolder((path as NSString).deletingLastPathComponent)
        } catch {
            throw .unwritable(path: path, reason: error.description)
        }
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        let onDisk = try load()
        var merged: [String] = []
        for entry in onDisk + added where entry != merged.last { merged.append(entry) }
        let kept = merged.suffix(Self.limit)
        do {
            try AtomicFile(path: path).write(kept.map { $0 + "\n" }.joined(), replacing: true)
        } catch {
            throw .unwritable(path: path, reason: error.description)
        }
    }
}

/// Why the history could not be used; the chat warns once and carries on without it.
enum HistoryProblem: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case corrupt(path: String, keptAt: String?)
    case unwritable(path: String, reason: String)
    case readOnly(path: String)

    var description: String {
        switch self {
        case let .unreadable(path, reason):
            "warning: cannot read the history file \(path) (\(reason)); going on without earlier history"
        case let .corrupt(path, keptAt?):
            "warning: the history file \(path) is not text; moved it to \(keptAt) and started a new history"
        case let .corrupt(path, nil):
            "warning: the history file \(path) is not text; going on without saving history this time"
        case let .unwritable(path, reason):
            "warning: could not save the history to \(path): \(reason)"
        case let .readOnly(path):
            "warning: the history file \(path) is read-only, so this session's lines were not added (chmod u+w \(path) to keep them)"
        }
    }
}
