/// A table in two languages cell by cell: every cell holds the text twice, a paragraph each
/// ("Tiltak" / "Action", "Kartlegge uønsket deltid …" / "Map involuntary part-time work …",
/// "Leder" / "Chair"), the plan's language first. The evidence is the count: every head cell
/// has two paragraphs, four cells in five have two and none has more (a date the same in both
/// languages stands once); a cell that lists measures one a paragraph has as many as it has
/// measures, not two nearly everywhere. Each cell keeps its first paragraph.
enum ParallelCells {
    /// Filled cells a table needs before its layout counts as evidence.
    static let minimumCells = 6

    static func relist(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            guard case let .table(table) = block.kind else { return block }
            let filled = table.rows.flatMap(\.filledCells)
            // (A date or a name the same in both languages stands once: "15.09.2026".)
            let twice = filled.filter { $0.paragraphs.count == 2 }.count
            guard filled.count >= minimumCells, filled.allSatisfy({ $0.paragraphs.count <= 2 }), twice * 5 >= filled.count * 4,
                  let head = table.rows.first?.filledCells, !head.isEmpty, head.allSatisfy({ $0.paragraphs.count == 2 }) else { return block }
            var out = table
            for r in out.rows.indices {
                for c in out.rows[r].cells.indices where out.rows[r].cells[c].paragraphs.count == 2 {
                    let first = out.rows[r].cells[c].paragraphs[0]
                    out.rows[r].cells[c] = TableCell(text: first, source: out.rows[r].cells[c].source, paragraphs: [first])
                }
            }
            var b = block
            b.kind = .table(out)
            return b
        }
    }
}
