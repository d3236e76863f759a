/// List markers typed as text ("- ", "● ", "○ ", "1. ", "1.1 ", "1.Behandle", "a) "),
/// as running-text exports and hand-typed Word paragraphs have them. The glyphs here are
/// those every writer uses; a document's own (a symbol font's stand-in letter, a checkbox,
/// an arrow) are found from what it repeats: `MarkerInventory`.
enum ListMarker: Equatable {
    case bullet(level: Int)
    case number(String)
    /// "a) ", "b) ", "c. ": points under a numbered goal (measures in an outline).
    case letter(String)

    static let bullets: [Character: Int] = ["-": 1, "●": 1, "•": 1, "·": 1, "*": 1, "–": 1, "▪": 1, "○": 2, "◦": 2, "\u{F0B7}": 1,
                                            "→": 1, "➢": 1, "➤": 1, "►": 1]
    // "1. ", "1.1 ", "1.1. ", "2)", "1.Behandle", "a) Kreve …" and "a. Kreve …": `LineScan`.
    private static let letters = Set("abcdefghijklmnopqrstuvwxyzæøå")

    private static func startsWithMonth(_ text: String) -> Bool {
        guard let first = TextMatching.words(text).first else { return false }
        return LineScan.monthNames.contains(first) || LineScan.monthNames.contains { first.hasPrefix($0 + "-") }
    }

    /// "1 000 kroner", "12 500 medlemmer": a number written with a space between its thousands,
    /// not a list's "1" before "000 kroner".
    private static func isThousands(_ s: String, _ number: String) -> Bool {
        guard number.count <= 3, number.allSatisfy(\.isNumber) else { return false }
        let after = s.dropFirst(number.count)
        guard after.first == " " else { return false }
        let group = after.dropFirst().prefix { $0.isNumber }
        return group.count == 3 && after.dropFirst(4).first.map { !$0.isNumber } ?? true
    }

    /// The level a typed marker puts its item at: "3" is 1, "3.1" is 2; a letter
    /// point stands under the numbered goal before it.
    var level: Int {
        switch self {
        case let .bullet(level): return level
        case let .number(n): return n.split(separator: ".").count
        case .letter: return 3
        }
    }

    /// The marker a clean line starts with, and the text after it.
    static func split(_ s: String) -> (marker: ListMarker?, text: String) {
        splitByScalars(s) ?? splitByCharacters(s)
    }

    /// `split` read off the first two scalars where they decide it, else nil: a scalar
    /// followed by one below U+0300 is a character of its own, and hashing Characters for the
    /// table cost more than the rest of the line. Answers a line that starts with a character
    /// no marker starts with (a capital, mostly), a letter not followed by ")" or ".", and a
    /// bullet; numbers and letter points go on to `splitByCharacters`.
    private static func splitByScalars(_ s: String) -> (marker: ListMarker?, text: String)? {
        var scalars = s.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return nil }
        let second = scalars.next()?.value ?? 0
        guard second < 0x300 else { return nil }
        if let bullet = bulletScalars.first(where: { $0.scalar == first.value }) {
            // The text after the bullet: from the second scalar on.
            guard second != 0 else { return (nil, s) }
            return (.bullet(level: bullet.level), TextCleaning.clean(String(s.unicodeScalars.dropFirst())))
        }
        let v = first.value
        guard v < 0x100, !Latin1.isNumber(v) else { return nil }
        // The letters of "a) " and "a. " points (a–z, æ, ø, å): a marker only before ")" or "."
        // (a line in lower case, the rest of a sentence, is answered here).
        if (0x61...0x7A).contains(v) || v == 0xE6 || v == 0xF8 || v == 0xE5 { return second != 0x29 && second != 0x2E ? (nil, s) : nil }
        return (nil, s)
    }

    /// The bullets of one scalar each, by scalar.
    private static let bulletScalars: [(scalar: UInt32, level: Int)] = bullets.compactMap { character, level in
        character.unicodeScalars.count == 1 ? (character.unicodeScalars.first!.value, level) : nil
    }

    /// `split` for any line, character by character.
    static func splitByCharacters(_ s: String) -> (marker: ListMarker?, text: String) {
        if let first = s.first, let level = bullets[first], !s.dropFirst().isEmpty {
            return (.bullet(level: level), TextCleaning.clean(String(s.dropFirst())))
        }
        // Each regex only where its first characters allow a match: most lines start with neither.
        // "1. mai-tog …", "8. mars": a date, not a number of a list.
        if s.first?.isNumber == true, let m = LineScan.numberedMarker(s), !startsWithMonth(m.rest), !isThousands(s, m.number) {
            return (.number(m.number), m.rest)
        }
        if let first = s.first, letters.contains(first), s.dropFirst().first == ")" || s.dropFirst().first == ".",
           let m = LineScan.letteredMarker(s) {
            return (.letter(m.letter), m.rest)
        }
        return (nil, s)
    }
}

