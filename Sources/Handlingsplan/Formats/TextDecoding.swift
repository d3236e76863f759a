import Foundation

/// Bytes → text: which encoding a text export arrived in, and the text itself
/// with line endings unified to LF and Unicode composed (NFC).
/// No-break spaces are kept here: the tab-table reader needs them to recognise
/// empty cells; `TextCleaning` turns them into spaces afterwards.
enum TextDecoding {
    static func decode(_ bytes: [UInt8]) throws(ImportError) -> (text: String, encoding: TextEncoding) {
        let decoded: String
        let encoding: TextEncoding
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw .undecodable("the file starts with a UTF-8 byte order mark but is not valid UTF-8")
            }
            (decoded, encoding) = (s, .utf8BOM)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            (decoded, encoding) = (try decodeUTF16(bytes.dropFirst(2), littleEndian: little), little ? .utf16LE : .utf16BE)
        } else if let s = String(validating: bytes, as: UTF8.self) {
            (decoded, encoding) = (s, .utf8)
        } else {
            (decoded, encoding) = (decodeWindows1252(bytes), .windows1252)
        }
        if decoded.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw .binary
        }
        let unified = decoded.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return (unified.precomposedStringWithCanonicalMapping, encoding)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(ImportError) -> String {
        guard bytes.count % 2 == 0 else { throw .undecodable("UTF-16 text with an odd number of bytes (the file is cut off)") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var out = ""
        var iterator = units.makeIterator()
        var codec = UTF16()
        loop: while true {
            switch codec.decode(&iterator) {
            case let .scalarValue(s): out.unicodeScalars.append(s)
            case .emptyInput: break loop
            case .error: throw .undecodable("invalid UTF-16 (an unpaired surrogate)")
            }
        }
        return out
    }

    /// Windows-1252 is Latin-1 except for 0x80–0x9F, which hold typographic
    /// characters (quotes, dashes, €). Five of those bytes are unassigned; they
    /// are mapped to U+FFFD rather than refused.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var s = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            s.append(Unicode.Scalar(v)!)
        }
        return String(s)
    }
}

/// Turning raw export text into the clean text of the contract.
enum TextCleaning {
    /// No-break and other odd spaces become plain spaces, runs of white space
    /// collapse to one, ends are trimmed.
    static func clean(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s.unicodeScalars {
            if isSpace(ch.value) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// True for text that is empty once no-break spaces and white space are gone.
    static func isBlank(_ s: Substring) -> Bool {
        s.unicodeScalars.allSatisfy { isSpace($0.value) }
    }

    /// Unicode's White_Space characters, plus the zero-width space and the BOM
    /// (exports leave both between words). A table, because the property lookup
    /// was the hottest spot of an import.
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return v == 0x85 || v == 0xA0 || v == 0x1680 || (0x2000...0x200B).contains(v) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0xFEFF
    }
}
