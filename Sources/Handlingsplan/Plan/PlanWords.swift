import Foundation

/// The words of plan structure as data: `vocabulary.tsv` beside this file (embedded in the
/// binary, as `lexicon.tsv` is), plus any file a user adds with `--vocabulary FILE`. Labels,
/// column headers, roles, months, statuses, modal verbs: the words the reader recognises in
/// the evidence a document gives. Nothing in Swift names them.
public struct PlanWords: Sendable {
    /// What an entry is (the file's first field).
    public enum Key: String, CaseIterable, Sendable {
        case template, templateGoals = "template-goals", templateMeasures = "template-measures", planTitle = "plan-title", adoptedWord = "adopted-word"
        case nationalGoalLabel = "national-goal-label", goalLabel = "goal-label", measureLabel = "measure-label"
        case labelOwner = "label-owner", role, responsibleCue = "responsible-cue", deadlineCue = "deadline-cue"
        case month, season, periodWord = "period-word", timeWord = "time-word", roleSuffix = "role-suffix", status
        case headerText = "header-text", headerGoal = "header-goal", headerResponsible = "header-responsible"
        case headerDeadline = "header-deadline", headerStatus = "header-status", headerBudget = "header-budget"
        case headerComment = "header-comment", headerArea = "header-area", headerProject = "header-project"
        case totalRow = "total-row", modal, volition, committingSubject = "committing-subject", commitmentVerb = "commitment-verb"
        case goalPhrase = "goal-phrase", goalNoun = "goal-noun", outsideActor = "outside-actor"
        case situationSubject = "situation-subject", situationTime = "situation-time", consequenceOpener = "consequence-opener", requestVerb = "request-verb", beingVerb = "being-verb", stateVerb = "state-verb", subordinator, actionVerb = "action-verb", goalOpening = "goal-opening"
        case statingVerb = "stating-verb", abbreviation, oneLetterWord = "one-letter-word"
        case deadlinePreposition = "deadline-preposition", closingDeadlineCue = "closing-deadline-cue", currency, conjunction, joiningWord = "joining-word", stopWord = "stop-word"
    }

    /// Entries by key, in file order: each entry's spellings, the first the entry itself.
    private(set) var entries: [Key: [[String]]] = [:]

    public init() {}

