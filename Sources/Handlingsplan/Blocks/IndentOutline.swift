/// An outline made by indentation alone: no list markup, no labels, no bold; a goal stands at
/// the margin and its measures are indented under it (a paragraph style's left margin, or a
/// TAB typed before the text). Where the document repeats that shape (at least two paragraphs
/// at the margin each followed by indented ones, and three indented paragraphs in all), each
/// such run becomes a list: the paragraph at the margin an item of the first level, the
/// indented ones a level deeper for each step of indentation (steps closer than 9 pt are one).
/// Paragraphs at the margin with nothing indented under them stay paragraphs, and so does a
/// document whose indented paragraphs are set in styles of their own.
enum IndentOutline {
    /// Indentation smaller than this is no step (a writer's nudge, a hanging first line).
    static let step = 9.0

    static func relist(_ blocks: [Block]) -> [Block] {
        func indented(_ i: Int) -> Bool {
            guard i < blocks.count, case .paragraph = blocks[i].kind, let d = blocks[i].indent else { return false }
            return d >= step
        }
        func atMargin(_ i: Int) -> Bool {
            guard case .paragraph = blocks[i].kind, let d = blocks[i].indent else { return false }
            return d < step
        }
        // Only where indentation is all that differs: paragraphs in styles of their own
        // ("Mål", "Tiltak") are read by their styles (`StyleOutline`).
        // (A paragraph that introduces what follows, "Endringsforslag fra Tone:", is no goal.)
        func isParent(_ i: Int) -> Bool {
            atMargin(i) && indented(i + 1) && blocks[i].styles == blocks[i + 1].styles && !blocks[i].text.hasSuffix(":")
        }
        let parents = blocks.indices.filter(isParent)
        let children = blocks.indices.filter(indented)
        guard parents.count >= 2, children.count >= 3 else { return blocks }
        // The document's steps of indentation, shallowest first.
        var levels: [Double] = []
        for d in children.compactMap({ blocks[$0].indent }).sorted() where levels.last.map({ d - $0 >= step }) ?? true { levels.append(d) }
        func level(_ d: Double) -> Int { (levels.lastIndex { d >= $0 - step / 2 } ?? 0) + 2 }
        var out = blocks
        var i = 0
        while i < blocks.count {
            // A paragraph at the margin with its indented run; an indented paragraph under anything
            // else (a decision's "Enstemmig vedtatt." under its numbered item) stays as it is.
            guard isParent(i) else { i += 1; continue }
            out[i].kind = .listItem(level: 1, ordered: false)
            i += 1
            while indented(i) {
                out[i].kind = .listItem(level: level(blocks[i].indent!), ordered: false)
                i += 1
            }
        }
        return out
    }
}
