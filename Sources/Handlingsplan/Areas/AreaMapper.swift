/// Gives every item its national area (the normalizer of the pipeline).
///
/// In order: the heading the item stands under, when it names an area (even
/// where the item's words lean elsewhere); then copied national text; then the
/// item's own words against the content vocabulary of each area. An item that
/// fits none of the six, or the no-area vocabulary better, gets `null`.
enum AreaMapper {
    /// `context` are texts to fall back on when the item's own words say
    /// nothing either way: the item a sub-bullet belongs to, then the heading
    /// of a section that names no area ("Verve plan").
    static func map(text: String, headingArea: Int?, headingEvidence: String?, context: [String] = []) -> (area: Int?, mapping: AreaMapping) {
        if let area = headingArea {
            return (area, AreaMapping(method: "heading", confidence: 0.95, evidence: headingEvidence))
        }
        if let match = NationalTexts.bestMatch(text), match.score >= 0.65 {
            return (match.area, AreaMapping(method: "national-goal", confidence: min(0.95, match.score), evidence: match.text))
        }
        let own = ContentScore(text)
        if own.isSilent {
            for fallback in context {
                let score = ContentScore(fallback)
                if !score.isSilent {
                    var decided = score.decision()
                    decided.mapping.method = "context"
                    decided.mapping.confidence *= 0.8
                    return decided
                }
            }
        }
        return own.decision()
    }

    static func name(of area: Int?) -> String? {
        area.flatMap { a in AreaData.areas.first { $0.number == a }?.bokmal }
    }
}

/// Copied national goals and measures, recognised by their words.
enum NationalTexts {
    private static let entries: [(area: Int, words: Set<String>, text: String)] =
        AreaData.nationalTexts.map { ($0.area, TextMatching.wordSet($0.text), $0.text) }

    static func bestMatch(_ text: String) -> (area: Int, score: Double, text: String)? {
        let words = TextMatching.wordSet(text)
        var best: (area: Int, score: Double, text: String)?
        for e in entries {
            let score = TextMatching.similarity(words, e.words)
            if score > (best?.score ?? 0) { best = (e.area, score, e.text) }
        }
        return best
    }

    /// Text close enough to a national goal to be a copy of it.
    static func isCopied(_ text: String) -> Bool {
        (bestMatch(text)?.score ?? 0) >= 0.8
    }
}

/// Scores of an item's words against each area's vocabulary.
private struct ContentScore {
    var scores: [Int: Double] = [:]
    var evidence: [Int: [String]] = [:]
    var noArea = 0.0
    var noAreaEvidence: [String] = []

    /// Below this the words say too little to choose an area.
    static let minimumScore = 1.5

    /// No word of any area or of the no-area list.
    var isSilent: Bool { noArea == 0 && (scores.values.max() ?? 0) < Self.minimumScore }

    init(_ text: String) {
        let words = TextMatching.words(text)
        for (index, area) in AreaData.areas.enumerated() {
            let (score, hits) = Self.score(Self.vocabularies[index], words)
            if score > 0 { scores[area.number] = score; evidence[area.number] = hits }
        }
        (noArea, noAreaEvidence) = Self.score(Self.noAreaVocabulary, words)
    }

    /// A vocabulary split once into phrases (matched as word sequences) and
    /// single stems (a stem ending in "$" matches a whole word, any other the start of one).
    private struct Vocabulary {
        var phrases: [(words: [String], stem: String, weight: Double)] = []
        var stems: [(stem: String, whole: Bool, weight: Double)] = []
        init(_ entries: [(stem: String, weight: Double)]) {
            for (stem, weight) in entries {
                if stem.contains(" ") { phrases.append((TextMatching.words(stem), stem, weight)) }
                else if stem.hasSuffix("$") { stems.append((String(stem.dropLast()), true, weight)) }
                else { stems.append((stem, false, weight)) }
            }
        }
    }

    private static let vocabularies = AreaData.areas.map { Vocabulary($0.vocabulary) }
    private static let noAreaVocabulary = Vocabulary(AreaData.noAreaVocabulary)

    /// Each word counts once, with the weight of its best stem (so that "lønn"
    /// is not counted again for the nynorsk stem "løn"); phrases count once each.
    private static func score(_ vocabulary: Vocabulary, _ words: [String]) -> (Double, [String]) {
        var total = 0.0
        var hits: [String] = []
        for phrase in vocabulary.phrases where contains(words, phrase.words) {
            total += phrase.weight; hits.append(phrase.stem)
        }
        var seen: Set<String> = []
        for word in words where seen.insert(word).inserted {
            var best: (stem: String, weight: Double)?
            for s in vocabulary.stems where s.weight > (best?.weight ?? 0) && (s.whole ? word == s.stem : word.hasPrefix(s.stem)) {
                best = (s.stem, s.weight)
            }
            if let best { total += best.weight; hits.append(best.stem) }
        }
        return (total, hits)
    }

    /// Whether `phrase` stands in `words` as consecutive words (its last one as a prefix: "egne ansatte" in "egne ansattes").
    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) {
            var ok = true
            for (offset, p) in phrase.enumerated() {
                let w = words[start + offset]
                if offset == phrase.count - 1 ? !w.hasPrefix(p) : w != p { ok = false; break }
            }
            if ok { return true }
        }
        return false
    }

    func decision() -> (area: Int?, mapping: AreaMapping) {
        let ranked = scores.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }
        guard let best = ranked.first, best.value >= Self.minimumScore, best.value > noArea else {
            let why = noAreaEvidence.isEmpty ? nil : noAreaEvidence.joined(separator: ", ")
            return (nil, AreaMapping(method: noAreaEvidence.isEmpty ? "none" : "content", confidence: noAreaEvidence.isEmpty ? 0 : 0.6, evidence: why))
        }
        let second = ranked.dropFirst().first?.value ?? 0
        if best.value == second {
            return (nil, AreaMapping(method: "none", confidence: 0, evidence: "tie: " + ranked.prefix(2).map { "\($0.key)" }.joined(separator: "/")))
        }
        let confidence = min(0.9, best.value / (best.value + second + noArea + 2))
        return (best.key, AreaMapping(method: "content", confidence: confidence, evidence: evidence[best.key]!.joined(separator: ", ")))
    }
}
