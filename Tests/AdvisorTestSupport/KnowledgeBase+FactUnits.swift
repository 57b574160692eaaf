import AdvisorCore

extension KnowledgeBase {
    /// Whether a fact-unit id names something this knowledge base holds: one of the units
    /// retrieval ranks (``KnowledgeBase/factUnits``, ids as Knowledge/README.md's "Fact units" gives them).
    public func hasUnit(_ id: String) -> Bool {
        factUnits.contains { $0.id == id }
    }
}
