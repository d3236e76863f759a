import Foundation

/// A case-insensitive regular expression compiled once from the data module.
///
/// Most of the vocabulary's patterns are anchored at the start (`^(hovedmål|…)`), and most
/// lines of a plan start with a letter none of their words starts with. So the letters a
/// match can start with are worked out from the pattern once, and a line starting with
/// another letter is answered without the regex (bridging a Swift string to ICU costs
/// microseconds, the test nanoseconds). Only plain ASCII letters and æøå are judged that
/// way; any other first character goes to the regex, which has the last word.
struct Pattern: @unchecked Sendable {
    /// The regex, compiled when a text first passes the quick tests (many patterns never
    /// need it in a run: compiling them all cost a fifth of a one-plan process).
    private let regex: LazyRegex
    /// The lower-case first letters of every match, or nil when the pattern does not say.
    let firstLetters: Set<Character>?
    /// Texts one of which every match contains (their UTF-8 bytes folded as `FoldedText`
    /// folds them), or nil when the pattern does not say.
    let requiredTexts: [[UInt8]]?

    init(_ pattern: String) {
        regex = LazyRegex(pattern)
        firstLetters = PatternStart.firstLetters(of: pattern)
        requiredTexts = PatternStart.requiredTexts(of: pattern)?.map { FoldedText.fold(Array($0.utf8)) }
    }

    func matches(_ s: String) -> Bool { matches(MatchText(s)) }

    /// The same, for a text prepared once for several patterns.
    func matches(_ t: MatchText) -> Bool {
        if let firstLetters, let first = t.firstLetter, !firstLetters.contains(first) {
            return false
        }
        if let requiredTexts, let folded = t.folded, !requiredTexts.contains(where: folded.contains) {
            return false
        }
        return regexMatches(t.text)
    }

    /// The regex alone, without the first-letter test (the tests compare the two).
    func regexMatches(_ s: String) -> Bool {
        regex.compiled.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }
}

/// An NSRegularExpression compiled on first use, once, from any thread.
final class LazyRegex: @unchecked Sendable {
    private let source: String
    private let lock = NSLock()
    // NSRegularExpression is immutable and thread-safe once built.
    private var regex: NSRegularExpression?

    init(_ source: String) { self.source = source }

    var compiled: NSRegularExpression {
        lock.lock(); defer { lock.unlock() }
        if let regex { return regex }
        // The patterns are constants of this package: a bad one is a bug, found by any test
        // (PatternTests compiles every one).
        let made = try! NSRegularExpression(pattern: source, options: [.caseInsensitive])
        regex = made
        return made
    }
}

/// The letters a pattern's matches start with, read off the pattern: every top-level
/// alternative must start with `^` and then a letter or a group of alternatives that each
/// start with one (`\b` and `(?:`, `(?i:` are looked through). Anything else (a class, an
/// escape, an optional first part) gives nil: no first-letter test for that pattern.
enum PatternStart {
    static func judged(_ c: Character) -> Bool {
        (c.isASCII && c.isLetter) || "æøåÆØÅ".contains(c)
    }

    static func firstLetters(of pattern: String) -> Set<Character>? {
        let chars = Array(pattern)
        var letters: Set<Character> = []
        for alternative in topLevelAlternatives(chars) {
            guard alternative.first == "^", let set = start(Array(alternative.dropFirst())) else { return nil }
            letters.formUnion(set)
        }
        return letters.isEmpty ? nil : letters
    }

    /// The first letters of a sequence, or nil if it can start otherwise (or be empty).
    private static func start(_ s: [Character]) -> Set<Character>? {
        var i = 0
        while i + 1 < s.count, s[i] == "\\", s[i + 1] == "b" { i += 2 }
        guard i < s.count else { return nil }
        let c = s[i]
        if c == "(" {
            guard let close = matchingParen(s, i) else { return nil }
            if close + 1 < s.count, "?*{".contains(s[close + 1]) { return nil }
            var inner = Array(s[(i + 1)..<close])
            if inner.starts(with: ["?", ":"]) { inner.removeFirst(2) } else if inner.starts(with: ["?", "i", ":"]) { inner.removeFirst(3) } else if inner.first == "?" { return nil }
            var set: Set<Character> = []
            for alternative in topLevelAlternatives(inner) {
                guard let first = start(alternative) else { return nil }
                set.formUnion(first)
            }
            return set.isEmpty ? nil : set
        }
        guard judged(c) else { return nil }
        if i + 1 < s.count, "?*{".contains(s[i + 1]) { return nil }
        return [Character(c.lowercased())]
    }

