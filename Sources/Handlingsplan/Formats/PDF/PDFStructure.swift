/// A tagged PDF's structure tree as blocks: headings (H, H1–H6), paragraphs (P), lists (L, LI,
/// Lbl, LBody) and tables (Table, TR, TH, TD, with their spans), as the DOCX reader makes them
/// from Word's markup. Containers (Document, Sect, Div, Part, …) are walked through; a figure
/// and a table of contents (the headings again) are left out.
enum PDFStructure {
    static func blocks(_ elements: [PDFExtraction.Element]) -> [Block] {
        var walk = Walk()
        walk.visit(elements, listLevel: 0)
        return walk.blocks
    }

    private struct Walk {
        var blocks: [Block] = []
        /// The block count on each page: a block's position is its page and its place on it.
        var perPage: [Int: Int] = [:]
        var lastPage = 1
        /// Bytes of text copied from cells spanning rows into the rows below.
        var copied = 0

        mutating func position(_ page: Int?) -> SourcePosition {
            let page = page ?? lastPage
            lastPage = page
            perPage[page, default: 0] += 1
            return .page(page, line: perPage[page]!)
        }

        mutating func visit(_ elements: [PDFExtraction.Element], listLevel: Int) {
            for e in elements {
                switch e.kind {
                case "H", "H1", "H2", "H3", "H4", "H5", "H6":
                    let level = Int(e.kind.dropFirst()) ?? 1
                    add(.heading(level: level), e.text, page: e.page)
                case "P", "Caption", "Lbl":
                    add(.paragraph, e.text, page: e.page)
                case "L":
                    for item in e.children { listItem(item, level: listLevel + 1) }
                case "LI":
                    listItem(e, level: max(listLevel, 1))
                case "Table":
                    table(e)
                case "Figure", "TOC", "TOCI", "Formula", "Form", "Annot", "Artifact":
                    continue
                default:
                    if let text = e.text { add(.paragraph, text, page: e.page) }
                    visit(e.children, listLevel: listLevel)
                }
            }
        }

        mutating func add(_ kind: Block.Kind, _ text: String?, page: Int?) {
            let lines = Self.lines(text)
            guard !lines.isEmpty else { return }
            let at = position(page)
            blocks += Block.documentParagraphs(kind, text: lines.joined(separator: " "), lines: lines, at: at)
        }

        /// A list item: its label ("•", "1.", "a)") says bulleted or numbered; its body is the
        /// item's text (its own paragraphs, the first the item, nested lists deeper).
        mutating func listItem(_ item: PDFExtraction.Element, level: Int) {
            let given = item.children.first { $0.kind == "Lbl" }?.text.map(Self.clean) ?? ""
            let body = item.children.filter { $0.kind != "Lbl" }
            var texts: [String] = []
            var nested: [PDFExtraction.Element] = []
            var page = item.page
            if let text = item.text, body.isEmpty { texts.append(text) }
            for part in body {
                page = page ?? part.page
                if let text = part.text { texts.append(text) }
                for child in part.children {
                    if child.kind == "L" { nested.append(child) } else if let text = child.text { texts.append(text) } else {
                        texts += child.children.compactMap(\.text)
                    }
                }
            }
            var lines = texts.flatMap { Self.lines($0) }
            var label = given
            // LibreOffice leaves the label in the body's text ("\u{F0B7}Fleire …", "1.Halde …"):
            // a leading glyph (a bullet, a symbol font's private-use character) or number is the label.
            if label.isEmpty, let first = lines.first, let (marker, rest) = Self.leadingLabel(first) {
                label = marker
                lines[0] = rest
                if rest.isEmpty { lines.removeFirst() }
            }
            if !lines.isEmpty {
                let number = label.contains(where: { $0.isNumber }) ? String(label.filter { $0.isNumber || $0 == "." }.trimmingSuffix(".")) : nil
                let ordered = number != nil || (label.count <= 3 && label.last == ")")
                var block = Block(kind: .listItem(level: level, ordered: ordered), text: lines.joined(separator: " "), number: number,
                                  lines: [Block.Line(text: lines.joined(separator: " "), source: position(page))], source: .paragraph(0))
                block.source = block.lines[0].source
                if !ordered, let glyph = label.first { block.glyph = glyph }
                blocks.append(block)
            }
            for list in nested { visit([list], listLevel: level) }
        }

