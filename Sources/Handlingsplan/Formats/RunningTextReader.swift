import Foundation

/// Running text (plain, hard-wrapped or Tika exports) → blocks.
///
/// Hard-wrapped exports put blank lines *inside* paragraphs (002, 004), so a
/// blank line does not end a paragraph by itself. A following line continues
/// the current paragraph when it starts in lower case, or when the current
/// line was long (a wrapped line) and did not end a sentence. Bullets, numbers,
/// known labels and short lines start a new block.
///
/// Before that, page layout is taken out (`PageLayout`): page numbers, running
/// headers, form feeds and heading underlines, so that a bullet broken by a
/// page break joins up again. Lines of TAB-separated cells (a spreadsheet
/// pasted as text) become a table block.
struct RunningTextReader {
    /// A line this long that does not end a sentence was wrapped by the export.
    static let wrapWidth = 66

    /// The characters of indentation (spaces, tabs, no-break spaces) the line starts with:
    /// counted on the bytes, but where the scalar after them is from U+0300 up (it may join
    /// the last of them into a character of another kind).
    static func indentation(_ s: String) -> Int {
        var copy = s
        let counted: Int? = copy.withUTF8 { b in
            var i = 0, n = 0
            while i < b.count {
                if b[i] == 0x20 || b[i] == 0x09 { i += 1 } else if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { i += 2 } else { break }
                n += 1
            }
            return i < b.count && b[i] >= TextMatching.firstLeadFromU0300 ? nil : n
        }
        return counted ?? s.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }.count
    }

    func read(_ text: String) -> [Block] {
        let plain = Self.unquoted(NoteMarkup.cleaned(ChatExport.cleaned(MailExport.cleaned(text))))
        let lines = PageLayout.lines(of: WikiMarkup.rendered(plain) ?? OrgMarkup.rendered(plain) ?? plain)
        let markers = MarkerInventory(lines: lines.map(\.text))
        let outline = Self.tabOutline(lines, markers)
        // The words the text has, hyphenated ones whole: a word broken at a line's end is
        // joined again as the text writes it elsewhere.
        var documentWords = Set<String>()
        for line in lines { documentWords.formUnion(TextMatching.words(String(line.text))) }
        var blocks: [Block] = []
        var blankBefore: [Bool] = []
        var current: Pending?
        var labels = LabelMemo()
        /// Markers that stood alone on their lines (pdftotext sets a list's bullets apart from
        /// its text, often all of them before the first item): each marks the next line that
        /// starts an item.
        var loneMarkers: [ParsedLine] = []
        var nextLoneMarker = 0

        func flush() {
            if let p = current, let b = p.block() { blocks.append(b); blankBefore.append(p.blankBefore) }
            current = nil
        }

        var i = 0
        while i < lines.count {
            let line = lines[i]
            if let (table, next) = GridTables.table(in: lines, from: i) ?? PipeTables.table(in: lines, from: i) ?? RuledTables.table(in: lines, from: i) ?? TabRows.table(in: lines, from: i, markers: markers) ?? TextTables.table(in: lines, from: i) ?? FixedWidthTables.table(in: lines, from: i) {
                flush()
                blocks.append(table); blankBefore.append(line.blankBefore)
                i = next
                continue
            }
            i += 1
            var parsed = ParsedLine(line.text, underlined: line.underlined, markers: markers)
            if outline, parsed.marker == nil, !parsed.isHeading, case let depth = line.text.prefix(while: { $0 == "\t" }).count, depth > 0 {
                parsed.marker = .bullet(level: depth)
            }
            if parsed.text.isEmpty {
                if parsed.marker != nil { loneMarkers.append(parsed) }
                continue
            }
            let position = SourcePosition.text(line: line.number, column: parsed.column)
            if let p = current, parsed.marker == nil, !parsed.isHeading,
               let join = p.join(parsed.text, standingAlone: line.standsAlone && line.blankBefore, afterBlank: line.blankBefore, labels: &labels) {
                current!.append(parsed.text, join, at: position, words: documentWords)
                continue
            }
            if parsed.marker == nil, !parsed.isHeading, nextLoneMarker < loneMarkers.count {
                let lone = loneMarkers[nextLoneMarker]
                nextLoneMarker += 1
                parsed.marker = lone.marker; parsed.glyph = lone.glyph; parsed.column = lone.column
            }
            flush()
            current = Pending(line: parsed, position: position, blankBefore: line.blankBefore, standsAlone: line.standsAlone)
        }
        flush()
        // A block is isolated when blank lines stand before it and after it.
        for k in blocks.indices {
            blocks[k].isolated = blankBefore[k] && (k + 1 == blocks.count || blankBefore[k + 1])
        }
        ListLevels.assign(&blocks)
        return blocks
    }
}

