/// Appends values to a knowledge image (``KnowledgeImage``): little-endian fixed-width numbers,
/// LEB128 lengths, UTF-8 strings, and whole arrays of 32-bit numbers copied as they are.
struct ImageWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// An unsigned LEB128 number (lengths, counts, small ids).
    mutating func count(_ value: Int) {
        precondition(value >= 0, "counts are never negative")
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A signed number, zig-zag encoded.
    mutating func integer(_ value: Int) {
        let zigzag = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        var rest = zigzag
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func uint64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func double(_ value: Double) { uint64(value.bitPattern) }

    mutating func float(_ value: Float) { word(value.bitPattern) }

    mutating func word(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func string(_ value: String) {
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    /// A part of the image with its length first, so that a reader can take it as a whole
    /// (``ImageReader/section()``). It starts 8-aligned and alignment inside it is relative to
    /// its start, so that an image at an 8-aligned address has its arrays aligned in memory.
    mutating func section(_ body: (inout ImageWriter) throws -> Void) rethrows {
        var part = ImageWriter()
        try body(&part)
        count(part.bytes.count)
        while bytes.count % 8 != 0 { bytes.append(0) }
        bytes.append(contentsOf: part.bytes)
    }

    mutating func raw(_ values: some Collection<UInt8>) {
        count(values.count)
        bytes.append(contentsOf: values)
    }

    /// An array of 32-bit values, aligned to 4 bytes in the image so that reading it is one copy.
    mutating func words<T: FixedWidthInteger>(_ values: some Collection<T>) {
        precondition(T.bitWidth == 32)
        count(values.count)
        while bytes.count % 4 != 0 { bytes.append(0) }
        for value in values { word(UInt32(truncatingIfNeeded: value)) }
    }

    mutating func floats(_ values: some Collection<Float>) { words(values.map(\.bitPattern)) }
}
