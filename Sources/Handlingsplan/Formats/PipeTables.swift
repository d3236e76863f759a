/// Markdown's pipe tables (GitHub, pandoc, Obsidian, Notion, a static site's page source):
///
///     | Tiltak                    | Ansvarleg | Frist  |
///     |---------------------------|-----------|--------|
///     | Krevje heile stillingar   | HTV       | Løpande |
///
/// The document declares the table: a line of cells between bars, then a delimiter row of
/// dashes (with `:` for alignment) for each of its cells; every line after it that starts
/// with a bar is a row, one line a row, its cells parted by bars (`\|` is a bar in a cell).
enum PipeTables {
    static func table(in lines: [PageLayout.Line], from start: Int) -> (Block, Int)? {
        guard start + 1 < lines.count, let head = cells(lines[start].text), head.count >= 2,
              let delimiter = cells(lines[start + 1].text), delimiter.count == head.count, delimiter.allSatisfy(isDelimiter)
        else { return nil }
        func row(_ texts: [String], _ line: Int) -> TableRow {
            let source = SourcePosition.text(line: line, column: 1)
            var texts = texts.map { TextCleaning.clean($0) }
            if texts.count < head.count { texts += Array(repeating: "", count: head.count - texts.count) }
            return TableRow(cells: texts.prefix(head.count).map { TableCell(text: $0, source: source) }, source: source)
        }
        var rows = [row(head, lines[start].number)]
        var k = start + 2
        while k < lines.count, let c = cells(lines[k].text) {
            if c.contains(where: { !TextCleaning.clean($0).isEmpty }) { rows.append(row(c, lines[k].number)) }
            k += 1
        }
        guard rows.count >= 2 else { return nil }
        return (Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [], source: rows[0].source), k)
    }

    /// The cells of a line that starts with a bar (after indentation), `\|` kept in its cell.
    private static func cells(_ line: Substring) -> [String]? {
        let t = line.drop { $0 == " " || $0 == "\t" }
        guard t.first == "|" else { return nil }
        var out: [String] = [], cell = "", escaped = false
        for c in t.dropFirst() {
            if escaped { cell.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "|" { out.append(cell); cell = ""; continue }
            cell.append(c)
        }
        if !TextCleaning.clean(cell).isEmpty { out.append(cell) }
        return out
    }

    /// "---", ":---", "---:", ":---:": three dashes or more.
    private static func isDelimiter(_ cell: String) -> Bool {
        let t = TextCleaning.clean(cell)
        let core = t.drop { $0 == ":" }.reversed().drop { $0 == ":" }
        return core.count >= 3 && core.allSatisfy { $0 == "-" }
    }
}
