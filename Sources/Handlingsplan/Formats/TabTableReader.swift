/// Tab-table text (a Word table saved as text, seed 001) → one table block.
///
/// Every cell is a line that starts with TAB; a line without TAB continues the
/// cell before it; a blank line ends a row. Exports also split one row across
/// a blank line, so a short group of cells followed by one that makes up the
/// table's usual width is joined back into one row.
struct TabTableReader {
    /// The table of a tab-table export, or nil when the text is not one: most
    /// lines must be TAB cells and several rows share one width.
    func read(_ text: String) -> [Block]? {
        let (cellLines, otherLines) = Self.lineCounts(text)
        guard cellLines >= 6, cellLines > 2 * otherLines else { return nil }
        let raw = Self.groups(of: text)
        let widths = raw.map(\.count).filter { $0 >= 3 }
        guard let widest = widths.max(), widths.filter({ $0 == widest }).count >= 3 else { return nil }

        let width = Self.usualWidth(raw)
        var rows: [TableRow] = []
        var i = 0
        while i < raw.count {
            var cells = raw[i]
            if cells.count < width, i + 1 < raw.count, cells.count + raw[i + 1].count == width {
                cells += raw[i + 1]
                i += 1
            }
            let tableCells = cells.map { TableCell(text: TextCleaning.clean(TextMatching.joined($0.lines, separator: " ")), source: .text(line: $0.line, column: 1)) }
            rows.append(TableRow(cells: tableCells, source: tableCells[0].source, spansTable: cells.count == 1))
            i += 1
        }
        return [Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [], source: rows[0].source)]
    }

    /// The lines that are not blank, as TAB cells and others: counted on the bytes, as most
    /// texts are no table and this pass is all they need of this reader. A TAB never joins
    /// a character after it, so a line starts with the TAB character where its first byte is one.
    static func lineCounts(_ text: String) -> (cells: Int, others: Int) {
        var copy = text
        return copy.withUTF8 { b in
            var cells = 0, others = 0
            TextMatching.forEachLine(in: b) { line in
                if !TextCleaning.isBlank(UnsafeBufferPointer(rebasing: b[line])) {
                    if b[line.lowerBound] == 0x09 { cells += 1 } else { others += 1 }
                }
            }
            return (cells, others)
        }
    }

    private struct RawCell { var lines: [String]; var line: Int }

    private static func groups(of text: String) -> [[RawCell]] {
        var groups: [[RawCell]] = []
        var current: [RawCell] = []
        for (index, line) in TextMatching.lines(text).enumerated() {
            // On the line's bytes: a TAB is a character of its own, and the text after it
            // starts a scalar.
            TextMatching.withBytes(of: line) { b in
                if b.first == 0x09 {
                    current.append(RawCell(lines: [String(decoding: UnsafeBufferPointer(rebasing: b.dropFirst()), as: UTF8.self)], line: index + 1))
                } else if TextCleaning.isBlank(b) {
                    if !current.isEmpty { groups.append(current); current = [] }
                } else if current.isEmpty {
                    current.append(RawCell(lines: [String(line)], line: index + 1))
                } else {
                    current[current.count - 1].lines.append(String(line))
                }
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// The most frequent number of cells in a row (7 in the national template).
    private static func usualWidth(_ groups: [[RawCell]]) -> Int {
        var counts: [Int: Int] = [:]
        for g in groups where g.count > 1 { counts[g.count, default: 0] += 1 }
        return counts.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }?.key ?? 1
    }
}
