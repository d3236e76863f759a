/// Records written as labelled lines, one field a paragraph, the same labels again for every
/// record ("Kva: …" / "Kven: …" / "Når: …", "Tiltak: …" / "Ansvar: …" / "Frist: …"): a table
/// the writer typed without a table. The labels are the document's own evidence — a column
/// header's word before a colon, repeated record after record — and the run becomes one table
/// block with those labels as its header, so that who and when reach their measure as a
/// table's columns would. A record set out as a two-column table of labels and values is
/// turned the same way (`transposed`).
enum LabelledRecords {
    typealias Role = TableColumns.Role

    private struct Field { var label: String; var role: Role; var value: String; var source: SourcePosition }

    /// The blocks with each run of labelled records as one table.
    static func tables(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        var i = 0
        while i < blocks.count {
            if case let .table(t) = blocks[i].kind, let turned = transposed(t) {
                out.append(Block(kind: .table(turned), text: "", number: nil, lines: [], source: blocks[i].source))
                i += 1
            } else if let (table, next) = run(blocks, from: i) {
                out.append(table)
                i = next
            } else {
                out.append(blocks[i])
                i += 1
            }
        }
        return out
    }

    /// A record set out as a table of label and value, a row a field ("Mål | …", "Tiltak | …",
    /// "Ansvarlig | …", "Frist | …": one table per goal): the same record as a table with the
    /// labels as its header and the values as its one row, each value cell as it was (a cell
    /// listing measures one a paragraph gives one item each, with the record's who and when).
    /// Every row's first cell is a short label, three or more of them a column header's word,
    /// among them the item's text and its goal, who or when.
    static func transposed(_ table: Table) -> Table? {
        let rows = table.rows.filter { !$0.filledCells.isEmpty }
        guard rows.count >= 3, rows.allSatisfy({ $0.cells.count >= 2 && $0.filledCells.count <= 2 }) else { return nil }
        var roles: [Role] = []
        for row in rows {
            let label = row.cells[0].text
            guard !label.isEmpty, TextMatching.spaceSeparatedCount(label) <= 3, !label.hasSuffix(".") else { return nil }
            if let role = TableColumns.headerRole(label.hasSuffix(":") ? String(label.dropLast()) : label) { roles.append(role) }
        }
        guard roles.count >= 3, Set(roles).count == roles.count, roles.contains(.text),
              roles.contains(where: { [.goal, .responsible, .deadline].contains($0) }) else { return nil }
        let header = TableRow(cells: rows.map { TableCell(text: $0.cells[0].text, source: $0.source) }, source: rows[0].source)
        let values = TableRow(cells: rows.map { row in
            row.cells.dropFirst().first { !$0.text.isEmpty } ?? TableCell(text: "", source: row.source)
        }, source: rows[0].source)
        return Table(rows: [header, values])
    }

    /// The role a "Label: value" sentence names ("Ansvar: HTV." → who), nil for none.
    static func fieldRole(_ text: String) -> Role? {
        field(Block(kind: .paragraph, text: text, number: nil, lines: [], source: .paragraph(0)))?.role
    }

    /// "Label: value" where the label is a column header's word (three words at most).
    private static func field(_ block: Block) -> Field? {
        switch block.kind {
        case .paragraph, .listItem: break
        default: return nil
        }
        let text = block.text
        guard let colon = text.prefix(32).firstIndex(of: ":") else { return nil }
        let label = TextCleaning.clean(String(text[..<colon]))
        let value = TextCleaning.clean(String(text[text.index(after: colon)...]))
        guard !label.isEmpty, !value.isEmpty, TextMatching.spaceSeparatedCount(label) <= 3,
              let role = TableColumns.headerRole(label) else { return nil }
        return Field(label: label, role: role, value: value, source: block.source)
    }

    /// A run of two records or more from `start`, each with the item's text and at least one of
    /// who or when: the table and the index after the run.
    private static func run(_ blocks: [Block], from start: Int) -> (Block, Int)? {
        guard let first = field(blocks[start]) else { return nil }
        var fields = [first]
        var end = start + 1
        while end < blocks.count, let f = field(blocks[end]) { fields.append(f); end += 1 }
        // Records: a new one where a label comes again, or where a goal starts one.
        var records: [[Field]] = []
        for f in fields {
            if records.isEmpty || f.role == .goal || records[records.count - 1].contains(where: { $0.role == f.role }) { records.append([f]) }
            else { records[records.count - 1].append(f) }
        }
        let complete = records.filter { r in r.contains { $0.role == .text } && r.contains { $0.role == .responsible || $0.role == .deadline } }
        guard complete.count >= 2 else { return nil }
        // The columns in the order the labels first come.
        var roles: [Role] = [], header: [String] = []
        for f in fields where !roles.contains(f.role) { roles.append(f.role); header.append(f.label) }
        let headerRow = TableRow(cells: header.map { TableCell(text: $0, source: first.source) }, source: first.source)
        let rows = records.map { record -> TableRow in
            let cells = roles.map { role in
                record.first { $0.role == role }.map { TableCell(text: $0.value, source: $0.source) } ?? TableCell(text: "", source: record[0].source)
            }
            return TableRow(cells: cells, source: record[0].source)
        }
        let table = Block(kind: .table(Table(rows: [headerRow] + rows)), text: "", number: nil, lines: [], source: first.source)
        return (table, end)
    }
}
