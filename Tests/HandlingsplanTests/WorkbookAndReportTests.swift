import Foundation
import SwiftCSV
import XCTest
@testable import Handlingsplan

/// What county staff and analysts open: the workbook (read back with openpyxl, an
/// independent reader), the spreadsheet-safe CSV (and LibreOffice reading it as Norwegian
/// Excel would, when LibreOffice is installed), and the HTML report (parsed as XML).
final class WorkbookAndReportTests: XCTestCase {
    private var tricky: String { Paths.fixtures.appendingPathComponent("exports/tricky.txt").path }
    private let formula = #"=HYPERLINK("http://example.com","klikk")"#

    private func temporary(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hp-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    /// Runs Python with openpyxl on `script` (the workbook path as argv[1]); its standard output as JSON.
    private func openpyxl(_ script: String, _ path: String) throws -> [String: Any] {
        let python = try OptionalTool.python(["openpyxl"])
        let run = try runProcess(python, ["-c", script, path])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any] ?? [:]
    }

    func testWorkbookReadBackWithOpenpyxl() throws {
        let xlsx = temporary("plans.xlsx")
        let inputs = [Paths.seeds.path, tricky, "/no/such/plan.txt"]
        let made = try runTool(["import", "-q", "--format", "xlsx", "-o", xlsx] + inputs)
        XCTAssertEqual(made.status, 1, "one input is missing")
        let json = try runTool(["import", "-q"] + inputs)
        let batch = try JSONSerialization.jsonObject(with: json.stdout) as! [String: Any]
        let plans = batch["plans"] as! [[String: Any]]

        let book = try openpyxl("""
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        items = wb["Tiltak og mål"]
        rows = list(items.iter_rows(min_row=2))
        head = [c.value for c in items[1]]
        col = {name: i for i, name in enumerate(head)}
        def cell(r, name): return r[col[name]]
        out = {"sheets": wb.sheetnames, "items": len(rows), "frozen": items.freeze_panes, "filter": items.auto_filter.ref,
               "sectionNumbers": sorted({(cell(r, "Seksjonsnr.").value, cell(r, "Seksjonsnr.").data_type) for r in rows if cell(r, "Seksjonsnr.").value}),
               "branches": sorted({(cell(r, "Avdeling").value, cell(r, "Avdeling").data_type) for r in rows if cell(r, "Avdeling").value}),
               "confidenceTypes": sorted({type(cell(r, "Sikkerhet").value).__name__ for r in rows}),
               "formulaCells": [(cell(r, "Tekst").value, cell(r, "Tekst").data_type) for r in rows if str(cell(r, "Tekst").value).startswith(("=", "+", "@"))]}
        ov = wb["Oversikt"]
        out["overviewHead"] = [c.value for c in ov[1]]
        out["overview"] = {r[1].value: [c.value for c in r[2:9]] for r in ov.iter_rows(min_row=2)}
        out["overviewFilter"] = ov.auto_filter.ref
        out["colourScale"] = len(ov.conditional_formatting)
        pl = wb["Planer"]
        plHead = [c.value for c in pl[1]]
        out["plansHead"] = plHead
        out["plans"] = [[str(c.value) if c.value is not None else None for c in r] for r in pl.iter_rows(min_row=2)]
        adopted = plHead.index("Vedtatt")
        out["adoptedTypes"] = sorted({type(r[adopted].value).__name__ for r in pl.iter_rows(min_row=2) if r[adopted].value is not None})
        out["itemPlanIDs"] = sorted({cell(r, "Plan-id").value for r in rows})
        out["planIDs"] = sorted({r[plHead.index("Plan-id")].value for r in pl.iter_rows(min_row=2) if r[plHead.index("Plan-id")].value})
        rv = wb["Til kontroll"]
        out["review"] = [[c.value for c in r][:6] for r in rv.iter_rows(min_row=2)]
        print(json.dumps(out))
        """, xlsx)

        XCTAssertEqual(book["sheets"] as? [String], ["Tiltak og mål", "Oversikt", "Til kontroll", "Planer"])
        XCTAssertEqual(book["items"] as? Int, plans.reduce(0) { $0 + ($1["items"] as! [Any]).count }, "one row per item")
        XCTAssertEqual(book["frozen"] as? String, "A2")
        XCTAssertNotNil(book["filter"] as? String)
        let sectionNumbers = (book["sectionNumbers"] as! [[Any]]).map { "\($0[0]):\($0[1])" }
        XCTAssertTrue(sectionNumbers.contains("4.1:s") && sectionNumbers.contains("4.2:s"), "section numbers are strings: \(sectionNumbers)")
        XCTAssertTrue(sectionNumbers.allSatisfy { $0.hasSuffix(":s") })
        let branches = (book["branches"] as! [[Any]]).map { "\($0[0]):\($0[1])" }
        XCTAssertTrue(branches.contains("0123:s"), "a branch number keeps its leading zero as text: \(branches)")
        XCTAssertTrue(Set(book["confidenceTypes"] as! [String]).isSubset(of: ["float", "int"]), "confidence is a number")
        let formulas = (book["formulaCells"] as! [[Any]]).map { "\($0[1])|\($0[0])" }
        XCTAssertTrue(formulas.contains("s|\(formula)"), "a formula-like text is a string cell, unchanged: \(formulas)")
        XCTAssertTrue(formulas.allSatisfy { $0.hasPrefix("s|") })
        XCTAssertEqual(book["colourScale"] as? Int, 1)
        XCTAssertEqual(book["adoptedTypes"] as? [String], ["datetime"], "adoption dates are dates")

        // The overview's counts are the JSON's: local goals and measures per area, "no area" last;
        // a row per plan, named by its file too, and filtered.
        XCTAssertEqual((book["overviewHead"] as? [String])?.prefix(2), ["Plan", "Fil"])
        XCTAssertNotNil(book["overviewFilter"] as? String, "the overview has a filter")
        let overview = book["overview"] as! [String: [Int]]
        XCTAssertEqual(overview.count, plans.count)
        // Every item row joins to a row of the plans' sheet by its plan id.
        XCTAssertEqual(book["itemPlanIDs"] as? [String], book["planIDs"] as? [String])
        for plan in plans {
            let path = (plan["source"] as! [String: Any])["path"] as! String
            let label = String(path.split(separator: "/").last!)
            var counts = Array(repeating: 0, count: 7)
            for item in plan["items"] as! [[String: Any]] where item["kind"] as? String != "nationalGoal" {
                counts[(item["area"] as? Int).map { $0 - 1 } ?? 6] += 1
            }
            XCTAssertEqual(overview[label], counts, label)
        }
        // Planer: one row per plan, then the failed file with its reason.
        let planRows = book["plans"] as! [[Any]]
        XCTAssertEqual(planRows.count, plans.count + 1)
        XCTAssertEqual(planRows.last?.first as? String, "/no/such/plan.txt")
        XCTAssertEqual(planRows.last?.last as? String, "filen eller mappen finnes ikke")
        // Til kontroll: the check findings, the uncertain mappings among them.
        let review = book["review"] as! [[Any]]
        XCTAssertTrue(review.contains { $0[3] as? String == "template-text" })
        XCTAssertTrue(review.contains { $0[3] as? String == "low-confidence" })
    }

