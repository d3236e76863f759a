import Foundation
import XCTest
@testable import Handlingsplan

/// A guard against regressions on ../shared/devset (16 hand-labelled plans): imports
/// every plan, scores them with the set's own scorer, and fails when a TOTAL figure
/// drops below the level reached when this test was written, less 0.02. Not a target:
/// the tool is judged on plans neither it nor its authors have seen. Skips when the
/// dev set (or python3) is absent, so a user's clone still passes.
final class DevSetTests: XCTestCase {
    static let floors = ["recall": 0.98, "precision": 0.978, "area_local": 0.972, "kind": 0.98]

    func testDevSetScoresStayAboveTheirFloor() throws {
        let devset = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/devset")
        let plans = devset.appendingPathComponent("plans")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: plans.path), !names.isEmpty else {
            throw XCTSkip("no dev set at \(devset.path)")
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") || ProcessInfo.processInfo.environment["PATH"]?.contains("python") == true else {
            throw XCTSkip("no python3 for the scorer")
        }
        let out = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        for name in names.sorted() {
            let plan = try PlanImporter().importFile(at: plans.appendingPathComponent(name).path)
            let base = (name as NSString).deletingPathExtension
            try JSONExport.encode(plan).write(to: out.appendingPathComponent(base + ".json"))
        }
        let run = try runProcess(URL(fileURLWithPath: "/usr/bin/env"),
                                 ["bash", devset.appendingPathComponent("score_all.sh").path, devset.appendingPathComponent("gold").path, out.path])
        let text = String(decoding: run.stdout, as: UTF8.self)
        guard let total = text.split(separator: "\n").last(where: { $0.hasPrefix("TOTAL ") }) else {
            return XCTFail("the scorer printed no TOTAL line:\n\(text)")
        }
        var scores: [String: Double] = [:]
        for field in total.split(separator: " ").dropFirst() {
            let kv = field.split(separator: "=")
            if kv.count == 2, let v = Double(kv[1]) { scores[String(kv[0])] = v }
        }
        for (metric, floor) in Self.floors.sorted(by: { $0.key < $1.key }) {
            guard let value = scores[metric] else { XCTFail("no \(metric) in «\(total)»"); continue }
            XCTAssertGreaterThanOrEqual(value, floor, "\(metric) fell below its floor: \(total)")
        }
    }
}
