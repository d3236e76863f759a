/// What an item's own words say about its kind, where no label and no layout
/// does (a list under no heading, a one-page list): an activity is a measure,
/// a state to be reached is a local goal. The words are vocabulary.tsv's (`PlanWords`).
enum ItemWording {
    private static let actionVerbs = Set(PlanWords.active.all(.actionVerb))
    private static let goalOpenings = Set(PlanWords.active.all(.goalOpening))
    private static let statingVerbs = Set(PlanWords.active.all(.statingVerb))
    private static let requestVerbs = Set(PlanWords.active.all(.requestVerb))

    /// The item opens with an activity's verb ("Sørge for at …", "Verve …"), not with one of a
    /// state to reach ("Ha tillitsvald på alle arbeidsplassar", "Vere synlege").
    static func startsWithAction(_ text: String) -> Bool {
        guard let first = TextMatching.words(text).first else { return false }
        return actionVerbs.contains(first) && !stateVerbs.contains(first)
    }
    private static let stateVerbs = Set(PlanWords.active.all(.stateVerb))

    static func kind(of text: String) -> ItemKind {
        let words = TextMatching.words(text)
        guard let first = words.first else { return .measure }
        // "Verve 40 nye medlemar", "Kreve drøftingsmøte …", "Møte ordføraren …": an action.
        if actionVerbs.contains(first) { return .measure }
        // "Alle … skal ha", "Flere medlemmer … har hele stillinger": a state to be reached.
        if goalOpenings.contains(first) { return .localGoal }
        // "Årsmøtet ber styret om å …": someone is asked to act, whatever the act says.
        if words.count > 2, requestVerbs.contains(words[1]) { return .measure }
        if words.dropFirst().contains(where: statingVerbs.contains) { return .localGoal }
        // A noun phrase ("Fagdag for helsefagarbeidere", "Ti styremøter i året"): an activity.
        return .measure
    }
}
