import Foundation

/// Styles and numbering parsed once per distinct part in a process: many branches write
/// from the same template, and a template's styles part can be larger than the plan
/// (python-docx's is 349 KB). Keyed on the part's CRC-32 and size, and a hit is taken
/// only when the bytes are the same, so a plan never gets another part's styles.
/// At most `maxBytes` of parts are kept, oldest dropped first.
/// `HANDLINGSPLAN_NO_PART_CACHE=1` turns it off (`make bench` reports both).
final class PartCache<Value>: @unchecked Sendable {
    private struct Key: Hashable { var crc: UInt32; var size: Int }
    private let lock = NSLock()
    private var entries: [Key: (bytes: Data, value: Value)] = [:]
    private var order: [Key] = []
    private var bytes = 0
    private let maxBytes: Int
    private let enabled = ProcessInfo.processInfo.environment["HANDLINGSPLAN_NO_PART_CACHE"] != "1"

    init(maxBytes: Int = 8 << 20) { self.maxBytes = maxBytes }

    /// `crc` is the CRC-32 of `data` (the ZIP reader has checked it: not computed again here).
    func value(for data: Data, crc: UInt32, make: (Data) throws(ImportError) -> Value) throws(ImportError) -> Value {
        guard enabled, data.count <= maxBytes else { return try make(data) }
        let key = Key(crc: crc, size: data.count)
        lock.lock()
        let hit = entries[key]
        lock.unlock()
        if let hit, hit.bytes == data { return hit.value }
        let value = try make(data)
        lock.lock(); defer { lock.unlock() }
        if entries[key] == nil {
            entries[key] = (data, value)
            order.append(key)
            bytes += data.count
            while bytes > maxBytes, !order.isEmpty {
                let old = order.removeFirst()
                bytes -= entries.removeValue(forKey: old)?.bytes.count ?? 0
            }
        }
        return value
    }
}
