import Foundation

/// An untagged PDF read from where its words stand: lines from positions, the running headers,
/// footers and page numbers left out, words hyphenated at a line's end joined, and the page set
/// out as text whose columns line up as the words do, for the running-text reader (which finds
/// lists, tables and two-column pages in such text, as in `pdftotext -layout`'s). Headings come
/// from font sizes: a paragraph set larger than the document's body text is a heading, the
/// largest size level 1.
enum PDFLayout {
    typealias Word = PDFExtraction.Word

    struct Line {
        var page: Int
        /// The line's number on its page (from 1), after running headers and footers are left out.
        var number = 0
        var words: [Word]
        var y0: Double, y1: Double
        var text: String { words.map(\.text).joined(separator: " ") }
        /// The size most of the line's characters are set in.
        var size: Double {
            var counts: [Double: Int] = [:]
            for w in words { counts[(w.size * 2).rounded() / 2, default: 0] += w.text.count }
            return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key ?? 0
        }
    }

    static func blocks(_ pages: [PDFExtraction.Page]) -> [Block] {
        var lines = withoutRunningText(pages.enumerated().flatMap { Self.lines(of: $0.element, page: $0.offset + 1) }, pages: pages)
        guard !lines.isEmpty else { return [] }
        var perPage: [Int: Int] = [:]
        for i in lines.indices { perPage[lines[i].page, default: 0] += 1; lines[i].number = perPage[lines[i].page]! }
        let body = bodySize(lines)
        let metrics = Metrics(lines, body: body)
        // Headings by size: each size larger than the body's is a level, the largest first.
        let sizes = Set(lines.map { $0.size }.filter { $0 >= body * 1.15 }).sorted(by: >)
        var sizeAt: [SourcePosition: Double] = [:]
        var lineAt: [SourcePosition: Int] = [:]
        for (i, line) in lines.enumerated() { sizeAt[.page(line.page, line: line.number)] = line.size; lineAt[.page(line.page, line: line.number)] = i }
        // The bold words a paragraph opens with, where plain ones follow (a goal in bold before
        // its measures, as the DOCX reader notes it): the paragraph's words from its first line on.
        func boldLead(_ block: Block) -> String? {
            guard let first = lineAt[block.source], lines[first].words.first?.bold == true else { return nil }
            let count = TextMatching.spaceSeparatedCount(block.text)
            var bold = 0, seen = 0
            outer: for line in lines[first...] {
                for w in line.words {
                    guard seen < count else { break outer }
                    seen += 1
                    if w.bold, bold == seen - 1 { bold += 1 } else { break outer }
                }
            }
            guard bold > 0, bold < count else { return nil }
            return block.text.split(separator: " ").prefix(bold).joined(separator: " ")
        }
        // The lines between tables as text for the running-text reader; the tables as they are.
        var blocks: [Block] = []
        func read(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            let (text, origin) = layoutText(Array(lines[range]), body: body, metrics: metrics)
            for var block in RunningTextReader().read(text) {
                block = block.remapped { Self.position($0, origin) }
                if case .paragraph = block.kind, block.text.count <= 120, let size = sizeAt[block.source], let level = sizes.firstIndex(of: size) {
                    block.kind = Block.Kind.heading(level: min(level + 1, 6))
                }
                if case .paragraph = block.kind { block.boldLead = boldLead(block) }
                blocks.append(block)
            }
        }
        var next = 0
        for found in PDFTables.find(lines, body: body) {
            read(next..<found.lines.lowerBound)
            blocks.append(Block(kind: .table(found.table), text: "", number: nil, lines: [], source: found.table.rows[0].source))
            next = found.lines.upperBound
        }
        read(next..<lines.count)
        return blocks
    }

    /// What the laid-out text is measured in, from the whole document: the body text's width of a
    /// character, the leftmost text's edge, and the usual white space between one line of body
    /// text and the next (negative where the boxes overlap): a paragraph's lines stand this
    /// close, paragraphs further apart.
    struct Metrics {
        var charWidth: Double, left: Double, gap: Double

