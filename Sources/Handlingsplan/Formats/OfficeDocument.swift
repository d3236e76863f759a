import Foundation

/// Word and OpenDocument files: which parts to read and which reader to give
/// them to. DOCX and ODT are ZIP containers; Flat OPC, bare document.xml and
/// Word 2003 XML are single XML files.
enum OfficeDocument {
    static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let odtMimeType = "application/vnd.oasis.opendocument.text"
    private static let styleSheets = PartCache<StyleSheet>()
    private static let numberings = PartCache<Numbering>()

    // MARK: ZIP containers

    static func readZip(_ data: Data) throws(ImportError) -> (InputFormat, [Block]) {
        let zip = try ZipContainer(data)
        if let mimeData = try zip.read("mimetype"), case let mime = String(decoding: mimeData, as: UTF8.self),
           mime.hasPrefix("application/vnd.oasis.opendocument") {
            guard mime.trimmingCharacters(in: .whitespacesAndNewlines) == odtMimeType else {
                throw .notADocument("en OpenDocument-fil av typen \(ImportError.quoted(mime)), ikke et tekstdokument (.odt)")
            }
            return (.odt, try readODT(zip))
        }
        if !zip.contains("word/document.xml"), zip.contains("content.xml") { return (.odt, try readODT(zip)) }

        let main = try mainPart(relationships: try parsePart(zip, "_rels/.rels"))
        guard let documentData = try zip.read(main) else {
            if zip.isEncrypted { throw .encrypted("ZIP-beholderen er kryptert") }
            throw .notADocument("en ZIP-fil uten \(ImportError.quoted(main)): ikke et Word-dokument (.docx)")
        }
        let document = try parse(documentData, part: main)
        guard document.name == "document", WordprocessingReader.isW(document) else {
            throw .notADocument("\(ImportError.quoted(main)) er ikke et WordprocessingML-dokument (rotelementet er <\(ImportError.quoted(document.name))>)")
        }
        let folder = self.folder(of: main)
        let relsPath = relationshipsPart(of: main)
        let rels = try parsePart(zip, relsPath)
        func part(_ type: String, _ fallback: String) throws(ImportError) -> (path: String, data: Data, crc: UInt32)? {
            let target = relationshipTarget(rels, type: type).map { resolve($0, in: folder) } ?? fallback
            return try zip.readPart(target).map { (target, $0.data, $0.crc) }
        }
        var styles = StyleSheet(nil), numbering = Numbering(nil)
        if let (path, data, crc) = try part("styles", folder + "/styles.xml") {
            styles = try styleSheets.value(for: data, crc: crc) { data throws(ImportError) in
                StyleSheet(try parse(data, part: path, skipping: StyleSheet.unread))
            }
        }
        if let (path, data, crc) = try part("numbering", folder + "/numbering.xml") {
            numbering = try numberings.value(for: data, crc: crc) { data throws(ImportError) in Numbering(try parse(data, part: path)) }
        }
        var reader = WordprocessingReader(styles: styles, numbering: numbering)
        // Footnotes and endnotes: where a plan may give a measure's who and when.
        for (type, prefix) in [("footnotes", "f"), ("endnotes", "e")] {
            if let (path, data, _) = try part(type, folder + "/\(type).xml") {
                reader.notes.merge(WordprocessingReader.notes(try parse(data, part: path), prefix: prefix)) { a, _ in a }
            }
        }
        return (.docx, reader.read(document: document))
    }

    private static func readODT(_ zip: ZipContainer) throws(ImportError) -> [Block] {
        do throws(ImportError) {
            guard let content = try zip.read("content.xml") else {
                throw ImportError.notADocument("en OpenDocument-fil uten content.xml")
            }
            let styles = try parsePart(zip, "styles.xml")
            var reader = OpenDocumentReader(styles: styles)
            return reader.read(content: try parse(content, part: "content.xml"))
        } catch {
            // An encrypted part is compressed, then encrypted: it reads as damaged or as no XML.
            // The manifest says which parts are encrypted (looked at only when reading failed).
            if case .encrypted = error { throw error }
            if zip.isEncrypted { throw .encrypted("ZIP-beholderen er kryptert") }
            if let manifest = try? parsePart(zip, "META-INF/manifest.xml"),
               manifest.all("file-entry").contains(where: { ["content.xml", "styles.xml"].contains($0["full-path"] ?? "") && $0.first("encryption-data") != nil }) {
                throw .encrypted("content.xml er kryptert")
            }
            throw error
        }
    }

    // MARK: single XML files

