/// Paragraphs numbered by hand with roman numerals ("I. Flere hele stillinger …", "II. Mindre
/// forskjell …"): a numbered list, where the document counts with them. The evidence is the
/// count itself: at least two such paragraphs, and every numeral after an "I." the next one
/// after the numeral before it (a section's list starts again at "I."). A lone "I." stays
/// text (it may be a sentence about oneself in English or an initial). The bullets right
/// under a numbered paragraph are its points, a level below it.
enum RomanNumbers {
    static func relist(_ blocks: [Block]) -> [Block] {
        let numbered = blocks.indices.compactMap { i -> (Int, Int, String)? in
            guard case .paragraph = blocks[i].kind, let (n, rest) = split(blocks[i].text) else { return nil }
            return (i, n, rest)
        }
        guard numbered.count >= 2, numbered.contains(where: { $0.1 == 2 }) else { return blocks }
        // Counted in order: each numeral is 1 or the one after the previous.
        var previous = 0
        for (_, n, _) in numbered {
            guard n == 1 || n == previous + 1 else { return blocks }
            previous = n
        }
        var out = blocks
        for (i, n, rest) in numbered {
            out[i].kind = .listItem(level: 1, ordered: true)
            out[i].text = rest
            out[i].number = String(n)
            out[i].lines = [Block.Line(text: rest, source: blocks[i].source)]
            // The bullets right under a numbered goal are its points: a level below it.
            var j = i + 1
            while j < out.count, case let .listItem(level, false) = out[j].kind {
                out[j].kind = .listItem(level: level + 1, ordered: false)
                j += 1
            }
        }
        return out
    }

    private static let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]

    /// "IV. Tekst" → (4, "Tekst"): a numeral up to 39 in capitals, "." or ")", a space, text.
    static func split(_ text: String) -> (Int, String)? {
        let numeral = text.prefix { values[$0] != nil }
        guard !numeral.isEmpty, numeral.count <= 6 else { return nil }
        let after = text.dropFirst(numeral.count)
        guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
        let rest = TextCleaning.clean(String(after.dropFirst(2)))
        guard !rest.isEmpty, let n = value(numeral) else { return nil }
        return (n, rest)
    }

    /// The value of a well-formed numeral (subtractive pairs as written: IV, IX, XL), or nil.
    private static func value(_ numeral: Substring) -> Int? {
        let v = numeral.map { values[$0]! }
        var total = 0
        for (k, x) in v.enumerated() { total += k + 1 < v.count && x < v[k + 1] ? -x : x }
        // Only the canonical spelling counts ("IIII" and "VX" are no numbers).
        return total > 0 && total < 40 && canonical(total) == String(numeral) ? total : nil
    }

    private static func canonical(_ n: Int) -> String {
        let tens = ["", "X", "XX", "XXX"], ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        return tens[n / 10] + ones[n % 10]
    }
}
