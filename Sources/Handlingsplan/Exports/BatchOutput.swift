import Foundation

/// A batch's JSON or CSV written plan by plan, as plans are imported, so that memory
/// does not grow with the number of plans. The bytes are exactly those of
/// `JSONExport.encode(batch)` and `CSVExport.encode(plans)`.
///
/// A `BatchSink`: `render` runs on the importer's workers, `add` and `finish` in order.
public final class BatchOutput: BatchSink {
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
    private let spool: Spool

    public init(format: Format, single: Bool, writer: AtomicFile.Writer) {
        self.format = format
        self.single = single
        self.writer = writer
        spool = Spool(for: writer)
    }

    public var render: @Sendable (Plan) -> [UInt8] {
        { [format, single] plan in Self.render(plan, as: format, single: single) }
    }

    /// A plan's bytes in this output (without what depends on its place: a comma before it).
    public static func render(_ plan: Plan, as format: Format, single: Bool) -> [UInt8] {
        switch format {
        case .json:
            return single ? JSONExport.planDocument(plan) : JSONExport.batchPlan(plan)
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
            try spool.write(Array((count == 0 ? "    " : ",\n    ").utf8))
            try spool.write(rendered)
        case let .csv(dialect):
            if count == 0 { try writer.write(CSVExport.header(dialect)) }
            try writer.write(rendered)
        }
    }

    /// The end of the output, then the file put in place.
    public func finish(_ outcome: BatchOutcome) throws(AtomicFile.Failure) {
        switch format {
        case .json where single:
            break
        case .json:
            try writer.write(JSONExport.batchHead(outcome))
            try spool.copy(to: writer)
            try writer.write(JSONExport.batchTail(versions: outcome.versions))
        case let .csv(dialect):
            if count == 0 { try writer.write(CSVExport.header(dialect)) }
        }
        try writer.commit()
    }
}