/// The list markers one document uses, found from what starts its lines or paragraphs: a
/// short token that starts two or more of them the same way and is followed by a space or a
/// TAB is a marker, whatever glyph it is (a symbol font's bullet exported as "§", "Ø", "ü" or
/// a private-use character, a checkbox, an arrow, "*"). A letter counts only where a TAB
/// follows it at least once, or where it is no word of one letter and the text after it
/// starts in upper case (Word's "o" sub-bullets). A glyph alone on a line (pdftotext puts a
/// bullet apart from its text) counts too.
struct MarkerInventory: Sendable {
    /// The glyphs (one character each) that mark items in this document, beyond `ListMarker.bullets`.
    private(set) var glyphs: Set<Character> = []
    /// Codes that number a plan's items: "M1", "M2" for goals, "T1.1", "T1.2" for measures; the
    /// letters they start with, where two lines or more start with such a code.
    private(set) var codePrefixes: Set<String> = []

    /// "M1 ", "T1.2\t", "MÅL 3:": one to three capitals, a number of one or two levels, a
    /// separator; the letters and the length of the code with its separator.
    static func code(_ s: Substring) -> (prefix: String, length: Int)? {
        let letters = s.prefix { $0.isUppercase && $0.isLetter }
        guard (1...3).contains(letters.count) else { return nil }
        var rest = s.dropFirst(letters.count)
        let number = rest.prefix { $0.isNumber || $0 == "." }
        guard let firstDigit = number.first, firstDigit.isNumber, number.split(separator: ".").allSatisfy({ $0.count <= 2 }) else { return nil }
        rest = rest.dropFirst(number.count)
        if let c = rest.first, ":)".contains(c) { rest = rest.dropFirst() }
        guard let sep = rest.first, sep == " " || sep == "\t", rest.dropFirst().contains(where: \.isLetter) else { return nil }
        return (String(letters), letters.count + number.count + (s.count - letters.count - number.count - rest.count))
    }

    /// Lines start "a. " and then "b. ": letter points, also before a word in lower case
    /// ("a. besøke alle sykehjem"), which a single "a. " would not show.
    private(set) var letterPoints = false

    static let none = MarkerInventory()

    private init() {}

    /// Characters that start lines without marking items: brackets, opening quotes, sentence
    /// punctuation, Markdown's heading and table signs, currency. ("»" opens no quote in
    /// Norwegian: web pages use it as a bullet.)
    private static let neverMarkers = Set("([{«\"'“‘„<>#|/\\=%&@$€£.,:;!?…_~^)]}”’`")

