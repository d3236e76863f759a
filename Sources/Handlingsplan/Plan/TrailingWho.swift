/// Who is responsible, set after a measure the same way item after item: "… / styret",
/// "… [vervekontakt]". One such line proves nothing ("leiar / nestleiar" is a pair, "[sic]"
/// a remark); the same shape ending three list items or more is the plan's own way of naming
/// who, whatever words the names are.
enum TrailingWho: Hashable {
    case slash, bracket

    /// The longest name such a tail holds, in words.
    static let maximumWords = 6

    /// The shapes that end three list items or more.
    static func used(in blocks: [Block]) -> Set<TrailingWho> {
        var counts: [TrailingWho: Int] = [:]
        for b in blocks where b.isListItem {
            for shape in [TrailingWho.slash, .bracket] where tail(b.text, shape) != nil { counts[shape, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= 3 }.keys)
    }

    /// The text and the name after it, where the line ends in one of `shapes`.
    static func split(_ text: String, _ shapes: Set<TrailingWho>) -> (String, String)? {
        for shape in shapes { if let found = tail(text, shape) { return found } }
        return nil
    }

    private static func tail(_ text: String, _ shape: TrailingWho) -> (String, String)? {
        let rest: Substring, name: Substring
        switch shape {
        case .slash:
            guard let cut = text.range(of: " / ", options: .backwards) else { return nil }
            (rest, name) = (text[..<cut.lowerBound], text[cut.upperBound...])
        case .bracket:
            guard text.hasSuffix("]"), let open = text.lastIndex(of: "[") else { return nil }
            (rest, name) = (text[..<open], text[text.index(after: open)..<text.index(before: text.endIndex)])
        }
        let who = TextCleaning.clean(String(name)), body = TextCleaning.clean(String(rest))
        guard !who.isEmpty, TextMatching.spaceSeparatedCount(body) >= 2, TextMatching.spaceSeparatedCount(who) <= maximumWords,
              !who.contains("/"), !who.contains("["), who.first?.isLetter == true else { return nil }
        return (body, who)
    }
}
