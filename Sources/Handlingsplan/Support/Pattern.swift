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
    // NSRegularExpression is immutable and thread-safe once built.
    private let regex: NSRegularExpression
    /// The lower-case first letters of every match, or nil when the pattern does not say.
    let firstLetters: Set<Character>?

    init(_ pattern: String) {
        // The patterns are constants of this package: a bad one is a bug, found by any test.
        regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        firstLetters = PatternStart.firstLetters(of: pattern)
    }

    func matches(_ s: String) -> Bool {
        if let firstLetters, let first = s.first, PatternStart.judged(first), !firstLetters.contains(Character(first.lowercased())) {
            return false
        }
        return regexMatches(s)
    }

    /// The regex alone, without the first-letter test (the tests compare the two).
    func regexMatches(_ s: String) -> Bool {
        regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
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
