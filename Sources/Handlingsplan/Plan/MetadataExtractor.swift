import Foundation

/// Plan metadata from the title block and the text: union, branch, title,
/// period, adoption date, language. What the document does not state stays nil.
enum MetadataExtractor {
    static func extract(_ blocks: [Block]) -> PlanMetadata {
        let lines = blocks.flatMap { block -> [String] in
            if case let .table(t) = block.kind { return t.rows.flatMap { $0.filledCells.map(\.text) } }
            return [block.text]
        }
        var meta = PlanMetadata()
        let headingLike = lines.filter { TextMatching.hasAtMost($0, 90) && !TextMatching.endsWith($0, ascii: UInt8(ascii: ".")) }

        for line in headingLike {
            // Each pattern is tried only on lines that have its words: a regex costs microseconds a
            // line, a byte scan nanoseconds, and most lines have none of them.
            if meta.union == nil, TextMatching.containsASCII(line, "fagforbundet") {
                // A title in capitals ("FAGFORBUNDET SUNNFJORD AVD. 451") is read in normal case.
                let normal = line == line.uppercased() && line.contains(where: \.isLetter) ? line.capitalized : line
                if let name = LineScan.unionName(normal) {
                    meta.union = "Fagforbundet " + name
                    if TextMatching.containsASCII(line, "avd"), let b = LineScan.branchNumber(line) { meta.branch = b }
                }
            }
            // The title in any case: "Handlingsplan 2025", "HANDLINGSPLAN 2026–2027".
            if meta.title == nil, TextMatching.hasPrefixIgnoringASCIICase(line, "handlingsplan")
                || TextMatching.hasPrefixIgnoringASCIICase(line, "tiltaksplan") {
                meta.title = title(from: line)
            }
        }
        if meta.branch == nil {
            meta.branch = headingLike.lazy.filter { TextMatching.containsASCII($0, "avd") }
                .compactMap(LineScan.branchNumber).first
        }
        // The period: the title's ("Handlingsplan 2024–2025", "Handlingsplan 2025"), else the first
        // range in the text (a range later on may be the national plan's: "Hovedmål 2024–2025").
        for line in headingLike where TextMatching.containsASCII(line, "plan") && WordScan.containsWord(line, titleWords) {
            if let (from, to) = period(in: line) ?? singleYear(in: line) { meta.periodFrom = from; meta.periodTo = to; break }
        }
        if meta.periodFrom == nil {
            for line in lines {
                if let (from, to) = period(in: line) { meta.periodFrom = from; meta.periodTo = to; break }
            }
        }
        // A date has ASCII digits (those Int reads): a paragraph without one is not scanned for the words.
        for line in lines where (TextMatching.containsASCII(line, "vedt") || TextMatching.containsASCII(line, "godkj"))
            && TextMatching.withBytes(of: line[...], TextMatching.containsDigit) && WordScan.containsWord(line, adoptedWords) {
            if let date = date(in: line) { meta.adopted = date; break }
        }
        meta.language = language(of: lines)
        return meta
    }


    /// The title line, whole ("Handlingsplan for Fagforbundet Ørland avd. 321, 2024–2025"), except where the
    /// branch's name follows the title as a cell of its own ("Handlingsplan/tiltaksplan     Fagforbundet Ås").
    private static func title(from line: String) -> String {
        let words = TextCleaning.clean(line).split(separator: " ")
        guard let i = words.firstIndex(of: "Fagforbundet"), i > 0, !["for", "til", "i"].contains(words[i - 1].lowercased()) else {
            return TextMatching.joined(words, separator: " ")
        }
        return TextMatching.joined(words[..<i], separator: " ")
    }
    private static let titleWords = WordScan.WordList(PlanWords.active.all(.planTitle))
    private static let adoptedWords = WordScan.WordList(PlanWords.active.all(.adoptedWord))

    /// "2024–2025", "2024 - 2026": a plan period of at most four years.
    private static func period(in line: String) -> (Int, Int)? {
        guard TextMatching.containsASCII(line, "20"), let (from, to) = WordScan.yearRange(line), to >= from, to - from <= 4 else { return nil }
        return (from, to)
    }