    init(lines: some Sequence<Substring>) {
        var glyphCounts: [Character: Int] = [:]
        var letterTabbed: [Character: Int] = [:]
        var letterSpaced: [Character: Int] = [:]
        let oneLetterWords = Set(PlanWords.active.all(.oneLetterWord))
        var letterStarts: Set<Character> = []
        var codeCounts: [String: Int] = [:]
        for raw in lines {
            let s = raw.drop { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
            if let code = Self.code(s) { codeCounts[code.prefix, default: 0] += 1 }
            guard let c = s.first, c.unicodeScalars.count == 1 else { continue }
            if ("a"..."h").contains(c), s.dropFirst().first == ".", s.dropFirst(2).first == " " { letterStarts.insert(c) }
            let rest = s.dropFirst()
            let separator = rest.first
            let after = rest.drop { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }.first
            if c.isLetter {
                guard separator == "\t" || separator == " ", let after, after.isLetter, !oneLetterWords.contains(c.lowercased()) else { continue }
                if separator == "\t" { letterTabbed[c, default: 0] += 1 } else if after.isUppercase { letterSpaced[c, default: 0] += 1 }
            } else if !c.isNumber, !c.isWhitespace, !Self.neverMarkers.contains(c), ListMarker.bullets[c] == nil {
                // A glyph alone on its line, or before text that does not start with a digit ("§ 14-9").
                if separator == nil || (separator == " " || separator == "\t" || separator == "\u{00A0}") && after.map({ !$0.isNumber }) ?? false {
                    glyphCounts[c, default: 0] += 1
                }
            }
        }
        glyphs = Set(glyphCounts.filter { $0.value >= 2 }.keys)
        codePrefixes = Set(codeCounts.filter { $0.value >= 2 }.keys)
        letterPoints = letterStarts.contains("a") && letterStarts.contains("b")
        for (c, n) in letterTabbed where n + letterSpaced[c, default: 0] >= 2 { glyphs.insert(c) }
        for (c, n) in letterSpaced where n >= 2 && c.isLowercase { glyphs.insert(c) }
    }

    /// The marker a clean line starts with (the standard ones and this document's own), and
    /// the text after it. A line that is a glyph and nothing more gives the marker and "".
    func split(_ s: String) -> (marker: ListMarker?, glyph: Character?, text: String) {
        if let first = s.first, glyphs.contains(first) {
            let rest = s.dropFirst()
            if rest.isEmpty { return (.bullet(level: 1), first, "") }
            if rest.first == " " { return (.bullet(level: 1), first, Self.withoutCheckbox(TextCleaning.clean(String(rest)))) }
        }
        if s.count == 1, let first = s.first, let level = ListMarker.bullets[first] { return (.bullet(level: level), first, "") }
        // A code of this document's ("M1", "T1.2"): a marker whose letter is its family's glyph.
        if !codePrefixes.isEmpty, let code = Self.code(Substring(s)), codePrefixes.contains(code.prefix) {
            return (.bullet(level: 1), code.prefix.first, TextCleaning.clean(String(s.dropFirst(code.length))))
        }
        if letterPoints, let first = s.first, ("a"..."h").contains(first), s.dropFirst().hasPrefix(". "), s.count > 3 {
            return (.letter(String(first)), nil, TextCleaning.clean(String(s.dropFirst(3))))
        }
        let (marker, text) = ListMarker.split(s)
        if case .bullet? = marker { return (marker, s.first, Self.withoutCheckbox(text)) }
        return (marker, nil, text)
    }

    /// "[ ] Verve …", "[x] …", "☐ …": a checkbox after a list marker is no part of the text.
    static func withoutCheckbox(_ text: String) -> String {
        for box in ["[ ] ", "[x] ", "[X] ", "☐ ", "☑ ", "☒ ", "✓ ", "✔ "] where text.hasPrefix(box) {
            return String(text.dropFirst(box.count))
        }
        return text
    }
}

extension MarkerInventory {
    /// A document's paragraphs read again with the markers it repeats: a paragraph that
    /// starts with one of them is a list item (an office document whose lists were typed,
    /// "■ Verve …", "☐ Kurs …"), its level from the order of the glyphs (`ListLevels`).
    static func relist(_ blocks: [Block]) -> [Block] {
        let paragraphs = blocks.flatMap { b -> [Substring] in
            if case .paragraph = b.kind { return b.lines.map { Substring($0.text) } }
            return []
        }
        let markers = MarkerInventory(lines: paragraphs)
        guard !markers.glyphs.isEmpty || !markers.codePrefixes.isEmpty else { return blocks }
        var out: [Block] = []
        for block in blocks {
            guard case .paragraph = block.kind, block.lines.contains(where: { line in
                (line.text.first.map(markers.glyphs.contains) ?? false) || MarkerInventory.code(Substring(line.text)).map { markers.codePrefixes.contains($0.prefix) } ?? false
            }) else {
                out.append(block); continue
            }
            let relisted = Block.documentParagraphs(.paragraph, text: block.text, lines: block.lines.map(\.text), at: block.source, markers: markers)
            out += relisted.contains(where: { if case .listItem = $0.kind { return true } else { return false } }) ? relisted : [block]
        }
        ListLevels.assign(&out)
        return out
    }
}
