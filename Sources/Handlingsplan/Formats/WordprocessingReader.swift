import Foundation

/// WordprocessingML → blocks: the main part of a DOCX, a bare document.xml,
/// the parts of a Flat OPC package, and Word 2003 XML (`w:wordDocument`).
///
/// Two stages, as in pandoc's reader: styles and numbering are resolved first
/// (which style is a heading of which level, which list is bulleted), then the
/// body is walked into the same blocks the text readers produce. Elements are
/// matched by local name within the WordprocessingML namespaces (transitional,
/// ISO Strict and Word 2003), whatever prefix the writer bound them to.
struct WordprocessingReader {
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
        "http://schemas.microsoft.com/office/word/2003/wordml",
    ]

    private let styles: StyleSheet
    private let numbering: Numbering

    /// `styles` and `numbering` are the roots of styles.xml and numbering.xml;
    /// for Word 2003 XML both are the document root, which holds `w:styles` and `w:lists`.
    init(styles: XMLElement?, numbering: XMLElement?) {
        self.init(styles: StyleSheet(styles), numbering: Numbering(numbering))
    }

    /// With styles and numbering already read (a batch reads each distinct part once: `PartCache`).
    init(styles: StyleSheet, numbering: Numbering) {
        self.styles = styles
        self.numbering = numbering
    }

    /// The footnotes' and endnotes' texts by id ("f2", "e1"): `Block.notes`.
    var notes: [String: String] = [:]

    /// The notes of a footnotes.xml or endnotes.xml root (`prefix` "f" or "e"): each note's
    /// paragraphs as one text; the separators Word keeps there (w:type set) are none.
    static func notes(_ root: XMLElement?, prefix: String) -> [String: String] {
        guard let root else { return [:] }
        var out: [String: String] = [:]
        for note in root.elements where note.name == "footnote" || note.name == "endnote" {
            guard let id = note["id"], note["type"] == nil || note["type"] == "normal" else { continue }
            var parts: [String] = []
            for p in note.descendants("p") {
                var content = InlineText()
                content.collect(p)
                parts += content.lines.map(TextCleaning.clean).filter { !$0.isEmpty }
            }
            if !parts.isEmpty { out[prefix + id] = TextMatching.joined(parts, separator: " ") }
        }
        return out
    }

    func read(document: XMLElement) -> [Block] {
        var walker = BodyWalker(styles: styles, numbering: numbering)
        walker.notes = notes
        let body = document.descendants("body").first { Self.isW($0) } ?? document
        walker.walk(body)
        return walker.finish()
    }

    static func isW(_ e: XMLElement) -> Bool { e.namespace.map(namespaces.contains) ?? false }

    /// `w:val`-style on/off properties: present and not "0"/"false"/"off".
    static func isOn(_ e: XMLElement?) -> Bool {
        guard let e else { return false }
        guard let v = e["val"] else { return true }
        return !["0", "false", "off", "none"].contains(v.lowercased())
    }
}

// MARK: - Styles and numbering

