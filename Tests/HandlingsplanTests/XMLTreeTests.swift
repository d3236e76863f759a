import Foundation
import XCTest
@testable import Handlingsplan

/// The tree built from SAX events is the tree libxml2's reader gives, node for node, on every
/// XML part of every fixture and (when present) of the corpus; documents it leaves to the
/// reader get the reader's tree and errors.
final class XMLTreeTests: XCTestCase {
    /// Names, namespaces, attributes and texts, depth first.
    private func dump(_ e: XMLElement, into out: inout [String]) {
        out.append("<\(e.namespace ?? "")|\(e.name) \(e.attributes.map { "\($0.name)=\($0.value.debugDescription)" }.joined(separator: " "))>")
        for child in e.children {
            switch child {
            case let .element(c): dump(c, into: &out)
            case let .text(t): out.append(t.debugDescription)
            }
        }
        out.append("</\(e.name)>")
    }

    /// Equal dumps, or a failure that shows where they part.
    private func same(_ a: [String], _ b: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard a != b else { return }
        let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        XCTFail("\(name): node \(k): reader \(k < a.count ? a[k] : "end"), SAX \(k < b.count ? b[k] : "end")", file: file, line: line)
    }

    private func dump(_ e: XMLElement) -> [String] { var out: [String] = []; dump(e, into: &out); return out }

