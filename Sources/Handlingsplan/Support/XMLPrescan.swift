import Foundation

/// A byte scan of an XML part before libxml2 sees it, for what libxml2 (2.9) takes quadratic
/// time over: the attributes of one start tag (each is checked against those before it) and
/// the namespace declarations in scope (each new one against all of them). A DOCX whose root
/// declared 200,000 namespaces took 10–17 s, one `w:p` with 300,000 attributes 21–34 s, and no
/// libxml2 option bounds either. Real documents have a few dozen on an element (Word's root
/// declares some 35 namespaces, LibreOffice's some 50).
///
/// The scan reads markup only: text up to the next `<` is passed with `memchr`; comments,
/// CDATA sections and processing instructions are skipped whole; in a start tag, each `=`
/// outside a quoted value is one attribute (namespace declarations included), and a name that
/// starts `xmlns` is a declaration. It is exact for well-formed XML, and for XML that is not,
/// libxml2 refuses it anyway. UTF-16 and UCS-4 are read a code unit at a time (an ASCII
/// character is one unit there, as in UTF-8); an encoding in which markup is not ASCII
/// (EBCDIC, UTF-7) is refused.
enum XMLPrescan {
    enum Finding: Equatable {
        /// An element with more attributes (namespace declarations included) than the limit.
        case attributes(Int)
        /// More namespace declarations in scope (on an element and its ancestors) than the limit.
        case namespaces(Int)
        /// More attributes in the whole part than the limit.
        case totalAttributes(Int)
        /// An encoding whose markup is not ASCII characters: the scan cannot read it.
        case encoding(String)
    }

    struct Limits {
        var perElement = PlanLimits.xmlAttributes
        var inScope = PlanLimits.xmlAttributes
        var total = PlanLimits.xmlNodes
    }

    static func check(_ data: Data, limits: Limits = Limits()) -> Finding? {
        data.withUnsafeBytes { raw -> Finding? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= 4 else { return nil }
            let (b0, b1, b2, b3) = (bytes[0], bytes[1], bytes[2], bytes[3])
            switch (b0, b1, b2, b3) {
            case (0x00, 0x00, 0x00, 0x3C), (0x00, 0x00, 0xFE, 0xFF): return scan(Units(bytes, stride: 4, low: 3), limits)
            case (0x3C, 0x00, 0x00, 0x00), (0xFF, 0xFE, 0x00, 0x00): return scan(Units(bytes, stride: 4, low: 0), limits)
            case (0x00, 0x3C, _, _), (0xFE, 0xFF, _, _): return scan(Units(bytes, stride: 2, low: 1), limits)
            case (0x3C, 0x00, _, _), (0xFF, 0xFE, _, _): return scan(Units(bytes, stride: 2, low: 0), limits)
            case (0x4C, 0x6F, 0xA7, 0x94): return .encoding("EBCDIC")
            default:
                if let name = declaredEncoding(bytes), !isASCIICompatible(name) { return .encoding(name) }
                return scanUTF8(bytes, limits)
            }
        }
    }

