import AdvisorCore
import Rainbow

/// The library's ``TextStyle`` drawn with Rainbow: a bold cyan headline, bold headings,
/// yellow figures, green bars, dim notes. Used only when standard output is a terminal and
/// colors are not turned off (`--no-color`, `NO_COLOR`).
struct RainbowStyle: TextStyle {
    func headline(_ text: String) -> String { text.bold.cyan }
    func heading(_ text: String) -> String { text.bold }
    func bold(_ text: String) -> String { text.bold }
    func dim(_ text: String) -> String { text.dim }
    func accent(_ text: String) -> String { text.yellow }
    func bar(_ text: String) -> String { text.green }
    func barRange(_ text: String) -> String { text.green.dim }
}
