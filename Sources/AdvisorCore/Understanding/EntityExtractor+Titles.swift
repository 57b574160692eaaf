/// Jobs inside the title of a book or course the message names: "Python for DevOps" is a book,
/// not a DevOps engineer weighing a move.
extension EntityExtractor {
    /// Removes the backgrounds named only inside a title the gap finder located (a named book,
    /// course or resource the articles lack); a background also named outside one stays.
    func forgetBackgrounds(
        inTitles titles: [Range<Int>], found: [(at: Int, name: Name)], from entities: inout Entities
    ) {
        guard !titles.isEmpty else { return }
        let backgrounds = found.filter { $0.name.kind == .background }
        let inside = Set(backgrounds.filter { match in titles.contains { $0.contains(match.at) } }.map(\.name.id))
        let outside = Set(backgrounds.filter { match in !titles.contains { $0.contains(match.at) } }.map(\.name.id))
        for id in inside.subtracting(outside) {
            entities.backgrounds.removeAll { $0 == id }
            entities.mentionedBackgrounds.removeAll { $0 == id }
        }
    }
}
