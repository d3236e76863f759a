/// Paragraphs that open with a goal set in bold and go on with its measures in plain text: "**Fleire
/// tilsette i helse og omsorg skal få heile stillingar.** I dag har under halvparten … Vi krev at
/// kommunen … Vi deltek i arbeidsgruppa … Ansvar: HTV." Where a document writes three paragraphs
/// or more this way (its own repetition says so), each is read as a goal (the bold sentence) with
/// its measures a level below: one a sentence, without the sentences that only describe how
/// things are, and with the paragraph's closing field sentences ("Ansvar: HTV.") on each.
enum BoldLeads {
    static let minimum = 3

    static func relist(_ blocks: [Block]) -> [Block] {
        let leads = blocks.indices.filter { lead(blocks[$0]) != nil }
        guard leads.count >= minimum else { return blocks }
        var out: [Block] = []
        out.reserveCapacity(blocks.count + leads.count * 3)
        for b in blocks {
            guard let (goal, rest) = lead(b) else { out.append(b); continue }
            out.append(item(goal, level: 1, of: b))
            var sentences = GoalProse.sentences(rest)
            // The closing sentences that are fields ("Ansvar: HTV.", "Frist: mars."): each measure's.
            var fields: [String] = []
            while let last = sentences.last, let label = LabelledRecords.fieldRole(last), label != .text {
                fields.insert(last, at: 0)
                sentences.removeLast()
            }
            let tail = fields.isEmpty ? "" : " " + fields.joined(separator: " ")
            for sentence in sentences where !GoalProse.isDescriptive(sentence) {
                out.append(item(sentence + tail, level: 2, of: b))
            }
        }
        return out
    }

    /// The bold sentence and the text after it, where the paragraph is of this shape: the bold
    /// part a whole sentence of three words or more, plain text after it.
    private static func lead(_ b: Block) -> (String, String)? {
        guard case .paragraph = b.kind, let bold = b.boldLead.map(TextCleaning.clean), bold.count < b.text.count,
              let last = bold.last, ".!".contains(last), TextMatching.spaceSeparatedCount(bold) >= 3 else { return nil }
        let rest = TextCleaning.clean(String(b.text.dropFirst(b.boldLead!.count)))
        return rest.isEmpty ? nil : (bold, rest)
    }

    private static func item(_ text: String, level: Int, of b: Block) -> Block {
        var item = Block(kind: .listItem(level: level, ordered: false), text: text, number: nil,
                         lines: [Block.Line(text: text, source: b.source)], source: b.source)
        item.styles = b.styles
        return item
    }
}
