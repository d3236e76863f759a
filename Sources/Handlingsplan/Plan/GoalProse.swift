import Foundation

/// Goals written as prose: which sentences of a paragraph state a goal or a
/// commitment of the branch, and which only describe the situation.
enum GoalProse {
    private static let commitment = Pattern(PlanVocabulary.commitmentPattern)
    private static let descriptive = Pattern(PlanVocabulary.descriptiveOpening)
    private static let nominal = Pattern(PlanVocabulary.nominalGoalOpening)
    private static let responsibility = Pattern(PlanVocabulary.responsibilityProse)
    private static let explicitGoal = Pattern(PlanVocabulary.explicitGoalPattern)
    private static let committingSubject = Pattern(PlanVocabulary.committingSubject)
    private static let goalStatement = Pattern(PlanVocabulary.goalStatement)

    /// In a "Mål og tiltak …:" section: every sentence that commits the branch.
    static func goalSentences(in paragraph: String) -> [String] {
        sentences(paragraph).filter { sentence in
            let s = MatchText(sentence)
            return !descriptive.matches(s) && !responsibility.matches(s) && (commitment.matches(s) || nominal.matches(s))
        }
    }

    /// Elsewhere: sentences in which the branch commits itself ("Vi skal …",
    /// "Fagforeininga vil …", "Styret skal …", "Målet er …") or that say outright
    /// that something is a goal ("… har også et mål om …"); never prose about
    /// responsibility, and never a sentence about what others will do
    /// ("Kommunestyret skal handsame …").
    static func commitmentSentences(in paragraph: String) -> [String] {
        sentences(paragraph).filter { sentence in
            let s = MatchText(sentence)
            return !responsibility.matches(s) && (explicitGoal.matches(s) || committingSubject.matches(s) || goalStatement.matches(s))
        }
    }

    /// Running prose rather than a list line: more than one sentence, or a long one.
    static func isProse(_ text: String) -> Bool {
        !TextMatching.hasAtMost(text, 100) || sentences(text).count > 1
    }

    /// Prose that says who is responsible ("Styret har ansvaret for …").
    static func isAboutResponsibility(_ text: String) -> Bool { responsibility.matches(text) }

    /// Splits at ". ", "! " and "? " before an upper-case letter or digit, except after
    /// abbreviations ("etc.", "f.eks.") and single letters.
    static func sentences(_ text: String) -> [String] {
        if let split = latin1Sentences(text) { return split }
        var out: [String] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            let next = text.index(after: i)
            if ".!?".contains(ch), next < text.endIndex, text[next] == " " {
                let after = text.index(after: next)
                if after < text.endIndex, text[after].isUppercase || text[after].isNumber, !endsWithAbbreviation(text[start..<i]) {
                    out.append(String(text[start...i]))
                    start = after
                    i = after
                    continue
                }
            }
            i = next
        }
        if start < text.endIndex { out.append(String(text[start...])) }
        return out.map { TextCleaning.clean($0) }.filter { !$0.isEmpty }
    }

    /// `sentences` for a text of Latin-1 without CR (each scalar then a character of its own),
    /// read on scalars with the character tests written out; nil for any other text.
    private static func latin1Sentences(_ text: String) -> [String]? {
        let s = Array(text.unicodeScalars)
        guard s.allSatisfy({ $0.value < 0x100 && $0.value != 0x0D }) else { return nil }
        func piece(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }
        /// The last word before `end` (back to a space, at most 8 long) is an abbreviation or one letter.
        func endsWithAbbreviation(_ start: Int, _ end: Int) -> Bool {
            var k = end, length = 0
            while k > start, s[k - 1] != " " {
                k -= 1; length += 1
                if length > 8 { return false }
            }
            guard length > 0 else { return false }
            return length == 1 || PlanVocabulary.abbreviations.contains(piece(k..<end).lowercased())
        }
        var out: [String] = []
        var start = 0, i = 0
        while i < s.count {
            let v = s[i].value
            if v == 0x2E || v == 0x21 || v == 0x3F, i + 1 < s.count, s[i + 1] == " " {
                let after = i + 2
                if after < s.count, Latin1.isUppercaseCharacter(s[after].value) || Latin1.isNumber(s[after].value), !endsWithAbbreviation(start, i) {
                    out.append(piece(start..<(i + 1)))
                    start = after
                    i = after
                    continue
                }
            }
            i += 1
        }
        if start < s.count { out.append(piece(start..<s.count)) }
        return out.map { TextCleaning.clean($0) }.filter { !$0.isEmpty }
    }

    /// Whether the text before a full stop ends in an abbreviation ("f.eks") or a single
    /// letter. Only the last word is looked at, from the end, so a long paragraph stays linear.
    private static func endsWithAbbreviation(_ s: Substring) -> Bool {
        var start = s.endIndex
        var length = 0
        while start > s.startIndex {
            let before = s.index(before: start)
            if s[before] == " " { break }
            start = before
            length += 1
            if length > 8 { return false } // longer than any abbreviation
        }
        guard length > 0 else { return false }
        let w = s[start...].lowercased()
        return PlanVocabulary.abbreviations.contains(w) || length == 1
    }
}
