import Foundation

/// Text from a plan or a file name, as it is shown on a terminal or in a line-based report
/// (standard error, `check`'s text and GitHub formats). A file name or a plan may hold
/// control characters: ESC and OSC sequences change a terminal's title or colours or hide
/// text, a newline in a file name makes a report line of its own (which GitHub Actions reads
/// as a workflow command when it starts with "::"), and the bidirectional overrides reorder
/// what is shown. Each such character is shown as an escape instead: `\n`, `\r`, `\t`,
/// `\x1B`, `\u{202E}`. Other text is returned as it is (no copy).
public enum PrintableText {
    /// `s` with its control characters escaped; with `keepingNewlines`, line feeds stay (a
    /// message of several lines of our own, such as a usage error).
    public static func escaped(_ s: String, keepingNewlines: Bool = false) -> String {
        // Most texts: no byte below 0x20, no DEL, and no lead byte of a C1 control (C2) or of
        // the bidirectional controls (E2): nothing to do.
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return s }
        guard s.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines) }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            guard needsEscape(scalar, keepingNewlines) else { out.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{" + hex + "}"
            }
        }
        return out
    }

    /// C0 controls (TAB included: it moves the cursor), DEL, C1 controls (U+009B is a CSI of
    /// its own on some terminals), and the bidirectional embeddings, overrides and isolates.
    static func needsEscape(_ scalar: Unicode.Scalar, _ keepingNewlines: Bool) -> Bool {
        let v = scalar.value
        if v == 0x0A { return !keepingNewlines }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
