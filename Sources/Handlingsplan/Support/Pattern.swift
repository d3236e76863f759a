import Foundation

/// A case-insensitive regular expression of the data module, asked only whether it matches.
///
/// `ScalarRegex` answers for every text of `SafeAlphabet` (nearly every line of a plan);
/// ICU (NSRegularExpression, compiled on first need) answers for the rest, and is the
/// reference the tests hold the engine to. Most patterns are anchored at the start
/// (`^(hovedmål|…)`) and most lines start with a letter none of their words starts with:
/// those are answered from the first character alone.
final class Pattern: @unchecked Sendable {
    private let regex: LazyRegex
    private let scalarRegex: ScalarRegex?

    init(_ pattern: String) {
        regex = LazyRegex(pattern)
        scalarRegex = ScalarRegex(pattern)
    }

    func matches(_ s: String) -> Bool { matches(MatchText(s)) }

    /// The same, for a text prepared once for several patterns.
    func matches(_ t: MatchText) -> Bool {
        if let scalarRegex {
            if let first = t.firstKey, scalarRegex.cannotStart(with: first, then: t.secondKey) { return false }
            if let keys = t.keys { return scalarRegex.matches(keys) }
        }
        return regexMatches(t.text)
    }

    /// Whether `ScalarRegex` reads this pattern (the tests require it of every one).
    var hasScalarRegex: Bool { scalarRegex != nil }

    /// The texts one of which every match contains, as `ScalarRegex` read them off the pattern.
    var requiredTexts: [String]? { requiredKeys?.map(SafeAlphabet.string) }

    /// The same as fold keys (none empty); nil when there are none or `ScalarRegex` does not read the pattern.
    var requiredKeys: [[UInt16]]? { scalarRegex?.required?.needles }

    /// `ScalarRegex`'s answer alone, or nil for a text it leaves to ICU (the tests compare the two).
    func scalarMatches(_ s: String) -> Bool? {
        guard let scalarRegex, let keys = SafeAlphabet.foldKeys(s) else { return nil }
        return scalarRegex.matches(keys)
    }

    /// ICU's answer alone (the tests compare the two).
    func regexMatches(_ s: String) -> Bool {
        regex.compiled.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }
}

/// One quick test for a group of patterns: the texts one of which every match of every
/// pattern of the group contains, looked for in one pass over a text instead of once for
/// each pattern. Nil when a pattern of the group requires no text (or `ScalarRegex` does not
/// read it, so that ICU answers for it), or for more than 64 patterns.
struct PatternGroupFilter: Sendable {
    private let required: RequiredTexts

    init?(_ patterns: [Pattern]) {
        guard patterns.count <= 64 else { return nil }
        var needles: [[UInt16]] = [], owners: [Int] = []
        for (i, pattern) in patterns.enumerated() {
            guard let texts = pattern.requiredKeys else { return nil }
            needles += texts
            owners += Array(repeating: i, count: texts.count)
        }
        required = RequiredTexts(needles, owners: owners)
    }

    /// The patterns of the group (a bit each, by their place in it) that may match `t`: those
    /// that `ScalarRegex` would not refuse for want of their required text. Every pattern for
    /// a text outside the alphabet (left to the patterns).
    func candidates(_ t: MatchText) -> UInt64 {
        guard let keys = t.keys else { return ~0 }
        return required.owners(in: keys)
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

/// The last two texts prepared for the patterns, kept for the next questions about them:
/// the structurer and the text reader ask several (label, signature, heading, area) about
/// one line, or about a line and the one before it, and each would otherwise make its keys
/// again. One for each reader of a plan (not shared between threads).
/// A pictograph or sign a line opens with ("📚 FAG OG KOMPETANSE", "☑ Kurs …") says nothing
/// the patterns read: they are asked about the words after it.
final class MatchTextMemo {
    private var newer: (line: String, prepared: MatchText)?, older: (line: String, prepared: MatchText)?

    func callAsFunction(_ text: String) -> MatchText {
        // Strings that share their storage compare at once; others byte for byte.
        if let newer, newer.line == text { return newer.prepared }
        if let older, older.line == text { return older.prepared }
        let prepared = MatchText(TextMatching.withoutLeadingSymbols(text))
        (older, newer) = (newer, (text, prepared))
        return prepared
    }
}

/// A text as the patterns read it, prepared once when several patterns are tried on it:
/// its first two characters and, on first need, all of them as `SafeAlphabet` fold keys.
final class MatchText {
    let text: String
    /// The first character's fold key, or nil for an empty text or one outside the alphabet.
    let firstKey: UInt16?
    /// The second character's, where the first has one: nil for a text of one character or
    /// a second outside the alphabet.
    let secondKey: UInt16?
    /// Every character's fold key, or nil when one is outside the alphabet.
    private(set) lazy var keys: [UInt16]? = SafeAlphabet.foldKeys(text)

    init(_ text: String) {
        self.text = text
        var scalars = text.unicodeScalars.makeIterator()
        func key(_ scalar: Unicode.Scalar?) -> UInt16? {
            guard let scalar, let k = SafeAlphabet.index(scalar.value) else { return nil }
            return SafeAlphabet.foldKey[Int(k)]
        }
        firstKey = key(scalars.next())
        secondKey = firstKey == nil ? nil : key(scalars.next())
    }
}
