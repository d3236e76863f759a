/// Tables of an untagged PDF, from where the words stand: lines whose words fall into the same
/// columns, the columns apart by gaps wider than a word space (or by poppler, which reads a
/// table's cells as text of their own). A table's cells wrap inside their columns, and a
/// document gives no sign of where one row ends but the words' places: a line starts a row
/// where it stands further below the line above than a cell's lines do (cells with padding),
/// or where the text of each column that goes on from the line above breaks there (the line
/// above had room for the next word, so it ended its paragraph) and the first column, or
/// two columns or more, have text on it. A column's text that breaks without a new row is a
/// new paragraph of its cell (a cell listing measures one a line).
enum PDFTables {
    typealias Line = PDFLayout.Line
    typealias Word = PDFExtraction.Word

    /// A part of a line: its words between two column gaps.
    struct Segment {
        var words: [Word]
        var x0: Double { words.first?.x0 ?? 0 }
        /// Where the segment's text aligns: after its list marker, where it has one ("• Fleire …"
        /// in a cell whose next lines hang at the text, not at the bullet).
        var edge: Double { words.count >= 2 && PDFTables.isListMarker(words[0].text) ? words[1].x0 : x0 }
        var x1: Double { words.last?.x1 ?? 0 }
        var text: String { words.map(\.text).joined(separator: " ") }
    }

    /// A table found: the lines it spans (indices into the lines given) and its rows.
    struct Found {
        var lines: Range<Int>
        var table: Table
    }

    /// A line's segments. A list's marker ("•", "1.", "a)") set apart from its text by a tab is
    /// no column: it stays with the text after it.
    static func segments(_ line: Line) -> [Segment] {
        var out: [Segment] = []
        for w in line.words {
            if let last = out.last?.words.last, w.spaced, w.x0 - last.x1 <= max(last.size, w.size) * 0.6 {
                out[out.count - 1].words.append(w)
            } else {
                out.append(Segment(words: [w]))
            }
        }
        var merged: [Segment] = []
        for s in out {
            if let last = merged.last, isMarker(last.text) {
                merged[merged.count - 1].words += s.words
            } else {
                merged.append(s)
            }
        }
        return merged
    }

    /// A word that is a bullet and nothing else: one glyph that is no letter or digit ("•", "–",
    /// a symbol font's private-use bullet). (Not a number: "1. mai" starts many a cell.)
    static func isListMarker(_ s: String) -> Bool {
        s.count == 1 && !s.first!.isLetter && !s.first!.isNumber
    }

    static func isMarker(_ s: String) -> Bool {
        s.count <= 3 && !s.contains { $0.isLetter && s.count > 2 } && (s.count == 1 ? !s.first!.isLetter || s.first!.isLowercase : true)
            && !(s.allSatisfy(\.isNumber) && s.count > 1)
    }

