/// Reads what ``ImageWriter`` wrote, in the same order; a short or malformed image throws.
struct ImageReader: ~Copyable {
    private let base: UnsafeRawBufferPointer
    private(set) var offset = 0
    /// Whether the image outlives everything read from it (the program's own, a constant): its
    /// tables are then views of it (``table(_:)``), not copies, and their contents are not scanned
    /// again (the build tool wrote them and the image tests read them back); sizes are still checked.
    let inPlace: Bool

    init(_ base: UnsafeRawBufferPointer, inPlace: Bool = false) {
        self.base = base
        self.inPlace = inPlace
    }

    var isAtEnd: Bool { offset == base.count }

    private mutating func need(_ length: Int) throws(KnowledgeImageError) {
        guard length >= 0, offset + length <= base.count else { throw .truncated(at: offset) }
    }

    mutating func byte() throws(KnowledgeImageError) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return base[offset]
    }

    mutating func bool() throws(KnowledgeImageError) -> Bool { try byte() != 0 }

    mutating func count() throws(KnowledgeImageError) -> Int {
        let value = try varint(maximumShift: 63, tooLong: "a count is too long")
        guard value <= UInt64(Int32.max) * 64 else { throw .malformed("a count is too large", at: offset) }
        return Int(value)
    }

    mutating func integer() throws(KnowledgeImageError) -> Int {
        let value = try varint(maximumShift: 70, tooLong: "a number is too long")
        return Int(Int64(bitPattern: value >> 1 ^ (0 &- (value & 1))))
    }

    /// A LEB128 number: seven bits a byte, low bits first, the high bit set on all but the last.
    private mutating func varint(maximumShift: UInt64, tooLong: String) throws(KnowledgeImageError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
            guard shift < maximumShift else { throw .malformed(tooLong, at: offset) }
        }
    }

    mutating func uint64() throws(KnowledgeImageError) -> UInt64 {
        try need(8)
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(base[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    mutating func double() throws(KnowledgeImageError) -> Double { Double(bitPattern: try uint64()) }

    mutating func word() throws(KnowledgeImageError) -> UInt32 {
        try need(4)
        let value = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        offset += 4
        return value
    }

    mutating func float() throws(KnowledgeImageError) -> Float { Float(bitPattern: try word()) }

    mutating func string() throws(KnowledgeImageError) -> String {
        let length = try count()
        try need(length)
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[offset..<offset + length]), as: UTF8.self)
    }

    mutating func strings() throws(KnowledgeImageError) -> [String] {
        let number = try count()
        var values: [String] = []
        values.reserveCapacity(number)
        for _ in 0..<number { values.append(try string()) }
        return values
    }

    /// A part written by ``ImageWriter/section(_:)``, to read on its own (it starts 8-aligned).
    mutating func section() throws(KnowledgeImageError) -> ImageReader {
        let length = try count()
        try align(8)
        try need(length)
        defer { offset += length }
        return ImageReader(UnsafeRawBufferPointer(rebasing: base[offset..<offset + length]), inPlace: inPlace)
    }

    private mutating func align(_ boundary: Int) throws(KnowledgeImageError) {
        let padding = (boundary - offset % boundary) % boundary
        try need(padding)
        offset += padding
    }

    /// The bytes of a part written by ``ImageWriter/raw(_:)``, in place (valid while the image is).
    mutating func rawInPlace() throws(KnowledgeImageError) -> UnsafeRawBufferPointer {
        let length = try count()
        try need(length)
        defer { offset += length }
        return UnsafeRawBufferPointer(rebasing: base[offset..<offset + length])
    }

    mutating func raw() throws(KnowledgeImageError) -> [UInt8] {
        let length = try count()
        try need(length)
        defer { offset += length }
        return Array(UnsafeRawBufferPointer(rebasing: base[offset..<offset + length]))
    }

    /// An array written by ``ImageWriter/words(_:)``, copied in one go (the image is in the
    /// machine's own byte order: ``KnowledgeImage`` checks that first).
    mutating func words<T: BitwiseCopyable>(_: T.Type = T.self) throws(KnowledgeImageError) -> [T] {
        precondition(MemoryLayout<T>.size == 4)
        let number = try count()
        while offset % 4 != 0 { offset += 1 }
        try need(number * 4)
        let start = offset
        offset += number * 4
        return [T](unsafeUninitializedCapacity: number) { buffer, initialised in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: base[start..<start + number * 4]))
            initialised = number
        }
    }

    mutating func floats() throws(KnowledgeImageError) -> [Float] { try words(Float.self) }

    /// An array written by ``ImageWriter/words(_:)``, as a view of the image when it is read in
    /// place (and suitably aligned in memory), else copied.
    mutating func table<T: BitwiseCopyable>(_: T.Type = T.self) throws(KnowledgeImageError) -> FlatArray<T> {
        precondition(MemoryLayout<T>.size == 4)
        guard inPlace else { return FlatArray(try words(T.self)) }
        let number = try count()
        try align(4)
        try need(number * 4)
        defer { offset += number * 4 }
        let start = base.baseAddress.map { $0 + offset }
        guard let start, Int(bitPattern: start) % MemoryLayout<T>.alignment == 0 else {
            return FlatArray(Array(UnsafeRawBufferPointer(rebasing: base[offset..<offset + number * 4]).bindMemory(to: T.self)))
        }
        return FlatArray(unowned: UnsafeBufferPointer(start: start.assumingMemoryBound(to: T.self), count: number))
    }

    /// The bytes of a part written by ``ImageWriter/raw(_:)``: a view when read in place, else a copy.
    mutating func byteTable() throws(KnowledgeImageError) -> FlatArray<UInt8> {
        guard inPlace else { return FlatArray(try raw()) }
        return FlatArray(unowned: try rawInPlace().bindMemory(to: UInt8.self))
    }
}
