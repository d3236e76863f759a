import Foundation
import XCTest
@testable import Handlingsplan

/// A folder as a county's looks: a copy in `arkiv/`, two versions of one branch's plan (the
/// board's draft and the adopted plan), a broken file, plans whose names sort differently in
/// Norwegian than by bytes, both written standards. Each output is read back as its user
/// would: the JSON, the CSV with pandas, the workbook with openpyxl, the report in Chromium,
/// and what a run prints.
final class CountyFolderTests: XCTestCase {
    private var dir: URL!
    private var folder: URL { dir.appendingPathComponent("fylke") }

    override func setUpWithError() throws {
        dir = try temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("arkiv"), withIntermediateDirectories: true)
        try fm.copyItem(at: Paths.seed("000"), to: folder.appendingPathComponent("viken.txt"))
        // The draft: the same plan before the meeting (no adoption line).
        let adopted = try String(contentsOf: Paths.seed("000"), encoding: .utf8)
        try adopted.replacingOccurrences(of: "Vedtatt på årsmøtet", with: "Styrets forslag til årsmøtet")
            .write(to: folder.appendingPathComponent("viken-utkast.txt"), atomically: true, encoding: .utf8)
        try fm.copyItem(at: Paths.seed("002"), to: folder.appendingPathComponent("alver.txt"))
        try fm.copyItem(at: Paths.seed("002"), to: folder.appendingPathComponent("arkiv/alver (1).txt"))
        // Ø before Å in Norwegian; by bytes Å (C3 85) comes before Ø (C3 98).
        try plan("Fagforbundet Åfjord avd. 311", "Handlingsplan 2025", "Vedtatt på årsmøtet 12. feb. 2025", "Vi skal verve 30 nye medlemmer i kommunen.")
            .write(to: folder.appendingPathComponent("afjord.txt"), atomically: true, encoding: .utf8)
        try plan("Fagforbundet Øygarden avd. 045", "Handlingsplan 2025", "Vedteke på årsmøtet 2025-02-12", "Vi skal skipa tillitsvaldkurs for nye tillitsvalde.")
            .write(to: folder.appendingPathComponent("oygarden.txt"), atomically: true, encoding: .utf8)
        try Data("PK\u{3}\u{4}ikke en zip".utf8).write(to: folder.appendingPathComponent("broken.docx"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func plan(_ union: String, _ title: String, _ adopted: String, _ measure: String) -> String {
        "\(union)\n\(title)\n\(adopted)\n\n1 Heltid, likelønn og kampen for mindre forskjeller\n\nTiltak:\n- \(measure)\n- Vi skal ha fire medlemsmøter i året.\n"
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func json(_ run: (status: Int32, stdout: Data, stderr: String)) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], run.stderr)
    }

    // MARK: copies and versions

    func testCopiesAreImportedOnceAndVersionsAreBothKeptAndMarked() throws {
        let run = try runTool(["import", folder.path])
        XCTAssertEqual(run.status, 1, "the broken file fails the run; the rest is imported")
        let batch = try json(run)
        let plans = try XCTUnwrap(batch["plans"] as? [[String: Any]])
        let paths = plans.compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
        XCTAssertEqual(paths.filter { $0.hasSuffix("alver.txt") || $0.hasSuffix("alver (1).txt") }, [path("alver.txt")],
                       "a copy is imported once, under the first file's name")
        XCTAssertEqual(batch["copies"] as? [[String: String]],
                       [["path": path("arkiv/alver (1).txt"), "copyOf": path("alver.txt"),
                         "sha256": try XCTUnwrap(plans.first { ($0["source"] as? [String: Any])?["path"] as? String == path("alver.txt") }
                             .flatMap { ($0["source"] as? [String: Any])?["sha256"] as? String })]])
        let versions = try XCTUnwrap(batch["versions"] as? [[String: Any]])
        XCTAssertEqual(versions.count, 1)
        XCTAssertEqual(versions.first?["paths"] as? [String], [path("viken-utkast.txt"), path("viken.txt")])
        XCTAssertEqual(versions.first?["branch"] as? String, "252")
        XCTAssertTrue(paths.contains(path("viken.txt")) && paths.contains(path("viken-utkast.txt")), "both versions are kept")
        XCTAssertTrue(run.stderr.contains("1 kopi ikke importert på nytt"), run.stderr)
        XCTAssertTrue(run.stderr.contains("flere versjoner av Fagforbundet Viken fylkesforening avd. 252"), run.stderr)
        // The schema the README documents holds the batch with both.
        let python = try OptionalTool.python(["jsonschema"])
        let out = dir.appendingPathComponent("batch.json")
        try run.stdout.write(to: out)
        let valid = try runProcess(python, ["-c", "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
                                            out.path, Paths.root.appendingPathComponent("schema/handlingsplan.schema.json").path])
        XCTAssertEqual(valid.status, 0, valid.stderr)
    }