/// Paragraph styles: which are headings (by name "heading N" / "Overskrift N",
/// by id, by outline level, or by the style they are based on), which is the
/// title, which carry list numbering.
struct StyleSheet {
    struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numId: String?
        var ilvl: Int?
    }

    private var styles: [String: Style] = [:]

    /// What a styles part holds that this sheet never reads, left out while the part is parsed:
    /// table, character and numbering styles (most of a python-docx template's 350 KB), the
    /// latent style list and the document defaults.
    static func unread(_ name: String, _ attribute: (String) -> String?) -> Bool {
        switch name {
        case "style": return attribute("type").map { $0 != "paragraph" } ?? false
        case "latentStyles", "docDefaults": return true
        default: return false
        }
    }

    init(_ root: XMLElement?) {
        guard let root else { return }
        let container = root.name == "styles" ? root : (root.descendants("styles").first ?? root)
        for s in container.all("style") where s["type"] == nil || s["type"] == "paragraph" {
            guard let id = s["styleId"] else { continue }
            let pPr = s.first("pPr")
            styles[id] = Style(name: s.first("name")?["val"], basedOn: s.first("basedOn")?["val"],
                               outlineLevel: pPr?.first("outlineLvl")?["val"].flatMap(Int.init),
                               numId: pPr?.first("numPr")?.first("numId")?["val"] ?? pPr?.first("listPr")?.first("ilfo")?["val"],
                               ilvl: (pPr?.first("numPr") ?? pPr?.first("listPr"))?.first("ilvl")?["val"].flatMap(Int.init))
        }
        for id in styles.keys { if let l = resolveLevel(id) { levels[id] = l } }
    }

    /// Heading level of every style, resolved once (nil for body text).
    private var levels: [String: Int] = [:]

    var hasHeadingStyles: Bool { !levels.isEmpty }

    /// 1 for "heading 1", …; nil for body text (and for ids that are no style:
    /// a bare document.xml has no styles part, so its ids are read as names).
    func headingLevel(_ id: String?) -> Int? {
        guard let id else { return nil }
        return styles[id] == nil ? Self.level(from: id) : levels[id]
    }

    private func resolveLevel(_ id: String?) -> Int? {
        var current = id
        for _ in 0..<10 {
            guard let key = current else { return nil }
            if let level = Self.level(from: styles[key]?.name) ?? Self.level(from: key) { return level }
            if let o = styles[key]?.outlineLevel, (0...8).contains(o) { return o + 1 }
            current = styles[key]?.basedOn
        }
        return nil
    }

    /// Table-of-contents entries ("toc 1", Norwegian "Innholdsfortegnelse 1"): copies of headings, never content.
    func isTableOfContents(_ id: String?) -> Bool {
        guard let id else { return false }
        let name = (styles[id]?.name ?? id).lowercased()
        return name.hasPrefix("toc") || name.hasPrefix("innholdsfortegnelse") || name.hasPrefix("innhold ")
    }

    /// The names of a style and of the styles it is based on, nearest first (at most ten:
    /// a loop of `basedOn` ends there).
    func names(_ id: String?) -> [String] {
        var out: [String] = [], current = id
        for _ in 0..<10 {
            guard let key = current, let style = styles[key] else { break }
            out.append(style.name ?? key)
            current = style.basedOn
        }
        return out
    }

    func isTitle(_ id: String?) -> Bool {
        guard let id else { return false }
        let names = [id, styles[id]?.name ?? ""].map { $0.lowercased() }
        return names.contains("title") || names.contains("tittel")
    }

    /// The list numbering a style gives its paragraphs. Word's list styles
    /// "List Bullet 2" ("Punktliste 2") often point at a list of their own at
    /// level 0: the level is then the number in the style's name.
    func numbering(_ id: String?) -> (numId: String, ilvl: Int)? {
        var current = id
        for _ in 0..<10 {
            guard let key = current, let s = styles[key] else { return nil }
            if let n = s.numId { return (n, s.ilvl ?? Self.listLevel(fromName: styles[id!]?.name ?? id!)) }
            current = s.basedOn
        }
        return nil
    }

    /// 1 for "List Bullet 2", 0 for "List Bullet" and any other name (ilvl, from 0).
    private static func listLevel(fromName name: String) -> Int {
        guard let n = numberedName(name, ["list bullet", "list number", "punktliste", "nummerert liste"], 2...9) else { return 0 }
        return n - 1
    }

    /// "heading 2", "Heading2", "Overskrift 2", "Overskrift2" → 2.
    private static func level(from name: String?) -> Int? {
        guard let name else { return nil }
        return numberedName(name, ["heading", "overskrift"], 1...9)
    }

    /// The number of a style name that is one of `prefixes` (any case), white space, and one
    /// digit in `digits`: read by hand, as every style of a large styles part is asked.
    private static func numberedName(_ name: String, _ prefixes: [String], _ digits: ClosedRange<Int>) -> Int? {
        let lower = name.lowercased()
        guard let prefix = prefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = lower.dropFirst(prefix.count).drop { $0.isWhitespace }
        guard rest.count == 1, let digit = rest.first?.wholeNumberValue, rest.first!.isASCII, digits.contains(digit) else { return nil }
        return digit
    }
}

