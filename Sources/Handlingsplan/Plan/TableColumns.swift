import Foundation

/// Which column of a measure table holds what, from its header row *and* from what its
/// cells hold. A header names a column's role where its words say so (`vocabulary.tsv`:
/// header-text, header-goal, header-responsible, …); a column its header does not name
/// takes the role its cells show: months, weeks, quarters and dates are when, roles and
/// names are who, "Gjennomført"/"Pågår" a status, amounts a cost, area numbers or names
/// the national area. The item's own text is the column named so, else the one whose cells
/// read most like sentences (the longest), never a column of months or names.
struct TableColumns {
    enum Role: Int, Sendable, CaseIterable { case text, goal, comment, responsible, deadline, status, budget, project, area }

    private(set) var headerRow: Int?
    /// The header's cells as written, to know the header again where a table broken over
    /// pages repeats it.
    private var headerTexts: [String] = []
    /// Each role's column.
    private var columns: [Role: Int] = [:]

    private static let words = PlanWords.active
    private static let headers: [(PhraseList, Role)] = [
        (words.phrases(.headerText), .text), (words.phrases(.headerGoal), .goal), (words.phrases(.headerComment), .comment),
        (words.phrases(.headerResponsible), .responsible), (words.phrases(.headerDeadline), .deadline),
        (words.phrases(.headerStatus), .status), (words.phrases(.headerBudget), .budget), (words.phrases(.headerProject), .project),
        (words.phrases(.headerArea), .area),
    ]

    /// `repeatedHeader`: the table's first row stands first in other tables of the document too
    /// (each area's table under the same "Hva vi vil oppnå | Slik gjør vi det"): a header,
    /// whatever its words; the columns it does not name take their roles from their cells.
    init(_ table: Table, repeatedHeader: Bool = false) {
        defer { if repeatedHeader, headerRow == nil, let first = table.rows.first { takeRepeatedHeader(first, of: table) } }
        for (index, row) in table.rows.enumerated().prefix(12) {
            var found: [Int: Role] = [:]
            for (column, cell) in row.cells.enumerated() {
                if let role = Self.headerRole(cell.text), !found.values.contains(role) { found[column] = role }
            }
            // A header names at least two columns (or all it has), and its cells are all short.
            // A year plan's header names its text column and then the months ("Aktivitet | Jan |
            // Feb | …", marks under them): the months count as named columns.
            let filled = row.filledCells.count
            let months = row.cells.filter { cell in TextMatching.words(cell.text).count == 1 && FieldValue.month(TextMatching.words(cell.text)[0]) != nil }.count
            let named = found.count + (months >= 3 ? months : 0)
            guard named >= 2, named >= min(3, filled) || found.values.contains(.text) || found.values.contains(.goal), row.filledCells.allSatisfy({ TextMatching.spaceSeparatedCount($0.text) <= 5 }) else { continue }
            headerRow = index
            headerTexts = row.cells.map { Self.normalised($0.text) }
            for (column, role) in found { columns[role] = column }
            break
        }
        for (column, role) in table.knownRoles.sorted(by: { $0.key < $1.key }) where columns[role] == nil && !columns.values.contains(column) {
            columns[role] = column
        }
        assignByContent(table)
    }

    /// A first row that other tables repeat as theirs: the header. A column whose cells
    /// mostly state what shall be (`ItemWording`), beside one whose cells do not, is the goals'.
    private mutating func takeRepeatedHeader(_ row: TableRow, of table: Table) {
        headerRow = 0
        headerTexts = row.cells.map { Self.normalised($0.text) }
        columns = [:]
        for (column, cell) in row.cells.enumerated() {
            if let role = Self.headerRole(cell.text), columns[role] == nil { columns[role] = column }
        }
        if columns[.goal] == nil {
            let width = row.cells.count
            let goalShare = (0..<width).map { c -> Double in
                let texts = table.rows.dropFirst().flatMap { $0.cells.count > c ? $0.cells[c].paragraphs : [] }
                return texts.isEmpty ? 0 : Double(texts.filter { ItemWording.kind(of: $0) == .localGoal }.count) / Double(texts.count)
            }
            if let best = goalShare.indices.max(by: { goalShare[$0] < goalShare[$1] }), goalShare[best] > 0.5,
               goalShare.indices.contains(where: { $0 != best && goalShare[$0] < 0.5 }), !columns.values.contains(best) {
                columns[.goal] = best
            }
        }
        assignByContent(table)
    }

    /// The role a header cell names ("Ansvarleg", "Innen når", "Hva skal gjøres?").
    static func headerRole(_ text: String) -> Role? {
        let w = TextMatching.words(text)
        guard !w.isEmpty, w.count <= 5 else { return nil }
        if let role = headers.first(where: { $0.0.isWhole(w) })?.1 { return role }
        // Two roles in one column ("Kven / når", "Ansvar/frist"): the first names it (its cells
        // give the second where a time ends them: `whoAndWhen`).
        let parts = text.split(separator: "/")
        guard parts.count == 2 else { return nil }
        let roles = parts.map { part in headers.first { $0.0.isWhole(TextMatching.words(String(part))) }?.1 }
        guard let first = roles[0], roles[1] != nil else { return nil }
        return first
    }