    static func readXML(_ data: Data) throws(ImportError) -> (InputFormat, [Block]) {
        let root = try parse(data, part: "XML-dokumentet")
        switch root.name {
        case "package":
            return (.flatOPC, try readFlatOPC(root))
        case "wordDocument":
            return (.word2003XML, WordprocessingReader(styles: root, numbering: root).read(document: root))
        case "document" where WordprocessingReader.isW(root):
            return (.wordXML, WordprocessingReader(styles: nil, numbering: nil).read(document: root))
        case "document" where isOpenDocument(root), "document-content" where isOpenDocument(root):
            var reader = OpenDocumentReader(styles: root)
            return (.odt, reader.read(content: root))
        default:
            throw .notADocument("et XML-dokument med rotelementet <\(ImportError.quoted(root.name))>, som ikke er et Word- eller OpenDocument-tekstdokument")
        }
    }

    /// Flat OPC (`pkg:package`, Word's "Word XML Document"): the parts of a DOCX in one file.
    private static func readFlatOPC(_ root: XMLElement) throws(ImportError) -> [Block] {
        var parts: [String: XMLElement] = [:]
        for part in root.all("part") {
            guard let name = part["name"], let xml = part.first("xmlData")?.elements.first else { continue }
            parts[name.hasPrefix("/") ? String(name.dropFirst()) : name] = xml
        }
        let main = try mainPart(relationships: parts["_rels/.rels"])
        guard let document = parts[main], document.name == "document" else {
            throw .notADocument("en Flat OPC-pakke uten Word-dokumentdel (\(ImportError.quoted(main)))")
        }
        let folder = self.folder(of: main)
        let rels = parts[relationshipsPart(of: main)]
        func part(_ type: String, _ fallback: String) -> XMLElement? {
            parts[relationshipTarget(rels, type: type).map { resolve($0, in: folder) } ?? fallback]
        }
        return WordprocessingReader(styles: part("styles", folder + "/styles.xml"), numbering: part("numbering", folder + "/numbering.xml"))
            .read(document: document)
    }

    private static func isOpenDocument(_ e: XMLElement) -> Bool {
        e.namespace?.hasPrefix("urn:oasis:names:tc:opendocument") ?? false
    }

    /// A part of the container parsed, or nil when the container has no such part.
    private static func parsePart(_ zip: ZipContainer, _ path: String) throws(ImportError) -> XMLElement? {
        guard let data = try zip.read(path) else { return nil }
        return try parse(data, part: path)
    }

    // MARK: relationships

    private static func folder(of part: String) -> String {
        TextMatching.joined(part.split(separator: "/").dropLast(), separator: "/")
    }

    /// word/document.xml → word/_rels/document.xml.rels
    private static func relationshipsPart(of part: String) -> String {
        let folder = folder(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// The main document part named in `_rels/.rels` (usually word/document.xml).
    private static func mainPart(relationships: XMLElement?) throws(ImportError) -> String {
        guard let target = relationshipTarget(relationships, type: "officeDocument") else { return "word/document.xml" }
        return resolve(target, in: "")
    }

    /// The target of the first relationship whose type ends in `/type`
    /// (transitional and Strict relationship namespaces alike).
    private static func relationshipTarget(_ rels: XMLElement?, type: String) -> String? {
        rels?.all("Relationship").first { ($0["Type"] ?? "").hasSuffix("/" + type) && $0["TargetMode"] != "External" }?["Target"]
    }

    /// A target relative to a part's folder, or absolute ("/word/document.xml").
    private static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = folder.split(separator: "/").map(String.init)
        for c in target.split(separator: "/") {
            if c == ".." { _ = components.popLast() } else if c != "." { components.append(String(c)) }
        }
        return TextMatching.joined(components, separator: "/")
    }

    static func parse(_ data: Data, part: String, skipping skip: XMLTree.Skip? = nil) throws(ImportError) -> XMLElement {
        do {
            return try XMLTree.parse(data, skipping: skip)
        } catch {
            let part = ImportError.quoted(part)
            switch error {
            case let .malformed(message, line): throw .damaged("\(part) er ikke velformet XML (linje \(line), libxml2: \(ImportError.quoted(message, max: 200)))")
            case let .tooDeep(n): throw .limitExceeded("\(part) har elementer nøstet mer enn \(n) nivåer dypt")
            case let .tooLarge(n): throw .limitExceeded("\(part) har mer enn \(n) XML-noder")
            case let .crowded(.attributes(n)): throw .limitExceeded("\(part) har et element med mer enn \(n) attributter og navneromsdeklarasjoner")
            case let .crowded(.namespaces(n)): throw .limitExceeded("\(part) har mer enn \(n) navneromsdeklarasjoner som gjelder på ett element (dets egne og elementene det står i)")
            case let .crowded(.totalAttributes(n)): throw .limitExceeded("\(part) har mer enn \(n) attributter")
            case let .crowded(.encoding(name)): throw .damaged("\(part) er skrevet i tegnkodingen \(ImportError.quoted(name)), som ingen Office- eller LibreOffice-dokumenter bruker og som ikke leses")
            case .doctype: throw .limitExceeded("\(part) har en DOCTYPE-deklarasjon, som ingen Office- eller LibreOffice-dokumenter har (entitetsdefinisjoner avvises)")
            }
        }
    }
}
