import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Handlingsplan

/// The command line as a county batch or a CI job meets it: outputs never overwrite
/// inputs or follow planted links, folders are walked with care, nothing is checked
/// in silence, and the commands behave as users of command-line tools expect.
final class CommandLineSafetyTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws { dir = try temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private func copySeed(_ prefix: String, to name: String) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.seed(prefix).path, toPath: path)
        return path
    }

    func testOutputThatIsAnInputIsRefused() throws {
        let plan = try copySeed("000", to: "plan.txt")
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let run = try runTool(["import", plan, "-o", plan])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("is one of the inputs"), run.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: plan)), before, "the plan is untouched")
        // Also when the input comes from a folder.
        XCTAssertEqual(try runTool(["import", dir.path, "-o", plan]).status, 2)
    }

    /// `--output-dir` names each output after its input: an input named like an output in that
    /// folder (x.json, read by name or with --include '*.json') would be replaced by its own
    /// plan's JSON. Refused as a usage error before anything is imported, whatever the spelling
    /// of the folder; standard input's output is stdin.json, not "-.json".
    func testOutputDirNeverReplacesAnInput() throws {
        let plan = try copySeed("000", to: "x.txt")
        XCTAssertEqual(try runTool(["import", "-q", plan, "--output-dir", dir.path]).status, 0)
        let json = dir.appendingPathComponent("x.json").path
        let before = try Data(contentsOf: URL(fileURLWithPath: json))
        for arguments in [[json, "--output-dir", dir.path], [json, "--output-dir", dir.path + "/./"],
                          [dir.path, "--include", "*.json", "--output-dir", dir.path],
                          [dir.path, "--include", "*.csv", "--format", "csv", "--output-dir", dir.path]] {
            if arguments.contains("csv") { XCTAssertEqual(try runTool(["import", "-q", plan, "--format", "csv", "--output-dir", dir.path]).status, 0) }
            let run = try runTool(["import", "-q"] + arguments)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("ville erstattet en av inndatafilene"), run.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: json)), before, "the input is untouched")
        // A link to the folder is the same folder.
        let link = dir.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: dir)
        XCTAssertEqual(try runTool(["import", "-q", json, "--output-dir", link.path]).status, 2)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: json)), before)

        let stdin = dir.appendingPathComponent("stdin")
        let piped = try runTool(["import", "-", "--output-dir", stdin.path], input: try Data(contentsOf: Paths.seed("000")))
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: stdin.path), ["stdin.json"])
    }

    /// The backstop in the sink: a name made unique (…-2.json) that is an input is not written over.
    func testDirectoryOutputRefusesToWriteOverAnInput() throws {
        let input = dir.appendingPathComponent(Paths.seedNames[0] + "-2.json").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: input))
        let output = DirectoryOutput(folder: dir.path, format: .json, inputs: [input])
        let plan = try importSeed("000")
        try output.add(output.render(plan))
        XCTAssertThrowsError(try output.add(output.render(plan))) { error in
            XCTAssertTrue("\(error)".contains("inndatafilene"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), "{}")
    }

    func testDevNullIsWrittenNotReplaced() throws {
        let run = try runTool(["import", Paths.seed("000").path, "-o", "/dev/null", "-q"])
        XCTAssertEqual(run.status, 0, run.stderr)
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
    }

    /// A link at the output's place is replaced by the new file, never written through.
    func testALinkAtTheOutputIsNotFollowed() throws {
        let victim = dir.appendingPathComponent("victim.txt")
        try "do not touch".write(to: victim, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.json")
        try FileManager.default.createSymbolicLink(at: out, withDestinationURL: victim)
        XCTAssertEqual(try runTool(["import", Paths.seed("000").path, "-o", out.path, "-q"]).status, 0)
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "do not touch")
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular)
        XCTAssertTrue(try Data(contentsOf: out).count > 1000)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "no temporary file is left")
    }

    /// Only plan-like files are read in folders; the rest is listed; links to folders are walked.
    func testFolderWalk() throws {
        let plans = dir.appendingPathComponent("plans")
        _ = try copySeed("000", to: "plans/000.txt")
        _ = try copySeed("002", to: "plans/sub/002.txt")
        for name in ["README.md", "out.json", "Thumbs.db", "~$plan.docx", "desktop.ini", ".out.json.x1y2.tmp"] {
            try "x".write(to: plans.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let link = dir.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: plans)
        let run = try runTool(["import", link.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let batch = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any] ?? [:]
        let paths = (batch["plans"] as? [[String: Any]] ?? []).compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
        XCTAssertEqual(paths, [link.path + "/000.txt", link.path + "/sub/002.txt"])
        XCTAssertTrue(run.stderr.contains("hoppet over 5 filer") && run.stderr.contains("README.md") && run.stderr.contains("Thumbs.db"), run.stderr)
        // --exclude leaves a folder out; --include reads other names (README.md is then read: a plan without items).
        func planPaths(_ run: (status: Int32, stdout: Data, stderr: String)) -> [String] {
            let batch = (try? JSONSerialization.jsonObject(with: run.stdout)) as? [String: Any] ?? [:]
            return (batch["plans"] as? [[String: Any]] ?? []).compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
        }
        XCTAssertEqual(planPaths(try runTool(["import", plans.path, "--exclude", "sub", "-q"])), [plans.path + "/000.txt"])
        XCTAssertEqual(planPaths(try runTool(["import", plans.path, "--include", "*.md", "-q"])),
                       [plans.path + "/000.txt", plans.path + "/README.md", plans.path + "/sub/002.txt"])
        // A file named on the command line is always read.
        let named = try runTool(["import", plans.appendingPathComponent("README.md").path, "-q"])
        let plan = try JSONSerialization.jsonObject(with: named.stdout) as? [String: Any]
        XCTAssertEqual((plan?["source"] as? [String: Any])?["path"] as? String, plans.appendingPathComponent("README.md").path)
    }

    /// Nothing checked is no pass: an empty folder, or one without plans, fails the check.
    func testCheckOfAFolderWithoutPlansFails() throws {
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try runTool(["check", empty.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(String(decoding: run.stdout, as: UTF8.self).contains("[no-plans]"))
        try "notater".write(to: empty.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try runTool(["check", empty.path]).status, 1)
    }

    func testDisableTakesCodesNotPaths() throws {
        let plan = Paths.fixtures.appendingPathComponent("check/template-text.txt").path
        let run = try runTool(["check", "--strict", "--disable", "template-text,missing-adoption-date", "--disable", "missing-period", plan])
        XCTAssertEqual(run.status, 0, String(decoding: run.stdout, as: UTF8.self))
        XCTAssertTrue(String(decoding: run.stdout, as: UTF8.self).contains("1 fil sjekket"), "the path was checked, not taken for a code")
    }

    func testCheckWritesAReportFileAndPrintsOnlyFilesWithFindings() throws {
        let folder = dir.appendingPathComponent("mix")
        _ = try copySeed("002", to: "mix/002.txt")
        try FileManager.default.copyItem(atPath: Paths.fixtures.appendingPathComponent("check/clean.txt").path,
                                         toPath: folder.appendingPathComponent("clean.txt").path)
        let report = dir.appendingPathComponent("report.xml")
        let run = try runTool(["check", folder.path, "--format", "junit", "-o", report.path, "-q"])
        XCTAssertEqual(run.status, 0)
        let text = String(decoding: run.stdout, as: UTF8.self)
        XCTAssertFalse(text.contains("clean.txt"), "-q leaves out files without findings")
        XCTAssertTrue(text.contains("002.txt") && text.contains("2 filer sjekket"), text)
        XCTAssertNoThrow(try XMLDocument(data: try Data(contentsOf: report)), "the report file is JUnit XML")
    }

    func testStandardInputVersionAndMistypedCommands() throws {
        let piped = try runTool(["import", "-", "-q"], input: try Data(contentsOf: Paths.seed("002")))
        XCTAssertEqual(piped.status, 0, piped.stderr)
        let data = piped.stdout
        let plan = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        XCTAssertEqual((plan?["source"] as? [String: Any])?["path"] as? String, "-")
        XCTAssertEqual((plan?["items"] as? [Any])?.count, 101)

        XCTAssertEqual(String(decoding: try runTool(["--version"]).stdout, as: UTF8.self), handlingsplanVersion + "\n")
        let sarif = try runTool(["check", Paths.seed("000").path, "--format", "sarif"])
        XCTAssertTrue(String(decoding: sarif.stdout, as: UTF8.self).contains("\"version\" : \"\(handlingsplanVersion)\""))
        let typo = try runTool(["chek", "plans/"])
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.stderr.contains("Did you mean 'check'?"), typo.stderr)
        XCTAssertTrue(typo.stdout.isEmpty)
    }

    /// Messages about plans and files are Norwegian in both commands: the same failure reads the same.
    func testTheSameFailureReadsTheSameInImportAndCheck() throws {
        let broken = Paths.fixtures.appendingPathComponent("hostile/cut-middle.odt").path
        let imported = try runTool(["import", broken])
        let reason = imported.stderr.replacingOccurrences(of: "feil: \(broken): ", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(reason.hasPrefix("ZIP-beholderen er skadet"), reason)
        let checked = String(decoding: try runTool(["check", broken]).stdout, as: UTF8.self)
        XCTAssertTrue(checked.contains(reason), "check: \(checked)\nimport: \(reason)")
        let failures = (try JSONSerialization.jsonObject(with: try runTool(["import", broken, Paths.seed("000").path, "-q"]).stdout) as? [String: Any])?["failures"] as? [[String: Any]]
        XCTAssertEqual(failures?.first?["error"] as? String, reason, "the batch's failures say it in the same words")
    }

    /// On a terminal, progress is one line rewritten in place, not a line per file; the help names the formats.
    func testProgressOnATerminalAndHelp() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("no script(1) to give the tool a terminal") }
        let folder = dir.appendingPathComponent("many")
        for i in 0..<12 { _ = try copySeed(["000", "002", "004"][i % 3], to: "many/plan\(i).txt") }
        let command = "\(Paths.binary.path) import \(folder.path) -o \(dir.appendingPathComponent("out.json").path) --jobs 1"
        let run = try runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
        let text = String(decoding: run.stdout, as: UTF8.self)
        XCTAssertEqual(run.status, 0, text)
        XCTAssertTrue(text.contains("[12/12]") && text.contains("filer/s"), text)
        XCTAssertGreaterThanOrEqual(text.components(separatedBy: "\r\u{1B}[K").count, 12, "updated in place")
        XCTAssertLessThanOrEqual(text.components(separatedBy: "\n").count, 4, "not a line per file: \(text)")
        // Twelve files, three plans: the copies are read once and said to be copies.
        XCTAssertTrue(text.contains("importerte 3 planer") && text.contains("9 kopier ikke importert på nytt"), text)

        let help = String(decoding: try runTool(["import", "--help"]).stdout, as: UTF8.self)
        XCTAssertTrue(help.contains("DOCX") && help.contains("ODT"), help)
    }

    /// Control characters in a file name or a plan's text (an OSC sequence that sets the
    /// terminal's title, ESC, BEL, a newline followed by a workflow command) are shown as
    /// escapes on standard error and in check's text and GitHub reports, never sent as they are.
    func testControlCharactersInNamesAndTextAreEscaped() throws {
        let folder = dir.appendingPathComponent("kontroll")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let empty = folder.appendingPathComponent("tom\u{1B}]0;tittel\u{07}\n::error file=x::falsk.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        try "Handlingsplan 2025\n\nTiltak:\n- Verve \u{1B}[2J medlemmer\n".write(to: folder.appendingPathComponent("farge\u{1B}[31m.txt"), atomically: true, encoding: .utf8)
        func assertEscaped(_ output: String, github: Bool = false, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertFalse(output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(what): \(output.debugDescription)", file: file, line: line)
            for l in output.split(separator: "\n") where !github {
                XCTAssertFalse(l.hasPrefix("::"), "\(what): a line of its own from a file name: \(l)", file: file, line: line)
            }
            XCTAssertTrue(output.contains("\\x1B"), "\(what) shows the ESC as \\x1B: \(output)", file: file, line: line)
        }
        let imported = try runTool(["import", folder.path, "-o", "/dev/null"])
        XCTAssertEqual(imported.status, 1)
        assertEscaped(imported.stderr, "import's errors and summary")
        XCTAssertTrue(imported.stderr.contains("tom\\x1B]0;tittel\\x07\\n::error file=x::falsk.txt"), imported.stderr)
        let single = try runTool(["import", empty])
        assertEscaped(single.stderr, "one file's error")
        let text = String(decoding: try runTool(["check", folder.path]).stdout, as: UTF8.self)
        assertEscaped(text, "check's text report")
        let github = String(decoding: try runTool(["check", folder.path, "--format", "github"]).stdout, as: UTF8.self)
        assertEscaped(github, github: true, "check's GitHub report")
        for l in github.split(separator: "\n") {
            XCTAssertTrue(l.hasPrefix("::error ") || l.hasPrefix("::warning ") || l.hasPrefix("::notice "), l.debugDescription)
        }
        // blocks and map print the plan's text: escaped there too (TABs between fields stay).
        let blocks = String(decoding: try runTool(["blocks", folder.appendingPathComponent("farge\u{1B}[31m.txt").path]).stdout, as: UTF8.self)
        XCTAssertTrue(blocks.contains("Verve \\x1B[2J medlemmer"), blocks)
        XCTAssertFalse(blocks.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, blocks.debugDescription)
        let mapped = String(decoding: try runTool(["map", "Verve \u{1B}]0;x\u{07} medlemmer"]).stdout, as: UTF8.self)
        XCTAssertFalse(mapped.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, mapped.debugDescription)

        XCTAssertEqual(PrintableText.escaped("Ås avd. 252 – «plan»"), "Ås avd. 252 – «plan»", "ordinary text as it is")
        XCTAssertEqual(PrintableText.escaped("a\tb\r\nc\u{7F}\u{9B}d\u{202E}e"), "a\\tb\\r\\nc\\x7F\\x9Bd\\u{202E}e")
        XCTAssertEqual(PrintableText.escaped("linje 1\nlinje\u{1B} 2", keepingNewlines: true), "linje 1\nlinje\\x1B 2")
    }

    /// `handlingsplan help import`, to which the top-level help points, is the import command's help.
    func testHelpSubcommand() throws {
        let top = try runTool(["--help"])
        XCTAssertTrue(String(decoding: top.stdout, as: UTF8.self).contains("handlingsplan help <subcommand>"))
        for command in ["import", "check", "report", "map", "schema", "blocks"] {
            let help = try runTool(["help", command])
            XCTAssertEqual(help.status, 0, help.stderr)
            XCTAssertEqual(String(decoding: help.stdout, as: UTF8.self), String(decoding: try runTool([command, "--help"]).stdout, as: UTF8.self), command)
        }
        XCTAssertEqual(try runTool(["help"]).status, 0)
    }

    /// An empty output name is refused before anything is imported.
    func testEmptyOutputNameIsAUsageError() throws {
        for arguments in [["import", Paths.seeds.path, "-o", ""], ["import", Paths.seeds.path, "--output-dir", ""],
                          ["report", Paths.seeds.path, "-o", ""], ["check", Paths.seeds.path, "-o", ""],
                          ["import", Paths.seeds.path, "--format", "xlsx", "-o", ""]] {
            let started = Date()
            let run = try runTool(arguments)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("empty"), run.stderr)
            XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        }
    }

    /// One file that cannot be read gives an error and no result, not a batch object.
    func testASingleFailedFileWritesNothing() throws {
        let out = dir.appendingPathComponent("out.json")
        let run = try runTool(["import", Paths.fixtures.appendingPathComponent("check/unreadable.txt").path, "-o", out.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