    /// The encoding named in the XML declaration, if any (ASCII-compatible text only).
    private static func declaredEncoding(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard b.count >= i + 5, b[i] == 0x3C, b[i + 1] == 0x3F else { return nil }   // "<?"
        let end = b[i...].prefix(200).firstIndex(of: 0x3E) ?? min(b.count, i + 200)   // ">"
        let declaration = String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)
        guard declaration.hasPrefix("<?xml"), let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }.prefix(40))
    }

    /// Encodings in which every ASCII character is its one ASCII byte (or, for those that name
    /// UTF-16 or UCS-4, which libxml2 reads only with the matching first bytes, read above).
    private static func isASCIICompatible(_ name: String) -> Bool {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        // An allow list (iconv knows hundreds of names, EBCDIC code pages among them): the
        // Unicode forms, Latin-1 and its relatives, DOS code pages, and the East Asian and
        // Cyrillic encodings whose markup characters are ASCII bytes and whose other bytes never
        // are one of them (not ISO-2022, whose two-byte characters are 7-bit: a quote inside one
        // would hide the attributes after it).
        let prefixes = ["utf-8", "utf8", "us-ascii", "ascii", "iso-8859", "iso8859", "latin", "windows-", "cp125", "utf-16", "utf16", "ucs-2", "ucs2",
                        "ucs-4", "ucs4", "utf-32", "utf32", "iso-10646", "cp437", "ibm437", "cp850", "ibm850", "cp852", "ibm852", "cp865", "ibm865",
                        "cp866", "ibm866", "koi8", "gb2312", "gbk", "gb18030", "big5", "shift-jis", "sjis", "euc-"]
        return prefixes.contains { n.hasPrefix($0) }
    }

    /// The code units of a UTF-16 or UCS-4 document as bytes: an ASCII character as itself,
    /// anything else as 0x80 (no markup character).
    private protocol CodeUnits {
        var count: Int { get }
        subscript(i: Int) -> UInt8 { get }
    }

    /// ASCII-compatible bytes (UTF-8, Latin-1): each byte is a unit.
    private struct Bytes: CodeUnits {
        let bytes: UnsafeBufferPointer<UInt8>
        var count: Int { bytes.count }
        subscript(i: Int) -> UInt8 { bytes[i] }
    }

    private struct Units: CodeUnits {
        let bytes: UnsafeBufferPointer<UInt8>
        let stride: Int
        let low: Int
        let count: Int
        init(_ bytes: UnsafeBufferPointer<UInt8>, stride: Int, low: Int) {
            (self.bytes, self.stride, self.low, self.count) = (bytes, stride, low, bytes.count / stride)
        }
        subscript(i: Int) -> UInt8 {
            let base = i * stride
            for k in 0..<stride where k != low && bytes[base + k] != 0 { return 0x80 }
            return bytes[base + low] < 0x80 ? bytes[base + low] : 0x80
        }
    }

    /// ASCII-compatible XML, fast (this runs on every part). A start tag past the attribute
    /// limit is more than 5 bytes an attribute long (` a=""`) without a `<` in it (none is
    /// allowed in a value): it covers whole 256-byte blocks without one. Blocks are tested 16
    /// bytes at a time, and only the tag that starts before a block without `<` is scanned
    /// exactly (a shorter tag has at most some 100 attributes, milliseconds for libxml2 however
    /// many there are). Declarations in scope are only counted where the part has more
    /// `xmlns` in it than the limit: then every tag is scanned.
    private static func scanUTF8(_ b: UnsafeBufferPointer<UInt8>, _ limits: Limits) -> Finding? {
        guard let base = b.baseAddress else { return nil }
        let units = Bytes(bytes: b)
        var state = State(limits)
        if occurrences(of: "xmlns", in: b, upTo: limits.inScope) > limits.inScope {
            var i = 0
            while i < b.count {
                // Text: straight to the next "<".
                guard let lt = memchr(base + i, 0x3C, b.count - i) else { return nil }
                i = UnsafeRawPointer(lt).assumingMemoryBound(to: UInt8.self) - base
                if let finding = state.markup(at: &i, units) { return finding }
            }
            return nil
        }
        state.countsNamespaces = false
        let block = 256
        let raw = UnsafeRawPointer(base)
        let lt = SIMD16<UInt8>(repeating: 0x3C)
        var scannedTo = 0
        var start = 0
        while start + block <= b.count {
            var hasTag = false
            var k = start
            while k < start + block {
                if TextMatching.anyLane(raw.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self) .== lt) { hasTag = true; break }
                k += 16
            }
            if !hasTag, start > scannedTo {
                // The last "<" before the block: where the tag (or text) that covers it starts.
                var i = start - 1
                while i >= scannedTo, base[i] != 0x3C { i -= 1 }
                if i >= scannedTo {
                    if let finding = state.markup(at: &i, units) { return finding }
                    scannedTo = i
                } else {
                    scannedTo = start
                }
            }
            start += block
        }
        return nil
    }

    /// How often `word` occurs in `b`, counted up to one more than `limit`.
    private static func occurrences(of word: StaticString, in b: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        guard let base = b.baseAddress else { return 0 }
        var n = 0, i = 0
        let m = word.utf8CodeUnitCount
        while n <= limit, i < b.count, let hit = memchr(base + i, Int32(word.utf8Start[0]), b.count - i) {
            i = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
            if i + m <= b.count, memcmp(base + i, word.utf8Start, m) == 0 { n += 1 }
            i += 1
        }
        return n
    }

    private static func scan(_ u: Units, _ limits: Limits) -> Finding? {
        var state = State(limits)
        var i = 0
        while i < u.count {
            if u[i] != 0x3C { i += 1; continue }
            if let finding = state.markup(at: &i, u) { return finding }
        }
        return nil
    }

    private struct State {
        let limits: Limits
        /// Namespace declarations of each open element, and their sum.
        var declared: [Int] = []
        var inScope = 0
        var total = 0
        /// False where the part has too few `xmlns` to go past the limit (tags are scanned
        /// only here and there, and the open elements are not followed).
        var countsNamespaces = true
        init(_ limits: Limits) { self.limits = limits }

        /// Reads the markup that starts with the "<" at `i`, and moves `i` past it.
        mutating func markup<U: CodeUnits>(at i: inout Int, _ u: U) -> Finding? {
            let n = u.count
            @inline(__always) func c(_ k: Int) -> UInt8 { u[k] }
            func starts(_ s: StaticString, at k: Int) -> Bool {
                let m = s.utf8CodeUnitCount
                guard k + m <= n else { return false }
                for j in 0..<m where c(k + j) != s.utf8Start[j] { return false }
                return true
            }
            func skip(past end: StaticString) {
                while i < n, !starts(end, at: i) { i += 1 }
                i += end.utf8CodeUnitCount
            }
            if starts("<!--", at: i) { skip(past: "-->"); return nil }
            if starts("<![CDATA[", at: i) { skip(past: "]]>"); return nil }
            if starts("<?", at: i) { skip(past: "?>"); return nil }
            if starts("<!", at: i) { skip(past: ">"); return nil }
            if starts("</", at: i) {
                skip(past: ">")
                if countsNamespaces, let last = declared.popLast() { inScope -= last }
                return nil
            }
            // A start tag: "=" outside quotes is an attribute; a name starting "xmlns" a declaration.
            i += 1
            var attributes = 0, namespaces = 0
            var quote: UInt8 = 0
            var afterSpace = false
            var empty = false
            while i < n {
                let ch = c(i)
                if quote != 0 {
                    if ch == quote { quote = 0 }
                } else if ch == 0x22 || ch == 0x27 {
                    quote = ch
                } else if ch == 0x3E {
                    empty = i > 0 && c(i - 1) == 0x2F
                    i += 1
                    break
                } else if ch == 0x3D {
                    attributes += 1
                    if attributes > limits.perElement { return .attributes(limits.perElement) }
                } else if ch == 0x20 || ch == 0x09 || ch == 0x0A || ch == 0x0D {
                    afterSpace = true
                    i += 1
                    continue
                } else if countsNamespaces, afterSpace, ch == 0x78, starts("xmlns", at: i), i + 5 < n, c(i + 5) == 0x3A || c(i + 5) == 0x3D || c(i + 5) <= 0x20 {
                    namespaces += 1
                    if inScope + namespaces > limits.inScope { return .namespaces(limits.inScope) }
                }
                afterSpace = false
                i += 1
            }
            total += attributes
            if total > limits.total { return .totalAttributes(limits.total) }
            if countsNamespaces, !empty {
                declared.append(namespaces)
                inScope += namespaces
            }
            return nil
        }
    }
}