    /// "Handlingsplan 2025": one year, where the title line has exactly one.
    private static func singleYear(in line: String) -> (Int, Int)? {
        let years = WordScan.years(line)
        return years.count == 1 ? (years[0], years[0]) : nil
    }


    /// "24.01.2024", "30. januar 2024" → ISO date.
    static func date(in text: String) -> String? {
        if let m = LineScan.numericDate(text), let d = Int(m.day), let mo = Int(m.month), let y = Int(m.year) {
            // "15.2.24": a two-digit year is this century's.
            return iso(y < 100 ? 2000 + y : y, mo, d)
        }
        // "30/1-2025", "30/1/25": day and month parted by a slash.
        if let m = text.firstMatch(of: slashDate), let d = Int(m.1), let mo = Int(m.2), let y = Int(m.3) {
            return iso(y < 100 ? 2000 + y : y, mo, d)
        }
        if let m = LineScan.writtenDate(text),
           let d = Int(m.day), let mo = FieldValue.month(m.month.lowercased()), let y = Int(m.year) {
            return iso(y, mo, d)
        }
        // "2024-02-12": ISO 8601, as a form or a system writes it.
        if let m = text.firstMatch(of: isoDate), let y = Int(m.1), let mo = Int(m.2), let d = Int(m.3) {
            return iso(y, mo, d)
        }
        return nil
    }

    nonisolated(unsafe) private static let slashDate = #/\b(\d{1,2})/(\d{1,2})[-/.](\d{4}|\d{2})\b/#
    nonisolated(unsafe) private static let isoDate = #/\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/#

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        return digits(y, 4) + "-" + digits(m, 2) + "-" + digits(d, 2)
    }

    /// `n` (not negative) with leading zeros to `width` digits, like %0*d; String(format:)
    /// would cost a few varargs conformance lookups at first use in every process.
    private static func digits(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.utf8.count < width ? String(repeating: "0", count: width - s.utf8.count) + s : s
    }

    /// Nynorsk or bokmål by words that only one of them uses.
    static func language(of lines: [String]) -> Language? {
        var nn = 0, nb = 0
        for line in lines {
            // Words looked up as bytes (the word lists are NFC, as such a line is); other lines as Strings.
            let scanned = TextMatching.forEachWordBytes(line) { w, hash in
                switch languageWords.value(of: w, hash: hash) {
                case .nynorsk?: nn += 1
                case .bokmal?: nb += 1
                case nil: break
                }
            }
            if scanned { continue }
            for w in TextMatching.words(line) {
                if nynorskWords.contains(w) { nn += 1 } else if bokmalWords.contains(w) { nb += 1 }
            }
        }
        if nn == 0 && nb == 0 { return nil }
        return nn > nb ? .nynorsk : .bokmal
    }

    /// The words of both lists by their bytes; nynorsk last, so that it wins for a word on both.
    private static let languageWords = ByteWordTable<Language>(
        bokmalWords.sorted().map { ($0, .bokmal) } + nynorskWords.sorted().map { ($0, .nynorsk) })
    private static let nynorskWords: Set<String> = ["ikkje", "eg", "dei", "fagforeininga", "tilsette", "tenester", "medlemmar", "kva", "korleis",
        "frå", "vere", "heile", "mykje", "berre", "desse", "sjå", "utfordringar", "eit", "ein", "òg", "tillitsvalde", "saman",
        "arbeidsgjevar", "arbeidsgjevarar", "offentlege", "eigne", "eigenregi", "fleire", "difor", "likeløn", "løn", "vert", "hovudmål"]
    private static let bokmalWords: Set<String> = ["ikke", "jeg", "fagforeningen", "ansatte", "tjenester", "medlemmer", "hva", "hvordan", "fra",
        "være", "hele", "mye", "bare", "disse", "utfordringer", "et", "en", "også", "tillitsvalgte", "sammen", "arbeidsgiver", "offentlige",
        "egne", "egenregi", "flere", "derfor", "likelønn", "lønn", "hovedmål"]
}

