/// How a renderer decorates text: the executable supplies colors (through Rainbow), the library none.
///
/// Each method receives text that is already laid out (wrapped and padded), so a style may add
/// escape sequences without disturbing the alignment. Every method defaults to returning the
/// text unchanged.
public protocol TextStyle: Sendable {
    /// The one-line answer that opens a reply.
    func headline(_ text: String) -> String
    /// A section heading.
    func heading(_ text: String) -> String
    /// Strong text, e.g. table headers.
    func bold(_ text: String) -> String
    /// Quiet text: notes, axes, skipped stages, source ids.
    func dim(_ text: String) -> String
    /// Highlighted figures.
    func accent(_ text: String) -> String
    /// The solid part of a chart bar.
    func bar(_ text: String) -> String
    /// The uncertain part of a chart bar (from the lowest to the highest figure).
    func barRange(_ text: String) -> String
}

extension TextStyle {
    public func headline(_ text: String) -> String { text }
    public func heading(_ text: String) -> String { text }
    public func bold(_ text: String) -> String { text }
    public func dim(_ text: String) -> String { text }
    public func accent(_ text: String) -> String { text }
    public func bar(_ text: String) -> String { text }
    public func barRange(_ text: String) -> String { text }
}

/// No decoration: transcripts, pipes and `NO_COLOR`.
public struct PlainStyle: TextStyle {
    public init() {}
}
