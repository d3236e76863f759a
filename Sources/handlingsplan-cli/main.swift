import ArgumentParser
import Foundation
import Handlingsplan
#if canImport(CMalloc)
import CMalloc
#endif

struct HandlingsplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handlingsplan",
        abstract: "Import Fagforbundet branches' action plans (handlingsplaner) and map them to the six national strategy areas.",
        discussion: """
        Reads DOCX, ODT, Flat OPC and Word 2003 XML, a bare document.xml, plain text and
        tab-table text exports, in bokmål and nynorsk. Messages about plans and files are
        in Norwegian bokmål; help and usage errors in English.

        Examples:
          handlingsplan import plans/ -o out/plans.json
          handlingsplan check plans/ --format github
          handlingsplan import plans/ --format xlsx -o out/plans.xlsx
          handlingsplan report plans/ -o out/report.html
          handlingsplan map "Kurs i lokale lønnsforhandlinger"
        """,
        version: handlingsplanVersion,
        subcommands: [ImportCommand.self, CheckCommand.self, ReportCommand.self, MapCommand.self, SchemaCommand.self, BlocksCommand.self]
    )
}

/// Help of the options that several commands have.
enum OptionHelp {
    static let lexicon = ArgumentHelp(
        "Add or override content words for the area mapping (repeatable).",
        discussion: "One entry a line: AREA WEIGHT TERM (AREA 1-6, or 0 for no area); see the README.",
        valueName: "file")
    static let vocabulary = ArgumentHelp(
        "Add words of plan structure: labels, column headers, roles, months, statuses (repeatable).",
        discussion: "One entry a line: KEY, a TAB, the word or phrase (e.g. 'role\tklubbkontakt', 'header-deadline\tinnen dato'); the keys are listed in the README.",
        valueName: "file")
    static let include = ArgumentHelp("Also read files in folders that match this glob (repeatable), e.g. '*.md'.", valueName: "glob")
    static let exclude = ArgumentHelp("Skip files and folders that match this glob (repeatable), e.g. 'utkast/*'.", valueName: "glob")
}

/// The importer with the built-in lexicon, extended or overridden by `--lexicon` files, and
/// the built-in words of plan structure extended by `--vocabulary` files.
func planImporter(lexiconFiles: [String], vocabularyFiles: [String] = []) throws -> PlanImporter {
    if !vocabularyFiles.isEmpty {
        var extra = PlanWords()
        for file in vocabularyFiles {
            do { extra = extra.adding(try PlanWords.load(path: file)) } catch {
                throw ValidationError("--vocabulary: " + PrintableText.escaped(error.errorDescription ?? "\(error)"))
            }
        }
        guard PlanWords.use(extra) else { throw ValidationError("--vocabulary: the words were read before the file was given") }
    }
    var lexicon = AreaLexicon.standard
    for file in lexiconFiles {
        do { lexicon = lexicon.merged(with: try AreaLexicon.load(path: file)) } catch {
            throw ValidationError("--lexicon: " + PrintableText.escaped(error.description))
        }
    }
    return PlanImporter(lexicon: lexicon)
}

/// `--lexicon FILE` and `--vocabulary FILE`, for check, map and blocks.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: OptionHelp.lexicon)
    var files: [String] = []

    @Option(name: .customLong("vocabulary"), help: OptionHelp.vocabulary)
    var vocabularyFiles: [String] = []

    func importer() throws -> PlanImporter { try planImporter(lexiconFiles: files, vocabularyFiles: vocabularyFiles) }
}

/// Which files of a folder are read, for check.
struct WalkOptions: ParsableArguments {
    @Option(name: .customLong("include"), help: OptionHelp.include)
    var include: [String] = []

    @Option(name: .customLong("exclude"), help: OptionHelp.exclude)
    var exclude: [String] = []

    var walk: FileWalk { FileWalk(include: include, exclude: exclude) }
}

/// How import and report run a batch: how many files at once, how quietly, which lexicon
/// and which files of a folder. One group rather than the three it could be: the parser
/// reflects over every group each time the tool starts, some 0.6 M instructions a group
/// (5 % of importing one plan).
struct BatchOptions: ParsableArguments {
    // Optional rather than defaulting to the core count: a default would be asked of the
    // system and printed each time the parser builds this group (several times a run).
    @Option(help: "Files imported in parallel (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print no progress and no summary, only errors.")
    var quiet = false