extension RunningTextReader {
    /// An outline written by indentation alone, a TAB a level and no marker (an outline pasted
    /// from a notes program into a plain text editor): lines at one TAB and lines at two, six
    /// or more, none with a TAB after its text starts (that is a row of a table). Each indented
    /// line is then an item at its depth.
    static func tabOutline(_ lines: [PageLayout.Line], _ markers: MarkerInventory) -> Bool {
        var depths: [Int: Int] = [:]
        for line in lines where line.text.first == "\t" {
            let depth = line.text.prefix { $0 == "\t" }.count
            let rest = line.text.dropFirst(depth)
            guard !rest.contains("\t") else { return false }
            if markers.split(String(rest)).marker != nil { continue }
            depths[depth, default: 0] += 1
        }
        return (depths[1] ?? 0) >= 2 && (depths[2] ?? 0) >= 2 && depths.values.reduce(0, +) >= 6
    }

    /// A plan pasted into a mail and quoted (or forwarded): where most lines start with ">",
    /// the quote marks ("> ", "> > ") come off every line, so that its lists and headings read
    /// as the plan's own.
    static func unquoted(_ text: String) -> String {
        // The first byte of each line that is no space, on the bytes ("> " is ASCII).
        var quoted = 0, other = 0, atLineStart = true
        for b in text.utf8 {
            if b == 0x0A { atLineStart = true; continue }
            guard atLineStart, b != 0x20, b != 0x09, b != 0x0D else { continue }
            atLineStart = false
            if b == UInt8(ascii: ">") { quoted += 1 } else { other += 1 }
            if quoted + other >= 400 { break }
        }
        guard quoted >= 3, quoted >= 3 * other else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var rest = line[...]
            while let k = rest.firstIndex(where: { $0 != " " && $0 != "\t" }), rest[k] == ">" {
                rest = rest[rest.index(after: k)...]
                if rest.first == " " { rest = rest.dropFirst() }
            }
            return rest
        }.joined(separator: "\n")
    }
}

/// The lines of a text with page layout removed: form feeds, page numbers
/// ("Side 2 av 5"), running headers repeated at page breaks, and the rules
/// ("-----") that underline a heading (the line above becomes a heading).
struct PageLayout {
    struct Line {
        var text: Substring
        var number: Int
        /// A blank line (or a page break) stood before this one.
        var blankBefore: Bool
        /// How many blank lines stood right before this one (a text export of a table writes
        /// an empty cell as an empty line).
        var blanksBefore = 0
        /// A blank line (or a page break, or the end) follows this one.
        var standsAlone = false
        var underlined = false
    }

    /// "Side 2 av 5", "3/7", "- 4 -": at most 20 bytes once cleaned, with a digit (tested first).
    private static func isPageNumber(_ t: String) -> Bool {
        t.utf8.count <= 20 && t.utf8.contains { (0x30...0x39).contains($0) } && LineScan.isPageNumber(t)
    }

