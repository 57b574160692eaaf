import Foundation

/// The one way the package lists the files under a folder: recursively, by extension, in path order.
///
/// Knowledge files are `*.yaml` and `*.yml` everywhere they are looked for: the build plugin that
/// embeds `Knowledge/` (which compiles this same file), the embedder, and `--knowledge DIR`.
public struct FolderWalker: Sendable {
    /// Knowledge files: `*.yaml` and `*.yml`.
    public static let knowledge = FolderWalker(extensions: ["yaml", "yml"])
    /// Transcripts: `*.transcript`.
    public static let transcripts = FolderWalker(extensions: ["transcript"])

    /// The file name extensions looked for, without the dot.
    public var extensions: [String]

    public init(extensions: [String]) {
        self.extensions = extensions
    }

    /// The paths, relative to `folder`, of everything under it whose name ends in one of the
    /// extensions (a folder named `x.yaml` included, so that reading it reports it), sorted;
    /// nil when the folder cannot be listed.
    public func files(under folder: String) -> [String]? {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return nil }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if extensions.contains(where: { relative.hasSuffix("." + $0) }) { found.append(relative) }
        }
        return found.sorted()
    }
}
