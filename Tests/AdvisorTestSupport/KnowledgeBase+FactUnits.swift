import AdvisorCore

extension KnowledgeBase {
    /// Whether a fact-unit id names something this knowledge base holds.
    ///
    /// Topic facts carry their ids; the other units' ids are derived from their records as
    /// Knowledge/README.md ("Fact units") describes: `path.<id>` with `.carries-over`, `.gaps`,
    /// `.tools`, `.skip.<stage>`, `.phase.<n>`, `.milestone.<n>` or `.note.<n>` (from 1),
    /// `stage.<id>`, `tool.<id>`, `group.<id>`, `cert.<id>` and `cert.<id>.note.<n>`, and
    /// `salary.<source>.<role>.<level>`, then `.2`, `.3` for further figures of the same kind.
    public func hasUnit(_ id: String) -> Bool {
        if topics.contains(where: { $0.facts.contains { $0.id == id } }) { return true }
        let parts = id.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return false }
        switch (parts[0], parts.count) {
        case ("stage", 2): return stage(parts[1]) != nil
        case ("tool", 2): return tool(parts[1]) != nil
        case ("group", 2): return toolGroup(parts[1]) != nil
        case ("cert", 2): return certification(parts[1]) != nil
        case ("cert", 4):
            guard parts[2] == "note", let certification = certification(parts[1]) else { return false }
            return Self.isPosition(parts[3], in: certification.notes.count)
        case ("path", _): return hasPathUnit(parts)
        case ("salary", 4), ("salary", 5):
            let count = salaries.filter { $0.source == parts[1] && $0.role == parts[2] && $0.level.rawValue == parts[3] }.count
            // The first figure has no number; `.2` is the second.
            return parts.count == 4 ? count >= 1 : parts[4] != "1" && Self.isPosition(parts[4], in: count)
        default: return false
        }
    }

    private func hasPathUnit(_ parts: [String]) -> Bool {
        guard let path = path(parts[1]) else { return false }
        switch (parts.count, parts.count > 2 ? parts[2] : "") {
        case (2, _): return true
        case (3, "carries-over"): return !path.carriesOver.isEmpty
        case (3, "gaps"): return !path.gaps.isEmpty
        case (3, "tools"): return !path.toolsToLearn.isEmpty
        case (4, "skip"): return path.skipStages.contains { $0.stage == parts[3] }
        case (4, "phase"): return Self.isPosition(parts[3], in: path.phases.count)
        case (4, "milestone"): return Self.isPosition(parts[3], in: path.salaryMilestones.count)
        case (4, "note"): return Self.isPosition(parts[3], in: path.notes.count)
        default: return false
        }
    }

    /// `"2"` is a position in a list of `count` items, counting from 1.
    private static func isPosition(_ text: String, in count: Int) -> Bool {
        guard let number = Int(text) else { return false }
        return number >= 1 && number <= count
    }
}
