/// List markers typed as text ("- ", "● ", "○ ", "1. ", "1.1 ", "1.Behandle"),
/// as running-text exports and hand-typed Word paragraphs have them.
enum ListMarker: Equatable {
    case bullet(level: Int)
    case number(String)

    static let bullets: [Character: Int] = ["-": 1, "●": 1, "•": 1, "·": 1, "*": 1, "–": 1, "▪": 1, "○": 2, "◦": 2, "\u{F0B7}": 1]
    /// "1. ", "1.1 ", "1.1. ", "2)" and "1.Behandle": a number of at most two
    /// digits a level (so that "2025, og …" stays text).
    nonisolated(unsafe) static let numbered = #/^(\d{1,2}(?:\.\d{1,2})*)(?:[.)]\s*|\s+)(?=\S)/#

    /// The marker a clean line starts with, and the text after it.
    static func split(_ s: String) -> (marker: ListMarker?, text: String) {
        if let first = s.first, let level = bullets[first], s.count > 1 {
            return (.bullet(level: level), TextCleaning.clean(String(s.dropFirst())))
        }
        if let m = s.firstMatch(of: numbered) {
            return (.number(String(m.1)), String(s[m.range.upperBound...]))
        }
        return (nil, s)
    }
}
