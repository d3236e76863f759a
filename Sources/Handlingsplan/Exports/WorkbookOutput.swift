import CXlsxWriter
import Foundation

/// The Excel workbook of a batch (`import --format xlsx`), written with libxlsxwriter as
/// typed cells, so that no spreadsheet locale turns "4.1" into a date or runs a text as a
/// formula:
///
/// - "Tiltak og mål": one row per item, written as the plans come (constant memory);
/// - "Oversikt": branches × the six areas and "no area", local goals and measures, with a
///   colour scale;
/// - "Til kontroll": what `check` finds (uncertain and unmapped items with their evidence,
///   template text, missing title-block fields);
/// - "Planer": one row per plan and one per file that failed.
public final class WorkbookOutput: BatchSink {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// A sheet and the sheets it goes on in: Excel's sheet has 1,048,576 rows (the header and
    /// 1,048,575 of data). A batch with more items (or more rows to review) goes on in
    /// "Tiltak og mål (2)" with the same header, rather than being refused or cut: an analyst
    /// who opens it has every row, each sheet filters and sorts on its own, and the CSV has
    /// them all in one table for a program.
    private struct Sheets {
        let name: String
        let heads: [String]
        let widths: [Double]
        let wrapped: Set<Int>
        var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
        /// The next row of the last sheet.
        var row: UInt32 = 1
        /// Rows of data in each sheet.
        var rows: [UInt32] = []
    }

    /// libxlsxwriter's functions (loaded on the first workbook).
    private let xlsx: hp_xlsxwriter
    private let writer: AtomicFile.Writer
    /// Where libxlsxwriter writes: the writer's temporary file, or a temporary of our own
    /// for standard output.
    private let target: String
    /// libxlsxwriter's own temporary files (constant-memory rows) go beside the target, or in
    /// $TMPDIR for standard output, not in the system's temporary folder.
    /// (Our own copy, freed in deinit: the library may keep the pointer.)
    private let tmpdir: UnsafeMutablePointer<CChar>
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var items: Sheets
    /// Every cell is aligned to the top of its row (a wrapped text beside a short one reads
    /// from the same line): `plain` for cells without a format of their own.
    private let bold, wrap, decimal, date, plain: UnsafeMutablePointer<lxw_format>
    private var summary = BatchSummary()
    private var closed = false
    /// Rows of data a sheet holds before the next sheet takes over (Excel's last row is
    /// 1,048,576, the first is the header); smaller in tests.
    let rowsPerSheet: UInt32

    /// The items' columns: the CSV's, in Norwegian (docs/columns.md says what each holds).
    static let itemHeads = ["Plan-id", "Id", "Seksjon-id", "Overordnet", "Fil", "Fagforening", "Avdeling", "Tittel", "Vedtatt",
                            "Periode fra", "Periode til", "Språk", "Seksjonsnr.", "Seksjon", "Type", "Område", "Områdenavn",
                            "Metode", "Sikkerhet", "Tekst", "Ansvarlig", "Frist", "Status", "Budsjett", "Kommentar",
                            "Linje", "Avsnitt", "Side"]
    private static let itemWidths: [Double] = [18, 6, 10, 11, 28, 26, 10, 30, 11, 11, 11, 7, 12, 30, 13, 9, 30, 10, 10, 60, 18,
                                               14, 12, 10, 30, 7, 9, 6]

    public convenience init(writer: AtomicFile.Writer) throws {
        try self.init(writer: writer, rowsPerSheet: UInt32(LXW_ROW_MAX) - 1)
    }

