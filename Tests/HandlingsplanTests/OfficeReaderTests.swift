import Foundation
import XCTest
import ZIPFoundation
@testable import Handlingsplan

/// One small hand-written document per WordprocessingML feature the reader handles.
final class OfficeReaderTests: XCTestCase {
    private func blocks(_ body: String, styles: String? = OfficeFixtures.styles, numbering: String? = OfficeFixtures.numbering) throws -> [Block] {
        let document = try OfficeDocument.parse(Data(OfficeFixtures.document(body).utf8), part: "document.xml")
        let s = try styles.map { try OfficeDocument.parse(Data($0.utf8), part: "styles.xml") }
        let n = try numbering.map { try OfficeDocument.parse(Data($0.utf8), part: "numbering.xml") }
        return WordprocessingReader(styles: s, numbering: n).read(document: document)
    }

    private func p(_ text: String, style: String? = nil, numId: Int? = nil, ilvl: Int = 0, outline: Int? = nil) -> String {
        OfficeFixtures.paragraph(text, style: style, numId: numId, ilvl: ilvl, outline: outline)
    }

    /// The container's entries, looked up once: the same paths, in the same order, as
    /// ZIPFoundation lists them, and of two entries with one path the first, as its subscript finds it.
    func testContainerEntriesAsZIPFoundationFindsThem() throws {
        let archive = try Archive(accessMode: .create)
        for (path, text) in [("a.xml", "<a>første</a>"), ("word/b.xml", "<b/>"), ("a.xml", "<a>andre</a>"), ("c.xml", "<c/>")] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let bytes = try XCTUnwrap(archive.data)
        let zip = try ZipContainer(bytes)
        let reread = try Archive(data: bytes, accessMode: .read)
        XCTAssertEqual(zip.paths, reread.map(\.path))
        XCTAssertEqual(zip.paths, ["a.xml", "word/b.xml", "a.xml", "c.xml"])
        var first = Data()
        _ = try reread.extract(try XCTUnwrap(reread["a.xml"])) { first.append($0) }
        XCTAssertEqual(try zip.read("a.xml"), first)
        XCTAssertEqual(try zip.read("a.xml").map { String(decoding: $0, as: UTF8.self) }, "<a>første</a>")
        XCTAssertTrue(zip.contains("word/b.xml"))
        XCTAssertFalse(zip.contains("b.xml"))
        XCTAssertNil(try zip.read("d.xml"))
    }

    func testHeadingsFromStyleIdsNamesBasedOnAndOutlineLevel() throws {
        let b = try blocks(p("Et", style: "Heading1") + p("To", style: "Overskrift2") + p("Tre", style: "MinTittel")
                           + p("Fire", style: "Egen") + p("Fem", outline: 2) + p("Brødtekst"))
        XCTAssertEqual(b.map(\.kind), [.heading(level: 1), .heading(level: 2), .heading(level: 1), .heading(level: 1), .heading(level: 3), .paragraph])
    }

    /// Headings typed as a numbered list instead of heading styles.
    func testNumberedListHeadings() throws {
        let plan = try OfficeFixtures.importDocx(p("Innledning", numId: 2) + p("Vi skal jobbe med mye, og vi vil lykkes.")
            + p("Organisasjonsbygging og tariffmakt", numId: 2) + p("Fagforeningens mål:") + p("Verve 50 nye medlemmer.", numId: 1)
            + p("Digitalisering", numId: 2) + p("Fagforeningens tiltak:") + p("Ta i bruk KLAR.", numId: 1))
        XCTAssertEqual(plan.sections.map(\.heading), ["Innledning", "Organisasjonsbygging og tariffmakt", "Digitalisering"])
        XCTAssertEqual(plan.texts, ["Verve 50 nye medlemmer.", "Ta i bruk KLAR."])
        XCTAssertEqual(plan.items.map(\.area), [3, 6])
    }

    func testTableOfContentsEntriesAreSkipped() throws {
        let styles = OfficeFixtures.styles.replacingOccurrences(of: "</w:styles>",
            with: "<w:style w:type=\"paragraph\" w:styleId=\"INNH1\"><w:name w:val=\"toc 1\"/></w:style></w:styles>")
        let b = try blocks(p("4.2 Organisasjonsbygging og tariffmakt\t5", style: "INNH1") + p("Organisasjonsbygging og tariffmakt", style: "Heading1"), styles: styles)
        XCTAssertEqual(b.map(\.text), ["Organisasjonsbygging og tariffmakt"])
    }

