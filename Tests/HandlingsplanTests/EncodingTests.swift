import Foundation
import XCTest
@testable import Handlingsplan

/// The same plan in every encoding a text export arrives in gives the same items.
final class EncodingTests: XCTestCase {
    private let plan = """
    Handlingsplan 2024 - 2025

    Fagforbundet Ørsta avd. 123

    Digitalisering

    Hovedmål 2024 - 2025

    - Forbedret digital kompetanse hos tillitsvalgte.

    Fagforeningens mål:

    - Alle klubber bruker «KLAR» – og får hjelp før 1. mai.
    - Tillitsvalgte\u{00A0}skal ha god digital kompetanse.

    """

    private func encodings() -> [(TextEncoding, [UInt8])] {
        let crlf = plan.replacingOccurrences(of: "\n", with: "\r\n")
        var utf16le: [UInt8] = [0xFF, 0xFE]
        for u in plan.utf16 { utf16le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        var utf16be: [UInt8] = [0xFE, 0xFF]
        for u in crlf.utf16 { utf16be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        return [
            (.utf8, Array(plan.utf8)),
            (.utf8BOM, [0xEF, 0xBB, 0xBF] + Array(plan.utf8)),
            (.utf16LE, utf16le),
            (.utf16BE, utf16be),
            (.windows1252, windows1252(crlf)),
        ]
    }

    /// Encodes the few non-ASCII characters of the plan as Windows-1252 does.
    private func windows1252(_ s: String) -> [UInt8] {
        let special: [Character: UInt8] = ["«": 0xAB, "»": 0xBB, "–": 0x96, "Ø": 0xD8, "ø": 0xF8, "å": 0xE5, "æ": 0xE6, "\u{00A0}": 0xA0]
        return s.flatMap { ch -> [UInt8] in
            if let b = special[ch] { return [b] }
            XCTAssertTrue(ch.isASCII, "test plan has an unmapped character \(ch)")
            return Array(String(ch).utf8)
        }
    }

    /// Invisible characters inside a heading's words (soft hyphen, ZWJ/ZWNJ, word joiner, LRM,
    /// RLO, a variation selector, tag characters) kept the heading from naming its area. They
    /// are removed as text enters (text files, Windows-1252's soft hyphen, XML text in DOCX and
    /// ODT), so the heading names its area and the cleaned text has none of them.
    func testInvisibleCharactersInWordsAreRemoved() throws {
        let invisible = ["\u{AD}", "\u{200D}", "\u{200C}", "\u{2060}", "\u{200E}", "\u{202E}", "\u{FE0F}", "\u{E0041}\u{E007F}", "\u{034F}", "\u{180E}"]
        for mark in invisible {
            let heading = "Digi\(mark)tali\(mark)sering"
            let text = "Handlingsplan 2025\n\n\(heading)\n\nFagforeningens mål:\n\n- Alle tillits\(mark)valgte bruker portalen.\n- Kurs i nye fag\(mark)systemer.\n"
            let name = mark.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "+")
            let docx = try OfficeFixtures.docx(document: OfficeFixtures.document(
                OfficeFixtures.paragraph(heading, style: "Heading1") + OfficeFixtures.paragraph("Alle tillits\(mark)valgte bruker portalen.", numId: 1)
                + OfficeFixtures.paragraph("Kurs i nye fag\(mark)systemer.", numId: 1)))
            for (kind, plan) in [("text", try importText(text)), ("docx", try PlanImporter().importBytes(docx, path: "p.docx"))] {
                XCTAssertEqual(plan.texts, ["Alle tillitsvalgte bruker portalen.", "Kurs i nye fagsystemer."], "\(kind) \(name)")
                XCTAssertEqual(plan.items.map(\.area), [6, 6], "\(kind) \(name)")
                XCTAssertEqual(plan.items.first?.mapping.method, "heading", "\(kind) \(name)")
                XCTAssertEqual(plan.sections.first?.heading, "Digitalisering", "\(kind) \(name)")
            }
        }
        // Windows-1252's soft hyphen (0xAD), and the map command's own text.
        let latin1 = PlanImporter().mapper.mapWords("Kurs i l\u{AD}ønns\u{200D}forhandlinger")
        XCTAssertEqual(latin1.area, PlanImporter().mapper.mapWords("Kurs i lønnsforhandlinger").area)
        let cp1252 = try PlanImporter().importBytes(Array("Handlingsplan 2025\n\nDigi".utf8) + [0xAD] + Array("talisering\n\nTiltak:\n\n- Kurs i nye fagsystemer p".utf8) + [0xE5] + Array(" jobben.\n".utf8), path: "p.txt")
        XCTAssertEqual(cp1252.source.encoding, .windows1252)
        XCTAssertEqual(cp1252.items.map(\.area), [6])
        // Zero-width space and U+FEFF stay what they were: spaces between words.
        XCTAssertEqual(try importText("Tiltak:\n\n- Kurs\u{200B}i\u{FEFF}portalen for alle.\n").texts, ["Kurs i portalen for alle."])
        // The table agrees with Unicode's property (Default_Ignorable_Code_Point), but for
        // U+200B and U+FEFF, which are read as spaces.
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(TextCleaning.isIgnorable(v), u.properties.isDefaultIgnorableCodePoint && v != 0x200B && v != 0xFEFF, String(v, radix: 16))
        }
    }

