/// Gives every item its national area (the normalizer of the pipeline).
///
/// In order: the heading the item stands under, when it names an area (even
/// where the item's words lean elsewhere); then copied national text; then the
/// item's own words against the content lexicon (`lexicon.tsv`); where those
/// say nothing, the goal a measure belongs to or the branch's own heading.
/// An item that fits none of the six, or the no-area words better, gets `null`.
public struct AreaMapper: Sendable {
    public let lexicon: AreaLexicon

    public init(lexicon: AreaLexicon = .standard) { self.lexicon = lexicon }

    /// Confidences, set from the dev set's calibration (`make eval`): a heading
    /// that names an area is right every time; copied national text nearly so;
    /// content mappings are scaled by the margin between the two best areas.
    static let headingConfidence = 0.95

    /// `context` are texts to fall back on when the item's own words say
    /// too little: the goal a measure belongs to, then the heading of a
    /// section that names no area ("Verve plan").
    func map(text: String, headingArea: Int?, headingEvidence: String?, column: String? = nil, context: [String] = []) -> (area: Int?, mapping: AreaMapping) {
        if let area = headingArea {
            return (area, AreaMapping(method: "heading", confidence: Self.headingConfidence, evidence: headingEvidence))
        }
        if let column, let decided = areaOfColumn(column) { return decided }
        if let match = NationalTexts.bestMatch(text), match.score >= 0.65 {
            return (match.area, AreaMapping(method: "national-goal", confidence: min(0.95, match.score), evidence: match.text))
        }
        let own = ContentScore(text, lexicon.matcher)
        if own.isWeak {
            for fallback in context {
                let score = ContentScore(fallback, lexicon.matcher)
                if !score.isWeak {
                    var decided = score.decision()
                    // A heading's "no area" does not override the item's own (weak) words for an area.
                    if decided.area == nil, own.hasSomeArea { break }
                    decided.mapping.method = "context"
                    decided.mapping.confidence = (decided.mapping.confidence * 0.8 * 100).rounded() / 100
                    decided.mapping.evidence = "«\(Structurer.excerpt(fallback))»: " + (decided.mapping.evidence ?? "")
                    return decided
                }
            }
        }
        return own.decision()
    }

    /// A table's area column, where it says: "3", "1 Heiltid", "Digitalisering", "Org." (the
    /// start of an area's name), "Politikk" (the lexicon's), "–" (none). Nil where the cell
    /// says nothing the six areas know, so that the item's own words decide.
    func areaOfColumn(_ cell: String) -> (area: Int?, mapping: AreaMapping)? {
        let evidence = cell.isEmpty ? "(tom celle i områdekolonnen)" : cell
        if AreaColumn.saysNone(cell) { return cell.isEmpty ? nil : (nil, AreaMapping(method: "column", confidence: 0.8, evidence: evidence)) }
        if let n = AreaColumn.leadingAreaNumber(cell) ?? Labels.area(named: cell) ?? Self.areaByNameStart(cell) {
            return (n, AreaMapping(method: "column", confidence: 0.9, evidence: evidence))
        }
        let byWords = mapWords(cell)
        if byWords.area != nil, byWords.mapping.confidence >= 0.5 {
            return (byWords.area, AreaMapping(method: "column", confidence: 0.8, evidence: evidence))
        }
        return nil
    }

    /// "Org.", "Fag", "Digi": a short cell whose first word starts a word of one area's name
    /// (bokmål or nynorsk) and of no other's.
    static func areaByNameStart(_ cell: String) -> Int? {
        guard let first = TextMatching.words(cell).first, first.count >= 3 else { return nil }
        func areas(_ fits: (String) -> Bool) -> [Int] {
            AreaData.areas.filter { a in TextMatching.words(a.bokmal + " " + a.nynorsk).contains(where: fits) }.map(\.number)
        }
        // A whole word of a name first ("Fag" is area 4's "Fag-"), then the start of one ("Org.").
        let whole = areas { $0 == first }
        if whole.count == 1 { return whole[0] }
        let start = areas { $0.hasPrefix(first) }
        return start.count == 1 ? start[0] : nil
    }

    /// The area of a text by its own words alone (what `handlingsplan map` shows).
    public func mapWords(_ text: String) -> (area: Int?, mapping: AreaMapping) {
        ContentScore(TextCleaning.removingIgnorables(text), lexicon.matcher).decision()
    }

