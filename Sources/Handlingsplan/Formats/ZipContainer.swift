import Foundation
import ZIPFoundation

/// A ZIP container (DOCX, ODT) read in memory. Every part read is capped at
/// `maxPartSize` of *inflated* bytes, counted while inflating, so a ZIP bomb
/// is refused whatever size its header declares.
struct ZipContainer {
    static let maxPartSize = PlanLimits.inflatedPart

    private let archive: Archive
    /// Bytes inflated from this container so far, all parts together.
    private let inflated = Counter()
    private final class Counter: @unchecked Sendable { var bytes = 0 }

    init(_ data: Data) throws(ImportError) {
        // ZIPFoundation traps on offsets past the end of the data: check them first.
        do { try ZipStructure.validate(data) } catch {
            throw .damaged("ZIP-beholderen er skadet: \(error.reason)")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .damaged("ZIP-beholderen er skadet eller avkortet (\(error))")
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The inflated bytes of a part, or nil if there is none.
    func read(_ path: String) throws(ImportError) -> Data? {
        guard let entry = archive[path] else { return nil }
        if entry.uncompressedSize > UInt64(Self.maxPartSize) {
            throw .limitExceeded("\(path) ville pakkes ut til \(entry.uncompressedSize) byte (grensen er \(Self.maxPartSize))")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                // The declared size may lie: count what really comes out.
                if data.count > Self.maxPartSize { throw LimitReached() }
                inflated.bytes += chunk.count
                if inflated.bytes > PlanLimits.inflatedTotal { throw TotalReached() }
            }
        } catch is LimitReached {
            throw .limitExceeded("\(path) pakkes ut til mer enn \(Self.maxPartSize) byte")
        } catch is TotalReached {
            throw .limitExceeded("delene som leses, pakkes ut til mer enn \(PlanLimits.inflatedTotal) byte til sammen")
        } catch {
            throw .damaged("\(path) kan ikke leses fra ZIP-beholderen (\(error))")
        }
        return data
    }

    private struct LimitReached: Error {}
    private struct TotalReached: Error {}
}
