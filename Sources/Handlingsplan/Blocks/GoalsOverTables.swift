/// A goal set over its table of measures: under a heading, one short paragraph and then the
/// table that carries it out, again and again ("Ingen nyansatte skal få stillinger under 50
/// prosent." / Tiltak | Ansvar | Frist …). Where the document repeats that pairing, the
/// paragraph's place says it is the goal the table serves, however it is worded (a state
/// reached, "Tillitsvalgte bruker digitale møter", with no "skal" to mark it).
///
/// The evidence is the repetition: at least two such paragraphs, each standing alone between
/// a heading (or the table of the goal before) and a table of two rows or more.
enum GoalsOverTables {
    static func relist(_ blocks: [Block]) -> [Block] {
        var candidates: [Int] = []
        for i in blocks.indices.dropFirst() where i + 1 < blocks.count {
            guard case .paragraph = blocks[i].kind, case let .table(table) = blocks[i + 1].kind, table.rows.count >= 2 else { continue }
            switch blocks[i - 1].kind {
            case .heading, .table: break
            default: continue
            }
            // (A paragraph with a lead-in of its own, "Mål for 2026: …", is read by its label.)
            let text = blocks[i].text
            let leadIn = text.firstIndex(of: ":").map { TextMatching.spaceSeparatedCount(String(text[..<$0])) <= 5 } ?? false
            if isGoalSized(text), !leadIn { candidates.append(i) }
        }
        guard candidates.count >= 2 else { return blocks }
        var out = blocks
        for i in candidates { out[i].kindFromLayout = .localGoal }
        return out
    }

    /// One or two sentences, not an introduction to what follows (no closing colon), nor a
    /// heading set as a plain paragraph ("🏥 EGNE ANSATTE, IKKE ANBUD" between the tables).
    private static func isGoalSized(_ text: String) -> Bool {
        let words = TextMatching.spaceSeparatedCount(text)
        guard (4...40).contains(words), !text.hasSuffix(":"), !Labels.looksLikeHeading(text) else { return false }
        let letters = text.filter(\.isLetter)
        if letters.filter(\.isUppercase).count * 5 >= letters.count * 4 { return false }  // set in capitals
        let sentenceEnds = text.split(separator: " ").filter { $0.last.map { ".!?".contains($0) } ?? false }.count
        return sentenceEnds <= 2
    }
}
