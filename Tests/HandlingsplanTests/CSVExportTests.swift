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
        XCTAssertTrue(text.hasPrefix("plan_id;item_id;section_id;parent_id;file;union;branch;"))
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

    /// The confidence written as printf writes "%.2f": on every thousandth, the ties between
    /// hundredths that a binary value holds exactly (0.125, 0.375, …), the values a hair on
    /// either side of each hundredth, and random values (a fixed seed).
    func testTwoDecimalsAsPrintf() {
        var values: [Double] = (0...1000).map { Double($0) / 1000 } + [0.125, 0.375, 0.625, 0.875, 0.005, 0.015, 0.995, 1, 0]
        for k in 0...100 {
            let v = Double(k) / 100
            values += [v.nextUp, v.nextDown, (v + 0.005).nextUp, (v + 0.005).nextDown, v + 0.005]
        }
        var random = SplitMix(seed: 100)
        for _ in 0..<20_000 { values.append(Double(random.next(below: 1 << 30)) / Double(1 << 30)) }
        for v in values where v >= 0 && v <= 1 {
            XCTAssertEqual(CSVExport.twoDecimals(v, comma: false), String(format: "%.2f", v), "\(v)")
        }
        XCTAssertEqual(CSVExport.twoDecimals(0.125, comma: true), "0,12")
        XCTAssertEqual(CSVExport.twoDecimals(1.5, comma: true), "1,50", "outside 0…1: String(format:)")
    }

    /// Fields quoted on their bytes as `quote` quotes them on characters: separators, quotes
    /// and line ends, with marks, CR LF and a combining mark on a separator among them.
    func testQuotingOnBytesAsOnCharacters() {
        let pieces = ["a", "ø", "Å", ",", ";", "\"", "\n", "\r", "\r\n", " ", "\u{301}", "\u{200D}", "–", "=", "\t", "1.5"]
        var random = SplitMix(seed: 4180)
        for _ in 0..<20_000 {
            let field = random.text(of: pieces, count: random.next(below: 6))
            for separator: Character in [",", ";"] {
                var out: [UInt8] = []
                CSVExport.appendQuoted(field, separator, to: &out)
                XCTAssertEqual(out, Array(CSVExport.quote(field, separator).utf8), field.debugDescription)
            }
        }
    }
}

