import Foundation

/// The few patterns with captures (list markers, section numbers, page numbers, the union's
/// name, the branch number, dates), each answered two ways with the same result:
///
/// - for a line of `PlainLine`'s alphabet (nearly every line) by a hand-written scan that
///   takes the regex's path: greedy parts longest first, alternatives in order, Swift's `\d`
///   (any number, "½" too), `\s` (white space) and `\b` (Unicode's default word boundaries);
/// - for any other line by the Swift regex itself, which is the reference.
///
/// Swift compiles a regex literal from its text on first use, and the ten of them cost a
/// fifth of a one-plan process; a scan costs about what reading the line does.
/// LineScanTests holds each scan to its regex on real lines and generated ones.
enum LineScan {
    /// A line that starts with an ASCII character other than a digit (nearly every one),
    /// or none: no pattern anchored at a leading `\d` matches it (no other ASCII character is
    /// a number), and it is answered before its scalars are read.
    private static func startsWithNoDigit(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return true }
        return first < 0x80 && !(0x30...0x39).contains(first)
    }

    /// "1. ", "1.1 ", "2)", "1.Behandle": the number and the text after the marker.
    static func numberedMarker(_ s: String) -> (number: String, rest: String)? {
        if startsWithNoDigit(s) { return nil }
        if let p = PlainLine(s) { return p.numberedMarker() }
        guard let m = s.firstMatch(of: Regexes.numberedMarker) else { return nil }
        return (String(m.1), String(s[m.range.upperBound...]))
    }

    /// "a) …" always, "a. …" before a capital: the letter and the text after the marker.
    static func letteredMarker(_ s: String) -> (letter: String, rest: String)? {
        if let p = PlainLine(s) { return p.letteredMarker() }
        guard let m = s.firstMatch(of: Regexes.letteredMarker) else { return nil }
        return (String(m.1), String(s[m.range.upperBound...]))
    }

    /// "2.1 Heading", "3. Heading": the number and the heading.
    static func leadingNumber(_ s: String) -> (number: String, rest: String)? {
        if startsWithNoDigit(s) { return nil }
        if let p = PlainLine(s) { return p.leadingNumber() }
        guard let m = s.firstMatch(of: Regexes.leadingNumber) else { return nil }
        return (String(m.1), String(s[m.range.upperBound...]))
    }

    /// "3. Organisasjonsbygging": the number and the rest.
    static func numberedSection(_ s: String) -> (number: String, rest: String)? {
        if startsWithNoDigit(s) { return nil }
        if let p = PlainLine(s) { return p.numberedSection() }
        guard let m = s.firstMatch(of: Regexes.numberedSection) else { return nil }
        return (String(m.1), String(m.2))
    }

    /// "1.1 Kreve …", "1.1. Kreve …": the text of a numbered national measure.
    static func nationalMeasure(_ s: String) -> String? {
        if startsWithNoDigit(s) { return nil }
        if let p = PlainLine(s) { return p.nationalMeasure() }
        return s.firstMatch(of: Regexes.nationalMeasure).map { String($0.1) }
    }

    /// "Side 2 av 5", "3/7", "- 4 -" (the whole line).
    static func isPageNumber(_ s: String) -> Bool {
        if let p = PlainLine(s) { return p.isPageNumber() }
        return s.wholeMatch(of: Regexes.pageNumber) != nil
    }

    /// "Fagforbundet Viken fylkesforening avd. 252" → "Viken fylkesforening": the name after
    /// "Fagforbundet", to "avd", "sine", a comma or dash, a year or the end.
    static func unionName(_ s: String) -> String? {
        if let p = PlainLine(s) { return p.unionName() }
        return s.firstMatch(of: Regexes.union).map { String($0.1) }
    }

    /// "avd. 451", "Avdeling 12": the branch number.
    static func branchNumber(_ s: String) -> String? {
        if let p = PlainLine(s) { return p.branchNumber() }
        return s.firstMatch(of: Regexes.branch).map { String($0.1) }
    }

    /// "24.01.2024", "15.2.24": day, month and year as written.
    static func numericDate(_ s: String) -> (day: String, month: String, year: String)? {
        if let p = PlainLine(s) { return p.numericDate() }
        return s.firstMatch(of: Regexes.numericDate).map { (String($0.1), String($0.2), String($0.3)) }
    }

    /// "30. januar 2024": day, month name and year as written.
    static func writtenDate(_ s: String) -> (day: String, month: String, year: String)? {
        if let p = PlainLine(s) { return p.writtenDate() }
        return s.firstMatch(of: Regexes.writtenDate).map { (String($0.1), String($0.2), String($0.3)) }
    }

    /// The months' names in full, in calendar order (vocabulary.tsv's `month`, the first spelling).
    static let monthNames: [String] = PlanWords.active.spellings(.month).compactMap(\.first)
    /// Every spelling of the months, short forms too ("feb", "sept"), longest first.
    static let monthSpellings: [String] = PlanWords.active.all(.month).sorted { ($0.count, $0) > ($1.count, $1) }
}

