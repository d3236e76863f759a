import SystemZlib
import Foundation

/// A ZIP container (DOCX, ODT) read in memory.
///
/// `ZipStructure` reads and checks the directory once; the bytes of an entry are
/// inflated here, with zlib, from exactly the compressed bytes it checked: a
/// stream that has not ended when its bytes are used up, a zlib error or a wrong
/// CRC-32 is a damaged container. Every part is capped at
/// `maxPartSize` inflated bytes and all parts together at
/// `PlanLimits.inflatedTotal`, counted while inflating, whatever the headers say.
struct ZipContainer {
    static let maxPartSize = PlanLimits.inflatedPart

    private let data: Data
    /// The entries' paths, in the order of the central directory.
    let paths: [String]
    /// The checked entries by path (of two with one path, the first).
    private let index: [String: ZipStructure.Entry]
    /// Some entry is encrypted (a password-protected container): a part that is missing or
    /// unreadable is reported as encrypted, not as missing.
    let isEncrypted: Bool
    /// Bytes inflated from this container so far, all parts together.
    private let inflated = Counter()
    private final class Counter: @unchecked Sendable { var bytes = 0 }

    init(_ data: Data) throws(ImportError) {
        let directory: ZipStructure.Directory
        do { directory = try ZipStructure.validate(data) } catch {
            throw .damaged("ZIP-beholderen er skadet: \(error.reason)")
        }
        paths = directory.paths
        index = directory.entries
        isEncrypted = directory.encrypted
        self.data = data
    }

    func contains(_ path: String) -> Bool { index[path] != nil }

    /// The inflated bytes of a part, or nil if there is none.
    func read(_ path: String) throws(ImportError) -> Data? { try readPart(path)?.data }

    /// The inflated bytes of a part and their CRC-32 (checked against the container's), or nil.
    func readPart(_ path: String) throws(ImportError) -> (data: Data, crc: UInt32)? {
        guard let entry = index[path] else { return nil }
        if entry.encrypted { throw .encrypted("\(ImportError.quoted(path)) i ZIP-beholderen er kryptert") }
        if entry.uncompressedSize > UInt64(Self.maxPartSize) {
            throw .limitExceeded("\(ImportError.quoted(path)) ville pakkes ut til \(entry.uncompressedSize) byte (grensen er \(Self.maxPartSize))")
        }
        let out: Data
        switch entry.method {
        case 0: out = data.subdata(in: entry.dataStart..<(entry.dataStart + entry.compressedSize))
        case 8: out = try inflate(entry, path)
        default: throw .damaged("\(ImportError.quoted(path)) er pakket med en ukjent metode (\(entry.method))")
        }
        inflated.bytes += out.count
        if out.count > Self.maxPartSize { throw .limitExceeded("\(ImportError.quoted(path)) pakkes ut til mer enn \(Self.maxPartSize) byte") }
        if inflated.bytes > PlanLimits.inflatedTotal {
            throw .limitExceeded("delene som leses, pakkes ut til mer enn \(PlanLimits.inflatedTotal) byte til sammen")
        }
        let crc = out.withUnsafeBytes { raw -> UInt32 in
            guard let base = raw.baseAddress else { return 0 }
            return UInt32(crc32(0, base.assumingMemoryBound(to: Bytef.self), uInt(raw.count)))
        }
        guard crc == entry.crc32 else { throw .damaged("\(ImportError.quoted(path)) i ZIP-beholderen er skadet (feil kontrollsum)") }
        return (out, crc)
    }

    /// Raw deflate, from the entry's compressed bytes only, with the output capped.
    private func inflate(_ entry: ZipStructure.Entry, _ path: String) throws(ImportError) -> Data {
        enum Outcome { case done(Data), damaged(String), tooLarge }
        let limit = min(Self.maxPartSize, PlanLimits.inflatedTotal - inflated.bytes) + 1
        let outcome: Outcome = data.withUnsafeBytes { raw in
            var stream = z_stream()
            guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                return .damaged("zlib kunne ikke starte")
            }
            defer { inflateEnd(&stream) }
            let input = raw.baseAddress!.assumingMemoryBound(to: Bytef.self) + entry.dataStart
            stream.next_in = UnsafeMutablePointer(mutating: input)
            stream.avail_in = uInt(entry.compressedSize)
            var out = Data()
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let (status, produced): (Int32, Int) = buffer.withUnsafeMutableBytes { b in
                    stream.next_out = b.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.avail_out = uInt(b.count)
                    let status = SystemZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, b.count - Int(stream.avail_out))
                }
                out.append(contentsOf: buffer[0..<produced])
                if out.count > limit { return .tooLarge }
                switch status {
                case Z_STREAM_END: return .done(out)
                case Z_OK: continue
                case Z_BUF_ERROR where produced == 0:
                    // No input left and no output made: the stream stops before its end.
                    return .damaged("de pakkede dataene slutter for tidlig")
                case Z_BUF_ERROR: continue
                default: return .damaged(stream.msg.map { String(cString: $0) } ?? "zlib-feil \(status)")
                }
            }
        }
        switch outcome {
        case let .done(out): return out
        case .tooLarge: throw .limitExceeded("\(ImportError.quoted(path)) pakkes ut til mer enn \(Self.maxPartSize) byte, eller delene til sammen mer enn \(PlanLimits.inflatedTotal)")
        case let .damaged(why): throw .damaged("\(ImportError.quoted(path)) i ZIP-beholderen er skadet (\(why))")
        }
    }
}
