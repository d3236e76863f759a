/// Lists written inside one paragraph. Two shapes, each known by what the paragraph itself
/// repeats:
/// - in-line enumeration: "Konkret vil vi: 1) kreve …; 2) holde …; 3) lage …" (or "a) … b) …"),
///   markers that count up from 1 or a, each at the start or after a space;
/// - a goal's or measure's label with its items split by semicolons: "Tiltak: vervestand …;
///   telefon til alle nye medlemar … (ansv.: sekretær); grunnopplæring …".
/// The paragraph becomes its lead-in ("Konkret vil vi:", the bare label "Tiltak:") and a list
/// item a part, which the structurer reads as it reads any list under a lead-in or a label.
/// A semicolon list without a label ("Status i dag: vi har 415 medlemar; …") stays prose.
enum InlineLists {
    static func relist(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            guard case .paragraph = block.kind, let (lead, parts, ordered) = split(block.text) else { out.append(block); continue }
            if !lead.isEmpty {
                var head = block
                head.text = lead
                head.lines = [Block.Line(text: lead, source: block.source)]
                out.append(head)
            }
            for part in parts {
                var item = Block(kind: .listItem(level: 1, ordered: ordered), text: part, number: nil,
                                 lines: [Block.Line(text: part, source: block.source)], source: block.source)
                item.isolated = block.isolated
                out.append(item)
            }
        }
        return out
    }

    /// The lead-in (may be empty), the parts, and whether they were numbered.
    static func split(_ text: String) -> (lead: String, parts: [String], ordered: Bool)? {
        if let enumerated = enumeration(text) { return (enumerated.lead, enumerated.parts, true) }
        if let labelled = LabelledLine.parse(text), !labelled.text.isEmpty,
           let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) < 40 {
            let parts = semicolonParts(labelled.text)
            guard parts.count >= 2 else { return nil }
            return (TextCleaning.clean(String(text[...colon])), parts, false)
        }
        return nil
    }

    /// "… 1) a; 2) b; 3) c": markers "n)" or "x)" counting up from 1 or a, two or more, each at
    /// the text's start or after white space. The parts lose the ";" or "," that ends them.
    static func enumeration(_ text: String) -> (lead: String, parts: [String])? {
        // Cheap refusal first (this is asked of every paragraph): two ") " in it.
        var closings = 0, previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: ")"), byte == 0x20 { closings += 1 }
            previous = byte
        }
        guard closings >= 2 else { return nil }
        let chars = Array(text)
        // Where each marker of the sequence starts and where its text starts.
        var found: [(start: Int, body: Int)] = []
        var expected = ""
        var i = 0
        while i + 2 < chars.count {
            defer { i += 1 }
            guard i == 0 || chars[i - 1].isWhitespace else { continue }
            // "1)" … "99)", or one lower-case letter "a)": the marker, then ")" and a space.
            var j = i
            if chars[i].isNumber { while j < chars.count, j - i < 2, chars[j].isNumber { j += 1 } }
            else if chars[i].isLowercase, chars[i].isLetter { j += 1 }
            guard j > i, j + 1 < chars.count, chars[j] == ")", chars[j + 1] == " " else { continue }
            let value = String(chars[i..<j])
            let first = value.first!.isNumber ? "1" : "a"
            guard value == (found.isEmpty ? first : expected) || (value == first && found.count < 2) else { continue }
            if value == first { found = [] }
            found.append((i, j + 2))
            expected = next(value)
            i = j + 1
        }
        guard found.count >= 2 else { return nil }
        var parts: [String] = []
        for (k, marker) in found.enumerated() {
            let end = k + 1 < found.count ? found[k + 1].start : chars.count
            var part = String(chars[marker.body..<end]).trimmingCharacters(in: .whitespaces)
            while let last = part.last, last == ";" || last == "," { part.removeLast() }
            if k + 1 < found.count, part.hasSuffix(" og") || part.hasSuffix(" eller") { part = String(part.dropLast(part.hasSuffix(" og") ? 3 : 6)) }
            part = TextCleaning.clean(part)
            guard TextMatching.spaceSeparatedCount(part) >= 2 else { return nil }
            parts.append(part)
        }
        let lead = TextCleaning.clean(String(chars[0..<found[0].start]))
        return (lead, parts)
    }

    /// The marker after this one: "2" after "1", "b" after "a".
    private static func next(_ value: String) -> String {
        if let n = Int(value) { return String(n + 1) }
        guard let scalar = value.unicodeScalars.first, scalar.value < 0x7A else { return "" }
        return String(Character(Unicode.Scalar(scalar.value + 1)!))
    }

    /// A label's value split at semicolons outside parentheses: two parts or more, each of two
    /// words or more (else it is one item with a semicolon in it).
    static func semicolonParts(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if c == ";", depth == 0 { parts.append(current); current = ""; continue }
            current.append(c)
        }
        parts.append(current)
        let cleaned = parts.map { TextCleaning.clean($0) }.filter { !$0.isEmpty }
        guard cleaned.count >= 2, cleaned.allSatisfy({ TextMatching.spaceSeparatedCount($0) >= 2 }) else { return [] }
        return cleaned
    }
}