        init(_ lines: [Line], body: Double) {
            var chars = 0, width = 0.0
            for line in lines { for w in line.words where abs(w.size - body) < 0.6 { chars += w.text.count; width += w.x1 - w.x0 } }
            charWidth = chars > 0 ? max(width / Double(chars), 1) : body * 0.5
            left = lines.flatMap(\.words).map(\.x0).min() ?? 0
            var gaps: [Double] = []
            for (a, b) in zip(lines, lines.dropFirst()) where a.page == b.page && abs(a.size - body) < 0.6 && abs(b.size - body) < 0.6 && b.y0 > a.y0 {
                gaps.append(b.y0 - a.y1)
            }
            gaps.sort()
            gap = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
        }
    }

    /// A position in the laid-out text as the page and line it came from.
    private static func position(_ p: SourcePosition, _ origin: [SourcePosition]) -> SourcePosition {
        guard case let .text(line, _) = p, origin.indices.contains(line - 1) else { return p }
        return origin[line - 1]
    }

    // MARK: lines

    /// A page's words as lines in reading order: a page set in two columns (`gutter`) is read
    /// column by column, lines that run across the gutter (a title above) where they stand.
    static func lines(of page: PDFExtraction.Page, page number: Int) -> [Line] {
        let words = page.words.filter { $0.y1 > $0.y0 }
        guard let gutter = gutter(words) else { return rows(words, page: number) }
        // The right column set out from where the left one starts, as a column of its own.
        let left = words.filter { $0.x1 <= gutter }
        let shift = (words.filter { $0.x0 >= gutter }.map(\.x0).min() ?? gutter) - (left.map(\.x0).min() ?? 0)
        let right = words.filter { $0.x0 >= gutter }.map { w in
            var w = w; w.x0 -= shift; w.x1 -= shift; return w
        }
        let across = words.filter { $0.x0 < gutter && $0.x1 > gutter }
        let top = min(left.map(\.y0).min() ?? .infinity, right.map(\.y0).min() ?? .infinity)
        return rows(across.filter { $0.y1 <= top }, page: number) + rows(left, page: number) + rows(right, page: number)
            + rows(across.filter { $0.y1 > top }, page: number)
    }

    /// Words as lines, top to bottom: words whose vertical middles fall within a line's height
    /// are on that line (cells of a table row side by side included), left to right.
    private static func rows(_ words: [Word], page number: Int) -> [Line] {
        var lines: [Line] = []
        for w in words.sorted(by: { ($0.y0 + $0.y1) / 2 < ($1.y0 + $1.y1) / 2 }) {
            let mid = (w.y0 + w.y1) / 2
            if var last = lines.last, mid < last.y1, mid > last.y0, mid - (last.y0 + last.y1) / 2 < (w.y1 - w.y0) * 0.5 {
                last.words.append(w)
                last.y0 = min(last.y0, w.y0); last.y1 = max(last.y1, w.y1)
                lines[lines.count - 1] = last
            } else {
                lines.append(Line(page: number, words: [w], y0: w.y0, y1: w.y1))
            }
        }
        for i in lines.indices { lines[i].words.sort { $0.x0 < $1.x0 } }
        return lines
    }