/// Words and years found by scanning characters, for the metadata: what regexes with `\b`
/// did at a fraction of the cost (Unicode word boundaries are costly to find). A word
/// boundary here is the edge of a run of letters and digits.
enum WordScan {
    /// Letters, digits and "_"; ideographs are words of their own (as in Unicode's word
    /// boundaries), so "2007年" has a boundary after the year.
    private static func isWordCharacter(_ c: Character) -> Bool {
        (c.isLetter && c.unicodeScalars.first?.properties.isIdeographic != true) || c.isNumber || c == "_"
    }

    /// Lower-case words to look for, with their scalars ready for the Latin-1 search.
    struct WordList: ExpressibleByArrayLiteral, Sendable {
        let words: [String]
        let scalars: [[UInt32]]
        /// The Latin-1 scalars a word begins with: at every other place of a text no word is compared.
        let firsts: [Bool]
        init(arrayLiteral words: String...) { self.init(words) }

        init(_ words: [String]) {
            self.words = words
            scalars = words.map { $0.unicodeScalars.map(\.value) }
            var firsts = [Bool](repeating: false, count: 0x100)
            for w in scalars { if let f = w.first, f < 0x100 { firsts[Int(f)] = true } }
            self.firsts = firsts
        }
    }

    /// Whether one of `words` (lower case) stands in `text` as a whole word, in any case.
    static func containsWord(_ text: String, _ words: WordList) -> Bool {
        // Read scalar by scalar where each is a character of its own (`scalars(of:)`: Latin-1,
        // lower-cased one by one, and general punctuation such as the en dash of "2024–2025"),
        // with the character tests written out; any other text character by character (which
        // cost a third of a million instructions a paragraph).
        guard var lowered = scalars(of: text) else { return containsWordByCharacters(text, words) }
        for i in lowered.indices where lowered[i] < 0x100 { lowered[i] = Latin1.lowercase(lowered[i]) }
        return lowered.withUnsafeBufferPointer { s in
            // One pass: the words are compared only where one of them begins.
            for i in s.indices where s[i] < 0x100 && words.firsts[Int(s[i])] {
                for w in words.scalars where w[0] == s[i] && i + w.count <= s.count {
                    var k = 1
                    while k < w.count, s[i + k] == w[k] { k += 1 }
                    if k == w.count, i == 0 || !isWordScalar(s[i - 1]), i + k == s.count || !isWordScalar(s[i + k]) { return true }
                }
            }
            return false
        }
    }

    /// `isWordCharacter` of a Latin-1 scalar (a character of its own).
    private static func isWordScalar(_ v: UInt32) -> Bool { Latin1.isLetter(v) || Latin1.isNumber(v) || v == 0x5F }

    /// Whether one of `words` stands in `chars` with no word character on either side.
    private static func find<C: Equatable>(_ words: [[C]], in chars: [C], _ isWordCharacter: (C) -> Bool) -> Bool {
        for w in words {
            guard let first = w.first, chars.count >= w.count else { continue }
            for start in 0...(chars.count - w.count) where chars[start] == first {
                guard chars[start..<(start + w.count)].elementsEqual(w) else { continue }
                let before = start == 0 || !isWordCharacter(chars[start - 1])
                let after = start + w.count == chars.count || !isWordCharacter(chars[start + w.count])
                if before && after { return true }
            }
        }
        return false
    }