/// numbering.xml (or Word 2003's `w:lists`): whether a list level is bulleted.
struct Numbering {
    /// numId → level → format ("bullet", "decimal", …).
    private var formats: [String: [Int: String]] = [:]

    init(_ root: XMLElement?) {
        guard let root else { return }
        var abstract: [String: [Int: String]] = [:]
        for a in root.descendants("abstractNum") {
            guard let id = a["abstractNumId"] else { continue }
            abstract[id] = Self.levels(a, format: "numFmt")
        }
        for n in root.descendants("num") {
            guard let id = n["numId"], let a = n.first("abstractNumId")?["val"] else { continue }
            formats[id] = abstract[a]
        }
        // Word 2003: w:listDef (w:lvl/w:nfc, 23 = bullet) and w:list w:ilfo → w:ilst.
        var defs: [String: [Int: String]] = [:]
        for d in root.descendants("listDef") {
            guard let id = d["listDefId"] else { continue }
            defs[id] = Self.levels(d, format: "nfc").mapValues { $0 == "23" ? "bullet" : $0 }
        }
        for l in root.descendants("list") {
            guard let id = l["ilfo"], let def = l.first("ilst")?["val"] else { continue }
            formats[id] = defs[def]
        }
    }

    private static func levels(_ e: XMLElement, format: String) -> [Int: String] {
        var out: [Int: String] = [:]
        for lvl in e.all("lvl") {
            if let i = lvl["ilvl"].flatMap(Int.init) { out[i] = lvl.first(format)?["val"] ?? "decimal" }
        }
        return out
    }

    /// Whether the list level numbers its items (false for bullets and unknown lists).
    func isOrdered(numId: String, ilvl: Int) -> Bool {
        guard let f = formats[numId]?[ilvl] else { return false }
        return !["bullet", "none"].contains(f)
    }
}

// MARK: - Body

/// Walks `w:body` in document order, numbering every paragraph.
private struct BodyWalker {
    let styles: StyleSheet
    let numbering: Numbering
    var blocks: [Block] = []
    var paragraphCount = 0
    /// Paragraph blocks that may become headings when the document has no heading styles.
    var boldCandidates: [Int] = []
    var sawOutlineLevel = false
    var notes: [String: String] = [:]

    init(styles: StyleSheet, numbering: Numbering) {
        self.styles = styles; self.numbering = numbering
    }

    mutating func walk(_ container: XMLElement) {
        for e in container.elements {
            if e.name == "AlternateContent" {
                if let pick = e.first("Choice") ?? e.first("Fallback") { walk(pick) }
                continue
            }
            guard WordprocessingReader.isW(e) || e.namespace?.contains("auxHint") == true || e.namespace == nil else {
                continue
            }
            if e.isPlaceholderControl { continue }
            switch e.name {
            case "p": paragraph(e)
            case "tbl":
                if rowsOf(e).contains(where: { cellsOf($0).contains(where: Self.holdsTable) }) { layout(e) } else { blocks.append(table(e)) }
            case "sectPr", "del", "moveFrom", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd": continue
            default: walk(e) // sdt/sdtContent, customXml, ins, Word 2003's wx:sect and wx:sub-section
            }
        }
    }

    mutating func finish() -> [Block] {
        // Bold short lines are headings only where the document has no heading styles at all.
        if !styles.hasHeadingStyles && !sawOutlineLevel {
            for i in boldCandidates { blocks[i].kind = .heading(level: 1) }
        }
        return blocks
    }

