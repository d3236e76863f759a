import Foundation

/// What a short text written beside a measure holds: when (a month, a season, a week, a
/// date, "løpende"), who (a role, a body, an abbreviation such as "HTV"), a status, an
/// amount. Asked of a table's cells to tell its columns apart, and of the tail of a
/// measure's line ("… (ansvarleg: leiar, innan 1. mars)") to take those parts out of the
/// text. The words are data (`vocabulary.tsv`); the shapes (numbers, dates) are here.
enum FieldValue {
    private static let words = PlanWords.active
    private static let months = words.phrases(.month)
    private static let seasons = words.phrases(.season)
    private static let periodWords = words.phrases(.periodWord)
    private static let timeWords = words.phrases(.timeWord)
    private static let deadlineCues = words.phrases(.deadlineCue)
    private static let roles = words.phrases(.role)
    private static let roleSuffixes = words.all(.roleSuffix)
    private static let statuses = words.phrases(.status)
    /// Statuses as whole cells, symbols among them ("✔"), which have no words to match.
    private static let statusCells = Set(words.all(.status))
    private static let responsibleCues = words.phrases(.responsibleCue)

    /// The month (1–12) a word names, in full or short ("feb", "sept").
    static func month(_ word: String) -> Int? {
        for (index, spellings) in words.spellings(.month).enumerated() where spellings.contains(word) { return index + 1 }
        return nil
    }

    /// A time: "innen 1. mai 2025", "våren 2025", "veke 11 og veke 37", "Q3", "1. kvartal",
    /// "løpende", "15.03.2026", "august–september 2025"; or a deadline word before anything
    /// short ("før budsjettet", "frist: årsmøtet").
    static func isTime(_ text: String) -> Bool {
        let w = TextMatching.words(text)
        guard !w.isEmpty, w.count <= 10 else { return false }
        if let cue = deadlineCues.match(w, at: 0), cue < w.count, w.count - cue <= 4 { return true }
        var i = 0, anchored = false
        while i < w.count {
            if let n = months.match(w, at: i) ?? seasons.match(w, at: i) ?? periodWords.match(w, at: i) {
                anchored = true; i += n
            } else if w[i].allSatisfy(\.isNumber) {
                // A day, a week's number, a year: a year alone is a time too.
                anchored = anchored || w[i].count == 4
                i += 1
            } else if let n = timeWords.match(w, at: i) {
                i += n
            } else {
                return false
            }
        }
        return anchored
    }

    /// Who: a role or body of the branch ("styret", "leiar og nestleiar", "seksjon helse og
    /// sosial", "pensjonsansvarleg"), or an abbreviation in capitals ("HTV", "PTV").
    static func isRole(_ text: String) -> Bool {
        let w = TextMatching.words(text)
        guard let first = w.first, w.count <= 7 else { return false }
        if responsibleCues.match(w, at: 0) != nil { return w.count > 1 }
        if isRoleWord(first) { return true }
        // "HTV", "HTV og PTV": abbreviations in capitals name roles too, where nothing but
        // roles stands beside them ("AFP og pensjon" is a subject).
        let raw = text.split(whereSeparator: { !$0.isLetter })
        return raw.contains(where: isAbbreviation)
            && raw.allSatisfy { isAbbreviation($0) || isRoleWord($0.lowercased()) || conjunctions.contains($0.lowercased()) }
    }

    static func isRoleWord(_ word: String) -> Bool {
        roles.contains(word) || roleSuffixes.contains { word.hasSuffix($0) && word.count > $0.count }
    }

    /// "HTV", "PTV", "SKKO": two to five capitals.
    private static func isAbbreviation(_ s: Substring) -> Bool {
        (2...5).contains(s.count) && s.allSatisfy { $0.isUppercase }
    }

    /// Who as a table cell may hold it: a role, or a person's name ("Kari Hansen").
    static func isWho(_ text: String) -> Bool {
        if isRole(text) { return true }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        guard (1...4).contains(parts.count) else { return false }
        return parts.allSatisfy { p in p.first?.isUppercase == true && p.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "." } }
            || parts.allSatisfy { p in isRoleWord(p.lowercased()) || p.first?.isUppercase == true || conjunctions.contains(String(p)) }
    }

    /// A status: "Gjennomført", "Pågår", "Ikke startet", "✔".
    static func isStatus(_ text: String) -> Bool {
        let trimmed = TextCleaning.clean(text)
        if statusCells.contains(trimmed.lowercased()) { return true }
        let w = TextMatching.words(trimmed)
        return !w.isEmpty && statuses.match(w, at: 0) == w.count
    }

    /// An amount: "kr 12 000", "5000", "15 000,-", "2 500 kr": numbers, and no word but a
    /// currency's.
    static func isAmount(_ text: String) -> Bool {
        guard text.contains(where: \.isNumber), text.allSatisfy({ $0.isNumber || $0.isLetter || " .,-\u{00A0}".contains($0) }) else { return false }
        return TextMatching.words(text).allSatisfy { $0.allSatisfy(\.isNumber) || currencies.contains($0) }
    }
    private static let currencies = Set(words.all(.currency))
    /// "og", "eller": what joins two roles.
    static let conjunctions = Set(words.all(.conjunction))
}