    @Option(name: .customLong("lexicon"), help: OptionHelp.lexicon)
    var lexiconFiles: [String] = []

    @Option(name: .customLong("vocabulary"), help: OptionHelp.vocabulary)
    var vocabularyFiles: [String] = []

    @Option(name: .customLong("include"), help: OptionHelp.include)
    var include: [String] = []

    @Option(name: .customLong("exclude"), help: OptionHelp.exclude)
    var exclude: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    /// --jobs, or the number of cores (not asked of the system for a single file).
    func workers(for files: Int) -> Int { jobs ?? (files > 1 ? ProcessInfo.processInfo.activeProcessorCount : 1) }

    func importer() throws -> PlanImporter { try planImporter(lexiconFiles: lexiconFiles, vocabularyFiles: vocabularyFiles) }

    var walk: FileWalk { FileWalk(include: include, exclude: exclude) }
}

/// Progress on a terminal: one line, rewritten in place, with the count and the rate.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private let started = Date()
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, total: Int, path: String) {
        guard enabled, total > 1 else { return }
        lock.lock(); defer { lock.unlock() }
        let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
        let name = PrintableText.escaped((path as NSString).lastPathComponent)
        let line = "[\(done)/\(total)] \(String(format: "%.0f", rate)) filer/s  \(name.count > 40 ? String(name.prefix(39)) + "…" : name)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        shown = true
    }

    /// Ends the progress line, so that what follows starts on a line of its own.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); shown = false }
    }
}

/// An option's values are the cases' raw strings. The parser's own defaults for such a type
/// read them through key paths and String(describing:) at every start (1.5 M instructions of
/// a one-plan import); these give the same answers, written out.
protocol ListedArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ListedArgument {
    // Public, as CheckReportFormat (a public type of the library) conforms through them.
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
    public var defaultValueDescription: String { rawValue }
}

