import Foundation

/// `handlingsplan report`: one self-contained HTML page over a batch (no network, no
/// scripts, no external fonts; inline CSS): the branch × area heatmap, the review list, the
/// files that failed, and per plan its title block and items grouped by area. Written with
/// libxml2's text writer (`XMLWriter` in HTML mode), so every text from a plan is escaped.
/// Reads the same plans as the JSON, the CSV and the workbook (`BatchSummary`).
public final class ReportOutput: BatchSink {
    private let writer: AtomicFile.Writer
    private var summary = BatchSummary()
    /// Each plan's section, written as the plan comes, until the overview that stands before
    /// them is known: memory does not grow with the batch.
    private let spool: Spool
    /// A section that could not be spooled: reported by `finish`, which has a way to throw.
    private var spoolError: Error?

    public init(writer: AtomicFile.Writer) {
        self.writer = writer
        spool = Spool(for: writer)
    }

    /// The plan itself: the sections are written on the calling thread, in order.
    public var render: @Sendable (Plan) -> Plan { { $0 } }

    public func add(_ plan: Plan) {
        summary.add(plan)
        var byArea = Array(repeating: [Item](), count: 7)
        for item in plan.items { byArea[item.area ?? 0].append(item) }
        do {
            let w = try XMLWriter(fragment: true)
            try planSection(w, summary.plans.count - 1, byArea)
            try spool.write([UInt8](try w.finish()))
        } catch {
            if spoolError == nil { spoolError = error }
        }
    }

    public func finish(_ outcome: BatchOutcome) throws {
        summary.finish(outcome)
        if let spoolError { throw spoolError }
        // The page up to the plans' sections, then the sections from the spool, then the end.
        try writer.write([UInt8](try head()))
        try spool.copy(to: writer)
        try writer.write(Array("</body></html>".utf8))
        try writer.commit()
    }

    /// The page's start: head, title, overview, review list, failures and the plans' heading,
    /// with `body` and `html` left open.
    func head() throws -> Data {
        let w = try XMLWriter(html: true)
        try w.startElement("html", ["lang": "nb"])
        try w.startElement("head")
        try w.element("meta", ["charset": "utf-8"])
        try w.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try w.element("title", text: "Handlingsplaner – oversikt")
        try w.startElement("style"); try w.raw(Self.css); try w.endElement()
        try w.endElement()
        try w.startElement("body")
        try w.element("h1", text: "Handlingsplaner")
        let items = summary.plans.reduce(0) { $0 + $1.items }
        var lead = "\(Norwegian.count(summary.plans.count, "plan", "planer")), \(items) mål og tiltak"
        if !summary.copies.isEmpty { lead += "; \(Norwegian.count(summary.copies.count, "kopi", "kopier")) ikke talt med" }
        if !summary.failures.isEmpty { lead += "; \(Norwegian.count(summary.failures.count, "fil", "filer")) kunne ikke leses" }
        try w.element("p", ["class": "lead"], text: lead + ".")
        try heatmap(w)
        try reviewList(w)
        try copiesAndVersions(w)
        try failures(w)
        try w.element("h2", text: "Planene")
        return w.bytesSoFar()
    }

    private func heatmap(_ w: XMLWriter) throws {
        try w.startElement("section", ["id": "oversikt"])
        try w.element("h2", text: "Oversikt: lokale mål og tiltak per område")
        try w.element("p", ["class": "note"], text: "Tallene er lokale mål og tiltak; nasjonale mål som er skrevet av fra strategiplanen, er ikke talt med.")
        try w.startElement("div", ["class": "scroll"])
        try w.startElement("table", ["class": "heat"])
        try w.startElement("thead"); try w.startElement("tr")
        try w.element("th", ["scope": "col"], text: "Plan")
        for area in AreaData.areas {
            // The area's name stays in the head at every width: a column that says only "3" means nothing.
            try w.startElement("th", ["scope": "col", "class": "area"])
            try w.element("span", ["class": "area-number"], text: "\(area.number) "); try w.text(area.bokmal)
            try w.endElement()
        }
        try w.element("th", ["scope": "col", "class": "area"], text: "Uten område")
        try w.element("th", ["scope": "col"], text: "I alt")
        try w.endElement(); try w.endElement()
        try w.startElement("tbody")
        let most = max(1, summary.plans.flatMap { $0.byArea[1...] }.max() ?? 1)
        for (i, plan) in summary.plansInNorwegianOrder {
            try w.startElement("tr")
            try w.startElement("th", ["scope": "row"]); try w.element("a", ["href": "#plan-\(i + 1)"], text: plan.distinctLabel ?? plan.label)
            if let v = plan.version { try w.text(" "); try w.element("span", ["class": "badge"], text: "versjon \(v.number) av \(v.of)") }
            try w.endElement()
            for area in 1...6 {
                let n = plan.byArea[area]
                try w.element("td", ["class": n == 0 ? "zero" : "n", "style": "background:\(Self.colour(n, most))"], text: String(n))
            }
            try w.element("td", ["class": "n"], text: String(plan.byArea[0]))
            try w.element("td", ["class": "n total"], text: String(plan.localGoals + plan.measures))
            try w.endElement()
        }
        try w.endElement()
        // Totals: how many plans have nothing in each area (what the county follows up).
        let total = summary.plans.count
        try w.startElement("tfoot"); try w.startElement("tr")
        try w.element("th", ["scope": "row"], text: "Planer uten noe i området")
        for area in 1...6 {
            let empty = summary.plans.filter { $0.byArea[area] == 0 }.count
            try w.element("td", ["class": empty > 0 ? "n gap" : "n"], text: "\(empty) av \(total)")
        }
        try w.element("td", ["class": "n"], text: String(summary.plans.reduce(0) { $0 + $1.byArea[0] }))
        try w.element("td", ["class": "n total"], text: String(summary.plans.reduce(0) { $0 + $1.localGoals + $1.measures }))
        try w.endElement(); try w.endElement()
        try w.endElement(); try w.endElement()
        try legend(w, most)
        try w.endElement()
    }

