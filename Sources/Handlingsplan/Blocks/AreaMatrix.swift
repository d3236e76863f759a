/// A plan set out as a matrix with an area a column: the header row names three areas or more
/// ("Heiltid og likeløn | Eigne tilsette … | Organisasjon og tariffmakt …"), the first column
/// says what each row holds ("Måla våre", "Vår 2026", "Haust 2026", "Heile perioden"), and
/// each cell lists that row's items for that column's area. Read down a column it is one
/// area's section, so that is how it is passed on: for each area column a heading with the
/// area's name as written, then a table of the row labels and that column's cells, which the
/// table reader reads like any two-column plan table (the label a goal label or a when).
/// The evidence is the document's: headers that name areas, a first column of labels.
enum AreaMatrix {
    /// Columns that must name an area for a table to be read this way.
    static let minimumAreas = 3

    static func relist(_ blocks: [Block]) -> [Block] {
        guard blocks.contains(where: { if case .table = $0.kind { return true } else { return false } }) else { return blocks }
        var out: [Block] = []
        for (i, block) in blocks.enumerated() {
            guard case let .table(table) = block.kind, let columns = areaColumns(table) else { out.append(block); continue }
            let level = headingLevel(around: i, in: blocks)
            let header = table.rows.firstIndex { !$0.filledCells.isEmpty }!
            // The rows' labels: those that are not a goal's or an item's label are times
            // (the column reader is told so: one row of a time is too few to show it).
            let labels = table.rows[(header + 1)...].map { $0.cells[0].text }
            let timed = labels.filter { TableColumns.headerRole($0) == nil && LabelledLine.bareLabel($0) == nil }.allSatisfy(FieldValue.isTime)
            for column in columns {
                let name = table.rows[header].cells[column]
                var rows: [TableRow] = []
                for row in table.rows[(header + 1)...] where column < row.cells.count && !AreaColumn.saysNone(row.cells[column].text) {
                    rows.append(TableRow(cells: [row.cells[0], row.cells[column]], source: row.source))
                }
                guard !rows.isEmpty else { continue }
                out.append(Block(kind: .heading(level: level), text: name.text, number: nil,
                                 lines: [Block.Line(text: name.text, source: name.source)], source: name.source))
                let roles: [Int: TableColumns.Role] = timed ? [0: .deadline, 1: .text] : [1: .text]
                out.append(Block(kind: .table(Table(rows: rows, knownRoles: roles)), text: "", number: nil, lines: [], source: rows[0].source))
            }
        }
        return out
    }

    /// The columns whose header names an area, where the table is such a matrix: at least
    /// `minimumAreas` of them, every other header cell empty but the first, and a first column
    /// of short labels (three words at most, no sentence) in the rows below.
    static func areaColumns(_ table: Table) -> [Int]? {
        guard let header = table.rows.firstIndex(where: { !$0.filledCells.isEmpty }), header + 1 < table.rows.count else { return nil }
        let cells = table.rows[header].cells
        guard cells.count > minimumAreas else { return nil }
        var columns: [Int] = []
        for (c, cell) in cells.enumerated().dropFirst() {
            if Labels.area(named: cell.text) != nil { columns.append(c) } else if !cell.text.isEmpty { return nil }
        }
        guard columns.count >= minimumAreas else { return nil }
        let labels = table.rows[(header + 1)...].map { $0.cells.first?.text ?? "" }
        guard labels.allSatisfy({ !$0.isEmpty && TextMatching.spaceSeparatedCount($0) <= 3 && !$0.hasSuffix(".") }) else { return nil }
        return columns
    }

    /// The level for the area headings: that of the next heading (a section such as the
    /// branch's own running, a peer of the areas), else one below the last heading before, else 1.
    private static func headingLevel(around index: Int, in blocks: [Block]) -> Int {
        for b in blocks[(index + 1)...] { if case let .heading(level) = b.kind { return level } }
        for b in blocks[..<index].reversed() { if case let .heading(level) = b.kind { return level + 1 } }
        return 1
    }
}
