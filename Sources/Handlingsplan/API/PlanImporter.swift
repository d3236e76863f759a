import Foundation

/// The library's entry point: files in, plans out.
///
///     let plan = try PlanImporter().importFile(at: "seeds/000_74c0d5add16c5e1b.txt")
///     let batch = PlanImporter().importBatch(["plans/"])
public struct PlanImporter: Sendable {
    /// Maps items to areas; its lexicon is the built-in one unless a county extends it.
    public let mapper: AreaMapper

    public init(lexicon: AreaLexicon = .standard) { mapper = AreaMapper(lexicon: lexicon) }

    /// Imports one file. `path` is kept as given in `source.path`.
    public func importFile(at path: String) throws(FileImportError) -> Plan {
        let bytes: [UInt8]
        do {
            bytes = try Self.readBytes(path)
        } catch {
            throw FileImportError(path: path, reason: error)
        }
        do {
            return try importBytes(bytes, path: path)
        } catch {
            throw FileImportError(path: path, reason: error)
        }
    }

    /// Imports the bytes of one file; `path` only names it in the result.
    public func importBytes(_ bytes: [UInt8], path: String) throws(ImportError) -> Plan {
        let sha = SHA256Digest.hex(bytes)
        let (format, encoding, replaced, blocks) = try Self.blocks(of: bytes)

        let structure = Structurer.structure(blocks)
        let items = structure.items.map { draft -> Item in
            let (area, mapping) = mapper.map(text: draft.text, headingArea: draft.headingArea, headingEvidence: draft.headingEvidence, context: draft.context)
            return Item(id: draft.id, kind: draft.kind, text: draft.text, area: area, areaName: AreaMapper.name(of: area),
                        mapping: mapping, section: draft.section, parent: draft.parent, responsible: draft.responsible,
                        deadline: draft.deadline, status: draft.status, budget: draft.budget, comment: draft.comment, source: draft.source)
        }
        var diagnostics = structure.diagnostics
        if replaced > 0 {
            diagnostics.append(Diagnostic(.info, "invalid-utf8",
                "\(replaced) bytesekvens\(replaced == 1 ? "" : "er") var ikke gyldig UTF-8 og vises som «\u{FFFD}»; resten av teksten er lest som UTF-8.", at: nil))
        }
        if encoding == .windows1252 {
            diagnostics.append(Diagnostic(.info, "windows-1252", "Teksten var ikke UTF-8 og er lest som Windows-1252.", at: nil))
        }
        if items.isEmpty {
            diagnostics.append(Diagnostic(.error, "no-items", "Fant ingen mål eller tiltak i planen.", at: nil))
        }
        return Plan(source: SourceInfo(path: path, format: format, encoding: encoding, sha256: sha),
                    plan: MetadataExtractor.extract(blocks), sections: structure.sections, items: items,
                    diagnostics: diagnostics.sorted { ($0.source?.line ?? 0) < ($1.source?.line ?? 0) })
    }

    /// Format detection, decoding and the format's reader: the format-neutral blocks of a file.
    static func blocks(of bytes: [UInt8]) throws(ImportError) -> (format: InputFormat, encoding: TextEncoding?, replaced: Int, blocks: [Block]) {
        let format: InputFormat
        let blocks: [Block]
        var encoding: TextEncoding?
        var replaced = 0
        switch try FormatDetector.detect(bytes) {
        case let .text(decoded):
            let text = decoded.text
            encoding = decoded.encoding
            replaced = decoded.replaced
            let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            if lines > PlanLimits.textLines { throw .limitExceeded("\(lines) tekstlinjer (grensen per plan er \(PlanLimits.textLines))") }
            if let table = TabTableReader().read(text) {
                (format, blocks) = (.tabTable, table)
            } else {
                (format, blocks) = (.text, RunningTextReader().read(text))
            }
        case .zip:
            (format, blocks) = try OfficeDocument.readZip(Data(bytes))
        case .xml:
            (format, blocks) = try OfficeDocument.readXML(Data(bytes))
        }
        guard !blocks.isEmpty else { throw .noContent }
        try PlanLimits.check(blocks)
        return (format, encoding, replaced, blocks)
    }

    /// The blocks of a file as one line each (kind, level, position, text): what the
    /// structurer sees, for finding out why a plan was read as it was.
    public func describeBlocks(_ bytes: [UInt8]) throws(ImportError) -> String {
        let (format, _, _, blocks) = try Self.blocks(of: bytes)
        var out = "format: \(format.rawValue)\n"
        for b in blocks { out += b.debugDescription }
        return out
    }

    /// Imports every file of `paths` (folders walked, files in sorted order),
    /// `jobs` at a time. The result's order is the input order, whatever `jobs` is.
    /// `progress` is called once per file as it finishes, from any thread.
    public func importBatch(_ paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount, walk: FileWalk = FileWalk(),
                            progress: (@Sendable (_ done: Int, _ total: Int, _ path: String, _ failure: String?) -> Void)? = nil) -> Batch {
        importBatch(walked: walk.expand(paths), jobs: jobs, progress: progress)
    }

    /// The same, for files a `FileWalk` has already found (the walk is done once).
    public func importBatch(walked: FileWalk.Result, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                            progress: (@Sendable (_ done: Int, _ total: Int, _ path: String, _ failure: String?) -> Void)? = nil) -> Batch {
        let (files, missing) = (walked.files, walked.failures)
        let results = ResultBox<Result<Plan, FileImportError>>(count: files.count)
        let counter = ResultBox<Int>(count: 0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { worker in
            var i = worker
            while i < files.count {
                let outcome: Result<Plan, FileImportError> = Result { () throws(FileImportError) in try importFile(at: files[i]) }
                results.set(i, outcome)
                let done = counter.increment()
                if case let .failure(e) = outcome { progress?(done, files.count, files[i], e.reason.errorDescription) }
                else { progress?(done, files.count, files[i], nil) }
                i += max(1, min(jobs, files.count))
            }
        }
        var plans: [Plan] = []
        var failures = missing
        for outcome in results.all() {
            switch outcome {
            case let .success(plan)?: plans.append(plan)
            case let .failure(e)?: failures.append(ImportFailure(path: e.path, error: e.reason.errorDescription ?? "\(e.reason)", reason: e.reason))
            case nil: break
            }
        }
        var batch = Batch(plans: plans, failures: failures)
        batch.skipped = walked.skipped
        return batch
    }

    /// Files of `paths` in order: folders walked (plan-like files only, hidden files
    /// skipped, names sorted), missing and unreadable paths reported.
    public static func expand(_ paths: [String]) -> (files: [String], failures: [ImportFailure]) {
        let walk = FileWalk().expand(paths)
        return (walk.files, walk.failures)
    }

    /// Larger files are not plans; refusing them keeps a batch from exhausting memory.
    static let maxFileSize = PlanLimits.fileSize

    private static func readBytes(_ path: String) throws(ImportError) -> [UInt8] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound }
        guard !isDir.boolValue else { throw .unreadable("det er en mappe") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable("ingen tilgang") }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxFileSize + 1) ?? Data()
            guard data.count <= maxFileSize else { throw ImportError.unreadable("større enn \(maxFileSize / 1024 / 1024) MiB") }
            return [UInt8](data)
        } catch let e as ImportError {
            throw e
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }
}

/// Results written by index from concurrent workers.
private final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [T?]
    private var count = 0
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); values[i] = v; lock.unlock() }
    func all() -> [T?] { lock.lock(); defer { lock.unlock() }; return values }
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }
}
