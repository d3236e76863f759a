// Format-neutral blocks: what every reader produces and all that the
// structurer sees. Nothing after the readers knows which format a plan came in.

struct Block: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A heading the format marks as such (a Word heading style, a Tika
        /// bookmark before a numbered title). Plain text has few of these: the
        /// structurer recognises the rest from their words.
        case heading(level: Int)
        case paragraph
        /// A bullet (`ordered == false`) or a numbered line, at a nesting level from 1.
        case listItem(level: Int, ordered: Bool)
        case table(Table)
    }

    var kind: Kind
    /// Clean text: markers, numbering and export residue removed, white space collapsed.
    var text: String
    /// The number the text began with ("1", "4.3"), where it had one.
    var number: String?
    /// The block's lines where the reader was not sure they belong together
    /// (a long line followed by one in upper case): lists of one measure per
    /// line split here. One entry when every join was certain.
    var lines: [Line]
    var source: SourcePosition
    /// Whether the block stood on its own: blank lines before and after it in
    /// running text; always so for a document paragraph. A short line that
    /// stands alone and is followed by a list or a label is a heading.
    var isolated = true
    /// The glyph a bulleted item was marked with ("•", "o", "§"), where the text gave one:
    /// the levels of typed lists and the families of a plan's lists come from it.
    var glyph: Character?
    /// The names of the paragraph's style and the styles it is based on, nearest first, where
    /// the document names them ("Tiltak", "Mål", "Text Body"): a plan may say a paragraph's
    /// kind by its style alone, as a label would.
    var styles: [String] = []
    /// The bold words a document paragraph opens with, where plain text follows them ("**Fleire
    /// tilsette skal få heile stillingar.** Vi krev at …"): `BoldLeads`.
    var boldLead: String?
    /// A document paragraph's text parted at TABs into fields, where it has two or more
    /// (`TabStopTables`: columns laid out with tab stops).
    var tabFields: [String]?
    /// The item kind the document's layout gives the block, where a pass found it
    /// (`GoalsOverTables`): read as a label would be.
    var kindFromLayout: ItemKind?
    /// How far a document paragraph stands in from the margin, in points (its style's and its
    /// own left indent, and a TAB before its text counted as a tab stop's 36 pt), where the
    /// reader knows it: `IndentOutline`.
    var indent: Double?
    /// The texts of the footnotes and endnotes the paragraph refers to, in order: who and when
    /// a plan may give there (`InlineFields.fields(ofNote:)`).
    var notes: [String] = []

    /// The block is an item of a list (of any level, numbered or not).
    var isListItem: Bool {
        if case .listItem = kind { return true }
        return false
    }

    struct Line: Hashable, Sendable {
        var text: String
        var source: SourcePosition
    }
}

extension Block {
    /// The start of `text` that holds `visible` characters other than white space.
    static func prefix(of text: String, visible: Int) -> String {
        var n = 0
        var end = text.startIndex
        for i in text.indices where !text[i].isWhitespace {
            n += text[i].unicodeScalars.count
            end = text.index(after: i)
            if n >= visible { break }
        }
        return String(text[..<end])
    }

    /// A document paragraph as blocks: one, or one a line where every line of a paragraph
    /// with line breaks starts with a list marker ("– Styremøte …" / "– Fast gåve …": a list
    /// typed into one paragraph).
    static func documentParagraphs(_ kind: Kind, text: String, lines: [String], at position: SourcePosition,
                                   markers: MarkerInventory = .none) -> [Block] {
        if case .paragraph = kind, lines.count > 1, lines.allSatisfy({ markers.split($0).marker != nil && !markers.split($0).text.isEmpty }) {
            return lines.map { documentParagraph(kind, text: $0, lines: [$0], at: position, markers: markers) }
        }
        return [documentParagraph(kind, text: text, lines: lines, at: position, markers: markers)]
    }

    /// A document paragraph (DOCX, ODT) as a block. A plain paragraph that starts
    /// with a typed marker ("- ", "1. ") is a list item, as in the text exports;
    /// a paragraph with line breaks keeps its lines apart.
    static func documentParagraph(_ kind: Kind, text: String, lines: [String], at position: SourcePosition,
                                  markers: MarkerInventory = .none) -> Block {
        var kind = kind, text = text, number: String?, glyph: Character?
        if case .paragraph = kind {
            let (marker, markerGlyph, rest) = markers.split(text)
            if marker != nil, rest.isEmpty { return Block(kind: kind, text: text, number: nil, lines: [Line(text: text, source: position)], source: position) }
            glyph = markerGlyph
            switch marker {
            case let .bullet(level)?: kind = .listItem(level: level, ordered: false); text = rest
            case let .number(n)?: kind = .listItem(level: marker!.level, ordered: true); text = rest; number = n
            case .letter?: kind = .listItem(level: marker!.level, ordered: true); text = rest
            case nil: break
            }
        }
        let blockLines = lines.count > 1 ? lines.map { Line(text: $0, source: position) } : [Line(text: text, source: position)]
        var block = Block(kind: kind, text: text, number: number, lines: blockLines, source: position)
        block.glyph = glyph
        return block
    }
}

struct Table: Hashable, Sendable {
    var rows: [TableRow]
    /// Columns whose role the document's layout gives, where a block pass rebuilt the table
    /// (`AreaMatrix`: its first column the rows' times, its second the items): the column
    /// reader takes them before it looks at words or content.
    var knownRoles: [Int: TableColumns.Role] = [:]
}

struct TableRow: Hashable, Sendable {
    var cells: [TableCell]
    var source: SourcePosition
    /// One cell across the whole table (a merged row in a document, a row of one
    /// cell in a tab-table export): how the national template sets its section
    /// rows and numbered national measures apart from the branch's own rows.
    var spansTable = false

    /// The cells that hold text.
    var filledCells: [TableCell] { cells.filter { !$0.text.isEmpty } }
}

struct TableCell: Hashable, Sendable {
    /// Clean text; the cell's paragraphs or lines joined with single spaces.
    var text: String
    var source: SourcePosition
    /// The cell's paragraphs (of a document; one for text), each clean: a cell that lists
    /// several measures, one a paragraph, gives one item each.
    var paragraphs: [String] = []

    init(text: String, source: SourcePosition, paragraphs: [String]? = nil) {
        self.text = text; self.source = source
        self.paragraphs = paragraphs ?? (text.isEmpty ? [] : [text])
    }
}

extension Block {
    /// One line a block (a line per row for tables), for `handlingsplan blocks`.
    var debugDescription: String {
        let at = "\(source.line)"
        let num = number.map { " #\($0)" } ?? ""
        switch kind {
        case let .heading(level): return "\(at)\theading \(level)\(num)\t\(text)\n"
        case .paragraph:
            let split = lines.count > 1 ? " (\(lines.count) lines)" : ""
            return "\(at)\tparagraph\(num)\(split)\t\(text)\n"
        case let .listItem(level, ordered): return "\(at)\t\(ordered ? "number" : "bullet") \(level)\(num)\t\(text)\n"
        case let .table(table):
            var out = "\(at)\ttable \(table.rows.count) rows\n"
            for row in table.rows {
                out += "\t  row\(row.spansTable ? " (spans)" : "")\t" + row.cells.map { $0.text.isEmpty ? "·" : $0.text }.joined(separator: " | ") + "\n"
            }
            return out
        }
    }
}
