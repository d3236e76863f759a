/// A list's markers set apart from their text, a paragraph each: "•", then the goal; "–", then
/// the measure (a PDF opened in a word processor, where every printed glyph became a text box
/// of its own; pdftotext's bullets alone on their lines are the text reader's). The evidence
/// is the document's: paragraphs that hold nothing but one list glyph, two or more of them,
/// each followed by a paragraph of text. Each pair becomes one list item with that glyph.
enum LoneMarkers {
    static func relist(_ blocks: [Block]) -> [Block] {
        func glyph(_ b: Block) -> Character? {
            guard case .paragraph = b.kind, b.text.count == 1, let c = b.text.first, !c.isLetter, !c.isNumber,
                  ListMarker.bullets[c] != nil || c.unicodeScalars.first.map(SymbolFields.isSymbol) == true || "»>◆■□▪◦".contains(c) else { return nil }
            return c
        }
        func isText(_ i: Int) -> Bool {
            guard i < blocks.count, case .paragraph = blocks[i].kind else { return false }
            return glyph(blocks[i]) == nil && blocks[i].text.contains(where: \.isLetter)
        }
        let lone = blocks.indices.filter { glyph(blocks[$0]) != nil && isText($0 + 1) }
        guard lone.count >= 2 else { return blocks }
        let starts = Set(lone)
        var out: [Block] = []
        var i = 0
        while i < blocks.count {
            if starts.contains(i) {
                var item = blocks[i + 1]
                item.kind = .listItem(level: 1, ordered: false)
                item.glyph = glyph(blocks[i])
                out.append(item)
                i += 2
            } else {
                out.append(blocks[i])
                i += 1
            }
        }
        return out
    }
}