    // MARK: paragraphs

    private mutating func paragraph(_ p: XMLElement) {
        paragraphCount += 1
        let position = SourcePosition.paragraph(paragraphCount)
        var content = InlineText()
        content.collect(p)
        defer { for box in content.textBoxes { walk(box) } }

        let lines = content.lines.map(TextCleaning.clean).filter { !$0.isEmpty }
        let text = TextCleaning.clean(TextMatching.joined(lines, separator: " "))
        guard !text.isEmpty else { return }

        let pPr = p.first("pPr")
        let styleId = pPr?.first("pStyle")?["val"]
        if styles.isTableOfContents(styleId) { return }
        let outline = pPr?.first("outlineLvl")?["val"].flatMap(Int.init)
        if outline != nil { sawOutlineLevel = true }
        var kind: Block.Kind = .paragraph
        if styles.isTitle(styleId) {
            kind = .heading(level: 1)
        } else if let level = styles.headingLevel(styleId) ?? outline.flatMap({ (0...8).contains($0) ? $0 + 1 : nil }) {
            kind = .heading(level: level)
        } else if let (numId, ilvl) = listNumbering(pPr, styleId), numId != "0" {
            kind = .listItem(level: min(max(ilvl, 0), 8) + 1, ordered: numbering.isOrdered(numId: numId, ilvl: ilvl))
        } else if content.allBold, ListMarker.split(text).marker == nil, text.count <= 80, !(text.last.map { ".!?".contains($0) } ?? false) {
            boldCandidates.append(blocks.count)
        }
        let styleNames = styles.names(styleId)
        let lead = content.allBold ? 0 : content.boldLeadVisible
        let fields = TabStopTables.fields(ofLines: content.lines)
        // The paragraph's own left indent (twentieths of a point), and its leading TABs.
        let ind = pPr?.first("ind")
        let indent = ((ind?["left"] ?? ind?["start"]).flatMap(Double.init).map { $0 / 20 } ?? 0) + TabStopTables.leadingTabs(content.lines) * 36
        let made = Block.documentParagraphs(kind, text: text, lines: lines, at: position)
        blocks += made.map { block in
            var b = block
            b.styles = styleNames
            if made.count == 1 { b.tabFields = fields }
            b.indent = indent
            b.notes = content.noteIDs.compactMap { notes[$0] }
            if lead > 0, case .paragraph = b.kind { b.boldLead = Block.prefix(of: b.text, visible: lead) }
            return b
        }
    }

    private func listNumbering(_ pPr: XMLElement?, _ styleId: String?) -> (String, Int)? {
        if let numPr = pPr?.first("numPr"), let id = numPr.first("numId")?["val"] {
            return (id, numPr.first("ilvl")?["val"].flatMap(Int.init) ?? 0)
        }
        if let listPr = pPr?.first("listPr"), let id = listPr.first("ilfo")?["val"] { // Word 2003
            return (id, listPr.first("ilvl")?["val"].flatMap(Int.init) ?? 0)
        }
        return styles.numbering(styleId).map { ($0.numId, $0.ilvl) }
    }

    // MARK: tables

