/// A document that says what its marks mean: "Forklaring: 🎯 mål, 👉 tiltak, ✅ tiltak som er
/// gjennomført". Its own key is the best evidence there is: each glyph named there with a goal
/// or measure label marks items of that kind, wherever it stands (a list's marker, or a
/// paragraph's first character), and the key itself is no item.
enum GlyphLegend {
    static func relist(_ blocks: [Block]) -> [Block] {
        guard let (index, kinds) = blocks.enumerated().lazy.compactMap({ i, b in legend(b.text).map { (i, $0) } }).first else { return blocks }
        var out: [Block] = []
        for (i, block) in blocks.enumerated() {
            if i == index { continue }
            var b = block
            if let g = b.glyph ?? b.text.first, kinds[g] != nil, LabelledLine.bareLabel(isGlyph(b, g) ? String(b.text.dropFirst()) : b.text) != nil {
                // The mark over a label ("🎯 Målene våre"): the label, over the lines after it.
                b.kind = .paragraph
                if isGlyph(b, g) { b.text = TextCleaning.clean(String(b.text.dropFirst())) }
                b.lines = [Block.Line(text: b.text, source: b.source)]
            } else if let g = b.glyph, let kind = kinds[g], b.isListItem {
                b.kindFromLayout = kind
            } else if let first = b.text.first, let kind = kinds[first], case .paragraph = b.kind {
                b.kindFromLayout = kind
                b.text = TextCleaning.clean(String(b.text.dropFirst()))
                b.lines = [Block.Line(text: b.text, source: b.source)]
            }
            out.append(b)
        }
        return out
    }

    /// Whether the text still opens with its glyph (a paragraph's), not only carries it (a list item's).
    private static func isGlyph(_ b: Block, _ g: Character) -> Bool { b.text.first == g }

    /// The kinds a key line gives its glyphs: two pairs or more of a glyph (no letter or digit)
    /// and a phrase whose first word is a goal or measure label, parted by commas or semicolons.
    static func legend(_ text: String) -> [Character: ItemKind]? {
        guard text.count <= 200, text.unicodeScalars.contains(where: SymbolFields.isSymbol) else { return nil }
        let body = text.firstIndex(of: ":").map { String(text[text.index(after: $0)...]) } ?? text
        var kinds: [Character: ItemKind] = [:]
        for part in body.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let t = TextCleaning.clean(String(part))
            guard let glyph = t.first, !glyph.isLetter, !glyph.isNumber, let word = t.dropFirst().split(separator: " ").first,
                  let label = LabelledLine.bareLabel(String(word)) else { continue }
            kinds[glyph] = label == .measure ? .measure : .localGoal
        }
        return kinds.count >= 2 ? kinds : nil
    }
}
