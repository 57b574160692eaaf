import AdvisorCore
import FolderWalker
import Foundation

/// A folder of knowledge YAML files on disk (`--knowledge DIR`), read into ``KnowledgeFile``s.
///
/// The library never touches the file system; this is where the executable does it for it.
struct KnowledgeFolder {
    /// The folder as the user wrote it; messages name files under it.
    var path: String

    /// Every `*.yaml` / `*.yml` file under the folder, in path order; problems reading them
    /// are collected and thrown together.
    func read() throws(KnowledgeLoadFailure) -> [KnowledgeFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeLoadFailure(problems: [.missingDirectory(path: path)])
        }
        var files: [KnowledgeFile] = []
        var problems: [KnowledgeError] = []
        for relative in FolderWalker.knowledge.files(under: path) ?? [] {
            let shown = (path.hasSuffix("/") ? path : path + "/") + relative
            var info = stat()
            if stat(shown, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                // A folder or a pipe named *.yaml: reading it would fail or wait forever.
                let kind = info.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : "it is not a regular file"
                problems.append(.unreadableFile(path: shown, reason: "\(kind); knowledge files are YAML text files"))
                continue
            }
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: shown))
                files.append(KnowledgeFile(path: shown, bytes: [UInt8](data)))
            } catch {
                problems.append(.unreadableFile(path: shown, reason: Self.reason(error)))
            }
        }
        if !problems.isEmpty { throw KnowledgeLoadFailure(problems: problems) }
        return files
    }

    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(code))).lowercased()
        }
        return (error as NSError).localizedDescription
    }
}
