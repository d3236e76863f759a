/// What an item's own words say about its kind, where no label and no layout
/// does (a list under no heading, a one-page list): an activity is a measure,
/// a state to be reached is a local goal. The words are in `PlanVocabulary`.
enum ItemWording {
    private static let actionVerbs = Set(PlanVocabulary.actionVerbs)
    private static let goalOpenings = Set(PlanVocabulary.goalOpenings)
    private static let statingVerbs = Set(PlanVocabulary.statingVerbs)

    static func kind(of text: String) -> ItemKind {
        let words = TextMatching.words(text)
        guard let first = words.first else { return .measure }
        // "Verve 40 nye medlemar", "Kreve drøftingsmøte …", "Møte ordføraren …": an action.
        if actionVerbs.contains(first) { return .measure }
        // "Alle … skal ha", "Flere medlemmer … har hele stillinger": a state to be reached.
        if goalOpenings.contains(first) { return .localGoal }
        if words.dropFirst().contains(where: statingVerbs.contains) { return .localGoal }
        // A noun phrase ("Fagdag for helsefagarbeidere", "Ti styremøter i året"): an activity.
        return .measure
    }
}

/// Who is responsible, written after a colon at the end of a measure
/// ("Vervekampanje i forbundsvekene: styret", "Kurs i lokale lønsforhandlingar: leiar og HTV").
enum Responsible {
    private static let roles = Set(PlanVocabulary.responsibleRoles)

    static func split(_ text: String) -> (text: String, responsible: String?) {
        guard let colon = TextMatching.lastIndex(of: ":", in: text) else { return (text, nil) }
        let who = TextCleaning.clean(String(text[text.index(after: colon)...]))
        let what = TextCleaning.clean(String(text[..<colon]))
        let words = TextMatching.words(who)
        guard !who.isEmpty, words.count <= 6, TextMatching.spaceSeparatedCount(what) >= 2,
              !who.contains(where: { ".!?".contains($0) }), let first = words.first else { return (text, nil) }
        // The part after the colon names a role ("styret", "HTV", "seksjon helse og sosial"), not more text.
        let startsLower = who.first?.isLowercase ?? false
        guard roles.contains(first) || (startsLower && words.contains(where: roles.contains)) else { return (text, nil) }
        return (withoutAnsvar(what), who)
    }

    /// "Verve medlemmer – ansvar" (before ": styret") → "Verve medlemmer": the word that
    /// introduces the responsible, and a dash or comma before it, are no part of the text.
    static func withoutAnsvar(_ what: String) -> String {
        guard let before = LineScan.beforeTrailingAnsvar(what) else { return what }
        var s = Substring(before)
        while let last = s.last, last == " " || last == "," || last == "–" || last == "-" { s.removeLast() }
        return s.isEmpty ? what : String(s)
    }
}