    func testCheckNamesCopiesAndVersions() throws {
        let run = try runTool(["check", folder.path])
        let text = String(decoding: run.stdout, as: UTF8.self)
        XCTAssertTrue(text.contains("\(path("arkiv/alver (1).txt")):1:1: merknad: Filen er en kopi av \(path("alver.txt"))"), text)
        XCTAssertTrue(text.contains("[duplicate-plan]"))
        for version in ["viken.txt", "viken-utkast.txt"] {
            XCTAssertTrue(text.contains("\(path(version)):1:1: advarsel: Samme fagforening, avdeling og periode"), version)
        }
        XCTAssertEqual(text.components(separatedBy: "[several-versions]").count - 1, 2)
        XCTAssertTrue(text.contains("7 filer sjekket: 1 feil, "), "six plan files and the broken one: \(text)")
    }

    // MARK: the workbook

    func testWorkbookTellsPlansApartInNorwegianOrder() throws {
        let xlsx = dir.appendingPathComponent("fylke.xlsx").path
        let made = try runTool(["import", "-q", folder.path, "--format", "xlsx", "-o", xlsx])
        XCTAssertEqual(made.status, 1, made.stderr)
        let python = try OptionalTool.python(["openpyxl"])
        let read = try runProcess(python, ["-c", """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ov, pl, it = wb["Oversikt"], wb["Planer"], wb["Tiltak og mål"]
        head = [c.value for c in pl[1]]
        ihead = [c.value for c in it[1]]
        rows = [dict(zip(head, [c.value for c in r])) for r in pl.iter_rows(min_row=2)]
        items = [dict(zip(ihead, [c for c in r])) for r in it.iter_rows(min_row=2)]
        print(json.dumps({
          "overview": [[c.value for c in r][:2] for r in ov.iter_rows(min_row=2)],
          "overviewFilter": ov.auto_filter.ref,
          "plans": [[r["Fil"], r["Versjon"], r["Kopi av"], r["Plan-id"]] for r in rows],
          "formats": sorted({r["Format"] for r in rows if r["Format"]}),
          "branchTypes": sorted({(i["Avdeling"].value, i["Avdeling"].data_type) for i in items if i["Avdeling"].value}),
          "itemKeys": len({(i["Plan-id"].value, i["Id"].value) for i in items}), "items": len(items),
          "planIDsOfItems": sorted({i["Plan-id"].value for i in items}),
          "adopted": sorted({str(i["Vedtatt"].value) for i in items if i["Vedtatt"].value is not None}),
          "positions": sorted({(i["Linje"].value is not None, i["Avsnitt"].value is not None) for i in items}),
          # Wrapped rows tall enough: every item whose text is longer than its column is wide.
          "shortRows": [r for r in range(2, it.max_row + 1) if len(str(it.cell(r, ihead.index("Tekst") + 1).value or "")) > 80
                        and (it.row_dimensions[r].height or 15) < 30],
          "alignments": sorted({str(c.alignment.vertical) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}),
          # A head's longest word fits its column (a head wraps between words, not inside one).
          "brokenHeads": [(ws.title, c.value) for ws in wb.worksheets for c in ws[1] if c.value
                          and max(len(w) for w in str(c.value).replace("-", " ").split()) > (ws.column_dimensions[c.column_letter].width or 8.43)],
        }))
        """, xlsx])
        XCTAssertEqual(read.status, 0, read.stderr)
        let book = try XCTUnwrap(JSONSerialization.jsonObject(with: read.stdout) as? [String: Any])
        let overview = try XCTUnwrap(book["overview"] as? [[String]])
        let labels = overview.map { $0[0] }
        XCTAssertEqual(Set(labels).count, labels.count, "every row of the overview reads differently: \(labels)")
        XCTAssertTrue(labels.contains { $0.contains("(viken.txt, vedtatt 24.01.2024)") }, "\(labels)")
        XCTAssertTrue(labels.contains { $0.contains("(viken-utkast.txt)") }, "\(labels)")
        let oy = try XCTUnwrap(labels.firstIndex { $0.hasPrefix("Fagforbundet Øygarden") })
        let aa = try XCTUnwrap(labels.firstIndex { $0.hasPrefix("Fagforbundet Åfjord") })
        let viken = try XCTUnwrap(labels.firstIndex { $0.hasPrefix("Fagforbundet Viken") })
        XCTAssertTrue(viken < oy && oy < aa, "Norwegian order: V, Ø, Å: \(labels)")
        XCTAssertEqual(overview.map { $0[1] }.count, overview.count, "a file column")
        XCTAssertNotNil(book["overviewFilter"] as? String, "the overview has a filter")
        let plans = try XCTUnwrap(book["plans"] as? [[Any]])
        func row(_ name: String) -> [Any]? { plans.first { ($0[0] as? String) == path(name) } }
        XCTAssertEqual(row("viken.txt")?[1] as? String, "2 av 2")
        XCTAssertEqual(row("viken-utkast.txt")?[1] as? String, "1 av 2")
        XCTAssertEqual(row("arkiv/alver (1).txt")?[2] as? String, path("alver.txt"), "the copy has a row that names what it copies")
        XCTAssertEqual(row("arkiv/alver (1).txt")?[3] as? String, row("alver.txt")?[3] as? String, "and the same plan id")
        let branches = (book["branchTypes"] as? [[Any]] ?? []).map { "\($0[0]):\($0[1])" }
        XCTAssertTrue(branches.contains("045:s") && branches.contains("252:s"), "branches are text: \(branches)")
        XCTAssertEqual(book["itemKeys"] as? Int, book["items"] as? Int, "(plan id, item id) is a key")
        let rowIDs = Set(plans.compactMap { $0[3] as? String })
        XCTAssertTrue(Set(book["planIDsOfItems"] as? [String] ?? []).isSubset(of: rowIDs), "every item joins to its plan's row")
        XCTAssertTrue((book["adopted"] as? [String] ?? []).contains("2025-02-12 00:00:00"), "the adoption date as a date: \(book["adopted"] ?? "")")
        XCTAssertEqual(book["positions"] as? [[Bool]], [[true, false]], "text plans count lines, not paragraphs")
        XCTAssertEqual(book["shortRows"] as? [Int], [], "rows with long texts are tall enough to show them")
        XCTAssertEqual(book["alignments"] as? [String], ["top"], "one vertical alignment")
        XCTAssertEqual(book["formats"] as? [String], ["tekst"], "formats named as a person names them")
        XCTAssertEqual((book["brokenHeads"] as? [Any])?.count, 0, "no head broken inside a word: \(book["brokenHeads"] ?? "")")
    }