        /// A table's rows (in THead/TBody/TFoot or directly), its cells placed on a grid: a cell
        /// spanning rows down gives its text to each row it spans (as the DOCX and ODT readers
        /// do), except in the first column, whose text is an item's own.
        mutating func table(_ e: PDFExtraction.Element) {
            var rows: [PDFExtraction.Element] = []
            func collect(_ es: [PDFExtraction.Element]) {
                for x in es { if x.kind == "TR" { rows.append(x) } else if ["THead", "TBody", "TFoot"].contains(x.kind) { collect(x.children) } }
            }
            collect(e.children)
            var covered: [Int: (text: String, rows: Int)] = [:]   // column → its text, rows still covered
            var tableRows: [TableRow] = []
            for row in rows {
                let at = position(row.children.first?.page ?? row.page ?? e.page)
                var cells: [TableCell] = []
                func fillCovered() {
                    while let down = covered[cells.count], down.rows > 0 {
                        // Text copied into the rows below counts against the plan's text limit:
                        // past it the copying stops, and the limit refuses the plan.
                        let text = cells.count > 0 && copied <= PlanLimits.textBytes ? down.text : ""
                        copied += text.utf8.count
                        covered[cells.count] = down.rows > 1 ? (down.text, down.rows - 1) : nil
                        cells.append(TableCell(text: text, source: at))
                    }
                }
                for cell in row.children where cell.kind == "TD" || cell.kind == "TH" {
                    fillCovered()
                    let paragraphs = Self.paragraphs(cell)
                    let span = max(1, min(cell.columnSpan ?? 1, 64))
                    let text = paragraphs.joined(separator: " ")
                    if let rowSpan = cell.rowSpan, rowSpan > 1 { covered[cells.count] = (text, min(rowSpan, 10_000) - 1) }
                    cells.append(TableCell(text: text, source: at, paragraphs: paragraphs))
                    for _ in 1..<span { cells.append(TableCell(text: "", source: at)) }
                }
                fillCovered()
                guard !cells.isEmpty else { continue }
                var tableRow = TableRow(cells: cells, source: at)
                let own = row.children.filter { $0.kind == "TD" || $0.kind == "TH" }
                // One cell in a row of a wider table: a row across it (its span, where poppler gives
                // none, from the other rows).
                tableRow.spansTable = own.count == 1 && ((own[0].columnSpan ?? 1) > 1 || rows.contains { $0.children.count > 1 })
                tableRows.append(tableRow)
            }
            guard let first = tableRows.first else { return }
            let width = tableRows.map(\.cells.count).max() ?? 0
            for i in tableRows.indices where tableRows[i].cells.count < width {
                tableRows[i].cells += Array(repeating: TableCell(text: "", source: tableRows[i].source), count: width - tableRows[i].cells.count)
            }
            blocks.append(Block(kind: .table(Table(rows: tableRows)), text: "", number: nil, lines: [], source: first.source))
        }

        /// A list label at the start of an item's text: a glyph that is no letter or digit (a
        /// bullet, a private-use character of a symbol font), or a number ("1.", "2.3", "4)").
        static func leadingLabel(_ text: String) -> (label: String, rest: String)? {
            guard let first = text.first else { return nil }
            // A symbol font's bullet that extracts as a letter or sign ("üFleire", "§Krevje",
            // "ØMedlemane"): one character, then a word in capitals and lower case with no space.
            let chars = Array(text.prefix(3))
            if chars.count == 3, !first.isNumber, !first.isWhitespace, chars[1].isUppercase, chars[2].isLowercase {
                return (String(first), clean(String(text.dropFirst())))
            }
            if !first.isLetter, !first.isNumber, ListMarker.bullets[first] != nil || first.unicodeScalars.first.map({ (0xE000...0xF8FF).contains($0.value) || $0.properties.generalCategory == .otherSymbol }) == true {
                return (String(first), clean(String(text.dropFirst())))
            }
            let digits = text.prefix { $0.isNumber || $0 == "." }
            guard digits.first?.isNumber == true, digits.count <= 6 else { return nil }
            var rest = text.dropFirst(digits.count)
            if digits.last != ".", rest.first == ")" { rest = rest.dropFirst() } else if digits.last != "." { return nil }
            guard rest.first.map({ $0.isWhitespace || $0.isLetter }) ?? true else { return nil }
            return (String(digits), clean(String(rest)))
        }

        /// A cell's paragraphs: its own text, or its children's (paragraphs, list items).
        static func paragraphs(_ e: PDFExtraction.Element) -> [String] {
            if let text = e.text { return lines(text) }
            return e.children.flatMap { child -> [String] in
                if child.kind == "Lbl" { return [] }
                return paragraphs(child)
            }
        }

        /// The text's lines, each clean (white space collapsed); empty lines dropped. poppler gives
        /// an element's text with its line breaks left out ("… i turnus.Følge opp …" where the
        /// document had a line break after "turnus."): a sentence's end with no space before the
        /// next sentence's capital is where a line broke.
        static func lines(_ text: String?) -> [String] {
            guard let text else { return [] }
            return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" })
                .flatMap { brokenLines(String($0)) }
                .map { clean($0) }.filter { !$0.isEmpty }
        }

        /// "turnus.Følge opp" → "turnus.", "Følge opp": a letter (or closing bracket), ".", "!" or
        /// "?", then a capital or a digit with no space between.
        static func brokenLines(_ text: String) -> [String] {
            let chars = Array(text)
            var out: [String] = [], start = 0
            var i = 1
            while i + 1 < chars.count {
                if ".!?".contains(chars[i]), chars[i - 1].isLetter && chars[i - 1].isLowercase || chars[i - 1] == ")",
                   chars[i + 1].isUppercase || chars[i + 1].isNumber {
                    out.append(String(chars[start...i])); start = i + 1
                }
                i += 1
            }
            out.append(String(chars[start...]))
            return out
        }

        static func clean(_ text: String) -> String {
            text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
