/// Limits per plan, so that one hostile file cannot take a batch's time or memory.
/// Real plans stay far below every one of them (the largest of the seeds, the dev
/// set and the third-party corpus: a few thousand lines, a few hundred table cells,
/// under 1 MiB of XML). A file past a limit is refused with the limit named.
public enum PlanLimits {
    /// Bytes of a file (larger files are not read at all).
    public static let fileSize = 64 * 1024 * 1024
    /// Lines of a text file.
    public static let textLines = 20_000
    /// Paragraphs, headings, list items and tables of one plan, whatever the format.
    public static let blocks = 20_000
    /// Cells of all the plan's tables together.
    public static let tableCells = 100_000
    /// Bytes (UTF-8) of all the text of the plan's blocks, table cells included, a merged
    /// cell's text counted in every row it spans (as the plan reads it).
    public static let textBytes = 8 * 1024 * 1024
    /// Items (goals and measures) of one plan.
    public static let items = 5_000
    /// Bytes (UTF-8) of one item's text: an item is a sentence or a paragraph (64 KiB is
    /// twice what a spreadsheet cell holds).
    public static let itemBytes = 64 * 1024
    /// Bytes one part of a ZIP container (DOCX, ODT) may inflate to, counted while inflating.
    public static let inflatedPart = 32 * 1024 * 1024
    /// Bytes all the parts read from one container may inflate to together.
    public static let inflatedTotal = 64 * 1024 * 1024
    /// XML elements and text nodes of one part, and how deep elements may nest.
    public static let xmlNodes = 500_000
    public static let xmlDepth = 200
    /// Attributes of one XML element (namespace declarations included), and namespace
    /// declarations in scope at one element (its own and its ancestors'). Word's root element
    /// declares some 35 namespaces and LibreOffice's some 50, and no other element of theirs
    /// comes near; 1,000 is twenty times that, and keeps libxml2's checks of each attribute
    /// and declaration against the others (quadratic) to milliseconds. A part also has at most
    /// `xmlNodes` attributes in all.
    public static let xmlAttributes = 1_000

    /// The refusal past `textBytes`, the same whether a text file is too long as it stands
    /// or a document's blocks grow past it (merged cells copied into each row).
    static var tooMuchText: ImportError {
        .limitExceeded("mer enn \(textBytes / 1024 / 1024) MiB tekst (grensen per plan; sammenslåtte celler teller i hver rad)")
    }

    /// Refuses blocks past the limits (checked once the reader is done).
    static func check(_ blocks: [Block]) throws(ImportError) {
        if blocks.count > Self.blocks {
            throw .limitExceeded("mer enn \(Self.blocks) avsnitt og listepunkter (grensen per plan)")
        }
        var cells = 0, bytes = 0
        for b in blocks {
            bytes += b.text.utf8.count
            if case let .table(t) = b.kind {
                cells += t.rows.reduce(0) { $0 + $1.cells.count }
                // (A cell's text is shared, not copied, where a merge repeats it: counting is cheap.)
                for row in t.rows { for cell in row.cells { bytes += cell.text.utf8.count } }
            }
            if bytes > textBytes { throw tooMuchText }
        }
        if cells > tableCells { throw .limitExceeded("\(cells) tabellceller (grensen per plan er \(tableCells))") }
    }

    /// Refuses a structure past the item limits (before areas are mapped).
    static func check(items drafts: [Structurer.DraftItem]) throws(ImportError) {
        if drafts.count > items { throw .limitExceeded("\(drafts.count) mål og tiltak (grensen per plan er \(items))") }
        if let long = drafts.first(where: { $0.text.utf8.count > itemBytes }) {
            throw .limitExceeded("punktet på \(long.source.description) har \(long.text.utf8.count) byte tekst (grensen per punkt er \(itemBytes))")
        }
    }
}
