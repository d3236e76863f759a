/// List markers typed as text ("- ", "● ", "○ ", "1. ", "1.1 ", "1.Behandle", "a) "),
/// as running-text exports and hand-typed Word paragraphs have them.
enum ListMarker: Equatable {
    case bullet(level: Int)
    case number(String)
    /// "a) ", "b) ", "c. ": points under a numbered goal (measures in an outline).
    case letter(String)

    static let bullets: [Character: Int] = ["-": 1, "●": 1, "•": 1, "·": 1, "*": 1, "–": 1, "▪": 1, "○": 2, "◦": 2, "\u{F0B7}": 1,
                                            "→": 1, "➢": 1, "➤": 1, "►": 1]
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
