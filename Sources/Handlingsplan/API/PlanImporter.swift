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
        try importFile(at: path, bytes: nil)
    }

    /// Imports one file, opened by `rawPath` where its name is not UTF-8 (`path` shows it).
    func importFile(at path: String, bytes rawPath: [UInt8]?) throws(FileImportError) -> Plan {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(bytes: rawPath ?? Array(path.utf8))
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
        try PlanLimits.check(items: structure.items)
        let items = structure.items.map { draft -> Item in
            let (area, mapping) = mapper.map(text: draft.text, headingArea: draft.headingArea, headingEvidence: draft.headingEvidence,
                                             column: draft.columnArea, context: draft.context)
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
                    diagnostics: diagnostics.sorted { ($0.source?.page ?? 0, $0.source?.line ?? 0) < ($1.source?.page ?? 0, $1.source?.line ?? 0) })
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
            var copy = text
            // Counted without a branch, so that the loop is vectorised (a reduce was 9 instructions a byte).
            let lines = copy.withUTF8 { bytes in
                var n = 1
                for b in bytes { n &+= b == 0x0A ? 1 : 0 }
                return n
            }
            if lines > PlanLimits.textLines { throw .limitExceeded("\(lines) tekstlinjer (grensen per plan er \(PlanLimits.textLines))") }
            if copy.utf8.count > PlanLimits.textBytes { throw PlanLimits.tooMuchText }
            if let table = TabTableReader().read(text) {
                (format, blocks) = (.tabTable, table)
            } else if let table = DelimitedTextReader().read(text) {
                (format, blocks) = (.csv, table)
            } else {
                (format, blocks) = (.text, RunningTextReader().read(text))
            }
        case .zip:
            let (zipFormat, read) = try OfficeDocument.readZip(Data(bytes))
            (format, blocks) = (zipFormat, MarkerInventory.relist(read))
        case .xml:
            let (xmlFormat, read) = try OfficeDocument.readXML(Data(bytes))
            (format, blocks) = (xmlFormat, MarkerInventory.relist(read))
        case .pdf:
            (format, blocks) = (.pdf, MarkerInventory.relist(try PDFReader.read(bytes)))
        }
        guard !blocks.isEmpty else { throw .noContent }
        try PlanLimits.check(blocks)
        // Whatever the format, the shapes a document shows (Blocks/), in this order, so that
        // `blocks` shows what the structurer reads.
        return (format, encoding, replaced, Self.shapePasses.reduce(blocks) { $1($0) })
    }

    /// The passes that read a document's shape into blocks, first to last: footnote numbers
    /// glued to words and their notes (text from PDFs), list markers in paragraphs of their own, a key
    /// of the document's own marks,
    /// tables in two languages cell by cell, columns laid out by
    /// tab stops, outlines made by indentation alone, paragraphs numbered in roman numerals, bold goals run into
    /// their measures, category tags, notes under a table that explain a mark in its cells, items numbered under a label of the document's own (a decision
    /// record's "Vedtak 6.1.1:"), questions answered by points, lists inside a paragraph, fields marked by symbols,
    /// records typed as labelled lines ("Kva:" / "Kven:" / "Når:") or as label/value tables,
    /// matrices of areas by column, tables used as page grids, lead-ins repeated in every
    /// section, outlines made by paragraph
    /// styles, documents of headings alone, goals written as sub-headings, points run in
    /// under topics, goals set over their tables of measures.
    static let shapePasses: [@Sendable ([Block]) -> [Block]] = [
        FootnoteMarks.relist, LoneMarkers.relist, GlyphLegend.relist, ParallelCells.relist, TabStopTables.relist, IndentOutline.relist, RomanNumbers.relist, BoldLeads.relist, CategoryTags.strip, TableNotes.relist, NumberedLabels.relist, QuestionLeads.relist, InlineLists.relist, SymbolFields.tables, LabelledRecords.tables,
        AreaMatrix.relist, CellSections.relist, RepeatedLeadIns.relist, StyleOutline.relist, HeadingOutline.relist, GoalHeadings.relist, RunInPoints.relist,
        GoalsOverTables.relist,
    ]

    /// The blocks of a file as one line each (kind, level, position, text): what the
    /// structurer sees, for finding out why a plan was read as it was.
    public func describeBlocks(_ bytes: [UInt8]) throws(ImportError) -> String {
        try describe(bytes)
    }

    /// The same for a file, read as `import` reads it (within `PlanLimits.fileSize`).
    public func describeBlocks(ofFileAt path: String) throws(ImportError) -> String {
        try describe(try InputFile.read(path))
    }

    private func describe(_ bytes: [UInt8]) throws(ImportError) -> String {
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
        var plans: [Plan] = []
        var failures = walked.failures
        var finder = PlanCopyFinder()
        importEach(walked.files, rawPaths: walked.rawPaths, jobs: jobs, render: { $0 }) { i, outcome in
            switch outcome {
            case let .success(plan):
                if finder.copied(path: plan.source.path, sha256: plan.source.sha256) == nil {
                    finder.add(path: plan.source.path, plan: plan.plan)
                    plans.append(plan)
                }
                progress?(i + 1, walked.files.count, walked.files[i], nil)
            case let .failure(e):
                failures.append(ImportFailure(e))
                progress?(i + 1, walked.files.count, walked.files[i], e.reason.errorDescription)
            }
        }
        var batch = Batch(plans: plans, failures: failures)
        batch.copies = finder.copies
        batch.versions = finder.versions
        batch.skipped = walked.skipped
        return batch
    }

    /// What `importBatch(walked:jobs:into:)` did: plans and items written, files that failed
    /// (the walk's missing paths first).
    public struct BatchCounts: Sendable {
        public var plans = 0
        public var items = 0
        public var failures: [ImportFailure] = []
        /// Files with the bytes of an earlier one: not imported again (`PlanCopyFinder`).
        public var copies: [PlanCopy] = []
        /// Plans of one union, branch and period with different files: all imported.
        public var versions: [PlanVersions] = []

        /// What the outputs are told at the end.
        public var outcome: BatchOutcome { BatchOutcome(failures: failures, copies: copies, versions: versions) }
    }

    /// Imports the walked files into `sink`, plan by plan in input order. `progress` is called
    /// on this thread as each file is delivered. A file with the same bytes as an earlier one
    /// is not added again: it is listed in `copies`. `sink.finish` is left to the caller, who
    /// decides whether there is an output at all (one input file that failed gives none).
    public func importBatch<Sink: BatchSink>(walked: FileWalk.Result, jobs: Int, into sink: Sink,
                                             progress: ((_ done: Int, _ total: Int, _ path: String) -> Void)? = nil) throws -> BatchCounts {
        var counts = BatchCounts(failures: walked.failures)
        var finder = PlanCopyFinder()
        let render = sink.render
        try importEach(walked.files, rawPaths: walked.rawPaths, jobs: jobs,
                       render: { plan in (render(plan), plan.items.count, plan.source, plan.plan) }) {
            (i: Int, outcome: Result<(Sink.Rendered, Int, SourceInfo, PlanMetadata), FileImportError>) throws in
            progress?(i + 1, walked.files.count, walked.files[i])
            switch outcome {
            case let .success((rendered, items, source, metadata)):
                guard finder.copied(path: source.path, sha256: source.sha256) == nil else { return }
                finder.add(path: source.path, plan: metadata)
                try sink.add(rendered)
                counts.plans += 1
                counts.items += items
            case let .failure(e):
                counts.failures.append(ImportFailure(e))
            }
        }
        counts.copies = finder.copies
        counts.versions = finder.versions
        return counts
    }

    /// Imports `files`, `jobs` at a time, and hands each result to `deliver` in input order,
    /// on the calling thread, as soon as it and those before it are done: a batch is written
    /// as it is imported, and the same whatever `jobs` is. `render` (say, a plan's JSON) runs
    /// on the workers. At most a few results per worker wait to be delivered, so memory does
    /// not grow with the batch. If `deliver` throws, no further file is started and the error
    /// is rethrown once the running ones are done. `rawPaths` are the bytes of the files whose
    /// names are not UTF-8, by index (`FileWalk.Result.rawPaths`).
    public func importEach<Rendered: Sendable, Failure: Error>(
        _ files: [String], rawPaths: [Int: [UInt8]] = [:], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        render: @escaping @Sendable (Plan) -> Rendered,
        deliver: (_ index: Int, _ outcome: Result<Rendered, FileImportError>) throws(Failure) -> Void
    ) throws(Failure) {
        guard !files.isEmpty else { return }
        let workers = max(1, min(jobs, files.count))
        if workers == 1 {
            // One worker (one file, or --jobs 1): the calling thread imports each file itself,
            // with no thread to start and no queue between (a one-plan run paid for both).
            for i in files.indices {
                try deliver(i, Result { () throws(FileImportError) in render(try importFile(at: files[i], bytes: rawPaths[i])) })
            }
            return
        }
        let queue = OrderedQueue<Result<Rendered, FileImportError>>(total: files.count, window: max(8, workers * 4))
        let done = DispatchGroup()
        done.enter()
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let i = queue.claim() {
                    queue.put(i, Result { () throws(FileImportError) in render(try importFile(at: files[i], bytes: rawPaths[i])) })
                }
            }
            done.leave()
        }
        defer { done.wait() }
        for i in files.indices {
            do throws(Failure) {
                try deliver(i, queue.take(i))
            } catch {
                queue.cancel()
                throw error
            }
        }
    }
}

/// Results passed from the workers to the one thread that delivers them in order. A worker
/// starts file i only when fewer than `window` results are started but not yet delivered.
private final class OrderedQueue<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Int: T] = [:]
    private var claimed = 0
    private var delivered = 0
    private var cancelled = false
    private let total: Int
    private let window: Int

    init(total: Int, window: Int) { self.total = total; self.window = window }

    /// The next file to import, or nil when there is none (or the batch was cancelled).
    func claim() -> Int? {
        condition.lock(); defer { condition.unlock() }
        while !cancelled, claimed < total, claimed - delivered >= window { condition.wait() }
        guard !cancelled, claimed < total else { return nil }
        claimed += 1
        return claimed - 1
    }

    func put(_ i: Int, _ value: T) {
        condition.lock(); defer { condition.unlock() }
        ready[i] = value
        condition.broadcast()
    }

    /// Waits for result i and removes it.
    func take(_ i: Int) -> T {
        condition.lock(); defer { condition.unlock() }
        while ready[i] == nil { condition.wait() }
        delivered = i + 1
        condition.broadcast()
        return ready.removeValue(forKey: i)!
    }

    func cancel() {
        condition.lock(); defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
    }
}