    public static func name(of area: Int?) -> String? {
        area.flatMap { a in AreaData.areas.first { $0.number == a }?.bokmal }
    }
}

/// Copied national goals and measures, recognised by their words.
enum NationalTexts {
    private static let entries: [(area: Int, text: String)] = AreaData.nationalTexts.map { ($0.area, $0.text) }

    /// Which national texts have a word, for `sharedWords` (an item's words are looked up
    /// once each, not compared with every national text). Made only for an item text that
    /// `sharedWordsOnBytes` does not read.
    private static let textsWithWord: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() { for w in TextMatching.wordSet(e.text) { index[w, default: []].append(i) } }
        return index
    }()

    static func bestMatch(_ text: String) -> (area: Int, score: Double, text: String)? {
        let (distinct, shared) = sharedWordsOnBytes(text) ?? sharedWords(text)
        guard distinct > 0 else { return nil }
        var best: (area: Int, score: Double, text: String)?
        let counts = byBytes.distinct   // read out of the static once, not at every text
        for (i, e) in entries.enumerated() where counts[i] > 0 {
            // The Dice coefficient: 1 for the same words, 0 for none in common; a copy scores above 0.8.
            let score = 2 * Double(shared[i]) / Double(distinct + counts[i])
            if score > (best?.score ?? 0) { best = (e.area, score, e.text) }
        }
        return best
    }

    /// The number of distinct words of `text` that count (`TextMatching.wordSet`), and for
    /// each national text how many of them it has.
    static func sharedWords(_ text: String) -> (distinct: Int, shared: [Int]) {
        let words = TextMatching.wordSet(text)
        var shared = [Int](repeating: 0, count: entries.count)
        for w in words { for i in textsWithWord[w] ?? [] { shared[i] += 1 } }
        return (words.count, shared)
    }

    /// Each national text's number of distinct words that count (`TextMatching.wordSet`'s),
    /// and which texts have each of those words, by its bytes. Made on the bytes, as the
    /// items are read: made through Sets of Strings, this cost a tenth of importing one plan
    /// in its own process.
    static let byBytes: (distinct: [Int], words: ByteWordTable<[Int]>) = {
        var table: [(word: [UInt8], value: [Int])] = []
        var distinct: [Int] = []
        for (i, e) in entries.enumerated() {
            var count = 0
            let plain = TextMatching.forEachComparedWord(e.text) { word, _ in table.append((Array(word), [i])); count += 1 }
            if !plain {
                // A national text the byte scan does not read: its words as `wordSet` has them.
                let words = TextMatching.wordSet(e.text)
                table += words.map { (Array($0.utf8), [i]) }
                count = words.count
            }
            distinct.append(count)
        }
        // A word of several texts has them all, in order.
        return (distinct, ByteWordTable(bytes: table, combining: +))
    }()

    /// `sharedWords` read off the words' bytes, where `TextMatching.forEachComparedWord` reads
    /// the text (nil where it does not).
    static func sharedWordsOnBytes(_ text: String) -> (distinct: Int, shared: [Int])? {
        var shared = [Int](repeating: 0, count: entries.count), distinct = 0
        let table = byBytes.words   // read out of the static once, not at every word
        let plain = TextMatching.forEachComparedWord(text) { word, hash in
            distinct += 1
            for i in table.value(of: word, hash: hash) ?? [] { shared[i] += 1 }
        }
        return plain ? (distinct, shared) : nil
    }

    /// Text close enough to a national goal to be a copy of it.
    static func isCopied(_ text: String) -> Bool {
        (bestMatch(text)?.score ?? 0) >= 0.8
    }
}

/// Scores of an item's words for each area and for no area.
private struct ContentScore {
    /// Area (0 for none) → summed weight.
    var scores: [Int: Double] = [:]
    var evidence: [Int: [String]] = [:]

    /// Below this the words say too little to choose an area on their own.
    static let decisive = 1.5

    /// Areas by score, best first (see `rank`), computed once.
    private(set) var ranked: [(area: Int, score: Double)] = []

