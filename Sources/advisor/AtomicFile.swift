import Foundation

/// Writes a whole file at once: a private temporary file in the same folder, flushed, then
/// renamed over the target, so a reader sees the old file or the new one and never half of one.
struct AtomicFile {
    var path: String
    /// Permissions of the new file; 0600 because people write their salary into it.
    var mode: mode_t = 0o600

    /// Writes `contents`; with `replacing: false` an existing file is left alone and
    /// ``FrontEndError/fileExists(path:)`` thrown.
    ///
    /// A symbolic link is written through (the file it points to is replaced, the link kept);
    /// anything but a regular file (a folder, `/dev/null`, a pipe) is never replaced.
    func write(_ contents: String, replacing: Bool) throws(FrontEndError) {
        if !replacing, FileManager.default.fileExists(atPath: path) { throw .fileExists(path: path) }
        var path = self.path
        if let target = try Self.existingTarget(of: path) { path = target }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure() }
        fchmod(descriptor, mode)
        var bytes = Array(contents.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let error = failure()
                close(descriptor)
                unlink(temporary)
                throw error
            }
            offset += written
        }
        bytes.removeAll()
        guard fsync(descriptor) == 0 else {
            let error = failure()
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        if !replacing {
            // link() fails when the target appeared meanwhile, so a file created since the check is never replaced.
            guard link(temporary, path) == 0 else {
                let error = errno == EEXIST ? FrontEndError.fileExists(path: path) : failure()
                unlink(temporary)
                throw error
            }
            unlink(temporary)
            return
        }
        guard rename(temporary, path) == 0 else {
            let error = failure()
            unlink(temporary)
            throw error
        }
    }

    /// Creates `folder` and its parents, the new ones with mode 0700.
    static func makeFolder(_ folder: String) throws(FrontEndError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue { return }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try makeFolder(parent) }
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw .cannotWrite(path: folder, reason: String(cString: strerror(errno)))
        }
    }

    private func failure() -> FrontEndError {
        .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }

    /// The regular file `path` names, following symbolic links; `nil` when nothing is there yet.
    private static func existingTarget(of path: String) throws(FrontEndError) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFREG else {
            let kind = info.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : "it is not a regular file"
            throw .cannotWrite(path: path, reason: "\(kind), so it is left alone")
        }
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