    /// A page's footer or header with its page number set apart at the right ("Fagforbundet
    /// Kvam – handlingsplan 2024–2025      Side 1 av 2", as pdftotext -layout writes it): the
    /// number has its word ("Side", "Page"), so that a table row ending in "3/7" is no footer.
    private static func endsInPageNumber(_ line: Substring) -> Bool {
        guard let gap = line.ranges(of: "  ").last else { return false }
        let tail = TextCleaning.clean(String(line[gap.upperBound...]))
        return !tail.isEmpty && tail.contains(where: \.isLetter) && isPageNumber(tail)
            && !TextCleaning.clean(String(line[..<gap.lowerBound])).isEmpty
    }

    /// "-----Opprinnelig melding-----", "----- Forwarded message -----": a mail's separator.
    private static func isSeparatorLine(_ line: Substring) -> Bool {
        let t = line.drop { $0 == " " }
        return t.hasPrefix("---") && t.reversed().drop { $0 == " " || $0 == "\r" }.starts(with: "---") && t.contains(where: \.isLetter)
    }

    /// A line of a table of contents: a title, dot leaders ("....." or "…"), a page number.
    private static func isContentsEntry(_ line: Substring) -> Bool {
        // Dot leaders first, on the bytes: most lines have none.
        guard TextMatching.containsASCII(String(line), "....") || line.unicodeScalars.contains("…") else { return false }
        let t = TextCleaning.clean(String(line))
        guard let last = t.last, last.isNumber else { return false }
        let body = TextCleaning.clean(String(t.dropLast(t.reversed().prefix { $0.isNumber }.count)))
        return body.hasSuffix(".....") || body.hasSuffix("…") || body.hasSuffix(". . . .")
    }

    /// "-----", "=====", "–––": three or more of these and nothing else (each is a character
    /// of its own, so a line with any other scalar is no rule).
    private static func isRule(_ t: String) -> Bool {
        t.unicodeScalars.count >= 3 && t.unicodeScalars.allSatisfy { "-=_~–".unicodeScalars.contains($0) }
    }

    /// A line of the text as it stands, with what the page-layout passes ask of it again
    /// and again, found once on its bytes.
    private struct RawLine {
        var text: Substring
        var number: Int
        var isFormFeed = false
        var isBlank: Bool
        var hasDigit: Bool

        init(_ text: Substring, _ number: Int) {
            self.text = text; self.number = number
            (isBlank, hasDigit) = TextMatching.withBytes(of: text) { b in (TextCleaning.isBlank(b), TextMatching.containsDigit(b)) }
        }

        /// The page break a form feed stands for.
        static func formFeed(_ number: Int) -> RawLine {
            var line = RawLine("\u{0C}", number)
            line.isFormFeed = true
            return line
        }
    }

