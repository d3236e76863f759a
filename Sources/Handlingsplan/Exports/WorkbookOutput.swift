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

    /// libxlsxwriter's functions (loaded on the first workbook).
    private let xlsx: hp_xlsxwriter
    private let writer: AtomicFile.Writer
    /// Where libxlsxwriter writes: the writer's temporary file, or a temporary of our own
    /// for standard output.
    private let target: String
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let items, overview, review, plansSheet: UnsafeMutablePointer<lxw_worksheet>
    private let bold, wrap, decimal, date: UnsafeMutablePointer<lxw_format>
    private var itemRow: UInt32 = 1
    private var summary = BatchSummary()
    private var closed = false

    static let itemHeads = ["Fil", "Fagforening", "Avdeling", "Periode fra", "Periode til", "Språk", "Seksjon-id", "Seksjonsnr.",
                            "Seksjon", "Id", "Overordnet", "Type", "Område", "Områdenavn", "Metode", "Sikkerhet", "Tekst",
                            "Ansvarlig", "Frist", "Status", "Budsjett", "Kommentar", "Linje"]
    private static let itemWidths: [Double] = [28, 26, 9, 9, 9, 6, 9, 10, 30, 6, 10, 13, 8, 30, 10, 9, 60, 18, 14, 12, 10, 30, 7]

    public init(writer: AtomicFile.Writer) throws {
        xlsx = try XlsxWriterLibrary.functions.get().pointee
        self.writer = writer
        if let temp = writer.temporaryPath {
            target = temp
        } else {
            target = FileManager.default.temporaryDirectory.appendingPathComponent(".handlingsplan-\(UUID().uuidString).xlsx").path
        }
        var options = lxw_workbook_options()
        options.constant_memory = 1
        guard let wb = xlsx.workbook_new_opt(target, &options) else { throw Failure(description: "libxlsxwriter kunne ikke lage arbeidsboken") }
        // These fail only when memory runs out.
        guard let items = xlsx.workbook_add_worksheet(wb, "Tiltak og mål"), let overview = xlsx.workbook_add_worksheet(wb, "Oversikt"),
              let review = xlsx.workbook_add_worksheet(wb, "Til kontroll"), let plansSheet = xlsx.workbook_add_worksheet(wb, "Planer"),
              let bold = xlsx.workbook_add_format(wb), let wrap = xlsx.workbook_add_format(wb),
              let decimal = xlsx.workbook_add_format(wb), let date = xlsx.workbook_add_format(wb)
        else {
            _ = xlsx.workbook_close(wb)
            throw Failure(description: "libxlsxwriter kunne ikke lage arbeidsboken")
        }
        (workbook, self.items, self.overview, self.review, self.plansSheet) = (wb, items, overview, review, plansSheet)
        (self.bold, self.wrap, self.decimal, self.date) = (bold, wrap, decimal, date)
        xlsx.format_set_bold(bold); xlsx.format_set_bg_color(bold, 0xDDE7F0); xlsx.format_set_text_wrap(bold)
        xlsx.format_set_align(bold, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        xlsx.format_set_text_wrap(wrap); xlsx.format_set_align(wrap, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        xlsx.format_set_num_format(decimal, "0.00")
        xlsx.format_set_num_format(date, "dd.mm.yyyy")
        header(items, Self.itemHeads, widths: Self.itemWidths, wrapped: [8, 13, 16, 21])
    }

    deinit {
        if !closed { _ = xlsx.workbook_close(workbook) }
        if writer.temporaryPath == nil { unlink(target) }
    }

    /// The plan itself: the workbook has one writer, on the calling thread.
    public var render: @Sendable (Plan) -> Plan { { $0 } }

    /// One plan: its items now, its counts and findings for the other sheets at the end.
    public func add(_ plan: Plan) {
        let sections = Dictionary(plan.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in plan.items {
            let section = item.section.flatMap { sections[$0] }
            let r = itemRow
            var c: UInt16 = 0
            func text(_ s: String?, _ f: UnsafeMutablePointer<lxw_format>? = nil) { if let s, !s.isEmpty { put(items, r, c, s, f) }; c += 1 }
            func number(_ n: Double?, _ f: UnsafeMutablePointer<lxw_format>? = nil) { if let n { _ = xlsx.worksheet_write_number(items, r, c, n, f) }; c += 1 }
            text(plan.source.path); text(plan.plan.union); text(plan.plan.branch)
            number(plan.plan.periodFrom.map(Double.init)); number(plan.plan.periodTo.map(Double.init)); text(plan.plan.language?.rawValue)
            text(section?.id); text(section?.number); text(section?.heading, wrap)
            text(item.id); text(item.parent); text(item.kind.norwegian)
            number(item.area.map(Double.init)); text(item.areaName, wrap); text(item.mapping.method)
            number((item.mapping.confidence * 100).rounded() / 100, decimal)
            text(item.text, wrap); text(item.responsible)
            if let d = item.deadline.flatMap(Self.date) {
                var dt = d
                _ = xlsx.worksheet_write_datetime(items, r, c, &dt, date); c += 1
            } else {
                text(item.deadline)
            }
            text(item.status); text(item.budget); text(item.comment, wrap)
            number(Double(item.source.line))
            itemRow += 1
        }
        summary.add(plan)
    }

    /// The failures and the other sheets, then the file put in place.
    public func finish(failures: [ImportFailure]) throws {
        for failure in failures { summary.add(failure) }
        _ = xlsx.worksheet_freeze_panes(items, 1, 0)
        _ = xlsx.worksheet_autofilter(items, 0, 0, max(itemRow - 1, 1), UInt16(Self.itemHeads.count - 1))
        writeOverview()
        writeReview()
        writePlans()
        closed = true
        let status = xlsx.workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw Failure(description: "kan ikke skrive arbeidsboken: \(xlsx.lxw_strerror(status).map { String(cString: $0) } ?? "\(status.rawValue)")")
        }
        if writer.temporaryPath == nil {
            // Standard output, or a device: copy the finished file.
            guard let data = FileManager.default.contents(atPath: target) else { throw Failure(description: "arbeidsboken forsvant") }
            try writer.write([UInt8](data))
        }
        try writer.commit()
    }

    private func writeOverview() {
        let heads = ["Plan"] + BatchSummary.areaHeads + ["Lokale mål", "Tiltak", "I alt"]
        _ = xlsx.worksheet_set_row(overview, 0, 60, bold)
        header(overview, heads, widths: [34] + Array(repeating: 14, count: 7) + [10, 10, 10], wrapped: [])
        for (i, plan) in summary.plans.enumerated() {
            let r = UInt32(i + 1)
            put(overview, r, 0, plan.label, nil)
            for (k, area) in [1, 2, 3, 4, 5, 6, 0].enumerated() {
                _ = xlsx.worksheet_write_number(overview, r, UInt16(k + 1), Double(plan.byArea[area]), nil)
            }
            _ = xlsx.worksheet_write_number(overview, r, 8, Double(plan.localGoals), nil)
            _ = xlsx.worksheet_write_number(overview, r, 9, Double(plan.measures), nil)
            _ = xlsx.worksheet_write_number(overview, r, 10, Double(plan.localGoals + plan.measures), nil)
        }
        _ = xlsx.worksheet_freeze_panes(overview, 1, 1)
        guard !summary.plans.isEmpty else { return }
        // White for nothing, through yellow, to green: a branch with nothing in an area stands out.
        var scale = lxw_conditional_format()
        scale.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
        scale.min_color = 0xF8696B
        scale.mid_color = 0xFFEB84
        scale.max_color = 0x63BE7B
        _ = xlsx.worksheet_conditional_format_range(overview, 1, 1, UInt32(summary.plans.count), 6, &scale)
    }

    private func writeReview() {
        let heads = ["Fil", "Plan", "Linje", "Regel", "Alvor", "Melding", "Tekst", "Område", "Metode", "Sikkerhet", "Begrunnelse"]
        header(review, heads, widths: [28, 26, 7, 22, 9, 60, 50, 8, 10, 9, 40], wrapped: [5, 6, 10])
        for (i, row) in summary.review.enumerated() {
            let r = UInt32(i + 1)
            put(review, r, 0, row.path, nil)
            put(review, r, 1, row.plan, nil)
            if let line = row.line { _ = xlsx.worksheet_write_number(review, r, 2, Double(line), nil) }
            put(review, r, 3, row.code, nil)
            put(review, r, 4, row.severity.norwegian, nil)
            put(review, r, 5, row.message, wrap)
            if let item = row.item {
                put(review, r, 6, item.text, wrap)
                if let area = item.area { _ = xlsx.worksheet_write_number(review, r, 7, Double(area), nil) }
                put(review, r, 8, item.mapping.method, nil)
                _ = xlsx.worksheet_write_number(review, r, 9, (item.mapping.confidence * 100).rounded() / 100, decimal)
                if let evidence = item.mapping.evidence { put(review, r, 10, evidence, wrap) }
            }
        }
        _ = xlsx.worksheet_freeze_panes(review, 1, 0)
        _ = xlsx.worksheet_autofilter(review, 0, 0, UInt32(max(summary.review.count, 1)), UInt16(heads.count - 1))
    }

    private func writePlans() {
        let heads = ["Fil", "Fagforening", "Avdeling", "Tittel", "Periode fra", "Periode til", "Vedtatt", "Språk", "Format",
                     "Mål og tiltak", "Lokale mål", "Tiltak", "Advarsler", "Feil", "Kunne ikke leses"]
        header(plansSheet, heads, widths: [28, 26, 9, 34, 9, 9, 11, 6, 10, 9, 9, 9, 9, 7, 50], wrapped: [3, 14])
        var r: UInt32 = 1
        for plan in summary.plans {
            put(plansSheet, r, 0, plan.path, nil)
            if let u = plan.plan.union { put(plansSheet, r, 1, u, nil) }
            if let b = plan.plan.branch { put(plansSheet, r, 2, b, nil) }
            if let t = plan.plan.title { put(plansSheet, r, 3, t, wrap) }
            if let f = plan.plan.periodFrom { _ = xlsx.worksheet_write_number(plansSheet, r, 4, Double(f), nil) }
            if let t = plan.plan.periodTo { _ = xlsx.worksheet_write_number(plansSheet, r, 5, Double(t), nil) }
            if var d = plan.plan.adopted.flatMap(Self.date) { _ = xlsx.worksheet_write_datetime(plansSheet, r, 6, &d, date) }
            if let l = plan.plan.language { put(plansSheet, r, 7, l.rawValue, nil) }
            put(plansSheet, r, 8, plan.format.rawValue, nil)
            for (k, n) in [plan.items, plan.localGoals, plan.measures, plan.warnings, plan.errors].enumerated() {
                _ = xlsx.worksheet_write_number(plansSheet, r, UInt16(9 + k), Double(n), nil)
            }
            r += 1
        }
        for failure in summary.failures {
            put(plansSheet, r, 0, failure.path, nil)
            put(plansSheet, r, 14, failure.error, wrap)
            r += 1
        }
        _ = xlsx.worksheet_freeze_panes(plansSheet, 1, 0)
        _ = xlsx.worksheet_autofilter(plansSheet, 0, 0, max(r - 1, 1), UInt16(heads.count - 1))
    }

    private func header(_ sheet: UnsafeMutablePointer<lxw_worksheet>, _ heads: [String], widths: [Double], wrapped: Set<Int>) {
        for (i, width) in widths.enumerated() {
            _ = xlsx.worksheet_set_column(sheet, UInt16(i), UInt16(i), width, wrapped.contains(i) ? wrap : nil)
        }
        for (i, head) in heads.enumerated() { put(sheet, 0, UInt16(i), head, bold) }
    }

    /// A text cell. Excel holds at most 32,767 characters in a cell (libxlsxwriter refuses
    /// more and writes nothing): a longer text is cut, and the cell says so and how long it was.
    private func put(_ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ column: UInt16, _ text: String,
                            _ format: UnsafeMutablePointer<lxw_format>?) {
        _ = xlsx.worksheet_write_string(sheet, row, column, Self.cellText(text), format)
    }

    static let maxCellCharacters = 32_000

    static func cellText(_ text: String) -> String {
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
