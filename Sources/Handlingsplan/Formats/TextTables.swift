import Foundation

/// Tables that a text export flattened, found by their header and rebuilt from what their
/// lines hold and where they stand. Two shapes:
///
/// - one cell a line (LibreOffice's text export, pdftotext's default and -raw modes): the
///   header's cells on lines of their own ("Tiltak" / "Ansvarleg" / "Tidsfrist") or on one
///   line ("Tiltak Ansvar Frist Status"), then each row's cells one after the other, a
///   wrapped cell over several lines, an empty cell missing or blank;
/// - cells side by side, columns lined up with spaces (pdftotext -layout): the header's
///   words stand over their columns, and each fragment of a line belongs to the column it
///   stands under.
///
/// Either way a cell's kind comes from what it holds (`FieldValue`: a time, who, a status,
/// an amount) where the header has such a column, and the rest is text: a line that starts
/// in upper case starts a new row, one in lower case goes on with the cell before it.
enum TextTables {
    typealias Role = TableColumns.Role

    /// A table that starts at `start`, and the index of the first line after it.
    static func table(in lines: [PageLayout.Line], from start: Int) -> (Block, Int)? {
        let first = lines[start].text
        // Cheap refusals first: a header starts with a header word (its letters, read off the line).
        let firstWord = first.drop { !$0.isLetter }.prefix { $0.isLetter }.lowercased()
        guard !firstWord.isEmpty, headerFirstWords.contains(firstWord), first.utf8.count <= 400 else { return nil }
        if let columns = layoutHeader(first) { return layoutTable(lines, from: start, columns: columns) }
        // A header is short and no sentence: a label with its text ("Tiltak: Verve …") is none.
        let cleaned = TextCleaning.clean(String(first))
        guard TextMatching.hasAtMost(cleaned, 120), !cleaned.contains(where: { $0 == ":" || $0 == "." || $0 == "," }) else { return nil }
        if let (roles, cells, next) = streamHeader(lines, from: start) {
            // A header on one line sets each row on one line too: its fields come off its end.
            return streamTable(lines, from: next, roles: roles, header: cells, headerLine: start, rowsOnOneLine: next == start + 1)
        }
        return nil
    }

    private static let headerFirstWords: Set<String> = {
        var out = Set<String>()
        for key in [PlanWords.Key.headerText, .headerGoal, .headerResponsible, .headerDeadline, .headerStatus, .headerBudget, .headerComment, .headerArea] {
            for entry in PlanWords.active.all(key) { if let w = TextMatching.words(entry).first { out.insert(w) } }
        }
        return out
    }()

    /// The header's roles of a row of cells; nil unless at least two columns are named, one of
    /// them the measure's or the goal's, each once.
    private static func roles(of cells: [String]) -> [Role]? {
        var roles: [Role] = []
        for cell in cells {
            guard let role = TableColumns.headerRole(cell), !roles.contains(role) else { return nil }
            roles.append(role)
        }
        guard roles.count >= 2, roles.contains(.text) || roles.contains(.goal) else { return nil }
        return roles
    }

    // MARK: - One cell a line

    /// A header on consecutive lines of one header word each, or on one line of header words
    /// with single spaces between them.
    private static func streamHeader(_ lines: [PageLayout.Line], from start: Int) -> ([Role], [String], Int)? {
        var cells: [String] = []
        var k = start
        // (A line may hold two of them where the export broke the header unevenly: "Hva" /
        // "Hvem Når" / "Kostnad".)
        while k < lines.count, cells.count < 8 {
            let line = TextCleaning.clean(String(lines[k].text))
            if TableColumns.headerRole(line) != nil { cells.append(line) } else if k > start, let split = headerPhrases(line), split.count >= 2 {
                cells += split
            } else { break }
            k += 1
        }
        if cells.count >= 2, let roles = roles(of: cells) { return (roles, cells, k) }
        // "Tiltak Ansvar Frist Status": the line read as header phrases one after the other.
        if let split = headerPhrases(TextCleaning.clean(String(lines[start].text))), split.count >= 2, let roles = roles(of: split) {
            return (roles, split, start + 1)
        }
        return nil
    }

    /// A row being collected: its cells by role.
    private struct Row {
        var cells: [Role: String] = [:]
        var firstLine: Int
        var lastLine: Int
        var spans = false
        var hasFields: Bool { cells.keys.contains { $0 != .text && $0 != .goal } }
    }