    func testListLevelsAndBulletsVersusNumbers() throws {
        let b = try blocks(p("Punkt", numId: 1) + p("Underpunkt", numId: 1, ilvl: 1) + p("Nummer", numId: 2)
                           + p("Fra stilen", style: "Punkt") + p("Ikke liste", numId: 0))
        XCTAssertEqual(b.map(\.kind), [.listItem(level: 1, ordered: false), .listItem(level: 2, ordered: false),
                                       .listItem(level: 1, ordered: true), .listItem(level: 1, ordered: false), .paragraph])
        XCTAssertEqual(b.map(\.text), ["Punkt", "Underpunkt", "Nummer", "Fra stilen", "Ikke liste"], "numbering is not text")
    }

    func testInsertedKeptDeletedFieldCodesAndReferencesLeftOut() throws {
        let body = """
        <w:p><w:r><w:t xml:space="preserve">Verve </w:t></w:r><w:ins><w:r><w:t>nye</w:t></w:r></w:ins><w:del><w:r><w:delText>gamle</w:delText></w:r></w:del>\
        <w:r><w:t xml:space="preserve"> medlemmer </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>i 2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        <w:bookmarkStart w:id="0" w:name="x"/><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:commentReference w:id="2"/></w:r><w:bookmarkEnd w:id="0"/></w:p>
        """
        XCTAssertEqual(try blocks(body).map(\.text), ["Verve nye medlemmer i 2024"])
    }

    func testTabsBreaksHyperlinksAndContentControls() throws {
        let body = """
        <w:p><w:hyperlink><w:r><w:t>Lenke</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>etter tab</w:t><w:br/><w:t>Ny linje: leder</w:t></w:r></w:p>\
        <w:sdt><w:sdtContent><w:p><w:r><w:t>Fra innholdskontroll</w:t></w:r></w:p></w:sdtContent></w:sdt>\
        <w:p><w:sdt><w:sdtContent><w:r><w:t>Innebygd kontroll</w:t></w:r></w:sdtContent></w:sdt></w:p>
        """
        let b = try blocks(body)
        XCTAssertEqual(b.map(\.text), ["Lenke etter tab Ny linje: leder", "Fra innholdskontroll", "Innebygd kontroll"])
        XCTAssertEqual(b[0].lines.map(\.text), ["Lenke etter tab", "Ny linje: leder"], "a line break separates lines")
    }

    func testTextBoxesBecomeParagraphsOfTheirOwn() throws {
        let body = """
        <w:p><w:r><w:t>Før boksen</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\
        <w:txbxContent><w:p><w:r><w:t>I tekstboksen</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>I tekstboksen</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
        """
        XCTAssertEqual(try blocks(body).map(\.text), ["Før boksen", "I tekstboksen"], "the fallback copy is not read twice")
    }

    func testTablesWithGridSpanVMergeAndSeveralParagraphsInACell() throws {
        func cell(_ text: String, span: Int? = nil, merge: String? = nil) -> String {
            var pr = ""
            if let span { pr += "<w:gridSpan w:val=\"\(span)\"/>" }
            if let merge { pr += merge == "continue" ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>" }
            let paragraphs = text.split(separator: "|", omittingEmptySubsequences: false).map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
            return "<w:tc>\(pr.isEmpty ? "" : "<w:tcPr>\(pr)</w:tcPr>")\(paragraphs)</w:tc>"
        }
        let header = ["TILTAK", "Kommentar", "Ansvar", "Frist", "Status", "Budsjett", "Prosj.nr."].map { cell($0) }.joined()
        let body = "<w:tbl><w:tr>\(header)</w:tr>"
            + "<w:tr>\(cell("3. Organisasjonsbygging og tariffmakt", span: 7))</w:tr>"
            // A national measure whose "3.3" is Word's list numbering, not text: the row across the table says what it is.
            + "<w:tr>\(cell("Verve medlemmer med utdanning fra universitet og høyskole.", span: 7))</w:tr>"
            + "<w:tr>\(cell("Stand i fadderuka")  + cell("") + cell("Styret|ungdomstillitsvalgt", merge: "restart") + cell("August") + cell("") + cell("") + cell(""))</w:tr>"
            + "<w:tr>\(cell("Besøk på skoler") + cell("") + cell("", merge: "continue") + cell("Kontinuerlig") + cell("") + cell("") + cell(""))</w:tr>"
            + "</w:tbl>"
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.sections.map(\.area), [3])
        XCTAssertEqual(plan.items.map(\.kind), [.nationalGoal, .measure, .measure])
        XCTAssertEqual(plan.items[1].responsible, "Styret ungdomstillitsvalgt", "two paragraphs in one cell")
        XCTAssertEqual(plan.items[2].responsible, "Styret ungdomstillitsvalgt", "a vertically merged cell belongs to both rows")
        XCTAssertEqual(plan.items[2].deadline, "Kontinuerlig")
        XCTAssertEqual(plan.items[2].parent, plan.items[0].id)
        XCTAssertEqual(plan.items[1].source, .paragraph(10), "positions are paragraph numbers")
    }