    // MARK: the CSV

    /// pandas with the dtypes the README documents: identifiers stay text, positions numbers.
    func testCSVJoinsInPandasWithTheDocumentedTypes() throws {
        let csv = dir.appendingPathComponent("fylke.csv").path
        XCTAssertEqual(try runTool(["import", "-q", folder.path, "--format", "csv", "-o", csv]).status, 1)
        let batch = try json(try runTool(["import", "-q", folder.path]))
        let python = try OptionalTool.python(["pandas"])
        let readme = try String(contentsOf: Paths.root.appendingPathComponent("README.md"), encoding: .utf8)
        // The README's dtype line, as an analyst would copy it.
        let dtype = try XCTUnwrap(readme.split(separator: "\n").first { $0.contains("dtype=") && $0.contains("read_csv") }, "README shows read_csv with dtype")
        let read = try runProcess(python, ["-c", """
        import json, sys
        import pandas as pd
        df = \(dtype.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"items.csv\"", with: "sys.argv[1]"))
        print(json.dumps({
          "branches": sorted(set(df["branch"].dropna())), "branchType": str(df["branch"].dtype),
          "sections": sorted(set(str(type(x).__name__) for x in df["section_number"].dropna())),
          "planIDs": sorted(set(df["plan_id"])), "unique": bool(df.set_index(["plan_id", "item_id"]).index.is_unique),
          "rows": len(df), "paragraphs": int(df["paragraph"].notna().sum()), "lines": int(df["line"].notna().sum()),
          "adopted": sorted(set(df["adopted"].dropna())), "titles": int(df["title"].notna().sum()),
        }))
        """, csv])
        XCTAssertEqual(read.status, 0, read.stderr)
        let frame = try XCTUnwrap(JSONSerialization.jsonObject(with: read.stdout) as? [String: Any])
        XCTAssertTrue(["object", "str", "string"].contains(frame["branchType"] as? String ?? ""), "branch is text: \(frame["branchType"] ?? "")")
        XCTAssertTrue((frame["branches"] as? [String] ?? []).contains("045"), "a leading zero survives: \(frame)")
        XCTAssertEqual(frame["unique"] as? Bool, true)
        let plans = try XCTUnwrap(batch["plans"] as? [[String: Any]])
        let ids = Set(plans.compactMap { (($0["source"] as? [String: Any])?["sha256"] as? String).map { String($0.prefix(16)) } })
        XCTAssertEqual(Set(frame["planIDs"] as? [String] ?? []), ids, "plan_id is the file's SHA-256, short")
        XCTAssertEqual(frame["rows"] as? Int, plans.reduce(0) { $0 + (($1["items"] as? [Any])?.count ?? 0) }, "the copy's items are not counted twice")
        XCTAssertEqual(frame["paragraphs"] as? Int, 0, "text plans: positions are lines")
        XCTAssertEqual(frame["lines"] as? Int, frame["rows"] as? Int)
        XCTAssertTrue((frame["adopted"] as? [String] ?? []).contains("2025-02-12"), "ISO date in the plan: \(frame)")
        XCTAssertEqual(frame["sections"] as? [String], ["str"], "section numbers are text (\"4.1\", not 4.1)")
    }