    /// Rows of cells, with `gridSpan` expanded to empty cells (so columns stay
    /// aligned with the header) and `vMerge` continuations taking the text of
    /// the cell above, except in the first column, whose text is an item's own.
    private mutating func table(_ tbl: XMLElement) -> Block {
        var rows: [TableRow] = []
        var above: [Int: String] = [:]
        let firstParagraph = paragraphCount + 1
        for tr in rowsOf(tbl) {
            var cells: [TableCell] = []
            let spanning = cellsOf(tr).count == 1 && (cellsOf(tr).first?.first("tcPr")?.first("gridSpan")?["val"].flatMap(Int.init) ?? 1) > 1
            if let before = tr.first("trPr")?.first("gridBefore")?["val"].flatMap(Int.init), before > 0 {
                cells += Array(repeating: TableCell(text: "", source: .paragraph(paragraphCount + 1)), count: min(before, 64))
            }
            for tc in cellsOf(tr) {
                let tcPr = tc.first("tcPr")
                let span = max(1, min(64, tcPr?.first("gridSpan")?["val"].flatMap(Int.init) ?? 1))
                let merge = tcPr?.first("vMerge") ?? tcPr?.first("vmerge")
                let start = paragraphCount + 1
                var parts = cellParagraphs(tc)
                var text = TextCleaning.clean(TextMatching.joined(parts, separator: " "))
                let column = cells.count
                if let merge, merge["val"] == nil || merge["val"] == "continue" {
                    text = column > 0 ? (above[column] ?? "") : ""
                    parts = text.isEmpty ? [] : [text]
                } else {
                    above[column] = text
                }
                cells.append(TableCell(text: text, source: .paragraph(start), paragraphs: parts))
                for _ in 1..<span { cells.append(TableCell(text: "", source: .paragraph(start))) }
            }
            if !cells.isEmpty { rows.append(TableRow(cells: cells, source: cells[0].source, spansTable: spanning)) }
        }
        return Block(kind: .table(Table(rows: rows)), text: "", number: nil, lines: [], source: .paragraph(firstParagraph))
    }

    /// A table with tables in its cells lays out the page (a grid of an area's name beside its
    /// goals and its own table of measures): its cells are read as the document they hold, in
    /// reading order, a row's first cell, where it is one short line beside the rest, as the
    /// heading over them.
    private mutating func layout(_ tbl: XMLElement) {
        for tr in rowsOf(tbl) {
            let cells = cellsOf(tr)
            for (i, tc) in cells.enumerated() {
                let before = blocks.count
                walk(tc)
                if i == 0, cells.count >= 2, blocks.count == before + 1, case .paragraph = blocks[before].kind,
                   blocks[before].text.count <= 80, !(blocks[before].text.last.map { ".!?:".contains($0) } ?? false) {
                    blocks[before].kind = .heading(level: 2)
                }
            }
        }
    }

    /// Whether a cell holds a table of its own (also inside a content control).
    private static func holdsTable(_ e: XMLElement) -> Bool {
        e.elements.contains { $0.name == "tbl" || ["sdt", "sdtContent", "customXml", "ins"].contains($0.name) && holdsTable($0) }
    }

    private func rowsOf(_ tbl: XMLElement) -> [XMLElement] {
        tbl.elements.flatMap { e -> [XMLElement] in
            if e.name == "tr" { return [e] }
            if ["sdt", "sdtContent", "customXml", "ins"].contains(e.name) { return rowsOf(e) }
            return []
        }
    }

    private func cellsOf(_ tr: XMLElement) -> [XMLElement] {
        tr.elements.flatMap { e -> [XMLElement] in
            if e.name == "tc" { return [e] }
            if ["sdt", "sdtContent", "customXml", "ins"].contains(e.name) { return cellsOf(e) }
            return []
        }
    }

    /// A cell's paragraphs (nested tables' too), each clean, empty ones left out; list
    /// markers typed in the cell are kept, numbering is not text.
    private mutating func cellParagraphs(_ container: XMLElement) -> [String] {
        var parts: [String] = []
        for e in container.elements {
            switch e.name {
            case "p":
                paragraphCount += 1
                var content = InlineText()
                content.collect(e)
                // A line break in a cell parts its items as a paragraph would (whether each line is
                // an item of its own, the table's reading decides: `TableColumns.items(of:)`).
                parts += content.lines.map(TextCleaning.clean)
                for box in content.textBoxes { parts += cellParagraphs(box) }
            case "tcPr", "del": continue
            default:
                if e.isPlaceholderControl { continue }
                parts += cellParagraphs(e) // nested tables, sdt
            }
        }
        return parts.filter { !$0.isEmpty }
    }
}

