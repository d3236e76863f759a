import CPoppler
import Foundation
package import Handlingsplan

/// A PDF's text layer and structure tree through poppler's GLib interface: what the worker
/// (`handlingsplan-pdf`) runs, and the fuzz target in process. Every object poppler creates is
/// owned by a Swift value that releases it, as the libxml2 wrapper does.
package enum PopplerExtractor {
    /// Pages per plan, words per page and structure elements read: a plan is a few pages; a
    /// PDF past these is not one (and poppler's time grows with them).
    package static let maxPages = 200
    package static let maxWordsPerPage = 20_000
    package static let maxElements = 100_000
    static let maxDepth = 64

    package static func extract(_ bytes: [UInt8]) -> PDFExtraction.Answer {
        let gbytes = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(gbytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(gbytes, nil, &error) else {
            defer { cpoppler_error_free(error) }
            if let e = error?.pointee, e.domain == cpoppler_error_quark(), e.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) { return .encrypted }
            return .damaged(error.map { String(cString: $0.pointee.message) } ?? "poppler kunne ikke åpne filen")
        }
        defer { unref(document) }
        let count = Int(poppler_document_get_n_pages(document))
        if count > maxPages { return .limit("\(count) sider (grensen per plan er \(maxPages))") }
        var pages: [PDFExtraction.Page] = []
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { unref(page) }
            switch read(page) {
            case let .success(p): pages.append(p)
            case let .failure(message): return .limit("side \(index + 1) har \(message)")
            }
        }
        var budget = maxElements
        let structure = structureTree(document, budget: &budget)
        return .extraction(PDFExtraction(pages: pages, structure: structure))
    }

    private enum PageResult { case success(PDFExtraction.Page), failure(String) }

    /// The page's words: poppler's text (in its reading order, lines ended by "\n"), a box per
    /// character of it, and the font runs over it.
    private static func read(_ page: OpaquePointer) -> PageResult {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let cText = poppler_page_get_text(page) else { return .success(.init(width: width, height: height, words: [])) }
        defer { cpoppler_free(cText) }
        let text = Array(String(cString: cText).unicodeScalars)
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var rectCount: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &rectCount) != 0, let rects else { return .success(.init(width: width, height: height, words: [])) }
        defer { cpoppler_free(rects) }
        // Font runs, by character index: size and weight.
        var runs: [(start: Int, end: Int, size: Double, bold: Bool)] = []
        if let list = poppler_page_get_text_attributes(page) {
            defer { poppler_page_free_text_attributes(list) }
            var node: UnsafeMutablePointer<GList>? = list
            while let n = node {
                if let a = n.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                    let name = a.font_name.map { String(cString: $0) } ?? ""
                    runs.append((Int(a.start_index), Int(a.end_index), a.font_size, isBold(name)))
                }
                node = n.pointee.next
            }
        }
        var words: [PDFExtraction.Word] = []
        var run = 0
        var current = "", box = (x0: 0.0, y0: 0.0, x1: 0.0, y1: 0.0), size = 0.0, bold = false
        var previous: PopplerRectangle?
        let n = min(text.count, Int(rectCount))
        var spaced = false, space = false
        func finish(endsLine: Bool) {
            if !current.isEmpty {
                words.append(.init(text: current, x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1, size: size, bold: bold, endsLine: endsLine, spaced: spaced))
                current = ""
            } else if endsLine, !words.isEmpty {
                words[words.count - 1].endsLine = true
            }
        }
        for i in 0..<n {
            let scalar = text[i]
            if scalar == "\n" || scalar == "\r" { finish(endsLine: true); space = false; continue }
            if scalar.properties.isWhitespace { finish(endsLine: false); space = true; continue }
            let r = rects[i]
            // poppler's text may run two cells of a table row together with no space between
            // ("kommunedirektørenLeder"): a gap or a step up or down between two characters ends a word.
            if !current.isEmpty, let p = previous, r.x1 - p.x2 > (p.y2 - p.y1) * 0.8 || r.x2 < p.x1 || abs((r.y1 + r.y2) - (p.y1 + p.y2)) / 2 > (p.y2 - p.y1) * 0.5 {
                finish(endsLine: false)
            }
            previous = r
            while run < runs.count, runs[run].end < i { run += 1 }
            if current.isEmpty {
                spaced = space
                space = false
                box = (r.x1, r.y1, r.x2, r.y2)
                if run < runs.count, runs[run].start <= i { size = runs[run].size; bold = runs[run].bold } else { size = r.y2 - r.y1; bold = false }
            } else {
                box = (min(box.x0, r.x1), min(box.y0, r.y1), max(box.x1, r.x2), max(box.y1, r.y2))
            }
            current.unicodeScalars.append(scalar)
            if words.count >= maxWordsPerPage { return .failure("mer enn \(maxWordsPerPage) ord") }
        }
        finish(endsLine: true)
        return .success(.init(width: width, height: height, words: words))
    }

    /// "Arial-BoldMT", "TimesNewRomanPS-BoldItalicMT", "LiberationSans-Bold", "Calibri Bold".
    static func isBold(_ font: String) -> Bool {
        let lower = font.lowercased()
        return lower.contains("bold") || lower.contains("black") || lower.contains("heavy") || lower.hasSuffix(",b")
    }

    /// Releases a GObject poppler made (a document, a page, a structure element).
    private static func unref(_ object: OpaquePointer) { cpoppler_unref(UnsafeMutableRawPointer(object)) }

    // MARK: the structure tree

    private static func structureTree(_ document: OpaquePointer, budget: inout Int) -> [PDFExtraction.Element]? {
        guard let iter = poppler_structure_element_iter_new(document) else { return nil }
        defer { poppler_structure_element_iter_free(iter) }
        let elements = siblings(iter, depth: 0, budget: &budget)
        return elements.isEmpty ? nil : elements
    }

    private static func siblings(_ iter: OpaquePointer, depth: Int, budget: inout Int) -> [PDFExtraction.Element] {
        var out: [PDFExtraction.Element] = []
        repeat {
            guard budget > 0 else { break }
            budget -= 1
            guard let element = poppler_structure_element_iter_get_element(iter) else { continue }
            defer { unref(element) }
            if poppler_structure_element_is_content(element) != 0 { continue }
            let kind = name(poppler_structure_element_get_kind(element))
            var e = PDFExtraction.Element(kind: kind)
            let page = poppler_structure_element_get_page(element)
            if page >= 0 { e.page = Int(page) + 1 }
            // No spans of table cells: poppler 22's poppler_structure_element_get_table_row_span and
            // _column_span accept only a Table element (and complain on stderr for a cell), so a
            // cell's RowSpan and ColSpan attributes are out of reach through poppler-glib here.
            if depth < maxDepth, let child = poppler_structure_element_iter_get_child(iter) {
                e.children = siblings(child, depth: depth + 1, budget: &budget)
                poppler_structure_element_iter_free(child)
            }
            // Text for an element that holds text and no blocks of its own: a paragraph, a heading,
            // a label, a cell or list body written without paragraphs inside.
            if !textKinds.isDisjoint(with: [kind]) || (holderKinds.contains(kind) && e.children.allSatisfy { inlineKinds.contains($0.kind) }) {
                if let t = poppler_structure_element_get_text(element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE) {
                    e.text = PDFDocEncoding.repaired(String(cString: t))
                    cpoppler_free(t)
                }
                e.children = []
            }
            out.append(e)
        } while poppler_structure_element_iter_next(iter) != 0
        return out
    }

    static let textKinds: Set<String> = ["P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Lbl", "Caption", "TOCI"]
    static let holderKinds: Set<String> = ["LI", "LBody", "TD", "TH", "Div", "BlockQuote", "Quote", "Note"]
    static let inlineKinds: Set<String> = ["Span", "Link", "Quote", "Note", "Reference", "BibEntry", "Code", "Annot", "Ruby", "Warichu", "Formula", "NonStruct"]

    private static func name(_ kind: PopplerStructureElementKind) -> String {
        switch kind {
        case POPPLER_STRUCTURE_ELEMENT_DOCUMENT: return "Document"
        case POPPLER_STRUCTURE_ELEMENT_PART: return "Part"
        case POPPLER_STRUCTURE_ELEMENT_ARTICLE: return "Art"
        case POPPLER_STRUCTURE_ELEMENT_SECTION: return "Sect"
        case POPPLER_STRUCTURE_ELEMENT_DIV: return "Div"
        case POPPLER_STRUCTURE_ELEMENT_SPAN: return "Span"
        case POPPLER_STRUCTURE_ELEMENT_QUOTE: return "Quote"
        case POPPLER_STRUCTURE_ELEMENT_NOTE: return "Note"
        case POPPLER_STRUCTURE_ELEMENT_REFERENCE: return "Reference"
        case POPPLER_STRUCTURE_ELEMENT_BIBENTRY: return "BibEntry"
        case POPPLER_STRUCTURE_ELEMENT_CODE: return "Code"
        case POPPLER_STRUCTURE_ELEMENT_LINK: return "Link"
        case POPPLER_STRUCTURE_ELEMENT_ANNOT: return "Annot"
        case POPPLER_STRUCTURE_ELEMENT_BLOCKQUOTE: return "BlockQuote"
        case POPPLER_STRUCTURE_ELEMENT_CAPTION: return "Caption"
        case POPPLER_STRUCTURE_ELEMENT_NONSTRUCT: return "NonStruct"
        case POPPLER_STRUCTURE_ELEMENT_TOC: return "TOC"
        case POPPLER_STRUCTURE_ELEMENT_TOC_ITEM: return "TOCI"
        case POPPLER_STRUCTURE_ELEMENT_INDEX: return "Index"
        case POPPLER_STRUCTURE_ELEMENT_PRIVATE: return "Private"
        case POPPLER_STRUCTURE_ELEMENT_PARAGRAPH: return "P"
        case POPPLER_STRUCTURE_ELEMENT_HEADING: return "H"
        case POPPLER_STRUCTURE_ELEMENT_HEADING_1: return "H1"
        case POPPLER_STRUCTURE_ELEMENT_HEADING_2: return "H2"
        case POPPLER_STRUCTURE_ELEMENT_HEADING_3: return "H3"
        case POPPLER_STRUCTURE_ELEMENT_HEADING_4: return "H4"
        case POPPLER_STRUCTURE_ELEMENT_HEADING_5: return "H5"
        case POPPLER_STRUCTURE_ELEMENT_HEADING_6: return "H6"
        case POPPLER_STRUCTURE_ELEMENT_LIST: return "L"
        case POPPLER_STRUCTURE_ELEMENT_LIST_ITEM: return "LI"
        case POPPLER_STRUCTURE_ELEMENT_LIST_LABEL: return "Lbl"
        case POPPLER_STRUCTURE_ELEMENT_LIST_BODY: return "LBody"
        case POPPLER_STRUCTURE_ELEMENT_TABLE: return "Table"
        case POPPLER_STRUCTURE_ELEMENT_TABLE_ROW: return "TR"
        case POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING: return "TH"
        case POPPLER_STRUCTURE_ELEMENT_TABLE_DATA: return "TD"
        case POPPLER_STRUCTURE_ELEMENT_TABLE_HEADER: return "THead"
        case POPPLER_STRUCTURE_ELEMENT_TABLE_FOOTER: return "TFoot"
        case POPPLER_STRUCTURE_ELEMENT_TABLE_BODY: return "TBody"
        case POPPLER_STRUCTURE_ELEMENT_FIGURE: return "Figure"
        case POPPLER_STRUCTURE_ELEMENT_FORMULA: return "Formula"
        case POPPLER_STRUCTURE_ELEMENT_FORM: return "Form"
        default: return "Other"
        }
    }
}