    /// The most lines with text a table read one cell a line goes on without a field: more
    /// than any row's wrapped text and the rows without fields between.
    private static let longestRowWithoutFields = 40

    private static func streamTable(_ lines: [PageLayout.Line], from start: Int, roles: [Role], header: [String], headerLine: Int,
                                    rowsOnOneLine: Bool) -> (Block, Int)? {
        if !rowsOnOneLine, let strict = cellGroups(lines, from: start, roles: roles, header: header, headerLine: headerLine) { return strict }
        var rows: [Row] = []
        var k = start
        var lastTextRole: Role?
        // Lines with text since the last that held a field: a table's rows have fields, and
        // a long stretch without any is no table (or its end).
        var sinceField = 0
        while k < lines.count {
            let raw = lines[k].text
            let text = TextCleaning.clean(String(raw))
            if text.isEmpty { k += 1; continue }
            sinceField += 1
            if sinceField > Self.longestRowWithoutFields {
                // Back to the end of the last row with fields.
                while let last = rows.last, !last.hasFields { rows.removeLast() }
                k = rows.last.map { $0.lastLine + 1 } ?? k
                break
            }
            // The header again (a page break inside the table).
            if TableColumns.headerRole(text) != nil, header.contains(text) { k += 1; continue }
            // A row across the table that names an area ("1. Heiltid og likeløn"): a section.
            if isAreaRow(text) {
                var row = Row(firstLine: k, lastLine: k); row.cells[roles[0]] = text; row.spans = true
                rows.append(row); lastTextRole = nil; k += 1
                continue
            }
            if endsTable(text) { break }
            if let role = fieldRole(text, roles) {
                sinceField = 0
                if rows.isEmpty || rows[rows.count - 1].spans { rows.append(Row(firstLine: k, lastLine: k)) }
                let last = rows.count - 1
                rows[last].cells[role] = rows[last].cells[role].map { $0 + " " + text } ?? text
                rows[last].lastLine = k
                k += 1
                continue
            }
            // Text: a line in lower case goes on with the cell before it.
            if let role = lastTextRole, let first = text.first, first.isLowercase, !rows.isEmpty {
                rows[rows.count - 1].cells[role, default: ""] += " " + text
                rows[rows.count - 1].lastLine = k
                k += 1
                continue
            }
            // A row on one line, its cells set apart by single spaces (pdftotext -raw):
            // the fields come off its end, in the header's order from the right.
            // Elsewhere a cell's line may carry the next cells' start too (pdftotext's default
            // mode breaks a row unevenly: "Vervekampanje i forbundsukene Styret"): fields that
            // start with a capital come off its end.
            var (rowText, peeled) = peelFields(text, roles)
            if !rowsOnOneLine, peeled.values.contains(where: { !($0.first?.isUppercase ?? false) }) { (rowText, peeled) = (text, [:]) }
            if !peeled.isEmpty {
                sinceField = 0
                var row = Row(firstLine: k, lastLine: k)
                row.cells = peeled
                row.cells[roles.contains(.text) ? .text : .goal] = rowText
                rows.append(row); lastTextRole = roles.contains(.text) ? .text : .goal; k += 1
                continue
            }
            // With a goal column and a text column: a sentence followed by another is the goal
            // and its first measure; one followed by its fields is a measure under the goal above.
            let role: Role = roles.contains(.goal) && roles.contains(.text)
                ? (rows.last.map { $0.cells[.goal] != nil && $0.cells[.text] == nil && !$0.hasFields && !$0.spans } == true ? .text
                   : nextIsSentence(lines, after: k, roles) ? .goal : .text)
                : (roles.contains(.text) ? .text : .goal)
            if role == .text, let last = rows.last, last.cells[.goal] != nil, last.cells[.text] == nil, !last.hasFields, !last.spans {
                rows[rows.count - 1].cells[.text] = text; rows[rows.count - 1].lastLine = k
            } else {
                var row = Row(firstLine: k, lastLine: k); row.cells[role] = text
                rows.append(row)
            }
            lastTextRole = role
            k += 1
        }
        // A table has rows with fields: one-cell lines under a header-like line are a list.
        guard rows.filter(\.hasFields).count >= 2 else { return nil }
        return (block(header: header, roles: roles, rows: rows, headerLine: lines[headerLine].number, lines: lines), k)
    }