    // MARK: the report in a browser

    /// Chromium from Debian when it is there: the DOM has the totals, the legend and links
    /// that resolve; at a phone's width every area's name is shown, not clipped. Screenshots at
    /// 1280 and 390 px are kept in .build/test-output/ for a person to look at.
    func testReportInChromiumAtDesktopAndPhoneWidths() throws {
        guard let chromium = OptionalTool.find("chromium") ?? OptionalTool.find("chromium-browser") else { throw XCTSkip("Chromium is not installed") }
        let html = dir.appendingPathComponent("rapport.html")
        XCTAssertEqual(try runTool(["report", "-q", folder.path, "-o", html.path]).status, 1)
        // A probe appended to a copy measures what the browser laid out (the report has no scripts).
        let page = try String(contentsOf: html, encoding: .utf8)
        let probe = dir.appendingPathComponent("probe.html")
        try page.replacingOccurrences(of: "</body></html>", with: """
        <script>
        var out = {};
        out.areas = Array.from(document.querySelectorAll(".heat thead th.area")).map(function (t) {
          var b = t.getBoundingClientRect(); return {text: t.textContent, width: Math.round(b.width), clipped: t.scrollWidth > t.clientWidth + 1}; });
        out.totals = Array.from(document.querySelectorAll(".heat tfoot td")).map(function (t) { return t.textContent; });
        out.legend = document.querySelectorAll("#forklaring dt").length;
        out.links = Array.from(document.querySelectorAll(".heat tbody th a")).map(function (a) {
          return !!document.getElementById(a.getAttribute("href").slice(1)); });
        out.badges = document.querySelectorAll(".heat .badge").length;
        out.copies = document.querySelectorAll("#kopier li").length;
        out.positions = document.querySelectorAll("ul.items .pos").length;
        document.body.setAttribute("data-probe", JSON.stringify(out));
        </script></body></html>
        """).write(to: probe, atomically: true, encoding: .utf8)
        for width in [1280, 390] {
            let dom = try runProcess(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=\(width),1600", "--dump-dom", probe.absoluteString])
            let text = String(decoding: dom.stdout, as: UTF8.self)
            // The capability is what Chromium produces: a page that ran the probe.
            guard let start = text.range(of: "data-probe=\"") else {
                if text.isEmpty { throw XCTSkip("Chromium produced no DOM (\(dom.stderr.prefix(200)))") }
                return XCTFail("the probe did not run at \(width) px")
            }
            let attribute = text[start.upperBound...].prefix { $0 != "\"" }
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            let probe = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(attribute.utf8)) as? [String: Any])
            let areas = probe["areas"] as? [[String: Any]] ?? []
            XCTAssertEqual(areas.count, 7, "six areas and no area")
            for area in areas {
                let name = area["text"] as? String ?? ""
                XCTAssertGreaterThan(name.count, 3, "\(width) px: the head names the area, not only its number")
                XCTAssertEqual(area["clipped"] as? Bool, false, "\(width) px: \(name) is clipped")
                XCTAssertGreaterThanOrEqual(area["width"] as? Int ?? 0, 60, "\(width) px: \(name) has room to be read")
            }
            let totals = probe["totals"] as? [String] ?? []
            XCTAssertTrue(totals.prefix(6).allSatisfy { $0.hasSuffix(" av 5") }, "n of N plans (five: the copy is one, the broken file none) have nothing in each area: \(totals)")
            XCTAssertGreaterThanOrEqual(probe["legend"] as? Int ?? 0, 8, "a legend for colours, badges, kinds and severities")
            XCTAssertEqual((probe["links"] as? [Bool])?.allSatisfy { $0 }, true, "every row links to its plan's section")
            XCTAssertEqual(probe["badges"] as? Int, 2, "both versions are marked")
            XCTAssertEqual(probe["copies"] as? Int, 2, "the copy and the set of versions are listed")
            XCTAssertGreaterThan(probe["positions"] as? Int ?? 0, 100, "every item says where it stands")
        }
        let output = Paths.root.appendingPathComponent(".build/test-output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for width in [1280, 390] {
            let png = output.appendingPathComponent("report-\(width).png")
            try? FileManager.default.removeItem(at: png)
            _ = try runProcess(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(width),2000",
                                          "--screenshot=\(png.path)", html.absoluteString])
            let head = try Data(contentsOf: png).prefix(8)
            XCTAssertEqual(Array(head), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG at \(width) px")
        }
    }

    // MARK: what a run says

    /// Every message of a run about plans and files is Norwegian, with plurals as words.
    func testEveryMessageOfARunIsNorwegian() throws {
        var said: [String] = []
        let out = dir.appendingPathComponent("ut")
        said.append(try runTool(["import", folder.path, "-o", dir.appendingPathComponent("a.json").path]).stderr)
        said.append(try runTool(["import", folder.path, "--format", "csv", "-o", dir.appendingPathComponent("a.csv").path]).stderr)
        said.append(try runTool(["import", folder.path, "--output-dir", out.path]).stderr)
        said.append(try runTool(["report", folder.path, "-o", dir.appendingPathComponent("a.html").path]).stderr)
        let check = try runTool(["check", folder.path])
        said.append(String(decoding: check.stdout, as: UTF8.self) + check.stderr)
        let empty = dir.appendingPathComponent("tom")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let nothing = try runTool(["import", empty.path])
        XCTAssertEqual(nothing.status, 1, "an empty folder is no result")
        XCTAssertEqual(nothing.stdout.count, 0)
        XCTAssertEqual(nothing.stderr.split(separator: "\n").count, 1, nothing.stderr)
        XCTAssertEqual(try runTool(["check", empty.path]).status, 1, "the same verdict as check's")
        said.append(nothing.stderr)
        let all = said.joined(separator: "\n")
        // Words of English a staffer would read (file names and rule codes aside).
        let english = try NSRegularExpression(pattern: #"\b(error|errors|warning|warnings|info|file|files|checked|imported|failed|skipped|cannot|copies|versions)\b|\((er|e)\)"#)
        for line in all.split(separator: "\n") {
            let text = String(line).replacingOccurrences(of: folder.path, with: "").replacingOccurrences(of: dir.path, with: "")
                .replacingOccurrences(of: #"\[[a-z0-9-]+\]$"#, with: "", options: .regularExpression)
            XCTAssertNil(english.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), "English in: \(text)")
        }
        XCTAssertTrue(all.contains("feil: "), all)
        XCTAssertTrue(all.contains("importerte 5 planer"), all)
    }

    /// Two inputs of one name in --output-dir: the second is renamed, and the run says so.
    func testOutputDirCollisionsAreListed() throws {
        let out = dir.appendingPathComponent("ut")
        let other = dir.appendingPathComponent("annen")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try plan("Fagforbundet Vik avd. 12", "Handlingsplan 2025", "Vedteke på årsmøtet 3. mars 2025", "Vi skal verve fleire medlemar.")
            .write(to: other.appendingPathComponent("alver.txt"), atomically: true, encoding: .utf8)
        let run = try runTool(["import", path("alver.txt"), other.appendingPathComponent("alver.txt").path, "--output-dir", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("alver-2.json").path))
        XCTAssertTrue(run.stderr.contains("1 fil fikk et annet navn") && run.stderr.contains("alver-2.json"), run.stderr)
    }

    func testAdoptionDatesAsPeopleWriteThem() throws {
        let cases: [(String, String?)] = [
            ("Vedtatt på årsmøtet 2024-02-12", "2024-02-12"),
            ("Vedtatt på årsmøtet 12. feb. 2024", "2024-02-12"),
            ("Vedtatt på årsmøtet den 12. februar 2024", "2024-02-12"),
            ("Vedtatt på årsmøtet 30/1-2024", "2024-01-30"),
            ("Vedtatt på årsmøtet 30.1.2024", "2024-01-30"),
            ("Årsmøtet vedtok planen 14. februar 2024", "2024-02-14"),
            ("Vedteke på årsmøtet 12. feb. 2024", "2024-02-12"),
            ("Vedteken på årsmøtet den 3. mars 2024", "2024-03-03"),
            ("Årsmøtet vedtok planen 14. februar 2024. Neste årsmøte er 13. februar 2025.", "2024-02-14"),
            ("Neste årsmøte er 13. februar 2025.", nil),
        ]
        for (line, date) in cases {
            let plan = try importText(plan("Fagforbundet Testby avd. 1", "Handlingsplan 2024", line, "Vi skal verve 20 nye medlemmer."))
            XCTAssertEqual(plan.plan.adopted, date, line)
        }
    }
    /// Help wraps at the terminal's width; an example command is never broken across lines.
    func testHelpWrapsAtTheTerminalsWidthWithExamplesWhole() throws {
        for command in ["import", "check", "report"] {
            let examples = try runTool([command, "--help"]).stdout
            let exampleLines = String(decoding: examples, as: UTF8.self).split(separator: "\n").filter {
                $0.hasPrefix("  handlingsplan ") || $0.hasPrefix("  cat ")
            }
            XCTAssertGreaterThanOrEqual(exampleLines.count, 2, command)
            for width in [50, 72, 120] {
                let run = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["COLUMNS=\(width)", Paths.binary.path, command, "--help"])
                XCTAssertEqual(run.status, 0, run.stderr)
                let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                for example in exampleLines { XCTAssertTrue(lines.contains(example), "\(command) at \(width): «\(example)» is whole") }
                for line in lines where !exampleLines.contains(line) && line.contains(" ") {
                    XCTAssertLessThanOrEqual(line.count, width, "\(command) at \(width): \(line)")
                }
            }
        }
        XCTAssertEqual(try runTool(["help", "check"]).stdout, try runTool(["check", "--help"]).stdout)
        // A subcommand's usage error shows that subcommand's usage.
        let wrong = try runTool(["report", "--format", "xlsx", folder.path])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.stderr.contains("handlingsplan report") && !wrong.stderr.contains("handlingsplan import"), wrong.stderr)
    }

    /// The report writes dates as the workbook shows them: dd.mm.yyyy.
    func testTheReportWritesDatesAsTheWorkbookDoes() throws {
        let plan = dir.appendingPathComponent("frist.txt")
        try "Fagforbundet Testvik avd. 1\nHandlingsplan 2026\nVedtatt på årsmøtet 2026-02-03\n\nTiltak:\n- Kurs for tillitsvalgte (frist 2026-05-31)\n"
            .write(to: plan, atomically: true, encoding: .utf8)
        let html = dir.appendingPathComponent("r.html")
        XCTAssertEqual(try runTool(["report", "-q", plan.path, "-o", html.path]).status, 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        XCTAssertTrue(page.contains("03.02.2026") && page.contains("frist: 31.05.2026"), page)
        XCTAssertFalse(page.contains("2026-05-31") || page.contains("2026-02-03"))
    }
    /// A folder is read in Norwegian order of its names (case aside, Æ Ø Å last), so the
    /// items sheet, the JSON and the CSV list the plans as the overview does.
    func testAFolderIsReadInNorwegianOrder() throws {
        let names = ["Ås.txt", "Ørland.txt", "bø.txt", "Alta.txt"]
        let plans = dir.appendingPathComponent("orden")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        for (k, name) in names.enumerated() {
            try plan("Fagforbundet Test\(k)", "Handlingsplan 2026", "Vedtatt på årsmøtet 3. mars 2026", "Vi skal verve \(k + 10) nye medlemmer.")
                .write(to: plans.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let batch = try json(try runTool(["import", "-q", plans.path]))
        let order = (batch["plans"] as? [[String: Any]] ?? []).compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
            .map { ($0 as NSString).lastPathComponent }
        XCTAssertEqual(order, ["Alta.txt", "bø.txt", "Ørland.txt", "Ås.txt"])
    }
}
