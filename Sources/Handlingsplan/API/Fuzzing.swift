import Foundation

/// Entry points for the fuzz targets (`make fuzz`): each reader on its own, then
/// the whole pipeline, on arbitrary bytes. Any error is an answer; only a crash,
/// a hang or runaway memory is a finding.
public enum Fuzzing {
    /// A reader (with the structurer and metadata after it), or the whole import.
    public enum Reader: String, CaseIterable, Sendable { case text, tabTable = "tab-table", docx, odt, xml, pipeline }

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
        case .pipeline:
            // The whole import, as a user's file: detection, any reader, mapping, JSON.
            if let plan = try? PlanImporter().importBytes(bytes, path: "fuzz") { _ = JSONExport.encode(plan) }
        }
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
