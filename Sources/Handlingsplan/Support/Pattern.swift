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
}
