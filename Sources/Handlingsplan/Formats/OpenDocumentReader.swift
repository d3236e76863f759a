/// OpenDocument text (LibreOffice's .odt, `content.xml`) → blocks: `text:h`
/// with its outline level, `text:list` with nesting and bullet or number from
/// its list style, `table:table` with spanned and covered cells.
struct OpenDocumentReader {
    static let textNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let tableNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

    /// List style name → levels that number (absent: bullets).
    private var numberedLevels: [String: Set<Int>] = [:]
    /// Paragraph style name → its display name, its parent style, and whether it is an
    /// automatic style ("P1": direct formatting on a style, no name a person gave).
    private var paragraphStyles: [String: (display: String?, parent: String?, automatic: Bool, marginLeft: Double?)] = [:]
    private var blocks: [Block] = []
    private var paragraphCount = 0

    /// `styles` is styles.xml's root, where list styles may also stand.
    init(styles: XMLElement?) {
        if let styles { collectListStyles(styles); collectParagraphStyles(styles) }
    }

    mutating func read(content: XMLElement) -> [Block] {
        collectListStyles(content)
        collectParagraphStyles(content)
        let body = content.descendants("text").first { $0.namespace?.hasPrefix("urn:oasis:names:tc:opendocument:xmlns:office") == true } ?? content
        walk(body, listStyle: nil, listLevel: 0)
        return blocks
    }

    private mutating func collectListStyles(_ root: XMLElement) {
        for style in root.descendants("list-style") {
            guard let name = style["name"] else { continue }
            var numbered: Set<Int> = []
            for level in style.all("list-level-style-number") {
                if let l = level["level"].flatMap(Int.init) { numbered.insert(l) }
            }
            numberedLevels[name] = numbered
        }
    }

    private mutating func collectParagraphStyles(_ root: XMLElement) {
        for container in root.descendants("automatic-styles") + root.descendants("styles") {
            for style in container.all("style") where style["family"] == "paragraph" {
                guard let name = style["name"] else { continue }
                let margin = style.first("paragraph-properties")?["margin-left"].flatMap(Self.points)
                paragraphStyles[name] = (style["display-name"], style["parent-style-name"], container.name == "automatic-styles", margin)
            }
        }
    }

    /// The names of a paragraph's style and its parents, nearest first, as a person reads them
    /// (an automatic style "P1" only passes its parent on).
    private func styleNames(_ name: String?) -> [String] {
        var out: [String] = [], current = name
        for _ in 0..<10 {
            guard let key = current else { break }
            let style = paragraphStyles[key]
            // (A name's spaces are written "_20_" where no display name is given.)
            if style?.automatic != true { out.append(style?.display ?? key.replacingOccurrences(of: "_20_", with: " ")) }
            current = style?.parent
        }
        return out
    }

    /// A paragraph style's left margin, its own or the nearest parent's, in points.
    private func marginLeft(_ name: String?) -> Double? {
        var current = name
        for _ in 0..<10 {
            guard let key = current, let style = paragraphStyles[key] else { return nil }
            if let m = style.marginLeft { return m }
            current = style.parent
        }
        return nil
    }

