/// What the PDF worker (`handlingsplan-pdf`, poppler) hands back from a PDF: each page's words
/// with their boxes, sizes and weights, and the structure tree where the PDF is tagged. The
/// worker writes it as JSON on its standard output; `PDFReader` turns it into blocks. Nothing
/// in it is poppler's own type, so that the main binary never loads poppler.
package struct PDFExtraction: Codable, Sendable, Equatable {
    package var pages: [Page]
    /// The structure tree's top elements (a tagged PDF: Word's default, LibreOffice's option),
    /// or nil for an untagged PDF.
    package var structure: [Element]?

    package init(pages: [Page], structure: [Element]?) { self.pages = pages; self.structure = structure }

    package struct Page: Codable, Sendable, Equatable {
        package var width: Double
        package var height: Double
        package var words: [Word]
        package init(width: Double, height: Double, words: [Word]) { self.width = width; self.height = height; self.words = words }
    }

    /// A word (text between white space, as poppler's text layer gives it) and its box in
    /// points from the page's top left corner.
    package struct Word: Codable, Sendable, Equatable {
        package var text: String
        package var x0: Double, y0: Double, x1: Double, y1: Double
        /// Font size in points, and whether the font's name says bold ("Arial-BoldMT").
        package var size: Double
        package var bold: Bool
        /// The word ends poppler's line (the next word starts a new line of its reading order).
        package var endsLine: Bool
        /// poppler set a space before the word: it goes on the text before it. Words of one line
        /// with no space between them in poppler's text stand in different columns (cells of a
        /// table row, which poppler reads as text blocks of their own).
        package var spaced: Bool

        package init(text: String, x0: Double, y0: Double, x1: Double, y1: Double, size: Double, bold: Bool, endsLine: Bool, spaced: Bool) {
            self.text = text; self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1; self.size = size; self.bold = bold
            self.endsLine = endsLine; self.spaced = spaced
        }

        enum CodingKeys: String, CodingKey { case text = "t", x0, y0, x1, y1, size = "s", bold = "b", endsLine = "e", spaced = "p" }
    }

    /// A structure element: its standard kind ("P", "H1", "L", "LI", "Lbl", "LBody", "Table",
    /// "TR", "TH", "TD", …), its text where it is a block of text (a paragraph, a heading, a
    /// cell or list body without paragraphs of its own), its page (from 1), its spans in a
    /// table, and its children.
    package struct Element: Codable, Sendable, Equatable {
        package var kind: String
        package var text: String?
        package var page: Int?
        package var rowSpan: Int?
        package var columnSpan: Int?
        package var children: [Element]

        package init(kind: String, text: String? = nil, page: Int? = nil, rowSpan: Int? = nil, columnSpan: Int? = nil, children: [Element] = []) {
            self.kind = kind; self.text = text; self.page = page; self.rowSpan = rowSpan; self.columnSpan = columnSpan; self.children = children
        }
    }

    /// The worker's answer: the extraction, or why there is none.
    package enum Answer: Codable, Sendable {
        case extraction(PDFExtraction)
        case encrypted
        case damaged(String)
        case limit(String)
    }
}
