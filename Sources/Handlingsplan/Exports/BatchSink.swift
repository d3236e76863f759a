import Foundation

/// Where the plans of an import go, one by one in input order: a batch's JSON or CSV
/// (`BatchOutput`), a file per plan (`DirectoryOutput`), the workbook (`WorkbookOutput`), the
/// report (`ReportOutput`). `PlanImporter.importBatch(walked:jobs:into:)` feeds any of them.
///
/// `render` is pure and runs on the importer's workers (a plan's bytes, say); `add` and
/// `finish` run in input order on the calling thread. Nothing is put in place before `finish`.
public protocol BatchSink: AnyObject {
    associatedtype Rendered: Sendable
    var render: @Sendable (Plan) -> Rendered { get }
    func add(_ rendered: Rendered) throws
    /// The files that could not be imported, then the output completed and put in place.
    func finish(failures: [ImportFailure]) throws
}

extension BatchSink {
    /// One plan rendered and added here (standard input: there is no worker to render it).
    public func add(plan: Plan) throws { try add(render(plan)) }
}

/// `--output-dir`: one file per input plan, named after it (".json" or ".csv"), each written
/// atomically as it comes. Two inputs with the same name (a/plan.txt, b/plan.txt) become
/// plan.json and plan-2.json.
public final class DirectoryOutput: BatchSink {
    private let folder: String
    private let format: BatchOutput.Format
    private var used: Set<String> = []

    public init(folder: String, format: BatchOutput.Format) {
        self.folder = folder
        self.format = format
    }

    public var render: @Sendable (Plan) -> (bytes: [UInt8], path: String) {
        { [format] plan in (BatchOutput.render(plan, as: format, single: true), plan.source.path) }
    }

    public func add(_ rendered: (bytes: [UInt8], path: String)) throws {
        let base = URL(fileURLWithPath: rendered.path).deletingPathExtension().lastPathComponent
        var name = base, n = 1
        while used.contains(name) { n += 1; name = "\(base)-\(n)" }
        used.insert(name)
        var bytes = rendered.bytes
        var ext = "json"
        if case let .csv(dialect) = format { bytes = CSVExport.header(dialect) + bytes; ext = "csv" }
        try AtomicFile.write(Data(bytes), to: folder + "/" + name + "." + ext)
    }

    public func finish(failures: [ImportFailure]) throws {}
}
