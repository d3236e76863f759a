import Foundation

/// A plan kept on a wiki page and saved as its source (MediaWiki markup): rendered to the plain
/// text the page shows before it is read. The evidence is the markup itself: headings written
/// "== Heltid og likelønn ==" (two or more), or a table opened by "{|" and closed by "|}".
///
/// - "== x ==" headings become Markdown's "## x" (their level kept); "*" and "#" lists become
///   bullets and numbers, indented by their depth ("##" under "#");
/// - tables ("{|" … "|}", rows after "|-", cells after "|" or "||", header cells after "!" or
///   "!!") become rows of cells parted by TABs;
/// - a template over several lines (an infobox: "| vedtatt = 5. februar 2026") becomes its
///   fields, one a line ("vedtatt: 5. februar 2026"); templates in a line ("{{Utført|januar 2026}}"),
///   footnotes ("<ref>…</ref>"), comments, categories and "__TOC__" are no text;
/// - links show their label ("[[Side|label]]", "[https://… label]"), quotes for bold and italics
///   and "<br />" go, and the common entities ("&nbsp;", "&amp;") are their characters.
/// Every line of the source stays one line (a table's rows close up, blank lines after it), so
/// positions still name the source's lines.
enum WikiMarkup {
    static func rendered(_ text: String) -> String? {
        guard TextMatching.containsASCII(text, "==") || TextMatching.containsASCII(text, "{|") else { return nil }
        var source = text.replacingOccurrences(of: "\r\n", with: "\n")
        source = removing(source, from: "<!--", to: "-->", keepingNewlines: true)
        source = removing(source, from: "<ref", to: "</ref>", keepingNewlines: true, selfClosing: true)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings = lines.filter { heading($0) != nil }.count
        guard headings >= 2 || lines.contains(where: { $0.hasPrefix("{|") }) && lines.contains(where: { $0.hasPrefix("|}") }) else { return nil }

        var out: [String] = []
        var counters: [Int] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("{|") {
                let (rows, end) = table(lines, from: i)
                out += rows
                out += Array(repeating: "", count: max(0, end - i - rows.count))
                i = end
                continue
            }
            if line.hasPrefix("{{"), !line.contains("}}") {
                // A template over several lines (an infobox): its named fields.
                out.append("")
                i += 1
                while i < lines.count, !lines[i].hasPrefix("}}") {
                    let field = lines[i].drop { $0 == " " || $0 == "|" }
                    if let eq = field.firstIndex(of: "=") {
                        out.append(TextCleaning.clean(inline(String(field[..<eq]))) + ": " + TextCleaning.clean(inline(String(field[field.index(after: eq)...]))))
                    } else { out.append("") }
                    i += 1
                }
                if i < lines.count { out.append(""); i += 1 }
                continue
            }
            i += 1
            if let (level, title) = heading(line) {
                out.append(String(repeating: "#", count: min(level, 6)) + " " + inline(title))
                counters = []
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("__") && trimmed.hasSuffix("__") || isCategory(trimmed) || trimmed.hasPrefix("<references") {
                out.append("")
                continue
            }
            let marks = line.prefix { $0 == "*" || $0 == "#" }
            if !marks.isEmpty, marks.count <= 6 {
                let depth = marks.count
                let body = inline(String(line.dropFirst(depth)))
                let indent = String(repeating: " ", count: (depth - 1) * 4)
                if marks.last == "#" {
                    if counters.count < depth { counters += Array(repeating: 0, count: depth - counters.count) }
                    counters = Array(counters.prefix(depth))
                    counters[depth - 1] += 1
                    out.append(indent + "\(counters[depth - 1]). " + body)
                } else {
                    out.append(indent + "* " + body)
                }
                continue
            }
            counters = []
            out.append(inline(line))
        }
        return out.joined(separator: "\n")
    }

    /// "== Heltid ==": its level (the number of "=") and title.
    private static func heading(_ line: String) -> (Int, String)? {
        let t = line.trimmingCharacters(in: .whitespaces)
        let open = t.prefix { $0 == "=" }.count
        let close = t.reversed().prefix { $0 == "=" }.count
        guard (2...6).contains(open), open == close, t.count > open * 2 else { return nil }
        let title = t.dropFirst(open).dropLast(close).trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : (open, title)
    }

