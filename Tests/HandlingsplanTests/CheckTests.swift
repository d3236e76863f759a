import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Handlingsplan

/// `handlingsplan check`: each rule on a fixture made for it, the report
/// formats parsed back, the exit statuses, and the reviewed findings for the seeds.
final class CheckTests: XCTestCase {
    private func fixture(_ name: String) -> String { Paths.fixtures.appendingPathComponent("check/\(name)").path }

    private func findings(_ name: String) -> [Finding] {
        Checker().check([fixture(name)], jobs: 1).flatMap(\.findings)
    }

    func testCleanPlanHasNoFindings() {
        XCTAssertEqual(findings("clean.txt").map(\.rule.code), [])
    }

    func testEachRuleFiresOnItsFixture() {
        let expected: [(file: String, code: String, severity: Severity, line: Int?)] = [
            ("template-text.txt", "template-text", .warning, 9),
            ("area-without-local-items.txt", "area-without-local-items", .warning, nil),
            ("missing-metadata.txt", "missing-branch-name", .warning, nil),
            ("missing-metadata.txt", "missing-period", .warning, nil),
            ("missing-metadata.txt", "missing-adoption-date", .warning, nil),
            ("no-items.txt", "no-items", .error, nil),
            ("unmapped-item.txt", "unmapped-item", .info, 47),
            ("unmapped-item.txt", "low-confidence", .info, 48),
            ("duplicate-section-number.txt", "duplicate-section-number", .info, 13),
            ("windows-1252.txt", "windows-1252", .info, nil),
            ("unreadable.txt", "unreadable", .error, nil),
            ("unsupported-format.doc", "unsupported-format", .error, nil),
        ]
        for e in expected {
            let found = findings(e.file).filter { $0.rule.code == e.code }
            XCTAssertEqual(found.count, 1, "\(e.code) fires once on \(e.file)")
            XCTAssertEqual(found.first?.severity, e.severity, e.code)
            XCTAssertEqual(found.first?.position?.line, e.line, e.code)
        }
        // Each fixture shows only its own rule (missing-metadata shows its three).
        for file in Set(expected.map(\.file)) {
            let codes = Set(findings(file).map(\.rule.code))
            XCTAssertEqual(codes, Set(expected.filter { $0.file == file }.map(\.code)), file)
        }
        XCTAssertTrue(findings("area-without-local-items.txt")[0].message.contains("Område 6"))
        XCTAssertTrue(findings("unmapped-item.txt").last!.message.contains("tillitsvalgt"), "low confidence names its evidence")
    }

    func testDisabledRulesAreLeftOut() {
        let reports = Checker(disabled: ["missing-period", "missing-adoption-date"]).check([fixture("missing-metadata.txt")], jobs: 1)
        XCTAssertEqual(reports.flatMap(\.findings).map(\.rule.code), ["missing-branch-name"])
    }

    func testEveryRuleIsDocumentedInTheReadme() throws {
        let readme = try String(contentsOf: Paths.root.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in Rules.all { XCTAssertTrue(readme.contains("`\(rule.code)`"), "README documents \(rule.code)") }
    }

    // MARK: formats

    func testTextFormatIsCompilerStyle() throws {
        let (status, out, _) = try runTool(["check", fixture("template-text.txt"), fixture("missing-metadata.txt")])
        XCTAssertEqual(status, 0, "warnings only")
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "\(fixture("missing-metadata.txt")):1:1: advarsel: Fant ikke fagforeningens navn («Fagforbundet …») i planen. [missing-branch-name]")
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(fixture("template-text.txt")):9:1: advarsel: ") && $0.hasSuffix("[template-text]") })
        XCTAssertEqual(lines.last, "2 filer sjekket: 0 feil, 4 advarsler, 0 merknader")
    }

