import AdvisorCore
import Testing

struct StemmerTests {
    @Test(arguments: [
        ("tools", "tool"), ("salaries", "salary"), ("companies", "company"), ("classes", "class"),
        ("switches", "switch"), ("boxes", "box"), ("courses", "course"), ("learning", "learn"),
        ("switched", "switch"), ("planning", "plan"), ("shipped", "ship"), ("skilled", "skill"),
        ("status", "status"), ("analysis", "analysis"), ("class", "class"),
        // -er is kept on purpose
        ("engineer", "engineer"), ("career", "career"), ("docker", "docker"),
        // short, protected, or with digits
        ("ops", "ops"), ("aws", "aws"), ("kubernetes", "kubernetes"), ("pandas", "pandas"), ("k8s", "k8s"),
        ("thing", "thing"), ("need", "need"), ("is", "is"),
    ])
    func stems(word: String, expected: String) {
        #expect(Stemmer.stem(word) == expected)
    }
}