    /// Parses the vocabulary format; an unknown key or a line without an entry is an error
    /// naming the file and line.
    public init(parsing text: String, source: String) throws(VocabularyError) {
        // Read at the start of every process (the built-in file has 700 lines): on the UTF-8
        // view, NFC only where a field is not ASCII.
        func trimmed(_ s: Substring) -> Substring {
            var s = s
            while let c = s.utf8.first, c == 0x20 || c == 0x0D || c == 0x09 { s = s.dropFirst() }
            while let c = s.utf8.last, c == 0x20 || c == 0x0D || c == 0x09 { s = s.dropLast() }
            if s.hasPrefix("\u{FEFF}") { s = s.dropFirst() }
            return s
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = trimmed(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t").map(trimmed).filter { !$0.isEmpty }.map(String.init)
            guard let key = Key(rawValue: fields[0]) else {
                throw VocabularyError(source: source, line: index + 1,
                                      message: "unknown key «\(fields[0])»; the keys are \(Key.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard fields.count >= 2 else {
                throw VocabularyError(source: source, line: index + 1, message: "expected KEY, a TAB and an entry, found «\(line)»")
            }
            entries[key, default: []].append(fields.dropFirst().map { field in
                let lower = field.lowercased()
                return lower.utf8.allSatisfy { $0 < 0x80 } ? lower : lower.precomposedStringWithCanonicalMapping
            })
        }
    }

    /// A vocabulary file (UTF-8); errors name the file and line.
    public static func load(path: String) throws(VocabularyError) -> PlanWords {
        let data: [UInt8]
        do { data = try InputFile.read(path) } catch {
            throw VocabularyError(source: path, line: 0, message: "cannot read the file (\(InputFile.englishReason(error)))")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw VocabularyError(source: path, line: 0, message: "the file is not UTF-8")
        }
        return try PlanWords(parsing: text, source: path)
    }

    /// These entries and those of `other` after them. An entry of `other` whose first word is
    /// already an entry of its key adds its spellings to that entry ("month mars march" gives
    /// March another spelling; it is no thirteenth month).
    public func adding(_ other: PlanWords) -> PlanWords {
        var out = self
        for (key, list) in other.entries {
            var mine = out.entries[key] ?? []
            for entry in list {
                if let at = mine.firstIndex(where: { $0.first == entry.first }) {
                    mine[at] += entry.dropFirst().filter { !mine[at].contains($0) }
                } else {
                    mine.append(entry)
                }
            }
            out.entries[key] = mine
        }
        return out
    }

    /// The entries of a key, each with its other spellings.
    func spellings(_ key: Key) -> [[String]] { entries[key] ?? [] }

    /// Every spelling of every entry of a key.
    func all(_ key: Key) -> [String] { spellings(key).flatMap { $0 } }

    /// The words and phrases of a key, for matching over a text's words.
    func phrases(_ key: Key) -> PhraseList { PhraseList(all(key)) }

    // MARK: - The vocabulary in use

    /// The vocabulary that ships with the tool.
    public static let standard: PlanWords = {
        // The built-in file is a constant of this package: a bad line is a bug, found by any test.
        try! PlanWords(parsing: String(decoding: PackageResources.vocabulary_tsv, as: UTF8.self), source: "vocabulary.tsv")
    }()

    /// The vocabulary the readers use: the standard one, or the one given to `use(_:)` before
    /// the first plan was read. The readers compile what they need of it once.
    static var active: PlanWords {
        Active.shared.lock.lock(); defer { Active.shared.lock.unlock() }
        Active.shared.read = true
        return Active.shared.words ?? standard
    }

    /// Adds `extra` to the standard vocabulary for every plan read after this call. Must come
    /// before the first plan is read (the readers compile the words once): returns false after.
    @discardableResult
    public static func use(_ extra: PlanWords) -> Bool {
        Active.shared.lock.lock(); defer { Active.shared.lock.unlock() }
        guard !Active.shared.read else { return false }
        Active.shared.words = standard.adding(extra)
        return true
    }

    private final class Active: @unchecked Sendable {
        static let shared = Active()
        let lock = NSLock()
        var words: PlanWords?
        var read = false
    }
}

/// A line of a vocabulary file that could not be read.
public struct VocabularyError: Error, LocalizedError, Sendable {
    public var source: String
    public var line: Int
    public var message: String
    public var errorDescription: String? { line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)" }
}

/// Words and phrases of one key, matched over a text's words (`TextMatching.words`: lower
/// case, split at anything that is no letter, digit or inner hyphen).
struct PhraseList: Sendable {
    /// Phrases by their first word, longest first.
    private let byFirst: [String: [[String]]]
    let isEmpty: Bool

    init(_ entries: [String]) {
        var map: [String: [[String]]] = [:]
        for entry in entries {
            let words = TextMatching.words(entry)
            guard let first = words.first else { continue }
            map[first, default: []].append(words)
        }
        byFirst = map.mapValues { $0.sorted { $0.count > $1.count } }
        isEmpty = map.isEmpty
    }

    /// The number of words of the longest phrase that starts at `index` of `words`, or nil.
    func match(_ words: [String], at index: Int) -> Int? {
        guard index < words.count, let candidates = byFirst[words[index]] else { return nil }
        for phrase in candidates where index + phrase.count <= words.count {
            if words[index..<(index + phrase.count)].elementsEqual(phrase) { return phrase.count }
        }
        return nil
    }

    /// Whether a phrase starts at the first word.
    func starts(_ words: [String]) -> Bool { match(words, at: 0) != nil }

    /// Whether `words` is exactly one phrase.
    func isWhole(_ words: [String]) -> Bool { match(words, at: 0) == words.count && !words.isEmpty }

    func contains(_ word: String) -> Bool { byFirst[word]?.contains { $0.count == 1 } ?? false }
}
