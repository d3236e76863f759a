import Foundation

/// A batch's JSON or CSV written plan by plan, as plans are imported, so that memory
/// does not grow with the number of plans. The bytes are exactly those of
/// `JSONExport.encode(batch)` and `CSVExport.encode(plans)`.
///
/// `render` is pure and may run on any thread (the importer's workers call it);
/// `add` and `finish` are called in input order on one thread.
public final class BatchOutput {
    public enum Format: Sendable {
        case json
        case csv(CSVExport.Dialect)
    }

    private let format: Format
    /// One plan object rather than a batch (one input file).
    private let single: Bool
    private let writer: AtomicFile.Writer
    private var count = 0
    /// The plans' JSON until the failures, which come first, are known.
    private var spool: UnsafeMutablePointer<FILE>?

    public init(format: Format, single: Bool, writer: AtomicFile.Writer) {
        self.format = format
        self.single = single
        self.writer = writer
    }

    deinit { if let spool { fclose(spool) } }

    /// A plan's bytes in this output (without what depends on its place: a comma before it).
    public static func render(_ plan: Plan, as format: Format, single: Bool) -> [UInt8] {
        switch format {
        case .json:
            if single { return JSONExport.planDocument(plan) }
            var w = JSONWriter(depth: 2)
            w.plan(plan)
            return w.bytes
        case let .csv(dialect):
            return CSVExport.rows(plan, dialect: dialect)
        }
    }

    public func add(_ rendered: [UInt8]) throws(AtomicFile.Failure) {
        defer { count += 1 }
        switch format {
        case .json where single:
            try writer.write(rendered)
        case .json:
            try spoolWrite(Array((count == 0 ? "    " : ",\n    ").utf8))
            try spoolWrite(rendered)
        case let .csv(dialect):
            if count == 0 { try writer.write(CSVExport.header(dialect)) }
            try writer.write(rendered)
        }
    }

    /// The end of the output, then the file put in place.
    public func finish(failures: [ImportFailure]) throws(AtomicFile.Failure) {
        switch format {
        case .json where single:
            break
        case .json:
            try writer.write(JSONExport.batchHead(failures: failures))
            if let spool {
                rewind(spool)
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                while true {
                    let n = fread(&chunk, 1, chunk.count, spool)
                    if n > 0 { try writer.write(Array(chunk[..<n])) }
                    if n < chunk.count { break }
                }
                if ferror(spool) != 0 { throw AtomicFile.Failure(path: writer.path, reason: "kan ikke lese mellomlageret") }
            }
            try writer.write(JSONExport.batchTail)
        case let .csv(dialect):
            if count == 0 { try writer.write(CSVExport.header(dialect)) }
        }
        try writer.commit()
    }

    private func spoolWrite(_ bytes: [UInt8]) throws(AtomicFile.Failure) {
        if spool == nil {
            spool = tmpfile()
            guard spool != nil else { throw AtomicFile.Failure(path: writer.path, reason: "kan ikke lage et mellomlager: \(String(cString: strerror(errno)))") }
        }
        guard fwrite(bytes, 1, bytes.count, spool) == bytes.count else {
            throw AtomicFile.Failure(path: writer.path, reason: "kan ikke skrive mellomlageret: \(String(cString: strerror(errno)))")
        }
    }
}
