import Foundation
import ZIPFoundation
@testable import Handlingsplan

/// Small hand-written WordprocessingML documents, packed in memory.
enum OfficeFixtures {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"

    /// A document.xml whose body is `body`, in namespace `namespace` bound to `prefix`.
    static func document(_ body: String, namespace: String = w, prefix: String = "w") -> String {
        let b = prefix == "w" ? body : body.replacingOccurrences(of: "<w:", with: "<\(prefix):").replacingOccurrences(of: "</w:", with: "</\(prefix):")
            .replacingOccurrences(of: " w:", with: " \(prefix):")
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <\(prefix):document xmlns:\(prefix)="\(namespace)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><\(prefix):body>\(b)</\(prefix):body></\(prefix):document>
        """
    }

    static func paragraph(_ text: String, style: String? = nil, numId: Int? = nil, ilvl: Int = 0, outline: Int? = nil) -> String {
        var pPr = ""
        if let style { pPr += "<w:pStyle w:val=\"\(style)\"/>" }
        if let numId { pPr += "<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>" }
        if let outline { pPr += "<w:outlineLvl w:val=\"\(outline)\"/>" }
        return "<w:p>\(pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="\(w)">
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="Overskrift 2"/></w:style>
      <w:style w:type="paragraph" w:styleId="MinTittel"><w:name w:val="heading 1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Egen"><w:name w:val="Egen overskrift"/><w:basedOn w:val="Heading1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Punkt"><w:name w:val="Punktliste"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    </w:styles>
    """

    static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="\(w)">
      <w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
    </w:numbering>
    """

    /// A DOCX with the given parts; `mainPart` is where _rels/.rels points.
    static func docx(document: String, styles: String? = OfficeFixtures.styles, numbering: String? = OfficeFixtures.numbering,
                     mainPart: String = "word/document.xml", parts: [String: String] = [:]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        try add("_rels/.rels", """
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="\(mainPart)"/></Relationships>
            """)
        try add(mainPart, document)
        let folder = (mainPart as NSString).deletingLastPathComponent
        if let styles { try add(folder + "/styles.xml", styles) }
        if let numbering { try add(folder + "/numbering.xml", numbering) }
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) { try add(path, text) }
        return [UInt8](archive.data!)
    }

    /// An ODT with the given content.xml (and the mimetype that names it a text document).
    static func odt(content: String) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, text, method) in [("mimetype", "application/vnd.oasis.opendocument.text", CompressionMethod.none), ("content.xml", content, .deflate)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    static func importDocx(_ body: String, styles: String? = OfficeFixtures.styles) throws -> Plan {
        try PlanImporter().importBytes(docx(document: document(body), styles: styles), path: "fixture.docx")
    }
}
