/// A word and a number that open paragraph after paragraph ("Vedtak 6.1.1: Årsmøtet ber styret
/// om …", "Punkt 3 – …", "Forslag 12: …"): the document numbers what it records, one label per
/// item, as a decision record from an annual meeting does. The word is the document's own (any
/// word but a goal's or measure's label, which `LabelledLine` reads, and a time such as "Uke 5").
/// Where three or more paragraphs carry it with different numbers, each is the item after its
/// label, and the plain paragraphs that follow one before the next label or heading are what was
/// said about it (the vote, an amendment that fell, a remark for the minutes): not items.
enum NumberedLabels {
    static let minimum = 3

    static func relist(_ blocks: [Block]) -> [Block] {
        // Cheap refusal: paragraphs that open with a capital, a space and a digit.
        var labels: [Int: (word: String, number: String, rest: String)] = [:]
        var numbersByWord: [String: Set<String>] = [:]
        for (i, b) in blocks.enumerated() {
            guard case .paragraph = b.kind, let found = label(b.text) else { continue }
            labels[i] = found
            numbersByWord[found.word, default: []].insert(found.number)
        }
        guard let word = numbersByWord.filter({ $0.value.count >= minimum }).max(by: { $0.value.count < $1.value.count })?.key else { return blocks }
        var out: [Block] = []
        var inRecord = false
        for (i, b) in blocks.enumerated() {
            if let found = labels[i], found.word == word {
                // A numbered point, as deep as its number ("6.1.1" under the list's "6.1").
                var item = b
                item.text = found.rest
                item.kind = .listItem(level: found.number.split(separator: ".").count, ordered: true)
                out.append(item)
                inRecord = true
                continue
            }
            if case .paragraph = b.kind, inRecord { continue }
            inRecord = false
            out.append(b)
        }
        return out
    }

    /// "Vedtak 6.1.1: rest" → ("vedtak", "6.1.1", "rest"): a capitalised word, a number of digits
    /// and dots, then ":", "." or a dash, and the text.
    static func label(_ text: String) -> (word: String, number: String, rest: String)? {
        guard let first = text.first, first.isUppercase else { return nil }
        let word = text.prefix { $0.isLetter }
        guard word.count >= 3, word.count <= 20 else { return nil }
        var rest = text[word.endIndex...]
        guard rest.first == " " else { return nil }
        rest = rest.dropFirst()
        let number = rest.prefix { $0.isNumber || $0 == "." }
        guard let d = number.first, d.isNumber, number.count <= 12 else { return nil }
        rest = rest[number.endIndex...]
        let separator = rest.prefix { " :.–-".contains($0) }
        guard separator.contains(where: { ":–-".contains($0) }) || number.hasSuffix(".") && separator.first == " " else { return nil }
        let body = TextCleaning.clean(String(rest[separator.endIndex...]))
        let lower = word.lowercased()
        guard !body.isEmpty, LabelledLine.bareLabel(String(word)) == nil, !FieldValue.isTime(lower + " " + number) else { return nil }
        return (lower, String(number.hasSuffix(".") ? number.dropLast() : number), body)
    }
}
