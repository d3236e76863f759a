import Foundation
import ZIPFoundation

/// A ZIP container (DOCX, ODT) read in memory. Every part read is capped at
/// `maxPartSize` of *inflated* bytes, counted while inflating, so a ZIP bomb
/// is refused whatever size its header declares.
struct ZipContainer {
    static let maxPartSize = 32 * 1024 * 1024

    private let archive: Archive

    init(_ data: Data) throws(ImportError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .damaged("the ZIP container is damaged or cut off (\(error))")
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The inflated bytes of a part, or nil if there is none.
    func read(_ path: String) throws(ImportError) -> Data? {
        guard let entry = archive[path] else { return nil }
        if entry.uncompressedSize > UInt64(Self.maxPartSize) {
            throw .limitExceeded("\(path) would inflate to \(entry.uncompressedSize) bytes (the limit is \(Self.maxPartSize))")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                // The declared size may lie: count what really comes out.
                if data.count > Self.maxPartSize { throw LimitReached() }
            }
        } catch is LimitReached {
            throw .limitExceeded("\(path) inflates past \(Self.maxPartSize) bytes")
        } catch {
            throw .damaged("\(path) cannot be read from the ZIP container (\(error))")
        }
        return data
    }

    private struct LimitReached: Error {}
}
