/// A line diff of an expected text against an actual one, shown as unified-diff hunks.
///
/// The edit script is a longest common subsequence of lines (after removing the common
/// prefix and suffix, which keeps the table small for replies that differ in a few lines);
/// the hunks carry `context` unchanged lines around each change, like `diff -u`.
public struct UnifiedDiff: Hashable, Sendable, CustomStringConvertible {
    /// One line of a hunk.
    public enum Line: Hashable, Sendable {
        case context(String)
        case removed(String)
        case added(String)
    }

    /// A run of changes with the unchanged lines around them.
    public struct Hunk: Hashable, Sendable {
        /// 1-based first line in the expected text (the line before, when `expectedCount` is 0).
        public var expectedStart: Int
        public var expectedCount: Int
        public var actualStart: Int
        public var actualCount: Int
        public var lines: [Line]

        /// `@@ -3,4 +3,5 @@`
        public var header: String {
            "@@ -\(Self.range(expectedStart, expectedCount)) +\(Self.range(actualStart, actualCount)) @@"
        }

        private static func range(_ start: Int, _ count: Int) -> String {
            count == 1 ? "\(start)" : "\(start),\(count)"
        }
    }

    public let hunks: [Hunk]

    /// Whether the texts are the same.
    public var isEmpty: Bool { hunks.isEmpty }

    public init(expected: [String], actual: [String], context: Int = 3) {
        let script = Self.editScript(expected, actual)
        hunks = Self.hunks(of: script, context: max(0, context))
    }

    /// The hunks under `--- expected` / `+++ actual` headers; empty when there is no difference.
    public func rendered(expectedLabel: String = "expected", actualLabel: String = "actual") -> String {
        guard !isEmpty else { return "" }
        var lines = ["--- \(expectedLabel)", "+++ \(actualLabel)"]
        for hunk in hunks {
            lines.append(hunk.header)
            for line in hunk.lines {
                switch line {
                case let .context(text): lines.append(" " + text)
                case let .removed(text): lines.append("-" + text)
                case let .added(text): lines.append("+" + text)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    public var description: String { rendered() }

    /// One step of the edit script with the number of expected and actual lines before it.
    private struct Step {
        var line: Line
        var expectedBefore: Int
        var actualBefore: Int
        var isChange: Bool {
            if case .context = line { false } else { true }
        }
    }

    private static func editScript(_ old: [String], _ new: [String]) -> [Step] {
        let prefix = zip(old, new).prefix(while: { $0 == $1 }).count
        let suffix = zip(old[prefix...].reversed(), new[prefix...].reversed()).prefix(while: { $0 == $1 }).count
        let a = Array(old[prefix..<(old.count - suffix)]), b = Array(new[prefix..<(new.count - suffix)])
        // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var steps: [Step] = []
        var i = 0, j = 0
        func add(_ line: Line) {
            steps.append(Step(line: line, expectedBefore: prefix + i, actualBefore: prefix + j))
        }
        for index in 0..<prefix {
            steps.append(Step(line: .context(old[index]), expectedBefore: index, actualBefore: index))
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                add(.context(a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] > lcs[i + 1][j] {
                add(.added(b[j])); j += 1
            } else {
                add(.removed(a[i])); i += 1
            }
        }
        for index in 0..<suffix {
            steps.append(
                Step(
                    line: .context(old[old.count - suffix + index]),
                    expectedBefore: old.count - suffix + index, actualBefore: new.count - suffix + index))
        }
        return steps
    }

    private static func hunks(of steps: [Step], context: Int) -> [Hunk] {
        var ranges: [Range<Int>] = []
        for (index, step) in steps.enumerated() where step.isChange {
            let range = max(0, index - context)..<min(steps.count, index + context + 1)
            if let last = ranges.last, last.upperBound >= range.lowerBound {
                ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
            } else {
                ranges.append(range)
            }
        }
        return ranges.map { range in
            let slice = steps[range]
            let expectedCount = slice.filter { if case .added = $0.line { false } else { true } }.count
            let actualCount = slice.filter { if case .removed = $0.line { false } else { true } }.count
            let first = slice.first!
            return Hunk(
                expectedStart: first.expectedBefore + (expectedCount == 0 ? 0 : 1), expectedCount: expectedCount,
                actualStart: first.actualBefore + (actualCount == 0 ? 0 : 1), actualCount: actualCount,
                lines: slice.map(\.line))
        }
    }
}