    private static func normalised(_ s: String) -> String { TextMatching.words(s).joined(separator: " ") }

    /// A row that repeats the header (a table broken over pages, or a header typed again).
    func repeatsHeader(_ row: TableRow) -> Bool {
        guard headerRow != nil else { return false }
        let texts = row.cells.map { Self.normalised($0.text) }
        return texts.count == headerTexts.count && texts == headerTexts
    }

    // MARK: - Content

    /// What a column's cells hold: the share of its filled cells of each kind, and how long they are.
    private struct Profile {
        var filled = 0
        var time = 0, who = 0, status = 0, amount = 0, area = 0
        var words = 0
        var meanWords: Double { filled == 0 ? 0 : Double(words) / Double(filled) }
        func share(_ n: Int) -> Double { filled == 0 ? 0 : Double(n) / Double(filled) }
    }

    private mutating func assignByContent(_ table: Table) {
        let width = table.rows.map(\.cells.count).max() ?? 0
        guard width >= 2 else {
            if columns[.text] == nil { columns[.text] = 0 }
            return
        }
        var profiles = Array(repeating: Profile(), count: width)
        for (index, row) in table.rows.enumerated() {
            if let headerRow, index <= headerRow { continue }
            if row.spansTable || row.filledCells.count < 2 || repeatsHeader(row) { continue }
            for (column, cell) in row.cells.enumerated() where !cell.text.isEmpty {
                var p = profiles[column]
                p.filled += 1
                p.words += TextMatching.spaceSeparatedCount(cell.text)
                if FieldValue.isStatus(cell.text) { p.status += 1 }
                else if FieldValue.isTime(cell.text) { p.time += 1 }
                else if FieldValue.isAmount(cell.text) { p.amount += 1 }
                else if AreaColumn.isAreaReference(cell.text) { p.area += 1 }
                else if FieldValue.isWho(cell.text) { p.who += 1 }
                profiles[column] = p
            }
        }
        func free(_ c: Int) -> Bool { !columns.values.contains(c) }
        // Each role its cells show, where the header did not give the role or the column.
        let byContent: [(Role, KeyPath<Profile, Int>)] = [(.status, \.status), (.deadline, \.time), (.budget, \.amount), (.area, \.area), (.responsible, \.who)]
        for (role, count) in byContent where columns[role] == nil {
            let candidates = (0..<width).filter { free($0) && profiles[$0].filled >= 2 && profiles[$0].share(profiles[$0][keyPath: count]) >= 0.6 }
            if let best = candidates.max(by: { profiles[$0].share(profiles[$0][keyPath: count]) < profiles[$1].share(profiles[$1][keyPath: count]) }) {
                columns[role] = best
            }
        }
        if columns[.text] == nil, columns[.goal] == nil, let (goal, text) = mergedGoalColumn(table, profiles) {
            columns[.goal] = goal; columns[.text] = text
        }
        if columns[.text] == nil {
            // The item's text: the free column whose cells are longest (sentences, not labels).
            let candidates = (0..<width).filter { free($0) && profiles[$0].filled > 0 }
            columns[.text] = candidates.max { profiles[$0].meanWords < profiles[$1].meanWords } ?? (free(0) ? 0 : nil)
        }
    }

    /// Two columns of sentences side by side, neither named, beside columns of who or when, where
    /// the left one is empty on rows whose right one is filled and never the other way round: the
    /// left cell stood over several rows (merged, and written once by a writer that cannot merge),
    /// so it is the goal the right column's measures serve.
    private func mergedGoalColumn(_ table: Table, _ profiles: [Profile]) -> (goal: Int, text: Int)? {
        let texts = profiles.indices.filter { c in
            !columns.values.contains(c) && profiles[c].filled >= 2 && profiles[c].meanWords >= 3
        }
        guard texts.count >= 2, columns[.responsible] != nil || columns[.deadline] != nil else { return nil }
        let (left, right) = (texts[0], texts[1])
        // A column of area names written once over their rows groups by area: `AreaColumn`'s.
        let lefts = table.rows.map { $0.cells.count > left ? $0.cells[left].text : "" }.filter { !$0.isEmpty }
        guard lefts.filter({ Labels.area(named: $0) != nil && ItemWording.kind(of: $0) != .localGoal }).count * 2 < lefts.count else { return nil }
        var leftGaps = 0, rightGaps = 0
        for (index, row) in table.rows.enumerated() where index != headerRow && !row.spansTable && row.cells.count > right {
            let l = !row.cells[left].text.isEmpty, r = !row.cells[right].text.isEmpty
            if r && !l { leftGaps += 1 } else if l && !r { rightGaps += 1 }
        }
        return leftGaps >= 1 && rightGaps == 0 ? (left, right) : nil
    }

