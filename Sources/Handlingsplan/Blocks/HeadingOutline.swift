/// A document written as an outline of headings alone: slides pasted into Word, each slide's
/// title a Heading 1 and its bullets Heading 2 and 3, with no body text at all. Where nearly
/// every paragraph is a heading, the headings below the top level are the outline's points:
/// read as a list whose levels are the heading levels under the top one (as if they had been
/// bulleted so), the top level staying the sections; before the first section that names an
/// area, the plan's front matter, they are paragraphs.
enum HeadingOutline {
    /// Headings that make a document an outline: ten at least, and nine in ten of its paragraphs.
    static let minimumHeadings = 10

    static func relist(_ blocks: [Block]) -> [Block] {
        var levels: [Int] = [], others = 0
        for b in blocks {
            switch b.kind {
            case let .heading(level): levels.append(level)
            case .paragraph, .listItem: others += 1
            case .table: continue
            }
        }
        guard levels.count >= minimumHeadings, levels.count * 10 >= (levels.count + others) * 9,
              let top = levels.min(), levels.contains(where: { $0 > top }) else { return blocks }
        // Before the first top heading that names an area, the points are the plan's front
        // matter (its title slide, what the plan is): paragraphs, not items.
        var inAreas = false
        return blocks.map { b in
            guard case let .heading(level) = b.kind else { return b }
            if level == top {
                if Labels.area(named: b.text) != nil { inAreas = true }
                return b
            }
            var point = b
            point.kind = inAreas ? .listItem(level: level - top, ordered: false) : .paragraph
            return point
        }
    }
}
