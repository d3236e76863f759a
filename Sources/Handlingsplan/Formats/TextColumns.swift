/// Text set in two columns on a page (a newsletter, a two-column PDF through `pdftotext
/// -layout`): each line holds a line of the left column, a gap, and a line of the right one.
/// Read as it stands, the columns' lines interleave and every item is cut in two. The page's
/// own alignment says where the columns are: many lines have a piece of text that starts at
/// the same place (within a few characters) after a gap, and no line of the stretch runs
/// through that place. Such a stretch is read column by column: the left column's lines,
/// then the right's.
///
/// A table lined up in columns is no two-column text: it has a header over its columns, its
/// cells are short (who, when) or a line holds more than two pieces; those stretches are left
/// as they are for `TextTables`.
enum TextColumns {
    /// A piece of a line: where it starts and ends (in characters), between gaps of two
    /// spaces or more.
    struct Piece { var start: Int; var end: Int }

    /// Lines a stretch needs with text on both sides of the gap.
    static let minimumSplitLines = 6

    /// The lines of one page in reading order, each with the index of the line it came from.
    /// Most pages have no columns: they come back as they are.
    static func readingOrder(_ lines: [Substring]) -> [(text: Substring, from: Int)] {
        let unchanged = lines.enumerated().map { ($0.element, $0.offset) }
        // Cheap refusal: a page needs several lines with a wide gap inside their text.
        guard lines.lazy.filter(Self.hasWideGap).prefix(minimumSplitLines).count >= minimumSplitLines else { return unchanged }
        let chars = lines.map { Array($0) }
        let pieces = chars.map(Self.pieces)
        guard let gutter = Self.gutter(pieces) else { return unchanged }

        // Each line: its two sides at the gutter, or nil where text runs through it.
        // The right side starts with a piece at the gutter (a character before it to five after);
        // without one, a line is all left (ending by the gutter) or all right (starting at it).
        let sides: [(left: Piece?, right: Piece?)?] = pieces.map { p in
            guard let first = p.first, let last = p.last else { return (nil, nil) }
            func span(_ s: ArraySlice<Piece>) -> Piece? { s.first.map { Piece(start: $0.start, end: s.last!.end) } }
            if let k = p.firstIndex(where: { (gutter - 1)...(gutter + 5) ~= $0.start }) { return (span(p[..<k]), span(p[k...])) }
            if last.end <= gutter { return (span(p[...]), nil) }
            if first.start >= gutter - 1 { return (nil, span(p[...])) }
            return nil
        }
        var out: [(text: Substring, from: Int)] = []
        var k = 0
        while k < lines.count {
            // A stretch of lines that all respect the gutter (blank lines included).
            var end = k
            while end < lines.count, sides[end] != nil { end += 1 }
            if end == k { out.append((lines[k], k)); k += 1; continue }
            let stretch = k..<end
            if isTwoColumnText(stretch, sides: sides, pieces: pieces, chars: chars) {
                var right: [(text: Substring, from: Int)] = []
                for i in stretch {
                    let (l, r) = sides[i]!
                    if l == nil && r == nil { out.append(("", i)); right.append(("", i)); continue }
                    if let l { out.append((Substring(String(chars[i][0..<l.end])), i)) }
                    // The right side keeps its indent from the gutter (a bullet's hanging lines).
                    if let r { right.append((Substring(String(repeating: " ", count: max(0, r.start - gutter)) + String(chars[i][r.start..<r.end])), i)) }
                }
                out += right
            } else {
                for i in stretch { out.append((lines[i], i)) }
            }
            k = end
        }
        return out
    }

    /// A gap of two spaces or more between pieces of text (on its bytes: most lines have
    /// none; an indent or trailing spaces are no gap).
    private static func hasWideGap(_ line: Substring) -> Bool {
        var seenText = false, run = 0
        for b in line.utf8 {
            if b == 0x20 { run += 1; continue }
            if seenText, run >= 2, b != 0x0D { return true }
            seenText = true; run = 0
        }
        return false
    }

    /// The pieces of a line, split at gaps of two spaces or more (or a TAB).
    static func pieces(_ line: [Character]) -> [Piece] {
        var out: [Piece] = []
        var i = 0
        while i < line.count {
            while i < line.count, line[i] == " " || line[i] == "\u{00A0}" || line[i] == "\t" { i += 1 }
            guard i < line.count else { break }
            let start = i
            while i < line.count {
                if line[i] == "\t" { break }
                if line[i] == " ", i + 1 < line.count, line[i + 1] == " " || line[i + 1] == "\t" { break }
                i += 1
            }
            out.append(Piece(start: start, end: i))
        }
        return out
    }

    /// Where the right column starts: the place (±4 characters) where most pieces that follow
    /// a gap, or a deep indent, start; nil unless enough lines agree.
    private static func gutter(_ pieces: [[Piece]]) -> Int? {
        var starts: [Int: Int] = [:]
        for p in pieces {
            for piece in p where piece.start >= 20 { starts[piece.start, default: 0] += 1 }
        }
        var best: (start: Int, count: Int)?
        for s in starts.keys {
            let count = (s..<(s + 5)).reduce(0) { $0 + (starts[$1] ?? 0) }
            if count > (best?.count ?? 0) || count == best?.count && s < best!.start { best = (s, count) }
        }
        guard let best, best.count >= minimumSplitLines else { return nil }
        return best.start
    }

    /// A stretch is two columns of text where enough of its lines have text on both sides, the
    /// text on each side is running text (pieces of some length, not a table's short cells),
    /// and no side holds a gap of its own (a third column).
    private static func isTwoColumnText(_ stretch: Range<Int>, sides: [(left: Piece?, right: Piece?)?], pieces: [[Piece]], chars: [[Character]]) -> Bool {
        var both = 0, leftLengths: [Int] = [], rightLengths: [Int] = [], gapsInside = 0, lines = 0
        for i in stretch {
            guard let (l, r) = sides[i], l != nil || r != nil else { continue }
            lines += 1
            if l != nil, r != nil { both += 1 }
            let leftPieces = pieces[i].filter { p in l.map { p.start >= $0.start && p.end <= $0.end } ?? false }
            let rightPieces = pieces[i].filter { p in r.map { p.start >= $0.start && p.end <= $0.end } ?? false }
            if leftPieces.count > 1 || rightPieces.count > 1 { gapsInside += 1 }
            if let l { leftLengths.append(l.end - l.start) }
            if let r { rightLengths.append(r.end - r.start) }
        }
        // (The upper quartile: a column's full lines, not its headings and last lines.)
        func full(_ a: [Int]) -> Int { a.isEmpty ? 0 : a.sorted()[a.count * 3 / 4] }
        guard both >= minimumSplitLines, gapsInside * 10 <= lines, full(leftLengths) >= 24, full(rightLengths) >= 24 else { return false }
        // A lined-up table's header (its words over its columns) makes it a table.
        return !stretch.contains { TextTables.isLayoutHeader(Substring(String(chars[$0]))) }
    }
}