    // MARK: - Cells

    /// The measure's own text.
    func text(of row: TableRow) -> String {
        guard let c = columns[.text], c < row.cells.count else { return "" }
        return row.cells[c].text
    }

    /// The measure's cell (or the goal's, `role`) as the items it lists: one a paragraph where each paragraph starts
    /// an item of its own (a capital or a list marker; "(felles med …)" goes on with the one
    /// before), else the whole text.
    func items(of row: TableRow, role: Role = .text) -> [String] {
        guard let c = columns[role], c < row.cells.count else { return [] }
        let cell = row.cells[c]
        let parts = cell.paragraphs.map { ListMarker.split($0).text }.filter { !$0.isEmpty }
        guard parts.count >= 2, parts.allSatisfy({ $0.first.map { $0.isUppercase || $0.isNumber } ?? false }) else {
            return cell.text.isEmpty ? [] : [cell.text]
        }
        return parts
    }

    /// Whether the table has columns of who, when, status or cost beside the text.
    var hasFieldColumns: Bool { [Role.responsible, .deadline, .status, .budget].contains { columns[$0] != nil } }

    func value(_ role: Role, _ row: TableRow) -> String? {
        guard let c = columns[role], c < row.cells.count else { return nil }
        let text = row.cells[c].text
        return text.isEmpty ? nil : text
    }

    /// Who and when of a row. Where the table has no column of when, the who column may hold
    /// both ("Kven / når": "HTV / innan 1. april", or "Styret" and "september" as two
    /// paragraphs of the cell): a last part that is a time is the when, the rest the who.
    ///
    /// A cell that lists several measures, one a paragraph, beside who and when cells of as
    /// many paragraphs, lines them up: the k-th measure's who and when are the k-th paragraphs
    /// ("–" for none).
    func whoAndWhen(_ row: TableRow, item k: Int = 0, of count: Int = 1) -> (responsible: String?, deadline: String?) {
        if count >= 2 {
            func aligned(_ role: Role) -> String?? {
                guard let c = columns[role], c < row.cells.count, row.cells[c].paragraphs.count == count else { return nil }
                let text = row.cells[c].paragraphs[k]
                return .some(AreaColumn.saysNone(text) ? nil : text)
            }
            let who = aligned(.responsible), when = aligned(.deadline)
            if who != nil || when != nil {
                return (who ?? (columns[.responsible] == nil ? nil : value(.responsible, row)), when ?? (columns[.deadline] == nil ? nil : value(.deadline, row)))
            }
        }
        let who = value(.responsible, row), when = value(.deadline, row)
        guard when == nil, let who, let c = columns[.responsible] else { return (who, when) }
        let cell = row.cells[c]
        var parts = cell.paragraphs.count >= 2 ? cell.paragraphs : []
        if parts.isEmpty, let slash = who.range(of: " / ", options: .backwards) {
            parts = [String(who[..<slash.lowerBound]), String(who[slash.upperBound...])]
        }
        guard parts.count >= 2, let last = parts.last.map(TextCleaning.clean), FieldValue.isTime(last) else { return (who, nil) }
        let rest = TextCleaning.clean(parts.dropLast().joined(separator: " "))
        guard !rest.isEmpty, !FieldValue.isTime(rest) else { return (who, nil) }
        return (rest, last)
    }

    /// Whether the table has a column of this role.
    func has(_ role: Role) -> Bool { columns[role] != nil }
}

/// A cell of a table's area column: "3", "1 Heiltid", "Org.", "Digitalisering", "–".
enum AreaColumn {
    /// Whether a short cell refers to one of the six areas by number or name.
    static func isAreaReference(_ text: String) -> Bool {
        let t = TextCleaning.clean(text)
        guard TextMatching.spaceSeparatedCount(t) <= 4 else { return false }
        if leadingAreaNumber(t) != nil { return true }
        return Labels.area(named: t) != nil
    }

    /// "3", "3.", "1 Heiltid": the area's number in front.
    static func leadingAreaNumber(_ text: String) -> Int? {
        let t = TextCleaning.clean(text)
        guard let first = t.first, let n = first.wholeNumberValue, (1...6).contains(n) else { return nil }
        let rest = t.dropFirst()
        guard rest.isEmpty || rest.first == " " || rest.first == "." || rest.first == ")" else { return nil }
        return n
    }

    /// A cell that says "none" by its signs: empty, or dashes and slashes only ("–", "-/-").
    static func saysNone(_ text: String) -> Bool {
        let t = TextCleaning.clean(text)
        return t.isEmpty || t.allSatisfy { "-–—/".contains($0) }
    }
}
