/// A tagged PDF's structure tree as blocks: headings (H, H1–H6), paragraphs (P), lists (L, LI,
/// Lbl, LBody) and tables (Table, TR, TH, TD, with their spans), as the DOCX reader makes them
/// from Word's markup. Containers (Document, Sect, Div, Part, …) are walked through; a figure
/// and a table of contents (the headings again) are left out.
enum PDFStructure {
    static func blocks(_ elements: [PDFExtraction.Element], pages: [PDFExtraction.Page] = []) -> [Block] {
        var walk = Walk(words: PageWords(pages))
        walk.visit(elements, listLevel: 0)
        return walk.blocks
    }

    /// A paragraph's text with the space restored after a leading section number that the
    /// text runs into ("1.1Flere ansatte …", "2.3.1Kreve …"): LibreOffice tags a paragraph
    /// of outline numbering as P and drops the tab after its number, which the words of the
    /// page show as apart. The marker inventory then sees the numbers as the lines' markers.
    static func unglued(_ text: String) -> String {
        let number = text.prefix { $0.isNumber || $0 == "." }
        guard number.first?.isNumber == true, number.count <= 8, number.contains("."),
              let next = text.dropFirst(number.count).first, next.isUppercase else { return text }
        return number + " " + text.dropFirst(number.count)
    }

    private struct Walk {
        let words: PageWords
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
                    let before = blocks.count
                    add(.paragraph, e.text.map(PDFStructure.unglued), page: e.page)
                    if blocks.count == before + 1, let page = e.page { blocks[before].boldLead = words.boldLead(blocks[before].text, page: page) }
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

        /// A list item: its label ("•", "1.", "a)") says bulleted or numbered; its body's first
        /// paragraph is the item, each further paragraph of it an item of the same level (as the
        /// ODT reader reads a list item's paragraphs), nested lists a level deeper.
        mutating func listItem(_ item: PDFExtraction.Element, level: Int) {
            let given = item.children.first { $0.kind == "Lbl" }?.text.map(Self.clean) ?? ""
            let body = item.children.filter { $0.kind != "Lbl" }
            var paragraphs: [[String]] = []
            var nested: [PDFExtraction.Element] = []
            var page = item.page
            if let text = item.text, body.isEmpty { paragraphs.append(Self.lines(text)) }
            for part in body {
                page = page ?? part.page
                if let text = part.text { paragraphs.append(Self.lines(text)) }
                for child in part.children {
                    if child.kind == "L" { nested.append(child) } else if let text = child.text { paragraphs.append(Self.lines(text)) } else {
                        paragraphs += child.children.compactMap(\.text).map { Self.lines($0) }
                    }
                }
            }
            paragraphs.removeAll { $0.isEmpty }
            var label = given
            // LibreOffice leaves the label in the body's text ("\u{F0B7}Fleire …", "1.Halde …",
            // "IV.Fag …"): a leading glyph, number or letter is the label.
            if label.isEmpty, let first = paragraphs.first?.first, let (marker, rest) = Self.leadingLabel(first) {
                label = marker
                paragraphs[0][0] = rest
                if rest.isEmpty { paragraphs[0].removeFirst() }
                if paragraphs[0].isEmpty { paragraphs.removeFirst() }
            }
            let number = label.contains(where: { $0.isNumber }) ? String(label.filter { $0.isNumber || $0 == "." }.trimmingSuffix(".")) : nil
            let ordered = number != nil || (label.count >= 2 && label.count <= 5 && (label.last == ")" || label.last == "."))
            for (i, lines) in paragraphs.enumerated() {
                let at = position(page)
                var block = Block(kind: .listItem(level: level, ordered: ordered), text: lines.joined(separator: " "), number: i == 0 ? number : nil,
                                  lines: lines.map { Block.Line(text: $0, source: at) }, source: at)
                if !ordered, let glyph = label.first { block.glyph = glyph }
                blocks.append(block)
            }
            for list in nested { visit([list], listLevel: level) }
        }