    /// What every colour and badge of the page means, in words (nothing is said by colour alone).
    private func legend(_ w: XMLWriter, _ most: Int) throws {
        try w.startElement("dl", ["class": "legend", "id": "forklaring"])
        func entry(_ swatch: () throws -> Void, _ text: String) throws {
            try w.startElement("dt"); try swatch(); try w.endElement()
            try w.element("dd", text: text)
        }
        try entry({ try w.element("span", ["class": "swatch", "style": "background:\(Self.colour(0, most))"], text: "0") },
                  "rødt: planen har ingen lokale mål eller tiltak i området")
        try entry({ try w.element("span", ["class": "swatch", "style": "background:\(Self.colour(1, most))"], text: "1")
                    try w.text(" … ")
                    try w.element("span", ["class": "swatch", "style": "background:\(Self.colour(most, most))"], text: String(most)) },
                  "gult til grønt: få til mange lokale mål og tiltak (grønnest er det høyeste tallet i tabellen)")
        try entry({ try w.element("span", ["class": "badge"], text: "versjon 1 av 2") },
                  "planen finnes i flere versjoner (samme fagforening, avdeling og periode, ulike filer); se «Kopier og versjoner»")
        for kind in [ItemKind.nationalGoal, .localGoal, .measure] {
            try entry({ try w.element("span", ["class": "kind \(kind.rawValue)"], text: kind.norwegian) }, Self.kindMeaning[kind]!)
        }
        for severity in [Severity.error, .warning, .info] {
            try entry({ try w.element("span", ["class": "sev \(severity.rawValue)"], text: severity.norwegian) }, Self.severityMeaning[severity]!)
        }
        try w.endElement()
    }

    static let kindMeaning: [ItemKind: String] = [
        .nationalGoal: "mål skrevet av fra den nasjonale strategiplanen",
        .localGoal: "fagforeningens eget mål",
        .measure: "tiltak: noe fagforeningen skal gjøre",
    ]
    static let severityMeaning: [Severity: String] = [
        .error: "feil: planen kan ikke leses eller gir ingen mål og tiltak",
        .warning: "advarsel: noe mangler eller står igjen fra malen; bør rettes",
        .info: "merknad: verdt å se på, for eksempel et usikkert område",
    ]

    /// One row per finding, except that the same finding repeated in one plan (a template
    /// sentence left eight times) is one row with its count and every position.
    private func reviewList(_ w: XMLWriter) throws {
        struct Group { var row: BatchSummary.ReviewRow; var positions: [String]; var count: Int }
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for row in summary.review {
            let key = row.path + "\u{0}" + row.code + "\u{0}" + row.message
            let position = row.position?.description
            if let k = index[key] {
                groups[k].count += 1
                if let position { groups[k].positions.append(position) }
            } else {
                index[key] = groups.count
                groups.append(Group(row: row, positions: position.map { [$0] } ?? [], count: 1))
            }
        }
        try w.startElement("section", ["id": "til-kontroll"])
        try w.element("h2", text: "Til kontroll (\(summary.review.count))")
        if groups.isEmpty {
            try w.element("p", text: "Ingenting å kontrollere.")
        } else {
            try w.startElement("div", ["class": "scroll"])
            try w.startElement("table", ["class": "list"])
            try w.startElement("thead"); try w.startElement("tr")
            for head in ["Plan", "Alvor", "Hvor", "Melding", "Antall", "Regel", "Begrunnelse"] { try w.element("th", ["scope": "col"], text: head) }
            try w.endElement(); try w.endElement()
            try w.startElement("tbody")
            for group in groups {
                let row = group.row
                try w.startElement("tr", ["class": row.severity.rawValue])
                try w.element("td", text: row.plan)
                try w.startElement("td"); try w.element("span", ["class": "sev \(row.severity.rawValue)"], text: row.severity.norwegian); try w.endElement()
                let shown = group.positions.prefix(6).joined(separator: ", ") + (group.positions.count > 6 ? ", …" : "")
                try w.element("td", text: group.positions.isEmpty ? "hele planen" : shown)
                try w.element("td", text: row.message)
                try w.element("td", ["class": "n"], text: String(group.count))
                try w.element("td", text: row.code)
                try w.element("td", text: row.item.map { "\($0.mapping.norwegianMethod), sikkerhet \(Self.decimal($0.mapping.confidence))" + ($0.mapping.evidence.map { ": \($0)" } ?? "") } ?? "")
                try w.endElement()
            }
            try w.endElement(); try w.endElement(); try w.endElement()
        }
        try w.endElement()
    }

