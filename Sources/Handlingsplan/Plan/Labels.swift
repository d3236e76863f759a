/// Recognising the structural words of a plan (labels, template sentences,
/// area headings) from the data in `AreaData` and `PlanVocabulary`.
enum Labels {
    enum Group: Equatable {
        case nationalGoals, localGoals, measures, proseGoals, inlineMeasures, additions, priorityList
    }

    private static let nationalGoal = Pattern(PlanVocabulary.nationalGoalLabel)
    private static let localGoal = Pattern(PlanVocabulary.localGoalLabel)
    private static let measure = Pattern(PlanVocabulary.measureLabel)
    private static let proseGoal = Pattern(PlanVocabulary.proseGoalLabel)
    private static let inlineMeasure = Pattern(PlanVocabulary.inlineMeasureLabel)
    private static let addition = Pattern(PlanVocabulary.additionLabel)
    private static let priorityList = Pattern(PlanVocabulary.priorityListLabel)
    private static let areaHeadings: [(area: Int, patterns: [Pattern])] =
        AreaData.areas.map { ($0.number, $0.headingPatterns.map(Pattern.init)) }

    /// Labels are short: a long sentence that happens to start with "Tiltak" is text.
    private static let maxLabelLength = 110

    /// The group a label line opens, if the line is a label (prepared for the patterns: the
    /// callers ask several questions of one line, `MatchTextMemo`).
    static func group(of text: MatchText) -> Group? {
        guard TextMatching.hasAtMost(text.text, maxLabelLength) else {
            // Prose labels carry their paragraph after the colon.
            if proseGoal.matches(text) { return .proseGoals }
            if inlineMeasure.matches(text) { return .inlineMeasures }
            return nil
        }
        if nationalGoal.matches(text) { return .nationalGoals }
        if proseGoal.matches(text) { return .proseGoals }
        if inlineMeasure.matches(text) { return .inlineMeasures }
        if measure.matches(text) { return .measures }
        if localGoal.matches(text) { return .localGoals }
        if addition.matches(text) { return .additions }
        if priorityList.matches(text) { return .priorityList }
        return nil
    }

    /// The area a heading-like line names, if it names exactly one.
    /// Only short lines count: a sentence that mentions "heltid" is no heading.
    static func area(named text: String) -> Int? { area(named: MatchText(TextMatching.withoutLeadingSymbols(text))) }

    /// The same for a line prepared for several patterns.
    static func area(named prepared: MatchText) -> Int? {
        let text = prepared.text
        guard TextMatching.hasAtMost(text, 80), TextMatching.spaceSeparatedCount(text) <= 12 else { return nil }
        // Most lines have none of the words any heading pattern needs, and the others those of
        // one or two patterns: one pass says which are left to try.
        guard let filter = areaHeadingFilter else { return area(namedBy: prepared) }
        let candidates = filter.candidates(prepared)
        return candidates == 0 ? nil : area(namedBy: prepared, trying: candidates)
    }

    /// `area(named:)` by trying every pattern (or those of `trying`, a bit each by their place
    /// in `areaHeadings`' patterns one after another): without the group's quick test, the
    /// tests compare the two.
    static func area(namedBy prepared: MatchText, trying: UInt64 = ~0) -> Int? {
        // A second area named is as good as none: the search stops there. (Filtering the
        // table copied its patterns, a retain and a release each.)
        var named: Int?
        var bit = 0
        for i in areaHeadings.indices {
            let first = bit
            bit += areaHeadings[i].patterns.count
            var matched = false
            for (k, pattern) in areaHeadings[i].patterns.enumerated() where first + k >= 64 || trying & (1 << UInt64(first + k)) != 0 {
                if pattern.matches(prepared) { matched = true; break }
            }
            guard matched else { continue }
            if named != nil { return nil }
            named = areaHeadings[i].area
        }
        return named
    }

    /// The words any area-heading pattern needs, looked for at once (nil if a pattern needs none).
    static let areaHeadingFilter = PatternGroupFilter(areaHeadings.flatMap(\.patterns))

    static func namesArea(_ prepared: MatchText) -> Bool {
        guard !(prepared.text.last.map { ".!?".contains($0) } ?? false) else { return false }
        return area(named: prepared) != nil
    }

    /// For a label line: it is the label and nothing more ("Hovedmål 2024-2025", "Tillegg:"),
    /// as opposed to a label followed by its text on the same line ("Tiltak: Ha …").
    static func isBare(_ label: String) -> Bool {
        guard let afterColon = TextMatching.textAfterFirst(UInt8(ascii: ":"), in: label) else { return true }
        return afterColon.allSatisfy(\.isWhitespace)
    }

    private static let sectionHeadings = PlanVocabulary.sectionHeadings.map(Pattern.init)
    private static let preamble = Pattern(PlanVocabulary.preamble)

    /// Lines that are headings whatever their length or final period.
    static func isKnownSectionHeading(_ text: MatchText) -> Bool {
        TextMatching.hasAtMost(text.text, 220) && sectionHeadings.contains { $0.matches(text) }
    }

    /// Title-block lines: plan title, branch name, adoption line.
    static func isPreamble(_ text: MatchText) -> Bool { TextMatching.hasAtMost(text.text, 90) && preamble.matches(text) }

    private static let signature = Pattern(PlanVocabulary.signature)
    private static let context = Pattern(PlanVocabulary.contextHeading)

