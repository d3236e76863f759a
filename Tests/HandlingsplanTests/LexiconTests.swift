import Foundation
import XCTest
@testable import Handlingsplan

/// The content lexicon as data: its format, its errors, and extending it with --lexicon.
final class LexiconTests: XCTestCase {
    func testTheBuiltInLexiconCoversBothWrittenStandardsAndEveryArea() {
        let entries = AreaLexicon.standard.entries
        for area in 0...6 { XCTAssertTrue(entries.contains { $0.area == area && $0.weight > 0 }, "area \(area)") }
        let terms = Set(entries.map(\.term))
        for pair in [("likelønn", "likeløn"), ("egenregi", "eigenregi"), ("nyhetsbrev", "nyheitsbrev"), ("regnskap", "rekneskap")] {
            XCTAssertTrue(terms.contains(pair.0) && terms.contains(pair.1), "\(pair)")
        }
    }

    func testParseErrorsNameTheFileAndLine() {
        XCTAssertThrowsError(try AreaLexicon(parsing: "# ok\n3 2 verv\n9 1 feil\n", source: "fylket.tsv")) { error in
            XCTAssertEqual((error as? LexiconError)?.description, "fylket.tsv:3: the area must be 1-6, or 0 for no area; found «9»")
        }
        XCTAssertThrowsError(try AreaLexicon(parsing: "3 mye verv\n", source: "f.tsv")) { error in
            XCTAssertEqual((error as? LexiconError)?.line, 1)
        }
        XCTAssertThrowsError(try AreaLexicon(parsing: "3 2\n", source: "f.tsv"))
        XCTAssertNoThrow(try AreaLexicon(parsing: "4\t1,5\tfagdag\n\n# comment\n0 3 hyttetur\n", source: "f.tsv"), "TABs or spaces, decimal comma")
        // A term of several pieces is joined by one space, whatever separated them; one of one piece is as written.
        let phrases = try? AreaLexicon(parsing: "1 2.5 hele \t  stilling\n2\t1\tLokale  Lønnsforhandlinger  i\tår\n3 2 Verv\n", source: "p.tsv")
        XCTAssertEqual(phrases?.entries.map(\.term), ["hele stilling", "lokale lønnsforhandlinger i år", "verv"])
        // A file saved on Windows (CRLF) is read line by line, as any other.
        let windows = try? AreaLexicon(parsing: "3\t2\tstandverving\r\n# kommentar\r\n6\t1,5\tteams-kurs\r\n", source: "w.tsv")
        XCTAssertEqual(windows?.entries.map(\.term), ["standverving", "teams-kurs"])
        XCTAssertEqual(windows?.entries.map(\.weight), [2, 1.5])
        XCTAssertThrowsError(try AreaLexicon(parsing: "3 2 verv\r\n9 1 feil\r\n", source: "w.tsv")) { error in
            XCTAssertEqual((error as? LexiconError)?.line, 2)
        }
    }

    /// Weights are read as Double(_:) reads them (with a comma for a decimal point), whether
    /// the quick decimal path or Double(_:) itself reads them, and areas as Int(_:).
    func testWeightsAndAreasReadAsSwiftReadsNumbers() throws {
        // Past 15 digits the quick path hands over to Double(_:); 19 or more digits once overflowed Int (a trap).
        let weights = ["0", "1", "10", "0.5", "1,5", "2.25", ".5", "5.", "0.1", "0.3", "3.3333333333333",
                       "9.99999999999999", "007", "1e0", "+2", "0x1", " 1", "1234567890123456", "99999999999999999999",
                       "1" + String(repeating: "0", count: 40), "0." + String(repeating: "1", count: 30),
                       String(repeating: "0", count: 30) + "7", "1e400", "nan", "inf"]
        for w in weights {
            let line = "3\t\(w)\tverv\n"
            let expected = Double(w.replacingOccurrences(of: ",", with: "."))
            if let expected, expected >= 0, expected <= 10 {
                let lexicon = try AreaLexicon(parsing: line, source: "w.tsv")
                XCTAssertEqual(lexicon.entries.first?.weight, expected, w)
                XCTAssertEqual(lexicon.entries.first?.weight.bitPattern, expected.bitPattern, w)
            } else if w != " 1" {
                XCTAssertThrowsError(try AreaLexicon(parsing: line, source: "w.tsv"), w)
            }
        }
        for (area, ok) in [("0", true), ("6", true), ("7", false), ("x", false), ("06", true), ("+3", true), ("-1", false)] {
            let parsed = try? AreaLexicon(parsing: "\(area) 1 verv\n", source: "a.tsv")
            XCTAssertEqual(parsed != nil, ok, area)
            if ok { XCTAssertEqual(parsed?.entries.first?.area, Int(area), area) }
        }
    }

