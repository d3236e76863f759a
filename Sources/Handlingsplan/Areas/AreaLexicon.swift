import Foundation

/// The content lexicon: terms that point an item to an area (1–6) or to no
/// area (0), with weights. The built-in one is `lexicon.tsv` beside this file
/// (embedded in the binary); county staff extend or override it with
/// `--lexicon FILE` in the same format, without rebuilding.
public struct AreaLexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        /// 1–6, or 0 for "no area".
        public var area: Int
        public var weight: Double
        /// As written: a stem, "=word", or a phrase of several words.
        public var term: String
    }

    public private(set) var entries: [Entry]
    let matcher: LexiconMatcher

    public init(entries: [Entry]) {
        self.entries = entries
        matcher = LexiconMatcher(entries)
    }

    /// The lexicon that ships with the tool.
    public static let standard: AreaLexicon = {
        // The built-in file is a constant of this package: a bad line is a bug, found by any test.
        try! AreaLexicon(parsingUTF8: PackageResources.lexicon_tsv, source: "lexicon.tsv")
    }()

    /// Parses the lexicon format (see lexicon.tsv): `AREA WEIGHT TERM` a line, `#` comments.
    public init(parsing text: String, source: String) throws(LexiconError) {
        try self.init(parsingUTF8: Array(text.utf8), source: source)
    }

    /// The same on UTF-8 bytes (the built-in file is embedded as bytes): this runs for every
    /// line of the built-in lexicon at start-up.
    init(parsingUTF8 bytes: [UInt8], source: String) throws(LexiconError) {
        var entries: [Entry] = []
        entries.reserveCapacity(512)
        var start = 0, lineNumber = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            if let entry = try Self.entry(bytes[start..<end], line: lineNumber, source: source) { entries.append(entry) }
            start = end + 1
        }
        self.init(entries: entries)
    }

    /// One line's entry; nil for a blank line or a comment.
    private static func entry(_ raw: ArraySlice<UInt8>, line number: Int, source: String) throws(LexiconError) -> Entry? {
        // Trimmed of ASCII white space by bytes; a line that starts or ends with other white space by scalars.
        var line = raw
        while let b = line.first, b == 0x20 || (0x09...0x0D).contains(b) { line.removeFirst() }
        while let b = line.last, b == 0x20 || (0x09...0x0D).contains(b) { line.removeLast() }
        if line.first.map({ $0 >= 0x80 }) == true || line.last.map({ $0 >= 0x80 }) == true {
            var scalars = String(decoding: line, as: UTF8.self).unicodeScalars[...]
            while scalars.first?.properties.isWhitespace == true { scalars.removeFirst() }
            while scalars.last?.properties.isWhitespace == true { scalars.removeLast() }
            line = ArraySlice(String(scalars).utf8)
        }
        if line.isEmpty || line.first == UInt8(ascii: "#") { return nil }
        // Fields split at TABs and spaces; the term is the third and any after it, joined by one
        // space. Most terms are one piece: its bytes as they stand, no array grown for it.
        var fields: [ArraySlice<UInt8>] = [[], []]
        var pieces = 0
        var term: ArraySlice<UInt8> = []
        var i = line.startIndex
        while i < line.endIndex {
            while i < line.endIndex, line[i] == 0x09 || line[i] == 0x20 { i += 1 }
            guard i < line.endIndex else { break }
            var j = i
            while j < line.endIndex, line[j] != 0x09, line[j] != 0x20 { j += 1 }
            switch pieces {
            case 0, 1: fields[pieces] = line[i..<j]
            case 2: term = line[i..<j]
            default: term = ArraySlice(Array(term) + [0x20] + line[i..<j])
            }
            pieces += 1
            i = j
        }
        func fail(_ why: String) -> LexiconError { LexiconError(source: source, line: number, message: why) }
        func text(_ b: ArraySlice<UInt8>) -> String { String(decoding: b, as: UTF8.self) }
        guard pieces >= 3 else { throw fail("expected AREA WEIGHT TERM, found «\(text(line))»") }
        let areaField = fields[0]
        let quickArea = areaField.count == 1 ? Int(areaField[areaField.startIndex]) - 0x30 : nil
        guard let area = quickArea ?? Int(text(areaField)), (0...6).contains(area) else {
            throw fail("the area must be 1-6, or 0 for no area; found «\(text(fields[0]))»")
        }
        guard let weight = Self.plainDecimal(fields[1])
                ?? Double(text(fields[1].map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }[...])),
              weight >= 0, weight <= 10 else {
            throw fail("the weight must be a number from 0 to 10; found «\(text(fields[1]))»")
        }
        // Most terms are in lower case already, in ASCII and Latin-1 (æ, ø, å: C3 A0–BF in
        // UTF-8, the capitals being C3 80–9E) with a letter: no need to ask Unicode.
        var plain = true, k = term.startIndex
        while k < term.endIndex, plain {
            let b = term[k]
            if b < 0x80 { plain = !(0x41...0x5A).contains(b); k += 1 } else { plain = b == 0xC3 && k + 1 < term.endIndex && term[k + 1] >= 0x9F; k += 2 }
        }
        let written = String(decoding: term, as: UTF8.self)
        let lowered = plain ? written : written.lowercased()
        let hasLetter = term.contains { (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
            || lowered.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        guard hasLetter else { throw fail("the term «\(lowered)» has no letters") }
        return Entry(area: area, weight: weight, term: lowered)
    }

    /// "1", "0.5", "1,25": digits with at most one decimal point or comma, as Double(_:)
    /// reads them (an exact integer divided by an exact power of ten rounds as strtod does),
    /// without making a String; nil for anything else, which Double(_:) then reads.
    private static func plainDecimal(_ field: ArraySlice<UInt8>) -> Double? {
        var mantissa = 0, fractionDigits = 0, digits = 0, seenPoint = false
        for b in field {
            if b >= 0x30 && b <= 0x39 {
                // Past 15 digits the sum is not exact (and past 18 it would overflow Int and trap):
                // such a field is left to Double(_:), which reads any length.
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + Int(b - 0x30); digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")) && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
        return Double(mantissa) / powers[fractionDigits]
    }

    /// Reads a lexicon file.
    public static func load(path: String) throws(LexiconError) -> AreaLexicon {
        let data: [UInt8]
        do { data = try InputFile.read(path) } catch {
            throw LexiconError(source: path, line: nil, message: "cannot read the file (\(InputFile.englishReason(error)))")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LexiconError(source: path, line: nil, message: "the file is not UTF-8 text")
        }
        return try AreaLexicon(parsing: text, source: path)
    }

    /// The lexicon in its file format, one entry a line.
    public var text: String {
        entries.map { "\($0.area)\t\($0.weight.formatted())\t\($0.term)" }.joined(separator: "\n") + "\n"
    }

    /// This lexicon with `other`'s entries added; an entry of `other` with a term
    /// this one has replaces it.
    public func merged(with other: AreaLexicon) -> AreaLexicon {
        let replaced = Set(other.entries.map(\.term))
        return AreaLexicon(entries: entries.filter { !replaced.contains($0.term) } + other.entries)
    }
}

public struct LexiconError: Error, Sendable, LocalizedError, CustomStringConvertible {
    public var source: String
    public var line: Int?
    public var message: String
    public var errorDescription: String? { description }
    public var description: String { line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)" }
}

/// The lexicon compiled for matching: phrases by their first word, single
/// stems by their first two letters, so that a word is looked up, not
/// compared with every term.
struct LexiconMatcher: Sendable {
    struct Term: Sendable {
        var area: Int
        var weight: Double
        var text: String
        var exact: Bool
        var length: Int
    }
    struct Phrase: Sendable {
        var words: [String]
        var term: Term
    }

    private var stems: [String: [Term]] = [:]
    private var phrases: [String: [Phrase]] = [:]
    /// The stems again, by their first two scalars, with their scalars: a word of characters
    /// below U+0300 (each one scalar, none canonically equivalent to another) is looked up
    /// here without making strings. Nil when a term has a scalar from U+0300 up (a combining
    /// mark would make String comparison, by canonical equivalence, differ from this).
    private var scalarStems: ScalarStemTable?
    /// The phrases again, by their first word's bytes, for a word of scalars below U+0300 (no
    /// String hashed); nil where `scalarStems` is.
    private var phrasesByBytes: ByteWordTable<[Phrase]>?

    init(_ entries: [AreaLexicon.Entry]) {
        // Sized once: grown entry by entry, the tables were rehashed a dozen times (a third of this).
        stems.reserveCapacity(entries.count)
        var scalarStems: [UInt64: [(scalars: [UInt32], term: Term)]]? = [:]
        scalarStems?.reserveCapacity(entries.count)
        for e in entries {
            let exact = e.term.hasPrefix("=")
            let body = exact ? String(e.term.dropFirst()) : e.term
            // Most terms are one word already as `words` gives it: asked of the bytes first.
            let words = Self.isOneLowercaseWord(body) ? [body] : TextMatching.words(body)
            guard let first = words.first else { continue }
            if words.count > 1 {
                phrases[first, default: []].append(Phrase(words: words, term: Term(area: e.area, weight: e.weight, text: e.term, exact: false, length: body.count)))
            } else {
                let term = Term(area: e.area, weight: e.weight, text: first, exact: exact, length: first.count)
                stems[Self.key(first[...]), default: []].append(term)
                if let scalars = Self.plainScalars(first) { scalarStems?[Self.key(scalars[...]), default: []].append((scalars, term)) } else { scalarStems = nil }
            }
            if e.term.unicodeScalars.contains(where: { $0.value >= 0x300 }) { scalarStems = nil }
        }
        for k in phrases.keys { phrases[k]!.sort { $0.words.count > $1.words.count } }
        self.scalarStems = scalarStems.map(ScalarStemTable.init)
        if scalarStems != nil { phrasesByBytes = ByteWordTable(phrases.map { ($0.key, $0.value) }) }
    }

    /// Only lower-case letters and digits of ASCII and Latin-1 (what `TextMatching.words`
    /// keeps of a word, and leaves as it is): the text is one word of itself.
    static func isOneLowercaseWord(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            guard !b.isEmpty else { return false }
            var i = 0
            while i < b.count {
                let c = b[i]
                if (0x61...0x7A).contains(c) || (0x30...0x39).contains(c) { i += 1; continue }
                guard c == 0xC2 || c == 0xC3, i + 1 < b.count else { return false }
                let v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                guard Latin1.isLetter(v) || Latin1.isNumber(v), Latin1.lowercase(v) == v else { return false }
                i += 2
            }
            return true
        }
    }

    private static func key(_ s: Substring) -> String { String(s.prefix(2)) }
    fileprivate static func key<C: RandomAccessCollection<UInt32>>(_ s: C) -> UInt64 {
        s.count >= 2 ? UInt64(s[s.startIndex]) << 21 | UInt64(s[s.index(after: s.startIndex)]) : UInt64(s.first ?? 0) | 1 << 63
    }

    /// A word's scalars when every one is below U+0300 (then each is a character of its own).
    private static func plainScalars(_ s: String) -> [UInt32]? { withPlainScalars(s) { Array($0) } }

    /// A match of a term in a text: which words it took.
    struct Hit {
        var term: Term
        var word: String
    }

    /// The terms a text's words match: phrases first (their words are then
    /// taken), then for each other word its most specific stem and the stem
    /// the second part of a compound begins with.
    func hits(in words: [String]) -> [Hit] {
        var out: [Hit] = []
        var taken = [Bool](repeating: false, count: words.count)
        for (i, w) in words.enumerated() where !taken[i] {
            guard let candidates = phrases(startingWith: w) else { continue }
            for p in candidates where i + p.words.count <= words.count {
                var ok = true
                for (k, pw) in p.words.enumerated() {
                    let word = words[i + k]
                    if taken[i + k] || (k == p.words.count - 1 ? !word.hasPrefix(pw) : word != pw) { ok = false; break }
                }
                if ok {
                    for k in 0..<p.words.count { taken[i + k] = true }
                    out.append(Hit(term: p.term, word: TextMatching.joined(words[i..<(i + p.words.count)], separator: " ")))
                    break
                }
            }
        }
        for (i, w) in words.enumerated() where !taken[i] {
            let terms: [Term]
            if let scalarStems, let found = Self.withPlainScalars(w, { scalars in
                Self.stemsOfCompound(length: scalars.count) { scalarStems.longest(at: UnsafeBufferPointer(rebasing: scalars[$0...])) }
            }) {
                terms = found
            } else {
                let starts = Array(w.indices)
                terms = Self.stemsOfCompound(length: starts.count) { longest(at: w[starts[$0]...]) }
            }
            for term in terms { out.append(Hit(term: term, word: w)) }
        }
        return out
    }

    /// The phrases whose first word is `w`: by its bytes where every scalar is below U+0300.
    private func phrases(startingWith w: String) -> [Phrase]? {
        guard let phrasesByBytes else { return phrases[w] }
        var w = w
        let byBytes: [Phrase]?? = w.withUTF8 { b in
            TextMatching.isBelowU0300(b) ? .some(phrasesByBytes.value(of: b)) : .none
        }
        return byBytes ?? phrases[w]
    }

    /// `body` of a word's scalars where every one is below U+0300 (then each is a character
    /// of its own), in a buffer of the stack; nil for any other word. Read off the UTF-8: below
    /// U+0300 a scalar is one byte, or two with a lead below CC (the scalar view cost some
    /// ten instructions a scalar).
    private static func withPlainScalars<R>(_ w: String, _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R? {
        var w = w
        return w.withUTF8 { b in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: b.count) { buffer -> R? in
                var n = 0, i = 0
                while i < b.count {
                    let c = b[i]
                    if c < 0x80 {
                        buffer[n] = UInt32(c); i += 1
                    } else {
                        guard c < TextMatching.firstLeadFromU0300 else { return nil }
                        buffer[n] = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    }
                    n += 1
                }
                return body(UnsafeBufferPointer(rebasing: buffer[..<n]))
            }
        }
    }

    /// A word's longest stem, and the stem the second part of a compound begins with
    /// ("medlems|verving", "nettbrett|kurs"), by character offset into the word.
    private static func stemsOfCompound(length: Int, longest: (Int) -> Term?) -> [Term] {
        var out: [Term] = []
        let first = longest(0)
        if let first { out.append(first) }
        let skip = max(first?.length ?? 0, 3)
        guard length >= skip + 3 else { return out }
        for rest in skip...(length - 3) {
            // Only a term of four letters or more: "ikt" is no part of "oversikt".
            if let second = longest(rest), second.length >= 4 { out.append(second); break }
        }
        return out
    }

    /// The longest term that `word` begins with (an exact term only where it is the whole word).
    private func longest(at word: Substring) -> Term? {
        guard let candidates = stems[Self.key(word)] else { return nil }
        var best: Term?
        for t in candidates where t.length > (best?.length ?? 0) {
            if t.exact ? word == t.text : word.hasPrefix(t.text) { best = t }
        }
        return best
    }
}

/// The one-word stems by their first two scalars (`LexiconMatcher.key`), in an open-addressing
/// table whose stems' scalars stand in one run: a lookup hashes one integer and retains
/// nothing (a Dictionary of arrays hashed each key with SipHash and retained the array it gave).
private final class ScalarStemTable: Sendable {
    private struct Stem: Sendable {
        var start: Int, count: Int, length: Int, exact: Bool, term: Int
    }
    /// A slot's key, or 0 for an empty slot (no key is 0: a word's scalars are never 0).
    private let keys: [UInt64]
    /// A slot's stems: `stems[groups[slot]]`, in the order they were added.
    private let groups: [Range<Int>]
    private let stems: [Stem]
    private let scalars: [UInt32]
    private let terms: [LexiconMatcher.Term]
    private let shift: UInt64

    // A class, so that the closures of a lookup hold one reference, not a copy of its arrays.
    init(_ byKey: [UInt64: [(scalars: [UInt32], term: LexiconMatcher.Term)]]) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * byKey.count { bits += 1 }
        shift = 64 - bits
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var groups = [Range<Int>](repeating: 0..<0, count: 1 << bits)
        var stems: [Stem] = [], scalars: [UInt32] = [], terms: [LexiconMatcher.Term] = []
        for (key, group) in byKey {
            var slot = Self.slot(of: key, shift)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            groups[slot] = stems.count..<(stems.count + group.count)
            for (stemScalars, term) in group {
                stems.append(Stem(start: scalars.count, count: stemScalars.count, length: term.length, exact: term.exact, term: terms.count))
                scalars += stemScalars
                terms.append(term)
            }
        }
        (self.keys, self.groups, self.stems, self.scalars, self.terms) = (keys, groups, stems, scalars, terms)
    }

    private static func slot(of key: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The longest stem a word's scalars begin with (an exact term only where it is the whole word).
    func longest(at word: UnsafeBufferPointer<UInt32>) -> LexiconMatcher.Term? {
        let key = LexiconMatcher.key(word)
        var slot = Self.slot(of: key, shift)
        while keys[slot] != key {
            if keys[slot] == 0 { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
        var best = -1, bestLength = 0
        for k in groups[slot] where stems[k].length > bestLength {
            let stem = stems[k]
            guard stem.exact ? word.count == stem.count : word.count >= stem.count else { continue }
            var j = 0
            while j < stem.count, word[j] == scalars[stem.start + j] { j += 1 }
            if j == stem.count { best = stem.term; bestLength = stem.length }
        }
        return best < 0 ? nil : terms[best]
    }
}