    static func lines(of text: String) -> [Line] {
        var raw: [RawLine] = []
        // A page's lines (numbered from 1), read column by column where the page has two.
        var page: [(text: Substring, number: Int)] = []
        func endPage() {
            for (text, k) in TextColumns.readingOrder(page.map(\.text)) { raw.append(RawLine(text, page[k].number)) }
            page = []
        }
        let numbered = TextMatching.lines(text)
        for (index, line) in (LineNumbers.stripped(numbered) ?? numbered).enumerated() {
            // A form feed marks a page break before the text that shares its line.
            if TextMatching.contains(line, byte: 0x0C) {
                endPage()
                raw.append(.formFeed(index + 1))
                let rest = line.filter { $0 != "\u{0C}" }
                if !TextCleaning.isBlank(rest[...]) { page.append((Substring(rest), index + 1)) }
            } else {
                page.append((line, index + 1))
            }
        }
        endPage()
        // Where the pages break: form feeds and page-number lines.
        var pageBreak = Set<Int>()
        var contents = Set<Int>()
        for (k, line) in raw.enumerated() {
            // Cleaning adds no digit: a line without one is no page number, and is not cleaned to ask.
            if line.isFormFeed || line.hasDigit && (isPageNumber(TextCleaning.clean(String(line.text))) || endsInPageNumber(line.text)) { pageBreak.insert(k) }
            if line.hasDigit, isContentsEntry(line.text) { contents.insert(k) }
            if isSeparatorLine(line.text) { contents.insert(k) }
        }
        // A running header or footer: a line that stands again and again next to a page break.
        var nearBreak: [String: Int] = [:]
        func neighbours(_ k: Int) -> [Int] {
            var out: [Int] = []
            for dir in [-1, 1] {
                var j = k + dir
                while j >= 0, j < raw.count, raw[j].isBlank || raw[j].isFormFeed { j += dir }
                if j >= 0, j < raw.count, !pageBreak.contains(j) { out.append(j) }
            }
            return out
        }
        // The text's first and last lines stand at page edges too (page 1's header, the last footer).
        let edges = Array(pageBreak)
        if !pageBreak.isEmpty {
            if let first = raw.firstIndex(where: { !$0.isBlank && !$0.isFormFeed }), !pageBreak.contains(first) { nearBreak[TextCleaning.clean(String(raw[first].text)), default: 0] += 1 }
            if let last = raw.lastIndex(where: { !$0.isBlank && !$0.isFormFeed }), !pageBreak.contains(last) { nearBreak[TextCleaning.clean(String(raw[last].text)), default: 0] += 1 }
        }
        // Each line once, however many breaks it stands next to (a page number and a form feed
        // on either side of the same line are one page break).
        var besideBreaks = Set<Int>()
        for k in edges { besideBreaks.formUnion(neighbours(k)) }
        for j in besideBreaks { nearBreak[TextCleaning.clean(String(raw[j].text)), default: 0] += 1 }
        let runningLines = Set(nearBreak.filter { $0.value >= 2 && !$0.key.isEmpty && $0.key.count <= 120 }.keys)
        // (The first line stays: page 1's header often names the plan, which the metadata reads.)
        var dropped = pageBreak.union(contents)
        for k in edges {
            for j in neighbours(k) where runningLines.contains(TextCleaning.clean(String(raw[j].text))) { dropped.insert(j) }
        }

        var out: [Line] = []
        var blank = true
        var blanks = 0
        for (k, line) in raw.enumerated() {
            let text = line.text
            if dropped.contains(k) {
                // A page break is no paragraph break: hard-wrapped text runs on across it.
                continue
            }
            if line.isBlank {
                blank = true
                blanks += 1
                if !out.isEmpty { out[out.count - 1].standsAlone = true }
                continue
            }
            // A rule starts with one of its characters once cleaned: other lines are not cleaned to ask.
            if let first = text.unicodeScalars.first(where: { !TextCleaning.isSpace($0.value) }), "-=_~–".unicodeScalars.contains(first),
               isRule(TextCleaning.clean(String(text))), let last = out.last, last.number == line.number - 1, !last.underlined {
                out[out.count - 1].underlined = true
                continue
            }
            out.append(Line(text: text, number: line.number, blankBefore: blank, blanksBefore: blanks))
            blank = false
            blanks = 0
        }
        if !out.isEmpty { out[out.count - 1].standsAlone = true }
        return out
    }
}