    /// The x of the gutter between a page's two columns of text, or nil. A gutter is a band in
    /// the middle fifth of the text that (almost) no line crosses, with text on both sides down
    /// the page; and poppler, which reads a page's columns one after the other (and a table's
    /// row from cell to cell), goes from one side to the other only a few times. A table whose
    /// columns leave such a band is read row by row, crossing at every row.
    static func gutter(_ words: [Word]) -> Double? {
        guard words.count >= 20, let minX = words.map(\.x0).min(), let maxX = words.map(\.x1).max(), maxX - minX > 100 else { return nil }
        let lines = rows(words, page: 0)
        guard lines.count >= 8 else { return nil }
        // Lines covering each point of the middle fifth, in 2-point steps (a page's columns are
        // of one width; a table's columns seldom are).
        let from = minX + (maxX - minX) * 0.4, to = minX + (maxX - minX) * 0.6
        let steps = Int((to - from) / 2)
        var covering = [Int](repeating: 0, count: steps + 1)
        for line in lines {
            for w in line.words where w.x1 > from && w.x0 < to {
                let a = max(0, Int((w.x0 - from) / 2)), b = min(steps, Int((w.x1 - from) / 2))
                if a <= b { for i in a...b { covering[i] += 1 } }
            }
        }
        // The widest band of steps that at most 5 % of the lines cross.
        let allowed = max(1, lines.count / 20)
        var best: (start: Int, length: Int)?, start: Int?
        for i in 0...steps {
            if covering[i] <= allowed {
                if start == nil { start = i }
                let length = i - start! + 1
                if length > best?.length ?? 0 { best = (start!, length) }
            } else {
                start = nil
            }
        }
        guard let band = best, Double(band.length) * 2 >= 6 else { return nil }
        let x = from + (Double(band.start) + Double(band.length) / 2) * 2
        // Text on both sides of it on a third of the lines or more.
        let leftLines = lines.filter { $0.words.contains { $0.x1 <= x } }.count
        let rightLines = lines.filter { $0.words.contains { $0.x0 >= x } }.count
        guard leftLines * 3 >= lines.count, rightLines * 3 >= lines.count else { return nil }
        // poppler's order: how often it goes from one side to the other.
        var crossings = 0
        for (a, b) in zip(words, words.dropFirst()) where (a.x1 <= x) != (b.x1 <= x) { crossings += 1 }
        return Double(crossings) <= max(4, Double(lines.count) * 0.6) ? x : nil
    }

    /// The body text's size: the size most characters of the document are set in.
    static func bodySize(_ lines: [Line]) -> Double {
        var counts: [Double: Int] = [:]
        for line in lines { for w in line.words { counts[(w.size * 2).rounded() / 2, default: 0] += w.text.count } }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 10
    }

    // MARK: running headers and footers

    /// Lines in a page's top or bottom margin that are the same (numbers aside) on two pages or
    /// more — a running header or footer — and page numbers ("3", "- 3 -", "Side 3 av 5",
    /// "3/5") in the margins, left out: they are no part of the plan, also where they fall
    /// between the lines of one item.
    static func withoutRunningText(_ lines: [Line], pages: [PDFExtraction.Page]) -> [Line] {
        func inMargin(_ line: Line) -> Bool {
            let height = pages[line.page - 1].height
            return line.y1 < height * 0.12 || line.y0 > height * 0.88
        }
        func key(_ line: Line) -> String {
            String(line.text.lowercased().map { $0.isNumber ? "#" : $0 })
        }
        var pagesOf: [String: Set<Int>] = [:]
        for line in lines where inMargin(line) { pagesOf[key(line), default: []].insert(line.page) }
        return lines.filter { line in
            guard inMargin(line) else { return true }
            if pages.count > 1, pagesOf[key(line)]?.count ?? 0 >= 2 { return false }
            return !isPageNumber(line.text)
        }
    }

    /// "3", "- 3 -", "Side 3 av 5", "side 3", "Page 3 of 5", "3/5", "3 av 5".
    static func isPageNumber(_ text: String) -> Bool {
        var words = text.lowercased().split(separator: " ").filter { $0 != "-" && $0 != "–" }
        if let first = words.first, ["side", "s.", "page", "sida"].contains(first) { words.removeFirst() }
        let digits = { (w: Substring) in !w.isEmpty && w.allSatisfy(\.isNumber) }
        switch words.count {
        case 1: return digits(words[0]) || words[0].split(separator: "/").count == 2 && words[0].split(separator: "/").allSatisfy(digits)
        case 3: return digits(words[0]) && ["av", "of", "/"].contains(words[1]) && digits(words[2])
        default: return false
        }
    }

    // MARK: text laid out