/// The regexes the scans stand for: the reference in the tests, and the answer for lines
/// outside `PlainLine`'s alphabet. Compiled where they stand, on first use.
enum Regexes {
    /// A number of at most two digits a level (so that "2025, og …" stays text).
    nonisolated(unsafe) static let numberedMarker = #/^(\d{1,2}(?:\.\d{1,2})*)(?:[.)](?:\s+|(?=\D))|\s+)(?=\S)/#
    /// "a. " only before a capital, so that "i. e." stays text.
    nonisolated(unsafe) static let letteredMarker = #/^([a-zæøå])(?:\)\s+|\.\s+(?=\p{Lu}))/#
    nonisolated(unsafe) static let leadingNumber = #/^(\d{1,2}(?:\.\d{1,2})*)\.?\s+/#
    nonisolated(unsafe) static let numberedSection = #/^(\d{1,2})\.?\s+(.+)$/#
    nonisolated(unsafe) static let nationalMeasure = #/^\d{1,2}\.\d{1,2}\.?\s+(.+)$/#
    nonisolated(unsafe) static let pageNumber = #/^(?i)(side|page|s\.)\s*\d{1,3}(\s*(av|of|\/)\s*\d{1,3})?$|^\d{1,3}\s*(av|\/)\s*\d{1,3}$|^[-–]\s*\d{1,3}\s*[-–]$/#
    nonisolated(unsafe) static let union = #/Fagforbundet\s+(\p{Lu}[\p{L}\-]*(?:\s+(?:\p{Lu}[\p{L}\-]*|fylkesforening|fagforening|fagforeining))*)(?=\s+(?i:avd|avdeling|sine)\b|\s*[,–—]|\s+-\s|\s+\d{4}\b|\s*$)/#
    nonisolated(unsafe) static let branch = #/(?i)\bavd(?:eling)?\.?\s*(\d{1,4})\b/#
    nonisolated(unsafe) static let numericDate = #/\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b/#
    nonisolated(unsafe) static let writtenDate = try! Regex(
        #"(?i)\b(\d{1,2})\.?\s+("# + LineScan.monthSpellings.map(NSRegularExpression.escapedPattern).joined(separator: "|") + #")\.?\s+(\d{4})\b"#,
        as: (Substring, Substring, Substring, Substring).self)
}

/// A line of ASCII, Latin-1 (not the soft hyphen), common typographic punctuation (– — ‘ ’
/// “ ” • …), arrows and geometric shapes (→ ● ○ ▪), without line breaks. In it every
/// character is one scalar, so Swift's Regex reads it scalar by scalar, and its word
/// boundaries follow from a few rules (`isWordBoundary`).
struct PlainLine {
    private let s: [UInt32]
    private var n: Int { s.count }

