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
    /// The files that could not be imported, the copies left out and the versions kept, then
    /// the output completed and put in place.
    func finish(_ outcome: BatchOutcome) throws
}

extension BatchSink {
    /// A batch with failures only (no copies or versions).
    public func finish(failures: [ImportFailure]) throws { try finish(BatchOutcome(failures: failures)) }

    /// One plan rendered and added here (standard input: there is no worker to render it).
    public func add(plan: Plan) throws { try add(render(plan)) }
}

/// `--output-dir`: one file per input plan, named after it (".json" or ".csv"), each written
/// atomically as it comes. Two inputs with the same name (a/plan.txt, b/plan.txt) become
/// plan.json and plan-2.json; standard input ("-") becomes stdin.json.
///
/// An output never replaces one of the inputs (`import x.json --output-dir .` would read the
/// plan and then write its JSON over it): the command line refuses such a folder before
/// importing (`firstInputReplaced`), and `add` refuses to write over an input in any case
/// (a name made unique, plan-2.json, can meet an input too). Files are compared by identity
/// (device and inode), not by how their paths are spelt.
public final class DirectoryOutput: BatchSink {
    private let folder: String
    private let format: BatchOutput.Format
    private let inputs: [String]
    /// The inputs' identities, found when a target first exists (a new folder stats no input).
    private var inputIdentities: Set<AtomicFile.Identity>?
    private var used: Set<String> = []
    /// Inputs whose output took another name than their own (a second plan.txt → plan-2.json):
    /// the summary lists them.
    public private(set) var renamed: [(input: String, output: String)] = []

    public init(folder: String, format: BatchOutput.Format, inputs: [String] = []) {
        self.folder = folder
        self.format = format
        self.inputs = inputs
    }

    public var render: @Sendable (Plan) -> (bytes: [UInt8], path: String) {
        { [format] plan in (BatchOutput.render(plan, as: format, single: true), plan.source.path) }
    }

    /// An input's output name without its extension: the input's name without its own.
    static func baseName(of input: String) -> String {
        input == "-" ? "stdin" : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
    }

    static func fileExtension(_ format: BatchOutput.Format) -> String {
        if case .csv = format { return "csv" }
        return "json"
    }

    /// The first input whose output (by its own name) in `folder` would be one of `inputs`:
    /// (that output, the input it is); nil when none. Each input is stated once, and only when
    /// some target exists.
    public static func firstInputReplaced(folder: String, format: BatchOutput.Format, inputs: [String]) -> (output: String, input: String)? {
        var identities: [AtomicFile.Identity: String]?
        for input in inputs {
            let target = folder + "/" + baseName(of: input) + "." + fileExtension(format)
            guard let t = AtomicFile.identity(of: target) else { continue }
            if identities == nil {
                identities = [:]
                for other in inputs { if let id = AtomicFile.identity(of: other) { identities![id] = identities![id] ?? other } }
            }
            if let replaced = identities![t] { return (target, replaced) }
        }
        return nil
    }

    public func add(_ rendered: (bytes: [UInt8], path: String)) throws {
        let base = Self.baseName(of: rendered.path)
        var name = base, n = 1
        while used.contains(name) { n += 1; name = "\(base)-\(n)" }
        used.insert(name)
        if name != base { renamed.append((rendered.path, name + "." + Self.fileExtension(format))) }
        var bytes = rendered.bytes
        if case let .csv(dialect) = format { bytes = CSVExport.header(dialect) + bytes }
        let target = folder + "/" + name + "." + Self.fileExtension(format)
        if let t = AtomicFile.identity(of: target) {
            if inputIdentities == nil { inputIdentities = Set(inputs.compactMap(AtomicFile.identity(of:))) }
            if inputIdentities!.contains(t) {
                throw AtomicFile.Failure(path: target, reason: "filen er en av inndatafilene (\(rendered.path) ville erstattet den); velg en annen --output-dir")
            }
        }
        try AtomicFile.write(Data(bytes), to: target)
    }

    public func finish(_ outcome: BatchOutcome) throws {}
}
