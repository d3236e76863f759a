/// A table used as a page grid, each cell a section of its own: its first paragraph a short
/// title and the rest its points ("1. kvartal (januar–mars)" / "Årsmøte med val og
/// rekneskap" / "Grunnskulering for nye tillitsvalde" …, four quarters in a two-by-two table).
/// The evidence is the cells': every filled cell holds a title and two points or more, and
/// half the titles or more are times or name an area. Each cell becomes a heading a level
/// below the section the table stands in, and a list of its points, in reading order.
enum CellSections {
    static let minimumCells = 2

    static func relist(_ blocks: [Block]) -> [Block] {
        guard blocks.contains(where: { if case .table = $0.kind { return true } else { return false } }) else { return blocks }
        var out: [Block] = []
        for (i, block) in blocks.enumerated() {
            guard case let .table(table) = block.kind, let cells = sections(table) else { out.append(block); continue }
            var level = 1
            for b in blocks[..<i].reversed() { if case let .heading(l) = b.kind { level = l + 1; break } }
            for cell in cells {
                let title = cell.paragraphs[0]
                out.append(Block(kind: .heading(level: min(level, 6)), text: title, number: nil,
                                 lines: [Block.Line(text: title, source: cell.source)], source: cell.source))
                for point in cell.paragraphs.dropFirst() {
                    out.append(Block(kind: .listItem(level: 1, ordered: false), text: point, number: nil,
                                     lines: [Block.Line(text: point, source: cell.source)], source: cell.source))
                }
            }
        }
        return out
    }

    /// The table's filled cells in reading order, where the table is such a grid.
    static func sections(_ table: Table) -> [TableCell]? {
        let cells = table.rows.flatMap(\.cells).filter { !$0.text.isEmpty }
        guard cells.count >= minimumCells,
              cells.allSatisfy({ $0.paragraphs.count >= 3 && isTitle($0.paragraphs[0]) }) else { return nil }
        let marked = cells.filter { FieldValue.isTime($0.paragraphs[0]) || Labels.area(named: $0.paragraphs[0]) != nil }.count
        return marked * 2 >= cells.count ? cells : nil
    }

    private static func isTitle(_ text: String) -> Bool {
        TextMatching.spaceSeparatedCount(text) <= 6 && !(text.last.map { ".!?".contains($0) } ?? false)
    }
}
