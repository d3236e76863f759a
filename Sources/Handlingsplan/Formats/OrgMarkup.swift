import Foundation

/// An Org-mode file (Emacs): an outline of `*` headings whose depth is the number of stars,
/// tasks marked by keywords the file declares (`#+TODO: TODO PÅGÅR | FERDIG`, else TODO and
/// DONE), a task's deadline on a planning line (`DEADLINE: <2026-06-19 fr.>`) and its
/// properties in a drawer (`:ANSVARLEG: leiar`). Rendered as the plain text the reader knows,
/// carrying what Org says:
///
/// - a heading at the first level is a section heading;
/// - a heading with a task keyword is a measure ("Tiltak: …"), its deadline and properties
///   in brackets after it ("(Ansvarleg: leiar, Frist: 2026-06-19)");
/// - a heading over tasks is the goal they serve ("Mål: …");
/// - priorities (`[#A]`), progress cookies (`[1/3]`), tags (`:heiltid:`), links
///   (`[[url][tekst]]`), `#+` settings other than the title, drawers other than properties,
///   and body text under a task or goal (notes) are no text of the plan; a subtree marked
///   COMMENT or tagged `:noexport:` is not exported by Org, and not read here either.
///
/// The evidence is the document's: three headings or more, the first at the first level, and
/// something only Org writes (a `#+` setting, a task keyword, a planning line, a drawer).
enum OrgMarkup {
    static func rendered(_ text: String) -> String? {
        // Cheap refusal: no line opens with a star followed by a star or a space.
        guard text.hasPrefix("*") || TextMatching.containsASCII(text, "\n* ") || TextMatching.containsASCII(text, "\n**") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings = lines.compactMap(heading)
        // An Org outline starts at its first level, and says it is Org: a setting ("#+TITLE:"), a
        // task keyword on a heading, a planning line or a drawer. (A newsletter's "** Heading"
        // over "* bullets" is none.)
        guard headings.count >= 3, headings[0].depth == 1 else { return nil }
        let keywords = declaredKeywords(lines)
        let saysOrg = lines.contains { $0.hasPrefix("#+") }
            || headings.contains { h in h.text.split(separator: " ").first.map { keywords.contains(String($0)) } ?? false }
            || lines.contains { l in let t = l.trimmingCharacters(in: .whitespaces); return t == ":PROPERTIES:" || t.firstMatch(of: planning) != nil }
        guard saysOrg else { return nil }
        // Headings parsed, with their fields and whether tasks stand under them.
        var nodes: [Node] = []
        var skipDepth: Int?
        var drawer: String?
        // Line for line (a plan's positions are the file's lines): each heading where it stood,
        // its fields from the lines under it; lines that are no text of the plan blank.
        var out = Array(repeating: "", count: lines.count)
        var nodeLine: [Int] = []
        for (index, line) in lines.enumerated() {
            if let h = heading(line) {
                drawer = nil
                if let d = skipDepth, h.depth > d { continue }
                skipDepth = nil
                var words = h.text.split(separator: " ").map(String.init)
                let keyword = words.first.flatMap { keywords.contains($0) ? $0 : nil }
                if keyword != nil { words.removeFirst() }
                if words.first == "COMMENT" || words.contains(":noexport:") || h.text.hasSuffix(":noexport:") { skipDepth = h.depth; continue }
                var title = words.joined(separator: " ")
                title = title.replacing(priority) { _ in "" }.replacing(cookie) { _ in "" }.replacing(tags) { _ in "" }
                nodes.append(Node(depth: h.depth, text: TextCleaning.clean(links(title)), isTask: keyword != nil))
                nodeLine.append(index)
                continue
            }
            if skipDepth != nil { continue }
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("#+") {
                let (key, value) = setting(t)
                if ["TITLE", "SUBTITLE"].contains(key), !value.isEmpty { out[index] = value }
                continue
            }
            if let d = drawer {
                if t == ":END:" { drawer = nil; continue }
                if d == "PROPERTIES", let m = t.firstMatch(of: property), let i = nodes.indices.last {
                    nodes[i].fields.append("\(m.1.prefix(1))\(m.1.dropFirst().lowercased()): \(TextCleaning.clean(String(m.2)))")
                }
                continue
            }
            if let m = t.firstMatch(of: drawerStart) { drawer = String(m.1); continue }
            if t.firstMatch(of: planning) != nil {
                if let m = t.firstMatch(of: deadline), let i = nodes.indices.last { nodes[i].fields.append("Frist: \(m.1)") }
                continue
            }
            // Body text: a section's (or the file's before any heading) is the plan's text; under
            // a deeper heading it is a note. A list item in the body is text too: Org marks
            // tasks by keyword, not by "- ".
            if let i = nodes.indices.last, nodes[i].depth > 1 { continue }
            out[index] = links(t.hasPrefix("- ") || t.hasPrefix("+ ") ? String(t.dropFirst(2)) : t)
        }
        // A heading over tasks is their goal.
        for i in nodes.indices where !nodes[i].isTask {
            var j = i + 1
            while j < nodes.count, nodes[j].depth > nodes[i].depth {
                if nodes[j].isTask { nodes[i].overTasks = true; break }
                j += 1
            }
        }
        for (i, n) in nodes.enumerated() {
            let fields = n.fields.isEmpty ? "" : " (" + n.fields.joined(separator: ", ") + ")"
            if n.isTask {
                out[nodeLine[i]] = "Tiltak: " + n.text + fields
            } else if n.depth == 1 {
                out[nodeLine[i]] = "# " + n.text
            } else if n.overTasks {
                out[nodeLine[i]] = "Mål: " + n.text
            } else {
                out[nodeLine[i]] = n.text + fields
            }
        }
        return out.joined(separator: "\n")
    }