    /// LibreOffice's text export writes every cell as a line, an empty one as an empty line: a
    /// row is then exactly as many lines as the header has cells (a row across the table, one
    /// line). Read that way where every row holds in its columns what their kind allows; nil
    /// where fewer than two rows do (pdftotext drops empty cells and wraps long ones).
    private static func cellGroups(_ lines: [PageLayout.Line], from start: Int, roles: [Role], header: [String], headerLine: Int) -> (Block, Int)? {
        // The cells in order: each line, after the empty cells its blank lines stand for.
        // (Read as far as the rows go, not to the end: a header-like line that starts no table
        // costs a few lines, whatever follows it.)
        var cells: [(text: String, line: Int)] = []
        var k = start
        func read(upTo count: Int) {
            while k < lines.count, cells.count < count {
                if k > start { for _ in 0..<min(lines[k].blanksBefore, roles.count) { cells.append(("", k)) } }
                cells.append((TextCleaning.clean(String(lines[k].text)), k)); k += 1
            }
        }
        var rows: [Row] = []
        var i = 0
        var end = start
        func spanning(_ i: Int) -> Row {
            var row = Row(firstLine: cells[i].line, lastLine: cells[i].line); row.cells[roles[0]] = cells[i].text; row.spans = true
            return row
        }
        while true {
            // Enough cells for this row and the next (a row across the table looks one ahead).
            read(upTo: i + 2 * roles.count + 1)
            guard i < cells.count else { break }
            let first = cells[i].text
            if first.isEmpty, rows.isEmpty { i += 1; continue }
            if header.contains(first), i + roles.count <= cells.count, cells[i..<(i + roles.count)].map(\.text) == header { i += roles.count; continue }
            if isAreaRow(first) { rows.append(spanning(i)); end = cells[i].line + 1; i += 1; continue }
            if let row = rowOfCells(cells, at: i, roles) {
                rows.append(row); end = row.lastLine + 1; i += roles.count
                continue
            }
            // A row across the table (one cell, one line: "Anna", "7. Drift") before rows that fit.
            if Labels.looksLikeHeading(first), rowOfCells(cells, at: i + 1, roles) != nil {
                rows.append(spanning(i)); end = cells[i].line + 1; i += 1
                continue
            }
            break
        }
        // A row across the table that nothing follows is the heading after it.
        while let last = rows.last, last.spans { rows.removeLast(); end = last.firstLine }
        guard rows.filter(\.hasFields).count >= 2 else { return nil }
        return (block(header: header, roles: roles, rows: rows, headerLine: lines[headerLine].number, lines: lines), end)
    }

    /// The cells from `i` as one row, where they fit: text cells no label, list item or prose,
    /// field cells of their kind (one short one that is not, "Lokale forhandlingar 2024" as a
    /// time, is let through).
    private static func rowOfCells(_ cells: [(text: String, line: Int)], at i: Int, _ roles: [Role]) -> Row? {
        guard i + roles.count <= cells.count else { return nil }
        let group = cells[i..<(i + roles.count)]
        var row = Row(firstLine: group.first!.line, lastLine: group.last!.line)
        var odd = 0
        for (role, cell) in zip(roles, group.map(\.text)) where !cell.isEmpty {
            switch role {
            case .text, .goal, .comment, .project:
                if endsTable(cell) || isAreaRow(cell) || role != .comment && fieldRole(cell, [.deadline, .status]) != nil { return nil }
            default:
                if fieldRole(cell, [role]) != role {
                    odd += 1
                    if odd > 1 || TextMatching.spaceSeparatedCount(cell) > 6 || cell.hasSuffix(".") { return nil }
                }
            }
            row.cells[role] = cell
        }
        return row.cells[.text] != nil || row.cells[.goal] != nil ? row : nil
    }

    /// A row across the table that names an area ("1. Heiltid og likeløn"), not a sentence.
    private static func isAreaRow(_ text: String) -> Bool {
        let rest = LineScan.leadingNumber(text)?.rest ?? text
        return Labels.area(named: rest) != nil && Labels.looksLikeHeading(rest)
    }

    /// Whether the next line with text is another sentence (no field, no continuation).
    private static func nextIsSentence(_ lines: [PageLayout.Line], after k: Int, _ roles: [Role]) -> Bool {
        guard k + 1 < lines.count else { return false }
        let next = TextCleaning.clean(String(lines[k + 1].text))
        guard let first = next.first, !first.isLowercase, !endsTable(next), !isAreaRow(next) else { return false }
        return fieldRole(next, roles) == nil
    }

