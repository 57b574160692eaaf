import AdvisorCore
import CompiledKnowledge

/// Shared fixtures for the test targets.
public enum Fixtures {
    /// The knowledge base compiled into the binary, loaded once per test process.
    public static let knowledge: KnowledgeBase = {
        do { return try KnowledgeLoader().loadEmbedded() } catch { fatalError("embedded knowledge is invalid:\n\(error)") }
    }()
}