enum OutputFormat: String, ListedArgument {
    case json, csv, xlsx
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import plans (DOCX, ODT, Word XML, text) into JSON or CSV.",
        discussion: """
        One input file gives one plan object (or, if it cannot be read, an error and
        exit status 1); several files or a folder give a batch {"schemaVersion", "plans",
        "failures"}. A file that cannot be read is reported on standard error and in
        "failures"; the others are still imported, and the exit status is 1. In folders
        only plan-like files are read (.txt, .docx, .odt, .xml, …); the summary lists
        the rest. "-" reads one plan from standard input.

        Examples:
          handlingsplan import seeds/000_74c0d5add16c5e1b.txt
          handlingsplan import seeds/ -o out/plans.json
          handlingsplan import seeds/ --format csv --excel -o out/items.csv
          handlingsplan import plans/*.txt --output-dir out/
          handlingsplan import plans/ --exclude 'arkiv/*' -o out/plans.json
          cat plan.txt | handlingsplan import -
        """
    )

    @Argument(help: "Plan files or folders (folders are walked), or - for standard input.")
    var paths: [String]

    @Option(help: "Output format: json, csv, or xlsx (an Excel workbook: items, branch × area overview, review list, plans).")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: "Write the result to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Write one file per input into this folder, named after the input.")
    var outputDir: String?

    @Flag(help: "CSV for Norwegian Excel: UTF-8 with BOM, ';' separator, CRLF, decimal comma, identifiers kept as text, formulas neutralised.")
    var excel = false

    @Flag(name: .customLong("safe-csv"), help: "Neutralise text cells that a spreadsheet would run as formulas (a leading ' before =, +, -, @, TAB, CR).")
    var safeCSV = false

    @OptionGroup var batchOptions: BatchOptions

    var quiet: Bool { batchOptions.quiet }

    private var batchFormat: BatchOutput.Format {
        let csvDialect = excel ? CSVExport.Dialect.excel : safeCSV ? CSVExport.Dialect.standard.safe : .standard
        return format == .csv ? .csv(csvDialect) : .json
    }

    func validate() throws {
        // Checked here, not when the output is written after the whole import.
        try refuseEmptyName(output, "-o")
        try refuseEmptyName(outputDir, "--output-dir")
        if paths.contains("-") && paths.count > 1 { throw ValidationError("- (standard input) cannot be combined with other paths.") }
        if output != nil && outputDir != nil { throw ValidationError("Use either -o/--output or --output-dir, not both.") }
        if excel && format != .csv { throw ValidationError("--excel applies to --format csv.") }
        if safeCSV && format != .csv { throw ValidationError("--safe-csv applies to --format csv.") }
        if format == .xlsx && outputDir != nil { throw ValidationError("--format xlsx writes one workbook for all plans: use -o FILE.xlsx, not --output-dir.") }
    }

    func run() throws {
        let importer = try batchOptions.importer()
        if paths == ["-"] { return try importStandardInput(importer) }
        let walked = batchOptions.walk.expand(paths)
        try refuseNoPlans(walked, paths)
        try refuseOutputAmongInputs(output, walked)
        if let outputDir, let (replaced, input) = DirectoryOutput.firstInputReplaced(folder: outputDir, format: batchFormat, inputs: walked.files) {
            throw ValidationError("--output-dir \(PrintableText.escaped(outputDir)) ville erstattet en av inndatafilene (\(PrintableText.escaped(input)), som \(PrintableText.escaped(replaced))); velg en annen mappe.")
        }
        let single = paths.count == 1 && !isDirectory(paths[0])
        // Each plan is written as soon as it and those before it are imported: memory does
        // not grow with the batch. The output is put in place (renamed) only at the end.
        let sink = try openSink(single: single, inputs: walked.files)
        let counts = try importBatch(importer, walked, into: sink, batchOptions, output: output)
        if single, counts.plans == 0 {
            // One file that could not be read: its error (above) is the result, as for any tool given one file.
            throw ExitCode(1)
        }
        try writingTo(output) { try sink.finish(counts.outcome) }
        if !quiet {
            Stderr.print("importerte \(Norwegian.count(counts.plans, "plan", "planer")), \(counts.items) mål og tiltak; \(counts.failures.count) feilet")
            if !counts.failures.isEmpty { Stderr.print("feilet: " + counts.failures.map { PrintableText.escaped($0.path) }.joined(separator: ", ")) }
            printCopiesAndVersions(counts)
            if !walked.skipped.isEmpty {
                let names = walked.skipped.prefix(10).map { PrintableText.escaped(($0 as NSString).lastPathComponent) }.joined(separator: ", ")
                Stderr.print("hoppet over \(Norwegian.count(walked.skipped.count, "fil", "filer")) som etter navnet ikke er planer (\(names)\(walked.skipped.count > 10 ? ", …" : "")); --include GLOB leser dem")
            }
            if let outputDir = sink as? DirectoryOutput, !outputDir.renamed.isEmpty {
                Stderr.print("\(Norwegian.count(outputDir.renamed.count, "fil", "filer")) fikk et annet navn fordi to inndatafiler heter det samme: "
                    + outputDir.renamed.map { "\(PrintableText.escaped($0.input)) → \(PrintableText.escaped($0.output))" }.joined(separator: ", "))
            }
        }
        if !counts.failures.isEmpty { throw ExitCode(1) }
    }

    /// Where the plans go: one file per plan, the workbook, or the JSON or CSV of a batch
    /// (one plan object when `single`), to -o or standard output.
    private func openSink(single: Bool, inputs: [String] = []) throws -> any BatchSink {
        if let outputDir { return DirectoryOutput(folder: outputDir, format: batchFormat, inputs: inputs) }
        if format == .xlsx {
            if output == nil, isatty(STDOUT_FILENO) != 0 {
                throw ValidationError("--format xlsx writes a binary workbook: give -o FILE.xlsx (or redirect standard output).")
            }
            return try writingTo(output) { try WorkbookOutput(writer: try openWriter(output)) }
        }
        return BatchOutput(format: batchFormat, single: single, writer: try openWriter(output))
    }

    /// "-": one plan from standard input, written as one plan object.
    private func importStandardInput(_ importer: PlanImporter) throws {
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let plan: Plan
        do { plan = try importer.importBytes(bytes, path: "-") } catch {
            Stderr.print("feil: -: " + PrintableText.escaped(error.errorDescription ?? "\(error)"))
            throw ExitCode(1)
        }
        let sink = try openSink(single: true)
        try writingTo(output) {
            try sink.add(plan: plan)
            try sink.finish(failures: [])
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}

extension CheckReportFormat: ListedArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that plans parse and follow the national template; report in a format CI systems read.",
        discussion: """
        Every input file gets a verdict. Exit status: 0 when no error was found (warnings
        allowed), 1 when any error was found (with --strict, any warning too), 2 for usage
        errors. Rules: \(Rules.codeList).

        Examples:
          handlingsplan check plans/
          handlingsplan check plans/ --format github --strict
          handlingsplan check plans/ --format junit > report.xml
          handlingsplan check plans/ --format sarif --disable low-confidence,unmapped-item > results.sarif
          handlingsplan check plans/ --format junit -o report.xml   # the report to a file, a summary here
          handlingsplan check plans/ -q                              # only files with findings

        A folder in which no plan is found is an error: a CI gate that checked nothing fails.
        """
    )

    @Argument(help: "Plan files or folders (folders are walked).")
    var paths: [String]

    @Option(help: "Report format: text, github (workflow commands), junit (XML) or sarif (2.1.0).")
    var format: CheckReportFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: ArgumentHelp("Rule codes to leave out: one code, or several separated by commas (repeatable).", valueName: "codes"))
    var disable: [String] = []

    @Option(name: .shortAndLong, help: "Write the report (in --format) to this file, atomically, and print the text summary.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print only files with findings, and the total.")
    var quiet = false

    @OptionGroup var walkOptions: WalkOptions

    private var disabledCodes: [String] { disable.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty } }

    @Option(help: "Files checked in parallel (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        let unknown = disabledCodes.filter { Rules.rule($0) == nil }
        if !unknown.isEmpty {
            throw ValidationError("Unknown rule code(s): \(unknown.joined(separator: ", ")). Known: \(Rules.codeList).")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        try refuseEmptyName(output, "-o")
    }

    func run() throws {
        let reports = Checker(disabled: Set(disabledCodes), importer: try lexicon.importer(), walk: walkOptions.walk)
            .check(paths, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        if let output {
            do { try AtomicFile.write(try CheckReports.render(reports, as: format, strict: strict), to: output) } catch let e as AtomicFile.Failure {
                throw CLIError(e.errorDescription ?? "kan ikke skrive \(output)")
            }
            FileHandle.standardOutput.write(try CheckReports.render(quiet ? reports.filter { !$0.findings.isEmpty } : reports, as: .text, strict: strict, allReports: reports))
        } else {
            let shown = quiet && format == .text ? reports.filter { !$0.findings.isEmpty } : reports
            FileHandle.standardOutput.write(try CheckReports.render(shown, as: format, strict: strict, allReports: reports))
        }
        let status = CheckReports.exitStatus(reports, strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page over a batch: branch × area heatmap, review list, failures, every plan's items by area.",
        discussion: """
        The page needs nothing beside it (no network, scripts or fonts) and reads on a phone
        and on paper. It is made from the same import as the JSON, CSV and workbook.

        Examples:
          handlingsplan report plans/ -o out/report.html
          handlingsplan report plans/ --exclude 'arkiv/*' -o report.html
        """
    )

    @Argument(help: "Plan files or folders (folders are walked).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The HTML file to write (atomically); standard output if left out.")
    var output: String?

    @OptionGroup var batchOptions: BatchOptions

    var quiet: Bool { batchOptions.quiet }

    func validate() throws { try refuseEmptyName(output, "-o") }

    func run() throws {
        let importer = try batchOptions.importer()
        let walked = batchOptions.walk.expand(paths)
        try refuseNoPlans(walked, paths)
        try refuseOutputAmongInputs(output, walked)
        let report = ReportOutput(writer: try openWriter(output))
        let counts = try importBatch(importer, walked, into: report, batchOptions, output: output)
        try writingTo(output) { try report.finish(counts.outcome) }
        if !quiet {
            Stderr.print("skrev rapporten over \(Norwegian.count(counts.plans, "plan", "planer"))\(output.map { " til " + PrintableText.escaped($0) } ?? ""); \(counts.failures.count) feilet")
            printCopiesAndVersions(counts)
        }
        if !counts.failures.isEmpty { throw ExitCode(1) }
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the import output (a plan or a batch).",
        discussion: "Example:\n  handlingsplan schema > handlingsplan.schema.json"
    )

    func run() throws {
        FileHandle.standardOutput.write(Data(JSONSchema.text.utf8))
    }
}

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Show which area the words of a text map to, and why (for checking a lexicon).",
        discussion: """
        Maps each text by its own words alone, as an item under no area heading is
        mapped. Texts are the arguments, or the lines of standard input with "-".

        Examples:
          handlingsplan map "Kurs i lokale lønnsforhandlinger for tillitsvalgte"
          handlingsplan map --lexicon fylket.tsv "Stand på Amfi i forbundsukene"
          cut -f1 tiltak.tsv | handlingsplan map --json -
          handlingsplan map --print-lexicon > lexicon.tsv
        """
    )

    @Argument(help: "Texts to map, or - to read one text a line from standard input.")
    var texts: [String] = []

    @Flag(help: "Print the lexicon in use (built-in, national wording and --lexicon files) in the lexicon file format.")
    var printLexicon = false

    @Flag(help: "One JSON object a line: area, areaName, method, confidence, evidence.")
    var json = false

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let mapper = try lexicon.importer().mapper
        if printLexicon {
            FileHandle.standardOutput.write(Data(mapper.lexicon.text.utf8))
            return
        }
        var inputs = texts
        if inputs == ["-"] {
            inputs = []
            while let line = readLine() { inputs.append(line) }
        }
        var out = ""
        for text in inputs {
            let (area, mapping) = mapper.mapWords(text)
            if json {
                let object: [String: Any] = ["text": text, "area": area.map { $0 as Any } ?? NSNull(), "areaName": AreaMapper.name(of: area) ?? NSNull(),
                                             "method": mapping.method, "confidence": mapping.confidence, "evidence": mapping.evidence ?? NSNull()]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                out += String(decoding: data, as: UTF8.self) + "\n"
            } else {
                out += "\(area.map(String.init) ?? "-")\t\(String(format: "%.2f", mapping.confidence))\t\(PrintableText.escaped(text))\t\(PrintableText.escaped(mapping.evidence ?? ""))\n"
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Print the format-neutral blocks a file is read into (for finding out why a plan was read as it was).",
        discussion: "Example:\n  handlingsplan blocks plan.docx"
    )

    @Argument(help: "A plan file.")
    var path: String

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let importer = try lexicon.importer()
        // Read as import reads it: within the file size limit, by its bytes where its name is not UTF-8.
        do {
            // One line a block, TAB between its fields: control characters in the plan's text escaped
            // within each field, as everywhere a person reads it.
            let lines = try importer.describeBlocks(ofFileAt: path).split(separator: "\n", omittingEmptySubsequences: false)
            let shown = lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { PrintableText.escaped(String($0)) }.joined(separator: "\t") }
            FileHandle.standardOutput.write(Data(shown.joined(separator: "\n").utf8))
        } catch {
            throw CLIError("\(path): \(error.errorDescription ?? "\(error)")")
        }
    }
}