    func testGitHubFormatFollowsTheWorkflowCommandGrammar() throws {
        let (_, out, _) = try runTool(["check", Paths.fixtures.appendingPathComponent("check").path, "--format", "github"])
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
        let grammar = try NSRegularExpression(pattern: #"^::(error|warning|notice) file=[^,:\n]+(,line=[0-9]+,col=[0-9]+)?,title=[a-z0-9-]+::[^\n]+$"#)
        // (Six of the fixtures are plans of one union, branch and period: each has a several-versions warning.)
        XCTAssertEqual(lines.count, 18, "one line per finding")
        for line in lines {
            XCTAssertNotNil(grammar.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)), line)
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("::error ") && $0.contains("title=no-items") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("::notice ") && $0.contains(",line=13,col=1,title=duplicate-section-number") })
        XCTAssertEqual(CheckReports.escapeProperty("a,b:c%\n"), "a%2Cb%3Ac%25%0A")
    }

    func testJUnitReportParsesWithTheExpectedCounts() throws {
        let (status, out, _) = try runTool(["check", Paths.fixtures.appendingPathComponent("check").path, "--format", "junit"])
        XCTAssertEqual(status, 1)
        let doc = try XMLDocument(data: out)
        let suite = try XCTUnwrap(doc.rootElement()?.elements(forName: "testsuite").first)
        let cases = suite.elements(forName: "testcase")
        XCTAssertEqual(cases.count, 10, "one test case per file")
        XCTAssertEqual(suite.attribute(forName: "tests")?.stringValue, "10")
        XCTAssertEqual(suite.attribute(forName: "failures")?.stringValue, "3", "the three files with errors")
        let failed = cases.filter { !$0.elements(forName: "failure").isEmpty }
        XCTAssertEqual(Set(failed.compactMap { $0.attribute(forName: "name")?.stringValue?.split(separator: "/").last.map(String.init) }),
                       ["no-items.txt", "unreadable.txt", "unsupported-format.doc"])
        XCTAssertEqual(failed.first { $0.attribute(forName: "name")?.stringValue?.hasSuffix("no-items.txt") == true }?
            .elements(forName: "failure").first?.attribute(forName: "type")?.stringValue, "no-items")
        // With --strict, warnings fail too.
        let strict = try runTool(["check", Paths.fixtures.appendingPathComponent("check").path, "--format", "junit", "--strict"])
        let strictSuite = try XMLDocument(data: strict.stdout).rootElement()?.elements(forName: "testsuite").first
        XCTAssertEqual(strictSuite?.attribute(forName: "failures")?.stringValue, "10", "3 errors, 6 several-versions, 1 missing-metadata")
    }

    func testSARIFReportHasRulesAndResults() throws {
        let (_, out, _) = try runTool(["check", Paths.fixtures.appendingPathComponent("check").path, "--format", "sarif"])
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: out) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, Rules.all.map(\.code))
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 18)
        for result in results {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
            XCTAssertTrue(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
        }
        let duplicate = try XCTUnwrap(results.first { $0["ruleId"] as? String == "duplicate-section-number" })
        let region = ((duplicate["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        XCTAssertEqual(region?["startLine"], 13)
    }

    // MARK: exit statuses

    func testExitStatuses() throws {
        XCTAssertEqual(try runTool(["check", fixture("clean.txt")]).status, 0)
        XCTAssertEqual(try runTool(["check", fixture("template-text.txt")]).status, 0, "warnings are allowed")
        XCTAssertEqual(try runTool(["check", fixture("template-text.txt"), "--strict"]).status, 1, "not with --strict")
        XCTAssertEqual(try runTool(["check", fixture("duplicate-section-number.txt"), "--strict"]).status, 0, "info never fails")
        XCTAssertEqual(try runTool(["check", fixture("no-items.txt")]).status, 1)
        XCTAssertEqual(try runTool(["check", fixture("clean.txt"), "missing.txt"]).status, 1, "a missing file is an error")
        XCTAssertEqual(try runTool(["check", fixture("template-text.txt"), "--strict", "--disable", "template-text"]).status, 0)
        XCTAssertEqual(try runTool(["check"]).status, 2)
        XCTAssertEqual(try runTool(["check", fixture("clean.txt"), "--format", "yaml"]).status, 2)
        XCTAssertEqual(try runTool(["check", fixture("clean.txt"), "--disable", "no-such-rule"]).status, 2)
    }

    func testEveryFileGetsAVerdictWhenOthersFail() throws {
        let (_, out, _) = try runTool(["check", fixture("unreadable.txt"), fixture("clean.txt")])
        let text = String(decoding: out, as: UTF8.self)
        XCTAssertTrue(text.contains("\(fixture("clean.txt")): 0 feil, 0 advarsler, 0 merknader"))
        XCTAssertTrue(text.contains("\(fixture("unreadable.txt")): 1 feil, 0 advarsler, 0 merknader"))
    }

    // MARK: seeds

    /// What a careful reader reports on the five real plans; reviewed in Fixtures/expected/check-seeds.txt.
    func testSeedFindingsMatchTheReviewedReport() throws {
        let (status, out, _) = try runTool(["check", "seeds/"])
        XCTAssertEqual(status, 0)
        let expectedURL = Paths.fixtures.appendingPathComponent("expected/check-seeds.txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try out.write(to: Paths.sourceFixtures.appendingPathComponent("expected/check-seeds.txt"))
            return
        }
        XCTAssertEqual(String(decoding: out, as: UTF8.self), try String(contentsOf: expectedURL, encoding: .utf8))
    }

    func testSchemaCommandPrintsTheCommittedSchema() throws {
        let (status, out, _) = try runTool(["schema"])
        XCTAssertEqual(status, 0)
        XCTAssertEqual(out, try Data(contentsOf: Paths.root.appendingPathComponent("schema/handlingsplan.schema.json")))
    }
}
