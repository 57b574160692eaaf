import AdvisorCore
import Testing

struct UnifiedDiffTests {
    private let ten = (1...10).map { "line \($0)" }

    @Test func isEmptyForTheSameLines() {
        #expect(UnifiedDiff(expected: ten, actual: ten).isEmpty)
        #expect(UnifiedDiff(expected: ten, actual: ten).rendered() == "")
        #expect(UnifiedDiff(expected: [], actual: []).isEmpty)
    }

    @Test func showsAChangedLineWithThreeLinesOfContext() {
        var actual = ten
        actual[4] = "line five"
        #expect(
            UnifiedDiff(expected: ten, actual: actual).rendered() == """
                --- expected
                +++ actual
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """)
    }

    @Test func countsFromZeroWhenLinesAreAddedToAnEmptyReply() {
        #expect(UnifiedDiff(expected: [], actual: ["a", "b"]).rendered() == "--- expected\n+++ actual\n@@ -0,0 +1,2 @@\n+a\n+b")
        #expect(UnifiedDiff(expected: ["a"], actual: []).rendered() == "--- expected\n+++ actual\n@@ -1 +0,0 @@\n-a")
    }

    @Test func namesTheLineBeforeAnInsertion() {
        let diff = UnifiedDiff(expected: ["a", "b"], actual: ["a", "new", "b"], context: 0)
        #expect(diff.hunks.map(\.header) == ["@@ -1,0 +2 @@"])
    }

    @Test func splitsDistantChangesIntoHunksAndJoinsNearOnes() {
        var distant = ten
        distant[0] = "first"
        distant[9] = "last"
        #expect(UnifiedDiff(expected: ten, actual: distant).hunks.map(\.header) == ["@@ -1,4 +1,4 @@", "@@ -7,4 +7,4 @@"])
        var near = ten
        near[2] = "three"
        near[7] = "eight"
        #expect(UnifiedDiff(expected: ten, actual: near).hunks.map(\.header) == ["@@ -1,10 +1,10 @@"])
    }

    @Test func keepsTheLongestRunOfCommonLines() {
        let diff = UnifiedDiff(expected: ["a", "b", "c", "d"], actual: ["b", "c", "d", "a"], context: 0)
        #expect(diff.hunks.flatMap(\.lines) == [.removed("a"), .added("a")])
        #expect(diff.hunks.map(\.header) == ["@@ -1 +0,0 @@", "@@ -4,0 +4 @@"])
    }

    @Test func putsRemovedLinesBeforeAddedOnes() {
        let diff = UnifiedDiff(expected: ["x", "old", "y"], actual: ["x", "new", "y"], context: 1)
        #expect(diff.hunks.flatMap(\.lines) == [.context("x"), .removed("old"), .added("new"), .context("y")])
    }
}
