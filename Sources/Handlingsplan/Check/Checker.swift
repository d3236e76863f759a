/// A finding of `check`: a rule that fired, where, and why.
public struct Finding: Sendable, Hashable {
    public var rule: Rule
    public var message: String
    public var position: SourcePosition?
    public var severity: Severity { rule.severity }
}

/// Every input file's verdict.
public struct FileReport: Sendable {
    public var path: String
    public var format: InputFormat?
    public var findings: [Finding]
    public var itemCount: Int

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}

/// Applies the rules to imported plans and to files that failed to import.
public struct Checker: Sendable {
    /// Mappings by words below this confidence are reported (see the rule's rationale).
    public static let lowConfidence = 0.4

    public var disabled: Set<String>
    public var importer: PlanImporter
    public var walk: FileWalk

    public init(disabled: Set<String> = [], importer: PlanImporter = PlanImporter(), walk: FileWalk = FileWalk()) {
        self.disabled = disabled; self.importer = importer; self.walk = walk
    }

    public func check(_ paths: [String], jobs: Int) -> [FileReport] {
        let batch = importer.importBatch(paths, jobs: jobs, walk: walk)
        var reports = batch.plans.map(check)
        // A plan in several versions: each version's report says which files are the others.
        for group in batch.versions where !disabled.contains("several-versions") {
            let rule = Rules.rule("several-versions")!
            for i in reports.indices where group.paths.contains(reports[i].path) {
                let others = group.paths.filter { $0 != reports[i].path }
                let who = group.union + (group.branch.map { " avd. \($0)" } ?? "")
                reports[i].findings.insert(Finding(rule: rule, message: "Samme fagforening, avdeling og periode (\(who)) som \(others.joined(separator: ", ")), men ulikt innhold: hvilken er den vedtatte planen?", position: nil), at: 0)
            }
        }
        reports += batch.copies.map(check)
        reports += batch.failures.map(check)
        if reports.isEmpty {
            // Nothing checked is no pass: a CI gate over an empty folder must fail.
            let rule = Rules.rule("no-plans")!
            let skipped = batch.skipped.isEmpty ? "" : " (\(Norwegian.count(batch.skipped.count, "fil", "filer")) med andre navn ble hoppet over)"
            reports = paths.map { FileReport(path: $0, format: nil, findings: [Finding(rule: rule, message: "Fant ingen plan å sjekke her\(skipped).", position: nil)], itemCount: 0) }
        }
        // Input order for plans; failures after them in their own order: sort by path for a stable report.
        return reports.sorted { $0.path < $1.path }
    }

    /// A file with the bytes of another: checked once, as that file.
    public func check(_ copy: PlanCopy) -> FileReport {
        let finding = Finding(rule: Rules.rule("duplicate-plan")!, message: "Filen er en kopi av \(copy.copyOf) (samme innhold); den er sjekket og telles bare én gang.", position: nil)
        return FileReport(path: copy.path, format: nil, findings: filter([finding]), itemCount: 0)
    }

    public func check(_ failure: ImportFailure) -> FileReport {
        let rule = Rules.rule(failure.reason?.isUnsupportedFormat == true ? "unsupported-format" : "unreadable")!
        let why = failure.reason?.norwegianDescription ?? failure.error
        return FileReport(path: failure.path, format: nil, findings: filter([Finding(rule: rule, message: "Kan ikke lese filen: \(why).", position: nil)]), itemCount: 0)
    }

    public func check(_ plan: Plan) -> FileReport {
        var findings: [Finding] = []
        func add(_ code: String, _ message: String, _ position: SourcePosition?) {
            findings.append(Finding(rule: Rules.rule(code)!, message: message, position: position))
        }
        for d in plan.diagnostics {
            if Rules.rule(d.code) != nil { add(d.code, d.message, d.source) }
        }
        // A file without items is no plan: its missing title block is no news.
        if plan.items.isEmpty { return FileReport(path: plan.source.path, format: plan.source.format, findings: filter(findings), itemCount: 0) }
        if plan.plan.union == nil { add("missing-branch-name", "Fant ikke fagforeningens navn («Fagforbundet …») i planen.", nil) }
        if plan.plan.periodFrom == nil { add("missing-period", "Fant ikke planperioden (for eksempel «2024–2025»).", nil) }
        if plan.plan.adopted == nil { add("missing-adoption-date", "Fant ikke datoen planen ble vedtatt («Vedtatt på årsmøtet …»).", nil) }
        let covered = Set(plan.items.filter { $0.kind != .nationalGoal }.compactMap(\.area))
        for area in AreaData.areas where !covered.contains(area.number) {
            add("area-without-local-items", "Område \(area.number) «\(area.bokmal)» har ingen egne mål eller tiltak.", nil)
        }
        for item in plan.items {
            if item.area == nil && item.mapping.method == "none" {
                add("unmapped-item", "Fant ikke område for «\(Structurer.excerpt(item.text))».", item.source)
            } else if item.area != nil, item.mapping.method == "content" || item.mapping.method == "context",
                      item.mapping.confidence < Self.lowConfidence {
                add("low-confidence", "Usikkert område \(item.area!) for «\(Structurer.excerpt(item.text))» (ord: \(item.mapping.evidence ?? "–")).", item.source)
            }
        }
        return FileReport(path: plan.source.path, format: plan.source.format, findings: filter(findings), itemCount: plan.items.count)
    }

    /// Disabled rules dropped; the rest ordered by position (file-level findings first).
    private func filter(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().filter { !disabled.contains($0.element.rule.code) }
            .sorted { a, b in
                // (A PDF's positions by page, then line on it.)
                let la = (a.element.position?.page ?? 0, a.element.position?.line ?? 0)
                let lb = (b.element.position?.page ?? 0, b.element.position?.line ?? 0)
                return la == lb ? a.offset < b.offset : la < lb
            }.map(\.element)
    }
}
