/// Tables whose columns a rule of dashes declares (pandoc's plain text: its "simple" and
/// "multiline" tables; reports printed to text the same way):
///
///       -----------------------------------------------------------
///       Mål                  Tiltak                  Ansvar   Frist
///       -------------------- ----------------------- -------- ------
///       Flere medlemmer i    Kreve drøftingsmøte om  HTV      Innen
///       hele stillinger.     deltid                           juni
///
///                            Kurs i lokale           Leder    Høst
///                            forhandlinger
///       -----------------------------------------------------------
///
/// The document states its columns: each run of dashes in the rule is one, and every line of
/// the table is cut where the runs start. A table opened by a rule across the whole width is
/// "multiline": a blank line ends a row, the cells' text wraps over the lines in between, and the
/// next rule across the width ends the table. Without it, each line is a row (a header right above
/// the column rule) and a blank line ends the table; with no header, the table opens with the
/// column rule and ends with the next one.
enum RuledTables {
    /// The dash runs of a rule (only dashes and spaces, each run three dashes or more), by
    /// character offset; nil for any other line.
    static func runs(_ line: Substring) -> [Range<Int>]? {
        var runs: [Range<Int>] = []
        var start: Int?
        var i = 0
        for c in line {
            if c == "-" { if start == nil { start = i } } else if c == " " {
                if let s = start { runs.append(s..<i); start = nil }
            } else { return nil }
            i += 1
        }
        if let s = start { runs.append(s..<i) }
        return !runs.isEmpty && runs.allSatisfy({ $0.count >= 3 }) ? runs : nil
    }