    init(_ text: String, _ matcher: LexiconMatcher) {
        // Each term counts once, however often the text repeats it.
        var counted: Set<String> = []
        for hit in matcher.hits(in: TextMatching.words(text)) where hit.term.weight > 0 && counted.insert(hit.term.text).inserted {
            scores[hit.term.area, default: 0] += hit.term.weight
            evidence[hit.term.area, default: []].append(hit.word == hit.term.text ? hit.word : "\(hit.word) (\(hit.term.text))")
        }
        ranked = Self.rank(scores)
    }

    private var noArea: Double { scores[0] ?? 0 }
    /// Areas by score; on equal scores the subject beats the method (the labelling rule of
    /// DESIGN.md and the dev set): a subject area (1, 2, 4, 6) before political work (5),
    /// political work before organising and training (3).
    /// Political work (5) with a clear subject of its own (a subject area with at least
    /// `clearSubject`) belongs to that subject: "area 5 is political work without such a subject".
    private static func rank(_ scores: [Int: Double]) -> [(area: Int, score: Double)] {
        var r: [(area: Int, score: Double)] = scores.filter { $0.key != 0 }.map { (area: $0.key, score: $0.value) }
        r.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let pa = precedence[a.area]!, pb = precedence[b.area]!
            return pa != pb ? pa < pb : a.area < b.area
        }
        if r.first?.area == 5, let subject = r.firstIndex(where: { precedence[$0.area] == 0 && $0.score >= clearSubject }) {
            r.insert(r.remove(at: subject), at: 0)
        }
        return r
    }
    static let clearSubject = 2.5
    private static let precedence = [1: 0, 2: 0, 4: 0, 6: 0, 5: 1, 3: 2]

    /// The least a text's words must weigh to be mapped: one weak word of training ("turnuskurs") is enough.
    static let minimum = 0.75

    /// Some word points to an area, however weakly.
    var hasSomeArea: Bool { (ranked.first?.score ?? 0) >= Self.minimum }

    /// Too little to decide: no no-area word, and no area with a decisive score or a clear lead.
    var isWeak: Bool {
        let r = ranked
        guard noArea == 0 else { return false }
        guard let best = r.first else { return true }
        guard let next = r.dropFirst().first else { return best.score < Self.decisive }
        return best.score < Self.decisive || (best.score == next.score && Self.precedence[best.area] == Self.precedence[next.area])
    }

    func decision() -> (area: Int?, mapping: AreaMapping) {
        let r = ranked
        let best = r.first, second = r.dropFirst().first?.score ?? 0
        if noArea > 0, noArea >= (best?.score ?? 0) {
            // Board work, accounts, social events, solidarity: no area, on purpose.
            let margin = noArea - (best?.score ?? 0)
            return (nil, AreaMapping(method: "content", confidence: Self.confidence(lead: margin, total: noArea + (best?.score ?? 0)),
                                     evidence: evidence[0].map { TextMatching.joined($0, separator: ", ") }))
        }
        guard let best, best.score >= Self.minimum else {
            return (nil, AreaMapping(method: "none", confidence: 0, evidence: nil))
        }
        if best.score == second, Self.precedence[best.area] == Self.precedence[r[1].area] {
            let tied = r.prefix(while: { $0.score == best.score }).map { "\($0.area)" }.joined(separator: "/")
            return (nil, AreaMapping(method: "none", confidence: 0, evidence: "likt mellom område \(tied): " + r.prefix(2).map { evidence[$0.area]!.joined(separator: ", ") }.joined(separator: " / ")))
        }
        var why = TextMatching.joined(evidence[best.area]!, separator: ", ")
        if let runnerUp = r.dropFirst().first { why += " (mot \(runnerUp.area): \(TextMatching.joined(evidence[runnerUp.area]!, separator: ", ")))" }
        // Where the subject overrode political words, the lead is the subject's own weight.
        let lead = best.score > second ? best.score - second - noArea : best.score / 2 - noArea
        return (best.area, AreaMapping(method: "content", confidence: Self.confidence(lead: lead, total: best.score + second + noArea), evidence: why))
    }

    /// From the lead of the winner over the rest and the weight of all evidence:
    /// a lone word gives little, several words for one area and none against give more.
    /// Never above 0.9: only a heading is that sure.
    static func confidence(lead: Double, total: Double) -> Double {
        let c = 0.3 + 0.6 * (lead / (total + 1.5)) * min(1, total / 4)
        return (min(0.9, max(0.3, c)) * 100).rounded() / 100
    }
}
