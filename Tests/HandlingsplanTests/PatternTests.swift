import Foundation
import XCTest
@testable import Handlingsplan

/// The vocabulary's patterns answer as ICU does, quick tests included.
final class PatternTests: XCTestCase {
    /// Every pattern of the data module.
    static var vocabulary: [String] {
        [PlanVocabulary.nationalGoalLabel, PlanVocabulary.localGoalLabel, PlanVocabulary.measureLabel, PlanVocabulary.proseGoalLabel,
         PlanVocabulary.inlineMeasureLabel, PlanVocabulary.additionLabel, PlanVocabulary.priorityListLabel, PlanVocabulary.contextHeading,
         PlanVocabulary.preamble, PlanVocabulary.committingSubject, PlanVocabulary.goalStatement, PlanVocabulary.explicitGoalPattern,
         PlanVocabulary.signature, PlanVocabulary.commitmentPattern, PlanVocabulary.descriptiveOpening, PlanVocabulary.nominalGoalOpening,
         PlanVocabulary.responsibilityProse]
            + PlanVocabulary.sectionHeadings + AreaData.areas.flatMap(\.headingPatterns)
    }

    func testQuickTestsAreReadOffThePatterns() {
        // Anchored patterns answer from the first two characters (either case).
        func key(_ c: Unicode.Scalar) -> UInt16 { SafeAlphabet.foldKey[Int(c.value)] }
        func refuses(_ regex: ScalarRegex, _ start: String) -> Bool {
            let s = Array(start.unicodeScalars)
            return regex.cannotStart(with: key(s[0]), then: s.count > 1 ? key(s[1]) : nil)
        }
        let national = ScalarRegex(PlanVocabulary.nationalGoalLabel)!   // ^(hovedmål|hovudmål|overordnede mål|…|nasjonale mål)\b
        for start in ["h", "ho", "HO", "Ov", "o", "nA", "N"] { XCTAssertFalse(refuses(national, start), start) }
        for start in ["t", "T", "a", "æ", "1", " ", "hx", "Ha", "ob", "nø"] { XCTAssertTrue(refuses(national, start), start) }
        XCTAssertFalse(refuses(ScalarRegex(#"\bheltid"#)!, "tx"), "not anchored")
        XCTAssertFalse(refuses(ScalarRegex(#"^\p{Lu}x"#)!, "qX"), "a class closed over case, then a literal in either case")
        XCTAssertTrue(refuses(ScalarRegex(#"^\p{Lu}x"#)!, "qy"))
        XCTAssertFalse(refuses(ScalarRegex(#"^a\b"#)!, "a-"), "a match may end after the first character")
        XCTAssertFalse(refuses(ScalarRegex(#"^(a|b)?c"#)!, "cz"), "the first character may be the second part's")
        // Texts every match contains: the longest run of literals, or one from each alternative of a group.
        XCTAssertEqual(Pattern(#"\bhei?ltid\b"#).requiredTexts, ["ltid"])
        XCTAssertEqual(Pattern(#"(egne ansatte|eigne tilsette)"#).requiredTexts, ["egne ansatte", "eigne tilsette"])
        XCTAssertEqual(Pattern(#"\bansvar(et)? (for [^.]{0,80})?(ligger|er|har)\b"#).requiredTexts, ["ansvar"])
        XCTAssertEqual(Pattern(#"^fag,?\s+kompetanse|Digital"#).requiredTexts, ["kompetanse", "digital"])
        XCTAssertEqual(Pattern(#"\bsine mål og tiltak\b"#).requiredTexts, ["sine mål og tiltak"])
        XCTAssertNil(Pattern(#"^\p{Lu}[\p{L}]{1,30}$|hilsen"#).requiredTexts, "one alternative requires no text")
        XCTAssertNil(Pattern(#"x?"#).requiredTexts)
    }

    /// Every line of the seeds, the dev set (if present) and the fixtures, against every pattern.
    func testPatternsAgreeWithICUOnRealLines() throws {
        var lines: [String] = ["", "Æ", "øvrige", "Å", "İstanbul", "ſum", "\u{212A}ommentar", "1. Hovedmål", " Tiltak", "«Tiltak»",
                               "STYRET I FAGFORBUNDET ÅS", "Mål om å ſikre heltid", "Med vennlig hilſen", "INNLEDNING"]
        var folders = [Paths.seeds, Paths.sourceFixtures.appendingPathComponent("generalization")]
        let devset = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/devset/plans")
        if FileManager.default.fileExists(atPath: devset.path) { folders.append(devset) }
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
                lines += text.split(separator: "\n").map { TextCleaning.clean(String($0)) }
            }
        }
        XCTAssertGreaterThan(lines.count, 1000)
        for source in Self.vocabulary {
            let pattern = Pattern(source)
            for line in lines where pattern.matches(line) != pattern.regexMatches(line) {
                XCTFail("\(source) on «\(line)»: \(pattern.matches(line)), ICU \(pattern.regexMatches(line))")
            }
        }
    }

    /// The word and year scans on scalars give what they give character by character, on texts
    /// of years, dashes, spaces, word characters, joiners, marks and CR LF joined at random.
    func testWordScanOnScalarsAsByCharacters() {
        let pieces = ["2024", "2025", "2031", "20", "12", "-", "–", "—", " ", "  ", "\u{A0}", "\u{2003}", "\u{200B}", "\u{200D}", "\u{301}",
                      "\r\n", "\n", "x", "_", "é", "ª", "²", "年", "Handlingsplan", "VEDTATT", "vedtatt", "Årsplan", "årsplan", "godkjent.", "/"]
        let words: WordScan.WordList = ["handlingsplan", "årsplan", "vedtatt", "godkjent"]
        var random = SplitMix(seed: 2024)
        var onScalars = 0
        for _ in 0..<20_000 {
            let text = random.text(of: pieces, count: random.next(below: 7) + 1)
            if WordScan.scalars(of: text) != nil { onScalars += 1 }
            let fast = WordScan.yearRange(text), slow = WordScan.yearRangeByCharacters(text)
            XCTAssertTrue(fast?.0 == slow?.0 && fast?.1 == slow?.1, text.debugDescription)
            XCTAssertEqual(WordScan.years(text), WordScan.yearsByCharacters(text), text.debugDescription)
            XCTAssertEqual(WordScan.containsWord(text, words), WordScan.containsWordByCharacters(text, words), text.debugDescription)
        }
        XCTAssertGreaterThan(onScalars, 5_000)
        XCTAssertTrue(WordScan.yearRange("Handlingsplan 2024\u{2003}–\u{A0}2025")! == (2024, 2025))
    }

    /// The last character compared on the bytes as the String compares it.
    func testEndsWithAsHasSuffix() {
        for text in ["", ".", ":", "a.", "a:", "a. ", "é.", "é:", "a.\u{301}", "\u{600}.", "x\u{600}:", "\u{200D}.", "...", "a\r\n:", "–.", "😀.", "Mål:"] {
            for ascii in [UInt8(ascii: "."), UInt8(ascii: ":")] {
                XCTAssertEqual(TextMatching.endsWith(text, ascii: ascii), text.hasSuffix(String(UnicodeScalar(ascii))), "\(text.debugDescription) \(ascii)")
            }
        }
    }

    /// The text after the first colon, on the bytes, is the standard library's: a mark after the
    /// colon (or a prepended character before it) makes it part of another character.
    func testTextAfterFirstAsCharacters() {
        let pieces = ["", "a", ":", "Mål", "\u{301}", " ", "\u{600}", "\u{200D}", "–", "😀", "\r\n", "é"]
        var random = SplitMix(seed: 45)
        for _ in 0..<3000 {
            let text = random.text(of: pieces, count: random.next(below: 6))
            let reference = text.firstIndex(of: ":").map { text[text.index(after: $0)...] }
            XCTAssertEqual(TextMatching.textAfterFirst(UInt8(ascii: ":"), in: text), reference, text.debugDescription)
        }
        XCTAssertEqual(TextMatching.textAfterFirst(UInt8(ascii: ":"), in: "Tiltak: Ha oversikt: alle"), " Ha oversikt: alle")
        XCTAssertNil(TextMatching.textAfterFirst(UInt8(ascii: ":"), in: "Tiltak"))
    }

    /// The specialised join gives the standard library's text for arrays, slices and substrings,
    /// with a mark or an empty part at a seam.
    func testJoinedAsTheStandardLibrary() {
        let pieces = ["", "a", "Mål", "e", "\u{301}", " ", "–", "😀", "\r", "\n"]
        var random = SplitMix(seed: 44)
        for _ in 0..<2000 {
            let parts = (0..<random.next(below: 5)).map { _ in random.text(of: pieces, count: random.next(below: 3)) }
            let separator = random.text(of: pieces, count: random.next(below: 3))
            XCTAssertEqual(TextMatching.joined(parts, separator: separator), parts.joined(separator: separator), parts.debugDescription)
            XCTAssertEqual(TextMatching.joined(parts.dropFirst(), separator: separator), parts.dropFirst().joined(separator: separator))
            let substrings = parts.map { $0.dropFirst() }
            XCTAssertEqual(TextMatching.joined(substrings, separator: separator), substrings.joined(separator: separator))
        }
    }

    /// The metadata's word and year scans, where the regexes with \b they replace would say the same.
    func testWordScanFindsWholeWordsAndYears() {
        XCTAssertTrue(WordScan.containsWord("Handlingsplan 2025", ["handlingsplan"]))
        XCTAssertTrue(WordScan.containsWord("VEDTATT på årsmøtet", ["vedtatt"]))
        XCTAssertTrue(WordScan.containsWord("Årsplan for 2025", ["årsplan"]))
        XCTAssertFalse(WordScan.containsWord("Handlingsplanen 2025", ["handlingsplan"]), "a longer word is another word")
        XCTAssertFalse(WordScan.containsWord("Forhandlingsplan", ["handlingsplan"]))
        // Latin-1 on scalars, other text by characters: the same answers.
        for (text, found) in [("ÅRSPLAN 2025", true), ("Årsplan_2025", false), ("Årsplan² 2025", false), ("«Årsplan»", true), ("Årsplan\r\n", true),
                              ("ÅRSPLAN – Ǻ", true), ("Årsplaner", false), ("Årsplan\u{301}", false)] {
            XCTAssertEqual(WordScan.containsWord(text, ["årsplan"]), found, text)
        }
        for text in ["", " ", "a", " a  b ", "Tiltak – verve", "a \u{301}b c", "a \u{200D}b c", "a\u{200C} b", "“x” • y…", "a\r\n b", "ÆØÅ  æøå ½",
                     "a –\u{301} b", "x \u{2060} y"] {
            XCTAssertEqual(TextMatching.spaceSeparatedCount(text), text.split(separator: " ").count, text.debugDescription)
        }
        for text in ["abcdef", "abc", "ab\r\ncd", "abc\u{301}\u{302}d", "æøåÆØÅé", "a\u{200D}b", "ab\u{301}", "abcd\u{301}", "⁂⁂⁂⁂⁂",
                     "a–b–c–d", "«x» “y” •", "x\u{200C}yz", "–\u{301}–x", "a\u{2060}b\u{200B}c", "x²⁴ y"] {
            for n in 0...6 { XCTAssertEqual(TextMatching.hasAtMost(text, n), text.count <= n, "\(text.debugDescription) \(n)") }
        }
        // Long texts, whose runs of sixteen bytes are counted at once, at every limit around their length.
        let longPieces = ["a", "æ", "ø", "Å", "é", " ", "–", "•", "x", "\u{301}", "\r\n", "\u{200D}", "1"]
        var generator = SplitMix(seed: 71)
        for _ in 0..<300 {
            let text = generator.text(of: longPieces, count: generator.next(below: 60) + 16)
            for n in max(0, text.count - 20)...(text.count + 2) {
                XCTAssertEqual(TextMatching.hasAtMost(text, n), text.count <= n, "\(text.debugDescription) \(n)")
            }
        }
        for text in ["", ":", "a: b", "Kurs: leiar: HTV", "a:\u{301} b", "a\u{301}: b", "æ: ø", "a \u{200D}: b", ":\r\n", "x:\u{20DD}", "no colon"] {
            XCTAssertEqual(TextMatching.lastIndex(of: ":", in: text), text.lastIndex(of: ":"), text.debugDescription)
        }
        // The word-parting symbols the byte path reads: no letters, numbers or joiners, each a character of its own.
        for v in UInt32(0x2000)...0x25FF where TextMatching.isWordSeparatorSymbol(v) {
            let symbol = Character(Unicode.Scalar(v)!)
            XCTAssertFalse(symbol.isLetter || symbol.isNumber, "U+\(String(v, radix: 16))")
            XCTAssertEqual("a\(symbol)b".count, 3, "U+\(String(v, radix: 16))")
            XCTAssertEqual("\(symbol)\(symbol)".count, 2, "U+\(String(v, radix: 16))")
        }
        // Words by bytes and by characters: the same, on texts made of letters, symbols, marks and joiners.
        let pieces = ["a", "Å", "ø", "ß", "ſ", "Ǆ", "½", "2", "-", " ", "–", "—", "•", "●", "○", "▪", "→", "…", "“", "”", "‘", "’",
                      "\u{301}", "\u{200D}", "\u{200C}", "\u{2060}", "\u{2070}", "ℓ", "Ⅳ", "❶", "\r\n", "İ", "e\u{301}", "x"]
        var random = SplitMix(seed: 2026)
        // Short texts, and long ones whose runs of sixteen bytes take the vector test.
        for (count, most) in [(5000, 8), (2000, 40)] {
            for _ in 0..<count {
                let text = random.text(of: pieces, count: random.next(below: most) + 1)
                XCTAssertEqual(TextMatching.words(text), TextMatching.wordsByCharacters(text), text.debugDescription)
                // The hash made byte by byte as the word is, a final hyphen taken off, is the word's.
                _ = TextMatching.forEachWordBytes(text) { word, hash in
                    XCTAssertEqual(hash, ByteWordTable<Bool>.hash(word), "\(String(decoding: word, as: UTF8.self)) in \(text.debugDescription)")
                }
            }
        }
        var words: [String] = []
        XCTAssertTrue(TextMatching.forEachWordBytes("ÆRE, Å-plan og ½ µ×2 ÿ--") { word, hash in
            XCTAssertEqual(hash, ByteWordTable<Bool>.hash(word))
            words.append(String(decoding: word, as: UTF8.self))
        })
        XCTAssertEqual(words, ["ære", "å-plan", "og", "½", "µ", "2", "ÿ-"])
        XCTAssertEqual(WordScan.years("Handlingsplan 2024–2025, rev. 12025 og 2026b"), [2024, 2025])
        XCTAssertEqual(WordScan.years("2007年高考（2006年4月—2007年3月）"), [2007, 2006, 2007], "ideographs are words of their own")
        XCTAssertTrue(WordScan.yearRange("Handlingsplan 2024–2025")! == (2024, 2025))
        XCTAssertTrue(WordScan.yearRange("Plan 2024 - 2026 for avd.")! == (2024, 2026))
        XCTAssertTrue(WordScan.yearRange("i 2023, og 2024-2025")! == (2024, 2025))
        XCTAssertNil(WordScan.yearRange("2024--2025"))
        XCTAssertNil(WordScan.yearRange("2024 og 2025"))
    }

    /// The list-marker regexes run only on lines whose first characters allow a match; the
    /// markers found are the regexes' own, CJK numerals (which `\d` takes) included.
    /// The area headings' group test answers as trying every pattern does.
    func testAreaHeadingGroupFilterKeepsTheAnswers() throws {
        XCTAssertNotNil(Labels.areaHeadingFilter, "every heading pattern names a text it needs")
        var lines = ["Heltid", "HELTIDSKULTUR", "Likelønn og heltid", "Offentlige tjenester", "Eigenregi", "Egne ansatte", "Organisasjon",
                     "Tiltak", "Heiltid og likeløn", "Kampen mot økte forskjeller", "Privatisering", "Ἑλλάς heltid", "heltid\u{301}",
                     "Heltid og egne ansatte", "Egenregi, heltid", "Likelønn", "heltidsstillinger i egenregi"]
        for name in Paths.seedNames {
            lines += String(decoding: try Data(contentsOf: Paths.seeds.appendingPathComponent(name + ".txt")), as: UTF8.self)
                .split(separator: "\n").map { TextCleaning.clean(String($0)) }
        }
        var named = 0
        for line in lines {
            let expected = TextMatching.hasAtMost(line, 80) && TextMatching.spaceSeparatedCount(line) <= 12 ? Labels.area(namedBy: MatchText(line)) : nil
            XCTAssertEqual(Labels.area(named: line), expected, line)
            if expected != nil { named += 1 }
        }
        XCTAssertGreaterThan(named, 10)
    }

    /// The quick path (no marker, or a bullet, read off the first scalars) gives the character path's answer.
    func testListMarkerQuickRejectAgreesWithCharacters() throws {
        var lines: [String] = []
        for name in Paths.seedNames {
            lines += String(decoding: try Data(contentsOf: Paths.seeds.appendingPathComponent(name + ".txt")), as: UTF8.self)
                .split(separator: "\n").map { TextCleaning.clean(String($0)) }
        }
        let starts = ["-", "*", "·", "•", "●", "○", "–", "1", "12.", "½", "²", "a)", "b.", "æ.", "ø)", "å.", "A)", "É", "é)", "x", "Tiltak", "\u{301}", "-\u{301}",
                      "a\u{301})", "1\u{20DD}", "\r\n", "", " ", "\u{F0B7}", "ß)", "µ."]
        for start in starts { for rest in ["", " ", " Verve", ")", ". Verve", "\u{301} x"] { lines.append(start + rest) } }
        for line in lines {
            let quick = ListMarker.split(line), full = ListMarker.splitByCharacters(line)
            XCTAssertEqual(quick.marker, full.marker, line.debugDescription)
            XCTAssertEqual(quick.text, full.text, line.debugDescription)
        }
    }

    func testListMarkerGuardsKeepTheRegexAnswers() {
        for line in ["一 Innledning", "二、Mål", "① Første", "٣ ثلاثة", "12. Tiltak", "1.2 Verving", "2025, og mer", "a) Kreve", "æ. Bra", "i. e. noe",
                     "A) Stor", "- Kulepunkt", "Tekst uten merke", "é) x"] {
            let numbered = line.firstMatch(of: Regexes.numberedMarker).map { String($0.1) }
            let lettered = line.firstMatch(of: Regexes.letteredMarker).map { String($0.1) }
            let marker = ListMarker.split(line).marker
            switch marker {
            case let .number(n)?: XCTAssertEqual(n, numbered, line)
            case let .letter(l)?: XCTAssertNil(numbered, line); XCTAssertEqual(l, lettered, line)
            case .bullet?: XCTAssertTrue(line.hasPrefix("-"), line)
            case nil: XCTAssertNil(numbered, line); XCTAssertNil(lettered, line)
            }
        }
    }
}
