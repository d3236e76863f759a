import Foundation

/// One row per item (RFC 4180): fields with the separator, quotes or line
/// breaks are quoted, quotes doubled.
public enum CSVExport {
    public struct Dialect: Sendable {
        public var separator: Character
        public var lineEnding: String
        public var byteOrderMark: Bool
        public var decimalComma: Bool
        /// A text cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, so that a
        /// spreadsheet shows it as text instead of running it as a formula (OWASP's advice on CSV
        /// injection). Changes the data: off in the plain CSV unless `--safe-csv` is given.
        public var neutralisesFormulas = false
        /// A text cell a spreadsheet would read as a number or a date ("4.1" → 4 January, "0252" →
        /// 252) is written as `="4.1"`, which Excel shows as the text 4.1.
        public var keepsIdentifiersAsText = false

        /// RFC 4180: comma, CRLF as the RFC says, no BOM, the data as it is.
        public static let standard = Dialect(separator: ",", lineEnding: "\r\n", byteOrderMark: false, decimalComma: false)
        /// What Norwegian Excel opens correctly by double-click: UTF-8 with BOM
        /// (or it guesses Windows-1252), `;` (the list separator where `,` is the
        /// decimal sign), CRLF, decimal commas, identifiers kept as text, formulas neutralised.
        public static let excel = Dialect(separator: ";", lineEnding: "\r\n", byteOrderMark: true, decimalComma: true,
                                          neutralisesFormulas: true, keepsIdentifiersAsText: true)

        /// This dialect with formulas neutralised (`--safe-csv`).
        public var safe: Dialect { var d = self; d.neutralisesFormulas = true; return d }
    }

    /// The columns that hold numbers (written as numbers); all others are text.
    static let numericColumns: Set<String> = ["period_from", "period_to", "area", "confidence", "line"]

    public static let columns = ["file", "union", "branch", "period_from", "period_to", "language", "section_number", "section",
                                 "kind", "area", "area_name", "mapping_method", "confidence", "text", "responsible", "deadline",
                                 "status", "budget", "comment", "line"]

    public static func encode(_ plans: [Plan], dialect: Dialect = .standard) -> Data {
        var out = header(dialect)
        for plan in plans { out += rows(plan, dialect: dialect) }
        return Data(out)
    }

    /// The byte-order mark where the dialect has one, and the header row.
    public static func header(_ dialect: Dialect) -> [UInt8] {
        var out = dialect.byteOrderMark ? "\u{FEFF}" : ""
        row(columns, dialect, into: &out, header: true)
        return Array(out.utf8)
    }

    /// One row per item of a plan.
    public static func rows(_ plan: Plan, dialect: Dialect) -> [UInt8] {
        var out = ""
        let sections = Dictionary(plan.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in plan.items {
            let section = item.section.flatMap { sections[$0] }
            var confidence = String(format: "%.2f", item.mapping.confidence)
            if dialect.decimalComma { confidence = confidence.replacingOccurrences(of: ".", with: ",") }
            row([plan.source.path, plan.plan.union, plan.plan.branch, plan.plan.periodFrom.map(String.init),
                 plan.plan.periodTo.map(String.init), plan.plan.language?.rawValue, section?.number, section?.heading,
                 item.kind.rawValue, item.area.map(String.init), item.areaName, item.mapping.method, confidence,
                 item.text, item.responsible, item.deadline, item.status, item.budget, item.comment, String(item.source.line)],
                dialect, into: &out)
        }
        return Array(out.utf8)
    }

    private static func row(_ fields: [String?], _ dialect: Dialect, into out: inout String, header: Bool = false) {
        out += fields.enumerated().map { i, field in
            var f = field ?? ""
            if !header, !numericColumns.contains(columns[i]) { f = spreadsheetSafe(f, dialect) }
            return quote(f, dialect.separator)
        }.joined(separator: String(dialect.separator))
        out += dialect.lineEnding
    }

    /// A text cell as the dialect writes it for a spreadsheet (see `Dialect`).
    static func spreadsheetSafe(_ field: String, _ dialect: Dialect) -> String {
        guard let first = field.unicodeScalars.first else { return field }
        if dialect.neutralisesFormulas, "=+-@\t\r".unicodeScalars.contains(first) { return "'" + field }
        if dialect.keepsIdentifiersAsText, looksLikeNumberOrDate(field) { return "=\"" + field + "\"" }
        return field
    }

    /// Digits with the separators of numbers, dates and times ("4.1", "2024", "1/3", "12:30",
    /// "50 %", "1e5"): what a spreadsheet converts when it opens a CSV.
    static func looksLikeNumberOrDate(_ s: String) -> Bool {
        s.unicodeScalars.contains { ("0"..."9").contains($0) }
            && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ".,/-: %eE+\u{A0}".unicodeScalars.contains($0) }
    }

    static func quote(_ field: String, _ separator: Character) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
