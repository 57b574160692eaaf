import Foundation

/// The outcome of `/export` as `--json` prints it, on its own line after the command's turn.
struct ExportJSON: Encodable {
    var command: String
    var export: Outcome

    struct Outcome: Encodable {
        var path: String
        var saved: Bool
        /// Why it was not saved, or null.
        var problem: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(saved, forKey: .saved)
            try container.encode(problem, forKey: .problem)
        }

        private enum CodingKeys: String, CodingKey { case path, saved, problem }
    }

    func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
