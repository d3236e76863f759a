/// A mark in a table's cells explained under the table ("Medlemsmøte om AFP*" and, below,
/// "* Videreført fra handlingsplanen for 2025."): the line under the table that opens with the
/// mark the cells end with is the table's note, no item, and the mark is no part of the cells'
/// text; so is such a line read as a row of the table (one cell filled).
enum TableNotes {
    static let marks: Set<Character> = ["*", "†", "¹"]

    static func relist(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        var i = 0
        while i < blocks.count {
            // The note read as a row of the table (an untagged PDF's table runs on below it).
            if case var .table(table) = blocks[i].kind, noteRow(table) != nil {
                var marks: Set<Character> = []
                while let note = noteRow(table) { table.rows.remove(at: note.row); marks.insert(note.mark) }
                for mark in marks { strip(mark, from: &table) }
                var block = blocks[i]
                block.kind = .table(table)
                out.append(block)
                i += 1
                continue
            }
            guard case var .table(table) = blocks[i].kind, i + 1 < blocks.count, let mark = noteMark(blocks[i + 1]),
                  table.rows.contains(where: { $0.cells.contains { $0.text.last == mark } }) else {
                out.append(blocks[i]); i += 1; continue
            }
            strip(mark, from: &table)
            var block = blocks[i]
            block.kind = .table(table)
            out.append(block)
            i += 2
        }
        return out
    }

    /// A row of one cell that opens with a mark other cells of the table end with.
    private static func noteRow(_ table: Table) -> (row: Int, mark: Character)? {
        for (r, row) in table.rows.enumerated() {
            let filled = row.filledCells
            guard filled.count == 1, let mark = filled[0].text.first, marks.contains(mark),
                  table.rows.contains(where: { $0.cells.contains { $0.text.count > 1 && $0.text.last == mark } }) else { continue }
            return (r, mark)
        }
        return nil
    }

    private static func strip(_ mark: Character, from table: inout Table) {
        for r in table.rows.indices {
            for c in table.rows[r].cells.indices {
                var cell = table.rows[r].cells[c]
                guard cell.text.last == mark else { continue }
                cell.text = TextCleaning.clean(String(cell.text.dropLast()))
                cell.paragraphs = cell.paragraphs.map { $0.last == mark ? TextCleaning.clean(String($0.dropLast())) : $0 }
                table.rows[r].cells[c] = cell
            }
        }
    }

    /// The mark a note opens with: a list item marked with it, or a paragraph that starts with it.
    private static func noteMark(_ b: Block) -> Character? {
        if let glyph = b.glyph, marks.contains(glyph) { return glyph }
        if let first = b.text.first, marks.contains(first) { return first }
        return nil
    }
}
