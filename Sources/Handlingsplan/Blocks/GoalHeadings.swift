/// Goals written as sub-headings: under a heading that names an area, headings a level below
/// it that read as statements ("Flere ansatte i Drammen kommune har hele stillinger"), each
/// followed by its list of measures. Where every such sub-heading of a document has a list
/// under it and no label, and two in three read as a sentence (five words or more), they are
/// the plan's goals: read as the points of a list, their measures a level below them.
enum GoalHeadings {
    /// Sub-headings of this shape a document must have for it to be its way of writing goals.
    static let minimum = 3

    static func relist(_ blocks: [Block]) -> [Block] {
        // The sub-headings: headings under an area's heading, one level below it.
        var candidates: [Int] = []
        var areaLevel: Int?
        for (i, b) in blocks.enumerated() {
            guard case let .heading(level) = b.kind else { continue }
            if Labels.area(named: b.text) != nil { areaLevel = level; continue }
            if let area = areaLevel, level <= area { areaLevel = nil; continue }
            guard let area = areaLevel, level == area + 1 else { continue }
            candidates.append(i)
        }
        guard candidates.count >= minimum else { return blocks }
        // Every one with a list under it and no label, and most of them as long as a statement
        // (a topic is a word or three: "Verving", "Lønn og pensjon"); else they are topics.
        for i in candidates {
            let text = blocks[i].text
            guard !text.hasSuffix(":"), LabelledLine.parse(text) == nil, LabelledLine.bareLabel(text) == nil,
                  i + 1 < blocks.count, blocks[i + 1].isListItem else { return blocks }
        }
        let statements = candidates.filter { TextMatching.spaceSeparatedCount(blocks[$0].text) >= 5 }.count
        guard statements * 3 >= candidates.count * 2 else { return blocks }
        var out = blocks
        for (n, i) in candidates.enumerated() {
            out[i].kind = .listItem(level: 1, ordered: false)
            let end = n + 1 < candidates.count ? candidates[n + 1] : blocks.count
            var j = i + 1
            while j < end {
                if case .heading = blocks[j].kind { break }
                if case let .listItem(level, ordered) = blocks[j].kind { out[j].kind = .listItem(level: level + 1, ordered: ordered) }
                j += 1
            }
        }
        return out
    }
}
