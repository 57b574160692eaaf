/// Entities and the person's own background.
extension Entities {
    /// The entities naming the person's own background: a known id, or the unknown job.
    mutating func name(_ background: StatedBackground) {
        switch background {
        case let .known(id):
            backgrounds = [id]
            unknownBackground = nil
        case let .unknown(name):
            backgrounds = []
            unknownBackground = name
        }
    }

    /// Whether any background, known or not, is named.
    var namesBackground: Bool { !backgrounds.isEmpty || unknownBackground != nil }
}