    private static func isCategory(_ t: String) -> Bool {
        let lower = t.lowercased()
        return ["[[kategori:", "[[category:"].contains { lower.hasPrefix($0) }
    }

    /// A table's rows as TAB-separated lines (the header's too), and the index after "|}".
    private static func table(_ lines: [String], from start: Int) -> ([String], Int) {
        var rows: [[String]] = []
        var current: [String] = []
        var k = start + 1
        func endRow() { if !current.isEmpty { rows.append(current) }; current = [] }
        while k < lines.count, !lines[k].hasPrefix("|}") {
            let line = lines[k]
            k += 1
            if line.hasPrefix("|-") { endRow(); continue }
            if line.hasPrefix("|+") { continue } // a caption
            guard let first = line.first, first == "|" || first == "!" else {
                // A cell's text going on over the next line.
                if !current.isEmpty { current[current.count - 1] += " " + inline(line) }
                continue
            }
            let separator = first == "!" ? "!!" : "||"
            for cell in line.dropFirst().components(separatedBy: separator) {
                // "style=… | text": the text after the attributes.
                var text = cell
                if let bar = cell.range(of: "|"), !cell.contains("[[") { text = String(cell[bar.upperBound...]) }
                current.append(TextCleaning.clean(inline(text)))
            }
        }
        endRow()
        let end = k < lines.count ? k + 1 : k
        return (rows.map { $0.joined(separator: "\t") }, end)
    }

    /// A line's text as the page shows it.
    static func inline(_ s: String) -> String {
        var t = s
        if t.contains("{{") { t = removing(t, from: "{{", to: "}}", keepingNewlines: false) }
        if t.contains("[[") { t = replacingLinks(t) }
        if t.contains("[http") { t = replacingExternalLinks(t) }
        for (entity, character) in [("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")] where t.contains(entity) {
            t = t.replacingOccurrences(of: entity, with: character)
        }
        for tag in ["<br />", "<br/>", "<br>"] where t.contains(tag) { t = t.replacingOccurrences(of: tag, with: " ") }
        t = t.replacingOccurrences(of: "'''", with: "").replacingOccurrences(of: "''", with: "")
        return t
    }

    /// "[[Side|label]]" → "label", "[[Side]]" → "Side".
    private static func replacingLinks(_ s: String) -> String {
        var out = "", rest = s[...]
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            out += rest[..<open.lowerBound]
            let inner = rest[open.upperBound..<close.lowerBound]
            out += inner.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// "[https://… label]" → "label"; a bare "[https://…]" goes.
    private static func replacingExternalLinks(_ s: String) -> String {
        var out = "", rest = s[...]
        while let open = rest.range(of: "[http"), let close = rest[open.lowerBound...].firstIndex(of: "]") {
            out += rest[..<open.lowerBound]
            let inner = rest[open.upperBound..<close]
            if let space = inner.firstIndex(of: " ") { out += inner[inner.index(after: space)...] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The text without what stands between `from` and `to` (also "<ref … />" where
    /// `selfClosing`); the newlines inside kept where `keepingNewlines`.
    private static func removing(_ s: String, from: String, to: String, keepingNewlines: Bool, selfClosing: Bool = false) -> String {
        guard s.contains(from) else { return s }
        var out = "", rest = s[...]
        while let open = rest.range(of: from) {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            let tagEnd = selfClosing ? after.firstIndex(of: ">") : nil
            let end: Substring.Index
            if let tagEnd, tagEnd > after.startIndex, after[after.index(before: tagEnd)] == "/" {
                end = after.index(after: tagEnd)
            } else if let close = after.range(of: to) {
                end = close.upperBound
            } else {
                rest = after; break
            }
            if keepingNewlines { out += String(repeating: "\n", count: rest[open.lowerBound..<end].filter { $0 == "\n" }.count) }
            rest = rest[end...]
        }
        return out + rest
    }
}
