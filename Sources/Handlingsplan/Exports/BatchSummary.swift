/// What the county reads off a batch, besides the items: one row per plan, the branch ×
/// area overview, and the list of things a person should look at. Built plan by plan from
/// the same plans the JSON is written from (the workbook and the report both use it), and
/// small: it keeps counts and the items to review, never the plans.
public struct BatchSummary: Sendable {
    public struct PlanRow: Sendable {
        public var path: String
        /// `SourceInfo.planID`: the key the items' rows carry.
        public var planID: String
        /// Union, branch, title, period, adoption date, language.
        public var plan: PlanMetadata
        public var format: InputFormat
        public var items: Int
        public var localGoals: Int
        public var measures: Int
        public var warnings: Int
        public var errors: Int
        /// Local goals and measures per area; index 0 is "no area", 1–6 the areas.
        public var byArea: [Int]

        /// Where this plan is one of several versions (`PlanVersions`): its number among them
        /// and how many there are.
        public var version: (number: Int, of: Int)?
        /// `label`, and where another row would read the same, the file's name and the adoption
        /// date (set by `finish`).
        public var distinctLabel: String?

        /// "Fagforbundet Ås avd. 252, 2024–2025", else without what the plan does not say; the
        /// file's name when it names no union.
        public var label: String {
            var name = plan.union ?? fileName
            if let branch = plan.branch { name += " avd. \(branch)" }
            if let period = Self.period(plan.periodFrom, plan.periodTo) { name += ", \(period)" }
            return name
        }

        /// The file's name without its folders.
        public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }

