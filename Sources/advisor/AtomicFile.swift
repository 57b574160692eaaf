import Foundation

/// Writes a whole file at once: a private temporary file in the same folder, flushed, then
/// renamed over the target, so a reader sees the old file or the new one and never half of one.
struct AtomicFile {
    var path: String
    /// Permissions of the new file; 0600 because people write their salary into it.
    var mode: mode_t = 0o600

    /// Writes `contents`; with `replacing: false` an existing file is left alone and
    /// ``FrontEndError/fileExists(path:)`` thrown.
    func write(_ contents: String, replacing: Bool) throws(FrontEndError) {
        if !replacing, FileManager.default.fileExists(atPath: path) { throw .fileExists(path: path) }
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
}
