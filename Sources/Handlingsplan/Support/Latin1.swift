/// The characters of Latin-1 (U+0000–U+00FF) as Unicode's properties and Swift's `Character`
/// see them, written out. The fast paths that read Latin-1 text scalar by scalar ask these
/// instead of looking properties up (a lookup cost more than the rest of such a scan);
/// Latin1Tests holds every answer to Unicode's on all 256 characters.
enum Latin1 {
    /// Letters (Alphabetic): A–Z, a–z, ª µ º, and À–ÿ but × and ÷.
    @inline(__always) static func isLetter(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0xAA || v == 0xB5 || v == 0xBA
            || (0xC0...0xFF).contains(v) && v != 0xD7 && v != 0xF7
    }

    /// Upper-case letters (Lu): A–Z and À–Þ but ×.
    @inline(__always) static func isUppercase(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0xC0...0xDE).contains(v) && v != 0xD7
    }

    /// `Character.isUppercase`: the upper-case letters, and ª and º, which Swift counts as
    /// upper case because they are cased and upper-casing leaves them as they are.
    @inline(__always) static func isUppercaseCharacter(_ v: UInt32) -> Bool { isUppercase(v) || v == 0xAA || v == 0xBA }

    /// Lower-case letters (Ll): a–z, µ, and ß–ÿ but ÷.
    @inline(__always) static func isLowercase(_ v: UInt32) -> Bool {
        (0x61...0x7A).contains(v) || v == 0xB5 || (0xDF...0xFF).contains(v) && v != 0xF7
    }

    /// Numbers as `Character.isNumber` (and Swift's regex `\d`) take them: 0–9 and ¹ ² ³ ¼ ½ ¾.
    @inline(__always) static func isNumber(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || v == 0xB2 || v == 0xB3 || v == 0xB9 || (0xBC...0xBE).contains(v)
    }

    /// The lower case of an upper-case letter; any other character as it is.
    @inline(__always) static func lowercase(_ v: UInt32) -> UInt32 { isUppercase(v) ? v + 0x20 : v }

    /// The single-character upper case of a lower-case letter (µ → Μ U+039C, ÿ → Ÿ U+0178;
    /// ß has none); any other character as it is.
    static func uppercase(_ v: UInt32) -> UInt32 {
        if (0x61...0x7A).contains(v) || (0xE0...0xFE).contains(v) && v != 0xF7 { return v - 0x20 }
        return v == 0xB5 ? 0x39C : v == 0xFF ? 0x178 : v
    }
}
