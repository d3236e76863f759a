import Foundation

/// Entry points for the fuzz targets (`make fuzz`): each reader on its own, then
/// the whole pipeline, on arbitrary bytes. Any error is an answer; only a crash,
/// a hang or runaway memory is a finding.
public enum Fuzzing {
    /// A reader (with the structurer and metadata after it), or the whole import.
    public enum Reader: String, CaseIterable, Sendable { case text, tabTable = "tab-table", docx, odt, xml, pipeline, pdfLayout = "pdf-layout" }

    public static func run(_ reader: Reader, _ bytes: [UInt8]) {
        switch reader {
        case .text:
            if case let .text(decoded)? = try? FormatDetector.detect(bytes) { structure(RunningTextReader().read(decoded.text)) }
        case .tabTable:
            let text = String(decoding: bytes, as: UTF8.self)
            if let blocks = TabTableReader().read(text) { structure(blocks) }
        case .docx, .odt:
            if let (_, blocks) = try? OfficeDocument.readZip(Data(bytes)) { structure(blocks) }
        case .xml:
            if let (_, blocks) = try? OfficeDocument.readXML(Data(bytes)) { structure(blocks) }
        case .pdfLayout:
            // The untagged-PDF reader on words made from the bytes: six bytes a word (its place,
            // size, weight and spacing), its text from the bytes that follow up to a zero byte.
            run(pdf: PDFExtraction(pages: pdfPages(bytes), structure: nil))
        case .pipeline:
            // The whole import, as a user's file: detection, any reader, mapping, JSON.
            if let plan = try? PlanImporter().importBytes(bytes, path: "fuzz") { _ = JSONExport.encode(plan) }
        }
    }

    /// Pages of words from arbitrary bytes, for the layout reader (`pdfLayout`).
    static func pdfPages(_ bytes: [UInt8]) -> [PDFExtraction.Page] {
        var pages: [PDFExtraction.Page] = [PDFExtraction.Page(width: 595, height: 842, words: [])]
        var i = 0
        while i + 6 <= bytes.count {
            let raw = Array(bytes[i..<(i + 6)]), b = raw.map(Double.init)
            i += 6
            var text = ""
            while i < bytes.count, bytes[i] != 0, text.count < 24 {
                text.unicodeScalars.append(Unicode.Scalar(bytes[i] < 0x20 ? bytes[i] + 0x41 : bytes[i]))
                i += 1
            }
            i += 1
            if raw[5] == 255 { pages.append(PDFExtraction.Page(width: 595, height: 842, words: [])); continue }
            let x = b[0] * 2.3, y = b[1] * 3.3, size = 4 + b[2] / 16
            let word = PDFExtraction.Word(text: text.isEmpty ? "x" : text, x0: x, y0: y, x1: x + Double(max(text.count, 1)) * size * 0.5 + b[3] / 64,
                                          y1: y + size, size: size, bold: raw[4] > 200, endsLine: raw[5] & 1 == 1, spaced: raw[5] & 2 == 2)
            pages[pages.count - 1].words.append(word)
        }
        return pages
    }

    /// The PDF reader after poppler (the fuzz target runs poppler in process, then this).
    package static func run(pdf extraction: PDFExtraction) {
        if let blocks = try? PDFReader.blocks(from: extraction) { structure(MarkerInventory.relist(blocks)) }
    }

    private static func structure(_ blocks: [Block]) {
        _ = Structurer.structure(blocks)
        _ = MetadataExtractor.extract(blocks)
    }
}