        /// "2024–2025", "2025", or nil.
        static func period(_ from: Int?, _ to: Int?) -> String? {
            from.map { from in to.map { $0 == from ? "\(from)" : "\(from)–\($0)" } ?? "\(from)" }
        }
    }

    /// One thing to look at: a finding of `check`, with the item it is about, if any.
    public struct ReviewRow: Sendable {
        public var path: String
        public var plan: String
        public var code: String
        public var severity: Severity
        public var message: String
        public var line: Int?
        /// The page of a PDF's position (the line is then the line on it).
        public var page: Int?
        /// Where in the file, with what it counts ("linje 4", "avsnitt 12", "side 2, linje 7").
        public var position: SourcePosition?
        public var item: Item?
    }

    public private(set) var plans: [PlanRow] = []
    public private(set) var review: [ReviewRow] = []
    public private(set) var failures: [ImportFailure] = []
    /// Files left out as copies of an imported one.
    public private(set) var copies: [PlanCopy] = []
    public private(set) var versions: [PlanVersions] = []

    /// Everything `check` finds goes on the review list: uncertain and unmapped items (with
    /// their evidence), template text, missing title-block fields, areas without items.
    private let checker = Checker()

    public init() {}

    public mutating func add(_ plan: Plan) {
        let report = checker.check(plan)
        var byArea = Array(repeating: 0, count: 7)
        var goals = 0, measures = 0
        for item in plan.items where item.kind != .nationalGoal {
            byArea[item.area ?? 0] += 1
            if item.kind == .localGoal { goals += 1 } else { measures += 1 }
        }
        let row = PlanRow(path: plan.source.path, planID: plan.source.planID, plan: plan.plan, format: plan.source.format, items: plan.items.count,
                          localGoals: goals, measures: measures, warnings: report.count(.warning), errors: report.count(.error), byArea: byArea)
        plans.append(row)
        for finding in report.findings {
            let item = finding.position.flatMap { p in plan.items.first { $0.source == p } }
            review.append(ReviewRow(path: plan.source.path, plan: row.label, code: finding.rule.code, severity: finding.severity,
                                    message: finding.message, line: finding.position?.line, page: finding.position?.page,
                                    position: finding.position, item: item))
        }
    }

    public mutating func add(_ failure: ImportFailure) {
        failures.append(failure)
    }

    /// The end of the batch: its failures, copies and versions; each plan's version number,
    /// and a label no other row shares (the file's name and adoption date added where two
    /// would read the same: a person must tell the rows apart).
    public mutating func finish(_ outcome: BatchOutcome) {
        for failure in outcome.failures { add(failure) }
        copies = outcome.copies
        versions = outcome.versions
        var index: [String: Int] = [:]
        for (i, row) in plans.enumerated() { index[row.path] = index[row.path] ?? i }
        for group in versions {
            for (k, path) in group.paths.enumerated() { if let i = index[path] { plans[i].version = (k + 1, group.paths.count) } }
        }
        var byLabel: [String: Int] = [:]
        for row in plans { byLabel[row.label, default: 0] += 1 }
        for i in plans.indices {
            let row = plans[i]
            guard byLabel[row.label, default: 0] > 1 else { plans[i].distinctLabel = row.label; continue }
            let adopted = row.plan.adopted.map { ", vedtatt " + Self.norwegianDate($0) } ?? ""
            plans[i].distinctLabel = "\(row.label) (\(row.fileName)\(adopted))"
        }
        var labels: [String: String] = [:]
        for row in plans { labels[row.path] = row.distinctLabel }
        for i in review.indices { review[i].plan = labels[review[i].path] ?? review[i].plan }
        // In the plans' Norwegian order, each plan's findings in their own order.
        review = review.enumerated().sorted { a, b in
            a.element.plan == b.element.plan ? a.offset < b.offset : Norwegian.precedes(a.element.plan, b.element.plan)
        }.map(\.element)
    }

    /// The plans' rows in Norwegian order of their labels (Æ, Ø, Å last), as the overviews list
    /// them; `index` is each row's place in input order (the report's sections are in that order).
    public var plansInNorwegianOrder: [(index: Int, row: PlanRow)] {
        plans.enumerated().map { ($0.offset, $0.element) }
            .sorted { Norwegian.precedes($0.1.distinctLabel ?? $0.1.label, $1.1.distinctLabel ?? $1.1.label) }
    }

    /// "2024-01-24" and nothing else.
    public static func isISODate(_ s: String) -> Bool {
        s.utf8.count == 10 && s.enumerated().allSatisfy { k, c in k == 4 || k == 7 ? c == "-" : c.isASCII && c.isNumber }
    }

    /// "2024-01-24" → "24.01.2024", as the workbook's date cells show it.
    public static func norwegianDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }

    /// Column heads of the overview: the six areas and "no area".
    public static let areaHeads: [String] = AreaData.areas.map { "\($0.number) \($0.bokmal)" } + ["Ingen område"]
}

extension Severity {
    /// As the review list says it.
    public var norwegian: String {
        switch self {
        case .error: return "feil"
        case .warning: return "advarsel"
        case .info: return "merknad"
        }
    }
}

extension AreaMapping {
    /// The mapping method in the words a person reads: "overskrift", "kolonne", "innhold" …
    /// (the JSON and the CSV keep the contract's English codes).
    public var norwegianMethod: String { Self.norwegianMethods[method] ?? method }

    static let norwegianMethods = ["heading": "overskrift", "column": "kolonne", "content": "innhold", "context": "sammenheng",
                                   "national-goal": "nasjonalt mål", "none": "ingen"]
}

extension InputFormat {
    /// The format as a person names it ("tekst", "DOCX", "Word XML"); the JSON keeps the code.
    public var norwegian: String {
        switch self {
        case .text: return "tekst"
        case .tabTable: return "tabelltekst"
        case .csv: return "CSV"
        case .docx: return "DOCX"
        case .wordXML: return "Word XML"
        case .flatOPC: return "Word XML (Flat OPC)"
        case .word2003XML: return "Word 2003 XML"
        case .odt: return "ODT"
        case .pdf: return "PDF"
        }
    }
}

extension ItemKind {
    /// The kind as the county says it.
    public var norwegian: String {
        switch self {
        case .nationalGoal: return "Nasjonalt mål"
        case .localGoal: return "Lokalt mål"
        case .measure: return "Tiltak"
        }
    }
}
