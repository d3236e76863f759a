/// Tables drawn with characters (pandoc's grid tables, box-drawing exports, ASCII art):
///
///     +---------------------+-----------+        ┌─────────────────┬────────┐
///     | Tiltak              | Ansvar    |        │ Tiltak          │ Ansvar │
///     +=====================+===========+        ├─────────────────┼────────┤
///     | Kreve drøftingsmøte | HTV       |        │ Kreve …         │ HTV    │
///     | om heltid           |           |        └─────────────────┴────────┘
///     +---------------------+-----------+
///
/// The document draws the table itself: a rule of junctions and dashes starts it, lines
/// between bars hold its cells, each rule ends a row (a cell's text wraps over the lines in
/// between), and the first line that is neither ends the table.
enum GridTables {
    private static let bars: Set<Character> = ["|", "│", "║", "┃"]
    private static let ruleCharacters: Set<Character> = Set("+-=:|┌┐└┘├┤┬┴┼─━═│║╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪ ")
    private static let junctions: Set<Character> = Set("+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪")

    /// A rule: only rule characters, two junctions or more, and dashes between them.
    static func isRule(_ line: Substring) -> Bool {
        let t = line.drop { $0 == " " }
        guard let first = t.first, junctions.contains(first) else { return false }
        var junctionCount = 0, dashes = 0
        for c in t {
            guard ruleCharacters.contains(c) else { return false }
            if junctions.contains(c) { junctionCount += 1 } else if c != " " && !bars.contains(c) { dashes += 1 }
        }
        return junctionCount >= 2 && dashes >= 3
    }

    /// The cells of a line between bars, or nil for a line that does not start with one.
    private static func cells(_ line: Substring) -> [String]? {
        let t = line.drop { $0 == " " }
        guard let first = t.first, bars.contains(first) else { return nil }
        var parts = t.split(omittingEmptySubsequences: false) { bars.contains($0) }.map { String($0) }
        parts.removeFirst()
        if parts.last.map({ TextCleaning.clean($0).isEmpty }) ?? false { parts.removeLast() }
        return parts.isEmpty ? nil : parts
    }

    /// The table that starts with the rule at `start`, and the index of the first line after it.
    static func table(in lines: [PageLayout.Line], from start: Int) -> (Block, Int)? {
        guard isRule(lines[start].text) else { return nil }
        var rows: [TableRow] = []
        var pending: [[String]] = []
        var pendingLine = lines[start].number
        var k = start + 1
        func endRow() {
            guard !pending.isEmpty else { return }
            let width = pending.map(\.count).max() ?? 0
            let texts = (0..<width).map { c in TextCleaning.clean(pending.compactMap { $0.count > c ? $0[c] : nil }.joined(separator: " ")) }
            let source = SourcePosition.text(line: pendingLine, column: 1)
            let spans = width == 1 || !texts[0].isEmpty && texts.dropFirst().allSatisfy(\.isEmpty)
            if texts.contains(where: { !$0.isEmpty }) {
                rows.append(TableRow(cells: texts.map { TableCell(text: $0, source: source) }, source: source, spansTable: spans))
            }
            pending = []
        }
        while k < lines.count {
            let line = lines[k].text
            if isRule(line) { endRow(); k += 1; continue }
            guard let c = cells(line) else { break }
            if pending.isEmpty { pendingLine = lines[k].number }
            pending.append(c)
            k += 1
        }
        endRow()
        guard rows.count >= 2 else { return nil }
        // Rows of fewer cells (a row across the table) are padded to the table's width.
        let width = rows.map(\.cells.count).max() ?? 0
        for r in rows.indices where rows[r].cells.count < width {
            rows[r].cells += Array(repeating: TableCell(text: "", source: rows[r].source), count: width - rows[r].cells.count)
        }
        return (Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [], source: rows[0].source), k)
    }
}