    func testSamePlanInEveryEncodingGivesTheSameItems() throws {
        var reference: [Item]?
        for (encoding, bytes) in encodings() {
            let imported = try PlanImporter().importBytes(bytes, path: "plan.txt")
            XCTAssertEqual(imported.source.encoding, encoding)
            XCTAssertEqual(imported.plan.union, "Fagforbundet Ørsta")
            XCTAssertEqual(imported.texts, [
                "Forbedret digital kompetanse hos tillitsvalgte.",
                "Alle klubber bruker «KLAR» – og får hjelp før 1. mai.",
                "Tillitsvalgte skal ha god digital kompetanse.",
            ], "\(encoding)")
            if let reference {
                XCTAssertEqual(imported.items, reference, "\(encoding) gives the same items as UTF-8")
            } else {
                reference = imported.items
            }
        }
    }

    func testWindows1252IsReportedAsInfo() throws {
        let imported = try PlanImporter().importBytes(windows1252(plan), path: "plan.txt")
        XCTAssertEqual(imported.diagnostics.first { $0.code == "windows-1252" }?.severity, .info)
    }

    func testDecomposedTextIsComposed() throws {
        let decomposed = "Digitalisering\n\nFagforeningens mål:\n\n- Bedre opplæring i bruk av a\u{030A}pne verktøy.\n"
        let imported = try importText(decomposed)
        XCTAssertEqual(imported.items.first?.text, "Bedre opplæring i bruk av åpne verktøy.")
    }

