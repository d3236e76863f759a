import Foundation

/// A line that names its own kind: a goal or measure label, a number or not, a separator,
/// then the item ("Mål 1.2: …", "Delmål 2.1 – …", "Tiltak 1.2.1: …", "Aktivitet: …",
/// "Hovudmål 1: …"). The labels are data (`vocabulary.tsv`); the number, where there is one,
/// says where the item stands in the plan's outline ("1.2.1" under "1.2").
struct LabelledLine: Equatable {
    enum Label: Equatable { case nationalGoal, goal, measure }

    var label: Label
    var number: String?
    /// The item's text, after the label, its number and the separator; empty for a bare label
    /// ("Tiltak 1.2:") that heads the lines after it.
    var text: String

    private static let words = PlanWords.active
    private static let labels: [(Label, PhraseList)] = [
        (.nationalGoal, words.phrases(.nationalGoalLabel)), (.measure, words.phrases(.measureLabel)), (.goal, words.phrases(.goalLabel)),
    ]

    private static let labelFirstWords: Set<String> = Set(
        [PlanWords.Key.nationalGoalLabel, .goalLabel, .measureLabel].flatMap { words.all($0) }.compactMap { TextMatching.words($0).first })

    /// The label a short text is and nothing more ("Tiltak", "Mål:", "Hovudmål"; not
    /// "Tiltaksliste", "Mål 2"): a paragraph style's name, a table cell, a column's value.
    static func bareLabel(_ text: String) -> Label? {
        let bare = text.hasSuffix(":") ? String(text.dropLast()) : text
        guard TextMatching.spaceSeparatedCount(bare) <= 3, let line = parse(bare + ": x"), line.number == nil, line.text == "x" else { return nil }
        return line.label
    }

    /// The label a line starts with, with a number ("Mål 2", "Tiltak 1.2.1") or a separator
    /// (":", " – ", " - ") after it; nil for a line that only starts with the word ("Tiltak for å …",
    /// "Mål og tiltak …", "Målet er …").
    static func parse(_ line: String) -> LabelledLine? {
        // Most lines start with a word no label starts with: answered from it alone.
        let firstWord = line.prefix { $0.isLetter }.lowercased()
        guard labelFirstWords.contains(firstWord) else { return nil }
        let w = TextMatching.words(String(line.prefix(80)))
        guard !w.isEmpty else { return nil }
        // The longest label that starts the line ("delmål tiltak" before "delmål").
        var best: (Label, Int)?
        for (label, phrases) in labels {
            if let n = phrases.match(w, at: 0), n > (best?.1 ?? 0) { best = (label, n) }
        }
        guard let (label, count) = best else { return nil }
        // The label's words in the line as written: skip that many words.
        var rest = Substring(line)
        for _ in 0..<count {
            rest = rest.drop { !$0.isLetter && !$0.isNumber }
            rest = rest.drop { $0.isLetter || $0.isNumber || $0 == "-" }
        }
        // A number: "1", "1.2", "1.2.1", "2)", with its final stop.
        var number: String?
        let afterSpace = rest.drop { $0 == " " || $0 == "\u{00A0}" }
        if afterSpace.first?.isNumber == true, afterSpace.startIndex != rest.startIndex {
            let digits = afterSpace.prefix { $0.isNumber || $0 == "." }
            let parts = digits.split(separator: ".")
            if !parts.isEmpty, parts.allSatisfy({ $0.count <= 2 }) {
                number = parts.joined(separator: ".")
                rest = afterSpace.dropFirst(digits.count)
                if rest.first == ")" { rest = rest.dropFirst() }
            }
        }
        // The separator: a colon, a spaced dash, or (after a number) a space.
        var body = rest
        if let c = body.drop(while: { $0 == " " }).first, c == ":" || c == "–" || c == "—" || c == "-" {
            let trimmed = body.drop(while: { $0 == " " })
            if c != ":", trimmed.dropFirst().first != " ", !trimmed.dropFirst().isEmpty { return nil }   // "Mål-tall", not a separator
            body = trimmed.dropFirst()
        } else if number == nil || (body.first != " " && !body.isEmpty) {
            return nil
        }
        let text = TextCleaning.clean(String(body))
        if !text.isEmpty {
            // The item starts like a sentence or a name, not like the rest of one ("Mål 2025 er …").
            guard let first = text.first, first.isLetter || first.isNumber || first == "«" || first == "\"" else { return nil }
        }
        return LabelledLine(label: label, number: number, text: text)
    }
}
