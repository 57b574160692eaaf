/// What the person does today, as the profile holds it: one the sources describe, or one they don't.
///
/// One value instead of two optionals that must never both be set: a profile knows a
/// ``Background`` id ("frontend"), or a job in the person's own words ("nurse"), or nothing.
public enum StatedBackground: Hashable, Sendable {
    /// A ``Background`` id from the knowledge base.
    case known(String)
    /// A job the sources have no path for, in the person's words.
    case unknown(String)

    /// The ``Background`` id, for a known background.
    public var knownID: String? {
        if case let .known(id) = self { return id }
        return nil
    }

    /// The person's words, for a background the sources don't cover.
    public var unknownName: String? {
        if case let .unknown(name) = self { return name }
        return nil
    }

    /// The id or the name, as a ``ProfileChange`` carries it.
    public var value: String {
        switch self {
        case let .known(id): id
        case let .unknown(name): name
        }
    }
}

/// Encoded as `{"known": "frontend"}` or `{"unknown": "nurse"}`, as `--json` prints the state.
extension StatedBackground: Codable {
    private enum CodingKeys: String, CodingKey { case known, unknown }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let id = try container.decodeIfPresent(String.self, forKey: .known) {
            self = .known(id)
        } else {
            self = .unknown(try container.decode(String.self, forKey: .unknown))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .known(id): try container.encode(id, forKey: .known)
        case let .unknown(name): try container.encode(name, forKey: .unknown)
        }
    }
}
