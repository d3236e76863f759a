/// Text printed with a number before every line (a proposal sent out so that amendments can
/// name their line; pdftotext -layout keeps the numbers): "12   Tiltak:", "13     • Krevje at
/// kommunen …". The evidence is the document's: nearly every line that holds text opens with a
/// number set off by two spaces or more, and from one such line to the next the number goes up
/// by one (page headers and footers may count on their own). The numbers stand in a column of
/// their own: every line is cut where the leftmost text after them starts, so that the text
/// keeps its indentation and a line that goes on with "1 000 kroner" keeps its number.
enum LineNumbers {
    /// Lines with text a document must have for its numbers to count as line numbers.
    static let minimumLines = 10

    /// The lines without their numbers, or nil where the text is not numbered so.
    static func stripped(_ lines: [Substring]) -> [Substring]? {
        var filled = 0, numbered: [(index: Int, number: Int, textStart: Int?)] = []
        for (index, line) in lines.enumerated() {
            guard line.contains(where: { $0 != " " && $0 != "\t" && $0 != "\u{0C}" }) else { continue }
            filled += 1
            if let n = number(line) { numbered.append((index, n.value, n.textStart)) } else if filled > numbered.count + 1 + filled / 20 {
                return nil // (more than one line in twenty without a number: not this)
            }
        }
        guard filled >= minimumLines, numbered.count * 20 >= filled * 19 else { return nil }
        let steps = zip(numbered, numbered.dropFirst()).filter { $1.number == $0.number + 1 }.count
        guard steps * 10 >= (numbered.count - 1) * 7 else { return nil }
        guard let cut = numbered.compactMap(\.textStart).min() else { return nil }
        var out = lines
        for entry in numbered {
            let line = lines[entry.index]
            let rest = line.count > cut ? line.dropFirst(cut) : line.dropFirst(line.count)
            // (A form feed before the number is the page break: it stays.)
            out[entry.index] = line.hasPrefix("\u{0C}") ? Substring("\u{0C}" + rest) : rest
        }
        return out
    }

    /// The number a line opens with (after spaces), up to four digits, followed by two spaces or
    /// more or by the end of the line, and where the text after it starts (in characters).
    private static func number(_ line: Substring) -> (value: Int, textStart: Int?)? {
        let lead = line.prefix { $0 == " " || $0 == "\u{0C}" }
        let digits = line[lead.endIndex...].prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count), let value = Int(digits) else { return nil }
        let after = line[digits.endIndex...]
        let gap = after.prefix { $0 == " " }
        if gap.count == after.count { return (value, nil) }
        guard gap.count >= 2 else { return nil }
        return (value, lead.count + digits.count + gap.count)
    }
}
