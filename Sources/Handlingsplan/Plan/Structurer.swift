import Foundation

/// Blocks → sections, items and diagnostics. Format-neutral: it sees only
/// blocks. The rules are DESIGN.md's "What counts as an item".
///
/// It walks the blocks once, keeping the current section and the current
/// *group*: which kind of list the next items belong to, opened by a label
/// ("Hovedmål", "Fagforeningens tiltak:", "Tiltak:", "Tillegg:") or by a
/// template sentence. Sections about context (introduction, challenges,
/// ethics) yield no items unless a label opens a group inside them.
struct Structurer {
    struct DraftItem {
        var kind: ItemKind
        var text: String
        var section: String?
        /// The area the item's section heading names, if any.
        var headingArea: Int?
        var headingEvidence: String?
        var parent: String?
        var responsible: String?
        var deadline: String?
        var status: String?
        var budget: String?
        var comment: String?
        var source: SourcePosition
        var id: String
        /// Texts the area mapper falls back on (the bullet a sub-bullet belongs to, the section heading).
        var context: [String] = []
    }

    struct Result {
        var sections: [Section] = []
        var items: [DraftItem] = []
        var diagnostics: [Diagnostic] = []
    }

    private var result = Result()
    private var section: Section?
    private var group: Labels.Group?
    private var isContext = false
    /// Whether the current section already had a list of national goals
    /// followed by the branch's own items: a second national list then means
    /// a section whose heading the export lost (003's 4.4).
    private var sectionHadLocalItems = false
    private var sectionHadNationalGoals = false
    private var currentNational: String?
    /// After the template's "Her kan dere skrive inn tiltak som ikke hører hjemme …": the branch's free rows.
    private var inFreeRows = false
    /// The last top-level bullet, which sub-bullets belong to.
    private var lastTopLevelItem: String?
    private var listLevel = 1

    static func structure(_ blocks: [Block]) -> Result {
        var s = Structurer()
        for block in blocks { s.visit(block) }
        return s.result
    }

    // MARK: - Blocks

    private mutating func visit(_ block: Block) {
        switch block.kind {
        case let .table(table):
            visitTable(table)
        case .heading:
            // A styled heading may still be a label ("Hovedmål 2024–2025"), template text or the title block.
            if Labels.template(block.text) != nil || Labels.group(of: block.text) != nil {
                visitParagraph(block)
            } else if !(Labels.isPreamble(block.text) && section == nil) {
                openSection(block)
            }
        case .paragraph:
            visitParagraph(block)
        case let .listItem(level, ordered):
            visitListItem(block, level: level, ordered: ordered)
        }
    }

    private mutating func visitParagraph(_ block: Block) {
        let text = block.text
        listLevel = 1
        if let template = Labels.template(text) {
            noteTemplate(block)
            if let opens = template.opens { group = opens }
            return
        }
        if let labelGroup = Labels.group(of: text) {
            openGroup(labelGroup, label: block)
            return
        }
        if group == .additions || group == .inlineMeasures {
            // Short lines here are the list's lines, not headings, unless they name an area.
            if Labels.area(named: text) != nil, !text.hasSuffix(".") { openSection(block); return }
            if Labels.isSignature(text) { group = nil; isContext = true; return }
            for line in block.lines.isEmpty ? [Block.Line(text: text, source: block.source)] : block.lines {
                if group == .additions { addAddition(line.text, block, at: line.source) } else { addItem(.measure, line.text, block, at: line.source) }
            }
            return
        }
        if isHeadingLike(text) {
            if Labels.isPreamble(text) && section == nil { return }
            openSection(block)
            return
        }
        switch group {
        case .proseGoals?:
            for sentence in GoalProse.goalSentences(in: text) { addItem(.localGoal, sentence, block) }
        case _ where isContext:
            return
        default:
            for sentence in GoalProse.explicitGoalSentences(in: text) { addItem(.localGoal, sentence, block) }
        }
    }

    private mutating func visitListItem(_ block: Block, level: Int, ordered: Bool) {
        let text = block.text
        listLevel = level
        defer { if listLevel == 1 { lastTopLevelItem = text } }
        if Labels.template(text) != nil { noteTemplate(block); return }
        if ordered, group != .priorityList, Labels.area(named: text) != nil, !text.hasSuffix(".") {
            // A numbered area heading typed as a numbered list ("2. Offentlige tjenester …").
            openSection(block)
            return
        }
        if ordered, group == nil, text.split(separator: " ").count <= 6, !(text.last.map { ".!?,;".contains($0) } ?? true) {
            // Outside any list of goals, a short numbered line without a full stop is a heading
            // ("1. Innledning", "3. Fagforeningens utfordringer"), not a goal.
            openSection(block)
            return
        }
        switch group {
        case .priorityList?: return
        case .nationalGoals?: addItem(.nationalGoal, text, block)
        case .localGoals?, .proseGoals?: addItem(.localGoal, text, block)
        case .measures?, .inlineMeasures?: addItem(.measure, text, block)
        case .additions?: addAddition(text, block)
        case nil:
            if isContext { return }
            addItem(NationalTexts.isCopied(text) ? .nationalGoal : .localGoal, text, block)
        }
    }