    /// Only a text that is a date, and a real one, becomes a date cell.
    /// libxlsxwriter is loaded for a workbook only: the tool starts without it (and without
    /// the libcrypto it needs), and a missing library is a clear error, not a crash.
    func testLibxlsxwriterIsLoadedOnlyForAWorkbook() throws {
        guard let readelf = OptionalTool.find("readelf") else { throw XCTSkip("readelf is not installed") }
        let dynamic = try runProcess(readelf, ["-d", Paths.binary.path])
        XCTAssertEqual(dynamic.status, 0, dynamic.stderr)
        let needed = String(decoding: dynamic.stdout, as: UTF8.self)
        XCTAssertTrue(needed.contains("libxml2"), needed)
        XCTAssertFalse(needed.contains("libxlsxwriter"), needed)
        XCTAssertFalse(needed.contains("libcrypto"), needed)

        guard case .failure(let missing) = XlsxWriterLibrary.load("libxlsxwriter-not-installed.so.0") else {
            return XCTFail("a library that is not there loaded")
        }
        XCTAssertTrue(missing.description.contains("libxlsxwriter (Debian: libxlsxwriter4)"), missing.description)
        XCTAssertTrue(missing.description.contains("libxlsxwriter-not-installed.so.0"), missing.description)
        // A library without the functions (libz) is refused by name, not called.
        guard case .failure(let wrong) = XlsxWriterLibrary.load("libz.so.1") else { return XCTFail("libz taken for libxlsxwriter") }
        XCTAssertTrue(wrong.description.contains("workbook_new_opt is missing"), wrong.description)
        guard case .success = XlsxWriterLibrary.functions else { return XCTFail("the installed libxlsxwriter did not load") }
    }

