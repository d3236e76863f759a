/// What the county reads off a batch, besides the items: one row per plan, the branch ×
/// area overview, and the list of things a person should look at. Built plan by plan from
/// the same plans the JSON is written from (the workbook and the report both use it), and
/// small: it keeps counts and the items to review, never the plans.
public struct BatchSummary: Sendable {
    public struct PlanRow: Sendable {
        public var path: String
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

        /// "Fagforbundet Ås avd. 252", else the union, else the file's name.
        public var label: String {
            let name = plan.union ?? path.split(separator: "/").last.map(String.init) ?? path
            return plan.branch.map { "\(name) avd. \($0)" } ?? name
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
        public var item: Item?
    }

    public private(set) var plans: [PlanRow] = []
    public private(set) var review: [ReviewRow] = []
    public private(set) var failures: [ImportFailure] = []

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
        let row = PlanRow(path: plan.source.path, plan: plan.plan, format: plan.source.format, items: plan.items.count,
                          localGoals: goals, measures: measures, warnings: report.count(.warning), errors: report.count(.error), byArea: byArea)
        plans.append(row)
        for finding in report.findings {
            let item = finding.position.flatMap { p in plan.items.first { $0.source == p } }
            review.append(ReviewRow(path: plan.source.path, plan: row.label, code: finding.rule.code, severity: finding.severity,
                                    message: finding.message, line: finding.position?.line, page: finding.position?.page, item: item))
        }
    }

    public mutating func add(_ failure: ImportFailure) {
        failures.append(failure)
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
        case .info: return "info"
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
