/// An immutable array of plain numbers that is either its own (built at start, or copied out of
/// an image) or a view of a ``KnowledgeImage`` that outlives the program's use of it (the image
/// compiled into the binary is a constant): the tables are then read in place, with no copy and
/// no page of them touched until a query needs it.
///
/// Reads go through one pointer whichever it is; `owner` only keeps an own array's storage alive
/// (the pointer is into it and the array is never mutated).
struct FlatArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    private let owner: [Element]
    private let base: UnsafeBufferPointer<Element>

    init(_ elements: [Element]) {
        owner = elements
        base = owner.withUnsafeBufferPointer { $0 }
    }

    /// A view of memory that stays valid and unchanged for as long as the array is used.
    init(unowned base: UnsafeBufferPointer<Element>) {
        owner = []
        self.base = base
    }

    var startIndex: Int { 0 }
    var endIndex: Int { base.count }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < base.count, "index out of range")
        return base[position]
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R { try body(base) }
}
