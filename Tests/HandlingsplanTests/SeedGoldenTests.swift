import Foundation
import XCTest
@testable import Handlingsplan

/// Each seed plan against its reviewed expected JSON in Fixtures/expected/.
/// Re-record after a reviewed change with `RECORD_GOLDEN=1 make test`, then
/// read the diff before committing it.
final class SeedGoldenTests: XCTestCase {
    func testEverySeedMatchesItsReviewedJSON() throws {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        for name in Paths.seedNames {
            let plan = try importSeed(String(name.prefix(3)))
            let actual = JSONExport.encode(plan)
            let expectedURL = Paths.fixtures.appendingPathComponent("expected/\(name).json")
            if record {
                try actual.write(to: Paths.sourceFixtures.appendingPathComponent("expected/\(name).json"))
                continue
            }
            let expected = try Data(contentsOf: expectedURL)
            if actual != expected {
                let dump = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).actual.json")
                try actual.write(to: dump)
                XCTFail("\(name): import differs from Fixtures/expected/\(name).json; actual written to \(dump.path) (diff them)")
            }
        }
    }

    /// DESIGN.md's metadata table, asserted field by field (independent of the golden files).
    func testMetadataOfTheSeeds() throws {
        struct Row { var union: String?; var branch: String?; var from: Int?; var to: Int?; var adopted: String?; var language: Language }
        let table: [String: Row] = [
            "000": Row(union: "Fagforbundet Viken fylkesforening", branch: "252", from: 2024, to: 2025, adopted: "2024-01-24", language: .bokmal),
            "001": Row(union: "Fagforbundet Ås", branch: nil, from: nil, to: nil, adopted: nil, language: .bokmal),
            "002": Row(union: "Fagforbundet Alver", branch: nil, from: 2024, to: 2025, adopted: "2024-01-30", language: .nynorsk),
            "003": Row(union: nil, branch: nil, from: 2024, to: 2025, adopted: nil, language: .bokmal),
            "004": Row(union: "Fagforbundet Follo", branch: "254", from: 2024, to: 2025, adopted: nil, language: .bokmal),
        ]
        for (seed, row) in table.sorted(by: { $0.key < $1.key }) {
            let meta = try importSeed(seed).plan
            XCTAssertEqual(meta.union, row.union, seed)
            XCTAssertEqual(meta.branch, row.branch, seed)
            XCTAssertEqual(meta.periodFrom, row.from, seed)
            XCTAssertEqual(meta.periodTo, row.to, seed)
            XCTAssertEqual(meta.adopted, row.adopted, seed)
            XCTAssertEqual(meta.language, row.language, seed)
        }
    }

    /// The contract's invariants on every seed: ids, references, clean text, areas.
    func testContractInvariantsHoldForEverySeed() throws {
        for name in Paths.seedNames {
            let plan = try importSeed(String(name.prefix(3)))
            XCTAssertFalse(plan.items.isEmpty, name)
            let sectionIDs = Set(plan.sections.map(\.id))
            let itemIDs = Set(plan.items.map(\.id))
            XCTAssertEqual(itemIDs.count, plan.items.count, "\(name): item ids are unique")
            for item in plan.items {
                if let s = item.section { XCTAssertTrue(sectionIDs.contains(s), "\(name) \(item.id): section \(s) exists") }
                if let p = item.parent {
                    XCTAssertTrue(itemIDs.contains(p), "\(name) \(item.id): parent exists")
                    XCTAssertEqual(plan.items.first { $0.id == p }?.kind, .nationalGoal, "\(name) \(item.id): a parent is a national item")
                }
                XCTAssertEqual(item.text, TextCleaning.clean(item.text), "\(name) \(item.id): text is clean")
                XCTAssertFalse(item.text.contains("\u{00A0}"), "\(name) \(item.id): no no-break space")
                XCTAssertFalse(item.text.contains("**") || item.text.contains("[bookmark"), "\(name) \(item.id): no markup")
                XCTAssertEqual(item.text, item.text.precomposedStringWithCanonicalMapping, "\(name) \(item.id): NFC")
                XCTAssertNil(Labels.template(item.text), "\(name) \(item.id): no template sentence is an item")
                if let area = item.area {
                    XCTAssertTrue((1...6).contains(area))
                    XCTAssertEqual(item.areaName, AreaMapper.name(of: area))
                } else {
                    XCTAssertNil(item.areaName)
                }
            }
        }
    }
}
