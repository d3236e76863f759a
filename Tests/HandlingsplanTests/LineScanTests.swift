import Foundation
import XCTest
@testable import Handlingsplan

/// Each `LineScan` scan gives its Swift regex's answer on every line of `PlainLine`'s
/// alphabet: on the real lines of the seeds, the dev set (if present), the corpus (if
/// present) and the fixtures, and on lines generated from the patterns' own words, digits,
/// spaces and punctuation.
final class LineScanTests: XCTestCase {
    /// Each scan, as the plain scan's answer and the regex's, printed for comparison.
    private let scans: [(name: String, plain: (PlainLine) -> String, regex: (String) -> String)] = [
        ("numberedMarker", { "\($0.numberedMarker().map { [$0.number, $0.rest] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.numberedMarker).map { [String($0.1), String(s[$0.range.upperBound...])] } ?? [])" }),
        ("letteredMarker", { "\($0.letteredMarker().map { [$0.letter, $0.rest] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.letteredMarker).map { [String($0.1), String(s[$0.range.upperBound...])] } ?? [])" }),
        ("leadingNumber", { "\($0.leadingNumber().map { [$0.number, $0.rest] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.leadingNumber).map { [String($0.1), String(s[$0.range.upperBound...])] } ?? [])" }),
        ("numberedSection", { "\($0.numberedSection().map { [$0.number, $0.rest] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.numberedSection).map { [String($0.1), String($0.2)] } ?? [])" }),
        ("nationalMeasure", { "\($0.nationalMeasure() ?? "-")" }, { s in "\(s.firstMatch(of: Regexes.nationalMeasure).map { String($0.1) } ?? "-")" }),
        ("pageNumber", { "\($0.isPageNumber())" }, { s in "\(s.wholeMatch(of: Regexes.pageNumber) != nil)" }),
        ("union", { "\($0.unionName() ?? "-")" }, { s in "\(s.firstMatch(of: Regexes.union).map { String($0.1) } ?? "-")" }),
        ("branch", { "\($0.branchNumber() ?? "-")" }, { s in "\(s.firstMatch(of: Regexes.branch).map { String($0.1) } ?? "-")" }),
        ("numericDate", { "\($0.numericDate().map { [$0.day, $0.month, $0.year] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.numericDate).map { [String($0.1), String($0.2), String($0.3)] } ?? [])" }),
        ("writtenDate", { "\($0.writtenDate().map { [$0.day, $0.month, $0.year] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.writtenDate).map { [String($0.1), String($0.2), String($0.3)] } ?? [])" }),
    ]

    /// The entry points that answer a line without a leading digit before reading it, as the regexes answer any line.
    private let entryPoints: [(name: String, scan: (String) -> String, regex: (String) -> String)] = [
        ("numberedMarker", { "\(LineScan.numberedMarker($0).map { [$0.number, $0.rest] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.numberedMarker).map { [String($0.1), String(s[$0.range.upperBound...])] } ?? [])" }),
        ("leadingNumber", { "\(LineScan.leadingNumber($0).map { [$0.number, $0.rest] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.leadingNumber).map { [String($0.1), String(s[$0.range.upperBound...])] } ?? [])" }),
        ("numberedSection", { "\(LineScan.numberedSection($0).map { [$0.number, $0.rest] } ?? [])" },
         { s in "\(s.firstMatch(of: Regexes.numberedSection).map { [String($0.1), String($0.2)] } ?? [])" }),
        ("nationalMeasure", { "\(LineScan.nationalMeasure($0) ?? "-")" }, { s in "\(s.firstMatch(of: Regexes.nationalMeasure).map { String($0.1) } ?? "-")" }),
    ]

    private func compare(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) -> Int {
        var compared = 0
        for text in lines {
            for entry in entryPoints where entry.scan(text) != entry.regex(text) {
                XCTFail("LineScan.\(entry.name) on «\(text.debugDescription)»: \(entry.scan(text)), regex \(entry.regex(text))", file: file, line: line)
            }
            guard let plain = PlainLine(text) else { continue }
            compared += 1
            for scan in scans where scan.plain(plain) != scan.regex(text) {
                XCTFail("\(scan.name) on «\(text.debugDescription)»: \(scan.plain(plain)), regex \(scan.regex(text))", file: file, line: line)
            }
        }
        return compared
    }

