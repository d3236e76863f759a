/// poppler 22's `poppler_structure_element_get_text` takes the UTF-8 text it collected for a
/// structure element for PDFDocEncoding and converts it to UTF-8 again: "å" comes out as "Ã¥",
/// "–" as "â•ﬁ". Where a text reads back through PDFDocEncoding into valid UTF-8 that has
/// characters beyond ASCII, that is what it was; any other text is left as it is (a poppler
/// that gets it right gives "å", whose one byte is no UTF-8).
enum PDFDocEncoding {
    /// PDFDocEncoding's characters 0x18–0x1F and 0x80–0xAD that differ from Latin-1 (PDF 32000-1, annex D).
    private static let special: [Character: UInt8] = {
        let low: [(UInt8, Character)] = [(0x18, "˘"), (0x19, "ˇ"), (0x1A, "ˆ"), (0x1B, "˙"), (0x1C, "˝"), (0x1D, "˛"), (0x1E, "˚"), (0x1F, "˜")]
        let high: [Character] = ["•", "†", "‡", "…", "—", "–", "ƒ", "⁄", "‹", "›", "−", "‰", "„", "“", "”", "‘", "’", "‚", "™", "ﬁ", "ﬂ", "Ł", "Œ", "Š", "Ÿ", "Ž", "ı", "ł", "œ", "š", "ž"]
        var table: [Character: UInt8] = [:]
        for (byte, c) in low { table[c] = byte }
        for (i, c) in high.enumerated() { table[c] = 0x80 + UInt8(i) }
        table["€"] = 0xA0
        return table
    }()

    static func repaired(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for c in text {
            if let b = special[c] { bytes.append(b); continue }
            guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value, v < 0x100, !(0x80..<0xA1).contains(v) else {
                // "\r\n" is one Character: its two bytes.
                if c == "\r\n" { bytes += [0x0D, 0x0A]; continue }
                return text
            }
            bytes.append(UInt8(v))
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { return text }
        return decoded
    }
}
