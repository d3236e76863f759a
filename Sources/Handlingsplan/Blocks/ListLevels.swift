/// The levels of typed bullet lists, from the document's own evidence: how far each
/// marker is indented, and, where every marker of a list stands at one indentation (Word's
/// "Save as plain text", a typed Word list), the order in which its glyphs appear.
///
/// A run is a sequence of list-item blocks with nothing else between them. Within a run:
/// - where the markers stand at more than one indentation, each deeper indentation is a
///   level deeper, and going back to an indentation goes back to its level (Google Docs'
///   "    * ", pdftotext's indented "o", "   - " under "1.");
/// - otherwise the first glyph is level 1, a new glyph under it a level deeper, and a glyph
///   seen before goes back to its level ("•" items with "o" items under them).
/// Numbered and lettered items keep the level of their numbering.
enum ListLevels {
    static func assign(_ blocks: inout [Block]) {
        var i = 0
        while i < blocks.count {
            guard blocks[i].isListItem else { i += 1; continue }
            var j = i
            while j < blocks.count, blocks[j].isListItem { j += 1 }
            assignRun(&blocks, i..<j)
            i = j
        }
    }

    private static func column(_ b: Block) -> Int? {
        if case let .text(_, column) = b.source { return column }
        return nil
    }

    private static func assignRun(_ blocks: inout [Block], _ run: Range<Int>) {
        let bullets = run.filter { k in
            if case .listItem(_, false) = blocks[k].kind, blocks[k].glyph != nil { return true }
            return false
        }
        guard !bullets.isEmpty else { return }
        let columns = Set(run.compactMap { column(blocks[$0]) })
        if columns.count > 1 {
            // Every item of the run by its indentation, numbered ones at their numbering's
            // level: a bullet indented under "1." stands a level below it.
            var stack: [(column: Int, level: Int)] = []
            for k in run {
                guard let c = column(blocks[k]), case let .listItem(level, ordered) = blocks[k].kind else { continue }
                while let top = stack.last, top.column > c { stack.removeLast() }
                if ordered || blocks[k].glyph == nil {
                    if stack.last?.column == c { stack.removeLast() }
                    stack.append((c, level))
                    continue
                }
                let bulletLevel: Int
                if let top = stack.last, top.column == c { bulletLevel = top.level } else {
                    bulletLevel = (stack.last?.level ?? 0) + 1
                    stack.append((c, bulletLevel))
                }
                blocks[k].kind = .listItem(level: bulletLevel, ordered: false)
            }
        } else {
            var stack: [Character] = []
            for k in bullets {
                let g = blocks[k].glyph!
                if let at = stack.firstIndex(of: g) { stack.removeSubrange((at + 1)...) } else { stack.append(g) }
                blocks[k].kind = .listItem(level: stack.count, ordered: false)
            }
        }
    }
}
