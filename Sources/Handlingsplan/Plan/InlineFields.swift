import Foundation

/// Responsible and deadline written into a measure's own line, taken out of its text:
///
///     Kartlegge deltid (ansvarlig: HTV, innen 1. mai 2025)
///     Krevje heile stillingar – ansvar: hovudtillitsvald, frist 1. april 2025
///     Gå gjennom turnusane – innan juni (ansvar: plasstillitsvald)
///     Pensjonsmøte for medlemmar over 55 år. Ansvar: styret. Frist: oktober.
///     Be om heltidsmøte med kommunedirektøren – leder, våren 2025
///     Medlemsmøte om AFP innen juni
///     Vervekampanje i forbundsvekene: styret
///
/// A tail counts only when every part of it is who or when (`FieldValue`), or is
/// introduced by its word ("ansvar:", "frist"): "(AFP)" and "– teori og praksis" stay text.
enum InlineFields {
    struct Split: Equatable {
        var text: String
        var responsible: String?
        var deadline: String?
    }

    private static let words = PlanWords.active
    private static let responsibleCues = words.phrases(.responsibleCue)
    private static let deadlineCues = words.phrases(.deadlineCue)
    /// The first words of the deadline cues that belong to the time ("innan mars").
    private static let prepositionWords = Set(words.all(.deadlinePreposition).compactMap { TextMatching.words($0).first })
    /// The cues of a time at a line's end, as words and as they stand inside a line (" innen ").
    private static let closingCues = Set(words.all(.closingDeadlineCue))
    private static let spacedClosingCues = words.all(.closingDeadlineCue).map { " \($0) " }

    static func split(_ line: String) -> Split {
        var out = Split(text: line)
        // Most lines have no tail: none of its signs (a parenthesis, a dash, a colon, "innen").
        guard line.contains(where: { $0 == "(" || $0 == "[" || $0 == ":" || $0 == "–" || $0 == "—" }) || TextMatching.containsASCII(line, " - ")
                || TextMatching.words(line).contains(where: closingCues.contains) else { return out }
        // Tails come off from the end, the last first, as long as they are fields.
        for _ in 0..<3 {
            guard let (rest, fields) = trailingTail(out.text) else { break }
            out.text = rest
            // The tail nearer the end was read first; one nearer the text does not override it.
            out.responsible = out.responsible ?? fields.responsible
            out.deadline = out.deadline ?? fields.deadline
        }
        if out.responsible == nil, out.deadline == nil, let (rest, deadline) = trailingDeadline(out.text) {
            out.text = rest; out.deadline = deadline
        }
        return out
    }

    /// The last tail of a line (a parenthesis, the part after a spaced dash, sentences after
    /// the first, the part after a colon) when it holds fields only.
    private static func trailingTail(_ text: String) -> (String, (responsible: String?, deadline: String?))? {
        var t = TextCleaning.clean(text)
        // A sentence's full stop after its closing parenthesis ("… barnehagane (ansv.: HTV).").
        if t.hasSuffix(").") || t.hasSuffix("].") { t.removeLast() }
        // "… (ansvarleg: leiar, innan 1. mars)", "… [leiar]"
        if t.hasSuffix("]"), let open = t.lastIndex(of: "["), open > t.startIndex {
            let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            if let fields = parts(inner) { return (trimmedEnd(String(t[..<open])), fields) }
            return nil
        }
        if t.hasSuffix(")"), let open = t.lastIndex(of: "("), open > t.startIndex {
            let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            if let fields = parts(inner) { return (trimmedEnd(String(t[..<open])), fields) }
            return nil
        }
        // "… Ansvar: styret. Frist: oktober."
        let sentences = GoalProse.sentences(t)
        if sentences.count >= 2, let last = sentences.last, let fields = labelledSentence(last) {
            return (trimmedEnd(String(t.dropLast(last.count))), fields)
        }
        // "… – ansvar: kasserar, frist 15.03.2026", "… – leder, våren 2025"
        for dash in [" – ", " — ", " - "] {
            if let range = t.ranges(of: dash).last {
                let tail = String(t[range.upperBound...])
                if let fields = parts(tail) { return (trimmedEnd(String(t[..<range.lowerBound])), fields) }
            }
        }
        // "… i forbundsvekene: styret", "… rulleres: innen desember"
        if let colon = t.lastIndex(of: ":"), colon > t.startIndex {
            let before = TextCleaning.clean(String(t[..<colon]))
            let tail = String(t[t.index(after: colon)...])
            // Not a label ("Tiltak: …"): the text before the colon is more than a word or two.
            guard TextMatching.spaceSeparatedCount(before) >= 2 else { return nil }
            // "…, ansvar: styret", "… ansvar: HTV": the cue before the colon names the field.
            if let cue = TextMatching.words(before).last, responsibleCues.contains(cue) || deadlineCues.contains(cue) {
                let value = TextCleaning.clean(tail)
                guard !value.isEmpty, TextMatching.spaceSeparatedCount(value) <= 8 else { return nil }
                let rest = trimmedEnd(String(before.dropLast(cue.count)))
                return responsibleCues.contains(cue) ? (rest, (value, nil)) : (rest, (nil, value))
            }
            if let fields = parts(tail) { return (trimmedEnd(before), fields) }
        }
        return nil
    }

