/// Paragraphs whose styles make an outline without list markup: a short paragraph of one
/// style, then one or more of another under it, again and again (pandoc's definition lists:
/// "Definition Term" then "Definition"; a writer's own "Mål" / "Tiltak-punkt" styles). The
/// document's own repetition says the second style's paragraphs belong to the first's: they
/// are read as a list of two levels, as if they had been bulleted so.
enum StyleOutline {
    /// How many times the pair must come for it to be the document's way of writing.
    static let minimumGroups = 3
    /// Paragraphs of the lower style under one upper one, on average, at most: a term has a
    /// few definitions; a first paragraph after each heading with the body text after it is
    /// no outline.
    static let maximumPerGroup = 6

    static func relist(_ blocks: [Block]) -> [Block] {
        guard let (upper, lower) = pair(blocks) else { return blocks }
        var out = blocks
        for i in out.indices {
            guard case .paragraph = out[i].kind, let style = out[i].styles.first else { continue }
            if style == upper { out[i].kind = .listItem(level: 1, ordered: false) }
            else if style == lower { out[i].kind = .listItem(level: 2, ordered: false) }
        }
        return out
    }

    /// The two styles, where every paragraph of the lower one follows one of the upper or of
    /// its own, every upper one has lower ones after it, and that happens twice or more.
    private static func pair(_ blocks: [Block]) -> (String, String)? {
        var followedBy: [String: [String: Int]] = [:]
        var previous: String?
        for b in blocks {
            let style: String? = if case .paragraph = b.kind { b.styles.first } else { nil }
            if let style, let previous, previous != style { followedBy[previous, default: [:]][style, default: 0] += 1 }
            previous = style
        }
        for (upper, next) in followedBy {
            for (lower, count) in next where count >= minimumGroups {
                // Every paragraph of `lower` stands after `upper` or after `lower`; every `upper` is
                // followed by `lower`; and `upper`'s paragraphs are short (a term, a goal).
                var ok = true, uppers = 0, lowers = 0
                var prior: String?
                for (i, b) in blocks.enumerated() {
                    let style: String? = if case .paragraph = b.kind { b.styles.first } else { nil }
                    if style == lower { lowers += 1 }
                    if style == lower, prior != upper, prior != lower { ok = false; break }
                    if style == upper {
                        uppers += 1
                        let after: String? = i + 1 < blocks.count ? (blocks[i + 1].kind == .paragraph ? blocks[i + 1].styles.first : nil) : nil
                        if after != lower || TextMatching.spaceSeparatedCount(b.text) > 25 { ok = false; break }
                    }
                    prior = style
                }
                if ok, uppers >= minimumGroups, lowers <= maximumPerGroup * uppers { return (upper, lower) }
            }
        }
        return nil
    }
}