    func testStrictNamespaceUnderAnyPrefix() throws {
        let body = "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Digitalisering</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Fagforeningens mål:</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>- Alle tillitsvalgte bruker digitale verktøy.</w:t></w:r></w:p>"
        let xml = OfficeFixtures.document(body, namespace: OfficeFixtures.strict, prefix: "s")
        let plan = try PlanImporter().importBytes(OfficeFixtures.docx(document: xml, styles: nil, numbering: nil), path: "strict.docx")
        XCTAssertEqual(plan.source.format, .docx)
        XCTAssertEqual(plan.texts, ["Alle tillitsvalgte bruker digitale verktøy."])
        XCTAssertEqual(plan.items.first?.area, 6)
    }

    func testMainPartFoundThroughRelationships() throws {
        let bytes = try OfficeFixtures.docx(document: OfficeFixtures.document(p("Digitalisering", style: "Heading1") + p("Fagforeningens mål:")
                                                                               + p("Digitale påmeldinger", numId: 1)), mainPart: "innhold/hoved.xml")
        let plan = try PlanImporter().importBytes(bytes, path: "x.docx")
        XCTAssertEqual(plan.texts, ["Digitale påmeldinger"])
    }

    func testBoldShortLinesAreHeadingsOnlyWithoutHeadingStyles() throws {
        let body = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Verve plan</w:t></w:r></w:p>" + p("Vanlig tekst her.")
        XCTAssertEqual(try blocks(body, styles: nil).map(\.kind), [.heading(level: 1), .paragraph])
        XCTAssertEqual(try blocks(body).map(\.kind), [.paragraph, .paragraph], "with heading styles, bold is only bold")
    }

    func testBareDocumentXMLAndWord2003() throws {
        let bare = OfficeFixtures.document(p("Digitalisering", outline: 0) + p("Fagforeningens tiltak:") + p("Ta i bruk KLAR", numId: 1))
        let plan = try PlanImporter().importBytes(Array(bare.utf8), path: "document.xml")
        XCTAssertEqual(plan.source.format, .wordXML)
        XCTAssertNil(plan.source.encoding)
        XCTAssertEqual(plan.items.map(\.text), ["Ta i bruk KLAR"])
        XCTAssertEqual(plan.items.map(\.area), [6])

        let w2003 = """
        <?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">
        <w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>
        <w:lists><w:listDef w:listDefId="0"><w:lvl w:ilvl="0"><w:nfc w:val="23"/></w:lvl></w:listDef><w:list w:ilfo="1"><w:ilst w:val="0"/></w:list></w:lists>
        <w:body><wx:sect><wx:sub-section><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Digitalisering</w:t></w:r></w:p>
        <w:p><w:r><w:t>Fagforeningens tiltak:</w:t></w:r></w:p>
        <w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/></w:listPr></w:pPr><w:r><w:t>Ta i bruk KLAR</w:t></w:r></w:p></wx:sub-section></wx:sect></w:body></w:wordDocument>
        """
        let old = try PlanImporter().importBytes(Array(w2003.utf8), path: "plan.xml")
        XCTAssertEqual(old.source.format, .word2003XML)
        XCTAssertEqual(old.items.map(\.text), ["Ta i bruk KLAR"])
        XCTAssertEqual(old.items.map(\.kind), [.measure])
    }

