import Foundation

/// Running text (plain, hard-wrapped or Tika exports) → blocks.
///
/// Hard-wrapped exports put blank lines *inside* paragraphs (002, 004), so a
/// blank line does not end a paragraph by itself. A following line continues
/// the current paragraph when it starts in lower case, or when the current
/// line was long (a wrapped line) and did not end a sentence. Bullets, numbers,
/// known labels and short lines start a new block.
struct RunningTextReader {
    /// A line this long that does not end a sentence was wrapped by the export.
    static let wrapWidth = 66

    func read(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Pending?

        func flush() {
            if let p = current, let b = p.block() { blocks.append(b) }
            current = nil
        }

        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let parsed = ParsedLine(rawLine)
            if parsed.text.isEmpty { continue }
            let column = parsed.column
            if let p = current, parsed.marker == nil, !parsed.isHeading, let join = p.join(parsed.text) {
                current!.append(parsed.text, join, at: .text(line: lineNumber, column: parsed.column))
                continue
            }
            flush()
            current = Pending(line: parsed, position: .text(line: lineNumber, column: column))
        }
        flush()
        return blocks
    }
}

/// One line of input with its list marker, number and export residue taken apart.
private struct ParsedLine {
    var text: String
    var marker: ListMarker?
    var isHeading = false
    var hadBookmark = false
    var column = 1

    init(_ raw: Substring) {
        var s = String(raw)
        // Tika writes Word bookmarks as "[bookmark: _Toc…]"; before a numbered
        // title they mark a heading of the table of contents.
        if s.contains("[bookmark:") {
            s = s.replacingOccurrences(of: #"\[bookmark: [^\]]*\]"#, with: "", options: .regularExpression)
            hadBookmark = true
        }
        // The tail of an image description whose opening bracket was lost.
        if s.contains("beskrivelse]") {
            s = s.replacingOccurrences(of: #"^\s*[^\[\]]*Automatisk generert beskrivelse\]"#, with: "", options: .regularExpression)
        }
        let leading = s.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
        column = leading.count + 1
        s = TextCleaning.clean(s)
        // **bold** markup of Markdown-like exports.
        if s.contains("**") { s = TextCleaning.clean(s.replacingOccurrences(of: "**", with: "")) }

        (marker, s) = ListMarker.split(s)
        text = s
        if hadBookmark, case .number = marker { isHeading = true }
        else if hadBookmark, !s.isEmpty, s.count < 80, !s.hasSuffix(".") { isHeading = true }
    }

}

/// The block being collected.
private struct Pending {
    var first: ParsedLine
    var position: SourcePosition
    var lines: [String]
    var segments: [Block.Line]

    init(line: ParsedLine, position: SourcePosition) {
        first = line; self.position = position; lines = [line.text]; segments = [.init(text: line.text, source: position)]
    }

    /// How a following line continues the block: `sure` when it starts in
    /// lower case, `likely` when only the length of the line before says so.
    enum Join { case sure, likely }

    mutating func append(_ text: String, _ join: Join, at source: SourcePosition) {
        if join == .sure { segments[segments.count - 1].text += " " + text } else { segments.append(.init(text: text, source: source)) }
        lines.append(text)
    }

    /// Whether `next` continues this block (a wrapped line) rather than starting one.
    func join(_ next: String) -> Join? {
        if first.isHeading { return nil }
        let last = lines[lines.count - 1]
        if Labels.isLabel(next) || Labels.isBareLabel(last) || last.hasSuffix(":") { return nil }
        if let c = next.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(c) { return .sure }
        if let end = last.last, ".!?".contains(end) { return nil }
        if Labels.namesArea(next) || Labels.isKnownSectionHeading(next) { return nil }
        if lines.count == 1, first.marker == nil,
           Labels.namesArea(last) || Labels.isKnownSectionHeading(last) || Labels.isPreamble(last) { return nil }
        return last.count >= RunningTextReader.wrapWidth ? .likely : nil
    }

    func block() -> Block? {
        let text = TextCleaning.clean(lines.joined(separator: " "))
        guard !text.isEmpty else { return nil }
        let kind: Block.Kind
        var number: String?
        switch first.marker {
        case let .bullet(level)?: kind = .listItem(level: level, ordered: false)
        case let .number(n)?:
            number = n
            kind = first.isHeading ? .heading(level: n.split(separator: ".").count) : .listItem(level: 1, ordered: true)
        case nil: kind = first.isHeading ? .heading(level: 1) : .paragraph
        }
        return Block(kind: kind, text: text, number: number, lines: segments.map { .init(text: TextCleaning.clean($0.text), source: $0.source) }, source: position)
    }
}