    /// The table that starts at `start`, and the index of the first line after it.
    static func table(in lines: [PageLayout.Line], from start: Int) -> (Block, Int)? {
        // Cheap refusal first (this is asked of every line): the line, or the next, starts with dashes.
        func dashed(_ k: Int) -> Bool { k < lines.count && lines[k].text.drop { $0 == " " }.hasPrefix("---") }
        guard dashed(start) || dashed(start + 1) else { return nil }
        let opening = runs(lines[start].text)
        var header: [Int] = [], columns: [Range<Int>] = [], body = start, multiline = false
        if let opening, opening.count == 1 {
            // A rule across the width: header lines, then the column rule.
            var k = start + 1
            while k < lines.count, k <= start + 4, runs(lines[k].text) == nil, !lines[k].blankBefore { k += 1 }
            guard k > start + 1, k < lines.count, let rule = runs(lines[k].text), rule.count >= 2 else { return nil }
            header = Array((start + 1)..<k); columns = rule; body = k + 1; multiline = true
        } else if let opening, opening.count >= 2 {
            // No header: the column rule opens the table; rows are blank-separated when any blank
            // line falls before the closing rule.
            columns = opening; body = start + 1
            var k = body
            while k < lines.count, runs(lines[k].text) == nil { k += 1 }
            guard k < lines.count else { return nil }
            multiline = lines[body..<k].dropFirst().contains { $0.blankBefore }
        } else if opening == nil, start + 1 < lines.count, !lines[start + 1].blankBefore, let rule = runs(lines[start + 1].text), rule.count >= 2 {
            header = [start]; columns = rule; body = start + 2
        } else { return nil }
        guard columns.count >= 2 else { return nil }
        let starts = columns.map(\.lowerBound)

        var rows: [TableRow] = []
        var pending: [[String]] = []
        var pendingLine = 0
        func endRow() {
            defer { pending = [] }
            guard let row = row(pending, line: pendingLine) else { return }
            rows.append(row)
        }
        var k = body
        while k < lines.count {
            let text = lines[k].text
            // (Blank lines are not among `lines`: the line after one says so.)
            if lines[k].blankBefore, k > body {
                if !multiline { break }
                endRow()
            }
            if runs(text) != nil { k += 1; break }
            guard let cells = cut(Array(text), at: starts) else { break }
            if pending.isEmpty { pendingLine = lines[k].number }
            pending.append(cells)
            if !multiline { endRow() }
            k += 1
        }
        endRow()
        guard rows.count >= 2 || rows.count == 1 && !header.isEmpty else { return nil }
        realign(&rows)
        if !header.isEmpty, let headerRow = row(header.map { cut(Array(lines[$0].text), at: starts) ?? [] }, line: lines[header[0]].number) {
            rows.insert(headerRow, at: 0)
        }
        return (Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [], source: rows[0].source), k)
    }

    /// What a cell holds, for lining rows up with their columns.
    private enum Content { case text, who, time }
    private static func content(_ text: String) -> Content? {
        text.isEmpty ? nil : FieldValue.isTime(text) ? .time : FieldValue.isWho(text) ? .who : .text
    }

    /// Rows moved right to their columns. A writer that cannot draw a cell merged over several rows
    /// (pandoc) leaves it out of the rows below and moves their cells left, to end in empty
    /// cells: "Kartlegge ufrivillig deltid | HTV | Juni 2025 | ·" under "Mål | Tiltak | Ansvar |
    /// Frist". What the table's columns hold tells: a row whose cells each sit in a column holding
    /// something else (a role under the measures, a time under the roles), and that fits once moved
    /// right by its empty cells, is moved.
    private static func realign(_ rows: inout [TableRow]) {
        guard let width = rows.first?.cells.count, width >= 3 else { return }
        // The columns' contents from the rows that fill the last column (the moved rows would mislead).
        let full = rows.filter { !$0.spansTable && !$0.cells[width - 1].text.isEmpty }
        var columns: [Content] = []
        for c in 0..<width {
            var counts: [Content: Int] = [:]
            for row in full.isEmpty ? rows : full { if let kind = content(row.cells[c].text) { counts[kind, default: 0] += 1 } }
            let total = counts.values.reduce(0, +)
            columns.append(counts.first(where: { $0.value * 2 > total && $0.key != .text })?.key ?? .text)
        }
        guard columns.contains(where: { $0 != .text }) else { return }
        func misfits(_ kinds: [Content?], shift: Int) -> (wrong: Int, right: Int) {
            var wrong = 0, right = 0
            for (c, kind) in kinds.enumerated() {
                guard let kind else { continue }
                if columns[c + shift] == kind { if kind != .text { right += 1 } } else { wrong += 1 }
            }
            return (wrong, right)
        }
        for r in rows.indices where !rows[r].spansTable {
            let trailing = rows[r].cells.reversed().prefix { $0.text.isEmpty }.count
            guard trailing >= 1, trailing < width else { continue }
            let kinds = rows[r].cells.prefix(width - trailing).map { content($0.text) }
            guard misfits(kinds, shift: 0).wrong > 0 else { continue }
            for shift in 1...trailing {
                let moved = misfits(kinds, shift: shift)
                guard moved.wrong == 0, moved.right > 0 else { continue }
                let empty = TableCell(text: "", source: rows[r].source)
                rows[r].cells = Array(repeating: empty, count: shift) + rows[r].cells.prefix(width - shift)
                break
            }
        }
    }

    /// A row from its lines' cells: each cell's lines joined, a line that opens with a list marker
    /// starting a paragraph of its own (a cell listing measures); nil for a row with no text.
    private static func row(_ lines: [[String]], line: Int) -> TableRow? {
        let width = lines.map(\.count).max() ?? 0
        let source = SourcePosition.text(line: line, column: 1)
        var cells: [TableCell] = []
        for c in 0..<width {
            var paragraphs: [String] = []
            for piece in lines.compactMap({ $0.count > c ? $0[c] : nil }) where !piece.isEmpty {
                if paragraphs.isEmpty || ListMarker.split(piece).marker != nil { paragraphs.append(piece) } else {
                    paragraphs[paragraphs.count - 1] = TextCleaning.clean(paragraphs[paragraphs.count - 1] + " " + piece)
                }
            }
            cells.append(TableCell(text: TextCleaning.clean(paragraphs.joined(separator: " ")), source: source, paragraphs: paragraphs))
        }
        guard cells.contains(where: { !$0.text.isEmpty }) else { return nil }
        let spans = !cells[0].text.isEmpty && cells.dropFirst().allSatisfy { $0.text.isEmpty }
        return TableRow(cells: cells, source: source, spansTable: spans)
    }

    /// The line's cells between the column starts, or nil where a cut falls inside a word (the
    /// character before a start and the one at it both printed): then the line is not the table's.
    private static func cut(_ line: [Character], at starts: [Int]) -> [String]? {
        var cells: [String] = []
        for (i, s) in starts.enumerated() {
            let from = i == 0 ? 0 : s
            let end = i + 1 < starts.count ? min(starts[i + 1], line.count) : line.count
            if s > 0, s < line.count, line[s - 1] != " ", line[s] != " " { return nil }
            cells.append(from < end ? TextCleaning.clean(String(line[from..<end])) : "")
        }
        return cells
    }
}
