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

    public func finish(failures: [ImportFailure]) throws {
        for failure in failures { summary.add(failure) }
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
        try w.element("p", ["class": "lead"], text: "\(summary.plans.count) plan\(summary.plans.count == 1 ? "" : "er"), \(items) mål og tiltak"
            + (summary.failures.isEmpty ? "." : "; \(summary.failures.count) fil\(summary.failures.count == 1 ? "" : "er") kunne ikke leses."))
        try heatmap(w)
        try reviewList(w)
        try failures(w)
        try w.element("h2", text: "Planene")
        return w.bytesSoFar()
    }

    private func heatmap(_ w: XMLWriter) throws {
        try w.startElement("section", ["id": "oversikt"])
        try w.element("h2", text: "Oversikt: lokale mål og tiltak per område")
        try w.element("p", ["class": "note"], text: "Rødt: ingenting i området. Nasjonale mål er ikke talt med.")
        try w.startElement("div", ["class": "scroll"])
        try w.startElement("table", ["class": "heat"])
        try w.startElement("thead"); try w.startElement("tr")
        try w.element("th", ["scope": "col"], text: "Plan")
        for area in AreaData.areas {
            try w.startElement("th", ["scope": "col", "title": area.bokmal])
            try w.text("\(area.number) "); try w.element("span", ["class": "area-name"], text: area.bokmal)
            try w.endElement()
        }
        try w.element("th", ["scope": "col"], text: "Ingen område")
        try w.element("th", ["scope": "col"], text: "I alt")
        try w.endElement(); try w.endElement()
        try w.startElement("tbody")
        let most = max(1, summary.plans.flatMap { $0.byArea[1...] }.max() ?? 1)
        for (i, plan) in summary.plans.enumerated() {
            try w.startElement("tr")
            try w.startElement("th", ["scope": "row"]); try w.element("a", ["href": "#plan-\(i + 1)"], text: plan.label); try w.endElement()
            for area in 1...6 {
                let n = plan.byArea[area]
                try w.element("td", ["class": n == 0 ? "zero" : "n", "style": "background:\(Self.colour(n, most))"], text: String(n))
            }
            try w.element("td", ["class": "n"], text: String(plan.byArea[0]))
            try w.element("td", ["class": "n total"], text: String(plan.localGoals + plan.measures))
            try w.endElement()
        }
        try w.endElement()
        try w.endElement(); try w.endElement()
        try w.endElement()
    }

    private func reviewList(_ w: XMLWriter) throws {
        try w.startElement("section", ["id": "til-kontroll"])
        try w.element("h2", text: "Til kontroll (\(summary.review.count))")
        if summary.review.isEmpty {
            try w.element("p", text: "Ingenting å kontrollere.")
        } else {
            try w.startElement("div", ["class": "scroll"])
            try w.startElement("table", ["class": "list"])
            try w.startElement("thead"); try w.startElement("tr")
            for head in ["Plan", "Linje", "Regel", "Melding", "Begrunnelse"] { try w.element("th", ["scope": "col"], text: head) }
            try w.endElement(); try w.endElement()
            try w.startElement("tbody")
            for row in summary.review {
                try w.startElement("tr", ["class": row.severity.rawValue])
                try w.element("td", text: row.plan)
                // A PDF's line is the line on its page: "s. 2, l. 7".
                try w.element("td", ["class": "n"], text: row.line.map { line in row.page.map { "s. \($0), l. \(line)" } ?? String(line) } ?? "")
                try w.element("td", text: row.code)
                try w.element("td", text: row.message)
                try w.element("td", text: row.item.map { "\($0.mapping.method), \(Self.decimal($0.mapping.confidence))" + ($0.mapping.evidence.map { ": \($0)" } ?? "") } ?? "")
                try w.endElement()
            }
            try w.endElement(); try w.endElement(); try w.endElement()
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
        try w.element("h3", text: plan.label)
        try w.startElement("dl")
        let period = plan.plan.periodFrom.map { from in plan.plan.periodTo.map { $0 == from ? "\(from)" : "\(from)–\($0)" } ?? "\(from)" }
        let fields: [(String, String?)] = [("Fil", plan.path), ("Tittel", plan.plan.title), ("Periode", period), ("Vedtatt", plan.plan.adopted),
                                           ("Språk", plan.plan.language.map { $0 == .nynorsk ? "nynorsk" : "bokmål" }), ("Format", plan.format.rawValue),
                                           ("Mål og tiltak", "\(plan.items) (\(plan.localGoals) lokale mål, \(plan.measures) tiltak)")]
        for (name, value) in fields {
            try w.element("dt", text: name); try w.element("dd", text: value ?? "–")
        }
        try w.endElement()
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
                if let d = item.deadline { notes.append("frist: \(d)") }
                if !notes.isEmpty { try w.element("span", ["class": "meta"], text: " (" + notes.joined(separator: "; ") + ")") }
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
    .heat thead th{font-weight:600;max-width:9rem}.area-name{font-weight:normal;font-size:.8rem}
    .list tr.error td:first-child{border-left:4px solid #c00}.list tr.warning td:first-child{border-left:4px solid #e0a000}.list tr.info td:first-child{border-left:4px solid #7aa7d6}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}dt{color:#555}dd{margin:0}
    ul.items{padding-left:1.2rem}ul.items li{margin:.2rem 0}
    .kind{display:inline-block;font-size:.75rem;padding:0 .35rem;border-radius:.3rem;background:#eee;color:#333}
    li.localGoal .kind{background:#d6ecff}li.measure .kind{background:#e3f4e1}li.nationalGoal .kind{background:#f1e6ff}
    .meta{color:#555;font-size:.85rem}
    a{color:#0b5cad}
    @media (max-width:40rem){body{padding:.5rem;font-size:15px}.area-name{display:none}}
    @media print{body{max-width:none;font-size:11pt}.scroll{overflow:visible}a{color:inherit;text-decoration:none}section.plan{break-inside:avoid-page}h2{break-after:avoid}
    .heat td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
    """
}