    func testODTHeadingsListsAndTables() throws {
        let content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
        <office:automatic-styles><text:list-style style:name="L2" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><text:list-level-style-number text:level="1"/></text:list-style></office:automatic-styles>
        <office:body><office:text>
        <text:h text:outline-level="1">Heltid, likelønn og kampen for mindre forskjeller</text:h>
        <text:p>Fagforeningens mål:</text:p>
        <text:list><text:list-item><text:p>Flere<text:s/>heltidsstillinger</text:p><text:list><text:list-item><text:p>i helse</text:p></text:list-item></text:list></text:list-item></text:list>
        <text:list text:style-name="L2"><text:list-item><text:p>Nummerert mål<text:note><text:note-body><text:p>fotnote</text:p></text:note-body></text:note></text:p></text:list-item></text:list>
        </office:text></office:body></office:document-content>
        """
        var reader = OpenDocumentReader(styles: nil)
        let b = reader.read(content: try OfficeDocument.parse(Data(content.utf8), part: "content.xml"))
        XCTAssertEqual(b.map(\.kind), [.heading(level: 1), .paragraph, .listItem(level: 1, ordered: false), .listItem(level: 2, ordered: false),
                                       .listItem(level: 1, ordered: true)])
        XCTAssertEqual(b.map(\.text).suffix(3), ["Flere heltidsstillinger", "i helse", "Nummerert mål"], "notes are left out")
    }

    // MARK: refusals and hostile files

    private func refusal(_ bytes: [UInt8]) -> ImportError? {
        do { _ = try PlanImporter().importBytes(bytes, path: "x"); return nil } catch { return error }
    }

    func testLegacyDocAndEncryptedDocxAreRefusedWithAHint() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        XCTAssertEqual(refusal(ole), .unsupported(.legacyWord))
        XCTAssertTrue(refusal(ole)?.errorDescription?.contains("passordbeskyttet") ?? false)
        XCTAssertTrue(refusal(ole)?.errorDescription?.contains(".docx") ?? false)
    }

    func testZipWithoutDocumentIsRefused() throws {
        let bytes = try OfficeFixtures.docx(document: OfficeFixtures.document(p("x")))
        // Rename the part in place (same length) so that the container holds no word/document.xml.
        let renamed = Self.replace(bytes, "word/document.xml", "word/documenX.xml")
        guard case .notADocument(let why)? = refusal(renamed) else { return XCTFail("\(String(describing: refusal(renamed)))") }
        XCTAssertTrue(why.contains("word/document.xml"), why)
    }

    func testTruncatedZipIsRefused() throws {
        let bytes = try OfficeFixtures.docx(document: OfficeFixtures.document(String(repeating: p("Tekst"), count: 50)))
        guard case .damaged? = refusal(Array(bytes.prefix(bytes.count / 2))) else { return XCTFail("a cut-off ZIP is damaged") }
    }

    func testMalformedXMLIsRefusedWithLibxml2sLine() throws {
        let xml = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"\(OfficeFixtures.w)\">\n<w:body>\n<w:p></w:body>\n</w:document>"
        guard case .damaged(let why)? = refusal(try OfficeFixtures.docx(document: xml)) else { return XCTFail("malformed XML is damaged") }
        XCTAssertTrue(why.contains("word/document.xml"), why)
        XCTAssertTrue(why.contains("line 4"), why)
    }

    func testZipBombIsRefusedByItsDeclaredAndByItsRealSize() throws {
        let huge = OfficeFixtures.document("<w:p><w:r><w:t>" + String(repeating: " ", count: ZipContainer.maxPartSize + 1024) + "x</w:t></w:r></w:p>")
        let bomb = try OfficeFixtures.docx(document: huge, styles: nil, numbering: nil)
        XCTAssertLessThan(bomb.count, 200_000, "a small file")
        guard case .limitExceeded? = refusal(bomb) else { return XCTFail("refused by its declared size") }
        // The same bomb with headers that claim a small size: the inflated bytes are counted.
        let lying = Self.patchUncompressedSize(bomb, of: "word/document.xml", to: 1000)
        guard case .limitExceeded(let why)? = refusal(lying) else { return XCTFail("refused by its real size: \(String(describing: refusal(lying)))") }
        XCTAssertTrue(why.contains("pakkes ut til mer enn"), why)
    }

    func testEntityExpansionIsRefused() throws {
        var laughs = "<!ENTITY a \"\(String(repeating: "ha", count: 50))\">"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for i in 1..<names.count {
            laughs += "<!ENTITY \(names[i]) \"\(String(repeating: "&\(names[i - 1]);", count: 10))\">"
        }
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE w:document [\(laughs)]>
        <w:document xmlns:w="\(OfficeFixtures.w)"><w:body><w:p><w:r><w:t>Latter: &i; slutt</w:t></w:r></w:p></w:body></w:document>
        """
        // Refused before libxml2 sees it: no Office or ODF writer emits a DOCTYPE.
        guard case let .limitExceeded(why)? = refusal(Array(xml.utf8)) else {
            return XCTFail("an entity-expansion document is refused, got \(String(describing: refusal(Array(xml.utf8))))")
        }
        XCTAssertTrue(why.contains("DOCTYPE"), why)
        // The same bomb in an attribute value, where libxml2 once expanded it (gigabytes from 11 KB).
        let inAttribute = xml.replacingOccurrences(of: "<w:t>Latter: &i; slutt</w:t>", with: "<w:t xml:space=\"&i;\">Latter</w:t>")
        guard case let .limitExceeded(why2)? = refusal(Array(inAttribute.utf8)) else { return XCTFail("refused in an attribute too") }
        XCTAssertTrue(why2.contains("DOCTYPE"), why2)
        // And in UTF-16, which the byte scan does not read: refused by libxml2 (its entity guard, or
        // the document type node, whichever it meets first), never expanded.
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in xml.replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>").utf16 {
            utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        switch refusal(utf16) {
        case .limitExceeded?, .damaged?: break
        case let other: XCTFail("UTF-16: \(String(describing: other))")
        }
    }

