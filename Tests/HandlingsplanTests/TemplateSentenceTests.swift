import Foundation
import XCTest
@testable import Handlingsplan

/// `Labels.template` lower-cases a Latin-1 start scalar by scalar; it gives what folding the
/// start with String.lowercased() gives (`templateByFolding`, used for every other text).
final class TemplateSentenceTests: XCTestCase {
    private func reference(_ text: String) -> String? {
        Labels.mayBeTemplate(text) ? Labels.templateByFolding(TextCleaning.clean(text))?.prefix : nil
    }

    /// The quick path relies on the sentences being Latin-1, lower case and one scalar a character.
    func testTemplateSentencesAreLowerCaseLatin1() {
        for sentence in PlanVocabulary.templateSentences {
            for scalar in sentence.prefix.unicodeScalars {
                XCTAssertLessThan(scalar.value, 0x100, sentence.prefix)
                XCTAssertEqual(Latin1.lowercase(scalar.value), scalar.value, sentence.prefix)
            }
        }
    }

    /// Whether a text may start a template: the byte path (an ASCII start) and the character path agree.
    func testFirstCharacterTestOnBytesAgreesWithCharacters() {
        var texts: [String] = []
        for b in UInt8(0)..<0x80 {
            let c = String(UnicodeScalar(b))
            for rest in ["", "x", " Dette", "\u{301}", "\u{200D}a", "\r\n", "æ"] { texts += [c + rest, " " + c + rest, "\u{200B}" + c + rest] }
        }
        texts += ["", " ", "\t\n", "\u{A0}Fyll", "Élan", "\u{FEFF}beskriv", "\r\nSkriv"]
        for text in texts {
            XCTAssertEqual(Labels.mayBeTemplate(text), Labels.mayBeTemplateByCharacters(text), text.debugDescription)
        }
    }

    func testQuickPathAgreesWithFolding() throws {
        var texts: [String] = []
        // Every line of the seeds and the generalization fixtures.
        for folder in [Paths.seeds, Paths.sourceFixtures.appendingPathComponent("generalization")] {
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let name as String in walker where name.hasSuffix(".txt") {
                texts += String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
                    .split(separator: "\n").map(String.init)
            }
        }
        // Each sentence in the ways a plan writes it, and near misses.
        for (prefix, _) in PlanVocabulary.templateSentences {
            let upper = prefix.uppercased(), capital = prefix.prefix(1).uppercased() + prefix.dropFirst()
            texts += [prefix, upper, capital, capital + ".", capital + " for 2025.", "  " + capital, "\u{A0}" + capital,
                      "\u{200B}" + capital, String(prefix.dropLast()), prefix + "\u{301}", prefix.replacingOccurrences(of: "å", with: "a\u{30A}"),
                      prefix.replacingOccurrences(of: " ", with: "  "), prefix.replacingOccurrences(of: "i", with: "İ"),
                      prefix.replacingOccurrences(of: "e", with: "é"), capital + " Ł", "Ł" + prefix]
        }
        var matched = 0
        for text in texts {
            XCTAssertEqual(Labels.template(text)?.prefix, reference(text), text)
            if reference(text) != nil { matched += 1 }
        }
        XCTAssertGreaterThan(matched, PlanVocabulary.templateSentences.count * 5, "the samples reach the matching path")
    }
}
