import Foundation

/// The markup of note and board apps saved as Markdown (Obsidian, Logseq, Notion, a kanban
/// plugin), which a plan written there carries into its text file:
///
/// - front matter between `---` lines at the top, fenced code (```` ``` ````) and `%%` comments:
///   the app's settings, never the plan;
/// - `<br>` inside a line: the app's line break within a card (a measure, then "Ansvar: HTV"):
///   fields after it close the line in brackets, other text as a sentence of its own;
/// - `[[Rune Sandvik]]`, `[[side|Rune]]`: a link to a note, read as its name;
/// - `@{2026-05-31}`, `📅 2026-05-31`: a card's due date, moved to the line's end as
///   "Frist: 2026-05-31", the measure's deadline;
/// - `#heltid` tags: where the text tags its lines (three tags or more), a tag that closes a
///   line or stands before another tag, a due date or a line break is the app's, not the
///   sentence's, and goes; one inside a sentence ("Kurs i #Tillitsvalgtportalen på …") keeps
///   its word.
///
/// - a static site's page source (Hugo, Jekyll): shortcodes, links, images and comments
///   (`siteMarkup`).
///
/// Each is applied only where the text has it; a text without any is returned as it is.
enum NoteMarkup {
    static func cleaned(_ text: String) -> String {
        // On the bytes (Foundation's contains, asked eight times, cost more than reading the plan).
        let c = TextMatching.containsASCII
        guard c(text, "<br") || c(text, "[[") || c(text, "@{") || c(text, "```") || c(text, "%%") || text.hasPrefix("---")
                || c(text, "{{") || c(text, "<!--") || c(text, "](") || c(text, "<aside") || c(text, "<details")
                || hashtags(text) >= 3 || text.utf8.contains(0xF0) && text.contains("📅") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        dropAppBlocks(&lines)
        let tags = lines.reduce(0) { $0 + $1.matches(of: tag).count }
        lines = lines.map(siteMarkup)
        lines = lines.map { line in
            guard TextMatching.containsASCII(line, "<br") || TextMatching.containsASCII(line, "[[") || TextMatching.containsASCII(line, "@{")
                    || line.utf8.contains(0x23) || line.utf8.contains(0xF0) && line.contains("📅") else { return line }
            var s = line.replacing(wikiLink) { m in m.2.map(String.init) ?? String(m.1) }
            // The due date comes out of the line and closes it as its deadline.
            let due = s.firstMatch(of: dueDate).map { String($0.1) }
            s = s.replacing(dueDate) { _ in "" }
            if tags >= 3 { s = untagged(s) }
            // A break within a card: what follows it is the card's next line ("Ansvar: HTV"),
            // kept on the card's line as a sentence of its own.
            let indent = String(s.prefix { $0 == " " || $0 == "\t" })
            var parts = s.replacing(lineBreak) { _ in "\u{1}" }.split(separator: "\u{1}").map { TextCleaning.clean(String($0)) }.filter { !$0.isEmpty }
            if let due { parts.append("Frist: \(due)") }
            guard var joined = parts.first else { return "" }
            let rest = Array(parts.dropFirst())
            if !rest.isEmpty, rest.allSatisfy({ $0.firstMatch(of: labelled) != nil }) {
                // Fields ("Ansvar: HTV", "Frist: …"): the card's tail in brackets, as a line would write it.
                joined += " (" + rest.joined(separator: ", ") + ")"
            } else {
                for part in rest { joined += (".!?:".contains(joined.last!) ? " " : ". ") + part }
            }
            return indent + joined
        }
        return lines.joined(separator: "\n")
    }

