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
    static let numericColumns: Set<String> = ["period_from", "period_to", "area", "confidence", "line", "paragraph", "page"]

    /// One row per item; docs/columns.md says what each column holds. (plan_id, item_id) is the
    /// row's key; section_id and parent_id join to the JSON's sections and items of that plan.
    /// The position is in the column of what it counts: a text's line, a document's paragraph,
    /// a PDF's page and line on it.
    public static let columns = ["plan_id", "item_id", "section_id", "parent_id", "file", "union", "branch", "title", "adopted",
                                 "period_from", "period_to", "language", "section_number", "section", "kind", "area", "area_name",
                                 "mapping_method", "confidence", "text", "responsible", "deadline", "status", "budget", "comment",
                                 "line", "paragraph", "page"]

    /// `numericColumns` by column index (a Set asked for every field hashed its name).
    private static let isNumericColumn = columns.map(numericColumns.contains)

    public static func encode(_ plans: [Plan], dialect: Dialect = .standard) -> Data {
        var out = header(dialect)
        for plan in plans { out += rows(plan, dialect: dialect) }
        return Data(out)
    }

    /// The byte-order mark where the dialect has one, and the header row.
    public static func header(_ dialect: Dialect) -> [UInt8] {
        var out: [UInt8] = dialect.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        row(columns, dialect, into: &out, header: true)
        return out
    }

    /// One row per item of a plan, written as bytes (the same as quoting and joining Strings,
    /// which cost more than importing the plan).
    public static func rows(_ plan: Plan, dialect: Dialect) -> [UInt8] {
        var out: [UInt8] = []
        let sections = Dictionary(plan.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in plan.items {
            let section = item.section.flatMap { sections[$0] }
            let confidence = twoDecimals(item.mapping.confidence, comma: dialect.decimalComma)
            let position = item.source.counted
            row([plan.source.planID, item.id, item.section, item.parent, plan.source.path, plan.plan.union, plan.plan.branch,
                 plan.plan.title, plan.plan.adopted, plan.plan.periodFrom.map(String.init), plan.plan.periodTo.map(String.init),
                 plan.plan.language?.rawValue, section?.number, section?.heading, item.kind.rawValue, item.area.map(String.init),
                 item.areaName, item.mapping.method, confidence, item.text, item.responsible, item.deadline, item.status,
                 item.budget, item.comment, position.line.map(String.init), position.paragraph.map(String.init),
                 position.page.map(String.init)],
                dialect, into: &out)
        }
        return out
    }

    private static func row(_ fields: [String?], _ dialect: Dialect, into out: inout [UInt8], header: Bool = false) {
        let separator = Array(String(dialect.separator).utf8)
        for (i, field) in fields.enumerated() {
            if i > 0 { out += separator }
            var f = field ?? ""
            if !header, !isNumericColumn[i] { f = spreadsheetSafe(f, dialect) }
            appendQuoted(f, dialect.separator, to: &out)
        }
        out += dialect.lineEnding.utf8
    }

    /// `quote(field, separator)`'s bytes, found on the field's bytes where each scalar is a
    /// character of its own (all below U+0300, no CR: a mark or LF after CR would make one
    /// character of two, which the character comparisons of `quote` then do not see) and the
    /// separator is one ASCII byte.
    static func appendQuoted(_ field: String, _ separator: Character, to out: inout [UInt8]) {
        var field = field
        let written: Bool = field.withUTF8 { b in
            guard let sep = separator.asciiValue, separator != "\r\n",
                  TextMatching.isBelowU0300(b), !b.contains(0x0D) else { return false }
            guard b.contains(where: { $0 == sep || $0 == 0x22 || $0 == 0x0A }) else {
                out.append(contentsOf: b)
                return true
            }
            out.append(0x22)
            for x in b {
                out.append(x)
                if x == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
            return true
        }
        if !written { out += quote(field, separator).utf8 }
    }

    /// `String(format: "%.2f", value)` (with a decimal comma where asked) for a value from 0 to
    /// 1, as printf rounds: the exact binary value to the nearest hundredth, a tie to the even
    /// one (0.125 → "0.12"); decided with fused multiply-adds, whose one rounding keeps the
    /// sign of the exact difference. Other values go to String(format:). Foundation's
    /// formatting cost a few microseconds an item.
    static func twoDecimals(_ value: Double, comma: Bool) -> String {
        guard value >= 0, value <= 1 else {
            let text = String(format: "%.2f", value)
            return comma ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        // floor(exact value × 100): the product's own rounding may have crossed up to an integer.
        var n = (value * 100).rounded(.down)
        if (-n).addingProduct(value, 100) < 0 { n -= 1 }
        let difference = (-(n + 0.5)).addingProduct(value, 100)
        if difference > 0 || (difference == 0 && Int(n) % 2 == 1) { n += 1 }
        let hundredths = Int(n), fraction = hundredths % 100
        return String(hundredths / 100) + (comma ? "," : ".") + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// A text cell as the dialect writes it for a spreadsheet (see `Dialect`).
    static func spreadsheetSafe(_ field: String, _ dialect: Dialect) -> String {
        guard let first = field.unicodeScalars.first else { return field }
        if dialect.neutralisesFormulas, "=+-@\t\r".unicodeScalars.contains(first) { return "'" + field }
        if dialect.keepsIdentifiersAsText, looksLikeNumberOrDate(field) || looksLikeOtherValue(field) { return "=\"" + field + "\"" }
        return field
    }

    /// Digits with the separators of numbers, dates and times ("4.1", "2024", "1/3", "12:30",
    /// "50 %", "1e5"): what a spreadsheet converts when it opens a CSV.
    static func looksLikeNumberOrDate(_ s: String) -> Bool {
        s.unicodeScalars.contains { ("0"..."9").contains($0) }
            && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ".,/-: %eE+\u{A0}".unicodeScalars.contains($0) }
    }

    /// What LibreOffice and Excel in Norwegian also turn into values when they open a CSV
    /// (each seen in LibreOffice 7 with nb-NO): the booleans "SANN"/"USANN" (and Excel's
    /// English "TRUE"/"FALSE"), an accounting negative "(100)", an amount "100,-", "kr 100" or
    /// "100 kr", and a date with a month's name ("mars 2025", "24. mars", "1. mai", "des. 2025").
    static func looksLikeOtherValue(_ s: String) -> Bool {
        // Every such value is short and has a letter, a parenthesis or a ",-"; most cells do not
        // get past this.
        guard s.utf8.count <= 24, let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        let t = s.lowercased()
        if ["sann", "usann", "true", "false"].contains(t) { return true }
        if first == "(", last == ")" { return looksLikeNumberOrDate(String(t.dropFirst().dropLast())) }
        for suffix in [",-", ".-", " kr", " kr.", "kr", " nok"] where t.hasSuffix(suffix) {
            if looksLikeNumberOrDate(String(t.dropLast(suffix.count))) { return true }
        }
        for prefix in ["kr ", "kr. ", "kr", "nok "] where t.hasPrefix(prefix) {
            if looksLikeNumberOrDate(String(t.dropFirst(prefix.count))) { return true }
        }
        return looksLikeDateWithMonthName(t)
    }

    /// A day and/or a year with a month's name (full, or short with or without its dot), in
    /// any order, with spaces, dots, commas, slashes or dashes between: "mars 2025",
    /// "24. mars", "24.mars 2025", "jan. 2025", "mar-25". `t` is in lower case.
    static func looksLikeDateWithMonthName(_ t: String) -> Bool {
        var words: [String] = [], numbers = 0
        var current = "", digits = 0
        func end() {
            if !current.isEmpty { words.append(current); current = "" }
            if digits > 0 { if digits > 4 { numbers = 99 }; numbers += 1; digits = 0 }
        }
        for c in t.unicodeScalars {
            if ("0"..."9").contains(c) { if !current.isEmpty { end() }; digits += 1 }
            else if c.properties.isAlphabetic { if digits > 0 { end() }; current.unicodeScalars.append(c) }
            else if " .,/-\u{A0}".unicodeScalars.contains(c) { end() }
            else { return false }
        }
        end()
        return words.count == 1 && Self.monthNames.contains(words[0]) && (1...2).contains(numbers)
    }

    /// Months in bokmål and nynorsk (the same words), full and short.
    static let monthNames: Set<String> = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                                          "oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                          "sep", "sept", "okt", "nov", "des"]

    static func quote(_ field: String, _ separator: Character) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