        /// A table's rows (in THead/TBody/TFoot or directly), its cells placed on a grid. poppler
        /// gives no cell spans (see `PopplerExtractor`), and a row under a cell that spans rows
        /// has fewer cells: each cell goes to the column its text starts in on the page (its first
        /// words found among the page's words), and a column a row lacks is covered by the cell
        /// above it, whose text it takes (as the DOCX and ODT readers give a merged cell's text to
        /// every row it spans), except in the first column, whose text is an item's own.
        mutating func table(_ e: PDFExtraction.Element) {
            var rows: [PDFExtraction.Element] = []
            func collect(_ es: [PDFExtraction.Element]) {
                for x in es { if x.kind == "TR" { rows.append(x) } else if ["THead", "TBody", "TFoot"].contains(x.kind) { collect(x.children) } }
            }
            collect(e.children)
            let cellsOf = rows.map { row in row.children.filter { $0.kind == "TD" || $0.kind == "TH" } }
            // A table with tables in its cells lays out the page: its cells read as the document
            // they hold, a row's first cell, one short line beside the rest, as the heading over
            // them (as the DOCX and ODT readers read such a table).
            func holdsTable(_ x: PDFExtraction.Element) -> Bool { x.children.contains { $0.kind == "Table" || holdsTable($0) } }
            if cellsOf.contains(where: { $0.contains(where: holdsTable) }) {
                for cells in cellsOf {
                    for (c, cell) in cells.enumerated() {
                        let before = blocks.count
                        if cell.children.isEmpty { add(.paragraph, cell.text, page: cell.page) } else { visit(cell.children, listLevel: 0) }
                        if c == 0, cells.count >= 2, blocks.count == before + 1, case .paragraph = blocks[before].kind,
                           blocks[before].text.count <= 80, !(blocks[before].text.last.map { ".!?:".contains($0) } ?? false) {
                            blocks[before].kind = .heading(level: 2)
                        }
                    }
                }
                return
            }
            let texts = cellsOf.map { $0.map { Self.paragraphs($0) } }
            let width = cellsOf.map(\.count).max() ?? 0
            guard width > 0 else { return }
            // Where each cell's text starts across the page, and each column's usual start.
            var starts: [[Double?]] = []
            var floor: (page: Int, y: Double) = (0, 0)
            for (r, row) in rows.enumerated() {
                var xs: [Double?] = []
                var top: (page: Int, y: Double)?
                for (c, cell) in cellsOf[r].enumerated() {
                    let page = cell.page ?? row.page ?? e.page ?? lastPage
                    let found = words.locate(texts[r][c].first ?? "", page: page, from: floor)
                    xs.append(found?.x)
                    if let found, top == nil || (page, found.y) < top! { top = (page, found.y) }
                }
                // The next row starts below this one's top line.
                if let top { floor = (top.page, top.y + 0.5) }
                starts.append(xs)
            }
            var columnX: [Double?] = []
            for k in 0..<width {
                let xs = starts.indices.filter { cellsOf[$0].count == width }.compactMap { starts[$0][k] }.sorted()
                columnX.append(xs.isEmpty ? nil : xs[xs.count / 2])
            }
            var above: [Int: String] = [:]   // column → the text last given in it
            var tableRows: [TableRow] = []
            for (r, row) in rows.enumerated() {
                let at = position(row.children.first?.page ?? row.page ?? e.page)
                let columns = Self.columns(of: starts[r], among: columnX, width: width)
                var cells = (0..<width).map { _ in TableCell(text: "", source: at) }
                for (c, k) in columns.enumerated() {
                    let paragraphs = texts[r][c]
                    cells[k] = TableCell(text: paragraphs.joined(separator: " "), source: at, paragraphs: paragraphs)
                    above[k] = cells[k].text
                }
                if cellsOf[r].count > 1, cellsOf[r].count < width {
                    for k in 1..<width where !columns.contains(k) {
                        // Text copied into the rows below counts against the plan's text limit:
                        // past it the copying stops, and the limit refuses the plan.
                        guard let text = above[k], copied <= PlanLimits.textBytes else { continue }
                        copied += text.utf8.count
                        cells[k] = TableCell(text: text, source: at)
                    }
                }
                var tableRow = TableRow(cells: cells, source: at)
                // One cell in a row of a wider table: a row across it.
                tableRow.spansTable = cellsOf[r].count == 1 && width > 1
                tableRows.append(tableRow)
            }
            guard let first = tableRows.first else { return }
            blocks.append(Block(kind: .table(Table(rows: tableRows)), text: "", number: nil, lines: [], source: first.source))
        }