    func testScansAgreeWithTheRegexesOnRealLines() throws {
        var folders = [Paths.seeds, Paths.sourceFixtures.appendingPathComponent("generalization")]
        for shared in ["shared/devset/plans", "shared/corpus"] {
            let folder = Paths.root.deletingLastPathComponent().appendingPathComponent(shared)
            if FileManager.default.fileExists(atPath: folder.path) { folders.append(folder) }
        }
        var lines: [String] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let name as String in walker where name.hasSuffix(".txt") {
                let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
                for raw in text.split(separator: "\n") {
                    let clean = TextCleaning.clean(String(raw))
                    lines += [clean, String(raw)]
                }
            }
        }
        XCTAssertGreaterThan(compare(lines), 1000)
    }

    /// Lines made of the pieces the patterns turn on, joined at random (a fixed seed).
    func testScansAgreeWithTheRegexesOnGeneratedLines() {
        let pieces = ["1", "12", "123", "2024", "20245", "0", "²", "½", ".", ". ", ")", " ", "  ", "\t", "\u{A0}", ",", ";", ":", "-", " - ", "–", "—",
                      "’", "'", "_", "·", "/", "a", "A", "x", "æ", "Å", "é", "É", "i", "Fagforbundet", "Fagforbundet ", "Oslo", "Ås", "Nord-Fron",
                      "Viken", "ª", "º", "µ", "ÿ", "fylkesforening", "fagforening", "fagforeining", "fagforeningene", "avd", "Avd", "AVD", "avdeling", "Avdeling", "sine",
                      "side", "Side", "page", "s.", "av", "of", "ansvar", "Ansvar", "januar", "Mars", "mai", "MAI", "desember", "Tiltak", "x1", "1x",
                      "○ ", "●", "▪", "→", "┃"]
        var random = SplitMix(seed: 451)
        var lines: [String] = []
        for _ in 0..<20_000 {
            let s = random.text(of: pieces, count: random.next(below: 8) + 1)
            lines.append(s)
        }
        XCTAssertEqual(compare(lines), lines.count)
        // Digits outside ASCII (the regexes' \d takes them) at the start, through the regexes.
        var others: [String] = []
        for start in ["٣", "１", "٣.٤ ", "１. "] { for rest in ["", " Tiltak", ". Tiltak", ".1 Kreve", "2. Verve"] { others.append(start + rest) } }
        XCTAssertEqual(compare(others), 0)
    }

    /// `\b` between any two characters of the alphabet and in front of a third, as Swift's Regex has it.
    func testWordBoundariesAgreeWithSwiftRegex() {
        // The arrows and shapes one in four (a regex is compiled for each check).
        let all = ((0x09...0x2026).compactMap(Unicode.Scalar.init) + stride(from: 0x2190, through: 0x25FF, by: 4).compactMap(Unicode.Scalar.init))
            .filter { PlainLine.isPlain($0.value) }
        XCTAssertGreaterThan(all.count, 280)
        let representatives: [Unicode.Scalar] = ["a", "Å", "ª", "1", "²", ":", "·", ",", ";", ".", "’", "'", "_", " ", "\t", "\u{A0}", "-", "\"", "×", "¸"]
        var mismatches: [String] = []
        func check(_ scalars: [Unicode.Scalar], at i: Int) {
            let s = String(String.UnicodeScalarView(scalars))
            let regex = try! Regex("^[\\s\\S]{\(i)}\\b")
            let swift = s.firstMatch(of: regex) != nil
            if PlainLine(s)!.isWordBoundary(i) != swift { mismatches.append("\(scalars.map { String($0.value, radix: 16) }) at \(i)") }
        }
        for a in all { for b in representatives { check([a, b], at: 1); check([b, a], at: 1) } }
        for a in representatives { for b in representatives { for c in representatives { check([a, b, c], at: 1); check([a, b, c], at: 2) } } }
        XCTAssertEqual(mismatches, [])
    }
}