    private struct Node {
        var depth: Int
        var text: String
        var isTask: Bool
        var fields: [String] = []
        var overTasks = false
    }

    /// "*** TODO Krevje …" → (3, "TODO Krevje …").
    private static func heading(_ line: String) -> (depth: Int, text: String)? {
        let stars = line.prefix { $0 == "*" }
        guard !stars.isEmpty, line.dropFirst(stars.count).first == " " else { return nil }
        let text = TextCleaning.clean(String(line.dropFirst(stars.count + 1)))
        return text.isEmpty ? nil : (stars.count, text)
    }

    /// The task keywords of `#+TODO:` / `#+SEQ_TODO:` lines ("TODO PÅGÅR | FERDIG"), else Org's own.
    private static func declaredKeywords(_ lines: [String]) -> Set<String> {
        var out: Set<String> = []
        for line in lines {
            let (key, value) = setting(line.trimmingCharacters(in: .whitespaces))
            guard ["TODO", "SEQ_TODO", "TYP_TODO"].contains(key) else { continue }
            for word in value.split(separator: " ") where word != "|" {
                out.insert(String(word.prefix { $0 != "(" }))
            }
        }
        return out.isEmpty ? ["TODO", "DONE"] : out
    }

    /// "#+TITLE: Handlingsplan" → ("TITLE", "Handlingsplan").
    private static func setting(_ line: String) -> (String, String) {
        guard line.hasPrefix("#+"), let colon = line.firstIndex(of: ":") else { return ("", "") }
        return (line[line.index(line.startIndex, offsetBy: 2)..<colon].uppercased(), TextCleaning.clean(String(line[line.index(after: colon)...])))
    }

    /// "[[https://…][Fagforbundet]]" → "Fagforbundet"; "[[https://…]]" → the address.
    private static func links(_ s: String) -> String {
        s.replacing(link) { m in String(m.2 ?? m.1) }
    }

    nonisolated(unsafe) private static let priority = #/\[#[A-Z0-9]\]\s*/#
    nonisolated(unsafe) private static let cookie = #/\s*\[\d*(?:/\d*|%)\]/#
    nonisolated(unsafe) private static let tags = #/\s+:(?:[\p{L}\p{N}_@#%]+:)+\s*$/#
    nonisolated(unsafe) private static let link = #/\[\[([^\]]+)\](?:\[([^\]]+)\])?\]/#
    nonisolated(unsafe) private static let drawerStart = #/^:([A-Z][A-Z_]*):$/#
    nonisolated(unsafe) private static let property = #/^:([\p{L}][\p{L}_-]*):\s+(.+)$/#
    nonisolated(unsafe) private static let planning = #/^(?:DEADLINE|SCHEDULED|CLOSED):/#
    nonisolated(unsafe) private static let deadline = #/DEADLINE:\s*<(\d{4}-\d{2}-\d{2})[^>]*>/#
}