    /// The tables among `lines` (in reading order), each with the lines it spans.
    static func find(_ lines: [Line], body: Double) -> [Found] {
        let segs = lines.map(segments)
        var found: [Found] = []
        var i = 0
        while i < lines.count {
            guard segs[i].count >= 2, var region = region(from: i, lines, segs, body: body) else { i += 1; continue }
            // A header line above it that the table before has taken stays that table's.
            if let last = found.last, region.lines.lowerBound < last.lines.upperBound { region.lines = last.lines.upperBound..<region.lines.upperBound }
            if region.lines.count >= 2, let table = table(lines, segs, region.lines, columns: region.columns, body: body) {
                found.append(Found(lines: region.lines, table: table))
                i = region.lines.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The lines of a table starting at line `start` (one of two segments or more), and its
    /// columns' left edges: the table goes on while lines stand as close as a cell's lines do,
    /// each segment starting at a column's edge and no segment running across the next column's.
    /// A cell's bulleted point may hang its next lines at its text: those lines stand at the
    /// point's text (`hangs`), and are the bullet's column's.
    private static func region(from start: Int, _ lines: [Line], _ segs: [[Segment]], body: Double) -> (lines: Range<Int>, columns: [Double])? {
        let tolerance = body * 0.6
        var columns: [Double] = segs[start].map(\.x0)
        var hangs: [Double] = segs[start].filter { $0.edge != $0.x0 }.map(\.edge)
        func aligned(_ seg: Segment, _ columns: [Double]) -> Bool {
            columns.contains { abs($0 - seg.x0) <= tolerance } || hangs.contains { abs($0 - seg.x0) <= tolerance }
        }
        var end = start + 1
        var multi = 1
        while end < lines.count {
            let line = lines[end], before = lines[end - 1]
            // A gap as wide as a paragraph's (a heading, the text after the table) ends it; a page
            // turn does not.
            if line.page == before.page, line.y0 - before.y1 > body * 1.2 { break }
            let s = segs[end]
            var fits = true
            var grown = columns
            for seg in s where !aligned(seg, grown) {
                if s.count >= 2, grown.count < 12 { grown.append(seg.x0) } else { fits = false }
            }
            // A segment that runs across a column's edge is running text, not a cell.
            for seg in s where grown.contains(where: { $0 > seg.edge + tolerance && $0 < seg.x1 - tolerance }) { fits = false }
            guard fits else { break }
            columns = grown.sorted()
            hangs += s.filter { $0.edge != $0.x0 }.map(\.edge)
            if s.count >= 2 { multi += 1 }
            end += 1
        }
        guard multi >= 2, columns.count >= 2, end - start >= 2 else { return nil }
        // Each column used by two lines or more.
        let used = columns.filter { x in segs[start..<end].filter { $0.contains { abs($0.x0 - x) <= tolerance } }.count >= 2 }
        guard used.count >= 2 else { return nil }
        // A header whose words are centred in their columns: the line just above, of as many
        // segments as columns, each within its column.
        var first = start
        if start > 0, lines[start - 1].page == lines[start].page, lines[start].y0 - lines[start - 1].y1 <= body * 1.2,
           segs[start - 1].count == used.count,
           segs[start - 1].enumerated().allSatisfy({ k, seg in seg.x0 >= used[k] - tolerance && (k + 1 == used.count || seg.x1 <= used[k + 1]) }) {
            first = start - 1
        }
        return (first..<end, used)
    }

    /// The region's rows and cells (see the type's comment for where rows start).
    private static func table(_ lines: [Line], _ segs: [[Segment]], _ region: Range<Int>, columns: [Double], body: Double) -> Table? {
        let tolerance = 6.0
        func column(_ seg: Segment) -> Int {
            columns.lastIndex { $0 <= seg.x0 + tolerance } ?? 0
        }
        // The right edge each column's text can reach: where the nearest text to its right starts
        // (a column's or a cell's of a column too seldom used to count), the last column's widest line.
        // (Not a bulleted point's next lines, which hang an em or so right of its column's edge.)
        let starts = region.flatMap { segs[$0].map(\.x0) }.filter { x in !columns.contains { x > $0 + tolerance && x - $0 <= body * 1.2 } }
        // (The last column reaches the page's text edge: the end of its widest line.)
        let pages = Set(region.map { lines[$0].page })
        let rightmost = lines.filter { pages.contains($0.page) }.compactMap { $0.words.last?.x1 }.max() ?? 0
        let rightEdge = columns.map { x in (starts.filter { $0 > x + tolerance }.min() ?? rightmost + 4) - 4 }
        func right(_ k: Int) -> Double { rightEdge[k] }

        // Per line, each column's text.
        var perLine: [[Int: Segment]] = []
        for i in region {
            var cols: [Int: Segment] = [:]
            for seg in segs[i] {
                let k = column(seg)
                if var existing = cols[k] { existing.words += seg.words; cols[k] = existing } else { cols[k] = seg }
            }
            perLine.append(cols)
        }
        // Does column k's text on line j start a paragraph (the line above had room for its first word)?
        func breaks(_ j: Int, _ k: Int) -> Bool {
            guard let now = perLine[j][k] else { return false }
            guard j > 0, let before = perLine[j - 1][k] else { return true }
            let firstWord = (now.words.first?.x1 ?? 0) - (now.words.first?.x0 ?? 0)
            return before.x1 + firstWord < right(k)
        }
        // The step from one line of a cell to the next: the smallest in the table (nearly). Rows
        // whose cells have padding stand further apart than that.
        let steps = zip(region.dropFirst(), region).compactMap { b, a in lines[b].page == lines[a].page ? lines[b].y0 - lines[a].y0 : nil }
            .filter { $0 > 0 }.sorted()
        // (A fifth of the steps are smaller, and it is no less than a line of body text, whose
        // lines set closer are sub- and superscripts or cells set off, and no more than a line and
        // a quarter: where every step is a row's, a row is each line.)
        let step = steps.isEmpty ? 0 : min(max(steps[steps.count / 5], body), body * 1.25)
        func apart(_ j: Int) -> Bool {
            let a = lines[region.lowerBound + j - 1], b = lines[region.lowerBound + j]
            return a.page != b.page || step > 0 && b.y0 - a.y0 > step * 1.25
        }
        var rows: [[Int: [[String]]]] = []   // row → column → paragraphs → lines
        var rowLines: [Int] = []
        for j in perLine.indices {
            let present = perLine[j].keys
            let goingOn = present.filter { j > 0 && perLine[j - 1][$0] != nil }
            let startsRow = j == 0 || apart(j) || (goingOn.allSatisfy { breaks(j, $0) } && (breaks(j, 0) || present.filter { breaks(j, $0) }.count >= 2))
            if startsRow { rows.append([:]); rowLines.append(region.lowerBound + j) }
            for (k, seg) in perLine[j] {
                var paragraphs = rows[rows.count - 1][k] ?? []
                if paragraphs.isEmpty || breaks(j, k) && !startsRow { paragraphs.append([seg.text]) } else { paragraphs[paragraphs.count - 1].append(seg.text) }
                rows[rows.count - 1][k] = paragraphs
            }
        }
        guard rows.count >= 2 else { return nil }
        // Columns so narrow that their words break mid-word or stand a letter a line (text set
        // vertically) are read better as text than as cells: a first column whose lines are
        // mostly three characters or fewer. (A column of short labels, "Vår 2026", is a column.)
        let firstColumn = perLine.compactMap { $0[0]?.words.count }.sorted()
        if !firstColumn.isEmpty, firstColumn[firstColumn.count / 2] <= 2 { return nil }
        // A list whose items' text goes on after a wide gap (a tab typed in the text) is no
        // table: most first cells start with a list's glyph.
        let glyphs = perLine.compactMap { $0[0]?.words.first?.text }.filter { $0.count == 1 && isMarker($0) }.count
        if glyphs * 2 >= perLine.compactMap({ $0[0] }).count { return nil }
        let tableRows = rows.enumerated().map { r, cols -> TableRow in
            let line = lines[rowLines[r]]
            let at = SourcePosition.page(line.page, line: line.number)
            let cells = (0..<columns.count).map { k -> TableCell in
                let paragraphs = (cols[k] ?? []).map { PDFLayout.joinedLines($0) }
                return TableCell(text: TextCleaning.clean(paragraphs.joined(separator: " ")), source: at, paragraphs: paragraphs.map(TextCleaning.clean))
            }
            return TableRow(cells: cells, source: at)
        }
        return Table(rows: tableRows)
    }
}