    /// "#" right before a letter, at a line's start or after a space, counted on the bytes
    /// (a Markdown heading's "# " is none): the cheap test for tags.
    static func hashtags(_ text: String) -> Int {
        var copy = text
        return copy.withUTF8 { b in
            var n = 0
            for i in b.indices where b[i] == 0x23 && i + 1 < b.count && (i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x0A) {
                let c = b[i + 1]
                if (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || c >= 0xC3 { n += 1 }
            }
            return n
        }
    }

    /// A static site's page source (Hugo, Jekyll): a line that is a shortcode alone gives its
    /// title ("{{< accordion title="1. Heiltid og likeløn" >}}" → the heading), else nothing;
    /// a shortcode inside a line goes; a Markdown link is its text, an image and an HTML
    /// comment nothing.
    private static func siteMarkup(_ line: String) -> String {
        guard line.contains("{{") || line.contains("{%") || line.contains("](") || line.contains("<") else { return line }
        var s = line
        let t = s.trimmingCharacters(in: .whitespaces)
        // A line that is only an HTML tag ("<aside>", "</details>"): layout, no text.
        if t.wholeMatch(of: htmlTag) != nil { return "" }
        if let m = t.wholeMatch(of: shortcodeLine) {
            let inside = m.1 ?? m.2 ?? ""
            return inside.firstMatch(of: titleAttribute).map { String($0.2) } ?? ""
        }
        s = s.replacing(htmlComment) { _ in "" }
        s = s.replacing(image) { _ in "" }
        s = s.replacing(markdownLink) { m in String(m.1) }
        s = s.replacing(shortcode) { _ in "" }
        return s.trimmingCharacters(in: .whitespaces).isEmpty ? "" : s
    }

    /// Front matter at the top, fenced code and `%%` comment blocks, out.
    private static func dropAppBlocks(_ lines: inout [String]) {
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }), end <= 40 {
            for k in 0...end { lines[k] = "" }
        }
        var inFence = false, inComment = false
        for k in lines.indices {
            let t = lines[k].trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("```") { inFence.toggle(); lines[k] = ""; continue }
            if t.hasPrefix("%%") {
                // "%% … %%" on one line, or a block opened here and closed by a line ending "%%".
                if !(t.count > 2 && t.hasSuffix("%%")) { inComment.toggle() }
                lines[k] = ""; continue
            }
            if inComment, t.hasSuffix("%%") { inComment = false; lines[k] = ""; continue }
            if inFence || inComment { lines[k] = "" }
        }
    }

    /// The line without its app tags; a tag inside a sentence keeps its word.
    private static func untagged(_ line: String) -> String {
        var s = line
        // Repeatedly: a tag at the end, or before another tag, a due date or a break, goes.
        while let m = s.firstMatch(of: closingTag) { s.removeSubrange(m.range) ; s = s.replacingOccurrences(of: "  ", with: " ") }
        return s.replacing(tag) { m in String(m.1) + String(m.2) }
    }

    nonisolated(unsafe) private static let wikiLink = #/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/#
    nonisolated(unsafe) private static let dueDate = #/\s*(?:@\{|📅\s*)(\d{4}-\d{2}-\d{2})\}?/#
    nonisolated(unsafe) private static let shortcodeLine = #/\{\{[<%]\s*(.*?)\s*[>%]\}\}|\{%\s*(.*?)\s*%\}/#
    nonisolated(unsafe) private static let shortcode = #/\{\{[<%].*?[>%]\}\}|\{%.*?%\}/#
    nonisolated(unsafe) private static let titleAttribute = #/\b(title|tittel|name|heading|overskrift)\s*=\s*"([^"]+)"/#
    nonisolated(unsafe) private static let htmlTag = #/<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/#
    nonisolated(unsafe) private static let htmlComment = #/<!--.*?-->/#
    nonisolated(unsafe) private static let image = #/!\[[^\]]*\]\([^)]*\)/#
    nonisolated(unsafe) private static let markdownLink = #/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/#
    nonisolated(unsafe) private static let labelled = #/^[\p{L}][\p{L} ]{0,24}:\s/#
    nonisolated(unsafe) private static let lineBreak = #/<br\s*/?>/#
    nonisolated(unsafe) private static let tag = #/(^|\s)#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/#
    nonisolated(unsafe) private static let closingTag = #/\s#[\p{L}\p{N}_][\p{L}\p{N}_/-]*(?=\s*$|\s+#|\s*<br)/#
}

