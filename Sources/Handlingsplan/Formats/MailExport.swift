import Foundation

/// A plan forwarded by mail and saved as text (Thunderbird, Outlook, Apple Mail):
///
///     Hei Kari, her er planen …            ← the forwarder's note: not the plan
///     -------- Forwarded Message --------   ← the client's separator
///     Subject:   Handlingsplan 2026 …       ← the forwarded mail's header
///     From:      Siri <siri@…>
///
///     [image: Fagforbundet logo]            ← a picture left out
///     *Vi vil:*                             ← bold, as plain text writes it
///
/// The evidence is the separator line (dashes around the client's words for a forwarded or
/// original message, in any language the client speaks): what stands before it and the
/// header lines right after it are blanked. Independently of a separator, "[image: …]" lines
/// go, and a line that is all one emphasis ("*Vi vil:*", "_Tiltak_") loses its marks. Line
/// for line: positions stay the file's.
enum MailExport {
    static func cleaned(_ text: String) -> String {
        let c = TextMatching.containsASCII
        guard c(text, "-----") || c(text, "[image") || c(text, "*") || c(text, "_") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        if let separator = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).wholeMatch(of: forwardSeparator) != nil }) {
            for k in 0...separator { lines[k] = "" }
            var k = separator + 1
            while k < lines.count, lines[k].firstMatch(of: headerLine) != nil { lines[k] = ""; k += 1 }
            changed = true
        }
        for k in lines.indices {
            let t = lines[k].trimmingCharacters(in: .whitespaces)
            if t.wholeMatch(of: image) != nil { lines[k] = ""; changed = true; continue }
            if let m = t.wholeMatch(of: emphasis), let inner = m.1 ?? m.2 {
                lines[k] = String(inner); changed = true
            }
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// "-------- Forwarded Message --------", "-----Original Message-----", "---------- Videresendt melding ----------".
    nonisolated(unsafe) private static let forwardSeparator = #/-{3,}\s*(?i:forwarded message|original message|videresendt melding|opprinnelig melding|vidaresendt melding|begin forwarded message|weitergeleitete nachricht)\s*:?\s*-{0,}/#
    /// "Subject: …", "Fra: …", "Date:\t…": a header field of the forwarded mail.
    nonisolated(unsafe) private static let headerLine = #/^(?i:subject|date|from|to|cc|reply-to|emne|dato|fra|til|kopi|sendt|sent|svar til)\s*:/#
    nonisolated(unsafe) private static let image = #/\[(?i:image|bilde|bilete)(:[^\]]*)?\]/#
    nonisolated(unsafe) private static let emphasis = #/\*{1,2}([^*\s][^*]*[^*\s]|[^*\s])\*{1,2}|_([^_\s][^_]*[^_\s])_/#
}