    func testDateCells() {
        func ymd(_ s: String) -> [Int32]? { WorkbookOutput.date(s).map { [$0.year, $0.month, $0.day] } }
        XCTAssertEqual(ymd("2024-01-24"), [2024, 1, 24])
        XCTAssertEqual(ymd("24.01.2024"), [2024, 1, 24])
        XCTAssertEqual(ymd(" 15.2.24 "), [2024, 2, 15])
        XCTAssertEqual(ymd("29.02.2024"), [2024, 2, 29])
        for text in ["29.02.2025", "31.04.2025", "innen 1.3.2025", "4.1", "2024", "Q2 2025", "2024-13-01"] {
            XCTAssertNil(ymd(text), text)
        }
    }

    /// Excel holds at most 32,767 characters in a cell: a longer item is cut and says so, not dropped.
    func testOverlongTextIsCutNotLost() throws {
        let long = "Verve " + String(repeating: "medlemmer og ", count: 3_500) + "slutt"
        let plan = temporary("lang.txt")
        try "Handlingsplan 2025\n\nTiltak:\n- \(long)\n- Kort tiltak\n".write(toFile: plan, atomically: true, encoding: .utf8)
        let xlsx = temporary("lang.xlsx")
        XCTAssertEqual(try runTool(["import", "-q", "--format", "xlsx", "-o", xlsx, plan]).status, 0)
        let book = try openpyxl("""
        import json, sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])["Tiltak og mål"]
        head = [c.value for c in ws[1]]
        texts = [r[head.index("Tekst")].value for r in ws.iter_rows(min_row=2)]
        print(json.dumps({"lengths": [len(t) for t in texts], "end": texts[0][-40:], "second": texts[1]}))
        """, xlsx)
        let lengths = book["lengths"] as! [Int]
        XCTAssertEqual(lengths.count, 2, "both items have their row")
        XCTAssertLessThanOrEqual(lengths[0], 32_767)
        XCTAssertGreaterThan(lengths[0], 32_000)
        XCTAssertTrue((book["end"] as! String).hasSuffix("[forkortet: \(long.count) tegn i alt]"))
        XCTAssertEqual(book["second"] as? String, "Kort tiltak")
    }

