import Foundation
import XCTest
@testable import Handlingsplan

/// A guard against regressions on the hand-labelled sets: ../shared/devset (16 plans),
/// ../shared/devset2 (12) and the plans written blind to the tool in Fixtures/plans/<batch>.
/// Imports every plan, scores each set with the dev set's own scorer, and fails when a
/// TOTAL figure drops below the level reached when the floors were last set, less 0.02.
/// Not a target: the tool is judged on plans neither it nor its authors have seen. Skips
/// a set that is absent, and all of them without the scorer (../shared/devset) or python3,
/// so a user's clone still passes.
final class DevSetTests: XCTestCase {
    /// Per set: the TOTAL figures reached, less 0.02.
    static let floors: [String: [String: Double]] = [
        "devset": ["recall": 0.98, "precision": 0.978, "area_local": 0.972, "kind": 0.98],
        "devset2": ["recall": 0.978, "precision": 0.98, "area_local": 0.965, "kind": 0.966],
        "b1": ["recall": 0.98, "precision": 0.977, "area_local": 0.962, "kind": 0.974],
        "b2": ["recall": 0.98, "precision": 0.98, "area_local": 0.957, "kind": 0.98],
        "b3": ["recall": 0.965, "precision": 0.973, "area_local": 0.935, "kind": 0.972],
        "b4": ["recall": 0.98, "precision": 0.965, "area_local": 0.964, "kind": 0.98],
        "b5": ["recall": 0.98, "precision": 0.976, "area_local": 0.929, "kind": 0.97],
        "b6": ["recall": 0.97, "precision": 0.942, "area_local": 0.973, "kind": 0.967],
        "b7": ["recall": 0.96, "precision": 0.955, "area_local": 0.976, "kind": 0.958],
        "b8": ["recall": 0.965, "precision": 0.952, "area_local": 0.963, "kind": 0.96],
        "b9": ["recall": 0.98, "precision": 0.956, "area_local": 0.92, "kind": 0.944],
        "b10": ["recall": 0.969, "precision": 0.973, "area_local": 0.976, "kind": 0.98],
        "b11": ["recall": 0.98, "precision": 0.967, "area_local": 0.955, "kind": 0.977],
        "b12": ["recall": 0.955, "precision": 0.956, "area_local": 0.956, "kind": 0.975],
        "b13": ["recall": 0.98, "precision": 0.946, "area_local": 0.98, "kind": 0.98],
        "b14": ["recall": 0.899, "precision": 0.884, "area_local": 0.804, "kind": 0.893],
    ]

    private var scorer: URL { Paths.root.deletingLastPathComponent().appendingPathComponent("shared/devset") }

    private func folder(of set: String) -> URL {
        set.hasPrefix("devset") ? Paths.root.deletingLastPathComponent().appendingPathComponent("shared/\(set)")
            : Paths.fixtures.appendingPathComponent("plans/\(set)")
    }

    func testEverySetStaysAboveItsFloor() throws {
        guard FileManager.default.fileExists(atPath: scorer.appendingPathComponent("score_all.sh").path) else {
            throw XCTSkip("no scorer at \(scorer.path)")
        }
        _ = try OptionalTool.python()   // the scorer's language
        var scored = 0
        for (set, floors) in Self.floors.sorted(by: { $0.key < $1.key }) {
            let plans = folder(of: set).appendingPathComponent("plans")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: plans.path), !names.isEmpty else { continue }
            let total = try score(set: set, plans: plans, names: names)
            for (metric, floor) in floors.sorted(by: { $0.key < $1.key }) {
                guard let value = total[metric] else { XCTFail("\(set): no \(metric) in the scorer's TOTAL"); continue }
                XCTAssertGreaterThanOrEqual(value, floor, "\(set): \(metric) fell below its floor (\(total))")
            }
            scored += 1
        }
        if scored == 0 { throw XCTSkip("no set to score") }
    }

    /// The scorer's TOTAL line of one set, as numbers.
    private func score(set: String, plans: URL, names: [String]) throws -> [String: Double] {
        let out = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        for name in names.sorted() {
            let plan = try PlanImporter().importFile(at: plans.appendingPathComponent(name).path)
            let base = (name as NSString).deletingPathExtension
            try JSONExport.encode(plan).write(to: out.appendingPathComponent(base + ".json"))
        }
        let gold = folder(of: set).appendingPathComponent("gold")
        let run = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["bash", scorer.appendingPathComponent("score_all.sh").path, gold.path, out.path])
        let text = String(decoding: run.stdout, as: UTF8.self)
        guard let total = text.split(separator: "\n").last(where: { $0.hasPrefix("TOTAL ") }) else {
            XCTFail("\(set): the scorer printed no TOTAL line:\n\(text)")
            return [:]
        }
        var scores: [String: Double] = [:]
        for field in total.split(separator: " ").dropFirst() {
            let kv = field.split(separator: "=")
            if kv.count == 2, let v = Double(kv[1]) { scores[String(kv[0])] = v }
        }
        return scores
    }
}