    /// Who and when a note gives in labelled sentences of its own ("Ansvarleg: leiar. Frist:
    /// 1. mars 2026." in a footnote to a measure); nil where it gives neither (a remark).
    static func fields(ofNote note: String) -> (responsible: String?, deadline: String?)? {
        // Sentences part where ". " is followed by a capital word that ends in ":" ("Frist:"),
        // not inside a date ("1. mars").
        var sentences: [String] = [], current = ""
        let words = note.split(separator: " ", omittingEmptySubsequences: true)
        for (k, word) in words.enumerated() {
            let startsLabel = word.first?.isUppercase == true && word.hasSuffix(":")
                || word.first?.isUppercase == true && k + 1 < words.count && words[k + 1].hasSuffix(":") && !word.hasSuffix(".")
            if startsLabel, current.hasSuffix(".") { sentences.append(current); current = "" }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { sentences.append(current) }
        var who: String?, when: String?
        for sentence in sentences {
            guard let f = labelledSentence(sentence) else { continue }
            who = who ?? f.responsible
            when = when ?? f.deadline
        }
        return who == nil && when == nil ? nil : (who, when)
    }

    /// "Ansvar: styret." / "Frist: oktober." as a sentence of its own.
    private static func labelledSentence(_ sentence: String) -> (responsible: String?, deadline: String?)? {
        var s = sentence
        if s.hasSuffix(".") { s.removeLast() }
        let w = TextMatching.words(s)
        // The cue with its colon ("Ansvar:", "Frist:"): "Innen 2026 skal …" is a sentence of its own.
        guard let cue = w.first, responsibleCues.match(w, at: 0) != nil || deadlineCues.match(w, at: 0) != nil,
              s.lowercased().hasPrefix(cue + ":") else { return nil }
        return parts(s)
    }

    /// The fields of a tail: parts split at commas and semicolons, each who or when. The
    /// first parts up to a time are who (a part that is neither continues the one before:
    /// "seksjon kirke, kultur og oppvekst"); a part with its cue word is that field.
    private static func parts(_ tail: String) -> (responsible: String?, deadline: String?)? {
        let pieces = tail.split(whereSeparator: { $0 == "," || $0 == ";" }).map { TextCleaning.clean(String($0)) }
        guard !pieces.isEmpty, pieces.allSatisfy({ !$0.isEmpty }), TextMatching.spaceSeparatedCount(tail) <= 14 else { return nil }
        var who: [String] = [], when: [String] = []
        for piece in pieces {
            let w = TextMatching.words(piece)
            if let n = responsibleCues.match(w, at: 0), n < w.count, let value = afterCue(piece) {
                who.append(value)
            } else if let n = deadlineCues.match(w, at: 0), n < w.count, w.count - n <= 6, let value = Optional(afterCue(piece) ?? piece) {
                // "frist 1. april" loses "frist"; "innan mars" keeps its preposition, as written.
                when.append(prepositionWords.contains(w[0]) ? piece : value)
            } else if FieldValue.isTime(piece) {
                when.append(piece)
            } else if FieldValue.isRole(piece) || (!who.isEmpty && when.isEmpty && w.count <= 4) {
                if when.isEmpty, !who.isEmpty, !FieldValue.isRole(piece) { who[who.count - 1] += ", " + piece } else { who.append(piece) }
            } else {
                return nil
            }
        }
        guard !who.isEmpty || !when.isEmpty else { return nil }
        return (who.isEmpty ? nil : who.joined(separator: ", "), when.isEmpty ? nil : when.joined(separator: ", "))
    }

    /// "ansvarleg: leiar" → "leiar", "frist 1. april" → "1. april".
    private static func afterCue(_ piece: String) -> String? {
        if let colon = piece.firstIndex(of: ":") {
            let v = TextCleaning.clean(String(piece[piece.index(after: colon)...]))
            return v.isEmpty ? nil : v
        }
        guard let space = piece.firstIndex(of: " ") else { return nil }
        let v = TextCleaning.clean(String(piece[space...]))
        return v.isEmpty ? nil : v
    }

    /// "… om AFP innen juni": a closing deadline cue with a time after it.
    private static func trailingDeadline(_ text: String) -> (String, String)? {
        let t = TextCleaning.clean(text)
        guard !t.hasSuffix(".") else { return nil }
        for cue in spacedClosingCues {
            guard let range = t.ranges(of: cue).last else { continue }
            let tail = String(t[range.upperBound...])
            let w = TextMatching.words(tail)
            guard w.count <= 4, FieldValue.isTime(tail), TextMatching.spaceSeparatedCount(String(t[..<range.lowerBound])) >= 3 else { continue }
            return (trimmedEnd(String(t[..<range.lowerBound])), String(t[t.index(after: range.lowerBound)...]))
        }
        return nil
    }

    /// "Verve medlemmer – ansvar" (before ": styret") → "Verve medlemmer": a final word that
    /// introduces who (`responsible-cue`), and a dash or comma before it, are no part of the text.
    static func withoutResponsibleCue(_ what: String) -> String {
        guard let space = what.lastIndex(of: " "), responsibleCues.contains(what[what.index(after: space)...].lowercased()) else { return what }
        let before = trimmedEnd(String(what[..<space]))
        return before.isEmpty ? what : before
    }

    private static func trimmedEnd(_ s: String) -> String {
        var s = Substring(s)
        while let last = s.last, last == " " || last == "," || last == "–" || last == "-" || last == ":" { s.removeLast() }
        return String(s)
    }
}