    /// The horizontal-space trimming is Foundation's `trimmingCharacters(in: .whitespaces)`:
    /// the same set on every scalar, and the same text on generated ones (marks after a space,
    /// a space that is not in the set, texts of spaces only).
    func testHorizontalSpaceTrimmingIsFoundations() {
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(TextCleaning.isHorizontalSpace(v), CharacterSet.whitespaces.contains(scalar), String(v, radix: 16))
        }
        let pieces = ["a", "Mål", " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\u{200B}", "\u{FEFF}", "\n", "\u{301}", "e\u{301}", "–"]
        var random = SplitMix(seed: 9)
        for _ in 0..<3000 {
            let s = random.text(of: pieces, count: random.next(below: 7))
            XCTAssertEqual(TextCleaning.trimmingHorizontalSpace(s), s.trimmingCharacters(in: .whitespaces), s.debugDescription)
        }
    }

    /// Cleaning gives one plain space between words and none at the ends, whichever of its
    /// paths (clean already, white space only at the ends, rewritten) a text takes.
    func testCleaningCollapsesEverySpace() {
        func reference(_ s: String) -> String {
            var out = String.UnicodeScalarView(), pending = false
            for scalar in s.unicodeScalars {
                if TextCleaning.isSpace(scalar.value) { pending = !out.isEmpty; continue }
                if pending { out.append(" "); pending = false }
                out.append(scalar)
            }
            return String(out)
        }
        let pieces = ["a", "æø", "é", "e\u{301}", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2003}", "\u{200B}", "\u{FEFF}", "\u{3000}", "x y", "–", "\u{85}"]
        var random = SplitMix(seed: 85)
        // Short texts, and long ones, whose runs of sixteen bytes take the vector test.
        for length in [8, 24, 80] {
            for _ in 0..<2000 {
                let s = random.text(of: pieces, count: random.next(below: length))
                XCTAssertEqual(TextCleaning.clean(s), reference(s), s.debugDescription)
            }
        }
        // Long clean texts with one flaw at every place: the flaw is found wherever it stands.
        let clean = "Verve nye medlemmer på arbeidsplassene – særlig de unge, gjennom besøk og kurs i 2025."
        for flaw in ["  ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{FEFF}", "\n"] {
            for cut in 0...clean.count {
                let s = String(clean.prefix(cut)) + flaw + String(clean.dropFirst(cut))
                XCTAssertEqual(TextCleaning.clean(s), reference(s), s.debugDescription)
            }
        }
        for s in ["  Tiltak: verve  ", "\tTiltak", "Tiltak\r", " a  b ", "", "   "] { XCTAssertEqual(TextCleaning.clean(s), reference(s), s.debugDescription) }
    }

    /// The byte-level blank test and the table reader's line count agree with the same
    /// questions asked of Strings (scalars, first characters), on generated lines.
    func testBlankLinesAndTabCellsOnBytesAgreeWithStrings() {
        let pieces = ["a", "æø", "\t", " ", "\u{A0}", "\u{2003}", "\u{200B}", "\u{FEFF}", "\u{3000}", "\u{85}", "\u{1F600}", "e\u{301}", "\u{2028}", "–", "\n", "\n\n"]
        var random = SplitMix(seed: 9)
        for _ in 0..<3000 {
            let s = random.text(of: pieces, count: random.next(below: 12))
            var copy = s
            XCTAssertEqual(copy.withUTF8 { TextCleaning.isBlank($0) }, TextCleaning.isBlank(s[...]), s.debugDescription)
            var cells = 0, others = 0
            for line in TextMatching.lines(s, omittingEmpty: true) where !TextCleaning.isBlank(line) {
                if line.first == "\t" { cells += 1 } else { others += 1 }
            }
            let counted = TabTableReader.lineCounts(s)
            XCTAssertEqual([counted.cells, counted.others], [cells, others], s.debugDescription)
        }
    }

    /// The quick case-folded search agrees with a plain one (its vector scan and its byte
    /// loop, needles at every place of long texts).
    func testContainsASCIIAgreesWithAPlainSearch() {
        func reference(_ s: String, _ needle: String) -> Bool {
            let hay = Array(s.utf8).map { $0 | 0x20 }, n = Array(needle.utf8).map { $0 | 0x20 }
            guard hay.count >= n.count else { return false }
            return (0...(hay.count - n.count)).contains { Array(hay[$0..<($0 + n.count)]) == n }
        }
        let pieces = ["plan", "Plan", "PLA", "vedt", "Vedtatt", "godkj", "avd", "a", " ", "æøå", "–", "20", "2024", "x", "\u{2003}"]
        var random = SplitMix(seed: 208)
        for _ in 0..<3000 {
            let s = random.text(of: pieces, count: random.next(below: 30))
            XCTAssertEqual(TextMatching.containsASCII(s, "plan"), reference(s, "plan"), s.debugDescription)
            XCTAssertEqual(TextMatching.containsASCII(s, "vedt"), reference(s, "vedt"), s.debugDescription)
            XCTAssertEqual(TextMatching.containsASCII(s, "avd"), reference(s, "avd"), s.debugDescription)
            XCTAssertEqual(TextMatching.containsASCII(s, "20"), reference(s, "20"), s.debugDescription)
        }
        let text = String(repeating: "Fagforbundet arbeider for heltid. ", count: 3)
        for cut in 0...text.utf8.count {
            let s = String(text.prefix(cut)) + "Godkjent" + String(text.dropFirst(cut))
            XCTAssertTrue(TextMatching.containsASCII(s, "godkj"), s)
        }
        XCTAssertFalse(TextMatching.containsASCII(text, "godkj"))
    }

    func testBadBytesAreRefusedClearly() {
        XCTAssertThrowsError(try PlanImporter().importBytes([], path: "x")) { XCTAssertEqual($0 as? ImportError, .empty) }
        XCTAssertThrowsError(try PlanImporter().importBytes([0x00, 0x01, 0x02, 0xFF], path: "x")) { XCTAssertEqual($0 as? ImportError, .binary) }
        XCTAssertThrowsError(try PlanImporter().importBytes(Array(" \n\u{00A0}\n".utf8), path: "x")) { XCTAssertEqual($0 as? ImportError, .noContent) }
        XCTAssertThrowsError(try PlanImporter().importBytes([0xFF, 0xFE, 0x41], path: "x")) {
            guard case .undecodable? = $0 as? ImportError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try PlanImporter().importBytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], path: "x.doc")) {
            XCTAssertTrue(($0 as? ImportError)?.errorDescription?.contains(".doc") ?? false)
        }
    }
}
