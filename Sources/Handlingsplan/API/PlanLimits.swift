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
    /// Bytes one part of a ZIP container (DOCX, ODT) may inflate to, counted while inflating.
    public static let inflatedPart = 32 * 1024 * 1024
    /// Bytes all the parts read from one container may inflate to together.
    public static let inflatedTotal = 64 * 1024 * 1024
    /// XML elements and text nodes of one part, and how deep elements may nest.
    public static let xmlNodes = 500_000
    public static let xmlDepth = 200

    /// Refuses blocks past the limits (checked once the reader is done).
    static func check(_ blocks: [Block]) throws(ImportError) {
        if blocks.count > Self.blocks {
            throw .limitExceeded("mer enn \(Self.blocks) avsnitt og listepunkter (grensen per plan)")
        }
        var cells = 0
        for b in blocks {
            if case let .table(t) = b.kind { cells += t.rows.reduce(0) { $0 + $1.cells.count } }
        }
        if cells > tableCells { throw .limitExceeded("\(cells) tabellceller (grensen per plan er \(tableCells))") }
    }
}
