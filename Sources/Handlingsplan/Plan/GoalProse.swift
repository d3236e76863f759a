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
            return !responsibility.matches(s) && (explicitGoal.matches(s) || committingSubject.matches(s) || goalStatement.matches(s)
                                                  || statesWhatShallBe(sentence))
        }
    }

    private static let words = PlanWords.active
    /// Abbreviations that end in a period inside a sentence ("f.eks.", "ca.").
    static let abbreviations = Set(words.all(.abbreviation))
    private static let modals = words.phrases(.modal)
    private static let volitions = words.phrases(.volition)
    private static let subordinators = words.phrases(.subordinator)
    private static let committers = words.phrases(.committingSubject)
    private static let outsiders = words.phrases(.outsideActor)
    private static let situationSubjects = words.phrases(.situationSubject)
    private static let stateVerbs = words.phrases(.stateVerb)

    /// A sentence that says what shall be achieved or done, whoever its subject is ("Alle
    /// arbeidsplasser med mer enn fem medlemmer skal ha …", "Innen 2026 skal …"), or what the
    /// branch wants ("Før valet vil vi …"): a modal verb in its main clause (no subordinating
    /// word before it) within its first words, and a subject that is not someone else
    /// ("Kommunen skal …") or a description ("Mange må …"). "Vil" commits only the branch
    /// itself ("Formålet vil være …" foretells). A question is none.
    static func statesWhatShallBe(_ sentence: String) -> Bool {
        guard !sentence.hasSuffix("?") else { return false }
        // The clause the modal stands in: a comma ends a clause before it ("Alle arbeidsplasser
        // der vi har fem medlemmer, skal ha …"; "Når verktøy innføres, skal tillitsvalgte …").
        var w: [String] = [], clauseStart = 0
        for clause in sentence.split(separator: ",") {
            let clauseWords = TextMatching.words(String(clause))
            if let at = clauseWords.indices.first(where: { modals.match(clauseWords, at: $0) != nil || volitions.match(clauseWords, at: $0) != nil }) {
                w += clauseWords
                return statesWhatShallBe(words: w, at: clauseStart + at, clauseStart: clauseStart)
            }
            w += clauseWords; clauseStart = w.count
            if w.count > 14 { return false }
        }
        return false
    }

    private static func statesWhatShallBe(words w: [String], at: Int, clauseStart: Int) -> Bool {
        // The modal within the first words, after a subject or an opening phrase.
        guard at > 0, at <= 12, at == clauseStart || at <= 8 else { return false }
        // A comma right before the modal ends a clause that opened the sentence ("Alle
        // arbeidsplasser der vi har fem medlemmer, skal ha …"): its words are no subordinate
        // clause of the modal's. Elsewhere a comma only lists ("hva styret, tillitsvalgte og
        // yrkesseksjonene skal prioritere").
        let inClause = at == clauseStart ? [] : Array(w[..<at])
        if inClause.indices.contains(where: { subordinators.match(inClause, at: $0) != nil }) { return false }
        let before = Array(w[..<at])
        // Inverted order after an opening phrase ("Innen 2026 skal vi …"): the subject follows the verb.
        let isVolition = modals.match(w, at: at) == nil
        let after = at + (modals.match(w, at: at) ?? volitions.match(w, at: at)!)
        if committers.match(w, at: after) != nil { return true }
        if isVolition { return committers.isWhole(before) }
        // Someone else's "skal ha", "skal være": a state the branch works for; their "skal
        // handsame" is their own business.
        if let n = outsiders.match(w, at: after) { return stateVerbs.match(w, at: after + n) != nil }
        let outside = outsiders.starts(before)
            || before.count <= 2 && before.last.map { outsiders.contains($0) || outsiders.contains($0 + "n") } == true
        if outside { return stateVerbs.match(w, at: after) != nil }
        if situationSubjects.starts(before) { return false }
        return true
    }

    /// A sentence that describes how things are ("I dag har under halvparten …"), no commitment.
    /// Also one dated to now ("Tre arbeidsplassar manglar i dag tillitsvald.") that commits nothing.
    static func isDescriptive(_ sentence: String) -> Bool {
        if descriptive.matches(MatchText(sentence)) { return true }
        let w = TextMatching.words(sentence)
        return w.indices.contains { situationTimes.match(w, at: $0) != nil } && !statesWhatShallBe(sentence) && commitmentSentences(in: sentence).isEmpty
    }
    private static let situationTimes = PlanWords.active.phrases(.situationTime)

    /// A consequence drawn as an activity: a sentence that opens with a consequence word, then
    /// the branch's modal and an activity's verb ("Difor skal vi krevje …", "Derfor vil styret
    /// invitere …"), after the goal it follows from. Not a state ("Difor skal vi vere 650") and
    /// not a plain commitment ("Vi skal arbeide for …", a goal).
    static func commitsToAnAction(_ sentence: String) -> Bool {
        let w = TextMatching.words(sentence)
        guard w.count >= 4, let at = consequenceOpeners.match(w, at: 0),
              let m = modals.match(w, at: at) ?? volitions.match(w, at: at),
              let n = committers.match(w, at: at + m) else { return false }
        // "skal vi krevje", "skal vi også gå": one adverb may stand before the verb.
        var verb = at + m + n
        if verb + 1 < w.count, !actionVerbs.contains(w[verb]), actionVerbs.contains(w[verb + 1]) { verb += 1 }
        return verb < w.count && actionVerbs.contains(w[verb]) && !stateVerbsSet.contains(w[verb])
    }
    private static let consequenceOpeners = PlanWords.active.phrases(.consequenceOpener)
    private static let actionVerbs = Set(PlanWords.active.all(.actionVerb))
    private static let stateVerbsSet = Set(PlanWords.active.all(.stateVerb))

    /// Running prose rather than a list line: more than one sentence, or a long one.
    static func isProse(_ text: String) -> Bool {
        !TextMatching.hasAtMost(text, 100) || sentences(text).count > 1
    }

    /// Prose that says who is responsible ("Styret har ansvaret for …").
    static func isAboutResponsibility(_ text: MatchText) -> Bool { responsibility.matches(text) }

    /// Splits at ". ", "! " and "? " before an upper-case letter or digit, except after
    /// abbreviations ("etc.", "f.eks.") and single letters.
    static func sentences(_ text: String) -> [String] {
        sentencesOnBytes(text) ?? sentencesByCharacters(text)
    }

    /// `sentences` character by character, for any text (and the reference of the byte path).
    static func sentencesByCharacters(_ text: String) -> [String] {
        let s = Array(text)
        func endsWithAbbreviation(_ start: Int, _ end: Int) -> Bool {
            var k = end, length = 0
            while k > start, s[k - 1] != " " {
                k -= 1; length += 1
                if length > 8 { return false } // longer than any abbreviation
            }
            guard length > 0 else { return false }
            return length == 1 || abbreviations.contains(String(s[k..<end]).lowercased())
        }
        var out: [String] = []
        var start = 0, i = 0
        while i < s.count {
            if ".!?".contains(s[i]), i + 1 < s.count, s[i + 1] == " " {
                let after = i + 2
                if after < s.count, s[after].isUppercase || s[after].isNumber, !endsWithAbbreviation(start, i) {
                    out.append(String(s[start..<(i + 1)]))
                    start = after
                    i = after
                    continue
                }
            }
            i += 1
        }
        if start < s.count { out.append(String(s[start...])) }
        return out.map { TextCleaning.clean($0) }.filter { !$0.isEmpty }
    }

    /// `sentences` of Latin-1 text without CR (every scalar a character of its own, one or
    /// two bytes), read on its UTF-8 bytes with the character tests written out; nil for
    /// any other text.
    static func sentencesOnBytes(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { b -> [String]? in
            // Leads from C4 up start scalars from U+0100 up.
            guard !b.contains(where: { $0 >= 0xC4 || $0 == 0x0D }) else { return nil }
            func scalar(at i: Int) -> UInt32 { b[i] < 0x80 ? UInt32(b[i]) : UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F) }
            // The word before the stop at `end`: an abbreviation ("f.eks") or a single letter.
            func endsWithAbbreviation(_ start: Int, _ end: Int) -> Bool {
                var k = end, length = 0
                while k > start, b[k - 1] != 0x20 {
                    k -= 1
                    if b[k] & 0xC0 == 0x80 { k -= 1 } // the lead of a two-byte scalar
                    length += 1
                    if length > 8 { return false } // longer than any abbreviation
                }
                guard length > 0 else { return false }
                return length == 1 || abbreviations.contains(String(decoding: UnsafeBufferPointer(rebasing: b[k..<end]), as: UTF8.self).lowercased())
            }
            var out: [String] = []
            var start = 0, i = 0
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?"), i + 2 < b.count, b[i + 1] == 0x20 {
                    let after = i + 2, v = scalar(at: after)
                    if Latin1.isUppercaseCharacter(v) || Latin1.isNumber(v), !endsWithAbbreviation(start, i) {
                        out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...i]), as: UTF8.self))
                        start = after
                        i = after
                        continue
                    }
                }
                i += 1
            }
            if start < b.count { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self)) }
            return out.map { TextCleaning.clean($0) }.filter { !$0.isEmpty }
        }
    }
}
