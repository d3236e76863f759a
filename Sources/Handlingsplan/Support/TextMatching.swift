import Foundation

/// Comparing texts loosely: case, punctuation and spacing aside.
enum TextMatching {
    /// Lower case, no-break spaces as spaces, runs of white space collapsed.
    static func fold(_ s: String) -> String {
        TextCleaning.clean(s).lowercased()
    }

    /// The words of a text, lower case, punctuation removed (hyphens kept inside words).
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber || (ch == "-" && !cur.isEmpty) {
                cur.append(ch)
            } else if !cur.isEmpty {
                out.append(cur.hasSuffix("-") ? String(cur.dropLast()) : cur); cur = ""
            }
        }
        if !cur.isEmpty { out.append(cur.hasSuffix("-") ? String(cur.dropLast()) : cur) }
        return out
    }

    /// Dice coefficient over the sets of words of at least three letters: 1 for the same
    /// words, 0 for none in common. Copied national text scores above 0.8.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    static func wordSet(_ s: String) -> Set<String> {
        Set(words(s).filter { $0.count >= 3 && !stopWords.contains($0) })
    }

    /// A line that ends in a preposition, conjunction or article was wrapped in mid-sentence.
    static func endsWithFunctionWord(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last else { return false }
        return joiningWords.contains(last.lowercased())
    }

    private static let joiningWords: Set<String> = ["i", "og", "for", "av", "på", "til", "med", "om", "fra", "frå", "ved", "mot", "den", "det",
        "de", "dei", "en", "ein", "et", "eit", "som", "at", "å", "eller", "men", "samt", "under", "etter", "mellom", "hos", "sin", "sine", "vår", "våre"]

    /// Function words of both written standards: they say nothing about content.
    static let stopWords: Set<String> = ["og", "for", "med", "som", "til", "det", "den", "der", "dei", "som", "har", "ikke", "ikkje",
        "skal", "vil", "kan", "må", "fra", "frå", "alle", "våre", "vår", "sin", "sine", "sitt", "seg", "ein", "eit", "en", "et",
        "ved", "over", "etter", "mot", "også", "òg", "eller", "men", "når", "hvor", "kva", "hva", "blir", "vert", "er", "av", "på", "om"]
}
