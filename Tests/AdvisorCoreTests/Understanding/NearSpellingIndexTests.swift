import Testing

@testable import AdvisorCore

/// The near-spelling index answers exactly what comparing the word with every word of the list
/// answers (``String/isWithinOneEdit(of:minimumLength:)``, four characters or more).
struct NearSpellingIndexTests {
    static let words = [
        "google", "kubernetes", "mlflow", "data", "pandas", "tensorflow", "docker", "abc", "flow", "café", "naïve", "résumé",
        "über", "airflow", "aws", "python", "pytorch", "sagemaker",
    ]

    /// Each word, and each of it with one letter left out, replaced, doubled or swapped with the next.
    static let queries: [String] = {
        var queries = ["", "a", "zzzz", "cafe", "cafés", "naive", "resume", "uber", "kubrenetes", "gogle", "Google", "dat", "datum"]
        for word in words {
            let letters = Array(word)
            queries.append(word)
            for index in letters.indices {
                var deleted = letters
                deleted.remove(at: index)
                var replaced = letters
                replaced[index] = "x"
                var doubled = letters
                doubled.insert(letters[index], at: index)
                queries += [String(deleted), String(replaced), String(doubled)]
                if index + 1 < letters.count {
                    var swapped = letters
                    swapped.swapAt(index, index + 1)
                    queries.append(String(swapped))
                }
            }
        }
        return queries
    }()

    @Test func findsTheSameNearWordsAsComparingWithEveryWord() {
        let index = NearSpellingIndex(words: Self.words)
        for query in Self.queries {
            let expected = Self.words.contains { $0.isWithinOneEdit(of: query, minimumLength: NearSpellingIndex.minimumLength) }
            #expect(index.hasWord(near: query) == expected, "\(query)")
        }
        #expect(index.hasWord(near: "gogle") && index.hasWord(near: "cafe") && !index.hasWord(near: "kubrenetes"))
    }

    @Test func anEmptyListHoldsNoNearWord() {
        let index = NearSpellingIndex(words: [])
        #expect(!index.hasWord(near: "google") && !index.hasWord(near: "café"))
    }
}
