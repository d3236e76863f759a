/// List markers typed as text ("- ", "● ", "○ ", "1. ", "1.1 ", "1.Behandle", "a) "),
/// as running-text exports and hand-typed Word paragraphs have them.
enum ListMarker: Equatable {
    case bullet(level: Int)
    case number(String)
    /// "a) ", "b) ", "c. ": points under a numbered goal (measures in an outline).
    case letter(String)

    static let bullets: [Character: Int] = ["-": 1, "●": 1, "•": 1, "·": 1, "*": 1, "–": 1, "▪": 1, "○": 2, "◦": 2, "\u{F0B7}": 1]
    // "1. ", "1.1 ", "1.1. ", "2)", "1.Behandle", "a) Kreve …" and "a. Kreve …": `LineScan`.
    private static let letters = Set("abcdefghijklmnopqrstuvwxyzæøå")

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
        startsWithoutMarker(s) ? (nil, s) : splitByCharacters(s)
    }

    /// True when the line starts with a character no marker starts with (a capital, mostly), or
    /// with a letter not followed by ")" or ".", read off its first two scalars: a Latin-1
    /// scalar not followed by a mark is a character of its own, and hashing Characters for
    /// the table cost more than the rest of the line.
    private static func startsWithoutMarker(_ s: String) -> Bool {
        var scalars = s.unicodeScalars.makeIterator()
        guard let first = scalars.next()?.value, first < 0x100 else { return false }
        let second = scalars.next()?.value ?? 0
        guard second < 0x300 else { return false }
        // Bullets ("-", "*", "·") and numbers.
        if first == 0x2D || first == 0x2A || first == 0xB7 || Latin1.isNumber(first) { return false }
        // The letters of "a) " and "a. " points (a–z, æ, ø, å): a marker only before ")" or "."
        // (a line in lower case, the rest of a sentence, is answered here).
        if (0x61...0x7A).contains(first) || first == 0xE6 || first == 0xF8 || first == 0xE5 { return second != 0x29 && second != 0x2E }
        return true
    }

    /// `split` for any line, character by character.
    static func splitByCharacters(_ s: String) -> (marker: ListMarker?, text: String) {
        if let first = s.first, let level = bullets[first], !s.dropFirst().isEmpty {
            return (.bullet(level: level), TextCleaning.clean(String(s.dropFirst())))
        }
        // Each regex only where its first characters allow a match: most lines start with neither.
        if s.first?.isNumber == true, let m = LineScan.numberedMarker(s) {
            return (.number(m.number), m.rest)
        }
        if let first = s.first, letters.contains(first), s.dropFirst().first == ")" || s.dropFirst().first == ".",
           let m = LineScan.letteredMarker(s) {
            return (.letter(m.letter), m.rest)
        }
        return (nil, s)
    }
}
