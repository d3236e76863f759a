// The canonical model and its JSON contract (see docs in README and DESIGN.md).
// Every contract field is always encoded; absent values are written as `null`,
// which is why the types below encode by hand instead of relying on synthesized
// `Codable` (that would drop nil optionals).

/// Where something stands in its input: a line and column for text,
/// a paragraph number for DOCX/XML/ODT, a page and a line on it for PDF.
public enum SourcePosition: Hashable, Sendable, Encodable, Comparable {
    case text(line: Int, column: Int)
    case paragraph(Int)
    /// A PDF: the page (from 1) and the line on it (from 1; for a tagged PDF, the block on it).
    case page(Int, line: Int)

    enum CodingKeys: String, CodingKey { case line, column, paragraph, page }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .text(line, column):
            try c.encode(line, forKey: .line)
            try c.encode(column, forKey: .column)
        case let .paragraph(p):
            try c.encode(p, forKey: .paragraph)
        case let .page(page, line):
            try c.encode(page, forKey: .page)
            try c.encode(line, forKey: .line)
        }
    }

    /// The number that stands in a report's "line" place.
    public var line: Int {
        switch self {
        case let .text(line, _): return line
        case let .paragraph(p): return p
        case let .page(_, line): return line
        }
    }

    /// The page of a PDF position; nil for other formats.
    public var page: Int? {
        if case let .page(page, _) = self { return page }
        return nil
    }

    /// The numbers of the position by what they count: a text's line, a document's paragraph, a
    /// PDF's page and line on it (the CSV's and workbook's columns "line", "paragraph", "page").
    public var counted: (line: Int?, paragraph: Int?, page: Int?) {
        switch self {
        case let .text(line, _): return (line, nil, nil)
        case let .paragraph(p): return (nil, p, nil)
        case let .page(page, line): return (line, nil, page)
        }
    }

    /// What a position counts, in the words a person reads ("linje 4", "avsnitt 12", "side 2, linje 7").
    public var description: String {
        switch self {
        case let .text(line, _): return "linje \(line)"
        case let .paragraph(p): return "avsnitt \(p)"
        case let .page(page, line): return "side \(page), linje \(line)"
        }
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool { (a.page ?? 0, a.line) < (b.page ?? 0, b.line) }
}

public enum InputFormat: String, Sendable, Encodable, Hashable {
    case text, tabTable = "tab-table", csv, docx, wordXML = "word-xml", flatOPC = "flat-opc"
    case word2003XML = "word2003-xml", odt, pdf
}

public enum TextEncoding: String, Sendable, Encodable, Hashable {
    case utf8 = "utf-8", utf8BOM = "utf-8-bom", utf16LE = "utf-16le", utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
}

public struct SourceInfo: Sendable, Encodable, Hashable {
    public var path: String
    public var format: InputFormat
    public var encoding: TextEncoding?
    public var sha256: String

    /// The key a table of items joins on to its plan (`plan_id` in the CSV, "Plan-id" in the
    /// workbook): the first 16 hex digits of the file's SHA-256. The same file gives the same id
    /// in every run and on every machine; two different plans share one with odds of 1 in 2⁶⁴.
    public var planID: String { String(sha256.prefix(16)) }

    enum CodingKeys: String, CodingKey { case path, format, encoding, sha256 }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(format, forKey: .format)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(sha256, forKey: .sha256)
    }
}

public enum Language: String, Sendable, Encodable, Hashable {
    case bokmal = "nb", nynorsk = "nn"
}

public struct PlanMetadata: Sendable, Encodable, Hashable {
    public var union: String?
    public var branch: String?
    public var title: String?
    public var periodFrom: Int?
    public var periodTo: Int?
    /// ISO date, YYYY-MM-DD.
    public var adopted: String?
    public var language: Language?

    public init() {}

    enum CodingKeys: String, CodingKey { case union, branch, title, periodFrom, periodTo, adopted, language }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(union, forKey: .union)
        try c.encode(branch, forKey: .branch)
        try c.encode(title, forKey: .title)
        try c.encode(periodFrom, forKey: .periodFrom)
        try c.encode(periodTo, forKey: .periodTo)
        try c.encode(adopted, forKey: .adopted)
        try c.encode(language, forKey: .language)
    }
}

public struct Section: Sendable, Encodable, Hashable {
    public var id: String
    public var number: String?
    public var heading: String?
    public var area: Int?
    public var source: SourcePosition?

