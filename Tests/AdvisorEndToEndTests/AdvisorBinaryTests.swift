import Foundation
import Testing

struct AdvisorBinaryTests {
    @Test func binaryExists() {
    }
}