/// The text of a paragraph's runs: `w:t`, tabs and breaks; deleted text,
/// field codes, references and drawings left out; inserted text, hyperlinks
/// and content controls kept; text boxes handed back as their own paragraphs.
private struct InlineText {
    var lines: [String] = [""]
    var textBoxes: [XMLElement] = []
    private var boldRuns = 0
    private var plainRuns = 0
    /// Visible characters appended so far (to tell runs with text from empty ones).
    private var visible = 0

    private mutating func append(_ s: String) {
        lines[lines.count - 1] += s
        for scalar in s.unicodeScalars where !TextCleaning.isSpace(scalar.value) { visible += 1 }
    }

    var allBold: Bool { boldRuns > 0 && plainRuns == 0 }
    /// Visible characters of the bold runs the paragraph opens with, where plain text follows
    /// them (0 where it opens plain): a goal set in bold before its measures.
    private(set) var boldLeadVisible = 0

    /// The footnotes ("f" + id) and endnotes ("e" + id) the text refers to, in order.
    var noteIDs: [String] = []

    /// What `other` collected, after what this has.
    private mutating func take(_ other: InlineText) {
        lines[lines.count - 1] += other.lines[0]
        lines += other.lines.dropFirst()
        textBoxes += other.textBoxes
        noteIDs += other.noteIDs
        boldRuns += other.boldRuns; plainRuns += other.plainRuns; visible += other.visible
    }

    mutating func collect(_ e: XMLElement) {
        for child in e.elements {
            switch child.name {
            case "t" where WordprocessingReader.isW(child):
                append(child.text)
            case "tab", "ptab":
                // Kept as a TAB until the paragraph is made: fields laid out by tab stops.
                append("\t")
            case "br", "cr":
                lines.append("")
            case "noBreakHyphen":
                append("-")
            case "r" where WordprocessingReader.isOn(child.first("rPr")?.first("vanish")):
                // Hidden text (Word's "Hidden" font setting): not shown, not printed, not the plan's.
                continue
            case "r":
                let before = visible
                collect(child)
                if visible > before {
                    let rPr = child.first("rPr")
                    if WordprocessingReader.isOn(rPr?.first("b")) {
                        if plainRuns == 0 { boldLeadVisible = visible }
                        boldRuns += 1
                    } else { plainRuns += 1 }
                }
            case "txbxContent":
                textBoxes.append(child)
            case "AlternateContent":
                // The same content twice (a modern choice and a fallback): take the choice,
                // or the fallback where the choice holds no text (a shape whose text lives elsewhere).
                // Each branch is walked once: the choice read aside is kept, not read again (read
                // twice, nested AlternateContent doubled the time at every level).
                var choice = InlineText()
                if let c = child.first("Choice") { choice.collect(c) }
                if choice.visible > 0 || !choice.textBoxes.isEmpty { take(choice) } else if let f = child.first("Fallback") { collect(f) }
            case "footnoteReference", "endnoteReference":
                if let id = child["id"] { noteIDs.append((child.name == "endnoteReference" ? "e" : "f") + id) }
            case "del", "delText", "instrText", "moveFrom", "pPr", "rPr",
                 "commentReference", "annotationRef", "fldChar", "sym", "softHyphen", "lastRenderedPageBreak", "bookmarkStart", "bookmarkEnd":
                continue
            default:
                if child.isPlaceholderControl { continue }
                collect(child) // hyperlink, ins, smartTag, sdt/sdtContent, fldSimple, drawing/pict (for text boxes), customXml
            }
        }
    }
}

extension XMLElement {
    /// A content control that shows its placeholder (`w:showingPlcHdr`: "Klikk eller trykk
    /// her for å skrive inn tekst." in a form nobody filled in): the form's prompt, no text of
    /// the plan's.
    var isPlaceholderControl: Bool {
        name == "sdt" && first("sdtPr")?.first("showingPlcHdr") != nil
    }
}
