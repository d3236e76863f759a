/// Delimited text (a spreadsheet saved as CSV: `;` from a Norwegian Calc or Excel, `,`,
/// TAB between cells) → one table block.
///
/// Which character separates the cells is the document's own evidence: the one that, read
/// with CSV's quoting (a quoted cell may hold the separator, line breaks and `""`), splits
/// nearly every record into the same number of cells, three or more. Spreadsheets pad every
/// record to the sheet's width (`Tittel;;;;;`), so their title rows count too; running text
/// with commas never splits that evenly.
struct DelimitedTextReader {
    /// Separators tried, in order.
    static let separators: [Character] = [";", "\t", ","]

    /// The table of a delimited export, or nil when the text is not one.
    func read(_ text: String) -> [Block]? {
        // Cheap refusal: a spreadsheet's first line already has two separators.
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        for separator in Self.separators where firstLine.filter({ $0 == separator }).count >= 2 {
            guard let records = Self.records(text, separator: separator), let width = Self.evenWidth(records) else { continue }
            return [Self.table(records, width: width)]
        }
        return nil
    }

    struct Record { var cells: [String]; var line: Int }

    /// The records of the text with `separator`, CSV quoting undone; nil where a quote never
    /// closes (no CSV) or the text has too few records to be a table.
    static func records(_ text: String, separator: Character) -> [Record]? {
        var records: [Record] = []
        var cells: [String] = [], cell = "", line = 1, recordLine = 1
        var quoted = false, atCellStart = true
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1; cell.append("\n") } else { cell.append(c) }
                }
                continue
            }
            switch c {
            case "\"" where atCellStart:
                quoted = true; atCellStart = false
            case separator:
                cells.append(cell); cell = ""; atCellStart = true
            case "\n", "\r\n", "\r":
                cells.append(cell); cell = ""; atCellStart = true
                records.append(Record(cells: cells, line: recordLine))
                cells = []; line += 1; recordLine = line
            default:
                cell.append(c); atCellStart = false
            }
        }
        if quoted { return nil }
        if !cell.isEmpty || !cells.isEmpty { cells.append(cell); records.append(Record(cells: cells, line: recordLine)) }
        return records.count >= 4 ? records : nil
    }

    /// The number of cells nearly every non-blank record has (nine in ten, at least four
    /// records), three or more; nil where the records do not agree.
    static func evenWidth(_ records: [Record]) -> Int? {
        let counted = records.filter { $0.cells.count > 1 || !($0.cells.first ?? "").allSatisfy(\.isWhitespace) }
        var counts: [Int: Int] = [:]
        for r in counted { counts[r.cells.count, default: 0] += 1 }
        guard let (width, n) = counts.max(by: { $0.value < $1.value }), width >= 3, n >= 4, n * 10 >= counted.count * 9 else { return nil }
        // Cells with text in two columns or more on several records: a table, not a list of
        // lines with separators at their ends.
        let wide = counted.filter { $0.cells.filter { !TextCleaning.clean($0).isEmpty }.count >= 2 }.count
        return wide >= 3 ? width : nil
    }

    private static func table(_ records: [Record], width: Int) -> Block {
        var rows: [TableRow] = []
        for record in records {
            let texts = record.cells.map { TextCleaning.clean($0.replacingOccurrences(of: "\n", with: " ")) }
            guard texts.contains(where: { !$0.isEmpty }) else { continue }
            let source = SourcePosition.text(line: record.line, column: 1)
            var cells = texts.map { TableCell(text: $0, source: source) }
            if cells.count < width { cells += Array(repeating: TableCell(text: "", source: source), count: width - cells.count) }
            let spans = !texts[0].isEmpty && texts.dropFirst().allSatisfy(\.isEmpty)
            rows.append(TableRow(cells: cells, source: source, spansTable: spans))
        }
        return Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [], source: rows.first?.source ?? .text(line: 1, column: 1))
    }
}