// MARK: - Shared by import and report

/// `-o ''` (an unset variable in a script, say): refused at once, not after the whole import.
func refuseEmptyName(_ value: String?, _ option: String) throws {
    if value == "" { throw ValidationError("\(option) needs a name; an empty one was given.") }
}

/// An output never replaces one of the plans it is made from.
func refuseOutputAmongInputs(_ output: String?, _ walked: FileWalk.Result) throws {
    if let output, let input = AtomicFile.firstSameFile(as: output, among: walked.files) {
        throw ValidationError("-o \(PrintableText.escaped(output)) is one of the inputs (\(PrintableText.escaped(input))); choose another output file.")
    }
}

/// The output file (written atomically), or standard output.
func openWriter(_ path: String?) throws -> AtomicFile.Writer {
    guard let path else { return AtomicFile.Writer() }
    do { return try AtomicFile.Writer(path: path) } catch {
        throw CLIError(error.errorDescription ?? "kan ikke skrive \(path)")
    }
}

/// Runs `body`, which writes an output, and words its failure as the tool's error.
@discardableResult
func writingTo<T>(_ output: String?, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as AtomicFile.Failure {
        throw CLIError(e.errorDescription ?? "kan ikke skrive \(e.path)")
    } catch let e as WorkbookOutput.Failure {
        throw CLIError("\(output ?? "-"): \(e.description)")
    }
}

