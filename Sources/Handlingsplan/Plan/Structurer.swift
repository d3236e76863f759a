import Foundation

/// Blocks → sections, items and diagnostics. Format-neutral: it sees only
/// blocks. The rules are DESIGN.md's "What counts as an item".
///
/// It walks the blocks once, keeping the current section and the current
/// *group*: which kind of list the next items belong to, opened by a label
/// ("Hovedmål", "Fagforeningens tiltak:", "Tiltak:", "Tillegg:") or by a
/// template sentence. Sections about context (introduction, challenges,
/// ethics) yield no items unless a label opens a group inside them.
///
/// Where no label says what a list is, its layout does: an item with
/// sub-items is a goal and the sub-items its measures; a list under the
/// branch's own heading ("Medlemsverving", "Styret og økonomi") is a list of
/// activities; a list under no heading at all is read by its wording
/// (`ItemWording`). Headings are found by layout as well as by words: a short
/// line that stands alone and is followed by a list, a label or a table.
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
        /// Texts the area mapper falls back on (the goal a measure belongs to, the section heading).
        var context: [String] = []
        /// The row's cell in a table's area column ("3", "Org.", "Digitalisering", "–").
        var columnArea: String?
    }

    struct Result {
        var sections: [Section] = []
        var items: [DraftItem] = []
        var diagnostics: [Diagnostic] = []
    }

    private var result = Result()
    private var section: Section?
    /// The heading level of the current section, where the format gives one.
    private var sectionLevel: Int?
    /// The current section's heading is the branch's own (it names no area and is no context).
    private var sectionIsOwn = false
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
    /// The open items of the current list: level and text, outermost first.
    private var openItems: [(level: Int, text: String)] = []
    /// The level at which items of a numbered list have been area headings ("I. Heltid og
    /// likelønn", "6.1 Heltid …"): its other short items of that level are headings too.
    private var numberedSectionLevel: Int?
    /// The paragraph before was a line with who or when (a measure by `measuresWithFields`).
    private var lastParagraphHadFields = false
    /// The glyph of the current group's first outer item.
    private var groupGlyph: Character?
    /// The current group was opened by a template sentence, not by a label.
    private var groupFromTemplate = false
    /// After "Hovedmål: …" on one line: the paragraphs after it are more national goals only
    /// where they are national text.
    private var nationalOnlyIfCopied = false
    /// A line of the plan's title ("Handlingsplan 2025 …") has been read.
    private var planTitleSeen = false
    /// A label ("Tiltak:", "Våre mål") has opened a group.
    private var labelSeen = false
    /// `goalLists`.
    private var goalLists = Set<Int>()
    /// List items of lists marked with one glyph alone (`oneGlyphLists`).
    private var oneGlyphLists = Set<Int>()
    /// Headings written as "Heading:" over a list (`colonHeadings`). Block indexes.
    private var colonHeadings = Set<Int>()
    /// The first rows that stand first in two tables or more (`rowKey`).
    private var repeatedFirstRows = Set<String>()

    /// A row as a key: its cells' words.
    static func rowKey(_ row: TableRow) -> String {
        row.cells.map { TextMatching.words($0.text).joined(separator: " ") }.joined(separator: "|")
    }

    /// The group was opened by a label written as an outer list item: it ends with that item's list.
    private var listLabelGroup = false

    /// How this plan sets who is responsible after a measure, where it does so again and again
    /// (`TrailingWho`).
    private var trailingWho: Set<TrailingWho> = []
    /// The index of the block being visited.
    private var index = 0

    /// Lists whose markers were never there or were lost, introduced by a line of their own
    /// that ends in a colon ("Dette vil vi oppnå:", "Slik gjer vi det: Krevje …"): block index
    /// → the kind of the run's items, for the introduction (where its text goes on after the
    /// colon) and each line of the run. `introducedRuns`.
    private var introducedRuns: [Int: (kind: ItemKind, introduces: Bool)] = [:]

    /// The runs of short paragraphs after a short introduction that ends in a colon: two lines
    /// or more, each of a sentence or two, none a heading, a label or another introduction. The
    /// kind is the one most of the run's wording says (`ItemWording`); the introduction's own
    /// text after its colon is the run's first item.
    static func introducedRuns(_ blocks: [Block]) -> [Int: (kind: ItemKind, introduces: Bool)] {
        var out: [Int: (kind: ItemKind, introduces: Bool)] = [:]
        var i = 0
        while i < blocks.count {
            defer { i += 1 }
            guard case .paragraph = blocks[i].kind, let colon = blocks[i].text.firstIndex(of: ":") else { continue }
            let head = String(blocks[i].text[..<colon])
            let inline = TextCleaning.clean(String(blocks[i].text[blocks[i].text.index(after: colon)...]))
            // (Not "Sommartur for pensjonistane: pensjonistutvalet": what follows the colon there
            // says who, and the line is a measure of its own.)
            let fields = InlineFields.split(blocks[i].text)
            // (Nor a block of "Fra: …", "Til: …", "Emne: …": lines of that shape one after another.)
            let afterColonLine = i > 0 && Self.isColonLine(blocks[i - 1])
            guard TextMatching.spaceSeparatedCount(head) <= 6, head.first?.isUppercase == true,
                  inline.isEmpty || TextMatching.spaceSeparatedCount(inline) >= 4 && fields.responsible == nil && fields.deadline == nil && !afterColonLine,
                  Labels.group(of: MatchText(blocks[i].text)) == nil, LabelledLine.parse(blocks[i].text) == nil,
                  Labels.template(blocks[i].text) == nil else { continue }
            var run: [Int] = []
            var k = i + 1
            while k < blocks.count, case .paragraph = blocks[k].kind, isRunLine(blocks[k]) { run.append(k); k += 1 }
            let texts = (inline.isEmpty ? [] : [inline]) + run.map { blocks[$0].text }
            // Two lines or more; one after an introduction that ends in its colon.
            guard texts.count >= 2 || inline.isEmpty && run.count == 1, !run.isEmpty else { continue }
            let goals = texts.filter { ItemWording.kind(of: $0) == .localGoal }.count
            let kind: ItemKind = goals * 2 > texts.count ? .localGoal : .measure
            out[i] = (kind, true)
            for r in run { out[r] = (kind, false) }
            i = k - 1
        }
        return out
    }

    /// "Emne: Handlingsplan 2025": a short head, a colon, text.
    private static func isColonLine(_ b: Block) -> Bool {
        guard case .paragraph = b.kind, let colon = b.text.firstIndex(of: ":") else { return false }
        return TextMatching.spaceSeparatedCount(String(b.text[..<colon])) <= 3
    }

    /// A line of such a run: short, a sentence or two, no introduction or label of its own.
    private static func isRunLine(_ b: Block) -> Bool {
        let t = b.text
        return TextMatching.hasAtMost(t, 220) && !t.hasSuffix(":") && GoalProse.sentences(t).count <= 2
            && !Labels.isSignature(MatchText(t)) && !Labels.isPreamble(MatchText(t))
            && Labels.group(of: MatchText(t)) == nil && LabelledLine.parse(t) == nil && Labels.template(t) == nil
            && !(t.firstIndex(of: ":").map { TextMatching.spaceSeparatedCount(String(t[..<$0])) <= 6 } ?? false && !t.contains("("))
    }

    /// The kind each bullet glyph stands for, where a plan marks two kinds of item with two
    /// glyphs ("▶" goals, "–" measures): `familyKinds`.
    private var familyKinds: [Character: ItemKind] = [:]

    /// Where a plan's outer-level bullets come in two glyph families or more, each family is one
    /// kind: the kind most of its items' wording says (`ItemWording`), or, for a family whose
    /// items have sub-items of another glyph, the goals' kind where its wording does not say
    /// measures. "Øke medlemstallet med 120 …" among the "Ø" goals is a goal.
    static func familyKinds(_ blocks: [Block]) -> [Character: ItemKind] {
        var members: [Character: [String]] = [:]
        var used: [Character: Int] = [:]
        var parents: Set<Character> = []
        for (i, b) in blocks.enumerated() {
            guard case let .listItem(level, false) = b.kind, let g = b.glyph else { continue }
            used[g, default: 0] += 1
            guard level == 1 else { continue }
            members[g, default: []].append(b.text)
            if i + 1 < blocks.count, case .listItem(let next, false) = blocks[i + 1].kind, next > 1, let h = blocks[i + 1].glyph, h != g { parents.insert(g) }
        }
        // Two glyphs or more, each used twice or more (at any level).
        guard used.values.filter({ $0 >= 2 }).count >= 2 else { return [:] }
        let families = members.filter { $0.value.count >= 2 }
        var out: [Character: ItemKind] = [:]
        for (glyph, texts) in families {
            let goals = texts.filter { ItemWording.kind(of: $0) == .localGoal }.count
            out[glyph] = goals * 2 > texts.count || parents.contains(glyph) && goals * 2 == texts.count ? .localGoal : .measure
        }
        return out
    }

    /// The items of each list whose bullets are all one glyph: a list that does not use the
    /// plan's two families to tell goals from measures. Block indexes.
    static func oneGlyphLists(_ blocks: [Block]) -> Set<Int> {
        var out = Set<Int>()
        var i = 0
        while i < blocks.count {
            guard blocks[i].isListItem else { i += 1; continue }
            var j = i
            while j < blocks.count, blocks[j].isListItem { j += 1 }
            if Set(blocks[i..<j].compactMap(\.glyph)).count == 1 { out.formUnion(i..<j) }
            i = j
        }
        return out
    }

    /// The outer items of each unnumbered list whose items are sentences, most of them stating
    /// what shall be (`ItemWording`): "Fleire av medlemane har fast stilling …", "Alle einingar
    /// har ein vald tillitsvald." — a list of goals under a heading of the branch's own, where
    /// lists are measures otherwise. Block indexes.
    static func goalLists(_ blocks: [Block]) -> Set<Int> {
        var out = Set<Int>()
        var i = 0
        while i < blocks.count {
            guard blocks[i].isListItem else { i += 1; continue }
            var outer: [Int] = []
            var j = i
            while j < blocks.count, case let .listItem(level, ordered) = blocks[j].kind {
                if level == 1, !ordered { outer.append(j) }
                j += 1
            }
            let texts = outer.map { blocks[$0].text }
            let goals = texts.filter { ItemWording.kind(of: $0) == .localGoal }.count
            if texts.count >= 2, goals * 2 > texts.count, texts.allSatisfy({ $0.hasSuffix(".") && TextMatching.spaceSeparatedCount($0) >= 4 }) {
                out.formUnion(outer)
            }
            i = j
        }
        return out
    }

    /// The number of the block before, where it was a numbered item at the outer level: a short
    /// numbered line that goes on from it is the next item of its list, not a heading.
    private var previousNumber: String??

    /// How many words the block before had.
    private var previousItemWords = 0

    /// The last numbered item at the outer level of the list being read (its sub-items between
    /// them), and whether it was an item: a short numbered line that goes on from an item,
    /// with sub-items of its own, is the next goal of that list, not a heading.
    private var outerNumber: (number: String?, wasItem: Bool)?

    /// "3" follows "2"; a list whose numbers are not in the text (nil) follows itself.
    private static func follows(_ number: String??, _ previous: String?) -> Bool {
        guard let number else { return false }
        guard let n = number.flatMap(Int.init), let p = previous.flatMap(Int.init) else { return number == nil && previous == nil }
        return n == p + 1
    }
    /// The current group's list has had bulleted or numbered items.
    private var groupHadListItems = false
    /// A block's text prepared once for the several patterns asked about it.
    private let prepared = MatchTextMemo()

    static func structure(_ blocks: [Block]) -> Result {
        var s = Structurer()
        s.familyKinds = Self.familyKinds(blocks)
        s.introducedRuns = Self.introducedRuns(blocks)
        s.goalLists = Self.goalLists(blocks)
        s.oneGlyphLists = Self.oneGlyphLists(blocks)
        s.colonHeadings = Self.colonHeadings(blocks)
        s.trailingWho = TrailingWho.used(in: blocks)
        var firstRows: [String: Int] = [:]
        for b in blocks { if case let .table(t) = b.kind, let first = t.rows.first, first.filledCells.count >= 2 { firstRows[rowKey(first), default: 0] += 1 } }
        s.repeatedFirstRows = Set(firstRows.filter { $0.value >= 2 }.keys)
        s.repeatedPrompts = Self.repeatedPrompts(blocks)
        let part = Self.planPart(blocks)
        for (index, block) in blocks.enumerated() {
            // (Outside the plan's part of a larger document, nothing is the plan's.)
            if let part, !part.contains(index) { continue }
            s.index = index
            s.visit(block, next: index + 1 < blocks.count ? blocks[index + 1] : nil)
        }
        return s.result
    }

    // MARK: - Blocks

    /// Sentences in brackets that a document repeats word for word ("(Skriv inn fagforeininga
    /// sine eigne mål for perioden. Eitt mål per linje.)" under every area): a form's prompts,
    /// whatever their words.
    private var repeatedPrompts: Set<String> = []

    private static func repeatedPrompts(_ blocks: [Block]) -> Set<String> {
        var counts: [String: Int] = [:]
        for b in blocks {
            switch b.kind {
            case .paragraph, .listItem: break
            default: continue
            }
            let t = b.text
            guard let first = t.first, let last = t.last, first == "(" && last == ")" || first == "[" && last == "]",
                  TextMatching.spaceSeparatedCount(t) >= 4 else { continue }
            counts[t, default: 0] += 1
        }
        return Set(counts.filter { $0.value >= 2 }.keys)
    }

    private mutating func visit(_ block: Block, next: Block?) {
        if !repeatedPrompts.isEmpty, repeatedPrompts.contains(block.text) { noteTemplate(block); return }
        if case .listItem = block.kind {} else { openItems = [] }
        let itemsBefore = result.items.count
        defer {
            if case .listItem(1, true) = block.kind { previousNumber = block.number } else { previousNumber = nil }
            switch block.kind {
            case .listItem(1, true): outerNumber = (block.number, result.items.count > itemsBefore)
            case .listItem: break
            default: outerNumber = nil
            }
            previousItemWords = TextMatching.spaceSeparatedCount(block.text)
        }
        if let kind = block.kindFromLayout {
            // Its place in the document's layout says what it is (`GoalsOverTables`).
            if kind == .measure { addMeasure(block.text, block) } else { addGoals(block.text, block) }
            return
        }
        if let label = Self.styleLabel(block) {
            // The paragraph's style is a label ("Tiltak", "Mål", "Hovudmål"): the item is of its kind,
            // as "Tiltak: …" would be, and the lists around it keep their own reading.
            switch label {
            case .measure: addMeasure(block.text, block)
            case .goal: addGoals(block.text, block)
            case .nationalGoal: addItem(.nationalGoal, block.text, block)
            }
            return
        }
        switch block.kind {
        case let .table(table):
            visitTable(table)
        case let .heading(level):
            // A styled heading may still be a label ("Hovedmål 2024–2025", "Mål"), template text or the title block.
            if Labels.template(block.text) != nil || Labels.group(of: prepared(block.text)) != nil {
                visitParagraph(block, next: next)
            } else if !(Labels.isPreamble(prepared(block.text)) && result.items.isEmpty) {
                openSection(block, level: level)
                // A numbered chapter named by a label ("2 Mål for perioden", "3 Tiltak"): a
                // section of its own whose items are of the label's kind.
                if let numbered = LineScan.leadingNumber(block.text), let labelGroup = Labels.group(of: prepared(numbered.rest)),
                   labelGroup == .localGoals || labelGroup == .measures {
                    openGroup(labelGroup, label: block)
                }
            }
        case .paragraph:
            visitParagraph(block, next: next)
        case let .listItem(level, ordered):
            visitListItem(block, level: level, ordered: ordered, next: next)
        }
    }

    /// The label a paragraph's style name is, where the style is named by a goal or measure
    /// label and nothing else ("Tiltak", "Mål", "Hovudmål"; not "Tiltaksliste"), and the
    /// paragraph is no label itself.
    static func styleLabel(_ block: Block) -> LabelledLine.Label? {
        guard !block.styles.isEmpty, !block.text.hasSuffix(":"), LabelledLine.parse(block.text) == nil else { return nil }
        return block.styles.lazy.compactMap(LabelledLine.bareLabel).first
    }

    private mutating func visitParagraph(_ block: Block, next: Block?) {
        let text = block.text
        if !isContext, group != .additions, group != .inlineMeasures, let run = introducedRuns[index] {
            // An introduction ("Slik gjer vi det:") or a line of the list it introduces.
            var line = text
            if run.introduces, let colon = text.firstIndex(of: ":") {
                line = TextCleaning.clean(String(text[text.index(after: colon)...]))
                group = nil
            }
            guard !line.isEmpty else { return }
            if NationalTexts.isCopied(line) { addItem(.nationalGoal, line, block) }
            else if run.kind == .measure { addMeasure(line, block) } else { addGoals(line, block) }
            return
        }
        if isPlanTitle(text), !planTitleSeen {
            planTitleSeen = true
            if !labelSeen, !result.items.isEmpty, result.items.allSatisfy({ TextMatching.spaceSeparatedCount($0.text) <= 3 }) {
                // The plan's first title after a web page's menu ("Forsiden", "Om oss", "Bli
                // medlem"): what came before it was the page, not the plan. (Not after a label:
                // "Våre tiltak" and its short measures are the plan's.)
                result.items.removeAll(); result.sections.removeAll(); section = nil; sectionNumbers = []; group = nil
                return
            }
        }
        if nationalOnlyIfCopied {
            nationalOnlyIfCopied = false
            if group == .nationalGoals, NationalTexts.isCopied(text) {
                addItem(.nationalGoal, text, block); nationalOnlyIfCopied = true
                return
            }
            if group == .nationalGoals { group = nil }
        }
        if let template = Labels.template(text) {
            noteTemplate(block)
            if let opens = template.opens { group = opens; groupFromTemplate = true }
            return
        }
        var labelGroup = Labels.group(of: prepared(text))
        // A label with its translation after a slash ("Mål / Goals", "Tiltak / Actions"): the label.
        if labelGroup == nil, let slash = text.range(of: " / "), TextMatching.spaceSeparatedCount(String(text[slash.upperBound...])) <= 3 {
            labelGroup = Labels.group(of: prepared(String(text[..<slash.lowerBound])))
        }
        if let labelled = LabelledLine.parse(text), labelled.number != nil || labelGroup == nil {
            addLabelled(labelled, block)
            return
        }
        if let labelGroup {
            openGroup(labelGroup, label: block)
            return
        }
        if colonHeadings.contains(index) { openSection(block, level: nil); return }
        if text.hasSuffix(":"), TextMatching.spaceSeparatedCount(text) <= 8, next?.isListItem == true, group != .priorityList {
            // "Dette gjør vi:", "Slik jobbar vi:": a list's introduction, no item; the list under
            // it is read by its own evidence (its markers, its wording), not by the label before.
            group = nil; groupFromTemplate = false
            return
        }
        if Labels.isSignature(prepared(text)) {
            // "Styret", "Gjøvik, 7. mars 2024": the plan's closing lines, never items.
            group = nil; isContext = true
            return
        }
        // After "Tiltak:" every line is a measure, unless the list under it had bullets and this
        // paragraph has none (a note after the list).
        if group == .additions || group == .inlineMeasures && !groupHadListItems || listLinesUnderLabel(text) {
            // Lines under a label are the label's items (exports lose the bullets),
            // unless the line is a heading of its own.
            if startsSection(block, next: next) { openSection(block, level: nil); return }
            for line in block.lines.isEmpty ? [Block.Line(text: text, source: block.source)] : block.lines {
                addListLine(line.text, block, at: line.source)
            }
            return
        }
        // A line that names who or when after its text ("Styremøte med planlegging av året – leiar",
        // "Kurs i Teams (mars 2025)") is a measure wherever it stands; so is each line of a
        // paragraph whose lines all do.
        if !isContext, let measures = measuresWithFields(block) {
            for line in measures { addMeasure(line.text, block, at: line.source) }
            lastParagraphHadFields = true
            return
        }
        // The last line of such a run, without who or when ("Evaluering av tiltaksplanen …"),
        // where no run of them follows it (then it would be their heading).
        if lastParagraphHadFields, !isContext, block.lines.count <= 1, TextMatching.spaceSeparatedCount(text) >= 4, !text.hasSuffix(":"),
           !namesHeading(text), !(next.map { measuresWithFields($0) != nil || $0.isListItem } ?? false) {
            lastParagraphHadFields = false
            addMeasure(text, block)
            return
        }
        lastParagraphHadFields = false
        // (Where the line is not heading-like it names no heading: only its layout is left to ask.)
        if isHeadingLike(text) || startsSectionByLayout(block, next: next) {
            // The title block ("Handlingsplan 2025", "Vedtatt på årsmøtet …") opens no section.
            if Labels.isPreamble(prepared(text)) && result.items.isEmpty { return }
            openSection(block, level: nil)
            return
        }
        switch group {
        case .proseGoals?:
            for sentence in GoalProse.goalSentences(in: text) { addItem(.localGoal, sentence, block) }
        case _ where isContext:
            return
        default:
            // (A sentence that commits the branch to an activity, "Difor skal vi krevje …", is a measure.)
            for sentence in GoalProse.commitmentSentences(in: text) {
                if GoalProse.commitsToAnAction(sentence) { addMeasure(sentence, block) } else { addItem(.localGoal, sentence, block) }
            }
        }
    }

    /// The lines of a paragraph that each end in who or when (`InlineFields`), where all do;
    /// the text before must be an item's (three words or more, no time itself, no sentence of
    /// prose), so that "Februar – mars" stays a heading.
    private func measuresWithFields(_ block: Block) -> [Block.Line]? {
        let lines = block.lines.count > 1 ? block.lines : [Block.Line(text: block.text, source: block.source)]
        for line in lines {
            let split = InlineFields.split(line.text)
            guard split.responsible != nil || split.deadline != nil, split.text != line.text,
                  TextMatching.spaceSeparatedCount(split.text) >= 3, !FieldValue.isTime(split.text),
                  GoalProse.sentences(split.text).count == 1, !Labels.isPreamble(prepared(line.text)),
                  !GoalProse.isAboutResponsibility(prepared(line.text)) else { return nil }
        }
        return lines
    }

    /// A title line: "Handlingsplan 2025", "TILTAKSPLAN FOR …" (vocabulary.tsv's plan-title).
    /// Lines that end in a colon over a list, each written once and three or more of them
    /// with different words ("Verving og organisering:", "Heltid og deltid:", "Politikk:"):
    /// the plan's headings, typed as a label would be. The same introduction under every
    /// heading ("Vi vil:", "Slik gjør vi det:") is no heading. Block indexes.
    static func colonHeadings(_ blocks: [Block]) -> Set<Int> {
        var found: [String: [Int]] = [:]
        for (i, b) in blocks.enumerated() where i + 1 < blocks.count && blocks[i + 1].isListItem {
            guard case .paragraph = b.kind, b.text.hasSuffix(":"), TextMatching.spaceSeparatedCount(b.text) <= 6 else { continue }
            let bare = String(b.text.dropLast())
            guard Labels.looksLikeHeading(bare), LabelledLine.parse(b.text) == nil, Labels.group(of: MatchText(b.text)) == nil else { continue }
            found[bare.lowercased(), default: []].append(i)
        }
        let once = found.values.filter { $0.count == 1 }
        guard once.count >= 3, once.count == found.count else { return [] }
        return Set(once.joined())
    }

    /// The plan's part of a larger document (the minutes of an annual meeting, a report in
    /// chapters), where the document's outline says so: a heading that names the plan ("Sak 5:
    /// Handlingsplan 2026") has the plan's area headings under it (two or more, a level
    /// deeper), and headings of its own level marked the same way stand beside it ("Sak 1:
    /// Konstituering", "Sak 6: Budsjett": a word and a number). A plan's own chapters ("Drift
    /// av fagforeningen" after the areas) are not marked so. Block indexes; nil where the plan
    /// is the whole document.
    static func planPart(_ blocks: [Block]) -> Range<Int>? {
        for (i, block) in blocks.enumerated() {
            guard case let .heading(level) = block.kind, TextMatching.spaceSeparatedCount(block.text) <= 10,
                  TextMatching.words(block.text).contains(where: planTitles.contains) else { continue }
            var end = i + 1, areas = 0
            while end < blocks.count {
                if case let .heading(l) = blocks[end].kind {
                    if l <= level { break }
                    let text = LineScan.numberedSection(blocks[end].text)?.rest ?? blocks[end].text
                    if Labels.area(named: text) != nil { areas += 1 }
                }
                end += 1
            }
            guard areas >= 2, let mark = caseMark(block.text) else { continue }
            let siblings = blocks.indices.filter { k in
                guard k < i || k >= end, case let .heading(l) = blocks[k].kind else { return false }
                return l == level && caseMark(blocks[k].text) == mark
            }
            if !siblings.isEmpty { return i..<end }
        }
        return nil
    }

    /// The word a heading's number follows ("sak" of "Sak 5: …", "kapittel" of "Kapittel 2 –"):
    /// the mark a document's cases or chapters share.
    private static func caseMark(_ text: String) -> String? {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0].allSatisfy(\.isLetter), words[1].first?.isNumber == true,
              words[1].allSatisfy({ $0.isNumber || $0 == "/" || $0 == ":" || $0 == "." }) else { return nil }
        return words[0].lowercased()
    }

    private func isPlanTitle(_ text: String) -> Bool {
        guard let first = TextMatching.words(text).first, TextMatching.spaceSeparatedCount(text) <= 10 else { return false }
        return Self.planTitles.contains(first)
    }
    private static let planTitles = Set(PlanWords.active.all(.planTitle))

    /// Whether a paragraph under a goal or measure label is one of its items: only
    /// while the label's list has no bullets (an export that lost them), and never
    /// prose about who is responsible or a long paragraph of explanation.
    private func listLinesUnderLabel(_ text: String) -> Bool {
        guard group == .localGoals || group == .measures || group == .nationalGoals, !groupHadListItems else { return false }
        return TextMatching.hasAtMost(text, Labels.maxItemLength) && !GoalProse.isAboutResponsibility(prepared(text))
    }

    /// A line of a labelled list written without a bullet.
    private mutating func addListLine(_ text: String, _ block: Block, at source: SourcePosition) {
        switch group {
        case .additions?: addAddition(text, block, at: source)
        case .nationalGoals?: addItem(.nationalGoal, text, block, at: source)
        case .localGoals?: addGoals(text, block, at: source)
        default: addMeasure(text, block, at: source)
        }
    }

    private mutating func visitListItem(_ block: Block, level: Int, ordered: Bool, next: Block?) {
        let text = block.text
        // A labelled list goes on while its marker does: outer items with another glyph or code
        // ("M1", "T1.1" after the "•" national goals) are a list of their own.
        if level == 1, group != nil, let glyph = block.glyph {
            if let first = groupGlyph, first != glyph, groupHadListItems { group = nil; groupFromTemplate = false }
            if groupGlyph == nil || group == nil { groupGlyph = glyph }
        }
        if Labels.template(text) != nil { noteTemplate(block); return }
        if let labelled = LabelledLine.parse(text), !labelled.text.isEmpty {
            // "• Tiltak: …", "1. Mål 2.1: …": the label says the kind, whatever the list.
            addLabelled(labelled, block)
            return
        }
        // The introduction's list of the six areas: neither items nor headings.
        if group == .priorityList { return }
        if ordered, Labels.area(named: prepared(text)) != nil, !text.hasSuffix(".") {
            // A numbered area heading typed as a numbered list ("2. Offentlige tjenester …").
            openSection(block, level: nil)
            numberedSectionLevel = numberedSectionLevel ?? level
            return
        }
        if ordered, level == numberedSectionLevel, Labels.looksLikeHeading(text) {
            // The same list's next heading, one of the branch's own ("VII. Drift av fagforeningen",
            // "6.7 Drift og medlemsaktiviteter" after "6.1 Heltid og likelønn" …).
            openSection(block, level: nil)
            return
        }
        if ordered, isNumberedHeading(block, level: level, next: next) {
            // A short numbered line without a full stop that no list item of its level follows
            // is a heading ("1. Innledning", "7. Annet"), not a goal.
            openSection(block, level: nil)
            return
        }
        groupHadListItems = true
        while let last = openItems.last, last.level >= level { openItems.removeLast() }
        let parentText = openItems.last?.text
        openItems.append((level, text))
        let hasSubItems: Bool = {
            if case let .listItem(nextLevel, _)? = next?.kind { return nextLevel > level }
            return false
        }()
        let context = parentText.map { [$0] } ?? []
        if level == 1, listLabelGroup { group = nil; listLabelGroup = false }
        if level == 1, hasSubItems, TextMatching.spaceSeparatedCount(text) <= 2, !(text.last.map { ".!?:".contains($0) } ?? true) {
            // An outer item of a word or two over items of its own: a label ("Hovudmål") opens its
            // group for the items under it; a name ("Styrearbeid", "Sosialt") groups them, no item.
            if let labelGroup = Labels.group(of: prepared(text)) { openGroup(labelGroup, label: block); groupHadListItems = true; listLabelGroup = true }
            return
        }
        switch group {
        case .priorityList?: return // handled above
        case .nationalGoals?: addItem(.nationalGoal, text, block)
        case .localGoals?:
            // Under a goal label every entry is a goal, however it is worded (national text a
            // national goal); a sub-item is a measure.
            if parentText != nil { addMeasure(text, block, context: context) }
            else { addItem(NationalTexts.isCopied(text) ? .nationalGoal : .localGoal, text, block, context: context) }
        case .proseGoals?: addItem(.localGoal, text, block)
        case .measures? where groupFromTemplate && hasSubItems && !ItemWording.startsWithAction(text) && !text.hasSuffix(":"):
            // The template's "write your own measures here" with goals and their measures under it.
            addItem(.localGoal, text, block)
        case .measures?, .inlineMeasures?: addMeasure(text, block, context: context)
        case .additions?: addAddition(text, block)
        case nil:
            if isContext { return }
            if NationalTexts.isCopied(text) { addItem(.nationalGoal, text, block); return }
            // The glyph's family says the kind; an item with sub-items stays a goal when its family
            // is one of activities ("•" activities and "•" goals with "◦" measures under them).
            // (Under the branch's own heading, where lists are activities, a list of the goals'
            // glyph alone gives way to its items' wording of activities: "Julebord saman med
            // pensjonistane". Where the list mixes the families, the family decides.)
            if level == 1, let glyph = block.glyph, let kind = familyKinds[glyph], !(kind == .measure && hasSubItems),
               !(kind == .localGoal && sectionIsOwn && oneGlyphLists.contains(index) && !hasSubItems && ItemWording.kind(of: text) == .measure) {
                if kind == .measure { addMeasure(text, block, context: context) } else { addItem(kind, text, block, context: context) }
                return
            }
            if hasSubItems {
                // An item with sub-items: a goal where it states an outcome ("Flere medlemmer i
                // private barnehager"), a measure where it is an activity its sub-items spell out
                // ("Sørge for at nye tillitsvalgte får grunnskolering:").
                if text.hasSuffix(":") || ItemWording.startsWithAction(text) { addMeasure(text, block, context: context) } else { addItem(.localGoal, text, block) }
                return
            }
            // (An item of such a list that opens with an activity's verb is still a measure.)
            if parentText == nil, goalLists.contains(index), !ItemWording.startsWithAction(text) { addItem(.localGoal, text, block); return }
            if parentText != nil || sectionIsOwn { addMeasure(text, block, context: context); return }
            let kind = ItemWording.kind(of: text)
            if kind == .measure { addMeasure(text, block, context: context) } else { addItem(kind, text, block, context: context) }
        }
    }

    /// A numbered line that is a heading: short, no final stop, at the outer level, and
    /// (inside a labelled list) not followed by a numbered item of its own level (the
    /// numbered goals of 004 follow each other).
    private func isNumberedHeading(_ block: Block, level: Int, next: Block?) -> Bool {
        let text = block.text
        guard level == 1, TextMatching.spaceSeparatedCount(text) <= 6,
              !(text.last.map { ".!?,;:".contains($0) } ?? true), text.first?.isUppercase ?? false else { return false }
        // Numbered lines that follow each other are a list ("1. Styremøte hver måned", "2. Regnskap …"),
        // numbered headings have text between them.
        // A number that goes on from the item before it, or that the next item goes on from, is
        // an item of that list; a number out of the list's order starts a heading ("2. Arbeidstid"
        // after item 4).
        // (A short line after longer items that no item follows is the next section's heading,
        // whatever its number: "4. Fagarbeid og læreplasser" after a list of three.)
        // (A heading right after it is the next section's: this line heads nothing, it ends the list.)
        var nextIsHeading = false
        if case .heading? = next?.kind { nextIsHeading = true }
        if let previous = previousNumber, Self.follows(block.number, previous),
           !(previousItemWords > 6 && next?.isListItem != true && !nextIsHeading) { return false }
        if case let .listItem(nextLevel, ordered)? = next?.kind, ordered, nextLevel == level, Self.follows(next?.number, block.number) { return false }
        if let outer = outerNumber, outer.wasItem, Self.follows(block.number, outer.number),
           case let .listItem(nextLevel, _)? = next?.kind, nextLevel > level { return false }
        return true
    }

    /// A line short enough and shaped like a heading: no final period, few words.
    /// A sentence that ends in a colon introduces a list ("Styret foreslår at … dette i 2025:").
    private func isHeadingLike(_ text: String) -> Bool {
        namesHeading(text) || Labels.looksLikeHeading(text, lenient: true)
    }

    /// A known section heading, or one that names an area (and is no sentence).
    private func namesHeading(_ text: String) -> Bool {
        Labels.isKnownSectionHeading(prepared(text)) || (Labels.area(named: prepared(text)) != nil && !text.hasSuffix("."))
    }

    /// A paragraph that starts a section by its layout: it names an area, or it
    /// stands alone, is shaped like a heading and a list, a label, a table or
    /// prose follows it — whatever its words ("Tillitsvalgtopplæring", "Økonomi og drift").
    private func startsSection(_ block: Block, next: Block?) -> Bool {
        namesHeading(block.text) || startsSectionByLayout(block, next: next)
    }

    /// `startsSection` by the layout alone, for a paragraph that names no heading.
    private func startsSectionByLayout(_ block: Block, next: Block?) -> Bool {
        let text = TextMatching.withoutLeadingSymbols(block.text)
        // A line in capitals stands apart by its letters where no blank line follows it
        // ("VERVING OG TILLITSVALGTE" / "Mål: …").
        let capitals = text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase) && text.filter(\.isLetter).count >= 4
        guard block.isolated || capitals, Labels.looksLikeHeading(text), let next else { return false }
        switch next.kind {
        case .listItem, .table, .heading: return true
        case .paragraph:
            // A label, prose, or a whole sentence (a goal written under its heading).
            let first = next.lines.first?.text ?? next.text
            // (A line that opens with an activity's verb is a measure, whatever follows it.)
            return Labels.group(of: prepared(next.text)) != nil || GoalProse.isProse(first)
                || first.hasSuffix(".") && TextMatching.spaceSeparatedCount(first) >= 6 && !ItemWording.startsWithAction(text)
        }
    }

    // MARK: - Sections and groups

    private mutating func openSection(_ block: Block, level: Int?, heading: String? = nil) {
        var text = heading ?? block.text
        var number = block.number
        if number == nil, let m = LineScan.leadingNumber(text) {
            number = m.number; text = m.rest
        }
        // Colons and spaces off both ends (scalar by scalar, as Foundation's trimming does).
        var scalars = text.unicodeScalars[...]
        while let c = scalars.first, c == ":" || c == " " { scalars.removeFirst() }
        while let c = scalars.last, c == ":" || c == " " { scalars.removeLast() }
        text = String(scalars)
        var area = Labels.area(named: prepared(text))
        var evidenceHeading: String?
        let context = area == nil && Labels.isContextHeading(prepared(text))
        if area == nil, !context, let level, let outer = sectionLevel, level > outer, let outerArea = section?.area {
            // A sub-heading under an area heading that names no area of its own keeps the area.
            area = outerArea; evidenceHeading = section?.heading
        }
        if let n = number, !sectionNumbers.insert(n).inserted {
            result.diagnostics.append(Diagnostic(.info, "duplicate-section-number",
                "Avsnittsnummer \(n) er brukt mer enn én gang («\(text)»).", at: block.source))
        }
        // A sub-section that inherits its area keeps its parent's level, so that a further sub-heading inherits too.
        startSection(number: number, heading: text, area: area, level: evidenceHeading != nil ? sectionLevel : level,
                     areaFrom: evidenceHeading, at: block.source)
        sectionHadNationalGoals = false
        isContext = context
        sectionIsOwn = area == nil && !context
        group = Labels.isKnownSectionHeading(prepared(text)) && !isContext ? .proseGoals : nil
        groupFromTemplate = false
    }

    /// Section numbers seen so far (a set: a plan may have many numbered headings).
    private var sectionNumbers: Set<String> = []

    /// The heading that gave the current section its area (its own, or its parent's for a sub-heading).
    private var areaHeading: String?

    /// A new current section; items after it belong to it and to no national measure.
    private mutating func startSection(number: String?, heading: String?, area: Int?, level: Int? = nil, areaFrom: String? = nil,
                                       at source: SourcePosition) {
        let s = Section(id: "s\(result.sections.count + 1)", number: number, heading: heading, area: area, source: source)
        result.sections.append(s)
        let written = heading.map { h in number.map { "\($0). \(h)" } ?? h }
        sectionTime = written.flatMap { area == nil && TextMatching.spaceSeparatedCount($0) <= 6 && FieldValue.isTime($0) ? $0 : nil }
        section = s
        sectionLevel = level
        sectionIsOwn = false
        areaHeading = area == nil ? nil : (areaFrom ?? heading)
        currentNational = nil
        sectionHadLocalItems = false
        openItems = []
    }

    private mutating func openGroup(_ newGroup: Labels.Group, label: Block) {
        labelSeen = true
        // A label may carry text on its own line: "Tiltak: Ha oversikt …", "Mål: Fagforeningen skal …".
        var rest = ""
        if let afterColon = TextMatching.textAfterFirst(UInt8(ascii: ":"), in: label.text) {
            rest = TextCleaning.clean(String(afterColon))
        }
        if newGroup == .localGoals, !rest.isEmpty {
            // "Mål: …" inline: a goal (or one a sentence), and no list opened by it.
            addGoals(rest, label)
            return
        }
        if newGroup == .nationalGoals, !rest.isEmpty {
            // "Hovedmål: …" inline: a national goal, and the lines after it may be more of them.
            addItem(.nationalGoal, rest, label)
            group = .nationalGoals; groupHadListItems = false; nationalOnlyIfCopied = true
            return
        }
        if newGroup == .nationalGoals, sectionHadNationalGoals, sectionHadLocalItems {
            // A second list of national goals in one section: its heading was lost.
            startSection(number: nil, heading: nil, area: nil, at: label.source)
            result.diagnostics.append(Diagnostic(.info, "lost-heading",
                "Et nytt avsnitt med overordnede mål står uten overskrift; tiltakene er knyttet til område etter innhold.", at: label.source))
        }
        if newGroup == .additions {
            openSection(label, level: nil)
        }
        if newGroup == .nationalGoals { sectionHadNationalGoals = true }
        group = newGroup
        groupHadListItems = false
        groupFromTemplate = false
        groupGlyph = nil
        isContext = isContext && newGroup == .priorityList
        guard !rest.isEmpty else { return }
        switch newGroup {
        case .inlineMeasures:
            // "Tiltak: first measure" and, where the paragraph kept its line breaks, one measure a line.
            let lines = label.lines.count > 1 ? label.lines.map(\.text) : [label.text]
            for (i, line) in lines.enumerated() {
                var measure = line
                if i == 0, let afterColon = TextMatching.textAfterFirst(UInt8(ascii: ":"), in: line) { measure = String(afterColon) }
                addMeasure(TextCleaning.clean(measure), label, at: label.lines.count > 1 ? label.lines[i].source : nil)
            }
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
                                  at source: SourcePosition? = nil, context: [String] = [], columnArea: String? = nil) {
        var clean = TextCleaning.clean(text)
        // A link in brackets after the text (a newsletter's "… meld deg på her (https://…)") is
        // where to read more, not the item's words.
        if clean.hasSuffix(")"), let open = clean.range(of: " (", options: .backwards),
           Self.isAddress(String(clean[open.upperBound...].dropLast())) {
            clean = String(clean[..<open.lowerBound])
        }
        // An item has words: a bare address (a web page's list of its links, "12. mailto:…") is none.
        guard clean.contains(where: \.isLetter), !Self.isAddress(clean) else { return }
        if kind == .nationalGoal { sectionHadNationalGoals = true } else { sectionHadLocalItems = true }
        let area = section?.area
        var context = context
        if area == nil, let heading = section?.heading { context.append(heading) }
        // Under a heading that is a time ("1. kvartal (januar–mars)", "Våren 2026": a plan set
        // out as a year wheel), a measure with no when of its own has the heading's.
        var fields = fields
        // Who and when in the paragraph's footnotes, where its own line does not say.
        if kind == .measure, fields.responsible == nil || fields.deadline == nil {
            for note in block.notes {
                guard let f = InlineFields.fields(ofNote: note) else { continue }
                fields.responsible = fields.responsible ?? f.responsible
                fields.deadline = fields.deadline ?? f.deadline
            }
        }
        if kind == .measure, fields.deadline == nil, let time = sectionTime { fields.deadline = time }
        result.items.append(DraftItem(
            kind: kind, text: clean, section: section?.id,
            headingArea: area, headingEvidence: areaHeading,
            parent: kind == .measure ? currentNational : nil,
            responsible: fields.responsible, deadline: fields.deadline, status: fields.status,
            budget: fields.budget, comment: fields.comment, source: source ?? block.source,
            id: "i\(result.items.count + 1)", context: context, columnArea: columnArea))
    }

    /// The goal label a table cell is and nothing more ("Hovedmål", "Mål:"); measure labels
    /// name a column and are left to the header.
    private static func cellLabel(_ text: String) -> LabelledLine.Label? {
        let label = LabelledLine.bareLabel(text)
        return label == .measure ? nil : label
    }

    /// One web or mail address and nothing else.
    private static func isAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return !text.contains(" ") && ["http://", "https://", "mailto:", "www."].contains { lower.hasPrefix($0) }
    }

    /// The branch's goals in one line: one goal, or one a sentence where the line holds several
    /// sentences that each commit ("Fagforeininga skal ha 820 medlemmar innan 2026. Alle
    /// tillitsvalde skal ha ein vara.").
    private mutating func addGoals(_ text: String, _ block: Block, at source: SourcePosition? = nil, context: [String] = []) {
        // Copied national text is national wherever it stands (DESIGN: "What counts as an item").
        if NationalTexts.isCopied(text) { addItem(.nationalGoal, text, block, at: source); return }
        let sentences = GoalProse.sentences(text)
        if sentences.count > 1, sentences.allSatisfy({ GoalProse.statesWhatShallBe($0) || !GoalProse.commitmentSentences(in: $0).isEmpty }) {
            for sentence in sentences { addItem(.localGoal, sentence, block, at: source, context: context) }
        } else {
            addItem(.localGoal, text, block, at: source, context: context)
        }
    }

    /// A measure; who is responsible and when may be written into its line ("…: styret",
    /// "… (ansvarleg: leiar, innan 1. mars)", "… – ansvar: kasserar, frist 15.03.2026"): `InlineFields`.
    private mutating func addMeasure(_ text: String, _ block: Block, at source: SourcePosition? = nil, context: [String] = []) {
        var split = InlineFields.split(text)
        if split.responsible == nil, let (rest, who) = TrailingWho.split(split.text, trailingWho) {
            split.text = rest
            if FieldValue.isTime(who) { split.deadline = split.deadline ?? who } else { split.responsible = who }
        }
        addItem(.measure, split.text, block, fields: (split.responsible, split.deadline, nil, nil, nil), at: source, context: context)
    }

    /// Goals of a labelled outline by their number ("1.2" → its text): a measure numbered
    /// "1.2.1" is mapped with the goal above it as context.
    private var outlineGoals: [String: String] = [:]

    /// The open section's heading where it is a time: its measures' when (`addItem`).
    private var sectionTime: String?

    /// A labelled line: an item of the label's kind ("Mål 1.2: …", "Tiltak 1.2.1: …"); a bare
    /// label ("Tiltak 1.2:") heads the lines after it. A measure label lets the lines after it
    /// be measures too, as "Tiltak: …" does; a national label, national goals.
    private mutating func addLabelled(_ line: LabelledLine, _ block: Block) {
        let opens: Labels.Group = switch line.label {
        case .measure: line.text.isEmpty ? .measures : .inlineMeasures
        case .goal: .localGoals
        case .nationalGoal: .nationalGoals
        }
        defer { group = line.label == .goal && !line.text.isEmpty ? group : opens; groupHadListItems = false }
        guard !line.text.isEmpty else { return }
        var context: [String] = []
        if let number = line.number {
            var parentNumber = number.split(separator: ".").dropLast()
            while !parentNumber.isEmpty, outlineGoals[parentNumber.joined(separator: ".")] == nil { parentNumber = parentNumber.dropLast() }
            if let goal = outlineGoals[parentNumber.joined(separator: ".")] { context = [goal] }
        }
        switch line.label {
        case .measure:
            addMeasure(line.text, block, context: context)
        case .goal:
            if let number = line.number { outlineGoals[number] = line.text }
            addGoals(line.text, block, context: context)
        case .nationalGoal:
            if let number = line.number { outlineGoals[number] = line.text }
            addItem(.nationalGoal, line.text, block)
        }
    }

    /// A "Tillegg:" line: its fields as any line has them ("… (ansvar: styret)"), else
    /// "text: responsible" or "text ansvar: who" whatever the who is, or just text.
    private mutating func addAddition(_ text: String, _ block: Block, at source: SourcePosition? = nil) {
        let fields = InlineFields.split(text)
        var body = fields.text, responsible = fields.responsible
        if responsible == nil, fields.deadline == nil, let colon = TextMatching.lastIndex(of: ":", in: text) {
            let who = TextCleaning.clean(String(text[text.index(after: colon)...]))
            let what = TextCleaning.clean(String(text[..<colon]))
            if !who.isEmpty, TextMatching.spaceSeparatedCount(who) <= 12 {
                body = InlineFields.withoutResponsibleCue(what); responsible = who
            }
        }
        addItem(.measure, body, block, fields: (responsible, fields.deadline, nil, nil, nil), at: source)
    }

    // MARK: - Tables

    private mutating func visitTable(_ table: Table) {
        let columns = TableColumns(table, repeatedHeader: table.rows.first.map { repeatedFirstRows.contains(Self.rowKey($0)) } ?? false)
        var lastGoal: String?
        // An empty area cell is the group's above it (a spreadsheet names a group's area on its
        // first row only, as a merged cell would).
        var lastArea: String?
        // A column whose cells are labels ("Mål", "Tiltak"), two kinds or more: each row's kind.
        let kindColumn: Int? = {
            let width = table.rows.map(\.cells.count).max() ?? 0
            for c in 0..<width {
                let cells = table.rows.enumerated().filter { $0.offset != columns.headerRow }.compactMap { $0.element.cells.count > c ? $0.element.cells[c].text : nil }.filter { !$0.isEmpty }
                let labels = cells.compactMap(LabelledLine.bareLabel)
                if labels.count >= 3, labels.count * 10 >= cells.count * 9, Set(labels).count >= 2 { return c }
            }
            return nil
        }()
        // Measures with who and when, in columns of their own or in the cell ("… Ansvar: HTV.
        // Frist: juni 2025."): a row of one sentence without them may be a goal by its words.
        let measuresHaveFields = columns.hasFieldColumns || table.rows.lazy.filter { row in
            row.filledCells.contains { cell in let s = InlineFields.split(cell.text); return s.responsible != nil || s.deadline != nil }
        }.prefix(2).count >= 2
        let goalValues = Set(table.rows.compactMap { columns.value(.goal, $0) })
        for (index, row) in table.rows.enumerated() {
            if let header = columns.headerRow, index == header { continue }
            // The header again where the table broke over a page (or was typed again).
            if columns.repeatsHeader(row) { continue }
            // A cell that opens with a heading of context ("Svakheiter", "Utfordringar" over its
            // points: a SWOT analysis laid out as a table) holds no items.
            if row.filledCells.count >= 1, row.filledCells.allSatisfy({ cell in
                cell.paragraphs.count >= 2 && Labels.isContextHeading(prepared(cell.paragraphs[0])) }) { continue }
            let ownArea = columns.value(.area, row)
            if ownArea != nil { lastArea = ownArea }
            let columnArea = ownArea ?? (columns.has(.area) ? lastArea ?? "" : nil)
            let filled = row.filledCells
            guard !filled.isEmpty else { continue }
            let block = Block(kind: .paragraph, text: filled[0].text, number: nil, lines: [], source: filled[0].source)
            let beforeHeader = columns.headerRow.map { index < $0 } ?? false
            let action = columns.text(of: row)
            let goal = columns.value(.goal, row)
            let onlyCell = filled.count == 1 ? filled[0].text : nil
            if filled.count >= 2, let label = Self.cellLabel(filled[0].text) {
                // A row whose first cell is a goal label ("Hovedmål" | the national goals, one a
                // paragraph), above the header or among the rows: the label's items.
                for cell in filled.dropFirst() {
                    for text in cell.paragraphs {
                        let b = Block(kind: .paragraph, text: text, number: nil, lines: [], source: cell.source)
                        if label == .nationalGoal { addItem(.nationalGoal, text, b) } else { addGoals(text, b) }
                    }
                }
                lastGoal = nil
                continue
            }
            if beforeHeader || row.spansTable || onlyCell != nil && (goal == nil || Labels.area(named: onlyCell!) != nil && Labels.looksLikeHeading(onlyCell!)) || action.isEmpty && goal == nil {
                // Title rows, template rows, section rows, national-measure rows, goal rows.
                lastGoal = nil
                lastArea = nil
                for cell in filled {
                    let goalRow = visitTableLine(cell.text, block: Block(kind: .paragraph, text: cell.text, number: nil, lines: [], source: cell.source),
                                                 beforeHeader: beforeHeader, spansTable: row.spansTable, amongFields: measuresHaveFields && onlyCell != nil)
                    if goalRow { lastGoal = cell.text }
                }
                continue
            }
            if Labels.isTotalRow(action.isEmpty ? (goal ?? "") : action) { continue }
            // A row that other rows name as their goal (a project tool's task, its subtasks'
            // "Parent task") is that goal, not a measure.
            if goal == nil, !action.isEmpty, goalValues.contains(action) {
                if action != lastGoal { lastGoal = action; addItem(.localGoal, action, block, columnArea: columnArea) }
                continue
            }
            if let goal, goal != lastGoal {
                // A goal cell merged over several rows counts once.
                lastGoal = goal
                if let template = Labels.template(goal) {
                    noteTemplate(block)
                    if template.opens != nil { group = template.opens }
                } else {
                    // (A cell that lists several goals, one a paragraph or line, each a whole
                    // sentence, gives each.)
                    let parts = columns.items(of: row, role: .goal)
                    for part in parts.allSatisfy({ $0.hasSuffix(".") }) ? parts : [goal] { addItem(.localGoal, part, block, columnArea: columnArea) }
                }
            }
            guard !action.isEmpty else { continue }
            if Labels.template(action) != nil { noteTemplate(block); continue }
            if let k = kindColumn, k < row.cells.count, let label = LabelledLine.bareLabel(row.cells[k].text), label != .measure {
                // The row's kind column names it a goal ("Type: Mål").
                if label == .nationalGoal { addItem(.nationalGoal, action, block) } else { addItem(.localGoal, action, block, columnArea: columnArea) }
                lastGoal = action
                continue
            }
            if LineScan.nationalMeasure(action) != nil { visitTableLine(action, block: block, beforeHeader: false, spansTable: row.spansTable); continue }
            // A cell that lists several measures, one a paragraph, gives each with the row's fields.
            let measures = columns.items(of: row)
            for (k, measure) in measures.enumerated() {
                // Who and when may stand in the cell itself ("… Ansvar: Styret. Frist: april 2025."),
                // where the row's columns do not give them ("… innan 15. januar" beside a Frist
                // column is the measure's own wording).
                let (who, when) = columns.whoAndWhen(row, item: k, of: measures.count)
                let fromColumns = who != nil || when != nil
                let split = fromColumns ? InlineFields.Split(text: measure) : InlineFields.split(measure)
                // A table without a header that lists goals and measures in one column: the
                // wording says which (a goal row in bold is a goal by its words too).
                if columns.headerRow == nil, goal == nil, ItemWording.kind(of: split.text) == .localGoal, split.responsible == nil, split.deadline == nil {
                    addItem(.localGoal, split.text, block, columnArea: columnArea)
                    lastGoal = split.text
                    continue
                }
                addItem(.measure, split.text, block, fields: (who ?? split.responsible, when ?? split.deadline,
                                                              columns.value(.status, row), columns.value(.budget, row), columns.value(.comment, row)),
                        context: (goal ?? lastGoal).map { [$0] } ?? [], columnArea: columnArea)
            }
        }
    }

    /// A row with a single text: a title, a template sentence, a section
    /// ("1. Heltid …", "7. Annet", "STYRE OG DRIFT"), a numbered national measure ("1.1 Kreve …"),
    /// a goal over the rows under it, or a measure. True for a goal row.
    @discardableResult
    private mutating func visitTableLine(_ text: String, block: Block, beforeHeader: Bool, spansTable: Bool, amongFields: Bool = false) -> Bool {
        if let template = Labels.template(text) {
            noteTemplate(block)
            if template.opens != nil {
                // "Her kan dere skrive inn tiltak som ikke hører hjemme …": free measures under no area.
                startSection(number: nil, heading: nil, area: nil, at: block.source)
                inFreeRows = true
            }
            return false
        }
        // A row above the header that names an area opens its section (a table per area), and so
        // does a numbered one across the table ("7. Andre tiltak" after "6. Digitalisering").
        if beforeHeader, Labels.area(named: prepared(text)) == nil {
            guard spansTable, let m = LineScan.numberedSection(text), Labels.looksLikeHeading(m.rest) else { return false }
            if Labels.area(named: m.rest) == nil { var b = block; b.number = m.number; openSection(b, level: nil, heading: m.rest); return false }
        }
        // A goal's label across the table ("Mål: …", "Hovudmål: …"): the goal over the rows under it.
        if let labelled = LabelledLine.parse(text), labelled.label != .measure, !labelled.text.isEmpty {
            if labelled.label == .nationalGoal { addItem(.nationalGoal, labelled.text, block); return false }
            addGoals(labelled.text, block)
            return true
        }
        if let m = LineScan.numberedSection(text), Labels.area(named: m.rest) != nil {
            var b = block; b.number = m.number
            openSection(b, level: nil, heading: m.rest)
            return false
        }
        if Labels.area(named: prepared(text)) != nil, !text.hasSuffix(".") { openSection(block, level: nil); return false }
        if spansTable, Labels.looksLikeHeading(text), TextMatching.spaceSeparatedCount(text) <= 6 {
            // A row across the table that reads as a heading: the branch's own section ("7. Annet").
            openSection(block, level: nil)
            return false
        }
        // A numbered national measure, or one whose number is Word's list numbering (not text):
        // a row across the whole table that names no area, before the free rows.
        // A row across the table that reads as a goal ("Flere medlemmer får tilbud om hele
        // stillinger."), or whose one cell does in a table of measures with who and when: the
        // branch's goal over the rows under it. National text is national.
        let readsAsGoal = ItemWording.kind(of: text) == .localGoal && !NationalTexts.isCopied(text)
        // (Among measures with fields, one with who or when of its own is a measure however worded.)
        let ownFields = amongFields ? InlineFields.split(text) : InlineFields.Split(text: text)
        if readsAsGoal, spansTable || amongFields && ownFields.responsible == nil && ownFields.deadline == nil, LineScan.nationalMeasure(text) == nil {
            addItem(.localGoal, text, block)
            return true
        }
        if let national = LineScan.nationalMeasure(text) ?? (spansTable && !inFreeRows ? text : nil) {
            addItem(.nationalGoal, national, block)
            currentNational = result.items.last?.id
            return false
        }
        addMeasure(text, block)
        return false
    }
}