    /// A line short enough and shaped like a heading: no final period, few words.
    private func isHeadingLike(_ text: String) -> Bool {
        if Labels.isKnownSectionHeading(text) { return true }
        if Labels.area(named: text) != nil, !text.hasSuffix(".") { return true }
        guard text.count <= 70, text.split(separator: " ").count <= 10 else { return false }
        guard let last = text.last, !".,;!?".contains(last) else { return false }
        guard let first = text.first, first.isUppercase || first.isNumber else { return false }
        return true
    }

    // MARK: - Sections and groups

    private mutating func openSection(_ block: Block, heading: String? = nil) {
        var text = heading ?? block.text
        var number = block.number
        if number == nil, let m = text.firstMatch(of: Patterns.leadingNumber) {
            number = String(m.1); text = String(text[m.range.upperBound...])
        }
        text = text.trimmingCharacters(in: .init(charactersIn: ": "))
        let area = Labels.area(named: text)
        if let n = number, result.sections.contains(where: { $0.number == n }) {
            result.diagnostics.append(Diagnostic(.info, "duplicate-section-number",
                "Avsnittsnummer \(n) er brukt mer enn én gang («\(text)»).", at: block.source))
        }
        startSection(number: number, heading: text, area: area, at: block.source)
        sectionHadNationalGoals = false
        isContext = area == nil && Labels.isContextHeading(text)
        group = Labels.isKnownSectionHeading(text) && !isContext ? .proseGoals : nil
    }

    /// A new current section; items after it belong to it and to no national measure.
    private mutating func startSection(number: String?, heading: String?, area: Int?, at source: SourcePosition) {
        let s = Section(id: "s\(result.sections.count + 1)", number: number, heading: heading, area: area, source: source)
        result.sections.append(s)
        section = s
        currentNational = nil
        sectionHadLocalItems = false
    }

    private mutating func openGroup(_ newGroup: Labels.Group, label: Block) {
        if newGroup == .nationalGoals, sectionHadNationalGoals, sectionHadLocalItems {
            // A second list of national goals in one section: its heading was lost.
            startSection(number: nil, heading: nil, area: nil, at: label.source)
            result.diagnostics.append(Diagnostic(.info, "lost-heading",
                "Et nytt avsnitt med overordnede mål står uten overskrift; tiltakene er knyttet til område etter innhold.", at: label.source))
        }
        if newGroup == .additions {
            openSection(label)
        }
        if newGroup == .nationalGoals { sectionHadNationalGoals = true }
        group = newGroup
        isContext = isContext && newGroup == .priorityList
        // A label may carry text on its own line: "Tiltak: Ha oversikt …", "Mål og tiltak Follo: Heltid …".
        guard let colon = label.text.firstIndex(of: ":") else { return }
        let rest = TextCleaning.clean(String(label.text[label.text.index(after: colon)...]))
        guard !rest.isEmpty else { return }
        switch newGroup {
        case .inlineMeasures: addItem(.measure, rest, label)
        case .proseGoals: for sentence in GoalProse.goalSentences(in: rest) { addItem(.localGoal, sentence, label) }
        default: break
        }
    }

    private mutating func noteTemplate(_ block: Block) {
        result.diagnostics.append(Diagnostic(.warning, "template-text",
            "Instruksjonstekst fra malen står fortsatt i planen: «\(Self.excerpt(block.text))».", at: block.source))
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }

    // MARK: - Items

    private mutating func addItem(_ kind: ItemKind, _ text: String, _ block: Block,
                                  fields: (responsible: String?, deadline: String?, status: String?, budget: String?, comment: String?) = (nil, nil, nil, nil, nil),
                                  at source: SourcePosition? = nil) {
        let clean = TextCleaning.clean(text)
        guard clean.contains(where: \.isLetter) else { return }
        if kind == .nationalGoal { sectionHadNationalGoals = true } else { sectionHadLocalItems = true }
        let area = section?.area
        var context: [String] = []
        if listLevel > 1, let parent = lastTopLevelItem { context.append(parent) }
        if area == nil, let heading = section?.heading { context.append(heading) }
        result.items.append(DraftItem(
            kind: kind, text: clean, section: section?.id,
            headingArea: area, headingEvidence: area == nil ? nil : section?.heading,
            parent: kind == .measure ? currentNational : nil,
            responsible: fields.responsible, deadline: fields.deadline, status: fields.status,
            budget: fields.budget, comment: fields.comment, source: source ?? block.source,
            id: "i\(result.items.count + 1)", context: context))
    }