/// A batch into `sink`, with one progress line on a terminal; the failures are printed
/// after it. The sink is left to be finished.
func importBatch<Sink: BatchSink>(_ importer: PlanImporter, _ walked: FileWalk.Result, into sink: Sink,
                                  _ options: BatchOptions, output: String?) throws -> PlanImporter.BatchCounts {
    let progress = Progress(enabled: !options.quiet && isatty(STDERR_FILENO) != 0)
    defer { progress.finish() }
    let counts = try writingTo(output) {
        try importer.importBatch(walked: walked, jobs: options.workers(for: walked.files.count), into: sink) { done, total, path in
            progress.update(done: done, total: total, path: path)
        }
    }
    progress.finish()
    for failure in counts.failures { Stderr.print("feil: " + PrintableText.escaped(failure.path) + ": " + PrintableText.escaped(failure.error)) }
    return counts
}

/// Folders in which no plan was found: the same verdict as `check`'s (exit 1, one message),
/// and no output; a batch of nothing is no result a script should go on with.
func refuseNoPlans(_ walked: FileWalk.Result, _ paths: [String]) throws {
    guard walked.files.isEmpty, walked.failures.isEmpty else { return }
    let skipped = walked.skipped.isEmpty ? "" : " (\(Norwegian.count(walked.skipped.count, "fil", "filer")) med andre navn ble hoppet over; --include GLOB leser dem)"
    Stderr.print("feil: fant ingen plan i \(paths.map { PrintableText.escaped($0) }.joined(separator: ", "))\(skipped)")
    throw ExitCode(1)
}