    /// The matcher's quick test for a one-word term agrees with `TextMatching.words`: every
    /// text it passes is one word of itself.
    func testOneWordQuickTestAgreesWithWords() {
        let samples = AreaLexicon.standard.entries.map { $0.term.hasPrefix("=") ? String($0.term.dropFirst()) : $0.term }
            + ["verving", "likeløn", "µ-test", "ª", "½del", "abc123", "Stor", "e-post", "a b", "", "ß", "ÿ", "æøå", "naïve", "x÷y", "a\u{301}"]
        var passed = 0
        for s in samples where LexiconMatcher.isOneLowercaseWord(s) {
            XCTAssertEqual(TextMatching.words(s), [s], s)
            passed += 1
        }
        XCTAssertGreaterThan(passed, samples.count / 2, "most terms are plain words")
        for s in ["Stor", "e-post", "a b", "", "x÷y", "a\u{301}"] { XCTAssertFalse(LexiconMatcher.isOneLowercaseWord(s), s) }
    }

    /// An entry with a term the built-in lexicon has replaces it; a new term is added.
    func testMergingAddsAndOverrides() throws {
        let county = try AreaLexicon(parsing: "0 5 amfi\n3 4 =stand\n", source: "fylket.tsv")
        let merged = AreaLexicon.standard.merged(with: county)
        XCTAssertEqual(merged.entries.filter { $0.term == "=stand" }.map(\.weight), [4])
        let before = AreaMapper().mapWords("Stand på Amfi")
        let after = AreaMapper(lexicon: merged).mapWords("Stand på Amfi")
        XCTAssertEqual(before.area, 3)
        XCTAssertNil(after.area, "amfi (no area, 5) now outweighs stand (3, 4)")
    }

    /// The longest stem decides, phrases take their words, compounds are split once.
    func testMatching() {
        let lexicon = try! AreaLexicon(parsing: "1 2 pensjon\n0 0 pensjonist\n3 3 verv\n3 1 medlem\n5 3 før budsjettet\n0 2 budsjett\n", source: "t")
        let mapper = AreaMapper(lexicon: lexicon)
        XCTAssertNil(mapper.mapWords("pensjonistane").area, "a weight-0 stop keeps the shorter stem out")
        XCTAssertEqual(mapper.mapWords("medlemsverving").area, 3)
        XCTAssertEqual(mapper.mapWords("medlemsverving").mapping.evidence, "medlemsverving (medlem), medlemsverving (verv)")
        XCTAssertEqual(mapper.mapWords("møte før budsjettet").area, 5, "the phrase takes «budsjettet» for itself")
        XCTAssertNil(mapper.mapWords("budsjett for styret").area)
    }