    func testExternalEntitiesAreNotLoaded() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <w:document xmlns:w="\(OfficeFixtures.w)"><w:body><w:p><w:r><w:t>Før &secret; etter</w:t></w:r></w:p></w:body></w:document>
        """
        // Refused for its DOCTYPE: the entity is never defined, so the file is never read.
        XCTAssertThrowsError(try OfficeDocument.parse(Data(xml.utf8), part: "document.xml")) { error in
            XCTAssertTrue("\(error)".contains("DOCTYPE"), "\(error)")
        }
        XCTAssertTrue(XMLTree.declaresDoctype(Data(xml.utf8)))
        XCTAssertFalse(XMLTree.declaresDoctype(Data("<?xml version=\"1.0\"?><!-- <!DOCTYPE x> --><w:document/>".utf8)), "a comment is no DOCTYPE")
    }

    func testDeepNestingIsRefused() {
        let depth = 5000
        let xml = "<w:document xmlns:w=\"\(OfficeFixtures.w)\"><w:body>" + String(repeating: "<w:sdt><w:sdtContent>", count: depth)
            + "<w:p/>" + String(repeating: "</w:sdtContent></w:sdt>", count: depth) + "</w:body></w:document>"
        guard case .limitExceeded(let why)? = refusal(Array(xml.utf8)) else { return XCTFail("deep nesting is refused") }
        XCTAssertTrue(why.contains("nivåer dypt"), why)
    }

    // MARK: helpers

    static func replace(_ bytes: [UInt8], _ old: String, _ new: String) -> [UInt8] {
        let o = Array(old.utf8), n = Array(new.utf8)
        var out = bytes, i = 0
        while i + o.count <= out.count {
            if Array(out[i..<i + o.count]) == o { out.replaceSubrange(i..<i + o.count, with: n); i += n.count } else { i += 1 }
        }
        return out
    }

    /// Rewrites the uncompressed size a ZIP's local and central headers declare for `path`.
    static func patchUncompressedSize(_ bytes: [UInt8], of path: String, to size: UInt32) -> [UInt8] {
        var out = bytes
        let name = Array(path.utf8)
        let le = [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
        var i = 0
        while i + 46 < out.count {
            if out[i] == 0x50, out[i + 1] == 0x4B, out[i + 2] == 0x03, out[i + 3] == 0x04,
               Array(out[(i + 30)..<min(out.count, i + 30 + name.count)]) == name {
                out.replaceSubrange((i + 22)..<(i + 26), with: le)
            }
            if out[i] == 0x50, out[i + 1] == 0x4B, out[i + 2] == 0x01, out[i + 3] == 0x02,
               Array(out[(i + 46)..<min(out.count, i + 46 + name.count)]) == name {
                out.replaceSubrange((i + 24)..<(i + 28), with: le)
            }
            i += 1
        }
        return out
    }
}