/// Rows of a spreadsheet pasted as text: one row a line, TAB between cells.
/// A run of at least three such lines with the same number of cells (or
/// fewer) is a table; its first row is the header. A row whose only text is
/// in its first cell spans the table (an area row).
enum TabRows {
    static func table(in lines: [PageLayout.Line], from start: Int, markers: MarkerInventory) -> (Block, Int)? {
        guard let width = cells(lines[start].text, markers)?.count, width >= 2 else { return nil }
        var end = start
        while end < lines.count {
            if let c = cells(lines[end].text, markers), c.count <= width, c.count >= 2 { end += 1; continue }
            // A row of one cell whose empty cells an export dropped (an area row): a short line
            // between rows of the table.
            if end > start, end + 1 < lines.count, TextCleaning.clean(String(lines[end].text)).count <= 80,
               let next = cells(lines[end + 1].text, markers), next.count >= 2, next.count <= width { end += 1; continue }
            break
        }
        guard end - start >= 3 else { return nil }
        var rows: [TableRow] = []
        for line in lines[start..<end] {
            var texts = (cells(line.text, markers) ?? [line.text]).map { TextCleaning.clean(String($0)) }
            // As wide as the table: short rows filled, a wider one's extra cells kept in its last.
            if texts.count > width {
                texts = Array(texts[..<(width - 1)]) + [TextMatching.joined(texts[(width - 1)...].filter { !$0.isEmpty }, separator: " ")]
            }
            texts += Array(repeating: "", count: width - texts.count)
            let source = SourcePosition.text(line: line.number, column: 1)
            let row = texts.map { TableCell(text: $0, source: source) }
            let spans = !texts[0].isEmpty && texts.dropFirst().allSatisfy(\.isEmpty)
            rows.append(TableRow(cells: row, source: source, spansTable: spans))
        }
        let block = Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [],
                          source: rows[0].source)
        return (block, end)
    }

    /// The cells of a line with an inner TAB, or nil: a line that starts with a
    /// TAB (seed 001's export) or whose first cell is a bullet ("•\tText") is no row.
    private static func cells(_ line: Substring, _ markers: MarkerInventory) -> [Substring]? {
        guard TextMatching.contains(line, byte: 0x09), line.first != "\t" else { return nil }
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        let first = TextCleaning.clean(String(parts[0]))
        // "•\tText", "o\tText", "1.\tText" are list items, not rows of two cells.
        // (The whole first cell is the marker: "4 Fag" is a cell of an area column.)
        guard parts.count >= 2, !first.isEmpty, !(first.count <= 6 && { let m = markers.split(first + " x"); return m.marker != nil && m.text == "x" }()) else { return nil }
        return parts
    }
}

/// One line of input with its list marker, number and export residue taken apart.
private struct ParsedLine {
    var text: String
    var marker: ListMarker?
    var glyph: Character?
    var isHeading = false
    var headingLevel = 1
    var hadBookmark = false
    var column = 1

    init(_ raw: Substring, underlined: Bool, markers: MarkerInventory) {
        var s = String(raw)
        // The markup below all has a bracket or an asterisk: most lines have neither (one scan).
        let markup = s.withUTF8 { $0.contains { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "*") } }
        // Tika writes Word bookmarks as "[bookmark: _Toc…]"; before a numbered
        // title they mark a heading of the table of contents.
        if markup, TextMatching.containsASCII(s, "[bookmark:"), ExportMarkup.contains("[bookmark:", in: s) {
            s = ExportMarkup.removingBookmarks(s)
            hadBookmark = true
        }
        // The tail of an image description whose opening bracket was lost.
        if markup, TextMatching.containsASCII(s, "beskrivelse]") { s = ExportMarkup.removingImageDescriptionTail(s) }
        column = RunningTextReader.indentation(s) + 1
        s = TextCleaning.clean(s)
        // **bold** markup of Markdown-like exports, and _emphasis_ around a whole line.
        if markup, TextMatching.containsASCII(s, "**"), ExportMarkup.contains("**", in: s) { s = TextCleaning.clean(ExportMarkup.removingAll("**", from: s)) }
        if s.count > 2, s.hasPrefix("_"), s.hasSuffix("_"), !s.dropFirst().hasPrefix("_") { s = TextCleaning.clean(String(s.dropFirst().dropLast())) }
        if s.count > 2, s.hasPrefix("*"), s.hasSuffix("*"), !s.dropFirst().hasPrefix("*"), !s.dropFirst().hasPrefix(" ") { s = TextCleaning.clean(String(s.dropFirst().dropLast())) }