    static func isSignature(_ text: String) -> Bool { signature.matches(text) }
    static func isSignature(_ text: MatchText) -> Bool { signature.matches(text) }
    /// Introduction, challenges, ethics: sections whose text is context.
    static func isContextHeading(_ text: MatchText) -> Bool { context.matches(text) }

    /// Items are sentences or short paragraphs; a longer paragraph under a label is explanation.
    static let maxItemLength = 320

    /// Shaped like a heading: short, few words, no final punctuation, starts with a capital or a number.
    /// By default strict, for a heading found by layout alone: at most 8 words, no colon, no
    /// signature. `lenient` is the older test for a short line in running text: up to 10
    /// words, and a final colon after a few words ("Tillegg:"), not after a sentence
    /// ("Styret foreslår at … dette i 2025:", which introduces a list).
    static func looksLikeHeading(_ text: String, lenient: Bool = false) -> Bool {
        // The length first, counting at most 71 characters: most lines are long and fail here.
        guard TextMatching.hasAtMost(text, 70) else { return false }
        let words = TextMatching.spaceSeparatedCount(text)
        guard words <= (lenient ? 10 : 8), let last = text.last, let first = text.first,
              first.isUppercase || first.isNumber, !".,;!?".contains(last) else { return false }
        if lenient { return !(last == ":" && words > 4) }
        // ": " asked of Foundation only where the bytes have it (its search cost 10,000 instructions).
        return last != ":" && !(TextMatching.containsASCII(text, ": ") && text.contains(": ")) && text.contains(where: \.isLetter) && !isSignature(text)
    }

    private static let totals = PlanWords.active.phrases(.totalRow)

    /// "SUM", "Totalt": the sum row of a table, never an item.
    static func isTotalRow(_ text: String) -> Bool { totals.isWhole(TextMatching.words(text)) }

    private static let templateFirstLetters = Set(PlanVocabulary.templateSentences.compactMap(\.prefix.first))
    private static let templatePrefixLength = PlanVocabulary.templateSentences.map(\.prefix.count).max() ?? 0

    /// Template instruction text, if the text starts with it.
    static func template(_ text: String) -> (prefix: String, opens: Group?)? {
        // An instruction in brackets ("(Skriv inn eigne tiltak. Legg til fleire rader.)"), as
        // forms print their prompts: the same sentence.
        if let first = text.first, first == "(" || first == "[" { return template(String(text.dropFirst())) }
        // The folded text starts with the lower-cased first non-space character: most lines
        // are answered by that alone, without folding them.
        guard mayBeTemplate(text) else { return nil }
        var cleaned = TextCleaning.clean(text)
        // A start in Latin-1 (nearly every line) is lower-cased scalar by scalar, each scalar a
        // character of its own there, read off the UTF-8 (one byte, or two with lead C2 or C3):
        // String.lowercased() cost 20,000 instructions a line, the scalar view's indexes 3,000.
        let found: Int?? = cleaned.withUTF8 { b in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: templatePrefixLength + 1) { start -> Int?? in
                var n = 0, i = 0
                while n <= templatePrefixLength, i < b.count {
                    let c = b[i]
                    if c < 0x80 {
                        start[n] = Latin1.lowercase(UInt32(c)); i += 1
                    } else if c == 0xC2 || c == 0xC3 {
                        start[n] = Latin1.lowercase(UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)); i += 2
                    } else {
                        return .none   // a scalar from U+0100 up
                    }
                    n += 1
                }
                let read = UnsafeBufferPointer(rebasing: start[..<n])
                return .some(templateScalars.firstIndex { read.starts(with: $0) })
            }
        }
        guard let found else { return templateByFolding(cleaned) }
        return found.map { PlanVocabulary.templateSentences[$0] }
    }

    /// Whether the first character (spaces aside) can start a template sentence.
    static func mayBeTemplate(_ text: String) -> Bool {
        // An ASCII start that is no space and not followed by a mark (a character of its own):
        // answered from a table of bytes, without Character properties.
        var copy = text
        let byBytes: Bool? = copy.withUTF8 { b in
            guard let c = b.first, c < 0x80, c != 0x20, !(0x09...0x0D).contains(c), b.count < 2 || b[1] < TextMatching.firstLeadFromU0300 else { return nil }
            return templateFirstBytes[Int(c)]
        }
        return byBytes ?? mayBeTemplateByCharacters(text)
    }

    /// `mayBeTemplate` for any text, character by character (and the reference of the byte path).
    static func mayBeTemplateByCharacters(_ text: String) -> Bool {
        guard let first = text.first(where: { !$0.isWhitespace && $0 != "\u{200B}" && $0 != "\u{FEFF}" }) else { return false }
        return templateFirstLetters.contains(Character(first.lowercased()))
    }

    /// `mayBeTemplate` of a text that starts with each ASCII character.
    private static let templateFirstBytes: [Bool] = (0..<128).map { b in
        templateFirstLetters.contains(Character(Character(Unicode.Scalar(UInt8(b))).lowercased()))
    }

    /// The template sentences' scalars (Latin-1, lower case, one character each).
    private static let templateScalars = PlanVocabulary.templateSentences.map { $0.prefix.unicodeScalars.map(\.value) }

    /// `template` for any text: as much of it as the longest sentence, lower-cased by String
    /// (casing one character never depends on what comes before it, so the start is the same).
    static func templateByFolding(_ cleaned: String) -> (prefix: String, opens: Group?)? {
        let folded = String(cleaned.prefix(templatePrefixLength + 1)).lowercased()
        return PlanVocabulary.templateSentences.first { folded.hasPrefix($0.prefix) }
    }
}
