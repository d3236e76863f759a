import Foundation
import XCTest
@testable import Handlingsplan

/// The central test of the document readers: a plan gives the same items
/// whichever export of it arrives. Each rendition in Fixtures/renditions/ was
/// made from a seed by a real writer (see make-renditions.sh there).
final class RenditionTests: XCTestCase {
    /// What is compared: kind, text, area, responsible, deadline.
    struct Key: Equatable, CustomStringConvertible {
        var kind: ItemKind, text: String, area: Int?, responsible: String?, deadline: String?
        var description: String { "\(kind) \(area.map(String.init) ?? "-") «\(text)» \(responsible ?? "") \(deadline ?? "")" }
    }

    private func keys(_ plan: Plan) -> [Key] {
        plan.items.map { Key(kind: $0.kind, text: $0.text, area: $0.area, responsible: $0.responsible, deadline: $0.deadline) }
    }

    private let renditions: [(file: String, seed: String, format: InputFormat, writer: String)] = [
        ("002-python-docx.docx", "002", .docx, "python-docx: heading styles, List Bullet and List Bullet 2"),
        ("002-pandoc.docx", "002", .docx, "pandoc from Markdown"),
        ("002-libreoffice.docx", "002", .docx, "LibreOffice re-writing pandoc's DOCX"),
        ("002-libreoffice.odt", "002", .odt, "LibreOffice"),
        ("002-word2003.xml", "002", .word2003XML, "LibreOffice's Word 2003 XML filter"),
        ("002-flat-opc.xml", "002", .flatOPC, "pandoc's DOCX parts packed into pkg:package"),
        ("000-pandoc.docx", "000", .docx, "pandoc from Markdown, with the bold template bullet"),
        ("001-python-docx.docx", "001", .docx, "python-docx: a Word table with gridSpan rows, vMerge and multi-paragraph cells"),
        ("001-libreoffice.odt", "001", .odt, "LibreOffice converting that table to ODT (spanned and covered cells)"),
    ]

    func testEveryRenditionGivesTheItemsOfItsTextExport() throws {
        for r in renditions {
            let url = Paths.fixtures.appendingPathComponent("renditions/\(r.file)")
            let plan = try PlanImporter().importBytes([UInt8](try Data(contentsOf: url)), path: r.file)
            XCTAssertEqual(plan.source.format, r.format, r.file)
            let expected = keys(try importSeed(r.seed))
            let actual = keys(plan)
            // No differences to excuse: the writers keep every item's words, and headings, labels,
            // lists and table cells map onto the same blocks as the text export's.
            XCTAssertEqual(actual.count, expected.count, "\(r.file) (\(r.writer))")
            for (a, e) in zip(actual, expected) where a != e {
                XCTFail("\(r.file): \(a) ≠ seed's \(e)")
            }
        }
    }

    func testRenditionsCarryTheMetadataTheyHold() throws {
        let docx = try PlanImporter().importBytes([UInt8](try Data(contentsOf: Paths.fixtures.appendingPathComponent("renditions/002-libreoffice.odt"))), path: "x.odt")
        XCTAssertEqual(docx.plan.union, "Fagforbundet Alver")
        XCTAssertEqual(docx.plan.adopted, "2024-01-30")
        XCTAssertEqual(docx.plan.language, .nynorsk)
        XCTAssertEqual(docx.sections.filter { $0.area != nil }.map(\.area), [1, 2, 3, 4, 5, 6])
        if case .paragraph? = docx.items.first?.source {} else { XCTFail("document positions are paragraph numbers") }
    }
}
