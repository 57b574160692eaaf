import Rainbow

/// The terminal's colors, drawn with Rainbow: bold headings, a colored headline and figures,
/// dim notes. Used only when standard output is a terminal and colors are not turned off.
struct RainbowStyle: Sendable {
    func headline(_ text: String) -> String { text.bold.cyan }
    func heading(_ text: String) -> String { text.bold }
    func bold(_ text: String) -> String { text.bold }
    func dim(_ text: String) -> String { text.dim }
    func accent(_ text: String) -> String { text.yellow }
    func bar(_ text: String) -> String { text.green }
    func barRange(_ text: String) -> String { text.green.dim }
}
