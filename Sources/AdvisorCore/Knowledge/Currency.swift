/// A currency people are paid in, and the ways they write it (`Knowledge/currencies.yaml`).
public struct Currency: Hashable, Codable, Sendable, Identifiable {
    /// The ISO 4217 code: "USD", "PKR".
    public var id: String
    /// What replies call it: "Pakistani rupees".
    public var name: String
    /// Signs written next to a number: "£", "₹".
    public var symbols: [String]
    /// Lower-case words and phrases that name it: "pkr", "euros".
    public var words: [String]

    public init(id: String, name: String, symbols: [String] = [], words: [String] = []) {
        self.id = id
        self.name = name
        self.symbols = symbols
        self.words = words
    }

    /// The currency of every figure in the articles.
    public static let usDollars = "USD"
}
