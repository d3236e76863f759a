import Foundation
import XCTest
@testable import Handlingsplan

/// The built tool, run as a user runs it.
final class CommandLineTests: XCTestCase {
    func testOneFileGivesOnePlanObject() throws {
        let (status, out, _) = try runTool(["import", "seeds/002_a663cb6da20ff284.txt"])
        XCTAssertEqual(status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: out) as? [String: Any])
        XCTAssertEqual(json["schemaVersion"] as? String, "1")
        XCTAssertEqual((json["source"] as? [String: Any])?["path"] as? String, "seeds/002_a663cb6da20ff284.txt")
        XCTAssertNotNil(json["items"])
        XCTAssertNil(json["plans"])
    }

    func testFolderGivesABatchThatEqualsTheGoldenFiles() throws {
        let (status, out, _) = try runTool(["import", "seeds/"])
        XCTAssertEqual(status, 0)
        let batch = try XCTUnwrap(JSONSerialization.jsonObject(with: out) as? [String: Any])
        let plans = try XCTUnwrap(batch["plans"] as? [[String: Any]])
        XCTAssertEqual(plans.count, 5)
        XCTAssertEqual((batch["failures"] as? [Any])?.count, 0)
        for (plan, name) in zip(plans, Paths.seedNames) {
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Paths.fixtures.appendingPathComponent("expected/\(name).json")))
            XCTAssertEqual(plan as NSDictionary, expected as? NSDictionary, name)
        }
    }

    func testOutputIsTheSameWhateverTheNumberOfJobs() throws {
        let one = try runTool(["import", "seeds/", "--jobs", "1"])
        let four = try runTool(["import", "seeds/", "--jobs", "4"])
        XCTAssertEqual(one.stdout, four.stdout)
        let csv1 = try runTool(["import", "seeds/", "--format", "csv", "--jobs", "1"])
        let csv4 = try runTool(["import", "seeds/", "--format", "csv", "--jobs", "3"])
        XCTAssertEqual(csv1.stdout, csv4.stdout)
    }

    func testABrokenFileInABatchIsReportedAndTheRestImported() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Paths.seed("000"), to: dir.appendingPathComponent("a-good.txt"))
        try Data().write(to: dir.appendingPathComponent("b-empty.txt"))
        try Data([0x00, 0x9F, 0x92, 0x00, 0x01]).write(to: dir.appendingPathComponent("c-binary.txt"))
        try FileManager.default.copyItem(at: Paths.seed("002"), to: dir.appendingPathComponent("d-good.txt"))
        let out = dir.appendingPathComponent("out/plans.json")

        let (status, _, stderr) = try runTool(["import", dir.path, "missing.txt", "-o", out.path])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(stderr.contains("b-empty.txt: filen er tom"), stderr)
        XCTAssertTrue(stderr.contains("c-binary.txt: dette er en binærfil"), stderr)
        XCTAssertTrue(stderr.contains("missing.txt: filen eller mappen finnes ikke"), stderr)

        let batch = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        let paths = (batch["plans"] as? [[String: Any]])?.compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
        XCTAssertEqual(paths, [dir.path + "/a-good.txt", dir.path + "/d-good.txt"])
        let failures = try XCTUnwrap(batch["failures"] as? [[String: String]])
        XCTAssertEqual(failures.map { $0["path"]! }.sorted(), [dir.path + "/b-empty.txt", dir.path + "/c-binary.txt", "missing.txt"])
        XCTAssertTrue(failures.allSatisfy { !($0["error"] ?? "").isEmpty })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["plans.json"], "no temporary file is left beside the output")
    }

    func testOutputDirWritesOneFilePerInput() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, _, _) = try runTool(["import", "seeds/", "--format", "csv", "--excel", "--output-dir", dir.path])
        XCTAssertEqual(status, 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertEqual(files, Paths.seedNames.map { $0 + ".csv" })
        let data = try Data(contentsOf: dir.appendingPathComponent(files[0]))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
    }

    func testOutputDirKeepsInputsWithTheSameName() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Paths.seed(sub == "a" ? "000" : "002"), to: dir.appendingPathComponent("\(sub)/plan.txt"))
        }
        let out = dir.appendingPathComponent("out")
        XCTAssertEqual(try runTool(["import", dir.appendingPathComponent("a").path, dir.appendingPathComponent("b").path, "--output-dir", out.path]).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["plan-2.json", "plan.json"])
    }

    func testAFailedWriteLeavesNoFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("plans.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)  // a folder where the file should go
        let (status, _, stderr) = try runTool(["import", "seeds/000_74c0d5add16c5e1b.txt", "-o", target.path])
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(stderr.contains("kan ikke skrive"), stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["plans.json"], "no temporary file left")
    }

    func testUsageErrorsExitWith2() throws {
        XCTAssertEqual(try runTool(["import"]).status, 2)
        XCTAssertEqual(try runTool(["import", "seeds/", "--format", "xml"]).status, 2)
        XCTAssertEqual(try runTool(["import", "seeds/", "--excel"]).status, 2)
    }

    func testHelpHasExamples() throws {
        let (status, out, _) = try runTool(["import", "--help"])
        XCTAssertEqual(status, 0)
        let help = String(decoding: out, as: UTF8.self)
        XCTAssertTrue(help.contains("Examples:"))
        XCTAssertTrue(help.contains("--excel"))
    }
}
