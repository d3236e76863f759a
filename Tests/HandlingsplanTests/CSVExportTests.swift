import Foundation
import SwiftCSV
import XCTest
@testable import Handlingsplan

/// The CSV parsed back with an independent RFC 4180 reader (SwiftCSV).
final class CSVExportTests: XCTestCase {
    private func trickyPlan() throws -> Plan {
        var plan = try importText("""
        Digitalisering

        Fagforeningens tiltak:

        - Kjøpe «skjermer»; to stk. til "kontoret", for 1,5 kr
        - Vanlig tiltak
        """)
        // A text with a line break cannot come from the text readers; cells of DOCX tables may hold one.
        plan.items[1].comment = "første linje\nandre linje"
        return plan
    }

    func testStandardCSVRoundTrips() throws {
        let plan = try trickyPlan()
        let data = CSVExport.encode([plan])
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertFalse(text.hasPrefix("\u{FEFF}"))
        let csv = try CSV<Named>(string: text, delimiter: .comma)
        XCTAssertEqual(csv.header, CSVExport.columns)
        XCTAssertEqual(csv.rows.count, plan.items.count)
        XCTAssertEqual(csv.rows.map { $0["text"] }, plan.items.map(\.text))
        XCTAssertEqual(csv.rows[1]["comment"], "første linje\nandre linje")
        XCTAssertEqual(csv.rows[0]["area"], "6")
        XCTAssertEqual(csv.rows[0]["kind"], "measure")
        XCTAssertEqual(csv.rows[0]["confidence"], "0.95")
    }

    func testExcelDialect() throws {
        let plan = try trickyPlan()
        let data = CSVExport.encode([plan], dialect: .excel)
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 byte order mark")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("file;union;branch;"))
        XCTAssertTrue(text.contains("\r\n"))
        let csv = try CSV<Named>(string: text, delimiter: .semicolon)
        XCTAssertEqual(csv.rows.count, plan.items.count)
        XCTAssertEqual(csv.rows.map { $0["text"] }, plan.items.map(\.text), "semicolons and quotes inside texts survive")
        XCTAssertEqual(csv.rows[0]["confidence"], "0,95", "decimal comma for a Norwegian spreadsheet")
    }

    func testEverySeedItemHasOneRow() throws {
        let plans = try Paths.seedNames.map { try importSeed(String($0.prefix(3))) }
        let csv = try CSV<Named>(string: String(decoding: CSVExport.encode(plans), as: UTF8.self), delimiter: .comma)
        XCTAssertEqual(csv.rows.count, plans.reduce(0) { $0 + $1.items.count })
        XCTAssertEqual(csv.rows.map { $0["text"] }, plans.flatMap(\.texts))
        XCTAssertEqual(Set(csv.rows.compactMap { $0["file"] }).count, 5)
    }
}
