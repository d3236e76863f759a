import Foundation

/// Reads a ZIP container's directory, checking every record before it is trusted.
///
/// This is the one reading of the directory: the entries it gives are the ones read
/// (`ZipContainer`). Every record is checked to lie inside the bytes: the end of
/// central directory record (and its ZIP64 form), every central entry, and every
/// entry's local header and data. Anything else is refused as a damaged container.
/// (ZIPFoundation read the directory a second time, its own way, and stopped the
/// process on offsets its reading and this one disagreed about.)
enum ZipStructure {
    /// More entries than any document has: a container this large is refused.
    static let maxEntries = 10_000

    struct Damage: Error { var reason: String }

    /// Where an entry's data stands and how it is stored, from the checked records.
    struct Entry: Sendable {
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: UInt64
        var crc32: UInt32
        var dataStart: Int
        /// Encrypted (general purpose flag bit 0, strong encryption bit 6, or WinZip's AES, method 99).
        var encrypted = false
    }

    /// The checked directory: entry names in the directory's order, and the entries by name
    /// (the first of a name wins).
    struct Directory: Sendable {
        var paths: [String] = []
        var entries: [String: Entry] = [:]
        /// Some entry is encrypted (or the directory itself is).
        var encrypted = false
    }

    /// Checks the container and returns its directory.
    static func validate(_ data: Data) throws(Damage) -> Directory {
        let result: Result<Directory, Damage> = data.withUnsafeBytes { raw in
            Result { () throws(Damage) in try validate(Bytes(raw)) }
        }
        return try result.get()
    }