        /// The columns a row's cells stand in: in order, each the column whose start is nearest the
        /// cell's (a full row: one a column); where a start is unknown, the next column.
        static func columns(of starts: [Double?], among columnX: [Double?], width: Int) -> [Int] {
            guard starts.count < width else { return Array(0..<starts.count) }
            var out: [Int] = []
            var next = 0
            for (i, x) in starts.enumerated() {
                let last = width - (starts.count - i)   // leave a column for each cell after this one
                var best = next
                if let x {
                    var distance = Double.infinity
                    for k in next...max(next, last) {
                        guard let cx = columnX[k] else { continue }
                        if abs(cx - x) < distance { distance = abs(cx - x); best = k }
                    }
                }
                out.append(best)
                next = best + 1
            }
            return out
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
            // "I.Heltid …", "IV.Fag …", "a)Kreve …": a roman number or a letter, "." or ")", then the text.
            let letters = text.prefix { $0.isLetter }
            if (1...4).contains(letters.count), letters.allSatisfy({ "IVXivx".contains($0) }) || letters.count == 1,
               case let rest = text.dropFirst(letters.count), let mark = rest.first, mark == "." || mark == ")",
               let next = rest.dropFirst().first, next.isLetter || next == " " {
                return (String(letters) + String(mark), clean(String(rest.dropFirst())))
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
        /// "?", then a capital or a digit with no space between; and "månaden– Fast gåve" →
        /// "månaden", "– Fast gåve": a list glyph right after a word, then a space and a capital.
        static func brokenLines(_ text: String) -> [String] {
            let chars = Array(text)
            var out: [String] = [], start = 0
            var i = 1
            while i + 1 < chars.count {
                if ".!?".contains(chars[i]), chars[i - 1].isLetter && chars[i - 1].isLowercase || chars[i - 1] == ")",
                   chars[i + 1].isUppercase || chars[i + 1].isNumber {
                    out.append(String(chars[start...i])); start = i + 1
                } else if ListMarker.bullets[chars[i]] != nil, !chars[i - 1].isWhitespace, chars[i + 1] == " ", i + 2 < chars.count, chars[i + 2].isUppercase {
                    // "… i månaden– Fast gåve …": a list typed with dashes, a line each.
                    out.append(String(chars[start..<i])); start = i
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

/// The words of a PDF's pages by their text, to find where a text of the structure tree stands.
struct PageWords {
    private var index: [Int: [String: [PDFExtraction.Word]]] = [:]
    /// Each page's words in poppler's reading order, and where each text stands among them.
    private var ordered: [Int: [PDFExtraction.Word]] = [:]
    private var places: [Int: [String: [Int]]] = [:]

    init(_ pages: [PDFExtraction.Page]) {
        for (i, page) in pages.enumerated() {
            var byText: [String: [PDFExtraction.Word]] = [:]
            var at: [String: [Int]] = [:]
            for (k, w) in page.words.enumerated() { byText[w.text, default: []].append(w); at[w.text, default: []].append(k) }
            index[i + 1] = byText
            places[i + 1] = at
            ordered[i + 1] = page.words
        }
    }

    /// The bold words a paragraph's text opens with on `page`, where plain words of it follow:
    /// the first place on the page where its first three words stand in a row, the first of
    /// them bold.
    func boldLead(_ text: String, page: Int) -> String? {
        let textWords = text.split(separator: " ").map(String.init)
        guard textWords.count >= 2, let words = ordered[page], let starts = places[page]?[textWords[0]] else { return nil }
        for start in starts where words[start].bold {
            let probe = min(3, textWords.count)
            guard start + probe <= words.count, (0..<probe).allSatisfy({ words[start + $0].text == textWords[$0] }) else { continue }
            var bold = 0
            while bold < textWords.count, start + bold < words.count, words[start + bold].bold, words[start + bold].text == textWords[bold] { bold += 1 }
            return bold < textWords.count ? textWords.prefix(bold).joined(separator: " ") : nil
        }
        return nil
    }

    /// The position of the first word of `text` on `page` that stands at or below `from` (a page
    /// and a y; on a later page than `from`'s, anywhere), the highest such.
    func locate(_ text: String, page: Int, from: (page: Int, y: Double)) -> (x: Double, y: Double)? {
        guard let first = text.split(separator: " ").first, let candidates = index[page]?[String(first)] else { return nil }
        let floor = page > from.page ? -Double.infinity : from.y
        return candidates.filter { $0.y0 >= floor }.min { $0.y0 < $1.y0 }.map { ($0.x0, $0.y0) }
    }
}