    /// The role a short line holds, where the header has that column.
    private static func fieldRole(_ text: String, _ roles: [Role]) -> Role? {
        guard TextMatching.spaceSeparatedCount(text) <= 8 else { return nil }
        if roles.contains(.status), FieldValue.isStatus(text) { return .status }
        if roles.contains(.deadline), FieldValue.isTime(text) { return .deadline }
        if roles.contains(.budget), FieldValue.isAmount(text) { return .budget }
        if roles.contains(.area), AreaColumn.isAreaReference(text) { return .area }
        if roles.contains(.responsible), FieldValue.isWho(text), !text.hasSuffix(".") { return .responsible }
        return nil
    }

    /// The fields at the end of a line that holds a whole row ("Krevje drøftingsmøte om deltid
    /// HTV April 2025"): for each column right of the text, from the last, the longest run of
    /// final words that holds that column's kind. A role after a word that joins ("… for
    /// tillitsvalde") is the text's own.
    private static func peelFields(_ line: String, _ roles: [Role]) -> (String, [Role: String]) {
        guard let textIndex = roles.firstIndex(of: .text) ?? roles.firstIndex(of: .goal) else { return (line, [:]) }
        var words = line.split(separator: " ").map(String.init)
        var fields: [Role: String] = [:]
        for role in roles[(textIndex + 1)...].reversed() {
            guard words.count > 3 else { break }
            for n in stride(from: min(6, words.count - 3), through: 1, by: -1) {
                let tail = words.suffix(n).joined(separator: " ")
                let head = words.dropLast(n).joined(separator: " ")
                // Who starts with a name or a role, not with "og" ("… og AFP Styret").
                guard fieldRole(tail, [role]) == role, !(role == .responsible && (TextMatching.endsWithFunctionWord(head)
                      || !(tail.first?.isUppercase ?? false) && !FieldValue.isRoleWord(words[words.count - n].lowercased()))) else { continue }
                fields[role] = tail
                words.removeLast(n)
                break
            }
        }
        return (words.joined(separator: " "), fields)
    }

    /// What follows a table: a label, a list item, a heading the plan's words know, prose.
    private static func endsTable(_ text: String, numbersToo: Bool = true) -> Bool {
        if Labels.group(of: MatchText(text)) != nil || LabelledLine.parse(text) != nil { return true }
        switch ListMarker.split(text).marker {
        case .bullet?: return true
        case .number?, .letter?: if numbersToo { return true }
        case nil: break
        }
        if Labels.isContextHeading(MatchText(text)) && Labels.looksLikeHeading(text) { return true }
        return GoalProse.sentences(text).count >= 3
    }

    // MARK: - Columns lined up

    /// A column of a lined-up table: where its header stands.
    private struct Column {
        var role: Role
        var header: String
        var start: Int
        var end: Int
    }

    /// A piece of a lined-up line: where it starts and ends (in characters), its text cleaned
    /// and as the line has it (positions count in the latter).
    private typealias Fragment = (start: Int, end: Int, text: String, chars: ArraySlice<Character>)

    /// The fragments of a line set apart by two spaces or more, with where each starts.
    private static func fragments(_ line: Substring) -> [Fragment] {
        let chars = Array(line)
        return TextColumns.pieces(chars).map { ($0.start, $0.end, TextCleaning.clean(String(chars[$0.start..<$0.end])), chars[$0.start..<$0.end]) }
    }

    /// Whether a line is the header of a lined-up table (its words over its columns).
    static func isLayoutHeader(_ line: Substring) -> Bool { layoutHeader(line) != nil }

    private static func layoutHeader(_ line: Substring) -> [Column]? {
        // Cells set apart by TABs are `TabRows`' (a spreadsheet pasted as text).
        guard !TextMatching.contains(line, byte: 0x09) else { return nil }
        // Fragments, and header words that a single space parts within one ("Hvem Når").
        var parts: [(start: Int, end: Int, text: String)] = []
        for f in fragments(line) {
            guard let phrases = headerPhrases(f.text) else { return nil }
            var offset = f.start
            for phrase in phrases {
                parts.append((offset, offset + phrase.count, phrase)); offset += phrase.count + 1
            }
        }
        guard parts.count >= 2, fragments(line).count >= 2, let roles = roles(of: parts.map(\.text)) else { return nil }
        return zip(parts, roles).map { Column(role: $1, header: $0.text, start: $0.start, end: $0.end) }
    }