    /// A text's scalars where each is a character of its own that the word and year scans can
    /// read written out: Latin-1 but CR (CR LF is one character), and general punctuation
    /// (U+2000–U+206F: the en dash, the spaces; no letter or number among them) but the
    /// joiners U+200C and U+200D. Nil otherwise.
    static func scalars(of text: String) -> [UInt32]? {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard (v < 0x100 && v != 0x0D) || ((0x2000...0x206F).contains(v) && v != 0x200C && v != 0x200D) else { return nil }
            out.append(v)
        }
        return out
    }

    /// `Character.isWhitespace` of such a scalar (Unicode's White_Space).
    private static func isWhitespaceScalar(_ v: UInt32) -> Bool {
        (0x09...0x0D).contains(v) || v == 0x20 || v == 0x85 || v == 0xA0 || (0x2000...0x200A).contains(v)
            || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
    }

    /// `yearsWithEnds` on such scalars (none of U+2000–U+206F is a word character).
    private static func yearsWithEnds(_ s: [UInt32]) -> [(year: Int, start: Int, end: Int)] {
        func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
        func isWord(_ v: UInt32) -> Bool { v < 0x100 && isWordScalar(v) }
        var out: [(Int, Int, Int)] = []
        var i = 0
        while i + 4 <= s.count {
            if s[i] == 0x32, s[i + 1] == 0x30, isDigit(s[i + 2]), isDigit(s[i + 3]),
               i == 0 || !isWord(s[i - 1]), i + 4 == s.count || !isWord(s[i + 4]) {
                out.append((2000 + Int(s[i + 2] - 0x30) * 10 + Int(s[i + 3] - 0x30), i, i + 4))
                i += 4
            } else {
                i += 1
            }
        }
        return out
    }

    /// The four-digit years 20xx standing alone in `text`, with where each ends.
    private static func yearsWithEnds(_ chars: [Character]) -> [(year: Int, start: Int, end: Int)] {
        var out: [(Int, Int, Int)] = []
        var i = 0
        while i + 4 <= chars.count {
            if chars[i] == "2", chars[i + 1] == "0", chars[i + 2].isASCII, chars[i + 2].isNumber, chars[i + 3].isASCII, chars[i + 3].isNumber,
               i == 0 || !isWordCharacter(chars[i - 1]), i + 4 == chars.count || !isWordCharacter(chars[i + 4]),
               let year = Int(String(chars[i..<(i + 4)])) {
                out.append((year, i, i + 4))
                i += 4
            } else {
                i += 1
            }
        }
        return out
    }

    static func years(_ text: String) -> [Int] {
        guard let s = scalars(of: text) else { return yearsByCharacters(text) }
        return yearsWithEnds(s).map(\.year)
    }

    /// The first "2024–2025" or "2024 - 2026": two years joined by a hyphen or an en dash.
    static func yearRange(_ text: String) -> (Int, Int)? {
        guard let s = scalars(of: text) else { return yearRangeByCharacters(text) }
        return firstRange(s, yearsWithEnds(s), isWhitespace: isWhitespaceScalar, dashes: [0x2D, 0x2013])
    }

    /// `yearRange` character by character, for any text (and the reference of the scalar path).
    static func yearRangeByCharacters(_ text: String) -> (Int, Int)? {
        let chars = Array(text)
        return firstRange(chars, yearsWithEnds(chars), isWhitespace: \.isWhitespace, dashes: ["-", "–"])
    }

    /// The first two neighbouring `years` with white space and exactly one of `dashes` between them.
    private static func firstRange<C: Equatable>(_ text: [C], _ years: [(year: Int, start: Int, end: Int)],
                                                 isWhitespace: (C) -> Bool, dashes: [C]) -> (Int, Int)? {
        // By index: a zip of the years made its iterator's type at run time (two conformance scans).
        for k in years.indices.dropLast() {
            let (a, b) = (years[k], years[k + 1])
            let between = text[a.end..<b.start].filter { !isWhitespace($0) }
            if between.count == 1, dashes.contains(between[0]) { return (a.year, b.year) }
        }
        return nil
    }

    /// `years` character by character (the reference of the scalar path).
    static func yearsByCharacters(_ text: String) -> [Int] { yearsWithEnds(Array(text)).map(\.year) }

    /// `containsWord` character by character (the reference of the Latin-1 path).
    static func containsWordByCharacters(_ text: String, _ words: WordList) -> Bool {
        find(words.words.map(Array.init), in: Array(text.lowercased()), isWordCharacter)
    }
}

