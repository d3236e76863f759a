/// Paragraphs that each start with a short lead-in and a colon, then a sentence ("Heiltidsplan:
/// Vi krev at kommunen …", "Verving: Vi vervar på alle arbeidsplassar …"): a plan whose points
/// are run-in topics, as bold lead-ins print. The document's own repetition tells topic from
/// field: a lead-in that comes once is a topic, and its paragraph a point (the lead-in is no
/// part of the item's text); a lead-in that comes again and again is a field's name ("Målet
/// vårt:", "Bakgrunn:"), left for the labels to read (a goal's label is one; an unknown one,
/// background, is no item).
enum RunInPoints {
    /// Distinct topics that make it the document's way of writing its points.
    static let minimumTopics = 4

    static func relist(_ blocks: [Block]) -> [Block] {
        var leads: [Int: (lead: String, rest: String)] = [:]
        var counts: [String: Int] = [:]
        for (i, b) in blocks.enumerated() {
            guard case .paragraph = b.kind, b.lines.count <= 1, let split = leadIn(b.text) else { continue }
            leads[i] = split
            counts[split.lead.lowercased(), default: 0] += 1
        }
        let topics = counts.filter { $0.value == 1 }.count
        guard topics >= minimumTopics, topics * 2 >= leads.count else { return blocks }
        // Under a goal's label ("Målet vårt: …") since the last heading, the topics are its
        // measures: the goal a point of the outline, the topics a level below it.
        var out = blocks
        var underGoal = false
        for i in blocks.indices {
            if case .heading = blocks[i].kind { underGoal = false; continue }
            guard let split = leads[i] else { continue }
            if counts[split.lead.lowercased()]! > 1 {
                if LabelledLine.parse(blocks[i].text)?.label == .goal {
                    underGoal = true
                    out[i].kind = .listItem(level: 1, ordered: false)
                }
                continue
            }
            guard LabelledLine.parse(blocks[i].text) == nil else { continue }
            out[i].kind = .listItem(level: underGoal ? 2 : 1, ordered: false)
            out[i].text = split.rest
            out[i].lines = [Block.Line(text: split.rest, source: blocks[i].source)]
        }
        return out
    }

    /// "Topic: a sentence of four words or more": a lead-in of one to three words that starts
    /// in upper case and is no column header's word ("Ansvar:", "Frist:") nor a date or number.
    static func leadIn(_ text: String) -> (lead: String, rest: String)? {
        guard let colon = text.prefix(40).firstIndex(of: ":") else { return nil }
        let lead = String(text[..<colon]), rest = TextCleaning.clean(String(text[text.index(after: colon)...]))
        guard let first = lead.first, first.isUppercase, !lead.contains(where: \.isNumber), (1...3).contains(TextMatching.spaceSeparatedCount(lead)),
              TextMatching.spaceSeparatedCount(rest) >= 4, rest.first?.isUppercase == true,
              TableColumns.headerRole(lead) == nil else { return nil }
        return (lead, rest)
    }
}
