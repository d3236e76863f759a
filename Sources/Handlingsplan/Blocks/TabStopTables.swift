/// Tables drawn with tab stops instead of a table: a line of column heads
/// ("Tiltak⇥Ansvar⇥Frist") and under it one paragraph a row, its fields parted by TABs
/// ("Verveuke på alle arbeidsplasser⇥Vervekontakt⇥Uke 17"). A writer who never inserted a
/// table still lays out columns; the document's evidence is that consecutive paragraphs part
/// their text at TABs into the same few fields. Such a run becomes a table block, read by the
/// same column logic as a real table (its header words, or the cells' contents).
///
/// The readers of DOCX and ODT keep a paragraph's fields (`Block.tabFields`); a TAB before any
/// text is indentation, not a field.
enum TabStopTables {
    /// The fields of a one-line paragraph whose text is parted by TABs, each clean; nil where the
    /// paragraph has fewer than two (no TAB after its first text) or several lines.
    static func fields(ofLines lines: [String]) -> [String]? {
        let filled = lines.filter { !TextCleaning.clean($0).isEmpty }
        guard filled.count == 1, filled[0].contains("\t") else { return nil }
        var parts = filled[0].split(separator: "\t", omittingEmptySubsequences: false).map { TextCleaning.clean(String($0)) }
        while parts.first?.isEmpty == true { parts.removeFirst() }
        while parts.last?.isEmpty == true { parts.removeLast() }
        // A typed list marker before the TAB ("1.1⇥Kreve …", "•⇥Verve …") makes a list item, not a row;
        // a label ("Mål:⇥Flere …", "Tiltak:⇥Kurs …") a labelled line.
        if let first = parts.first, ListMarker.split(first + " x").marker != nil, ListMarker.split(first + " x").text == "x" { return nil }
        if let first = parts.first, first.hasSuffix(":") { return nil }
        return parts.count >= 2 ? parts : nil
    }

    /// The TABs before a paragraph's first text: indentation, a tab stop each.
    static func leadingTabs(_ lines: [String]) -> Double {
        guard let first = lines.first(where: { !TextCleaning.clean($0).isEmpty }) else { return 0 }
        return Double(first.prefix { $0 == "\t" || $0 == " " }.filter { $0 == "\t" }.count)
    }

    static func relist(_ blocks: [Block]) -> [Block] {
        guard blocks.contains(where: { $0.tabFields != nil }) else { return blocks }
        var out: [Block] = []
        var i = 0
        while i < blocks.count {
            var end = i
            while end < blocks.count, blocks[end].tabFields != nil, !isHeading(blocks[end]) { end += 1 }
            if end - i >= 2, let table = table(Array(blocks[i..<end])) {
                out.append(table)
                i = end
            } else {
                out.append(blocks[i])
                i += 1
            }
        }
        return out
    }

    private static func isHeading(_ b: Block) -> Bool {
        if case .heading = b.kind { return true }
        return false
    }

    /// The run as a table: its first paragraph is the header where its fields are all short
    /// words (no sentence, no digits), and the others' fields are fitted to the header's width
    /// (a row with more fields than heads had a TAB to reach a stop: its empty fields go
    /// first). Without a header, the run must show the same width at least three times.
    private static func table(_ run: [Block]) -> Block? {
        let fields = run.map { $0.tabFields! }
        // A table of contents: every line ends in its page number.
        if fields.filter({ $0.last!.count <= 3 && $0.last!.allSatisfy(\.isNumber) }).count * 5 >= fields.count * 4 { return nil }
        let hasHeader = fields[0].allSatisfy(isHead)
        let width: Int
        if hasHeader {
            width = fields[0].count
        } else {
            let widths = fields.map(\.count)
            guard let common = Set(widths).max(by: { a, b in widths.filter { $0 == a }.count < widths.filter { $0 == b }.count }),
                  widths.filter({ $0 == common }).count >= 3 else { return nil }
            width = common
        }
        var rows: [TableRow] = []
        for (k, row) in fields.enumerated() {
            var cells = row
            while cells.count > width, let empty = cells.firstIndex(where: \.isEmpty) { cells.remove(at: empty) }
            if cells.count > width { cells = Array(cells.prefix(width - 1)) + [cells.dropFirst(width - 1).joined(separator: " ")] }
            cells += Array(repeating: "", count: width - cells.count)
            let source = run[k].source
            rows.append(TableRow(cells: cells.map { TableCell(text: $0, source: source) }, source: source))
        }
        return Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [], source: run[0].source)
    }

    /// A column head: one to three words, no digits, no sentence's end.
    private static func isHead(_ field: String) -> Bool {
        let words = field.split(separator: " ")
        return (1...3).contains(words.count) && !field.contains(where: { $0.isNumber })
            && !(field.last.map { ".!?".contains($0) } ?? false)
    }
}