    enum CodingKeys: String, CodingKey { case id, number, heading, area, source }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(number, forKey: .number)
        try c.encode(heading, forKey: .heading)
        try c.encode(area, forKey: .area)
        try c.encode(source, forKey: .source)
    }
}

public enum ItemKind: String, Sendable, Encodable, Hashable {
    case nationalGoal, localGoal, measure
}

public struct AreaMapping: Sendable, Encodable, Hashable {
    /// Why the area was chosen: `heading`, `national-goal`, `content`, or `none`.
    public var method: String
    public var confidence: Double
    public var evidence: String?

    enum CodingKeys: String, CodingKey { case method, confidence, evidence }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(method, forKey: .method)
        // Two decimals keep the JSON stable and readable.
        try c.encode((confidence * 100).rounded() / 100, forKey: .confidence)
        try c.encode(evidence, forKey: .evidence)
    }
}

public struct Item: Sendable, Encodable, Hashable {
    public var id: String
    public var kind: ItemKind
    public var text: String
    public var area: Int?
    public var areaName: String?
    public var mapping: AreaMapping
    public var section: String?
    public var parent: String?
    public var responsible: String?
    public var deadline: String?
    public var status: String?
    public var budget: String?
    public var comment: String?
    public var source: SourcePosition

    enum CodingKeys: String, CodingKey {
        case id, kind, text, area, areaName, mapping, section, parent, responsible, deadline, status, budget, comment, source
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(area, forKey: .area)
        try c.encode(areaName, forKey: .areaName)
        try c.encode(mapping, forKey: .mapping)
        try c.encode(section, forKey: .section)
        try c.encode(parent, forKey: .parent)
        try c.encode(responsible, forKey: .responsible)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(status, forKey: .status)
        try c.encode(budget, forKey: .budget)
        try c.encode(comment, forKey: .comment)
        try c.encode(source, forKey: .source)
    }
}

public enum Severity: String, Sendable, Encodable, Hashable, Comparable {
    case error, warning, info
    private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

public struct Diagnostic: Sendable, Encodable, Hashable {
    public var severity: Severity
    public var code: String
    public var message: String
    public var source: SourcePosition?

    public init(_ severity: Severity, _ code: String, _ message: String, at source: SourcePosition?) {
        self.severity = severity; self.code = code; self.message = message; self.source = source
    }

    enum CodingKeys: String, CodingKey { case severity, code, message, source }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(source, forKey: .source)
    }
}

/// One imported plan: the JSON document for one input file.
public struct Plan: Sendable, Encodable, Hashable {
    public var schemaVersion = "1"
    public var source: SourceInfo
    public var plan: PlanMetadata
    public var sections: [Section]
    public var items: [Item]
    public var diagnostics: [Diagnostic]
}

/// A file of a batch that could not be imported.
public struct ImportFailure: Sendable, Encodable, Hashable {
    public var path: String
    public var error: String
    /// Why, for callers that word it themselves (`check` does, in Norwegian); not in the JSON.
    public var reason: ImportError?

    enum CodingKeys: String, CodingKey { case path, error }

    init(path: String, error: String, reason: ImportError? = nil) {
        self.path = path; self.error = error; self.reason = reason
    }

    /// A file that could not be imported, as the batch reports it.
    public init(_ failure: FileImportError) {
        self.init(path: failure.path, error: failure.reason.errorDescription ?? "\(failure.reason)", reason: failure.reason)
    }
}

/// Several inputs or a folder: every plan, and every file that failed.
public struct Batch: Sendable, Encodable, Hashable {
    public var schemaVersion = "1"
    public var plans: [Plan]
    public var failures: [ImportFailure]
    /// Files in the folders that were not read because their names are no plan's
    /// (README.md, earlier outputs, Thumbs.db): reported to the user, not part of the JSON.
    public var skipped: [String] = []
    /// Files with the bytes of an earlier file of the batch: imported once (`PlanCopyFinder`).
    /// In the JSON only when there are any, as are `versions`.
    public var copies: [PlanCopy] = []
    /// Plans of one union, branch and period from different files.
    public var versions: [PlanVersions] = []

    public init(plans: [Plan], failures: [ImportFailure]) {
        self.plans = plans; self.failures = failures
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, plans, failures, copies, versions }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(plans, forKey: .plans)
        try c.encode(failures, forKey: .failures)
        if !copies.isEmpty { try c.encode(copies, forKey: .copies) }
        if !versions.isEmpty { try c.encode(versions, forKey: .versions) }
    }
}