    /// A text read as header phrases one after the other ("Tiltak Ansvar Frist"), or nil.
    private static func headerPhrases(_ text: String) -> [String]? {
        let words = text.split(separator: " ").map(String.init)
        var out: [String] = []
        var i = 0
        while i < words.count {
            guard let n = (1...min(4, words.count - i)).reversed().first(where: { TableColumns.headerRole(words[i..<(i + $0)].joined(separator: " ")) != nil }) else { return nil }
            out.append(words[i..<(i + n)].joined(separator: " ")); i += n
        }
        return out
    }

    /// The columns a fragment stands under: the header it overlaps most, else the nearest. A
    /// fragment under two headers is two cells that one space parted ("Plasstillitsvalde Heile
    /// året"): it is split at the word that starts nearest the second header.
    private static func place(_ fragment: Fragment, _ columns: [Column]) -> [(column: Int, text: String)] {
        func overlap(_ c: Column) -> Int { max(0, min(fragment.end, c.end) - max(fragment.start, c.start)) }
        let under = columns.indices.filter { overlap(columns[$0]) > 0 }
        if under.count >= 2, fragment.start < columns[under[1]].start {
            // Word starts within the fragment, by position in the line as it stands (the
            // cleaned text can be shorter: a trailing space, a soft hyphen).
            let chars = fragment.chars
            var starts: [Int] = []
            for k in chars.indices where chars[k] != " " && (k == chars.startIndex || chars[k - 1] == " ") { starts.append(k) }
            let second = columns[under[1]].start
            // (Of two words as near, the one after the header's start: a cell starts under it.)
            let cut = starts.dropFirst().min { (abs($0 - second), $0 < second ? 1 : 0) < (abs($1 - second), $1 < second ? 1 : 0) } ?? chars.endIndex
            let left = TextCleaning.clean(String(chars[..<cut]))
            let rest = chars[cut...]
            return [(under[0], left)] + place((cut, fragment.end, TextCleaning.clean(String(rest)), rest), columns)
        }
        if let best = under.max(by: { overlap(columns[$0]) < overlap(columns[$1]) }) { return [(best, fragment.text)] }
        let nearest = columns.indices.min { a, b in
            func gap(_ c: Column) -> Int { fragment.end <= c.start ? c.start - fragment.end : fragment.start - c.end }
            return gap(columns[a]) < gap(columns[b])
        }!
        return [(nearest, fragment.text)]
    }