    /// A "Tillegg:" line: "text: responsible", or "text ansvar: who", or just text.
    private mutating func addAddition(_ text: String, _ block: Block, at source: SourcePosition? = nil) {
        var body = text, responsible: String?
        if let colon = text.lastIndex(of: ":") {
            let who = TextCleaning.clean(String(text[text.index(after: colon)...]))
            var what = TextCleaning.clean(String(text[..<colon]))
            if !who.isEmpty, who.split(separator: " ").count <= 12 {
                if let m = what.firstMatch(of: Patterns.trailingAnsvar) { what = String(what[..<m.range.lowerBound]) }
                body = what; responsible = who
            }
        }
        addItem(.measure, body, block, fields: (responsible, nil, nil, nil, nil), at: source)
    }

    // MARK: - Tables

    private mutating func visitTable(_ table: Table) {
        let columns = TableColumns(table)
        for (index, row) in table.rows.enumerated() {
            if let header = columns.headerRow, index == header { continue }
            let filled = row.filledCells
            guard !filled.isEmpty else { continue }
            let block = Block(kind: .paragraph, text: filled[0].text, number: nil, lines: [], source: filled[0].source)
            let beforeHeader = columns.headerRow.map { index < $0 } ?? false
            let first = columns.text(of: row)
            if beforeHeader || filled.count == 1 || first.isEmpty {
                // Title rows, template rows, section rows and national-measure rows.
                for cell in filled {
                    visitTableLine(cell.text, block: Block(kind: .paragraph, text: cell.text, number: nil, lines: [], source: cell.source),
                                   beforeHeader: beforeHeader, spansTable: row.spansTable)
                }
                continue
            }
            if NationalMeasure.match(first) != nil { visitTableLine(first, block: block, beforeHeader: false, spansTable: row.spansTable); continue }
            addItem(.measure, first, block, fields: (columns.value(.responsible, row), columns.value(.deadline, row),
                                                     columns.value(.status, row), columns.value(.budget, row), columns.value(.comment, row)))
        }
    }

    /// A row with a single text: a title, a template sentence, a section
    /// ("1. Heltid …"), a numbered national measure ("1.1 Kreve …") or a measure.
    private mutating func visitTableLine(_ text: String, block: Block, beforeHeader: Bool, spansTable: Bool) {
        if let template = Labels.template(text) {
            noteTemplate(block)
            if template.opens != nil {
                // "Her kan dere skrive inn tiltak som ikke hører hjemme …": free measures under no area.
                startSection(number: nil, heading: nil, area: nil, at: block.source)
                inFreeRows = true
            }
            return
        }
        if beforeHeader { return }
        if let m = text.firstMatch(of: Patterns.numberedSection), Labels.area(named: String(m.2)) != nil {
            var b = block; b.number = String(m.1)
            openSection(b, heading: String(m.2))
            return
        }
        if Labels.area(named: text) != nil, !text.hasSuffix(".") { openSection(block); return }
        // A numbered national measure, or one whose number is Word's list numbering (not text):
        // a row across the whole table that names no area, before the free rows.
        if let national = NationalMeasure.match(text) ?? (spansTable && !inFreeRows ? text : nil) {
            addItem(.nationalGoal, national, block)
            currentNational = result.items.last?.id
            return
        }
        addItem(.measure, text, block)
    }
}

/// Regex literals are compiled where they stand: these are compiled once.
private enum Patterns {
    nonisolated(unsafe) static let leadingNumber = #/^(\d{1,2}(?:\.\d{1,2})*)\.?\s+/#
    nonisolated(unsafe) static let trailingAnsvar = #/(?i)\s+ansvar$/#
    nonisolated(unsafe) static let numberedSection = #/^(\d{1,2})\.?\s+(.+)$/#
    nonisolated(unsafe) static let nationalMeasure = #/^\d{1,2}\.\d{1,2}\.?\s+(.+)$/#
}

/// "1.1 Kreve …", "1.1. Kreve …": a strategic measure of the national template.
enum NationalMeasure {
    static func match(_ text: String) -> String? {
        guard let m = text.firstMatch(of: Patterns.nationalMeasure) else { return nil }
        return String(m.1)
    }
}
