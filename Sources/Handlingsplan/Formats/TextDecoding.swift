import Foundation

/// Bytes → text: which encoding a text export arrived in, and the text itself
/// with line endings unified to LF and Unicode composed (NFC).
/// No-break spaces are kept here: the tab-table reader needs them to recognise
/// empty cells; `TextCleaning` turns them into spaces afterwards.
/// A text file's text, the encoding it was read in, and how many byte
/// sequences were not valid in it (shown as U+FFFD).
struct DecodedText {
    var text: String
    var encoding: TextEncoding
    var replaced = 0
}

enum TextDecoding {
    /// Decides the encoding by evidence: a byte order mark; UTF-16 by its zero bytes
    /// where there is none (also after a UTF-8 mark); UTF-8 when the bytes are UTF-8,
    /// or nearly so (a few broken sequences among many valid ones are replaced, not a
    /// reason to misread every æ, ø and å); Windows-1252 otherwise.
    static func decode(_ bytes: [UInt8]) throws(ImportError) -> DecodedText {
        var result: DecodedText
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            if let little = utf16WithoutBOM(rest) {
                result = DecodedText(text: try decodeUTF16(rest[...], littleEndian: little), encoding: little ? .utf16LE : .utf16BE)
            } else {
                let (text, replaced) = decodeUTF8(rest)
                guard replaced == 0 || isMostlyUTF8(rest) else {
                    throw .undecodable("filen begynner med et UTF-8-merke (BOM), men er ikke UTF-8-tekst")
                }
                result = DecodedText(text: text, encoding: .utf8BOM, replaced: replaced)
            }
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            result = DecodedText(text: try decodeUTF16(bytes.dropFirst(2), littleEndian: little), encoding: little ? .utf16LE : .utf16BE)
        } else if let little = utf16WithoutBOM(bytes) {
            result = DecodedText(text: try decodeUTF16(bytes[...], littleEndian: little), encoding: little ? .utf16LE : .utf16BE)
        } else if let s = String(validating: bytes, as: UTF8.self) {
            result = DecodedText(text: s, encoding: .utf8)
        } else if isMostlyUTF8(bytes) {
            let (text, replaced) = decodeUTF8(bytes)
            result = DecodedText(text: text, encoding: .utf8, replaced: replaced)
        } else {
            result = DecodedText(text: decodeWindows1252(bytes), encoding: .windows1252)
        }
        // What the text holds: NUL, CR (memchr), and anything NFC could change, which needs a
        // scalar from U+0300 up and so a lead byte from CC up: most texts have none (sixteen
        // bytes at a time), and only from the first such run on are they read scalar by scalar.
        var hasNUL = false, hasCR = false, stable = true
        result.text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return }
            hasNUL = memchr(start, 0, bytes.count) != nil
            hasCR = memchr(start, 0x0D, bytes.count) != nil
            var i = TextMatching.skipBelowHighLeads(bytes)
            while i < bytes.count, stable {
                let b = bytes[i]
                if b >= TextMatching.firstLeadFromU0300, b & 0xC0 == 0xC0 {
                    var v = UInt32(b & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F))
                    var k = i + 1
                    while k < bytes.count, bytes[k] & 0xC0 == 0x80 { v = v << 6 | UInt32(bytes[k] & 0x3F); k += 1 }
                    stable = Unicode.Scalar(v).map(isNFCStable) ?? false
                }
                i += 1
            }
        }
        if hasNUL {
            throw .binary
        }
        if hasCR {
            result.text = result.text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        result.text = TextCleaning.removingIgnorables(result.text)
        if !stable {
            result.text = TextCleaning.streamSafe(result.text).precomposedStringWithCanonicalMapping
        }
        return result
    }

    /// UTF-16 without a byte order mark: in the first 4 KiB, the high byte of most
    /// characters (Latin text) is zero, at odd places (little endian) or even ones.
    /// nil when the bytes do not look like UTF-16; else whether they are little endian.
    /// Scalars that NFC leaves as they are whatever stands around them: below the combining
    /// marks (U+0300), dashes, quotes and bullets (U+2002–U+206F), currency signs, geometric
    /// shapes, private use (Word's symbol bullets) and U+FFFD. A text of only these is already
    /// in NFC, and normalising it (through Foundation) is the costliest step of reading it.
    @inline(__always) static func isNFCStable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x300 || (0x2002...0x206F).contains(v) || (0x20A0...0x20BF).contains(v) || (0x25A0...0x25FF).contains(v)
            || (0xE000...0xF8FF).contains(v) || v == 0xFFFD
    }

    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        let pairs = sample.count / 2
        guard pairs >= 4 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 } }
        if zeroOdd * 10 >= pairs * 4, zeroEven * 20 <= pairs { return true }
        if zeroEven * 10 >= pairs * 4, zeroOdd * 20 <= pairs { return false }
        return nil
    }

    /// Valid multi-byte sequences outnumber broken ones four to one: UTF-8 with a few
    /// damaged bytes (a Windows-1252 file has almost no valid multi-byte sequences).
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0
            if length > 0, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1; i += length
            } else {
                invalid += 1; i += 1
            }
        }
        return valid > 0 && invalid * 4 <= valid
    }

    /// Whether the bytes are UTF-8 throughout (file names: those that are not are opened by
    /// their bytes and shown with U+FFFD).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// UTF-8 with every invalid sequence replaced by U+FFFD; the count of replacements.
    private static func decodeUTF8(_ bytes: [UInt8]) -> (String, Int) {
        var out = String.UnicodeScalarView()
        var replaced = 0
        var iterator = bytes.makeIterator()
        var codec = UTF8()
        loop: while true {
            switch codec.decode(&iterator) {
            case let .scalarValue(s): out.append(s)
            case .emptyInput: break loop
            case .error: out.append("\u{FFFD}"); replaced += 1
            }
        }
        return (String(out), replaced)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(ImportError) -> String {
        guard bytes.count % 2 == 0 else { throw .undecodable("UTF-16-tekst med et oddetall byte (filen er avkortet)") }
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
            case .error: throw .undecodable("ugyldig UTF-16 (et surrogat uten par)")
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
    /// The most combining marks (non-starters) in a row: Unicode's stream-safe text format.
    static let maxNonStarters = 30

    /// The text in Unicode's stream-safe format (UAX #15): after every 30th non-starter in a
    /// row, U+034F COMBINING GRAPHEME JOINER. Normalising a run of marks, and comparing two
    /// strings (which normalises them), reorders the run's marks: on 100,000 marks in reverse
    /// canonical order that took minutes; on runs of 30 it is linear. Text without a scalar
    /// from U+0300 up (its UTF-8 lead byte CC or more) has no non-starter and is returned as is.
    static func streamSafe(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= TextMatching.firstLeadFromU0300 }) else { return s }
        func isNonStarter(_ u: Unicode.Scalar) -> Bool { u.value >= 0x300 && u.properties.canonicalCombiningClass.rawValue != 0 }
        var run = 0, longest = 0
        for u in s.unicodeScalars { run = isNonStarter(u) ? run + 1 : 0; longest = max(longest, run) }
        guard longest > maxNonStarters else { return s }
        var out = String.UnicodeScalarView()
        run = 0
        for u in s.unicodeScalars {
            if isNonStarter(u) {
                if run == maxNonStarters { out.append("\u{034F}"); run = 0 }
                run += 1
            } else {
                run = 0
            }
            out.append(u)
        }
        return String(out)
    }

    /// Text as it enters the tool, from a text file or an XML text node: without the invisible
    /// characters (`isIgnorable`) and stream-safe.
    static func entering(_ s: String) -> String {
        streamSafe(removingIgnorables(s))
    }

    /// Unicode's default-ignorable code points (Default_Ignorable_Code_Point): the soft
    /// hyphen, the zero-width joiner and non-joiner, the word joiner, direction marks and
    /// overrides (LRM, RLO), variation selectors, tag characters, the combining grapheme
    /// joiner. Inside a word they are invisible yet keep it from matching ("lønns\u{AD}forhandlinger"
    /// named no area in a heading). U+200B ZERO WIDTH SPACE and U+FEFF are kept: exports
    /// leave them between words, and `isSpace` reads them as spaces. A table of Unicode 15's
    /// ranges (the test checks it against the standard library's property).
    @inline(__always) static func isIgnorable(_ v: UInt32) -> Bool {
        switch v {
        case 0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200C...0x200F, 0x202A...0x202E,
             0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFFA0, 0xFFF0...0xFFF8, 0x1BCA0...0x1BCA3, 0x1D173...0x1D17A, 0xE0000...0xE0FFF:
            return true
        default:
            return false
        }
    }

    /// The text without `isIgnorable`'s characters. Read on the UTF-8 bytes: only sequences
    /// with a lead byte that starts one of them (C2, CD, D8, E1–E3, EF, F0, F3) are decoded.
    static func removingIgnorables(_ s: String) -> String {
        var s = s
        let found: Bool = s.withUTF8 { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c >= 0xC2, c != 0xC3, let (v, _) = scalar(b, i), isIgnorable(v) { return true }
                i += 1
            }
            return false
        }
        guard found else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !isIgnorable(u.value) { out.append(u) }
        return String(out)
    }

    /// The scalar whose UTF-8 sequence starts at `i`, and its length (valid UTF-8 assumed).
    @inline(__always) private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        let c = b[i]
        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        guard i + length <= b.count else { return nil }
        var v = UInt32(c & (c >= 0xF0 ? 0x07 : c >= 0xE0 ? 0x0F : 0x1F))
        for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return (v, length)
    }

    /// No-break and other odd spaces become plain spaces, runs of white space
    /// collapse to one, ends are trimmed.
    static func clean(_ s: String) -> String {
        // On the UTF-8 bytes: every space of `isSpace` is one whole sequence, so dropping or
        // replacing it leaves valid UTF-8. Text that is already clean (most) is returned as it is.
        var s = s
        if s.withUTF8(isClean) { return s }
        // ASCII white space at the ends only (indentation, most often): the middle as it is,
        // copied without the UTF-8 check a new String makes of its bytes.
        let middle: Range<Int>? = s.withUTF8 { b in
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 || (0x09...0x0D).contains(b[lo]) { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || (0x09...0x0D).contains(b[hi - 1]) { hi -= 1 }
            return lo < hi && isClean(UnsafeBufferPointer(rebasing: b[lo..<hi])) ? lo..<hi : nil
        }
        if let middle {
            let utf8 = s.utf8
            return String(s[utf8.index(utf8.startIndex, offsetBy: middle.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: middle.upperBound)])
        }
        return s.withUTF8 { bytes in
            // Each run of spaces becomes one plain space between words, none at the ends.
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0, i = 0
                var pendingSpace = false
                while i < bytes.count {
                    let length = spaceLength(bytes, i)
                    if length > 0 {
                        pendingSpace = n > 0
                        i += length
                    } else {
                        if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                        out[n] = bytes[i]; n += 1
                        i += 1
                    }
                }
                return n
            }
        }
    }

    /// True when `clean` would not change the text: no space but single plain ones between
    /// words. A tight pass (most lines are clean), which looks closer only at the lead bytes
    /// of the other spaces (C2, E1, E2, E3, EF).
    private static func isClean(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = b.baseAddress, b.count > 0 else { return true }
        let n = b.count
        if p[0] == 0x20 || p[n - 1] == 0x20 { return false }
        let raw = UnsafeRawPointer(p)
        // Lane compares for equality only: the standard library's ordered compares (and
        // constants made inside the loop) are done lane by lane.
        let space = SIMD16<UInt8>(repeating: 0x20)
        let (s0, s1, s2, s3, s4) = (SIMD16<UInt8>(repeating: 0x09), SIMD16<UInt8>(repeating: 0x0A), SIMD16<UInt8>(repeating: 0x0B),
                                    SIMD16<UInt8>(repeating: 0x0C), SIMD16<UInt8>(repeating: 0x0D))
        let (s5, s6, s7, s8, s9) = (SIMD16<UInt8>(repeating: 0xC2), SIMD16<UInt8>(repeating: 0xE1), SIMD16<UInt8>(repeating: 0xE2),
                                    SIMD16<UInt8>(repeating: 0xE3), SIMD16<UInt8>(repeating: 0xEF))
        var i = 0
        while i < n {
            // Sixteen bytes at once, with the byte after them (a space after a space): most
            // runs have no two spaces together, no control character (09–0D) and no lead byte
            // of another space (C2, E1–E3, EF), and are passed at a compare a lane.
            if i + 17 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let next = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
                let twoSpaces = (v .== space) .& (next .== space)
                let control = (v .== s0) .| (v .== s1) .| (v .== s2) .| (v .== s3) .| (v .== s4)
                let lead = (v .== s5) .| (v .== s6) .| (v .== s7) .| (v .== s8) .| (v .== s9)
                if !TextMatching.anyLane(twoSpaces .| control .| lead) { i += 16; continue }
            }
            // The run byte by byte.
            var previousWasSpace = i > 0 && p[i - 1] == 0x20
            for k in i..<min(i + 16, n) {
                let c = p[k]
                if c == 0x20 {
                    if previousWasSpace { return false }
                    previousWasSpace = true
                    continue
                }
                previousWasSpace = false
                if c < 0x20 {
                    if c >= 0x09 && c <= 0x0D { return false }
                } else if c >= 0xC2, c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF, spaceLength(b, k) > 0 {
                    return false
                }
            }
            // A space at the end of the run and one at the start of the next (which the vector
            // test, looking at pairs that start in its own run, would not see).
            if previousWasSpace, i + 16 < n, p[i + 16] == 0x20 { return false }
            i += 16
        }
        return true
    }

    /// The length in bytes of the space that starts at `i` (see `isSpace`), or 0.
    @inline(__always) private static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (0x09...0x0D).contains(c) ? 1 : 0 }
        func at(_ k: Int) -> UInt8 { i + k < b.count ? b[i + k] : 0 }
        switch c {
        case 0xC2: return at(1) == 0x85 || at(1) == 0xA0 ? 2 : 0                       // U+0085, U+00A0
        case 0xE1: return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0                       // U+1680
        case 0xE2:
            if at(1) == 0x80 { let t = at(2); return (0x80...0x8B).contains(t) || t == 0xA8 || t == 0xA9 || t == 0xAF ? 3 : 0 }
            return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0                               // U+205F
        case 0xE3: return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0                       // U+3000
        case 0xEF: return at(1) == 0xBB && at(2) == 0xBF ? 3 : 0                       // U+FEFF
        default: return 0
        }
    }

    /// True for text that is empty once no-break spaces and white space are gone.
    static func isBlank(_ s: Substring) -> Bool {
        s.unicodeScalars.allSatisfy { isSpace($0.value) }
    }

    /// `isBlank` of UTF-8 bytes: a run of `spaceLength`'s spaces (which are `isSpace`'s,
    /// read on their bytes). A sequence cut off by the end of the bytes counts as no space.
    static func isBlank(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let length = spaceLength(b, i)
            guard length > 0 else { return false }
            i += length
        }
        return true
    }

    /// `trimmingCharacters(in: .whitespaces)` without Foundation: the tab, Unicode's space
    /// separators (Zs) and the zero-width space off both ends, scalar by scalar. Foundation's bridges the string to
    /// UTF-16 and back, some 55,000 instructions a call, and checks two generic types against
    /// their protocols the first time (a scan of every conformance record each).
    static func trimmingHorizontalSpace(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              isHorizontalSpace(first.value) || isHorizontalSpace(last.value) else { return s }
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, isHorizontalSpace(scalars[lo].value) { lo = scalars.index(after: lo) }
        while hi > lo, isHorizontalSpace(scalars[scalars.index(before: hi)].value) { hi = scalars.index(before: hi) }
        return String(scalars[lo..<hi])
    }

    /// Foundation's `CharacterSet.whitespaces`: the tab, the space separators (Zs) and, as
    /// Foundation has it here, the zero-width space (U+200B).
    @inline(__always) static func isHorizontalSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return v == 0xA0 || v == 0x1680 || (0x2000...0x200B).contains(v) || v == 0x202F || v == 0x205F || v == 0x3000
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