    private static func matchingParen(_ s: [Character], _ open: Int) -> Int? {
        var depth = 0, i = open
        while i < s.count {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == "[" { i = classEnd(s, i) }
            if i >= s.count { return nil }
            if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1; if depth == 0 { return i } }
            i += 1
        }
        return nil
    }

    /// Texts one of which stands in every match, read off the pattern: the longest run of
    /// plain letters and spaces no quantifier makes optional, or, for a group of
    /// alternatives, one such text from each. Only letters, digits, spaces and the
    /// punctuation below are taken as themselves; anything else ends a run.
    static func requiredTexts(of pattern: String) -> [String]? {
        var out: [String] = []
        for alternative in topLevelAlternatives(Array(pattern)) {
            guard let texts = required(alternative) else { return nil }
            out += texts
        }
        return out.isEmpty ? nil : out
    }

    private static func required(_ s: [Character]) -> [String]? {
        var best: [String]? = nil
        func consider(_ texts: [String]) {
            // A single long text beats a set of them; among sets, the one whose shortest is longest.
            let score = (texts.map(\.count).min() ?? 0) * 2 - (texts.count > 1 ? 1 : 0)
            let bestScore = best.map { ($0.map(\.count).min() ?? 0) * 2 - ($0.count > 1 ? 1 : 0) } ?? 0
            if score > bestScore { best = texts }
        }
        var run = ""
        func endRun() { if !run.isEmpty { consider([run]); run = "" } }
        func optional(_ after: Int) -> Bool { after < s.count && "?*{".contains(s[after]) }
        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case "(":
                guard let close = matchingParen(s, i) else { return best }
                endRun()
                if !optional(close + 1) {
                    var inner = Array(s[(i + 1)..<close])
                    if inner.starts(with: ["?", ":"]) { inner.removeFirst(2) } else if inner.first == "?" { inner = [] }
                    var texts: [String] = []
                    var all = !inner.isEmpty
                    for alternative in topLevelAlternatives(inner) {
                        guard all, let t = required(alternative) else { all = false; break }
                        texts += t
                    }
                    if all, !texts.isEmpty { consider(texts) }
                }
                i = close + 1
            case "\\":
                // "\." and "\-" stand for themselves; "\b" is no character; any other escape ends the run.
                if i + 1 < s.count, ".-".contains(s[i + 1]), !optional(i + 2) { run.append(s[i + 1]) }
                else if i + 1 < s.count, s[i + 1] == "b" {} else { endRun() }
                i += 2
            case "[":
                endRun(); i = classEnd(s, i) + 1
            case "^", "$":
                endRun(); i += 1
            default:
                if (c.isLetter || c.isNumber || " ,:-".contains(c)), !optional(i + 1) {
                    run += c.lowercased()
                } else {
                    endRun()
                }
                i += 1
            }
            // A quantifier after a group or class is skipped with what it quantifies.
            while i < s.count, "?*+".contains(s[i]) { i += 1 }
            if i < s.count, s[i] == "{" { while i < s.count, s[i] != "}" { i += 1 }; i += 1 }
        }
        endRun()
        return best
    }

    /// The index of the "]" that closes the class opened at `open` (escapes inside skipped).
    private static func classEnd(_ s: [Character], _ open: Int) -> Int {
        var i = open + 1
        if i < s.count, s[i] == "^" { i += 1 }
        if i < s.count, s[i] == "]" { i += 1 }
        while i < s.count, s[i] != "]" { i += s[i] == "\\" ? 2 : 1 }
        return i
    }

    private static func topLevelAlternatives(_ s: [Character]) -> [[Character]] {
        var out: [[Character]] = [[]]
        var depth = 0, i = 0
        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count { out[out.count - 1] += [c, s[i + 1]]; i += 2; continue }
            if c == "[" {
                // A character class: copied whole, its "|" and ")" are no syntax.
                let end = classEnd(s, i)
                out[out.count - 1] += s[i..<min(end + 1, s.count)]
                i = end + 1
                continue
            }
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            if c == "|", depth == 0 { out.append([]) } else { out[out.count - 1].append(c) }
            i += 1
        }
        return out
    }
}

/// A text as the patterns' quick tests read it, prepared once when several patterns are
/// tried on it: its first letter in lower case (where `PatternStart` judges it) and its
/// folded bytes (computed on first use).
final class MatchText {
    let text: String
    let firstLetter: Character?
    private(set) lazy var folded: FoldedText? = FoldedText(text)

    init(_ text: String) {
        self.text = text
        if let first = text.first, PatternStart.judged(first) { firstLetter = Character(first.lowercased()) } else { firstLetter = nil }
    }
}

/// A text's UTF-8 bytes with bit 0x20 set in every byte: ASCII letters and the letters of
/// Latin-1 (æøå, é, ü) come out the same in either case, so a case-insensitive search for a
/// pattern's required text is a byte search. Only for texts of ASCII, Latin-1 and general
/// punctuation: a character such as "ſ", "ß" or the Kelvin sign matches ASCII letters under
/// Unicode case folding, so a text with any other character is left to the regex (nil).
struct FoldedText {
    private let bytes: [UInt8]

    init?(_ s: String) {
        for scalar in s.unicodeScalars {
            let v = scalar.value
            guard v < 0x80 || (0xA0...0xFE).contains(v) && v != 0xD7 && v != 0xDF && v != 0xF7 || (0x2000...0x206F).contains(v) else { return nil }
        }
        bytes = Self.fold(Array(s.utf8))
    }

    static func fold(_ bytes: [UInt8]) -> [UInt8] { bytes.map { $0 | 0x20 } }

    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, bytes.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        for i in 0...(bytes.count - needle.count) where bytes[i] == first {
            var k = 1
            while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}
