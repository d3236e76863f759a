/// Who and when marked by a symbol inside the line, the same symbol line after line: "☐ Kurs
/// for tillitsvalde  👤 HTV  📅 april" (a Teams or chat post, a task list). Which symbol means
/// what is the document's own: a symbol (an emoji, a pictograph, a sign that is no letter,
/// digit or punctuation) that stands after the text on three lines or more, each time followed
/// by a short value, means when if most of its values are times, else who. A run of such
/// lines becomes a table of the item's text, who and when, the columns' roles given
/// (`Table.knownRoles`), so that the fields reach their measures as a table's columns would;
/// the list items of another glyph just before the run are its goals.
enum SymbolFields {
    typealias Role = TableColumns.Role

    /// Lines a symbol must end the text of to be a field's mark.
    static let minimumLines = 3

    static func tables(_ blocks: [Block]) -> [Block] {
        // Cheap test first: most documents have no symbol inside a line.
        guard blocks.contains(where: { $0.text.utf8.contains { $0 >= 0xE2 } && $0.text.unicodeScalars.contains(where: isSymbol) }) else { return blocks }
        var values: [Unicode.Scalar: [String]] = [:]
        for b in blocks where eligible(b) {
            for (mark, value) in marks(b.text).fields { values[mark, default: []].append(value) }
        }
        var roles: [Unicode.Scalar: Role] = [:]
        for (mark, found) in values where found.count >= minimumLines {
            guard found.allSatisfy({ TextMatching.spaceSeparatedCount($0) <= 6 }) else { continue }
            let times = found.filter(FieldValue.isTime).count
            roles[mark] = times * 5 >= found.count * 3 ? .deadline : .responsible
        }
        guard !roles.isEmpty else { return blocks }
        var out: [Block] = []
        var run: [TableRow] = []
        var runSource: SourcePosition?
        var runGlyph: Character?
        func row(_ cells: [String], _ source: SourcePosition) -> TableRow {
            TableRow(cells: cells.map { TableCell(text: $0, source: source) }, source: source)
        }
        func flush() {
            guard let source = runSource, !run.isEmpty else { return }
            // The list items just before, of another glyph than the run's and with no fields,
            // head it: the goals its measures serve ("🎯 1 500 medlemmer …" over "☐ Vervestand …").
            var goals: [TableRow] = []
            while let last = out.last, case .listItem = last.kind, let glyph = last.glyph, glyph != runGlyph, marks(last.text).fields.isEmpty {
                goals.insert(row([last.text, "", "", ""], last.source), at: 0)
                out.removeLast()
            }
            let rows = goals.isEmpty ? run : goals + run.map { row([""] + $0.cells.map(\.text), $0.source) }
            let roles: [Int: Role] = goals.isEmpty ? [0: .text, 1: .responsible, 2: .deadline] : [0: .goal, 1: .text, 2: .responsible, 3: .deadline]
            out.append(Block(kind: .table(Table(rows: rows, knownRoles: roles)), text: "", number: nil, lines: [], source: goals.first?.source ?? source))
            run = []; runSource = nil; runGlyph = nil
        }
        for b in blocks {
            let split = eligible(b) ? marks(b.text) : (text: b.text, fields: [])
            let known = split.fields.filter { roles[$0.mark] != nil }
            guard !known.isEmpty, !split.text.isEmpty else { flush(); out.append(b); continue }
            let who = known.first { roles[$0.mark] == .responsible }?.value ?? ""
            let when = known.first { roles[$0.mark] == .deadline }?.value ?? ""
            runSource = runSource ?? b.source
            runGlyph = runGlyph ?? b.glyph
            run.append(row([split.text, who, when], b.source))
        }
        flush()
        return out
    }

    private static func eligible(_ b: Block) -> Bool {
        switch b.kind {
        case .paragraph, .listItem: return true
        default: return false
        }
    }

    /// A symbol: a pictograph or other sign (Unicode's So), not a letter, digit or punctuation.
    static func isSymbol(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x2000 && s.properties.generalCategory == .otherSymbol
    }

    /// The text before the first symbol that follows white space (not the line's first
    /// character), and each such symbol with the text after it up to the next.
    static func marks(_ text: String) -> (text: String, fields: [(mark: Unicode.Scalar, value: String)]) {
        let scalars = Array(text.unicodeScalars)
        var starts: [Int] = []
        for i in scalars.indices.dropFirst() where isSymbol(scalars[i]) && scalars[i - 1].properties.isWhitespace {
            // Text before it, not a marker at the line's start.
            if scalars[..<i].contains(where: { $0.properties.isAlphabetic }) { starts.append(i) }
        }
        guard let first = starts.first else { return (text, []) }
        func string(_ r: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[r].filter { $0.value != 0xFE0F && $0.value != 0x200D })
            return TextCleaning.clean(String(s))
        }
        var fields: [(Unicode.Scalar, String)] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : scalars.count
            let value = string((start + 1)..<end)
            if !value.isEmpty { fields.append((scalars[start], value)) }
        }
        // (A pictograph the line opens with marks it, as a bullet would: "☑ Medlemsmøte …".)
        return (TextMatching.withoutLeadingSymbols(string(0..<first)), fields)
    }
}
