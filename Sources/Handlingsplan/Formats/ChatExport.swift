import Foundation

/// A chat exported as text (WhatsApp, Signal, a Messenger or Teams chat saved to a file), where
/// a branch's leader posted the plan in messages and others answered:
///
///     11.02.2026, 22:05 - Mona Aasen: *1. Heltid og likelønn*
///     Mål: Flere hele stillinger …
///     - Kreve at … 👉 HTV
///     11.02.2026, 22:06 - Hanne Moen: 👍
///     [11.02.26, 22:07:15] Per: Kjempebra!
///
/// The evidence is the document's own: five lines or more open with a date, a time and a
/// sender's name and colon. Then each message stands without its header;
/// the plan is the messages of the one who posted most of the text (each line where it stood),
/// and the others' answers
/// (thanks, questions, "<Medier utelatt>") are not; the app's own lines (encryption notices,
/// "Denne meldingen ble slettet") have no sender and go, and so does a note in angle brackets
/// the app puts at a message's end ("<Denne meldingen ble redigert>").
enum ChatExport {
    /// Message headers a text needs to be read as a chat.
    static let minimumMessages = 5

    static func cleaned(_ text: String) -> String {
        // Cheap refusal, before any pattern: among a chat's first lines three open with a digit
        // or "[" (most texts have none).
        let opening = text.split(separator: "\n", maxSplits: 30, omittingEmptySubsequences: true).prefix(30)
        guard opening.filter({ $0.first.map { $0.isNumber || $0 == "[" || $0 == "\u{200E}" } ?? false }).count >= 3 else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var headers = 0
        for line in lines where line.firstMatch(of: header) != nil { headers += 1 }
        guard headers >= minimumMessages else { return text }
        // Messages: (sender, first line, lines); a line without a header continues the message before it.
        var messages: [(sender: String?, first: Int, lines: [String])] = []
        for (index, line) in lines.enumerated() {
            if let m = line.firstMatch(of: header) {
                let rest = String(line[m.range.upperBound...])
                if let colon = rest.firstMatch(of: sender) {
                    messages.append((String(colon.1), index, [String(rest[colon.range.upperBound...])]))
                } else {
                    messages.append((nil, index, [""]))  // the app's own line
                }
            } else if !messages.isEmpty {
                messages[messages.count - 1].lines.append(String(line))
            } else {
                messages.append((nil, index, [String(line)]))
            }
        }
        // The author: the sender of the most characters of text.
        var written: [String: Int] = [:]
        for m in messages { if let s = m.sender { written[s, default: 0] += m.lines.reduce(0) { $0 + $1.count } } }
        guard let author = written.max(by: { $0.value < $1.value })?.key else { return text }
        // Line for line (a plan's positions are the file's lines): the author's messages without
        // their headers, every other line blank.
        var out = Array(repeating: "", count: lines.count)
        for m in messages where m.sender == author {
            for (k, line) in m.lines.enumerated() { out[m.first + k] = line }
            let last = m.first + m.lines.count - 1
            out[last] = out[last].replacing(appNote) { _ in "" }
        }
        return out.joined(separator: "\n")
    }

    /// "11.02.2026, 22:05 - ", "[11.02.26, 22:07:15] ", "2026-02-11 22:05 - ".
    nonisolated(unsafe) private static let header =
        #/^\u{200E}?\[?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp][Mm])?\]?(?: -|:)? /#
    /// The sender's name and its colon: up to six words without a colon.
    nonisolated(unsafe) private static let sender = #/^([^:\n]{1,60}?): /#
    nonisolated(unsafe) private static let appNote = #/\s*<[^<>]{3,60}>\s*$/#
}