    /// Every XML part of the DOCX, ODT and XML files under the fixtures, and of every fourth
    /// such file of the corpus (all of it takes a debug build too long).
    private func xmlParts() throws -> [(String, Data)] {
        var parts: [(String, Data)] = []
        for folder in [Paths.sourceFixtures, Paths.corpus] where FileManager.default.fileExists(atPath: folder.path) {
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            let names = (walker.allObjects as? [String] ?? []).filter { ["xml", "docx", "odt"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
            for (k, name) in names.enumerated() where folder == Paths.sourceFixtures || k % 4 == 0 {
                let url = folder.appendingPathComponent(name)
                switch url.pathExtension.lowercased() {
                case "xml":
                    parts.append((name, try Data(contentsOf: url)))
                case "docx", "odt":
                    guard let zip = try? ZipContainer(try Data(contentsOf: url)) else { continue }
                    for path in zip.paths where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
                        if let data = try? zip.read(path) { parts.append(("\(name):\(path)", data)) }
                    }
                default: continue
                }
            }
        }
        return parts
    }

    func testSAXTreeIsTheReadersTree() throws {
        let parts = try xmlParts()
        var bySAX = 0
        for (name, data) in parts {
            let reference = Result { () throws(XMLTree.Failure) in try XMLTree.parseWithReader(data) }
            let parsed = Result { () throws(XMLTree.Failure) in try XMLTree.parse(data) }
            switch (reference, parsed) {
            case let (.success(a), .success(b)): same(dump(a), dump(b), name)
            case let (.failure(a), .failure(b)): XCTAssertEqual(a, b, name)
            default: XCTFail("\(name): the reader gives \(reference), the parse \(parsed)")
            }
            if let sax = XMLTree.saxTree(data) {
                bySAX += 1
                if case let .success(a) = reference { same(dump(a), dump(sax), name) } else { XCTFail("\(name): SAX read a document the reader refuses") }
            }
            // The styles part as the DOCX reader parses it, table styles left out, both ways.
            if name.hasSuffix("styles.xml"), case let .success(a)? = Optional(Result { () throws(XMLTree.Failure) in try XMLTree.parseWithReader(data, skipping: StyleSheet.unread) }),
               let sax = XMLTree.saxTree(data, skipping: StyleSheet.unread) {
                same(dump(a), dump(sax), name + " (paragraph styles)")
            }
        }
        XCTAssertGreaterThan(parts.count, 40)
        XCTAssertGreaterThan(bySAX * 10, parts.count * 9, "most parts are read from SAX events")
    }

    /// What the SAX builder leaves to the reader: the reader's answer, errors included.
    func testDocumentsLeftToTheReader() throws {
        let cases = [
            "<a><![CDATA[x]]>y</a>", "<a b=\"x&amp;y\">t</a>", "<a>&amp;&#65;</a>", "<a><b></a>", "<a/><b/>", "<a>\u{0}</a>",
            "<?xml version=\"1.0\"?><!-- c --><a xmlns=\"u\" xmlns:w=\"v\" w:x=\"1\">  <w:b/>\n<!-- c --> </a>", "<a>&undefined;</a>",
        ]
        for xml in cases {
            let data = Data(xml.utf8)
            let reference = Result { () throws(XMLTree.Failure) in try XMLTree.parseWithReader(data) }.map(dump)
            let parsed = Result { () throws(XMLTree.Failure) in try XMLTree.parse(data) }.map(dump)
            XCTAssertEqual("\(reference)", "\(parsed)", xml)
        }
        XCTAssertNil(XMLTree.saxTree(Data("<a><![CDATA[x]]></a>".utf8)))
        XCTAssertNotNil(XMLTree.saxTree(Data("<a>&amp;&#65;</a>".utf8)))
        // Limits: the builder gives up, the reader refuses with the reason.
        let deep = String(repeating: "<a>", count: 220) + String(repeating: "</a>", count: 220)
        XCTAssertNil(XMLTree.saxTree(Data(deep.utf8)))
        XCTAssertThrowsError(try XMLTree.parse(Data(deep.utf8))) { XCTAssertEqual($0 as? XMLTree.Failure, .tooDeep(PlanLimits.xmlDepth)) }
        var small = XMLTree.Limits(); small.maxNodes = 10
        XCTAssertNil(XMLTree.saxTree(Data(("<a>" + String(repeating: "<b/>", count: 20) + "</a>").utf8), limits: small))
    }
    /// The scan before libxml2 counts what libxml2 counts: attributes and declarations of a
    /// start tag, declarations in scope, and nothing in values, comments, CDATA or text.
    func testPrescanCountsAttributesAndDeclarations() {
        var limits = XMLPrescan.Limits()
        limits.perElement = 3; limits.inScope = 3; limits.total = 100
        func check(_ xml: String, _ l: XMLPrescan.Limits = limits) -> XMLPrescan.Finding? { XMLPrescan.check(Data(xml.utf8), limits: l) }
        let pad = String(repeating: "x", count: 600)   // text between tags: the fast scan's blocks
        XCTAssertNil(check("<a b=\"1\" c='=>=' d=\"x=y\"><!-- e=1 f=2 g=3 h=4 --><![CDATA[i=1 j=2 k=3 l=4]]>m=1 n=2 o=3 p=4\(pad)</a>"))
        XCTAssertEqual(check("<a b=\"1\" c='2' d=\"3\" e=\"4\">\(pad)</a>"), .attributes(3))
        XCTAssertEqual(check("<a>\(pad)<b b=\"1\" c='2' d=\"3\" e=\"4\"/>\(pad)</a>"), .attributes(3))
        // Declarations add up from the root down, and are out of scope after their element.
        XCTAssertEqual(check("<a xmlns:a=\"1\" xmlns:b=\"2\"><b xmlns:c=\"3\"><c xmlns=\"4\"/></b></a>"), .namespaces(3))
        XCTAssertNil(check("<a xmlns:a=\"1\" xmlns:b=\"2\"><b xmlns:c=\"3\"/><b xmlns:c=\"3\"/><b xmlns:d=\"3\"></b></a>"))
        // UTF-16 is read a unit at a time.
        var utf16 = Data([0xFF, 0xFE]); utf16.append("<a b=\"1\" c='2' d=\"3\" e=\"4\"/>".data(using: .utf16LittleEndian)!)
        XCTAssertEqual(XMLPrescan.check(utf16, limits: limits), .attributes(3))
        // A long tag with attributes in every block, at the real limits, past them by one.
        let tag = { (n: Int) in "<w:p" + (0..<n).map { " a\($0)=\"1\"" }.joined() + "/>" }
        XCTAssertNil(check("<r>" + tag(PlanLimits.xmlAttributes) + "</r>", XMLPrescan.Limits()))
        XCTAssertEqual(check("<r>" + tag(PlanLimits.xmlAttributes + 1) + "</r>", XMLPrescan.Limits()), .attributes(PlanLimits.xmlAttributes))
        XCTAssertEqual(check("<?xml version=\"1.0\" encoding=\"IBM037\"?><a/>"), .encoding("IBM037"))
        for ascii in ["ISO_8859-1", "windows-1252", "Shift_JIS", "cp865", "KOI8-R", "UTF-8"] {
            XCTAssertNil(check("<?xml version=\"1.0\" encoding=\"\(ascii)\"?><a/>"), ascii)
        }
        XCTAssertEqual(check("<?xml version='1.0' encoding='utf-7'?><a/>"), .encoding("utf-7"))
        XCTAssertEqual(check("<?xml version='1.0' encoding='ISO-2022-JP'?><a/>"), .encoding("ISO-2022-JP"))
    }
}