    /// Through the built tool: --lexicon changes the mapping; a bad file is a usage error naming its line.
    func testLexiconOptionOfTheTool() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("fylket.tsv")
        try "# fylkets egne ord\n0 5 amfi\n".write(to: file, atomically: true, encoding: .utf8)
        let plain = try runTool(["map", "Stand på Amfi"])
        XCTAssertEqual(plain.status, 0)
        XCTAssertTrue(String(decoding: plain.stdout, as: UTF8.self).hasPrefix("3\t"))
        let extended = try runTool(["map", "--lexicon", file.path, "Stand på Amfi"])
        XCTAssertTrue(String(decoding: extended.stdout, as: UTF8.self).hasPrefix("-\t"), String(decoding: extended.stdout, as: UTF8.self))
        for weight in ["fem", "12345678901234567890", String(repeating: "9", count: 400)] {
            try "# fylkets egne ord\n0 \(weight) amfi\n".write(to: file, atomically: true, encoding: .utf8)
            let bad = try runTool(["import", "--lexicon", file.path, Paths.seed("000").path])
            XCTAssertEqual(bad.status, 2, "a bad weight is a usage error, never a trap: \(weight.prefix(30))")
            XCTAssertTrue(bad.stderr.contains("fylket.tsv:2: the weight must be a number"), bad.stderr)
        }
        let printed = try runTool(["map", "--print-lexicon"])
        XCTAssertEqual(try AreaLexicon(parsing: String(decoding: printed.stdout, as: UTF8.self), source: "printed").entries,
                       AreaLexicon.standard.entries, "the printed lexicon reads back as the same lexicon")
    }
}

/// A word is matched on its scalars when every one is below U+0300, else by characters; a
/// lexicon with a term that has a combining mark is matched by characters throughout. Both
/// ways find the same stems for the same words.
final class LexiconMatcherPathTests: XCTestCase {
    func testScalarAndCharacterPathsFindTheSameStems() {
        let byScalars = AreaLexicon.standard.matcher
        let byCharacters = AreaLexicon.standard.merged(with: AreaLexicon(entries: [.init(area: 0, weight: 1, term: "zz\u{301}")])).matcher
        let texts = ["Kurs i medlemsverving og heltidskultur", "nettbrettkurs for tillitsvalgte", "likelønn og pensjonistforening",
                     "oversikt over lønnsforhandlinger", "Årsmøte, styremøte og medlemsmøte", "=kurs",
                     // Scalars of two bytes above Latin-1 (read as scalars) and a combining mark (by characters).
                     "Medlemsmøte i Łódź om heltidskultur", "tillitsvalgte\u{301}kurs og verving", "Σ-kurs for medlemmer"]
        var found = 0
        for text in texts {
            let words = TextMatching.words(text)
            let expected = byScalars.hits(in: words).map { "\($0.term.text)@\($0.word)" }
            XCTAssertEqual(byCharacters.hits(in: words).map { "\($0.term.text)@\($0.word)" }, expected, text)
            found += expected.count
        }
        XCTAssertGreaterThan(found, 10)
    }

    /// The national texts' shared words counted on the bytes as on Strings, and the words
    /// themselves as the character-by-character split gives them: on every national text, on
    /// the lines of the seeds, and on texts that repeat words, change case or have function
    /// words and short words.
    func testSharedWordsOnBytesAsOnStrings() throws {
        var texts = AreaData.nationalTexts.map(\.text) + [
            "Styrke styrke STYRKE heltid og heltid", "og i på en et", "Økt økt ØKT lønn – for alle", "", "x y z",
        ]
        for url in try FileManager.default.contentsOfDirectory(at: Paths.seeds, includingPropertiesForKeys: nil) {
            texts += String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map(String.init)
        }
        var compared = 0
        for text in texts {
            // wordSet (which reads the bytes through forEachComparedWord, as the national texts
            // do) against the words split character by character and filtered as Strings.
            let reference = Set(TextMatching.wordsByCharacters(text).filter {
                $0.count >= TextMatching.minimumComparedLength && !TextMatching.stopWords.contains($0)
            })
            XCTAssertEqual(TextMatching.wordSet(text), reference, text)
            guard let onBytes = NationalTexts.sharedWordsOnBytes(text) else { continue }
            let onStrings = NationalTexts.sharedWords(text)
            XCTAssertEqual(onBytes.distinct, onStrings.distinct, text)
            XCTAssertEqual(onBytes.shared, onStrings.shared, text)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 500)
        // Each national text's words, counted on its bytes, are the words the Strings count.
        for (i, national) in AreaData.nationalTexts.enumerated() {
            XCTAssertEqual(NationalTexts.byBytes.distinct[i], TextMatching.wordSet(national.text).count, national.text)
        }
        // A national text against itself: all its words shared.
        let first = AreaData.nationalTexts[0].text
        XCTAssertEqual(NationalTexts.bestMatch(first)?.score, 1)
    }
}
