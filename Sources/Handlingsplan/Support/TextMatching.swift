import Foundation

/// Comparing texts loosely: case, punctuation and spacing aside.
enum TextMatching {
    /// The text without the pictographs and signs (Unicode's So, from U+2000: "📚", "✔", "☐")
    /// it opens with, and the spaces after them: a heading or item may open with one, and it
    /// says nothing the words do.
    static func withoutLeadingSymbols(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.value >= 0x2000, first.properties.generalCategory == .otherSymbol else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.drop {
            $0.properties.generalCategory == .otherSymbol || $0.value == 0xFE0F || $0.value == 0x200D || $0.properties.isWhitespace
        }))
    }

    /// The smallest UTF-8 lead byte of a scalar from U+0300 up (combining marks and all above):
    /// text with no byte from here up has every scalar a character of its own, but CR LF.
    static let firstLeadFromU0300: UInt8 = 0xCC

    /// For each ASCII byte, what a word takes of it in `forEachWordBytes`: letters in lower
    /// case, digits and the hyphen as they are; 0 for a byte that parts words.
    private static let asciiWordBytes: [UInt8] = (0..<128).map { (b: Int) -> UInt8 in
        switch b {
        case 0x61...0x7A, 0x30...0x39, 0x2D: return UInt8(b)
        case 0x41...0x5A: return UInt8(b + 0x20)
        default: return 0
        }
    }

    /// The words of a text, lower case, punctuation removed (hyphens kept inside words).
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        // Where every scalar is a character of its own (below U+0300, or punctuation that
        // parts words), the bytes are read one by one; other texts go by characters.
        if forEachWordBytes(s, { word, _ in out.append(String(decoding: word, as: UTF8.self)) }) { return out }
        return wordsByCharacters(s)
    }

    /// `words` character by character, for any text (and the reference of the byte path).
    static func wordsByCharacters(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        func end() {
            if !cur.isEmpty { out.append(cur.hasSuffix("-") ? String(cur.dropLast()) : cur); cur = "" }
        }
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber || (ch == "-" && !cur.isEmpty) { cur.append(ch) } else { end() }
        }
        end()
        return out
    }

    /// Punctuation and symbols from U+2000 up that part words like any other character that
    /// is no letter or number, and are each a character of their own (no mark or joiner among
    /// them): dashes, quotes, bullets and ellipsis, other general punctuation, arrows, box
    /// drawing and geometric shapes ("●", "○", "▪", the bullets of exported lists).
    @inline(__always) static func isWordSeparatorSymbol(_ v: UInt32) -> Bool {
        (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || isShapeOrArrow(v)
    }

    /// Arrows, box drawing and geometric shapes (U+2190–U+21FF, U+2500–U+25FF: "→", "●",
    /// "○", "▪"): symbols, each a character of its own, that no pattern reads as a letter,
    /// number, space or part of a word (Unicode's word segmentation has them as Other).
    @inline(__always) static func isShapeOrArrow(_ v: UInt32) -> Bool {
        (0x2190...0x21FF).contains(v) || (0x2500...0x25FF).contains(v)
    }

    /// Whether every scalar of the UTF-8 bytes is below U+0300 (no lead byte from CC up):
    /// then each is a character of its own, but CR LF.
    static func isBelowU0300(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = skipBelowHighLeads(b)
        while i < b.count {
            if b[i] >= firstLeadFromU0300 { return false }
            i += 1
        }
        return true
    }

    /// Hands each word of `s` (as `words` finds them) to `body` as lower-case UTF-8 bytes, in a
    /// buffer reused from word to word, with their `ByteWordTable.hash`, made as the bytes are:
    /// for callers that only look words up, no String is made and no word read twice.
    /// Only for texts whose scalars are all below U+0300 or word-parting symbols
    /// (`isWordSeparatorSymbol`); returns false, calling nothing, for any other.
    static func forEachWordBytes(_ s: String, _ body: (UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Void) -> Bool {
        var s = s
        return s.withUTF8 { utf8 -> Bool in
            // A lead byte from CC up starts a scalar from U+0300 up: not for this path, but for
            // the word-parting symbols (three bytes, lead E2).
            var k = skipBelowHighLeads(utf8)
            while k < utf8.count {
                let b = utf8[k]
                if b < firstLeadFromU0300 { k += 1; continue }
                guard b == 0xE2, k + 2 < utf8.count,
                      isWordSeparatorSymbol(UInt32(b & 0x0F) << 12 | UInt32(utf8[k + 1] & 0x3F) << 6 | UInt32(utf8[k + 2] & 0x3F))
                else { return false }
                k += 3
            }
            // Lower-cased, a word takes at most half again its bytes (İ, two bytes, becomes three).
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * utf8.count + 1) { out -> Bool in
                var n = 0
                // The hash of the word's bytes so far, and of those before its last hyphen (a
                // word does not end in one: a final hyphen is taken off again, and its hash with it).
                var h = ByteWordTable<Bool>.hashStart, beforeHyphen = h
                func put(_ byte: UInt8) { out[n] = byte; n += 1; h = ByteWordTable<Bool>.hashStep(h, byte) }
                func endBytes() {
                    if n > 0, out[n - 1] == 0x2D { n -= 1; h = beforeHyphen }
                    if n > 0 { body(UnsafeBufferPointer(rebasing: out[0..<n]), ByteWordTable<Bool>.hashEnd(h)); n = 0 }
                    h = ByteWordTable<Bool>.hashStart
                }
                // An ASCII byte's part in a word from a table (a chain of range tests a byte cost
                // more): the byte a word takes, lower-cased, or 0 where the byte parts words.
                let ascii = asciiWordBytes
                var i = 0
                while i < utf8.count {
                    let b = utf8[i]
                    if b < 0x80 {
                        let k = ascii[Int(b)]
                        if k == 0 {
                            endBytes()
                        } else if k != 0x2D {
                            put(k)
                        } else if n > 0 {   // a hyphen only inside a word
                            beforeHyphen = h
                            put(k)
                        }
                        i += 1
                        continue
                    }
                    if b == 0xE2 {
                        // A word-parting symbol (the scan above let no other through).
                        endBytes()
                        i += 3
                        continue
                    }
                    let v = UInt32(b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                    i += 2
                    if v < 0x100 {
                        // Latin-1, written out: letters in lower case, the numbers ¹ ² ³ ¼ ½ ¾ as they are.
                        if Latin1.isLetter(v) || Latin1.isNumber(v) {
                            let lower = Latin1.lowercase(v)
                            put(UInt8(0xC0 | lower >> 6)); put(UInt8(0x80 | lower & 0x3F))
                        } else {
                            endBytes()
                        }
                    } else if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                        for byte in scalar.properties.lowercaseMapping.utf8 { put(byte) }
                    } else {
                        endBytes()
                    }
                }
                endBytes()
                return true
            }
        }
    }

    /// `s.split(separator: " ").count`: the runs of characters between spaces. Counted on the
    /// bytes where no scalar can join a space into a larger character: all below U+0300, or
    /// general punctuation (U+2000–U+206F) but the joiners U+200C and U+200D; by characters
    /// otherwise.
    static func spaceSeparatedCount(_ s: String) -> Int {
        var copy = s
        let counted: Int? = copy.withUTF8 { bytes in
            var count = 0, inWord = false
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= firstLeadFromU0300, !startsPunctuationCharacter(bytes, i) { return nil }
                if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        }
        return counted ?? s.split(separator: " ").count
    }

    /// Whether the scalar at byte `i` (a lead byte) is general punctuation or a super- or
    /// subscript (U+2000–U+207F) other than the joiners U+200C and U+200D: a character of its
    /// own, which joins no character before it.
    @inline(__always) static func startsPunctuationCharacter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 || b[i + 1] == 0x81 else { return false }
        return !(b[i + 1] == 0x80 && (b[i + 2] == 0x8C || b[i + 2] == 0x8D))
    }

    // MARK: Sixteen bytes at a time
    //
    // The scans below pass runs of sixteen bytes that need nothing with `SIMD16<UInt8>` and
    // equality compares only: the standard library does ordered compares, and `any()`,
    // lane by lane.

    /// Whether a lane of the mask is set, as two 64-bit words (the standard library's `any`
    /// reduces lane by lane, through a call).
    @inline(__always) static func anyLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// The lanes that hold a lead byte from CC up (CC–CF, D0–DF, E0–FF: `firstLeadFromU0300`
    /// and above), by masks and equality; made once per scan, its constants stay in registers.
    struct HighLeads {
        private let fc = SIMD16<UInt8>(repeating: 0xFC), cc = SIMD16<UInt8>(repeating: 0xCC), f0 = SIMD16<UInt8>(repeating: 0xF0)
        private let d0 = SIMD16<UInt8>(repeating: 0xD0), e0 = SIMD16<UInt8>(repeating: 0xE0)

        @inline(__always) func lanes(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
            (v & fc) .== cc .| (v & f0) .== d0 .| (v & e0) .== e0
        }
    }

    /// Where the first run of sixteen bytes with a lead byte from CC up starts (or the last,
    /// shorter run): the bytes before it are all below CC.
    static func skipBelowHighLeads(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let p = b.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(p), high = HighLeads()
        var i = 0
        while i + 16 <= b.count, !anyLane(high.lanes(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))) { i += 16 }
        return i
    }

    /// Each line of the bytes (split at LF, found with memchr) as a range of offsets, the
    /// last one running to the end.
    static func forEachLine(in b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = 0
        if let base = b.baseAddress {
            while start < b.count, let found = memchr(base + start, 0x0A, b.count - start) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                body(start..<end)
                start = end + 1
            }
        }
        body(start..<b.count)
    }

    /// `body` with the UTF-8 bytes of a line: its own where they are contiguous (a native
    /// string's always are), else a copy's.
    static func withBytes<R>(of line: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = line.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(line)
        return copy.withUTF8(body)
    }

    /// Whether `s` starts with `prefix` (ASCII letters, lower case) in any case of those letters.
    /// A letter of ASCII is a character of its own but before a mark, which no letter of the
    /// prefix may be followed by (then the String's own prefix test would say no as well).
    static func hasPrefixIgnoringASCIICase(_ s: String, _ prefix: StaticString) -> Bool {
        var copy = s
        return copy.withUTF8 { b in
            let n = prefix.utf8CodeUnitCount
            guard b.count >= n else { return false }
            for i in 0..<n where b[i] | 0x20 != prefix.utf8Start[i] { return false }
            return b.count == n || b[n] < firstLeadFromU0300
        }
    }

    /// The text after the first `ascii` character (not CR or LF) of `s`, nil where it has none.
    /// On the bytes where every scalar is below U+0300 (each a character of its own there);
    /// else by characters, as a mark after it makes it part of another character. (Searching
    /// the Characters cost some 8,000 instructions a label line.)
    static func textAfterFirst(_ ascii: UInt8, in s: String) -> Substring? {
        var copy = s
        let offset: Int?? = copy.withUTF8 { b in isBelowU0300(b) ? .some(b.firstIndex(of: ascii)) : .none }
        if let offset { return offset.map { s[s.utf8.index(s.utf8.startIndex, offsetBy: $0 + 1)...] } }
        return s.firstIndex(of: Character(Unicode.Scalar(ascii))).map { s[s.index(after: $0)...] }
    }

    /// `s.hasSuffix(String(character))` for an ASCII character other than LF, on the last
    /// bytes: the last character is that one alone where its byte ends the text after an ASCII
    /// scalar (no mark or joiner can make it part of another character); after any other
    /// scalar the String answers (a prepended mark may join it).
    static func endsWith(_ s: String, ascii: UInt8) -> Bool {
        var copy = s
        let answer: Bool? = copy.withUTF8 { b in
            guard let last = b.last, last == ascii else { return false }
            return b.count == 1 || b[b.count - 2] < 0x80 ? true : nil
        }
        return answer ?? s.hasSuffix(String(UnicodeScalar(ascii)))
    }

    /// Whether a line's UTF-8 holds `byte`, read on its contiguous bytes (the generic search
    /// over a substring's UTF-8 view costs tens of instructions a byte).
    static func contains(_ s: Substring, byte: UInt8) -> Bool {
        withBytes(of: s) { $0.contains(byte) }
    }

    /// Whether the bytes hold an ASCII digit: sixteen at a time for 30–3F (the digits and six
    /// signs, ":" among them), those runs byte by byte.
    static func containsDigit(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let p = b.baseAddress {
            let raw = UnsafeRawPointer(p), high = SIMD16<UInt8>(repeating: 0xF0), digits = SIMD16<UInt8>(repeating: 0x30)
            while i + 16 <= b.count {
                if anyLane((raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) & high) .== digits) {
                    for k in i..<(i + 16) where (0x30...0x39).contains(p[k]) { return true }
                }
                i += 16
            }
        }
        while i < b.count {
            if (0x30...0x39).contains(b[i]) { return true }
            i += 1
        }
        return false
    }

    /// `text.count <= n`, counting at most n + 1 characters (and none when the bytes already say).
    @inline(__always) static func hasAtMost(_ text: String, _ n: Int) -> Bool {
        text.utf8.count <= n || hasAtMostCharacters(text, n)
    }

    /// The character count up to n + 1, on scalars while each is a character of its own: a
    /// scalar below U+0300 other than CR, or a dash, quote or bullet of general punctuation,
    /// always starts a new character (only combining marks and the like, from U+0300 up,
    /// and LF after CR join the one before).
    private static func hasAtMostCharacters(_ text: String, _ n: Int) -> Bool {
        var text = text
        // On the bytes: a scalar starts at each byte that does not continue one; a lead byte
        // from CC up starts one from U+0300 up.
        let counted: Bool? = text.withUTF8 { b in
            var count = 0, i = 0
            // Sixteen bytes at a time while none is CR or a lead byte from CC up: the scalars
            // are the bytes that do not continue one (10xxxxxx), counted off the lane mask.
            if let p = b.baseAddress {
                let raw = UnsafeRawPointer(p), high = HighLeads()
                let (c0, x80, cr) = (SIMD16<UInt8>(repeating: 0xC0), SIMD16<UInt8>(repeating: 0x80), SIMD16<UInt8>(repeating: 0x0D))
                while i + 16 <= b.count {
                    let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    if anyLane(high.lanes(v) .| v .== cr) { break }
                    let continuing = unsafeBitCast((v & c0) .== x80, to: SIMD2<UInt64>.self)
                    count += 16 - (continuing[0].nonzeroBitCount + continuing[1].nonzeroBitCount) / 8
                    if count > n { return false }
                    i += 16
                }
            }
            for k in i..<b.count where b[k] & 0xC0 != 0x80 {
                if b[k] == 0x0D || b[k] >= firstLeadFromU0300 && !startsPunctuationCharacter(b, k) { return nil }
                count += 1
                if count > n { return false }
            }
            return true
        }
        return counted ?? (text.prefix(n + 1).count <= n)
    }

    /// `parts.joined(separator:)`, made for each kind of collection it is called with. The
    /// standard library's is generic code that is not specialised: it walks the parts through
    /// witness tables, and its first call makes its types at run time (a scan of every
    /// conformance record, some 230,000 instructions, in each process that joins).
    static func joined<C: Collection>(_ parts: C, separator: String) -> String where C.Element == String {
        // One part (a paragraph of one line, most often) is itself: no copy.
        if parts.count == 1, let only = parts.first { return only }
        return join(parts, separator) { $0.append($1) }
    }

    /// `joined` of substrings (appended as substrings: a generic append is not specialised either).
    static func joined<C: Collection>(_ parts: C, separator: String) -> String where C.Element == Substring {
        join(parts, separator) { $0.append(contentsOf: $1) }
    }

    @inline(__always) private static func join<C: Collection>(_ parts: C, _ separator: String, _ append: (inout String, C.Element) -> Void) -> String
    where C.Element: StringProtocol {
        var length = separator.utf8.count * max(parts.count - 1, 0)
        for part in parts { length += part.utf8.count }
        var out = ""
        out.reserveCapacity(length)
        var first = true
        for part in parts {
            if !first { out.append(separator) }
            append(&out, part)
            first = false
        }
        return out
    }

    /// The lines of a text, split at LF on its UTF-8 bytes: the same lines as splitting at the
    /// character "\n" (a line feed is always a character of its own once CR LF is gone, as the
    /// decoders make it), without walking the text character by character.
    static func lines(_ text: String, omittingEmpty: Bool = false) -> [Substring] {
        // The line ends found on the contiguous bytes with memchr (the generic split over the
        // UTF-8 view cost fifty instructions a byte, a byte loop four), then the lines cut by offset.
        var ranges: [Range<Int>] = []
        var copy = text
        copy.withUTF8 { forEachLine(in: $0) { if !(omittingEmpty && $0.isEmpty) { ranges.append($0) } } }
        let utf8 = text.utf8
        return ranges.map { Substring(utf8[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)]) }
    }

    /// `text.lastIndex(of: character)` for an ASCII character, found on the UTF-8 bytes when
    /// every scalar is below U+0300 (each a character of its own: no mark can join the ASCII
    /// character to make another). Character by character backwards cost 36,000 instructions
    /// for a measure's line.
    static func lastIndex(of character: Character, in text: String) -> String.Index? {
        guard let ascii = character.asciiValue,
              let scan = text.utf8.withContiguousStorageIfAvailable({ b -> (plain: Bool, last: Int?) in
                  var last: Int?
                  for i in 0..<b.count {
                      if b[i] >= firstLeadFromU0300 { return (false, nil) }
                      if b[i] == ascii { last = i }
                  }
                  return (true, last)
              }), scan.plain
        else { return text.lastIndex(of: character) }
        return scan.last.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// Whether `s` may contain `needle` (ASCII letters), ignoring case: a byte scan, for the
    /// quick tests that decide whether a pattern is worth trying on a line at all. It never
    /// says no wrongly; for punctuation in `needle` it may say yes wrongly (it folds by bit 0x20).
    static func containsASCII(_ s: String, _ needle: StaticString) -> Bool {
        var s = s
        return s.withUTF8 { hay in
            let n = needle.utf8CodeUnitCount
            guard n > 0, hay.count >= n else { return n == 0 }
            let first = needle.utf8Start[0] | 0x20
            // Where the needle may start: sixteen places at once where a needle of two or more
            // bytes has its first two (most lines have none), then those places one by one.
            var i = 0
            if n >= 2, let p = hay.baseAddress {
                let raw = UnsafeRawPointer(p), fold = SIMD16<UInt8>(repeating: 0x20)
                let firsts = SIMD16<UInt8>(repeating: first), seconds = SIMD16<UInt8>(repeating: needle.utf8Start[1] | 0x20)
                while i + 17 <= hay.count {
                    let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) | fold
                    let next = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self) | fold
                    if anyLane((v .== firsts) .& (next .== seconds)) { break }
                    i += 16
                }
            }
            guard i <= hay.count - n else { return false }
            for i in i...(hay.count - n) where hay[i] | 0x20 == first {
                var k = 1
                while k < n, hay[i + k] | 0x20 == needle.utf8Start[k] | 0x20 { k += 1 }
                if k == n { return true }
            }
            return false
        }
    }

    /// The words of at least three letters that say something (no function words): what
    /// national texts are compared by (Dice coefficient, in `NationalTexts`).
    static func wordSet(_ s: String) -> Set<String> {
        var set = Set<String>()
        let plain = forEachComparedWord(s) { word, _ in set.insert(String(decoding: word, as: UTF8.self)) }
        return plain ? set : Set(words(s).filter { $0.count >= minimumComparedLength && !stopWords.contains($0) })
    }

    /// Each distinct word of `s` that `wordSet` keeps (at least `minimumComparedLength`
    /// characters, no function word), as lower-case UTF-8 bytes with their hash, the first
    /// time it comes; false, calling nothing, where `forEachWordBytes` does not read the text.
    /// Below U+0300 a word's characters are its scalars, so its length is counted on its bytes
    /// and it is compared with the function words byte for byte; no String is made for it here.
    static func forEachComparedWord(_ s: String, _ body: (UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Void) -> Bool {
        // The words kept so far, end to end, with their hashes (a text has a few dozen).
        var seen: [UInt8] = [], ends: [Int] = [], hashes: [UInt64] = []
        let stops = stopWordBytes
        return forEachWordBytes(s) { bytes, h in
            guard isLongEnoughToCompare(bytes), stops.value(of: bytes, hash: h) == nil else { return }
            for k in hashes.indices where hashes[k] == h {
                if seen[(k == 0 ? 0 : ends[k - 1])..<ends[k]].elementsEqual(bytes) { return }
            }
            seen += bytes
            ends.append(seen.count)
            hashes.append(h)
            body(bytes, h)
        }
    }

    /// `stopWords` by their bytes.
    private static let stopWordBytes = ByteWordTable<Bool>(stopWords.map { ($0, true) })

    /// Words shorter than this (in characters) say nothing to the comparison of texts.
    static let minimumComparedLength = 3

    /// Whether a word of `forEachWordBytes` (every scalar a character of its own) is at least
    /// `minimumComparedLength` characters long: its bytes that do not continue a scalar.
    static func isLongEnoughToCompare(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var characters = 0
        for b in word where b & 0xC0 != 0x80 { characters += 1 }
        return characters >= minimumComparedLength
    }

    /// A line that ends in a preposition, conjunction or article was wrapped in mid-sentence.
    static func endsWithFunctionWord(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last else { return false }
        return joiningWords.contains(last.lowercased())
    }

    /// Prepositions, conjunctions and articles (`joining-word` in the vocabulary).
    private static let joiningWords = Set(PlanWords.active.all(.joiningWord))

    /// Function words of both written standards: they say nothing about content (`stop-word`).
    static let stopWords = Set(PlanWords.active.all(.stopWord))
}

extension String {
    /// The text of these scalars, encoded as UTF-8 in one pass. `String(String.UnicodeScalarView(…))`
    /// appends them one at a time through the standard library's unspecialized generic code:
    /// some 20,000 instructions for a sentence, 6 % of importing a text plan.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count)
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                utf8.append(UInt8(v))
            } else if v < 0x800 {
                utf8.append(UInt8(0xC0 | v >> 6)); utf8.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x10000 {
                utf8.append(UInt8(0xE0 | v >> 12)); utf8.append(UInt8(0x80 | v >> 6 & 0x3F)); utf8.append(UInt8(0x80 | v & 0x3F))
            } else {
                utf8.append(UInt8(0xF0 | v >> 18)); utf8.append(UInt8(0x80 | v >> 12 & 0x3F))
                utf8.append(UInt8(0x80 | v >> 6 & 0x3F)); utf8.append(UInt8(0x80 | v & 0x3F))
            }
        }
        self = String(decoding: utf8, as: UTF8.self)
    }
}
