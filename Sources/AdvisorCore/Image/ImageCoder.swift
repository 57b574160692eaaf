/// A compact positional `Codable` format for the knowledge model in a ``KnowledgeImage``.
///
/// Keys are not written: a keyed container's values follow each other in the order the type's
/// `encode(to:)` writes them, which is the order its `init(from:)` reads them (synthesised
/// conformances use declaration order). An optional is a presence byte and its value; an array
/// is its count and its elements. Dictionaries are not supported (the model has none).
enum ImageCoder {
    static func encode<T: Encodable>(_ value: T, into writer: inout ImageWriter) throws {
        let sink = Sink()
        try sink.write(value)
        writer.raw(sink.writer.bytes)
    }

    static func decode<T: Decodable>(_: T.Type, from reader: inout ImageReader) throws -> T {
        let source = Source(try reader.section())
        return try source.read(T.self)
    }
}

private protocol ImageEncodableArray {
    func writeElements(to sink: ImageCoder.Sink) throws
}

extension Array: ImageEncodableArray where Element: Encodable {
    fileprivate func writeElements(to sink: ImageCoder.Sink) throws {
        sink.writer.count(count)
        for element in self { try sink.write(element) }
    }
}

extension ImageCoder {
    fileprivate final class Sink: Encoder {
        var writer = ImageWriter()
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func write<T: Encodable>(_ value: T) throws {
            switch value {
            case let value as String: writer.string(value)
            case let value as Int: writer.integer(value)
            case let value as Bool: writer.bool(value)
            case let value as Double: writer.double(value)
            case let value as Float: writer.float(value)
            case let value as any ImageEncodableArray: try value.writeElements(to: self)
            default: try value.encode(to: self)
            }
        }

        func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Keyed(sink: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(sink: self) }
        func singleValueContainer() -> any SingleValueEncodingContainer { Unkeyed(sink: self) }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil(forKey _: Key) throws { sink.writer.bool(false) }
        mutating func encode<T: Encodable>(_ value: T, forKey _: Key) throws { try sink.write(value) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey _: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try writeOptional(value) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try writeOptional(value) }

        private func writeOptional<T: Encodable>(_ value: T?) throws {
            sink.writer.bool(value != nil)
            if let value { try sink.write(value) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey _: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(sink: sink))
        }
        mutating func nestedUnkeyedContainer(forKey _: Key) -> any UnkeyedEncodingContainer { Unkeyed(sink: sink) }
        mutating func superEncoder() -> any Encoder { sink }
        mutating func superEncoder(forKey _: Key) -> any Encoder { sink }
    }

    /// Single values (a raw-value enum) and, should a type write one by hand, a sequence without
    /// a count: only arrays, counted by ``ImageEncodableArray``, are read back as sequences.
    private struct Unkeyed: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }
        mutating func encodeNil() throws { sink.writer.bool(false) }
        mutating func encode<T: Encodable>(_ value: T) throws { try sink.write(value) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(sink: sink))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder() -> any Encoder { sink }
    }

    /// Reads without a dynamic cast: synthesised conformances call the concrete `decode(String.self…)`
    /// requirements for primitives, arrays read their elements through ``unkeyedContainer()`` (the
    /// count first), and everything else through its own `init(from:)`.
    fileprivate final class Source: Decoder {
        var reader: ImageReader
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(_ reader: consuming ImageReader) { self.reader = reader }

        func read<T: Decodable>(_: T.Type) throws -> T { try T(from: self) }

        func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(KeyedReader(source: self))
        }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try UnkeyedReader(source: self) }
        func singleValueContainer() -> any SingleValueDecodingContainer { SingleReader(source: self) }
    }

    private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let source: Source
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }
        func contains(_: Key) -> Bool { true }
        /// Reads an optional's presence byte: nil when the value is absent.
        func decodeNil(forKey _: Key) throws -> Bool { try !source.reader.bool() }
        func decode(_: String.Type, forKey _: Key) throws -> String { try source.reader.string() }
        func decode(_: Int.Type, forKey _: Key) throws -> Int { try source.reader.integer() }
        func decode(_: Bool.Type, forKey _: Key) throws -> Bool { try source.reader.bool() }
        func decode(_: Double.Type, forKey _: Key) throws -> Double { try source.reader.double() }
        func decode(_: Float.Type, forKey _: Key) throws -> Float { try source.reader.float() }
        func decode<T: Decodable>(_: T.Type, forKey _: Key) throws -> T { try T(from: source) }
        func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey _: Key) -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(KeyedReader<NestedKey>(source: source))
        }
        func nestedUnkeyedContainer(forKey _: Key) throws -> any UnkeyedDecodingContainer { try source.unkeyedContainer() }
        func superDecoder() -> any Decoder { source }
        func superDecoder(forKey _: Key) -> any Decoder { source }
    }

    /// An array's elements: its count, then each element.
    private struct UnkeyedReader: UnkeyedDecodingContainer {
        let source: Source
        let count: Int?
        private(set) var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= count! }

        init(source: Source) throws {
            self.source = source
            count = try source.reader.count()
        }

        mutating func decodeNil() throws -> Bool { try !source.reader.bool() }
        mutating func decode(_: String.Type) throws -> String {
            currentIndex += 1
            return try source.reader.string()
        }
        mutating func decode<T: Decodable>(_: T.Type) throws -> T {
            currentIndex += 1
            return try T(from: source)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(KeyedReader<NestedKey>(source: source))
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try source.unkeyedContainer() }
        mutating func superDecoder() -> any Decoder { source }
    }

    private struct SingleReader: SingleValueDecodingContainer {
        let source: Source
        var codingPath: [any CodingKey] { [] }
        func decodeNil() -> Bool { (try? !source.reader.bool()) ?? true }
        func decode(_: String.Type) throws -> String { try source.reader.string() }
        func decode(_: Int.Type) throws -> Int { try source.reader.integer() }
        func decode(_: Bool.Type) throws -> Bool { try source.reader.bool() }
        func decode(_: Double.Type) throws -> Double { try source.reader.double() }
        func decode<T: Decodable>(_: T.Type) throws -> T { try T(from: source) }
    }
}