    private static func validate(_ b: Bytes) throws(Damage) -> Directory {
        var directory = Directory()
        guard let eocd = b.lastIndex(of: 0x0605_4B50, minimumTail: 22, searchLimit: 22 + 65_535) else {
            throw Damage(reason: "sluttposten for den sentrale katalogen mangler (filen er avkortet eller ikke en ZIP-fil)")
        }
        var entries = Int(b.u16(eocd + 10))
        var cdSize = Int(b.u32(eocd + 12))
        var cdOffset = Int(b.u32(eocd + 16))
        if entries == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            // ZIP64: the locator stands right before the record and points at the ZIP64 record.
            let locator = eocd - 20
            guard locator >= 0, b.u32(locator) == 0x0706_4B50 else { throw Damage(reason: "en ZIP64-beholder uten lokator") }
            let record = b.u64(locator + 8)
            guard b.count >= 56, record <= UInt64(b.count - 56), b.u32(Int(record)) == 0x0606_4B50 else {
                throw Damage(reason: "ZIP64-sluttposten ligger utenfor filen")
            }
            let r = Int(record)
            (entries, cdSize, cdOffset) = (Int(clamping: b.u64(r + 32)), Int(clamping: b.u64(r + 40)), Int(clamping: b.u64(r + 48)))
        }
        guard entries <= maxEntries else { throw Damage(reason: "\(entries) oppføringer (flere enn \(maxEntries))") }
        guard cdOffset >= 0, cdSize >= 0, cdOffset <= b.count, cdSize <= b.count - cdOffset else {
            throw Damage(reason: "den sentrale katalogen ligger utenfor filen")
        }
        var p = cdOffset
        let end = cdOffset + cdSize
        for n in 0..<entries {
            guard p + 46 <= end, b.u32(p) == 0x0201_4B50 else { throw Damage(reason: "oppføring \(n + 1) i den sentrale katalogen er ødelagt") }
            let flags = b.u16(p + 8), method = b.u16(p + 10), crc = b.u32(p + 16)
            var compressed = UInt64(b.u32(p + 20)), uncompressed = UInt64(b.u32(p + 24))
            let nameLength = Int(b.u16(p + 28)), extraLength = Int(b.u16(p + 30)), commentLength = Int(b.u16(p + 32))
            var local = UInt64(b.u32(p + 42))
            let next = p + 46 + nameLength + extraLength + commentLength
            guard next <= end else { throw Damage(reason: "oppføring \(n + 1) går forbi slutten av den sentrale katalogen") }
            // ZIP64 sizes and offset in the extra field, in this order, where the 32-bit field is full.
            var q = p + 46 + nameLength
            let extraEnd = q + extraLength
            while q + 4 <= extraEnd {
                let id = b.u16(q), size = Int(b.u16(q + 2))
                guard q + 4 + size <= extraEnd else { break }
                if id == 0x0001 {
                    var f = q + 4
                    func take() -> UInt64? { guard f + 8 <= q + 4 + size else { return nil }; defer { f += 8 }; return b.u64(f) }
                    if uncompressed == 0xFFFF_FFFF { uncompressed = take() ?? uncompressed }
                    if compressed == 0xFFFF_FFFF { compressed = take() ?? compressed }
                    if local == 0xFFFF_FFFF { local = take() ?? local }
                }
                q += 4 + size
            }
            guard local <= UInt64(b.count), UInt64(b.count) - local >= 30, b.u32(Int(local)) == 0x0403_4B50 else {
                throw Damage(reason: "det lokale hodet til oppføring \(n + 1) ligger utenfor filen")
            }
            let l = Int(local)
            let localNameLength = Int(b.u16(l + 26)), localExtraLength = Int(b.u16(l + 28))
            let dataStart = UInt64(l + 30) + UInt64(localNameLength) + UInt64(localExtraLength)
            // ZIPFoundation reads by the local header's sizes where they are given (it loops
            // forever on one that runs past the end): both must fit, the central one too.
            var localCompressed = UInt64(b.u32(l + 18))
            if localCompressed == 0xFFFF_FFFF {
                var e = l + 30 + localNameLength
                let extraEnd = e + localExtraLength
                while e + 4 <= extraEnd {
                    let id = b.u16(e), size = Int(b.u16(e + 2))
                    if id == 0x0001, size >= 16 { localCompressed = b.u64(e + 12); break }
                    e += 4 + size
                }
            }
            guard dataStart <= UInt64(b.count), compressed <= UInt64(b.count) - dataStart,
                  localCompressed <= UInt64(b.count) - dataStart else {
                throw Damage(reason: "dataene til oppføring \(n + 1) går forbi slutten av filen")
            }
            if flags & 0x0008 != 0 {
                // A data descriptor follows the data. ZIPFoundation finds it by the central sizes (the
                // uncompressed one for a stored entry) and traps on a read past the end: it must fit.
                let zip64 = b.u32(p + 20) == 0xFFFF_FFFF || b.u32(p + 24) == 0xFFFF_FFFF || b.u32(p + 42) == 0xFFFF_FFFF
                let dataSize = method != 0 ? compressed : uncompressed
                guard dataSize <= UInt64(b.count) - dataStart, UInt64(zip64 ? 24 : 16) <= UInt64(b.count) - dataStart - dataSize else {
                    throw Damage(reason: "databeskrivelsen til oppføring \(n + 1) ligger utenfor filen")
                }
            }
            // Bit 13: the central directory is encrypted, its names masked.
            if flags & 0x2041 != 0 || method == 99 { directory.encrypted = true }
            let name = b.string(p + 46, nameLength)
            directory.paths.append(name)
            if directory.entries[name] == nil {
                directory.entries[name] = Entry(method: method, compressedSize: Int(compressed), uncompressedSize: uncompressed, crc32: crc, dataStart: Int(dataStart),
                                                encrypted: flags & 0x0041 != 0 || method == 99)
            }
            p = next
        }
        return directory
    }

    /// Little-endian reads that never leave the buffer (a read past the end gives 0;
    /// every offset is checked before its record is trusted).
    private struct Bytes {
        let raw: UnsafeRawBufferPointer
        init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }
        var count: Int { raw.count }
        func u8(_ i: Int) -> UInt64 { i >= 0 && i < raw.count ? UInt64(raw[i]) : 0 }
        func u16(_ i: Int) -> UInt16 { UInt16(u8(i) | u8(i + 1) << 8) }
        func u32(_ i: Int) -> UInt32 { UInt32(u8(i) | u8(i + 1) << 8 | u8(i + 2) << 16 | u8(i + 3) << 24) }
        func u64(_ i: Int) -> UInt64 { UInt64(u32(i)) | UInt64(u32(i + 4)) << 32 }
        func string(_ i: Int, _ length: Int) -> String {
            guard i >= 0, length >= 0, i + length <= raw.count else { return "" }
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[i..<(i + length)]), as: UTF8.self)
        }

        /// The last place a 4-byte signature stands, with at least `minimumTail` bytes from it to the end.
        func lastIndex(of signature: UInt32, minimumTail: Int, searchLimit: Int) -> Int? {
            guard raw.count >= minimumTail else { return nil }
            var i = raw.count - minimumTail
            let stop = max(0, raw.count - searchLimit)
            while i >= stop {
                if u32(i) == signature { return i }
                i -= 1
            }
            return nil
        }
    }
}
