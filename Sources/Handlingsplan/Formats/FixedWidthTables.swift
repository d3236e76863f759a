/// A table written as fixed-width text, a row a line, each column at the same character as its
/// header (a spreadsheet saved as "Formatted text (space delimited)", .prn; a report printed to
/// text): "Nr   Område        Type    Beskrivelse        Ansvar   Frist   Kostnad". The header is
/// the document's evidence: four columns or more, two spaces or more apart, at least three of
/// them a column header's words (the item's text or the goal among them). Each line after it
/// is cut where the header's columns start, as long as no cut falls inside a word; a blank line,
/// or a line whose words cross the cuts, ends the table; a cell that wraps onto the next line
/// (one cell there, in lower case) says it is no such table. The block is a table with the header's
/// words as its header row, read like any document table (a "Type" column of labels gives each
/// row's kind; an empty area cell is the group's above).
enum FixedWidthTables {
    static let minimumColumns = 4

    static func table(in lines: [PageLayout.Line], from start: Int) -> (Block, Int)? {
        // Cheap refusal first (this is asked of every line): three gaps of two spaces or more.
        var gaps = 0, spaces = 0
        for byte in lines[start].text.utf8 {
            if byte == 0x20 { spaces += 1 } else { if spaces >= 2 { gaps += 1 }; spaces = 0 }
        }
        guard gaps >= minimumColumns - 1 else { return nil }
        let header = Array(lines[start].text)
        guard header.count <= 400, !header.contains("\t") else { return nil }
        let pieces = TextColumns.pieces(header)
        guard pieces.count >= minimumColumns else { return nil }
        let names = pieces.map { TextCleaning.clean(String(header[$0.start..<$0.end])) }
        let roles = names.compactMap(TableColumns.headerRole)
        guard roles.count >= 3, Set(roles).count == roles.count, roles.contains(.text) || roles.contains(.goal),
              names.allSatisfy({ TextMatching.spaceSeparatedCount($0) <= 3 }) else { return nil }
        let starts = pieces.map(\.start)
        var rows: [TableRow] = []
        var k = start + 1
        while k < lines.count {
            let line = Array(lines[k].text)
            if line.allSatisfy({ $0 == " " || $0 == "\u{00A0}" }) || lines[k].blankBefore && !rows.isEmpty { break }
            guard let cells = cut(line, at: starts) else { break }
            // A line with one cell that goes on in lower case is a wrapped cell: a table whose
            // cells wrap is `TextTables`' (pdftotext -layout), not a row a line.
            let filled = cells.filter { !$0.isEmpty }
            if filled.count == 1, filled[0].first?.isLowercase == true { return nil }
            let source = SourcePosition.text(line: lines[k].number, column: 1)
            rows.append(TableRow(cells: cells.map { TableCell(text: $0, source: source) }, source: source))
            k += 1
        }
        guard rows.count >= 2 else { return nil }
        let headerSource = SourcePosition.text(line: lines[start].number, column: 1)
        let headerRow = TableRow(cells: names.map { TableCell(text: $0, source: headerSource) }, source: headerSource)
        return (Block(kind: .table(Table(rows: [headerRow] + rows)), text: "", number: nil, lines: [], source: headerSource), k)
    }

    /// The line's cells between the column starts, or nil where a cut falls inside a word (the
    /// character before a start and the one at it both printed) or the line starts before the
    /// first column.
    private static func cut(_ line: [Character], at starts: [Int]) -> [String]? {
        if let first = line.firstIndex(where: { $0 != " " }), first < starts[0] { return nil }
        var cells: [String] = []
        for (i, s) in starts.enumerated() {
            let end = i + 1 < starts.count ? min(starts[i + 1], line.count) : line.count
            if s > 0, s < line.count, line[s - 1] != " ", line[s] != " " { return nil }
            cells.append(s < end ? TextCleaning.clean(String(line[s..<end])) : "")
        }
        return cells.contains(where: { !$0.isEmpty }) ? cells : nil
    }
}