    private static func layoutTable(_ lines: [PageLayout.Line], from start: Int, columns first: [Column]) -> (Block, Int)? {
        var columns = first
        let roles = columns.map(\.role)
        let textRole: Role = roles.contains(.text) ? .text : .goal
        var pieces: [(line: Int, column: Int, text: String)] = []
        // Rows across the table: lines that name an area, and (`alone`) the lines of one short
        // fragment at the margin that may be the table's own headings ("Drift og trivsel").
        var spanning = Set<Int>()
        var alone = Set<Int>()
        var k = start + 1
        // Rows set apart by blank lines (pdftotext -layout where cells have padding): a blank
        // line after the header says so, and then only two blank lines end the table.
        let rowsApart = k < lines.count && lines[k].blankBefore
        func afterBlank(_ k: Int) -> Bool { rowsApart ? lines[k].blanksBefore >= 2 : lines[k].blankBefore }
        while k < lines.count {
            let raw = lines[k].text
            let parts = fragments(raw)
            guard !parts.isEmpty else { k += 1; continue }
            let text = TextCleaning.clean(String(raw))
            // The header again (a page break inside the table): the next page's columns may
            // stand a little apart from the last's.
            if let again = layoutHeader(raw) {
                if again.map(\.role) == columns.map(\.role) { columns = again }
                k += 1; continue
            }
            // What is no row: one fragment at the margin after a blank line (a heading, a
            // paragraph), a label, a list item, prose, a place and date that sign the plan.
            // (A number at the margin is a cell's, "1 900 medlemmer …": only a label, a bullet or
            // prose ends the table there.)
            // A goal's label at the margin ("Mål: Fleire tilsette …") between rows is a row across
            // the table: the goal over the measures under it.
            if parts.count == 1, parts[0].start == 0, !lines[k].blankBefore, !pieces.isEmpty,
               let labelled = LabelledLine.parse(text), labelled.label != .measure, !labelled.text.isEmpty {
                spanning.insert(k); pieces.append((k, -1, text)); k += 1; continue
            }
            if parts.count == 1, parts[0].start == 0, afterBlank(k) || endsTable(text, numbersToo: false) || Labels.isSignature(MatchText(text)) { break }
            if parts.count == 1, endsTable(text, numbersToo: false) { break }
            if parts.count == 1, parts[0].start == 0 {
                // A line at the margin and nothing else: an area's name across the table, which
                // may reach under the next header ("Offentlege tenester med eigne tilsette").
                if isAreaRow(text) { spanning.insert(k); pieces.append((k, -1, text)); k += 1; continue }
                if Labels.looksLikeHeading(text) { alone.insert(k) }
            }
            for p in parts { for (c, t) in place(p, columns) where !t.isEmpty { pieces.append((k, c, t)) } }
            k += 1
        }
        // Rows from the text column: a fragment in upper case starts one, one in lower case goes
        // on, and so does one after a word that cannot end a cell ("… for tillitsvalde i" /
        // "Kvam, Ulvik og Eidfjord …"). Where the table has area rows, a short line alone at the
        // margin after a finished cell is a heading of its own too.
        let textColumn = roles.firstIndex(of: textRole)!
        var rows: [Row] = []
        for p in pieces where p.column == textColumn || p.column == -1 {
            let previous = rows.last.flatMap { $0.spans ? nil : $0.cells[textRole] }
            let unfinished = previous.map { TextMatching.endsWithFunctionWord($0) || $0.hasSuffix("-") || $0.hasSuffix(",") } ?? false
            let spans = p.column == -1 || !spanning.isEmpty && alone.contains(p.line) && !unfinished
            if !spans, let previous, let c = p.text.first, c.isLowercase || unfinished {
                rows[rows.count - 1].cells[textRole] = WrappedWord.join(previous, p.text, words: []) ?? previous + " " + p.text
                rows[rows.count - 1].lastLine = p.line
            } else {
                var row = Row(firstLine: p.line, lastLine: p.line); row.cells[textRole] = p.text; row.spans = spans
                rows.append(row)
            }
        }
        guard rows.count >= 2 else { return nil }
        // Every other fragment to the row whose lines hold it, else the nearest (cells are
        // centred in their row), joined in line order.
        // (Rows are in line order and do not overlap: the row a line is in or nearest to is the
        // last that starts at it or before, or the one after that.)
        func nearestRow(_ line: Int) -> Int {
            var low = 0, high = rows.count
            while low < high {
                let mid = (low + high) / 2
                if rows[mid].firstLine <= line { low = mid + 1 } else { high = mid }
            }
            let before = low - 1
            if before < 0 { return 0 }
            if line <= rows[before].lastLine || before + 1 == rows.count { return before }
            return distance(rows[before + 1], line) < distance(rows[before], line) ? before + 1 : before
        }
        for p in pieces where p.column != textColumn && p.column != -1 {
            let r = nearestRow(p.line)
            let role = roles[p.column]
            rows[r].cells[role] = rows[r].cells[role].map { $0 + " " + p.text } ?? p.text
        }
        guard rows.filter(\.hasFields).count >= 2 else { return nil }
        // A row across the table that nothing follows is the heading after it.
        while let last = rows.last, last.spans { rows.removeLast(); k = last.firstLine }
        return (block(header: columns.map(\.header), roles: roles, rows: rows, headerLine: lines[start].number, lines: lines), k)
    }

    private static func distance(_ row: Row, _ line: Int) -> Double {
        line < row.firstLine ? Double(row.firstLine - line) : Double(line - row.lastLine) + 0.1
    }

    // MARK: - The table block

    private static func block(header: [String], roles: [Role], rows: [Row], headerLine: Int, lines: [PageLayout.Line]) -> Block {
        let headerSource = SourcePosition.text(line: headerLine, column: 1)
        var tableRows = [TableRow(cells: header.map { TableCell(text: $0, source: headerSource) }, source: headerSource)]
        for row in rows {
            let source = SourcePosition.text(line: lines[min(row.firstLine, lines.count - 1)].number, column: 1)
            let cells = roles.map { TableCell(text: TextCleaning.clean(row.cells[$0] ?? ""), source: source) }
            tableRows.append(TableRow(cells: cells, source: source, spansTable: row.spans))
        }
        return Block(kind: .table(Table(rows: tableRows)), text: "", number: nil, lines: [], source: headerSource)
    }
}
