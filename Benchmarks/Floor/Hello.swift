// The floor for the cold-start benchmark: the cheapest Foundation program, built like the
// advisor (`swiftc -O`), so that `advisor ask` is compared with what any Swift tool pays to start.
import Foundation

FileHandle.standardOutput.write(Data("Hello, world\n".utf8))
