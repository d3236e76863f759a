/// Footnotes as text extracted from a PDF gives them: the reference's number glued to the
/// word it follows ("… kvart halvår1", "… partssamarbeidet45" for notes 4 and 5), and the
/// notes themselves run together at the foot of the page ("1Ansvarleg: hovudtillitsvald.
/// Frist: 1. juni 2026.2Ansvarleg: nestleiar. …"). The evidence is the count: digits glued to
/// the end of three blocks or more that, read in order, count 1, 2, 3 … without a gap. Then
/// the numbers come off the blocks, the notes' paragraphs are split at the same numbers and
/// taken out of the text, and each block keeps its notes (`Block.notes`: who and when may be
/// there, as in the DOCX the PDF was made from).
enum FootnoteMarks {
    static let minimumReferences = 3

    static func relist(_ blocks: [Block]) -> [Block] {
        // Cheap test: a block whose text ends in a digit right after a letter.
        guard blocks.contains(where: { gluedDigits($0.text) != nil }) else { return blocks }
        var refs: [Int: [Int]] = [:]
        var expected = 1
        var firstRef: Int?
        for i in blocks.indices {
            guard isText(blocks[i]), let digits = gluedDigits(blocks[i].text), let numbers = counted(digits, from: expected) else { continue }
            refs[i] = numbers
            expected = numbers.last! + 1
            if firstRef == nil { firstRef = i }
        }
        let total = expected - 1
        guard refs.count >= minimumReferences, let first = firstRef else { return blocks }
        // The notes: paragraphs after the first reference that open with the next note's number.
        var notes: [Int: String] = [:]
        var noteBlocks: Set<Int> = []
        var next = 1
        for i in blocks.indices where i > first && next <= total {
            guard case .paragraph = blocks[i].kind, refs[i] == nil, blocks[i].text.hasPrefix(String(next)) else { continue }
            let found = split(blocks[i].text, from: next, upTo: total)
            guard !found.isEmpty else { continue }
            for (n, text) in found { notes[n] = text }
            next = found.last!.0 + 1
            noteBlocks.insert(i)
        }
        // The notes confirm the references: without them at the foot of the text, numbers that
        // count ("Kurs uke 1", "Kurs uke 2" …) are the text's own.
        guard notes.count * 2 >= total else { return blocks }
        var out: [Block] = []
        for (i, block) in blocks.enumerated() {
            if noteBlocks.contains(i) { continue }
            guard let numbers = refs[i], let digits = gluedDigits(block.text) else { out.append(block); continue }
            var b = block
            b.text = TextCleaning.clean(String(b.text.dropLast(digits.count)))
            if let last = b.lines.indices.last, b.lines[last].text.hasSuffix(digits) {
                b.lines[last].text = TextCleaning.clean(String(b.lines[last].text.dropLast(digits.count)))
            }
            b.notes += numbers.compactMap { notes[$0] }
            out.append(b)
        }
        return out
    }

    private static func isText(_ b: Block) -> Bool {
        switch b.kind {
        case .paragraph, .listItem, .heading: return true
        case .table: return false
        }
    }

    /// The digits a text ends with where a letter, a closing bracket or a full stop stands right
    /// before them ("halvår1", "(AFP)2", "sommaren.3"), or one space (an untagged PDF's raised
    /// number set apart: "halvår 1"), at most six digits; with the space, as they are to come off.
    static func gluedDigits(_ text: String) -> String? {
        let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }
        guard (1...6).contains(digits.count) else { return nil }
        let head = text.dropLast(digits.count)
        guard let before = head.last else { return nil }
        if before.isLetter || before == ")" || before == "." { return String(digits.reversed()) }
        if before == " ", let word = head.dropLast().last, word.isLetter || word == ")" || word == "." { return String(digits.reversed()) }
        return nil
    }

    /// `digits` read as the numbers from `from` on, one after the other ("45" from 4: [4, 5];
    /// "10" from 10: [10]); nil where they are not.
    static func counted(_ digits: String, from: Int) -> [Int]? {
        var rest = Substring(digits), n = from, out: [Int] = []
        while !rest.isEmpty {
            let s = String(n)
            guard rest.hasPrefix(s) else { return nil }
            out.append(n); rest = rest.dropFirst(s.count); n += 1
        }
        return out.isEmpty ? nil : out
    }

    /// The notes a paragraph holds, numbered `from` on: each number followed by its text, up to
    /// the next number where a capital or a space follows it.
    private static func split(_ text: String, from: Int, upTo last: Int) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var n = from
        var rest = Substring(text)
        guard rest.hasPrefix(String(n)) else { return [] }
        while n <= last, rest.hasPrefix(String(n)) {
            rest = rest.dropFirst(String(n).count)
            // The note runs to the next number that opens a note ("…2026.2Ansvarleg").
            var end = rest.endIndex
            let marker = String(n + 1)
            var search = rest.startIndex
            while let r = rest[search...].range(of: marker) {
                let after = rest[r.upperBound...].first
                let beforeOK = r.lowerBound == rest.startIndex || [".", " ", ")"].contains(rest[rest.index(before: r.lowerBound)])
                if beforeOK, let after, after.isUppercase || after == " " { end = r.lowerBound; break }
                search = r.upperBound
            }
            out.append((n, TextCleaning.clean(String(rest[..<end]))))
            rest = rest[end...]
            n += 1
        }
        return out
    }
}
