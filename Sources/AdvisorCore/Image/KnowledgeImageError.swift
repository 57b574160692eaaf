/// Why a knowledge image could not be read.
public enum KnowledgeImageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not an image at all (no magic number), or one written on a machine of the other byte order.
    case notAnImage
    /// An image in another format version than this program reads.
    case formatVersion(found: UInt32, expected: UInt32)
    /// The image ends inside a value.
    case truncated(at: Int)
    /// A value that cannot be what the format says.
    case malformed(String, at: Int)

    public var description: String {
        switch self {
        case .notAnImage: "not a knowledge image"
        case let .formatVersion(found, expected): "knowledge image format \(found), expected \(expected): rebuild the program"
        case let .truncated(offset): "knowledge image ends early (byte \(offset))"
        case let .malformed(what, offset): "knowledge image is malformed: \(what) (byte \(offset))"
        }
    }
}