    /// The lines as text: a line's first word, and a word after a column gap (more than a word
    /// space: a table's next column), at the column its left edge stands at (in characters of
    /// the body text's width from the leftmost text), with two spaces at least before it; a blank line where lines stand apart by more
    /// than a paragraph's lines do, between pages and where the next column starts. `origin` is each text line's page and line.
    static func layoutText(_ lines: [Line], body: Double, metrics: Metrics) -> (text: String, origin: [SourcePosition]) {
        let (charWidth, left, gap) = (metrics.charWidth, metrics.left, metrics.gap)
        var lines = lines
        joinHyphenated(&lines)
        var out: [String] = []
        var origin: [SourcePosition] = []
        for (i, line) in lines.enumerated() {
            if i > 0 {
                let before = lines[i - 1]
                if before.page != line.page || line.y0 < before.y0 || line.y0 - before.y1 > gap + body * 0.4 { out.append(""); origin.append(.page(line.page, line: line.number)) }
            }
            guard !line.words.isEmpty else { continue }
            var s = ""
            var previous: Word?
            for w in line.words {
                let column = Int(((w.x0 - left) / charWidth).rounded())
                if let p = previous {
                    // One space between the words of running text; a column gap (no space between
                    // the words in poppler's text, or a wide one) takes the next word to its column
                    // (two spaces at least), so that a table's columns line up.
                    s += !w.spaced || w.x0 - p.x1 > max(p.size, w.size) * 0.9 ? String(repeating: " ", count: max(2, column - s.count)) : " "
                } else {
                    s += String(repeating: " ", count: max(0, column))
                }
                s += w.text
                previous = w
            }
            out.append(s)
            origin.append(.page(line.page, line: line.number))
        }
        return (out.joined(separator: "\n") + "\n", origin)
    }

    /// "arbeids-" at a line's end and "miljø" first on the next: one word, where both lines are
    /// running text (no column gap in either) and the next goes on in lower case ("Helse- og
    /// omsorg" keeps its hyphen: the next word is a conjunction).
    static func joinHyphenated(_ lines: inout [Line]) {
        for i in lines.indices.dropLast() {
            guard let last = lines[i].words.last, last.text.count > 2, last.text.hasSuffix("-"),
                  last.text.dropLast().last?.isLetter == true, let next = lines[i + 1].words.first,
                  next.text.first?.isLowercase == true, !["og", "eller", "til", "and", "or"].contains(next.text.lowercased().trimmingCharacters(in: .punctuationCharacters)),
                  !hasColumnGap(lines[i]), !hasColumnGap(lines[i + 1]) else { continue }
            lines[i].words[lines[i].words.count - 1].text = String(last.text.dropLast()) + next.text
            lines[i].words[lines[i].words.count - 1].x1 = last.x1
            lines[i + 1].words.removeFirst()
        }
    }

    /// A cell's lines as one text: "arbeids-" and "miljø" joined as one word (not before a
    /// conjunction: "Helse- og omsorg"), other lines with a space.
    static func joinedLines(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            if let last = out.last, last == "-", out.dropLast().last?.isLetter == true, let first = line.first, first.isLowercase,
               !["og", "eller", "til", "and", "or"].contains(String(line.prefix { $0.isLetter })) {
                out.removeLast()
                out += line
            } else {
                out += out.isEmpty ? line : " " + line
            }
        }
        return out
    }

    private static func hasColumnGap(_ line: Line) -> Bool {
        zip(line.words, line.words.dropFirst()).contains { !$1.spaced || $1.x0 - $0.x1 > max($0.size, $1.size) * 0.9 }
    }
}

extension Block {
    /// The block with every position in it (its own, its lines', its table's rows and cells) mapped.
    func remapped(_ f: (SourcePosition) -> SourcePosition) -> Block {
        var b = self
        b.source = f(source)
        b.lines = lines.map { Line(text: $0.text, source: f($0.source)) }
        if case var .table(table) = kind {
            for r in table.rows.indices {
                table.rows[r].source = f(table.rows[r].source)
                for c in table.rows[r].cells.indices { table.rows[r].cells[c].source = f(table.rows[r].cells[c].source) }
            }
            b.kind = .table(table)
        }
        return b
    }
}