    init?(_ text: String) {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard Self.isPlain(v) else { return nil }
            out.append(v)
        }
        s = out
    }

    static func isPlain(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x20 && v != 0x7F || v == 0x09 }
        if v < 0x100 { return v >= 0xA0 && v != 0xAD }
        // Arrows and shapes are other characters to every scan, as to the regexes: a line of
        // "○ Trinn 1 og 2" is read here too, without compiling a regex.
        return [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026].contains(v) || TextMatching.isShapeOrArrow(v)
    }

    private func text(_ from: Int, _ to: Int) -> String {
        String(scalars: s[from..<to].lazy.map { Unicode.Scalar($0)! })
    }

    // MARK: Classes, as Swift's Regex reads them on such a line

    /// `\d`: any number (Character.isNumber): 0–9, and ¹ ² ³ ¼ ½ ¾.
    private func isDigit(_ i: Int) -> Bool { i < n && Latin1.isNumber(s[i]) }
    /// `\s`: white space (tab, space, no-break space).
    private func isSpace(_ i: Int) -> Bool { i < n && (s[i] == 0x20 || s[i] == 0x09 || s[i] == 0xA0) }
    private func isLetter(_ i: Int) -> Bool { i < n && Latin1.isLetter(s[i]) }
    /// `\p{Lu}`.
    private func isUpper(_ i: Int) -> Bool { i < n && Latin1.isUppercase(s[i]) }
    /// The index after a run of `\s` from i (i itself when there is none).
    private func spaces(_ i: Int) -> Int { var k = i; while isSpace(k) { k += 1 }; return k }
    private func digits(_ i: Int) -> Int { var k = i; while isDigit(k) { k += 1 }; return k }

    /// Whether `word` (lower-case ASCII) stands at i, in either case.
    private func has(_ word: StaticString, at i: Int, ignoringCase: Bool = true) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= n else { return false }
        for k in 0..<count {
            var v = s[i + k]
            if ignoringCase, (0x41...0x5A).contains(v) { v |= 0x20 }
            if v != UInt32(word.utf8Start[k]) { return false }
        }
        return true
    }

    /// `\b`: a boundary of Unicode's default word segmentation (UAX #29) at i, by its rules
    /// for the characters of this alphabet (WB1–WB3d, WB5–WB13b); always at the ends.
    func isWordBoundary(_ i: Int) -> Bool {
        if i <= 0 || i >= n { return true }
        let a = Self.category(s[i - 1]), b = Self.category(s[i])
        let before = i >= 2 ? Self.category(s[i - 2]) : .other
        let after = i + 1 < n ? Self.category(s[i + 1]) : .other
        switch (a, b) {
        case (.space, .space), (.letter, .letter), (.number, .number), (.letter, .number), (.number, .letter): return false
        case (.letter, .midLetter), (.letter, .midNumLet): if after == .letter { return false }
        case (.midLetter, .letter), (.midNumLet, .letter): if before == .letter { return false }
        case (.midNum, .number), (.midNumLet, .number): if before == .number { return false }
        case (.number, .midNum), (.number, .midNumLet): if after == .number { return false }
        case (.letter, .extendNumLet), (.number, .extendNumLet), (.extendNumLet, .extendNumLet),
             (.extendNumLet, .letter), (.extendNumLet, .number): return false
        default: break
        }
        return true
    }

    private enum WordCategory { case letter, number, midLetter, midNum, midNumLet, extendNumLet, space, other }

    /// The Word_Break property: MidNumLet includes the apostrophe (Single_Quote, which the
    /// rules treat alike where there is no Hebrew).
    private static func category(_ v: UInt32) -> WordCategory {
        // The cedilla (U+00B8) is a letter to word segmentation, though not to \p{L}.
        if Latin1.isLetter(v) || v == 0xB8 { return .letter }
        switch v {
        case 0x30...0x39: return .number
        case 0x3A, 0xB7: return .midLetter
        case 0x2C, 0x3B: return .midNum
        case 0x2E, 0x27, 0x2018, 0x2019: return .midNumLet
        case 0x5F: return .extendNumLet
        case 0x20: return .space
        default: return .other
        }
    }

    // MARK: The scans

    /// `^(\d{1,2}(?:\.\d{1,2})*)` and then `tail` at its end: the greedy path first, then each
    /// shorter one, as the regex backtracks. Returns the number's end and tail's answer.
    private func dottedNumber<T>(_ tail: (Int) -> T?) -> (Int, T)? {
        func levels(_ i: Int) -> (Int, T)? {
            if i < n, s[i] == 0x2E {
                for length in [2, 1] where digits(i + 1) - (i + 1) >= length {
                    if let r = levels(i + 1 + length) { return r }
                }
            }
            return tail(i).map { (i, $0) }
        }
        for length in [2, 1] where digits(0) >= length {
            if let r = levels(length) { return r }
        }
        return nil
    }

    func numberedMarker() -> (number: String, rest: String)? {
        // (?:[.)](?:\s+|(?=\D))|\s+)(?=\S): the spaces run to a non-space (fewer leave a space
        // next); a digit right after the stop makes a date ("31.12.2026"), not a marker.
        let found = dottedNumber { i -> Int? in
            if i < n, s[i] == 0x2E || s[i] == 0x29 { let k = spaces(i + 1); if k < n, k > i + 1 || !(0x30...0x39).contains(s[k]) { return k } }
            let k = spaces(i)
            return k > i && k < n ? k : nil
        }
        return found.map { (text(0, $0.0), text($0.1, n)) }
    }

    func letteredMarker() -> (letter: String, rest: String)? {
        guard n > 0, (0x61...0x7A).contains(s[0]) || s[0] == 0xE6 || s[0] == 0xF8 || s[0] == 0xE5, n > 1 else { return nil }
        let k = spaces(2)
        guard k > 2 else { return nil }
        if s[1] == 0x29 || (s[1] == 0x2E && isUpper(k)) { return (text(0, 1), text(k, n)) }
        return nil
    }

    func leadingNumber() -> (number: String, rest: String)? {
        // \.?\s+ : with the period if there is one, then without.
        let found = dottedNumber { i -> Int? in
            if i < n, s[i] == 0x2E { let k = spaces(i + 1); if k > i + 1 { return k } }
            let k = spaces(i)
            return k > i ? k : nil
        }
        return found.map { (text(0, $0.0), text($0.1, n)) }
    }

    /// `\.?\s+(.+)$` from i: the rest, which the spaces leave at least one character for.
    private func spacedRest(_ i: Int) -> Int? {
        for start in (s.indices.contains(i) && s[i] == 0x2E ? [i + 1, i] : [i]) {
            let k = spaces(start)
            guard k > start else { continue }
            if k < n { return k }
            if k - 1 > start { return k - 1 }
        }
        return nil
    }

    func numberedSection() -> (number: String, rest: String)? {
        for length in [2, 1] where digits(0) >= length {
            if let k = spacedRest(length) { return (text(0, length), text(k, n)) }
        }
        return nil
    }

    func nationalMeasure() -> String? {
        for first in [2, 1] where digits(0) >= first {
            guard first < n, s[first] == 0x2E else { continue }
            for second in [2, 1] where digits(first + 1) - (first + 1) >= second {
                if let k = spacedRest(first + 1 + second) { return text(k, n) }
            }
        }
        return nil
    }

    func isPageNumber() -> Bool {
        /// \d{1,3} from i, the run no longer than three (a longer one fails what follows).
        func number(_ i: Int) -> Int? { let k = digits(i); return k > i && k - i <= 3 ? k : nil }
        // (side|page|s\.)\s*\d{1,3}(\s*(av|of|\/)\s*\d{1,3})?
        for (word, length) in [("side", 4), ("page", 4), ("s.", 2)] as [(StaticString, Int)] where has(word, at: 0) {
            guard let k = number(spaces(length)) else { continue }
            if k == n { return true }
            let j = spaces(k)
            if j < n, has("av", at: j) || has("of", at: j) || s[j] == 0x2F,
               let end = number(spaces(j + (s[j] == 0x2F ? 1 : 2))), end == n { return true }
        }
        // \d{1,3}\s*(av|\/)\s*\d{1,3}
        if let k = number(0) {
            let j = spaces(k)
            if j < n, has("av", at: j) || s[j] == 0x2F, let end = number(spaces(j + (s[j] == 0x2F ? 1 : 2))), end == n { return true }
        }
        // [-–]\s*\d{1,3}\s*[-–]
        if n > 0, s[0] == 0x2D || s[0] == 0x2013, let k = number(spaces(1)) {
            let j = spaces(k)
            if j == n - 1, s[j] == 0x2D || s[j] == 0x2013 { return true }
        }
        return false
    }

    func unionName() -> String? {
        var start = 0
        while start + 12 <= n {
            defer { start += 1 }
            guard has("Fagforbundet", at: start, ignoringCase: false) else { continue }
            let first = spaces(start + 12)
            guard first > start + 12, isUpper(first) else { continue }
            // The words, each as long as it goes: a capitalised word of letters and hyphens, or
            // one of three lower-case words. A shorter word never helps what follows it.
            func word(_ i: Int) -> Int? {
                if isUpper(i) { var k = i + 1; while isLetter(k) || (k < n && s[k] == 0x2D) { k += 1 }; return k }
                for w in ["fylkesforening", "fagforening", "fagforeining"] as [StaticString] where has(w, at: i, ignoringCase: false) {
                    return i + w.utf8CodeUnitCount
                }
                return nil
            }
            var ends: [Int] = []
            var i = first
            while let end = word(i) {
                ends.append(end)
                let k = spaces(end)
                guard k > end else { break }
                i = k
            }
            for end in ends.reversed() where followedByEnd(end) { return text(first, end) }
        }
        return nil
    }

    /// The union pattern's look-ahead at i.
    private func followedByEnd(_ i: Int) -> Bool {
        let k = spaces(i)
        if k > i {
            for w in ["avd", "avdeling", "sine"] as [StaticString] where has(w, at: k) && isWordBoundary(k + w.utf8CodeUnitCount) { return true }
        }
        if k < n, s[k] == 0x2C || s[k] == 0x2013 || s[k] == 0x2014 { return true }
        if k > i, k + 1 < n, s[k] == 0x2D, isSpace(k + 1) { return true }
        if k > i, digits(k) - k >= 4, isWordBoundary(k + 4) { return true }
        return k == n
    }

    func branchNumber() -> String? {
        for start in 0..<n where has("avd", at: start) && isWordBoundary(start) {
            for afterWord in (has("eling", at: start + 3) ? [start + 8, start + 3] : [start + 3]) {
                for afterDot in (afterWord < n && s[afterWord] == 0x2E ? [afterWord + 1, afterWord] : [afterWord]) {
                    let k = spaces(afterDot)
                    for length in stride(from: min(4, digits(k) - k), through: 1, by: -1) where isWordBoundary(k + length) {
                        return text(k, k + length)
                    }
                }
            }
        }
        return nil
    }

    func numericDate() -> (day: String, month: String, year: String)? {
        for start in 0..<n where isDigit(start) && isWordBoundary(start) {
            for d in [2, 1] where digits(start) - start >= d && start + d < n && s[start + d] == 0x2E {
                let m0 = start + d + 1
                for m in [2, 1] where digits(m0) - m0 >= m && m0 + m < n && s[m0 + m] == 0x2E {
                    let y0 = m0 + m + 1
                    for y in [4, 2] where digits(y0) - y0 >= y && isWordBoundary(y0 + y) {
                        return (text(start, start + d), text(m0, m0 + m), text(y0, y0 + y))
                    }
                }
            }
        }
        return nil
    }

    func writtenDate() -> (day: String, month: String, year: String)? {
        for start in 0..<n where isDigit(start) && isWordBoundary(start) {
            for d in [2, 1] where digits(start) - start >= d {
                for afterDot in (start + d < n && s[start + d] == 0x2E ? [start + d + 1, start + d] : [start + d]) {
                    let m0 = spaces(afterDot)
                    guard m0 > afterDot else { continue }
                    for name in LineScan.monthSpellings where matchesIgnoringCase(name, at: m0) {
                        // "feb. 2024": a short form's stop.
                        let end = m0 + name.unicodeScalars.count
                        let afterName = end < n && s[end] == 0x2E ? end + 1 : end
                        let y0 = spaces(afterName)
                        if y0 > afterName, digits(y0) - y0 >= 4, isWordBoundary(y0 + 4) {
                            return (text(start, start + d), text(m0, end), text(y0, y0 + 4))
                        }
                    }
                }
            }
        }
        return nil
    }

    private func matchesIgnoringCase(_ word: String, at i: Int) -> Bool {
        var k = i
        for b in word.utf8 {
            guard k < n else { return false }
            var v = s[k]
            if (0x41...0x5A).contains(v) { v |= 0x20 }
            if v != UInt32(b) { return false }
            k += 1
        }
        return true
    }
}