/// The copies left out and the versions kept, one line each, after a batch's summary.
func printCopiesAndVersions(_ counts: PlanImporter.BatchCounts) {
    if !counts.copies.isEmpty {
        Stderr.print("\(Norwegian.count(counts.copies.count, "kopi", "kopier")) ikke importert på nytt (samme innhold som en annen fil): "
            + counts.copies.map { "\(PrintableText.escaped($0.path)) = \(PrintableText.escaped($0.copyOf))" }.joined(separator: ", "))
    }
    for group in counts.versions {
        Stderr.print("flere versjoner av \(PrintableText.escaped(group.union))\(group.branch.map { " avd. \($0)" } ?? ""): "
            + group.paths.map { PrintableText.escaped($0) }.joined(separator: ", ") + "; alle er importert")
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Standard error, where file names and plan text are shown: a control character in them
/// (ESC, OSC, a newline) is shown as an escape, never sent to the terminal (`PrintableText`).
/// Lines of our own keep their line breaks; what is quoted in them is escaped where it is put
/// in, newlines too.
enum Stderr {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((PrintableText.escaped(line, keepingNewlines: true) + "\n").utf8))
    }
}

// A mistyped command ("chek") is named as such, with the nearest command, not read as a file to import.
// "help" is the parser's own command (`handlingsplan help import`, as the top-level help says).
let commands = HandlingsplanCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
if let first = CommandLine.arguments.dropFirst().first, !first.hasPrefix("-"), !commands.contains(first) {
    func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var prev = row[0]; row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return row[b.count]
    }
    let nearest = commands.min { distance(first, $0) < distance(first, $1) }!
    let hint = distance(first, nearest) <= 2 ? " Did you mean '\(nearest)'?" : ""
    Stderr.print("error: unknown command '\(PrintableText.escaped(first))'.\(hint) Commands: \(commands.joined(separator: ", ")); to import a plan: handlingsplan import \(PrintableText.escaped(first))")
    exit(2)
}

#if canImport(CMalloc)
// A batch allocates and frees about the same memory for every plan. By default glibc gives a
// plan's larger buffers (its output grows past 128 KiB) back to the system at once and then
// faults them in again for the next plan: 12 page faults a text plan, a tenth of the system
// time of a batch. Kept up to these sizes, the memory is reused; peak memory is unchanged.
_ = mallopt(M_MMAP_THRESHOLD, 4 << 20)
_ = mallopt(M_TRIM_THRESHOLD, 32 << 20)
#endif

// SIGINT or SIGTERM in the middle of a batch: the temporary outputs are removed, the targets
// stay as they were.
AtomicFile.Temporaries.removeOnSignal()

// Help at the terminal's width, examples unbroken (`HelpText`).
if let command = HelpText.requested(CommandLine.arguments) {
    FileHandle.standardOutput.write(Data((HelpText.render(command, width: HelpText.width) + "\n").utf8))
    exit(0)
}

// Usage errors exit with 2, as linters do (swift-argument-parser's default is 64).
do {
    var command = try HandlingsplanCommand.parseAsRoot()
    try command.run()
} catch {
    if let error = error as? CLIError {
        // As the parser would print it, with the file names and plan text in it escaped.
        Stderr.print("feil: " + PrintableText.escaped(error.description))
        exit(1)
    }
    let code = HandlingsplanCommand.exitCode(for: error)
    if code == .validationFailure {
        Stderr.print(HandlingsplanCommand.fullMessage(for: error))
        exit(2)
    }
    HandlingsplanCommand.exit(withError: error)
}
