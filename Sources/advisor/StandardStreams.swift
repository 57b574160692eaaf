import Foundation

/// Standard output and error as unbuffered writers that end the program quietly when the
/// reader has gone away (`advisor ask … | head -c 10`).
struct StandardStreams: Sendable {
    let descriptor: Int32

    static let output = StandardStreams(descriptor: STDOUT_FILENO)
    static let error = StandardStreams(descriptor: STDERR_FILENO)

    /// Writes all of `text`; on a closed pipe exits with status 0 and no message.
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                // EPIPE (the reader left) or another failure of the stream itself: nothing more to say.
                exit(errno == EPIPE ? ExitStatus.success : ExitStatus.failure)
            }
            offset += written
        }
        bytes.removeAll()
    }

    /// Writes `text` and a newline.
    func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Flushes the C standard output too, in case a library printed through it.
    func flush() {
        fflush(nil)
    }

    /// Whether the stream is a terminal.
    var isTerminal: Bool { isatty(descriptor) == 1 }
}