    init(writer: AtomicFile.Writer, rowsPerSheet: UInt32) throws {
        let xlsx = try XlsxWriterLibrary.functions.get().pointee
        self.xlsx = xlsx
        self.writer = writer
        self.rowsPerSheet = rowsPerSheet
        let target: String, tmpdir: UnsafeMutablePointer<CChar>
        if let temp = writer.temporaryPath {
            target = temp
            tmpdir = strdup((temp as NSString).deletingLastPathComponent)
        } else {
            target = FileManager.default.temporaryDirectory.appendingPathComponent(".handlingsplan-\(UUID().uuidString).xlsx").path
            tmpdir = strdup(FileManager.default.temporaryDirectory.path)
        }
        (self.target, self.tmpdir) = (target, tmpdir)
        var options = lxw_workbook_options()
        options.constant_memory = 1
        options.tmpdir = tmpdir
        guard let wb = Self.quietly({ xlsx.workbook_new_opt(target, &options) }) else {
            free(tmpdir)
            throw Failure(description: "libxlsxwriter kunne ikke lage arbeidsboken")
        }
        if writer.temporaryPath == nil { AtomicFile.Temporaries.register(target) }
        // These fail only when memory runs out.
        guard let bold = xlsx.workbook_add_format(wb), let wrap = xlsx.workbook_add_format(wb),
              let decimal = xlsx.workbook_add_format(wb), let date = xlsx.workbook_add_format(wb), let plain = xlsx.workbook_add_format(wb)
        else {
            _ = Self.quietly { xlsx.workbook_close(wb) }
            if writer.temporaryPath == nil { unlink(target); AtomicFile.Temporaries.unregister(target) }
            free(tmpdir)
            throw Failure(description: "libxlsxwriter kunne ikke lage arbeidsboken")
        }
        workbook = wb
        (self.bold, self.wrap, self.decimal, self.date, self.plain) = (bold, wrap, decimal, date, plain)
        xlsx.format_set_bold(bold); xlsx.format_set_bg_color(bold, 0xDDE7F0); xlsx.format_set_text_wrap(bold)
        xlsx.format_set_align(bold, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        xlsx.format_set_text_wrap(wrap); xlsx.format_set_align(wrap, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        xlsx.format_set_num_format(decimal, "0.00")
        xlsx.format_set_num_format(date, "dd.mm.yyyy")
        for f in [decimal, date, plain] { xlsx.format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        // The other sheets are made in `finish`, so that the items' own continuation sheets
        // stand beside the first one.
        items = Sheets(name: "Tiltak og mål", heads: Self.itemHeads, widths: Self.itemWidths, wrapped: [7, 13, 16, 19, 24])
        try addSheet(&items)  // on failure, deinit closes the workbook
    }

    deinit {
        if !closed { _ = Self.quietly { xlsx.workbook_close(workbook) } }
        if writer.temporaryPath == nil { unlink(target); AtomicFile.Temporaries.unregister(target) }
        free(tmpdir)
    }

    /// The plan itself: the workbook has one writer, on the calling thread.
    public var render: @Sendable (Plan) -> Plan { { $0 } }

    /// One plan: its items now, its counts and findings for the other sheets at the end.
    public func add(_ plan: Plan) throws {
        let sections = Dictionary(plan.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in plan.items {
            let section = item.section.flatMap { sections[$0] }
            let (sheet, r) = try nextRow(&items)
            // Tall enough for its wrapped texts (set before the row's cells: constant-memory rows).
            try fit(sheet, r, [(plan.plan.title, 30), (section?.heading, 30), (item.areaName, 30), (item.text, 60), (item.comment, 30)])
            var c: UInt16 = 0
            func text(_ s: String?, _ f: UnsafeMutablePointer<lxw_format>? = nil) throws { if let s, !s.isEmpty { try put(sheet, r, c, s, f) }; c += 1 }
            func number(_ n: Double?, _ f: UnsafeMutablePointer<lxw_format>? = nil) throws { if let n { try self.number(sheet, r, c, n, f) }; c += 1 }
            try text(plan.source.planID); try text(item.id); try text(section?.id); try text(item.parent)
            try text(plan.source.path); try text(plan.plan.union); try text(plan.plan.branch); try text(plan.plan.title, wrap)
            if let d = plan.plan.adopted.flatMap(Self.date) { try self.date(sheet, r, c, d) }
            c += 1
            try number(plan.plan.periodFrom.map(Double.init)); try number(plan.plan.periodTo.map(Double.init)); try text(plan.plan.language?.rawValue)
            try text(section?.number); try text(section?.heading, wrap)
            try text(item.kind.norwegian)
            try number(item.area.map(Double.init)); try text(item.areaName, wrap); try text(item.mapping.norwegianMethod)
            try number((item.mapping.confidence * 100).rounded() / 100, decimal)
            try text(item.text, wrap); try text(item.responsible)
            if let d = item.deadline.flatMap(Self.date) {
                try self.date(sheet, r, c, d); c += 1
            } else {
                try text(item.deadline)
            }
            try text(item.status); try text(item.budget); try text(item.comment, wrap)
            let position = item.source.counted
            try number(position.line.map(Double.init)); try number(position.paragraph.map(Double.init)); try number(position.page.map(Double.init))
        }
        summary.add(plan)
    }

    /// The failures and the other sheets, then the file put in place.
    public func finish(_ outcome: BatchOutcome) throws {
        summary.finish(outcome)
        try finishSheets(items, frozenColumns: 0)
        try writeOverview()
        try writeReview()
        try writePlans()
        closed = true
        // libxlsxwriter prints its own "[ERROR]" lines (a full disk, say) to standard error; the
        // status it returns says the same, in our message.
        let status = Self.quietly { xlsx.workbook_close(workbook) }
        guard status == LXW_NO_ERROR else {
            throw Failure(description: "kan ikke skrive arbeidsboken: \(reason(status))")
        }
        if writer.temporaryPath == nil {
            // Standard output, or a device: copy the finished file.
            guard let data = FileManager.default.contents(atPath: target) else { throw Failure(description: "arbeidsboken forsvant") }
            try writer.write([UInt8](data))
        }
        try writer.commit()
    }

    private func writeOverview() throws {
        let heads = ["Plan", "Fil"] + BatchSummary.areaHeads + ["Lokale mål", "Tiltak", "I alt"]
        var overview = Sheets(name: "Oversikt", heads: heads, widths: [40, 24] + Array(repeating: 14, count: 7) + [10, 10, 10], wrapped: [])
        try addSheet(&overview)
        for (_, plan) in summary.plansInNorwegianOrder {
            let (sheet, r) = try nextRow(&overview)
            try put(sheet, r, 0, plan.distinctLabel ?? plan.label, nil)
            try put(sheet, r, 1, plan.fileName, nil)
            for (k, area) in [1, 2, 3, 4, 5, 6, 0].enumerated() {
                try number(sheet, r, UInt16(k + 2), Double(plan.byArea[area]), nil)
            }
            try number(sheet, r, 9, Double(plan.localGoals), nil)
            try number(sheet, r, 10, Double(plan.measures), nil)
            try number(sheet, r, 11, Double(plan.localGoals + plan.measures), nil)
        }
        try finishSheets(overview, frozenColumns: 1)
        // White for nothing, through yellow, to green: a branch with nothing in an area stands out.
        for (sheet, rows) in zip(overview.sheets, overview.rows) where rows > 0 {
            var scale = lxw_conditional_format()
            scale.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            scale.min_color = 0xF8696B
            scale.mid_color = 0xFFEB84
            scale.max_color = 0x63BE7B
            try check(xlsx.worksheet_conditional_format_range(sheet, 1, 2, rows, 7, &scale))
        }
    }

    private func writeReview() throws {
        let heads = ["Fil", "Plan", "Linje", "Regel", "Alvor", "Melding", "Tekst", "Område", "Metode", "Sikkerhet", "Begrunnelse"]
        var review = Sheets(name: "Til kontroll", heads: heads, widths: [28, 26, 7, 22, 9, 60, 50, 8, 10, 9, 40], wrapped: [5, 6, 10])
        try addSheet(&review)
        for row in summary.review {
            let (sheet, r) = try nextRow(&review)
            try fit(sheet, r, [(row.message, 60), (row.item?.text, 50), (row.item?.mapping.evidence, 40)])
            try put(sheet, r, 0, row.path, nil)
            try put(sheet, r, 1, row.plan, nil)  // (the review's label: the file is beside it)
            if let line = row.line { try number(sheet, r, 2, Double(line), nil) }
            try put(sheet, r, 3, row.code, nil)
            try put(sheet, r, 4, row.severity.norwegian, nil)
            try put(sheet, r, 5, row.message, wrap)
            if let item = row.item {
                try put(sheet, r, 6, item.text, wrap)
                if let area = item.area { try number(sheet, r, 7, Double(area), nil) }
                try put(sheet, r, 8, item.mapping.norwegianMethod, nil)
                try number(sheet, r, 9, (item.mapping.confidence * 100).rounded() / 100, decimal)
                if let evidence = item.mapping.evidence { try put(sheet, r, 10, evidence, wrap) }
            }
        }
        try finishSheets(review, frozenColumns: 0)
    }

    private func writePlans() throws {
        let heads = ["Fil", "Plan-id", "Fagforening", "Avdeling", "Tittel", "Periode fra", "Periode til", "Vedtatt", "Språk", "Format",
                     "Mål og tiltak", "Lokale mål", "Tiltak", "Advarsler", "Feil", "Versjon", "Kopi av", "Kunne ikke leses"]
        var plans = Sheets(name: "Planer", heads: heads, widths: [28, 18, 26, 10, 34, 11, 11, 11, 7, 10, 10, 10, 9, 11, 7, 10, 28, 50],
                           wrapped: [4, 17])
        try addSheet(&plans)
        for (_, plan) in summary.plansInNorwegianOrder {
            let (sheet, r) = try nextRow(&plans)
            try fit(sheet, r, [(plan.plan.title, 34)])
            try put(sheet, r, 0, plan.path, nil)
            try put(sheet, r, 1, plan.planID, nil)
            if let u = plan.plan.union { try put(sheet, r, 2, u, nil) }
            if let b = plan.plan.branch { try put(sheet, r, 3, b, nil) }
            if let t = plan.plan.title { try put(sheet, r, 4, t, wrap) }
            if let f = plan.plan.periodFrom { try number(sheet, r, 5, Double(f), nil) }
            if let t = plan.plan.periodTo { try number(sheet, r, 6, Double(t), nil) }
            if let d = plan.plan.adopted.flatMap(Self.date) { try date(sheet, r, 7, d) }
            if let l = plan.plan.language { try put(sheet, r, 8, l.rawValue, nil) }
            try put(sheet, r, 9, plan.format.norwegian, nil)
            for (k, n) in [plan.items, plan.localGoals, plan.measures, plan.warnings, plan.errors].enumerated() {
                try number(sheet, r, UInt16(10 + k), Double(n), nil)
            }
            if let v = plan.version { try put(sheet, r, 15, "\(v.number) av \(v.of)", nil) }
        }
        // A copy is a row of its own, so that every file of the folder is accounted for, with no
        // counts: its items are those of the file it copies.
        for copy in summary.copies {
            let (sheet, r) = try nextRow(&plans)
            try put(sheet, r, 0, copy.path, nil)
            try put(sheet, r, 1, String(copy.sha256.prefix(16)), nil)
            try put(sheet, r, 16, copy.copyOf, nil)
        }
        for failure in summary.failures {
            let (sheet, r) = try nextRow(&plans)
            try fit(sheet, r, [(failure.error, 50)])
            try put(sheet, r, 0, failure.path, nil)
            try put(sheet, r, 17, failure.error, wrap)
        }
        try finishSheets(plans, frozenColumns: 0)
    }

    /// A new sheet of the series, with its header: the first takes the name, the next "name (2)".
    private func addSheet(_ series: inout Sheets) throws {
        let name = series.sheets.isEmpty ? series.name : "\(series.name) (\(series.sheets.count + 1))"
        guard let sheet = xlsx.workbook_add_worksheet(workbook, name) else {
            throw Failure(description: "libxlsxwriter kunne ikke lage arket «\(name)»")
        }
        for (i, width) in series.widths.enumerated() {
            // Wide enough for the longest word of its head: a head breaks between words, never inside one.
            let longest = series.heads[i].split(whereSeparator: { $0 == " " || $0 == "-" }).map(\.count).max() ?? 0
            try check(xlsx.worksheet_set_column(sheet, UInt16(i), UInt16(i), max(width, Double(longest) * 1.15 + 2), series.wrapped.contains(i) ? wrap : plain))
        }
        if series.name == "Oversikt" { try check(xlsx.worksheet_set_row(sheet, 0, 60, bold)) }
        for (i, head) in series.heads.enumerated() { try put(sheet, 0, UInt16(i), head, bold) }
        series.sheets.append(sheet)
        series.rows.append(0)
        series.row = 1
    }

    /// Where the next row of the series goes: the next row of its last sheet, or the first of a
    /// new sheet when that one is full.
    private func nextRow(_ series: inout Sheets) throws -> (UnsafeMutablePointer<lxw_worksheet>, UInt32) {
        if series.row > rowsPerSheet { try addSheet(&series) }
        let r = series.row
        series.row += 1
        series.rows[series.rows.count - 1] += 1
        return (series.sheets[series.sheets.count - 1], r)
    }

    /// Each sheet of the series with its header frozen and (where `filtered`) an autofilter over its rows.
    private func finishSheets(_ series: Sheets, frozenColumns: UInt16, filtered: Bool = true) throws {
        for (sheet, rows) in zip(series.sheets, series.rows) {
            xlsx.worksheet_freeze_panes(sheet, 1, frozenColumns)
            if filtered { try check(xlsx.worksheet_autofilter(sheet, 0, 0, max(rows, 1), UInt16(series.heads.count - 1))) }
        }
    }

    private func number(_ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ column: UInt16, _ n: Double,
                        _ format: UnsafeMutablePointer<lxw_format>?) throws {
        try check(xlsx.worksheet_write_number(sheet, row, column, n, format ?? plain))
    }

    private func date(_ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ column: UInt16, _ d: lxw_datetime) throws {
        var d = d
        try check(xlsx.worksheet_write_datetime(sheet, row, column, &d, date))
    }

    /// The row's height for the longest of its wrapped texts, each in a column `width` wide: one
    /// line of 15 points a column's width in characters (a little more: text is narrower than the
    /// "0" Excel measures with), at most Excel's 409 points; left alone for one line.
    private func fit(_ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ texts: [(String?, Double)]) throws {
        let lines = texts.map { text, width in
            guard let text, !text.isEmpty else { return 1 }
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, Int((Double($1.count) / (width * 1.15)).rounded(.up))) }
        }.max() ?? 1
        guard lines > 1 else { return }
        try check(xlsx.worksheet_set_row(sheet, row, min(409, 15 * Double(lines)), nil))
    }

    /// Every call's status is checked: a cell libxlsxwriter refuses is an error, not a gap.
    private func check(_ status: lxw_error) throws {
        guard status == LXW_NO_ERROR else { throw Failure(description: "libxlsxwriter: \(reason(status))") }
    }

    private func reason(_ status: lxw_error) -> String {
        xlsx.lxw_strerror(status).map { String(cString: $0) } ?? "\(status.rawValue)"
    }

    /// `body` with standard error sent to /dev/null: libxlsxwriter prints its own "[ERROR]"
    /// lines there (on a full disk, one a failed call) before it returns the status that our
    /// message reports. Called on the thread that writes the workbook, after the workers.
    static func quietly<T>(_ body: () -> T) -> T {
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        guard saved >= 0, null >= 0 else {
            if saved >= 0 { close(saved) }
            if null >= 0 { close(null) }
            return body()
        }
        dup2(null, STDERR_FILENO)
        close(null)
        defer {
            fflush(nil)
            dup2(saved, STDERR_FILENO)
            close(saved)
        }
        return body()
    }

    /// A text cell. Excel holds at most 32,767 characters in a cell (libxlsxwriter refuses
    /// more and writes nothing): a longer text is cut, and the cell says so and how long it was.
    /// Characters XML cannot hold (most C0 controls, U+FFFE, U+FFFF) become U+FFFD, as in the
    /// report and the JUnit XML: libxlsxwriter writes them as they are, and the sheet's XML was
    /// then not well-formed (openpyxl refused the workbook, LibreOffice cut the sheet there).
    private func put(_ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ column: UInt16, _ text: String,
                     _ format: UnsafeMutablePointer<lxw_format>?) throws {
        try check(xlsx.worksheet_write_string(sheet, row, column, Self.cellText(text), format ?? plain))
    }

    static let maxCellCharacters = 32_000

    static func cellText(_ text: String) -> String {
        let text = XMLWriter.xmlSafe(text)
        let count = text.unicodeScalars.count
        guard count > maxCellCharacters else { return text }
        return String(scalars: text.unicodeScalars.prefix(maxCellCharacters)) + " … [forkortet: \(count) tegn i alt]"
    }

    /// "2024-01-24" (the contract's dates) or a text that is only a date as plans write it
    /// ("24.01.2024", "24.1.24", read by `MetadataExtractor.date`) → a date cell; anything
    /// else ("innen 1.3.2025", "31.02.2025") stays text.
    static func date(_ s: String) -> lxw_datetime? {
        let t = TextCleaning.trimmingHorizontalSpace(s)
        let isISO = t.utf8.count == 10 && t.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") }
        guard let iso = isISO ? t : t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) ? MetadataExtractor.date(in: t) : nil
        else { return nil }
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1900...9999).contains(parts[0]), (1...12).contains(parts[1]) else { return nil }
        let (y, m, d) = (parts[0], parts[1], parts[2])
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { return nil }
        return lxw_datetime(year: Int32(y), month: Int32(m), day: Int32(d), hour: 0, min: 0, sec: 0)
    }
}

/// libxlsxwriter, loaded once, on the first workbook (the header says why not linked).
enum XlsxWriterLibrary {
    // A pointer to the table, written once before this is set and only read after.
    nonisolated(unsafe) static let functions: Result<UnsafePointer<hp_xlsxwriter>, WorkbookOutput.Failure> = load(String(cString: hp_xlsxwriter_soname()))

    /// The library `soname`, or why it cannot be used.
    static func load(_ soname: String) -> Result<UnsafePointer<hp_xlsxwriter>, WorkbookOutput.Failure> {
        var error = [CChar](repeating: 0, count: 512)
        if let loaded = hp_xlsxwriter_load(soname, &error, UInt(error.count)) { return .success(loaded) }
        let why = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return .failure(WorkbookOutput.Failure(description:
            "--format xlsx trenger libxlsxwriter (Debian: libxlsxwriter4), som ikke kunne lastes: \(why)"))
    }
}
