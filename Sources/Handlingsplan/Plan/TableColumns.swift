import Foundation

/// Which column of a measure table holds what, found from its header row
/// (Mål, TILTAK/Aktivitet/Hva, Kommentar, Ansvar/Hvem, Frist/Når, Status, Budsjett/Kostnad,
/// Prosj.nr., in bokmål and nynorsk: `PlanVocabulary.tableHeaders`).
struct TableColumns {
    enum Role: Sendable { case text, goal, comment, responsible, deadline, status, budget, project }

    private(set) var headerRow: Int?
    private var roles: [Int: Role] = [:]

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
                headerRow = index; roles = found
                return
            }
        }
    }

    /// The leftmost column of a role (the first column holds the text where no header says).
    private func column(_ role: Role) -> Int? {
        roles.filter { $0.value == role }.map(\.key).min() ?? (role == .text && roles.isEmpty ? 0 : nil)
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