    /// Files left out as copies, and plans kept in several versions: a person decides which
    /// version is the adopted plan.
    private func copiesAndVersions(_ w: XMLWriter) throws {
        guard !summary.copies.isEmpty || !summary.versions.isEmpty else { return }
        try w.startElement("section", ["id": "kopier"])
        try w.element("h2", text: "Kopier og versjoner")
        if !summary.copies.isEmpty {
            try w.element("p", text: "Disse filene er like byte for byte som en annen fil i samlingen. De er lest én gang og ikke talt med to ganger:")
            try w.startElement("ul")
            for copy in summary.copies {
                try w.startElement("li"); try w.element("code", text: copy.path); try w.text(" er en kopi av ")
                try w.element("code", text: copy.copyOf); try w.endElement()
            }
            try w.endElement()
        }
        if !summary.versions.isEmpty {
            try w.element("p", text: "Disse planene gjelder samme fagforening, avdeling og periode, men filene er ulike (for eksempel et forslag og den vedtatte planen). Alle er tatt med; velg den som gjelder:")
            try w.startElement("ul")
            for group in summary.versions {
                let period = BatchSummary.PlanRow.period(group.periodFrom, group.periodTo)
                try w.startElement("li")
                try w.text(group.union + (group.branch.map { " avd. \($0)" } ?? "") + (period.map { ", \($0)" } ?? "") + ": ")
                for (k, path) in group.paths.enumerated() {
                    if k > 0 { try w.text(", ") }
                    try w.element("code", text: path)
                }
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()
    }

    private func failures(_ w: XMLWriter) throws {
        guard !summary.failures.isEmpty else { return }
        try w.startElement("section", ["id": "feilet"])
        try w.element("h2", text: "Kunne ikke leses (\(summary.failures.count))")
        try w.startElement("ul")
        for f in summary.failures {
            try w.startElement("li"); try w.element("code", text: f.path); try w.text(": " + f.error); try w.endElement()
        }
        try w.endElement()
        try w.endElement()
    }

    private func planSection(_ w: XMLWriter, _ index: Int, _ byArea: [[Item]]) throws {
        let plan = summary.plans[index]
        try w.startElement("section", ["class": "plan", "id": "plan-\(index + 1)"])
        // The file's name beside the label: two versions of one plan read the same otherwise.
        try w.startElement("h3"); try w.text(plan.label + " "); try w.element("small", text: plan.fileName); try w.endElement()
        try w.startElement("dl")
        let period = BatchSummary.PlanRow.period(plan.plan.periodFrom, plan.plan.periodTo)
        try w.element("dt", text: "Fil")
        try w.startElement("dd"); try w.element("a", ["href": URL(fileURLWithPath: plan.path).absoluteString], text: plan.path); try w.endElement()
        let fields: [(String, String?)] = [("Tittel", plan.plan.title), ("Periode", period),
                                           ("Vedtatt", plan.plan.adopted.map(BatchSummary.norwegianDate)),
                                           ("Språk", plan.plan.language.map { $0 == .nynorsk ? "nynorsk" : "bokmål" }), ("Format", plan.format.norwegian),
                                           ("Mål og tiltak", "\(plan.items) (\(plan.localGoals) lokale mål, \(plan.measures) tiltak)")]
        for (name, value) in fields {
            try w.element("dt", text: name); try w.element("dd", text: value ?? "–")
        }
        try w.endElement()
        try w.startElement("p", ["class": "note"]); try w.element("a", ["href": "#oversikt"], text: "Tilbake til oversikten"); try w.endElement()
        for area in [1, 2, 3, 4, 5, 6, 0] where !byArea[area].isEmpty {
            try w.element("h4", text: area == 0 ? "Ingen område" : "\(area) \(AreaData.areas[area - 1].bokmal)")
            try w.startElement("ul", ["class": "items"])
            for item in byArea[area] {
                try w.startElement("li", ["class": item.kind.rawValue])
                try w.element("span", ["class": "kind"], text: item.kind.norwegian)
                try w.text(" " + item.text)
                var notes: [String] = []
                if item.mapping.method != "heading" && item.mapping.method != "national-goal" && item.area != nil {
                    notes.append("etter ordene, sikkerhet \(Self.decimal(item.mapping.confidence))")
                }
                if let r = item.responsible { notes.append("ansvar: \(r)") }
                if let d = item.deadline { notes.append("frist: \(BatchSummary.isISODate(d) ? BatchSummary.norwegianDate(d) : d)") }
                if !notes.isEmpty { try w.element("span", ["class": "meta"], text: " (" + notes.joined(separator: "; ") + ")") }
                try w.element("span", ["class": "pos"], text: " " + item.source.description)
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()
    }

    /// Red for nothing, through yellow, to green for the most in any cell.
    static func colour(_ n: Int, _ most: Int) -> String {
        guard n > 0 else { return "#f8696b" }
        let t = Double(n) / Double(most)
        func mix(_ low: Double, _ high: Double) -> Int { Int((low + (high - low) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(255, 99), mix(235, 190), mix(132, 123))
    }

    static func decimal(_ x: Double) -> String { String(format: "%.2f", x).replacingOccurrences(of: ".", with: ",") }

    /// Readable on a phone (tables scroll sideways, the rest flows) and on paper.
    static let css = """
    body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b}
    h1{font-size:1.7rem;margin:.2rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #dde7f0}h3{font-size:1.15rem;margin:1.6rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}
    .lead{font-size:1.1rem}.note{color:#555;font-size:.9rem}
    .scroll{overflow-x:auto}
    table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .45rem;vertical-align:top;text-align:left}
    thead th{background:#dde7f0}
    .heat td.n,.heat td.zero{text-align:center;min-width:3.2rem}.heat td.zero{font-weight:bold}.heat .total{font-weight:bold;background:#f3f3f3}
    .heat thead th{font-weight:600}.heat th.area{font-weight:normal;font-size:.8rem;min-width:6.5rem;max-width:9rem;hyphens:auto}.area-number{font-weight:bold}
    .heat tfoot th,.heat tfoot td{background:#f3f3f3;font-size:.85rem}.heat tfoot td.gap{font-weight:bold;color:#9c0006}
    .list tr.error td:first-child{border-left:4px solid #c00}.list tr.warning td:first-child{border-left:4px solid #e0a000}.list tr.info td:first-child{border-left:4px solid #7aa7d6}
    .sev{display:inline-block;font-size:.8rem;padding:0 .35rem;border-radius:.3rem}.sev.error{background:#ffd7d7;color:#7a0000}.sev.warning{background:#ffefc2;color:#5a4500}.sev.info{background:#e1ecf8;color:#123e6b}
    dl.legend{font-size:.85rem;grid-template-columns:max-content 1fr;align-items:center}.swatch{display:inline-block;min-width:1.6rem;text-align:center;border:1px solid #ccc;font-weight:bold}
    .pos{color:#777;font-size:.8rem}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}dt{color:#555}dd{margin:0}
    ul.items{padding-left:1.2rem}ul.items li{margin:.2rem 0}
    .kind{display:inline-block;font-size:.75rem;padding:0 .35rem;border-radius:.3rem;background:#eee;color:#333}
    li.localGoal .kind,.kind.localGoal{background:#d6ecff}li.measure .kind,.kind.measure{background:#e3f4e1}li.nationalGoal .kind,.kind.nationalGoal{background:#f1e6ff}
    .heat tbody th,.heat tfoot th{position:sticky;left:0;background:#fff;z-index:1}.heat tfoot th{background:#f3f3f3}
    .meta{color:#555;font-size:.85rem}h3 small{font-weight:normal;color:#555;font-size:.85rem}
    .badge{display:inline-block;font-size:.75rem;font-weight:normal;padding:0 .35rem;border-radius:.3rem;background:#fff3c4;color:#5a4500}
    a{color:#0b5cad}
    @media (max-width:40rem){body{padding:.5rem;font-size:15px}.heat th.area{min-width:5.5rem;font-size:.75rem}.heat tbody th,.heat tfoot th{max-width:9rem;font-size:.85rem}}
    @media print{body{max-width:none;font-size:11pt}.scroll{overflow:visible}a{color:inherit;text-decoration:none}section.plan{break-inside:avoid-page}h2{break-after:avoid}
    .heat td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
    """
}
