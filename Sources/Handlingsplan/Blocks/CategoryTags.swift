/// Tags in brackets at the end of a plan's lines that sort them into areas ("… – styret [Org]",
/// "… [Heltid]", "… [Drift]"): the document's own category system, explained in a legend if
/// at all. They are known by what the document repeats: three lines or more end in a bracketed
/// word or two, the same few values again and again (each value on two lines on average), two
/// of them naming an area. They are no part of the item's text and no one's name: they come
/// off, so that who and when before them are read. (The item's area comes from its own words
/// and its section, as for any item.)
enum CategoryTags {
    static let minimumLines = 3

    static func strip(_ blocks: [Block]) -> [Block] {
        var tagged: [Int: (text: String, tag: String)] = [:]
        for (i, b) in blocks.enumerated() {
            switch b.kind {
            case .paragraph, .listItem: break
            default: continue
            }
            if let split = trailingTag(b.text) { tagged[i] = split }
        }
        guard tagged.count >= minimumLines else { return blocks }
        let values = Set(tagged.values.map { $0.tag.lowercased() })
        guard values.count * 2 <= tagged.count,
              values.filter({ Labels.area(named: $0) != nil || AreaColumn.isAreaReference($0) }).count >= 2 else { return blocks }
        var out = blocks
        for (i, split) in tagged {
            out[i].text = split.text
            out[i].lines = [Block.Line(text: split.text, source: blocks[i].source)]
        }
        return out
    }

    /// "Kurs i Teams – HTV [Digital]" → ("Kurs i Teams – HTV", "Digital"): a bracketed word or
    /// two (no digit: "[2]" is a note) at the end.
    static func trailingTag(_ text: String) -> (text: String, tag: String)? {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "["), open > text.startIndex else { return nil }
        let tag = TextCleaning.clean(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        guard !tag.isEmpty, TextMatching.spaceSeparatedCount(tag) <= 2, !tag.contains(where: \.isNumber) else { return nil }
        let rest = TextCleaning.clean(String(text[..<open]))
        return rest.isEmpty ? nil : (rest, tag)
    }
}