    /// An ODF length ("1cm", "0.3937in", "28.35pt", "10mm") in points.
    static func points(_ length: String) -> Double? {
        let units: [(String, Double)] = [("cm", 72 / 2.54), ("mm", 72 / 25.4), ("in", 72), ("pt", 1), ("pc", 12), ("px", 0.75)]
        for (unit, factor) in units where length.hasSuffix(unit) {
            return Double(length.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }

    private mutating func walk(_ container: XMLElement, listStyle: String?, listLevel: Int) {
        for e in container.elements {
            switch e.name {
            case "h" where e.namespace == Self.textNS:
                let level = e["outline-level"].flatMap(Int.init) ?? 1
                add(e, kind: .heading(level: max(1, level)))
            case "p" where e.namespace == Self.textNS:
                if listLevel > 0 {
                    let ordered = listStyle.map { numberedLevels[$0]?.contains(listLevel) ?? false } ?? false
                    add(e, kind: .listItem(level: listLevel, ordered: ordered))
                } else {
                    add(e, kind: .paragraph)
                }
            case "list" where e.namespace == Self.textNS:
                walk(e, listStyle: e["style-name"] ?? listStyle, listLevel: listLevel + 1)
            case "list-item", "list-header", "section", "index-body", "table-of-content":
                walk(e, listStyle: listStyle, listLevel: listLevel)
            case "table" where e.namespace == Self.tableNS:
                if rowsOf(e).contains(where: { $0.elements.contains(where: holdsTable) }) { layout(e) } else { blocks.append(table(e)) }
            case "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "forms", "note", "annotation":
                continue
            default:
                walk(e, listStyle: listStyle, listLevel: listLevel)
            }
        }
    }

    private mutating func add(_ p: XMLElement, kind: Block.Kind) {
        paragraphCount += 1
        let position = SourcePosition.paragraph(paragraphCount)
        var content = ODFInline()
        content.collect(p)
        let lines = content.lines.map(TextCleaning.clean).filter { !$0.isEmpty }
        let text = TextCleaning.clean(TextMatching.joined(lines, separator: " "))
        if !text.isEmpty {
            let names = styleNames(p["style-name"])
            let fields = TabStopTables.fields(ofLines: content.lines)
            let made = Block.documentParagraphs(kind, text: text, lines: lines, at: position)
            let indent = (marginLeft(p["style-name"]) ?? 0) + TabStopTables.leadingTabs(content.lines) * 36
            blocks += made.map { var b = $0; b.styles = names; b.indent = indent; if made.count == 1 { b.tabFields = fields }; return b }
        }
        for frame in content.textBoxes { walk(frame, listStyle: nil, listLevel: 0) }
    }

    private mutating func table(_ t: XMLElement) -> Block {
        let first = paragraphCount + 1
        var rows: [TableRow] = []
        // Cells spanning rows down: column → (text, rows still covered).
        var spansDown: [Int: (text: String, rows: Int)] = [:]
        for row in rowsOf(t) {
            var cells: [TableCell] = []
            var coveredBySpan = 0
            for cell in row.elements where cell.namespace == Self.tableNS {
                let start = paragraphCount + 1
                switch cell.name {
                case "table-cell":
                    let parts = cellParagraphs(cell)
                    let text = TextCleaning.clean(TextMatching.joined(parts, separator: " "))
                    let span = max(1, min(64, cell["number-columns-spanned"].flatMap(Int.init) ?? 1))
                    if let down = cell["number-rows-spanned"].flatMap(Int.init), down > 1 { spansDown[cells.count] = (text, down - 1) }
                    cells.append(TableCell(text: text, source: .paragraph(start), paragraphs: parts))
                    for _ in 1..<span { cells.append(TableCell(text: "", source: .paragraph(start))) }
                    coveredBySpan = span - 1
                case "covered-table-cell":
                    // Covered by the cell to its left (already padded) or by one above (an empty place).
                    if coveredBySpan > 0 {
                        coveredBySpan -= 1
                    } else {
                        // As in DOCX: a merged cell's text belongs to every row it spans, except in the
                        // first column, whose text is an item's own.
                        let column = cells.count
                        var text = ""
                        if let down = spansDown[column], down.rows > 0 {
                            if column > 0 { text = down.text }
                            spansDown[column] = down.rows > 1 ? (down.text, down.rows - 1) : nil
                        }
                        cells.append(TableCell(text: text, source: .paragraph(start)))
                    }
                default: continue
                }
            }
            let own = row.elements.filter { $0.name == "table-cell" }
            let spanning = own.count == 1 && (own[0]["number-columns-spanned"].flatMap(Int.init) ?? 1) > 1
            if !cells.isEmpty { rows.append(TableRow(cells: cells, source: cells[0].source, spansTable: spanning)) }
        }
        return Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [], source: .paragraph(first))
    }

    /// A table with tables in its cells lays out the page: its cells read as the document they
    /// hold, a row's first cell, where it is one short line beside the rest, as the heading over
    /// them (as `WordprocessingReader` reads such a table).
    private mutating func layout(_ t: XMLElement) {
        for row in rowsOf(t) {
            let cells = row.elements.filter { $0.name == "table-cell" && $0.namespace == Self.tableNS }
            for (i, cell) in cells.enumerated() {
                let before = blocks.count
                walk(cell, listStyle: nil, listLevel: 0)
                if i == 0, cells.count >= 2, blocks.count == before + 1, case .paragraph = blocks[before].kind,
                   blocks[before].text.count <= 80, !(blocks[before].text.last.map { ".!?:".contains($0) } ?? false) {
                    blocks[before].kind = .heading(level: 2)
                }
            }
        }
    }

    private func holdsTable(_ cell: XMLElement) -> Bool {
        cell.name == "table-cell" && cell.elements.contains { $0.name == "table" && $0.namespace == Self.tableNS }
    }

    /// The table's own rows (inside header-row and row-group wrappers), not those of nested tables.
    private func rowsOf(_ e: XMLElement) -> [XMLElement] {
        e.elements.filter { $0.namespace == Self.tableNS }.flatMap { c -> [XMLElement] in
            switch c.name {
            case "table-row": return [c]
            case "table-header-rows", "table-rows", "table-row-group": return rowsOf(c)
            default: return []
            }
        }
    }

    /// A cell's paragraphs (in lists and nested tables too) in document order, each clean,
    /// empty ones left out.
    private mutating func cellParagraphs(_ cell: XMLElement) -> [String] {
        var parts: [String] = []
        for e in cell.elements {
            if (e.name == "p" || e.name == "h") && e.namespace == Self.textNS {
                paragraphCount += 1
                var content = ODFInline()
                content.collect(e)
                // A line break parts a cell's items as a paragraph would (`TableColumns.items(of:)`).
                parts += content.lines.map(TextCleaning.clean)
            } else {
                parts += cellParagraphs(e)
            }
        }
        return parts.filter { !$0.isEmpty }
    }
}

/// The text of an ODF paragraph: text, spans, links, `text:s` spaces, tabs and
/// line breaks; notes, annotations and change marks left out; frames' text
/// boxes handed back as their own paragraphs.
private struct ODFInline {
    var lines: [String] = [""]
    var textBoxes: [XMLElement] = []

    mutating func collect(_ e: XMLElement) {
        for node in e.children {
            switch node {
            case let .text(t):
                lines[lines.count - 1] += t
            case let .element(c):
                switch c.name {
                case "s": lines[lines.count - 1] += " "
                case "tab": lines[lines.count - 1] += "\t"  // fields laid out by tab stops (TabStopTables)
                case "line-break": lines.append("")
                case "text-box": textBoxes.append(c)
                case "note", "annotation", "annotation-end", "change", "change-start", "change-end", "bookmark", "bookmark-start",
                     "bookmark-end", "soft-page-break", "reference-mark", "toc-mark", "alphabetical-index-mark":
                    continue
                default: collect(c) // span, a, frame, ruby, meta
                }
            }
        }
    }
}
