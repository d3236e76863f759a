import Foundation

/// Which column of a measure table holds what, found from its header row
/// (Mål, TILTAK/Aktivitet/Hva, Kommentar, Ansvar/Hvem, Frist/Når, Status, Budsjett/Kostnad,
/// Prosj.nr., in bokmål and nynorsk: `PlanVocabulary.tableHeaders`).
struct TableColumns {
    enum Role: Int, Sendable { case text, goal, comment, responsible, deadline, status, budget, project }

    private(set) var headerRow: Int?
    /// Each role's leftmost column by the role's raw value, from the header's roles by column
    /// (asked for every cell of every row: filtering those each time cost more than the cell).
    private var columns = Self.leftmostColumns([:])

    private static let headers = PlanVocabulary.tableHeaders.map { (Pattern($0.pattern), $0.column) }

    init(_ table: Table) {
        for (index, row) in table.rows.enumerated().prefix(12) {
            var found: [Int: Role] = [:]
            for (column, cell) in row.cells.enumerated() {
                let text = MatchText(TextCleaning.trimmingHorizontalSpace(cell.text))
                if let role = Self.headers.first(where: { $0.0.matches(text) })?.1 { found[column] = role }
            }
            // A header names at least two columns, one of them the goal or the action.
            if found.count >= 2, found.values.contains(where: { $0 == .text || $0 == .goal }), found.count >= min(3, row.filledCells.count) {
                headerRow = index; columns = Self.leftmostColumns(found)
                return
            }
        }
    }

    /// The leftmost column of a role (the first column holds the text where no header says).
    private func column(_ role: Role) -> Int? { columns[role.rawValue] }

    private static func leftmostColumns(_ roles: [Int: Role]) -> [Int?] {
        var out = [Int?](repeating: nil, count: Role.project.rawValue + 1)   // project is the last role
        for (column, role) in roles where out[role.rawValue].map({ column < $0 }) ?? true { out[role.rawValue] = column }
        if roles.isEmpty { out[Role.text.rawValue] = 0 }
        return out
    }

    /// The measure's own text (the TILTAK column, else the first column).
    func text(of row: TableRow) -> String {
        guard let c = column(.text), c < row.cells.count else { return "" }
        return row.cells[c].text
    }

    func value(_ role: Role, _ row: TableRow) -> String? {
        guard let c = column(role), c < row.cells.count else { return nil }
        let text = row.cells[c].text
        return text.isEmpty ? nil : text
    }
}