    func testExcelCSVKeepsIdentifiersAsTextAndNeutralisesFormulas() throws {
        func rows(_ args: [String], _ delimiter: CSVDelimiter) throws -> [[String: String]] {
            let run = try runTool(["import", "-q", "--format", "csv", tricky] + args)
            XCTAssertEqual(run.status, 0, run.stderr)
            var text = String(decoding: run.stdout, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return try CSV<Named>(string: text, delimiter: delimiter).rows
        }
        let plain = try rows([], .comma)
        XCTAssertEqual(plain[0]["text"], formula, "the plain CSV keeps the data as it is")
        XCTAssertEqual(plain[0]["section_number"], "4.1")
        let safe = try rows(["--safe-csv"], .comma)
        XCTAssertEqual(safe[0]["text"], "'" + formula)
        XCTAssertEqual(safe[1]["text"]?.hasPrefix("'+47"), true)
        XCTAssertEqual(safe[3]["text"], "'@styret lager en plan for digitale verktøy")
        XCTAssertEqual(safe[0]["section_number"], "4.1", "--safe-csv alone changes no identifier")
        let excel = try rows(["--excel"], .semicolon)
        XCTAssertEqual(excel[0]["text"], "'" + formula)
        XCTAssertEqual(excel[0]["section_number"], #"="4.1""#)
        XCTAssertEqual(excel[0]["branch"], #"="0123""#)
        XCTAssertEqual(excel[0]["period_from"], "2025", "numbers stay numbers")
        XCTAssertEqual(excel[2]["text"], "Verve 10 nye medlemmer", "ordinary text unchanged")

        for value in Self.convertedByNorwegianSpreadsheets {
            XCTAssertEqual(CSVExport.spreadsheetSafe(value, .excel), "=\"" + value + "\"", value)
        }
        for text in ["Ja", "mai", "innen mai 2025", "uke 12", "Kurs (2 dager)", "Krav 2025", "Mars-møte", "Verve 10 nye medlemmer", "april–mai 2025"] {
            XCTAssertEqual(CSVExport.spreadsheetSafe(text, .excel), text, "text a spreadsheet leaves as text: \(text)")
        }
        XCTAssertTrue(CSVExport.looksLikeNumberOrDate("15.02.2025"))
        XCTAssertTrue(CSVExport.looksLikeNumberOrDate("1/3"))
        XCTAssertFalse(CSVExport.looksLikeNumberOrDate("4.1 Verving"))
        XCTAssertFalse(CSVExport.looksLikeNumberOrDate("..."))
    }

    /// Characters XML cannot hold (U+FFFF, U+FFFE, C0 controls) in a plan's texts: every part of
    /// the workbook stays well-formed XML (they once cut the sheet, losing the next plans'
    /// rows), and the cell shows U+FFFD where they stood.
    func testWorkbookReplacesCharactersXMLCannotHold() throws {
        let xlsx = temporary("plans.xlsx")
        let dir = (xlsx as NSString).deletingLastPathComponent
        let hostile = dir + "/hostile.txt"
        try "Handlingsplan 2025\n\nTiltak:\n- Verve \u{FFFF} nye medlemmer\n- Kurs \u{FFFE} for\u{1} tillitsvalgte\u{1B}[31m\n- Stand\u{B} på \u{C}torget\n"
            .write(toFile: hostile, atomically: true, encoding: .utf8)
        let inputs = [hostile, Paths.seed("000").path]
        let made = try runTool(["import", "-q", "--format", "xlsx", "-o", xlsx] + inputs)
        XCTAssertEqual(made.status, 0, made.stderr)
        let items = try runTool(["import", "-q"] + inputs)
        let batch = try JSONSerialization.jsonObject(with: items.stdout) as! [String: Any]
        let count = (batch["plans"] as! [[String: Any]]).reduce(0) { $0 + ($1["items"] as! [Any]).count }
        let book = try openpyxl("""
        import json, sys, zipfile, xml.dom.minidom, openpyxl
        z = zipfile.ZipFile(sys.argv[1])
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"): xml.dom.minidom.parseString(z.read(name))
        ws = openpyxl.load_workbook(sys.argv[1])["Tiltak og mål"]
        rows = list(ws.iter_rows(values_only=True))
        text = rows[0].index("Tekst")
        print(json.dumps({"rows": len(rows) - 1, "texts": [r[text] for r in rows[1:4]]}))
        """, xlsx)
        XCTAssertEqual(book["rows"] as? Int, count, "every row of both plans")
        let texts = book["texts"] as? [String] ?? []
        XCTAssertEqual(texts.first, "Verve \u{FFFD} nye medlemmer")
        for text in texts {
            XCTAssertFalse(text.unicodeScalars.contains { !XMLWriter.isXMLChar($0.value) }, text)
        }
    }

    /// Past Excel's last row (1,048,576) the items go on in "Tiltak og mål (2)" and on, each with
    /// the header, frozen and filtered; so do the other sheets' rows. Tried with a small sheet
    /// (a million rows are slow to read back), and the real size checked.
    func testRowsPastASheetGoOnInTheNextSheet() throws {
        let xlsx = temporary("plans.xlsx")
        let workbook = try WorkbookOutput(writer: AtomicFile.Writer(path: xlsx), rowsPerSheet: 20)
        let plans = [try importSeed("000"), try importSeed("001"), try PlanImporter().importFile(at: tricky)]
        for plan in plans { try workbook.add(plan) }
        try workbook.finish(failures: [])
        let total = plans.reduce(0) { $0 + $1.items.count }
        XCTAssertGreaterThan(total, 40, "enough items for three sheets")
        let book = try openpyxl("""
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"names": wb.sheetnames, "rows": {}, "heads": {}, "filters": {}, "frozen": {}}
        for ws in wb.worksheets:
            rows = list(ws.iter_rows(values_only=True))
            out["rows"][ws.title] = len(rows) - 1
            out["heads"][ws.title] = rows[0][0]
            out["filters"][ws.title] = ws.auto_filter.ref
            out["frozen"][ws.title] = ws.freeze_panes
        print(json.dumps(out))
        """, xlsx)
        let names = book["names"] as? [String] ?? []
        let itemSheets = names.filter { $0.hasPrefix("Tiltak og mål") }
        XCTAssertEqual(itemSheets.count, (total + 19) / 20)
        XCTAssertEqual(Array(names.prefix(itemSheets.count)), ["Tiltak og mål"] + (2...itemSheets.count).map { "Tiltak og mål (\($0))" },
                       "the continuation sheets stand beside the first")
        let rows = book["rows"] as? [String: Int] ?? [:]
        XCTAssertEqual(itemSheets.reduce(0) { $0 + rows[$1, default: 0] }, total, "every item, once")
        XCTAssertTrue(itemSheets.allSatisfy { rows[$0, default: 0] <= 20 })
        XCTAssertTrue(itemSheets.allSatisfy { (book["heads"] as? [String: Any])?[$0] as? String == "Plan-id" }, "each sheet has the header")
        XCTAssertTrue(itemSheets.allSatisfy { (book["frozen"] as? [String: Any])?[$0] as? String == "A2" })
        XCTAssertEqual((book["filters"] as? [String: Any])?["Tiltak og mål"] as? String, "A1:AB21")
        XCTAssertTrue(names.contains("Oversikt") && names.contains("Planer"))
        let reviewSheets = names.filter { $0.hasPrefix("Til kontroll") }
        let reviewRows = reviewSheets.reduce(0) { $0 + rows[$1, default: 0] }
        XCTAssertEqual(reviewSheets.count, max(1, (reviewRows + 19) / 20))
        XCTAssertEqual(try WorkbookOutput(writer: AtomicFile.Writer(path: temporary("real.xlsx"))).rowsPerSheet, 1_048_575,
                       "Excel's 1,048,576 rows, the header one of them")
    }

    /// Cells LibreOffice (nb-NO) turns into values besides numbers and numeric dates, each seen
    /// doing so: booleans, accounting negatives, amounts, dates with a month's name.
    static let convertedByNorwegianSpreadsheets = ["SANN", "usann", "(100)", "(1 000)", "(4,5)", "100,-", "kr 100", "100 kr", "kr 1 000",
                                                   "10 000 kr", "mars 2025", "Mars 2025", "24. mars", "1. mars", "1. mai", "24.mars",
                                                   "24 . mars", "24. mars 2025", "jan. 2025", "des. 2025", "januar 25"]

    /// LibreOffice, told to read the CSV as Norwegian Excel does (nb-NO, special numbers
    /// detected, formulas evaluated): "4.1" stays the text 4.1 and the formula-like text is
    /// no formula. The same cells without --excel become a date: the test can fail.
    func testLibreOfficeReadsTheExcelCSVAsText() throws {
        // Skipped only without LibreOffice Calc; with it, a CSV that gives no workbook is a failure.
        let soffice = try OptionalTool.libreOfficeCalc()
        _ = try OptionalTool.python(["openpyxl"])
        let dir = URL(fileURLWithPath: temporary("x")).deletingLastPathComponent()
        let excel = dir.appendingPathComponent("excel.csv").path
        let naive = dir.appendingPathComponent("naive.csv").path
        XCTAssertEqual(try runTool(["import", "-q", "--format", "csv", "--excel", tricky, "-o", excel]).status, 0)
        // What a CSV without the protection gives: the plain CSV's cells, but with ';' and a BOM.
        var dialect = CSVExport.Dialect.excel
        dialect.neutralisesFormulas = false
        dialect.keepsIdentifiersAsText = false
        try CSVExport.encode([try PlanImporter().importFile(at: tricky)], dialect: dialect).write(to: URL(fileURLWithPath: naive))
        let filter = "CSV:59,34,76,1,,1044,false,true,false,false,false,-1,true"
        // A profile of its own: another LibreOffice running on the machine would otherwise take the job (or refuse it).
        let profile = URL(fileURLWithPath: temporary("lo-profile"))
        defer { try? FileManager.default.removeItem(at: profile) }
        for csv in [excel, naive] {
            let run = try runProcess(soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless",
                                                                     "--infilter=\(filter)", "--convert-to", "xlsx", "--outdir", dir.path, csv])
            let xlsx = (csv as NSString).deletingPathExtension + ".xlsx"
            // Its status says nothing (0 whether or not it wrote): the workbook must be there.
            XCTAssertTrue(FileManager.default.fileExists(atPath: xlsx), "LibreOffice Calc wrote no workbook from \(csv) (status \(run.status)): \(run.stderr)")
            if !FileManager.default.fileExists(atPath: xlsx) { return }
        }
        let script = """
        import json, sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1], data_only=True).active
        head = [c.value for c in ws[1]]
        r = list(ws.iter_rows(min_row=2))[0]
        c = lambda n: r[head.index(n)]
        print(json.dumps({"section": [str(c("section_number").value), c("section_number").data_type],
                          "text": [str(c("text").value), c("text").data_type], "branch": [str(c("branch").value), c("branch").data_type]}))
        """
        // The values a Norwegian spreadsheet converts, as --excel writes them: each stays its text.
        let values = dir.appendingPathComponent("values.csv").path
        var csv = "\u{FEFF}v;x\r\n"
        for value in Self.convertedByNorwegianSpreadsheets { csv += CSVExport.quote(CSVExport.spreadsheetSafe(value, .excel), ";") + ";x\r\n" }
        try csv.write(toFile: values, atomically: true, encoding: .utf8)
        _ = try runProcess(soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless",
                                                           "--infilter=\(filter)", "--convert-to", "xlsx", "--outdir", dir.path, values])
        let cells = try openpyxl("""
        import json, sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1], data_only=True).active
        print(json.dumps({"cells": [[str(r[0].value), r[0].data_type] for r in ws.iter_rows(min_row=2)]}))
        """, dir.appendingPathComponent("values.xlsx").path)
        XCTAssertEqual((cells["cells"] as? [[String]])?.map { $0[0] }, Self.convertedByNorwegianSpreadsheets)
        XCTAssertEqual(Set((cells["cells"] as? [[String]])?.map { $0[1] } ?? []), ["s"], "every one a text cell")
        let read = try openpyxl(script, dir.appendingPathComponent("excel.xlsx").path)
        XCTAssertEqual(read["section"] as? [String], ["4.1", "s"])
        XCTAssertEqual(read["branch"] as? [String], ["0123", "s"])
        XCTAssertEqual(read["text"] as? [String], ["'" + formula, "s"])
        let unprotected = try openpyxl(script, dir.appendingPathComponent("naive.xlsx").path)
        XCTAssertNotEqual(unprotected["section"] as? [String], ["4.1", "s"], "without --excel LibreOffice reads 4.1 as a date")
    }

    /// A LibreOffice with Writer but not Calc (an soffice that exits 0 and writes nothing) is
    /// a missing capability, found by looking for Calc: the CSV test skips there, and runs
    /// (and fails on a missing workbook) where Calc is.
    func testLibreOfficeWithoutCalcIsAMissingCapability() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let soffice = dir.appendingPathComponent("soffice")
        try "#!/bin/sh\nexit 0\n".write(to: soffice, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(soffice.path, 0o755), 0)
        XCTAssertThrowsError(try OptionalTool.libreOfficeCalc(in: dir.path)) { XCTAssertTrue($0 is XCTSkip, "\($0)") }
        XCTAssertTrue(FileManager.default.createFile(atPath: dir.appendingPathComponent("libsclo.so").path, contents: Data()))
        XCTAssertEqual(try OptionalTool.libreOfficeCalc(in: dir.path).path, soffice.path)
        XCTAssertThrowsError(try OptionalTool.libreOfficeCalc(in: dir.appendingPathComponent("none").path)) { XCTAssertTrue($0 is XCTSkip, "\($0)") }
    }