        // Markdown's "## Heading" (wiki and note exports).
        if s.first == "#", let hashes = Optional(s.prefix { $0 == "#" }.count), hashes <= 6, s.dropFirst(hashes).first == " " {
            text = TextCleaning.clean(String(s.dropFirst(hashes)))
            isHeading = true; headingLevel = hashes
            return
        }
        (marker, glyph, s) = markers.split(s)
        text = s
        if underlined { isHeading = true; marker.map { if case let .number(n) = $0 { text = n + " " + s } }; marker = nil }
        else if hadBookmark, case .number = marker { isHeading = true }
        else if hadBookmark, !s.isEmpty, s.count < 80, !s.hasSuffix(".") { isHeading = true }
    }
}

/// The markup of running-text exports taken out of a line: Tika's bookmarks and image
/// descriptions, Markdown's bold.
enum ExportMarkup {
    private static let imageDescriptionTail = "Automatisk generert beskrivelse]"

    /// The text after "… Automatisk generert beskrivelse]" where no bracket comes before it.
    static func removingImageDescriptionTail(_ line: String) -> String {
        // Where every scalar is below U+0300 (each a character of its own), on the bytes: a
        // Foundation search cost ten thousand instructions.
        if let bytes = belowU0300(line) {
            guard let start = firstIndex(of: Array(imageDescriptionTail.utf8), in: bytes, from: 0),
                  !bytes[..<start].contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) else { return line }
            return String(decoding: bytes[(start + imageDescriptionTail.utf8.count)...], as: UTF8.self)
        }
        guard let end = line.range(of: imageDescriptionTail), !line[..<end.lowerBound].contains(where: { $0 == "[" || $0 == "]" }) else { return line }
        return String(line[end.upperBound...])
    }

    /// `line` without any of `needle` (ASCII), left to right.
    static func removingAll(_ needle: String, from line: String) -> String {
        guard let bytes = belowU0300(line) else { return line.replacingOccurrences(of: needle, with: "") }
        let n = Array(needle.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while let start = firstIndex(of: n, in: bytes, from: i) {
            out += bytes[i..<start]
            i = start + n.count
        }
        out += bytes[i...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `needle` (ASCII) stands in `line`: on the bytes where every scalar is below
    /// U+0300, else as Foundation finds it.
    static func contains(_ needle: String, in line: String) -> Bool {
        guard let bytes = belowU0300(line) else { return line.contains(needle) }
        return firstIndex(of: Array(needle.utf8), in: bytes, from: 0) != nil
    }

    /// The line's UTF-8 where every scalar is below U+0300, else nil.
    private static func belowU0300(_ line: String) -> [UInt8]? {
        var line = line
        return line.withUTF8 { TextMatching.isBelowU0300($0) ? Array($0) : nil }
    }

    /// Every "[bookmark: name]" taken out (one without its closing bracket stays).
    static func removingBookmarks(_ line: String) -> String {
        // Where every scalar is below U+0300 (each a character of its own), on the bytes.
        if let bytes = belowU0300(line) {
            let open = Array("[bookmark: ".utf8)
            var out: [UInt8] = []
            var i = 0
            while let start = Self.firstIndex(of: open, in: bytes, from: i), let close = bytes[(start + open.count)...].firstIndex(of: UInt8(ascii: "]")) {
                out += bytes[i..<start]
                i = close + 1
            }
            return String(decoding: out + bytes[i...], as: UTF8.self)
        }
        var out = ""
        var rest = line[...]
        while let open = rest.range(of: "[bookmark: "), let close = rest[open.upperBound...].firstIndex(of: "]") {
            out += rest[..<open.lowerBound]
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for i in start...(bytes.count - needle.count) where bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }
}

/// `Labels.isLabel` of the line asked about last, and the last lines prepared for the
/// patterns: a line is asked about as the next line and then again as the last line of the
/// block it joined.
private struct LabelMemo {
    private var text = "", answer = false
    let prepared = MatchTextMemo()

    mutating func isLabel(_ line: String) -> Bool {
        if line != text { text = line; answer = Labels.group(of: prepared(line)) != nil || LabelledLine.parse(line) != nil }
        return answer
    }
}

/// A word that a line's end broke at a hyphen.
enum WrappedWord {
    /// "fagleg-" / "politisk …" → "fagleg-politisk …": a line that ends in a hyphen after a
    /// letter, and a next line that starts with a word, are one word. The hyphen stays (Word
    /// and LibreOffice break lines at hyphens that are there, "KS-" / "området"), unless the
    /// text has the word without it and never with it (a word hyphenated by the layout).
    /// "helse-" / "og omsorg" keeps its space. Nil where the line ends otherwise.
    static func join(_ last: String, _ next: String, words: Set<String>) -> String? {
        guard last.hasSuffix("-"), last.dropLast().last?.isLetter == true, let first = next.first, first.isLetter || first.isNumber else { return nil }
        let nextWord = next.prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
        if FieldValue.conjunctions.contains(nextWord) { return last + " " + next }
        let stem = last.dropLast().reversed().prefix { $0.isLetter || $0 == "-" }.reversed().map(String.init).joined().lowercased()
        if !words.contains(stem + "-" + nextWord), words.contains(stem + nextWord) { return String(last.dropLast()) + next }
        return last + next
    }
}

/// The block being collected.
private struct Pending {
    var first: ParsedLine
    var position: SourcePosition
    var lines: [String]
    var segments: [Block.Line]
    var blankBefore: Bool
    /// The first line stood alone (blank lines around it).
    var standsAlone: Bool
    /// How many "(" the lines so far leave open (kept as lines come: a block of thousands of
    /// lines is not counted again for each).
    private var openParentheses = 0

    init(line: ParsedLine, position: SourcePosition, blankBefore: Bool, standsAlone: Bool) {
        first = line; self.position = position; lines = [line.text]; segments = [.init(text: line.text, source: position)]
        self.blankBefore = blankBefore; self.standsAlone = standsAlone
        openParentheses = Self.parentheses(after: 0, in: line.text)
    }

    /// The open parentheses after `line`, `depth` open before it.
    private static func parentheses(after depth: Int, in line: String) -> Int {
        var depth = depth
        for c in line.utf8 { if c == UInt8(ascii: "(") { depth += 1 } else if c == UInt8(ascii: ")") { depth = max(0, depth - 1) } }
        return depth
    }

    /// How a following line continues the block: `sure` when it starts in
    /// lower case, `likely` when only the length of the line before says so.
    enum Join { case sure, likely }

    mutating func append(_ text: String, _ join: Join, at source: SourcePosition, words: Set<String>) {
        // (A word joined at its hyphen keeps every parenthesis of both lines, in order.)
        openParentheses = Self.parentheses(after: openParentheses, in: text)
        let last = lines[lines.count - 1]
        if let joined = WrappedWord.join(last, text, words: words) {
            // A word broken at a hyphen: one word again, the two lines one line (the last line
            // is the end of the last segment).
            lines[lines.count - 1] = joined
            segments[segments.count - 1].text = String(segments[segments.count - 1].text.dropLast(last.count)) + joined
            return
        }
        if join == .sure { segments[segments.count - 1].text += " " + text } else { segments.append(.init(text: text, source: source)) }
        lines.append(text)
    }

    /// Words that put a time after them ("innen", "før").
    private static let deadlineWords = Set(PlanWords.active.all(.deadlinePreposition).filter { !$0.contains(" ") })

    /// Whether `next` continues this block (a wrapped line) rather than starting one.
    /// `standingAlone`: `next` has blank lines before and after it.
    /// `afterBlank`: a blank line stands before `next`.
    func join(_ next: String, standingAlone: Bool, afterBlank: Bool = false, labels: inout LabelMemo) -> Join? {
        if first.isHeading { return nil }
        let last = lines[lines.count - 1]
        // A parenthesis still open goes on in the next line ("… (ansvarleg:" / "styret, veke 11)").
        if openParentheses > 0 { return .sure }
        if TextMatching.endsWith(last, ascii: UInt8(ascii: ":")) || (labels.isLabel(last) && Labels.isBare(last)) { return nil }
        // A line that opens with a pictograph or sign ("☑ Medlemsmøte …", "📚 FAG …") starts a block.
        if let c = next.unicodeScalars.first, c.value >= 0x2000, c.properties.generalCategory == .otherSymbol { return nil }
        // A line in lower case goes on with the sentence before it, even one that reads like a label ("hovudmål for …").
        if Self.startsInLowerCase(next) { return .sure }
        if labels.isLabel(next) { return nil }
        // A line that ends in a word that joins ("… er medlem av" / "Fagforbundet.") breaks a sentence.
        if TextMatching.endsWithFunctionWord(last), !Labels.looksLikeHeading(last), TextMatching.spaceSeparatedCount(last) >= 4 { return .sure }
        // A short line standing alone after its own blank line is a heading, not a continuation.
        if lines.count == 1, standsAlone, first.marker == nil, Labels.looksLikeHeading(last) { return nil }
        if let end = last.last, ".!?".contains(end) { return nil }
        // (A heading may open with a pictograph: "📚 FAG OG KOMPETANSE".)
        let nextWords = TextMatching.withoutLeadingSymbols(next)
        if standingAlone, Labels.looksLikeHeading(nextWords), !TextMatching.endsWithFunctionWord(last) { return nil }
        // So does a line in capitals after a blank line ("☕ DRIFT OG SOSIALT" / "☐ Styremøte …").
        if afterBlank, nextWords.filter(\.isLetter).count >= 4, !nextWords.contains(where: \.isLowercase),
           Labels.looksLikeHeading(nextWords), !TextMatching.endsWithFunctionWord(last) { return nil }
        let prepared = labels.prepared
        if Labels.namesArea(prepared(nextWords)) || Labels.isKnownSectionHeading(prepared(nextWords)) { return nil }
        if lines.count == 1, first.marker == nil,
           Labels.namesArea(prepared(last)) || Labels.isKnownSectionHeading(prepared(last)) || Labels.isPreamble(prepared(last)) { return nil }
        // So does a list item's line in a narrow column (a slide's, a table cell's): "• Fornye
        // samarbeidsavtalen med" / "Lørenskog Arbeiderparti", "• 900 medlemmer innen" / "31.12.2026".
        if first.marker != nil, TextMatching.spaceSeparatedCount(last) >= 2,
           TextMatching.endsWithFunctionWord(last) || Self.deadlineWords.contains(String(last.split(separator: " ").last ?? "").lowercased()) { return .sure }
        return last.count >= RunningTextReader.wrapWidth ? .likely : nil
    }

    /// The first scalar is a lower-case letter (Unicode's Ll, as Foundation's
    /// `CharacterSet.lowercaseLetters` has it: the same on Latin-1, which is written out).
    private static func startsInLowerCase(_ line: String) -> Bool {
        guard let c = line.unicodeScalars.first else { return false }
        return c.value < 0x100 ? Latin1.isLowercase(c.value) : CharacterSet.lowercaseLetters.contains(c)
    }

    func block() -> Block? {
        // Each line is clean and not empty (ParsedLine cleans it), so lines joined by one space
        // are clean too: no second pass (the tests, built with assertions, check it).
        let text = TextMatching.joined(lines, separator: " ")
        assert(TextCleaning.clean(text) == text && segments.allSatisfy { TextCleaning.clean($0.text) == $0.text })
        guard !text.isEmpty else { return nil }
        let kind: Block.Kind
        var number: String?
        switch first.marker {
        case let .bullet(level)?: kind = .listItem(level: level, ordered: false)
        case let .number(n)?:
            number = n
            kind = first.isHeading ? .heading(level: n.split(separator: ".").count) : .listItem(level: first.marker!.level, ordered: true)
        case .letter?: kind = .listItem(level: first.marker!.level, ordered: true)
        case nil: kind = first.isHeading ? .heading(level: first.headingLevel) : .paragraph
        }
        var block = Block(kind: kind, text: text, number: number, lines: segments, source: position)
        block.glyph = first.glyph
        return block
    }
}
