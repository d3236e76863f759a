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
        // Latin-1 without CR is read scalar by scalar (each scalar then a character of its
        // own) with the character tests written out; any other text character by character.
        let scalars = Array(text.unicodeScalars)
        if scalars.allSatisfy({ $0.value < 0x100 && $0.value != 0x0D }) {
            return split(scalars, isStop: { $0 == "." || $0 == "!" || $0 == "?" }, isSpace: { $0 == " " },
                         opens: { Latin1.isUppercaseCharacter($0.value) || Latin1.isNumber($0.value) },
                         text: { String(scalars: $0) })
        }
        return split(Array(text), isStop: { ".!?".contains($0) }, isSpace: { $0 == " " },
                     opens: { $0.isUppercase || $0.isNumber }, text: { String($0) })
    }

    /// The splitting itself, over the characters of a text (scalars or `Character`s): a stop,
    /// a space and a character that opens a sentence, unless the word before the stop is an
    /// abbreviation ("f.eks") or a single letter. Only that last word is looked at, from the
    /// end, so a long paragraph stays linear.
    private static func split<C>(_ s: [C], isStop: (C) -> Bool, isSpace: (C) -> Bool, opens: (C) -> Bool,
                                 text: (ArraySlice<C>) -> String) -> [String] {
        func endsWithAbbreviation(_ start: Int, _ end: Int) -> Bool {
            var k = end, length = 0
            while k > start, !isSpace(s[k - 1]) {
                k -= 1; length += 1
                if length > 8 { return false } // longer than any abbreviation
            }
            guard length > 0 else { return false }
            return length == 1 || PlanVocabulary.abbreviations.contains(text(s[k..<end]).lowercased())
        }
        var out: [String] = []
        var start = 0, i = 0
        while i < s.count {
            if isStop(s[i]), i + 1 < s.count, isSpace(s[i + 1]) {
                let after = i + 2
                if after < s.count, opens(s[after]), !endsWithAbbreviation(start, i) {
                    out.append(text(s[start..<(i + 1)]))
                    start = after
                    i = after
                    continue
                }
            }
            i += 1
        }
        if start < s.count { out.append(text(s[start...])) }
        return out.map { TextCleaning.clean($0) }.filter { !$0.isEmpty }
    }
}