    func testReportIsOneWellFormedEscapedPage() throws {
        let html = temporary("report.html")
        let run = try runTool(["report", "-q", Paths.seeds.path, tricky, "/no/such/plan.txt", "-o", html])
        XCTAssertEqual(run.status, 1, "a missing input is an error, the report is still written")
        let data = try Data(contentsOf: URL(fileURLWithPath: html))
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))

        // Well-formed: Python's XML parser reads the whole page (the doctype line aside) and
        // finds a section per plan and a row per plan in the heatmap.
        let parsed = try runProcess(try OptionalTool.python(), ["-c", """
        import sys, xml.etree.ElementTree as ET
        root = ET.fromstring(open(sys.argv[1], encoding="utf-8").read().split("\\n", 1)[1])
        print(root.tag, len(root.findall(".//section[@class='plan']")), len(root.findall(".//table[@class='heat']/tbody/tr")))
        """, html])
        XCTAssertEqual(parsed.status, 0, parsed.stderr)
        XCTAssertEqual(String(decoding: parsed.stdout, as: UTF8.self), "html 6 6\n", "five seeds and the tricky plan")

        // Self-contained: no scripts, no links to anything outside the page.
        for outside in ["<script", "<link", "src=", "href=\"http", "@import", "url("] { XCTAssertFalse(text.contains(outside), outside) }
        // Every plan and every area is there; every text from a plan is escaped.
        for name in ["Fagforbundet Viken fylkesforening avd. 252", "Fagforbundet Ås", "Fagforbundet Alver", "Fagforbundet Follo avd. 254",
                     "Fagforbundet Testby avd. 0123", "003_50ecb35919722b4f.txt"] {
            XCTAssertTrue(text.contains(name.replacingOccurrences(of: "&", with: "&amp;")), name)
        }
        for area in AreaData.areas { XCTAssertTrue(text.contains(area.bokmal), area.bokmal) }
        XCTAssertTrue(text.contains("ringes opp av &lt;b&gt;styret&lt;/b&gt; &amp; &quot;leder&quot;"))
        XCTAssertFalse(text.contains("<b>styret"))
        XCTAssertTrue(text.contains("Til kontroll"))
        XCTAssertTrue(text.contains("/no/such/plan.txt"))
        // Cells are closed with end tags: "<td/>" would open a cell in an HTML parser.
        XCTAssertFalse(text.contains("<td/>"))
        XCTAssertFalse(text.contains("<th/>"))
    }
}
