import Foundation
import XCTest
@testable import Handlingsplan

/// `ScalarRegex` gives ICU's answer (NSRegularExpression, case-insensitive) for every text of
/// `SafeAlphabet`: set by set and character by character over the whole alphabet, word
/// boundaries between every two characters, and every vocabulary pattern on texts made from
/// its own words and odd characters.
final class ScalarRegexTests: XCTestCase {
    private let alphabet: [Unicode.Scalar] = (0..<SafeAlphabet.count).map { Unicode.Scalar(SafeAlphabet.scalar($0))! }
        .filter { SafeAlphabet.index($0.value) != nil }

    private func icu(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    private func icuMatches(_ regex: NSRegularExpression, _ s: String) -> Bool {
        regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    private func engineMatches(_ regex: ScalarRegex, _ s: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        guard let keys = SafeAlphabet.foldKeys(s) else { XCTFail("«\(s)» is outside the alphabet", file: file, line: line); return false }
        return regex.matches(keys)
    }

    func testEveryVocabularyPatternIsReadWithoutICU() {
        for source in PatternTests.vocabulary {
            XCTAssertTrue(Pattern(source).hasScalarRegex, source)
        }
        // Syntax it does not know is left to ICU, never misread.
        for unknown in [#"(?=a)b"#, #"(a)\1"#, #"(?i)a"#, #"[[a-z]&&[b]]"#, #"a{2,1}"#, #"a++"#, #"\p{Greek}"#, #"\x{41}"#, #"ſ"#, #"a)"#, #"(a"#, #"[a"#] {
            XCTAssertNil(ScalarRegex(unknown), unknown)
        }
        // A text with a character outside the alphabet is left to ICU.
        let pattern = Pattern(#"^sum$"#)
        XCTAssertNil(pattern.scalarMatches("ſum"))
        XCTAssertNil(pattern.scalarMatches("Straße"))
        XCTAssertEqual(pattern.scalarMatches("SUM"), true)
        XCTAssertTrue(pattern.matches("ſum"), "ICU folds ſ onto s")
    }

    /// Every set and escape the vocabulary writes, and the ones beside them, on every character.
    func testSetsAgreeWithICUOnEveryCharacter() throws {
        let written = try NSRegularExpression(pattern: #"\[(\\.|[^\]\\])*\]|\\[pP]\{\w+\}|\\[sSdDwW]"#)
        var atoms: Set<String> = [".", #"\s"#, #"\S"#, #"\d"#, #"\D"#, #"\w"#, #"\W"#, #"\p{L}"#, #"\p{Lu}"#, #"\p{Ll}"#, #"\P{L}"#, #"\P{Lu}"#,
                                  #"[^\p{Lu}]"#, #"[a-zæøå]"#, #"[^a-z]"#, #"[\p{L}\- ]"#, #"[^:]"#, #"[-–]"#, #"[^\s]"#]
        for source in PatternTests.vocabulary {
            let ns = source as NSString
            for m in written.matches(in: source, range: NSRange(location: 0, length: ns.length)) { atoms.insert(ns.substring(with: m.range)) }
        }
        XCTAssertGreaterThan(atoms.count, 25)
        for atom in atoms.sorted() {
            let pattern = #"^(?:"# + atom + #")$"#
            guard let engine = ScalarRegex(pattern) else { XCTFail("not read: \(atom)"); continue }
            let reference = icu(pattern)
            for c in alphabet {
                let s = String(Character(c))
                XCTAssertEqual(engineMatches(engine, s), icuMatches(reference, s), "\(atom) on U+\(String(c.value, radix: 16))")
            }
        }
    }

    /// Each character as a literal against each character: ICU's case-insensitive equality.
    func testLiteralsAgreeWithICUOnEveryPair() {
        var mismatches: [String] = []
        for p in alphabet {
            let escaped = p.isASCII && !p.properties.isAlphabetic && !("0"..."9").contains(p) && p.value > 0x20 ? "\\" + String(p) : String(p)
            guard let engine = ScalarRegex("^" + escaped + "$") else { mismatches.append("not read: U+\(String(p.value, radix: 16))"); continue }
            let reference = icu(String(format: "^\\x{%X}$", p.value))
            for c in alphabet where c.properties.isCased || p.properties.isCased || c == p {
                let s = String(Character(c))
                if engineMatches(engine, s) != icuMatches(reference, s) { mismatches.append("U+\(String(p.value, radix: 16)) on U+\(String(c.value, radix: 16))") }
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    /// `\b`, `\B` and `$` between every two characters, and `\b` looking back past format characters.
    func testAnchorsAgreeWithICUOnEveryPair() {
        let anchors = [#"^[\s\S]\b"#, #"^[\s\S]\B"#, #"^[\s\S]$"#, #"\b[\s\S]$"#]
        let engines = anchors.map { ScalarRegex($0)! }
        let references = anchors.map(icu)
        var mismatches: [String] = []
        let others = alphabet
        for a in alphabet {
            for b in others {
                let s = String(String.UnicodeScalarView([a, b]))
                for (k, engine) in engines.enumerated() where engineMatches(engine, s) != icuMatches(references[k], s) {
                    mismatches.append("\(anchors[k]) on U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16))")
                }
            }
        }
        for a in ["a", " ", "1"] as [Unicode.Scalar] {
            for t in ["\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}"] as [Unicode.Scalar] {
                for b in ["b", " ", "\u{AD}"] as [Unicode.Scalar] {
                    let s = String(String.UnicodeScalarView([a, t, b]))
                    for pattern in [#"^[\s\S]{2}\b"#, #"^[\s\S]\b"#, #"\b[\s\S]$"#, #"\B"#] where engineMatches(ScalarRegex(pattern)!, s) != icuMatches(icu(pattern), s) {
                        mismatches.append("\(pattern) on \(s.unicodeScalars.map { String($0.value, radix: 16) })")
                    }
                }
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    /// The quick test of required texts finds a needle anywhere, the last character too, and
    /// a needle of one character before any other; it finds none that is not there.
    /// A text's fold keys, read off its UTF-8, are those of its scalars one by one.
    func testFoldKeysAsScalarByScalar() {
        let pieces = ["a", "Z", "Mål", "HELTID og LIKELØNN ", "@[`{", "0123456789", " ", "\t", "\n", "ÆØÅ", "é", "ß", "–", "\u{2060}", "\u{2070}", "ſ", "😀", "\u{301}", "\u{7F}"]
        var random = SplitMix(seed: 46)
        for _ in 0..<3000 {
            let text = random.text(of: pieces, count: random.next(below: 12))
            var reference: [UInt16]? = []
            for scalar in text.unicodeScalars {
                guard let k = SafeAlphabet.index(scalar.value) else { reference = nil; break }
                reference?.append(SafeAlphabet.foldKey[Int(k)])
            }
            XCTAssertEqual(SafeAlphabet.foldKeys(text), reference, text.debugDescription)
        }
    }

    /// The memo of prepared texts gives each text its own preparation, whatever came before it.
    func testMatchTextMemoGivesEachTextItsOwn() {
        let memo = MatchTextMemo()
        let pool = ["Hovedmål", "Tiltak:", "Styret", "Heltid", "", "Mål", String("xMål".dropFirst())]
        var random = SplitMix(seed: 47)
        var reused = 0
        for _ in 0..<500 {
            let text = pool[random.next(below: pool.count)]
            let again = memo(text) === memo(text)
            let prepared = memo(text)
            XCTAssertEqual(prepared.text, text)
            XCTAssertEqual(prepared.keys, SafeAlphabet.foldKeys(text), text)
            XCTAssertEqual(prepared.firstKey, MatchText(text).firstKey, text)
            if again { reused += 1 }
        }
        XCTAssertEqual(reused, 500, "a text asked about twice in a row is prepared once")
    }

    func testRequiredTextsAreFoundWherever() {
        func keys(_ s: String) -> [UInt16] { SafeAlphabet.foldKeys(s)! }
        let required = RequiredTexts([keys("har"), keys(":"), keys("mål")])
        for text in ["har", "Vi har", "xhar", "Mål", "ingen mål", "a:", ":", "x: y", "MÅL:"] {
            XCTAssertTrue(required.occur(in: keys(text)), text)
        }
        for text in ["", "ha", "hr", "må", "Vi hadde ikke noe", "ma l", "hva"] {
            XCTAssertFalse(required.occur(in: keys(text)), text)
        }
        // A group's needles by the pattern they are one of: every pattern with a needle in the text.
        let group = RequiredTexts([keys("har"), keys("mål"), keys(":"), keys("hva")], owners: [0, 1, 1, 2])
        for (text, owners) in [("", 0), ("Vi har", 0b001), ("Mål: hva", 0b110), ("x: y", 0b010), ("hva har", 0b101), ("harmål:", 0b011), ("ha", 0)] {
            XCTAssertEqual(group.owners(in: keys(text)), UInt64(owners), text)
            XCTAssertEqual(group.occur(in: keys(text)), owners != 0, text)
        }
    }

    /// Every vocabulary pattern on texts built from its own words, cases, spaces, digits and
    /// punctuation, cut and joined at random (a fixed seed: the same texts every run).
    func testVocabularyAgreesWithICUOnGeneratedTexts() throws {
        var random = SplitMix(seed: 20261123)
        let words = try NSRegularExpression(pattern: #"[\p{L}]+"#)
        let extras = [" ", "  ", "\u{A0}", ":", ".", ",", "-", "–", "1", "12", "2024", "\n", "\t", "Å", "ø", "é", "\u{AD}", "\u{200B}", "’", "x", "Fagforbundet", "Oslo"]
        var checked = 0
        for source in PatternTests.vocabulary {
            let ns = source as NSString
            let own = words.matches(in: source, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
            let pieces = own + own.map { $0.uppercased() } + extras
            let engine = Pattern(source)
            let reference = icu(source)
            for _ in 0..<300 {
                var s = random.text(of: pieces, count: random.next(below: 7) + 1)
                if random.next(below: 3) == 0, s.count > 2 { s.removeFirst(random.next(below: 2) + 1) }
                // The whole path a plan's lines take (the first two characters' quick test first)
                // gives ICU's answer on every text, and the engine's own on those it reads.
                let whole = engine.matches(s)
                if whole != icuMatches(reference, s) { XCTFail("\(source) on «\(s.debugDescription)»: \(whole), ICU \(!whole)") }
                guard let answer = engine.scalarMatches(s) else { continue }
                checked += 1
                XCTAssertEqual(answer, whole, "\(source) on «\(s.debugDescription)»")
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }
}

/// A small seeded generator (SplitMix64): the generated texts are the same on every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }

    /// `count` of `pieces`, each picked at random, joined: a generated text.
    mutating func text(of pieces: [String], count: Int) -> String {
        var s = ""
        for _ in 0..<count { s += pieces[next(below: pieces.count)] }
        return s
    }
}
