import Foundation

/// A case-insensitive regular expression compiled once from the data module.
struct Pattern: @unchecked Sendable {
    // NSRegularExpression is immutable and thread-safe once built.
    private let regex: NSRegularExpression

    init(_ pattern: String) {
        // The patterns are constants of this package: a bad one is a bug, found by any test.
        regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    func matches(_ s: String) -> Bool {
        regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// The matched text and its range.
    func firstMatch(in s: String) -> (text: String, range: Range<String.Index>)? {
        guard let m = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)),
              let r = Range(m.range, in: s) else { return nil }
        return (String(s[r]), r)
    }

    /// The text of capture group `group` of the first match.
    func capture(_ group: Int, in s: String) -> String? {
        guard let m = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)),
              group < m.numberOfRanges, let r = Range(m.range(at: group), in: s) else { return nil }
        return String(s[r])
    }
}
