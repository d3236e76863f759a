/// A short line that a document repeats word for word in section after section, each time
/// before a few sentences, each a paragraph, and then a list ("Dette vil vi oppnå" / two goals as paragraphs /
/// the measures as bullets, under each area): the document's own label for what follows it.
/// The paragraphs after it are the section's points, the list under them a level below: read
/// as the outline they are (points with sub-items are goals, their sub-items measures).
enum RepeatedLeadIns {
    /// Sections a lead-in must stand in for it to be the document's way of writing.
    static let minimum = 3

    static func relist(_ blocks: [Block]) -> [Block] {
        var counts: [String: Int] = [:]
        for b in blocks where isLeadIn(b) { counts[b.text.lowercased(), default: 0] += 1 }
        let leads = Set(counts.filter { $0.value >= minimum }.keys)
        guard !leads.isEmpty else { return blocks }
        var out = blocks
        var i = 0
        while i < blocks.count {
            guard isLeadIn(blocks[i]), leads.contains(blocks[i].text.lowercased()) else { i += 1; continue }
            var j = i + 1
            while j < blocks.count, case .paragraph = blocks[j].kind, !isLeadIn(blocks[j]) || !leads.contains(blocks[j].text.lowercased()) { j += 1 }
            // Paragraphs that are sentences, then a list.
            guard j > i + 1, j < blocks.count, blocks[j].isListItem,
                  blocks[(i + 1)..<j].allSatisfy({ $0.text.hasSuffix(".") && TextMatching.spaceSeparatedCount($0.text) >= 4 }) else { i += 1; continue }
            for k in (i + 1)..<j { out[k].kind = .listItem(level: 1, ordered: false) }
            var k = j
            while k < blocks.count, case let .listItem(level, ordered) = blocks[k].kind {
                out[k].kind = .listItem(level: level + 1, ordered: ordered)
                k += 1
            }
            i = k
        }
        return out
    }

    /// A short paragraph that is no sentence ("Dette vil vi oppnå", "Våre mål:").
    private static func isLeadIn(_ b: Block) -> Bool {
        guard case .paragraph = b.kind else { return false }
        return TextMatching.spaceSeparatedCount(b.text) <= 6 && !(b.text.last.map { ".!?".contains($0) } ?? false)
            && !b.text.contains(where: \.isNumber)
    }
}
