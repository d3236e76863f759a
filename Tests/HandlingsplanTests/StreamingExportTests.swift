import Foundation
import XCTest
@testable import Handlingsplan

/// The hand-written JSON writer against Foundation's JSONEncoder (the contract's reference
/// bytes), and the batch written plan by plan against the batch written at once.
final class StreamingExportTests: XCTestCase {
    /// Every plan the fixtures and seeds give, plus the renditions and generated office files.
    private func samplePlans() throws -> [Plan] {
        let folders = [Paths.seeds, Paths.fixtures.appendingPathComponent("renditions"), Paths.fixtures.appendingPathComponent("generalization"),
                       Paths.fixtures.appendingPathComponent("hostile")]
        let batch = PlanImporter().importBatch(folders.map(\.path), walk: FileWalk(include: ["*"]))
        XCTAssertGreaterThan(batch.plans.count, 15)
        return batch.plans
    }

    func testWriterGivesJSONEncodersBytesForEveryPlan() throws {
        for plan in try samplePlans() {
            XCTAssertEqual(JSONExport.encode(plan), try JSONExport.encodeWithFoundation(plan), plan.source.path)
        }
    }

    /// A writer that starts with little room grows as it writes, to the same bytes as one
    /// that has room for the plan at once (the room is made for most plans, not all).
    func testWriterGrowsToTheSameBytes() throws {
        for plan in try samplePlans() {
            var small = JSONWriter(depth: 2, capacity: 64)
            small.plan(plan)
            XCTAssertEqual(small.bytes, JSONExport.batchPlan(plan), plan.source.path)
        }
    }

    func testWriterEscapesAsJSONEncoderDoes() throws {
        var plan = try importText("Handlingsplan 2025\n\nTiltak:\n- Verve medlemmer\n")
        // Every control character, quotes, backslashes, a slash, non-ASCII and astral characters.
        var nasty = String((0..<0x20).map { Character(Unicode.Scalar($0)!) })
        nasty += "\"\\/ \u{7F}\u{2028}æøå «»😀 </script>"
        plan.items[0].text = nasty
        plan.items[0].comment = "\r\n\t"
        plan.plan.title = nasty
        plan.diagnostics.append(Diagnostic(.warning, "x", nasty, at: .paragraph(3)))
        // Every confidence the mapper can give, two decimals.
        for c in 0...100 {
            plan.items[0].mapping.confidence = Double(c) / 100 + 0.0001
            XCTAssertEqual(JSONExport.encode(plan), try JSONExport.encodeWithFoundation(plan), "confidence \(c)")
        }
        // One character to escape at every place of a long text (the writer passes runs of
        // sixteen plain bytes at once).
        let long = "Verve nye medlemmer på arbeidsplassene, særlig de unge, i 2025 og 2026."
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}"] {
            for cut in stride(from: 0, through: long.count, by: 3) {
                plan.items[0].text = String(long.prefix(cut)) + special + String(long.dropFirst(cut))
                XCTAssertEqual(JSONExport.encode(plan), try JSONExport.encodeWithFoundation(plan), plan.items[0].text.debugDescription)
            }
        }
        plan.sections = []
        plan.diagnostics = []
        XCTAssertEqual(JSONExport.encode(plan), try JSONExport.encodeWithFoundation(plan), "empty arrays")
    }

    func testBatchWrittenPlanByPlanEqualsTheWholeBatch() throws {
        let plans = try samplePlans()
        let failures = [ImportFailure(path: "a \"b\".docx", error: "ZIP-beholderen er skadet"), ImportFailure(path: "c.txt", error: "x")]
        for (plans, failures) in [(plans, failures), (plans, []), ([], failures), ([], [])] {
            let batch = Batch(plans: plans, failures: failures)
            let reference = try JSONExport.encodeWithFoundation(batch)
            XCTAssertEqual(JSONExport.encode(batch), reference)
            XCTAssertEqual(try streamed(plans, failures, .json), reference, "\(plans.count) plans, \(failures.count) failures")
            for dialect in [CSVExport.Dialect.standard, .excel] {
                XCTAssertEqual(try streamed(plans, failures, .csv(dialect)), CSVExport.encode(plans, dialect: dialect))
            }
        }
    }

    /// `BatchOutput` into a file, as the command line writes a batch.
    private func streamed(_ plans: [Plan], _ failures: [ImportFailure], _ format: BatchOutput.Format) throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)").path
        defer { unlink(path) }
        let output = BatchOutput(format: format, single: false, writer: try AtomicFile.Writer(path: path))
        for plan in plans { try output.add(BatchOutput.render(plan, as: format, single: false)) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "the output appears only when finished")
        try output.finish(failures: failures)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// Results come in input order whatever the number of workers, and a failing delivery
    /// stops the batch without starting the rest.
    /// The spools of a JSON batch and of the report are made beside the output (where the output
    /// must fit anyway), or in $TMPDIR for standard output, and unlinked at once; `tmpfile()`
    /// always used the system's folder, whatever $TMPDIR said.
    func testSpoolsAreMadeBesideTheOutput() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let writer = try AtomicFile.Writer(path: dir.appendingPathComponent("plans.json").path)
        defer { writer.discard() }
        let spool = Spool(for: writer)
        try spool.write(Array("{}".utf8))
        let file = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(try XCTUnwrap(spool.descriptor))")
        XCTAssertTrue(file.hasPrefix(dir.path + "/.handlingsplan-spool."), file)
        XCTAssertTrue(file.hasSuffix("(deleted)"), "no name is left: \(file)")
        XCTAssertEqual(Spool(for: AtomicFile.Writer()).folder, FileManager.default.temporaryDirectory.path, "standard output: $TMPDIR")
    }

    /// SIGTERM or SIGINT in the middle of a batch: the temporary beside the target (or in the
    /// --output-dir) is removed, the target stays as it was, and the process ends by the signal.
    func testASignalLeavesNoTemporaryFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plans = dir.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        // 400 plans, each its own (a copy of another would be read once and not written again).
        for i in 0..<400 {
            let seed = try Data(contentsOf: Paths.seed(["000", "002", "004"][i % 3]))
            try (seed + Data("\nNotat \(i).\n".utf8)).write(to: plans.appendingPathComponent("p\(i).txt"))
        }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let target = out.appendingPathComponent("plans.json")
        try Data("gammel".utf8).write(to: target)
        for (signal, arguments) in [(SIGTERM, ["-o", target.path]), (SIGINT, ["--format", "xlsx", "-o", out.appendingPathComponent("plans.xlsx").path]),
                                    (SIGTERM, ["--output-dir", out.path])] {
            let process = Process()
            process.executableURL = Paths.binary
            process.arguments = ["import", "-q", "--jobs", "1", plans.path] + arguments
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait for the temporary to appear, then stop the run in the middle.
            let started = Date()
            while Date().timeIntervalSince(started) < 20,
                  !(try FileManager.default.contentsOfDirectory(atPath: out.path)).contains(where: { $0.hasSuffix(".tmp") }) {
                usleep(2_000)
            }
            usleep(50_000)
            XCTAssertTrue(process.isRunning, "the batch outlasts the wait (\(arguments))")
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "\(arguments)")
            XCTAssertEqual(process.terminationStatus, signal)
            let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
            XCTAssertEqual(left, [], "no temporary left (\(arguments))")
            XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "gammel", "the target as it was")
        }
    }

    func testImportEachDeliversInOrderAndStopsOnError() throws {
        let files = Array(repeating: Paths.seed("000").path, count: 3) + [Paths.seed("001").path, "/no/such/file.txt"]
            + Array(repeating: Paths.seed("002").path, count: 20)
        for jobs in [1, 2, 7] {
            var seen: [Int] = []
            PlanImporter().importEach(files, jobs: jobs, render: { $0.items.count }) { i, outcome in
                seen.append(i)
                if i == 4 { if case .success = outcome { XCTFail("a missing file must fail") } }
            }
            XCTAssertEqual(seen, Array(files.indices), "jobs \(jobs)")
        }
        struct Stop: Error {}
        var delivered = 0
        XCTAssertThrowsError(try PlanImporter().importEach(files, jobs: 2, render: { $0.items.count }) { (i: Int, _: Result<Int, FileImportError>) throws(Stop) in
            delivered += 1
            if i == 2 { throw Stop() }
        })
        XCTAssertEqual(delivered, 3)
    }

    /// The command line streams a folder into the same bytes with one job or several,
    /// and the CSV parses to one row per item.
    func testCommandLineBatchIsTheSameWithAnyNumberOfJobs() throws {
        let one = try runTool(["import", "-q", "--jobs", "1", Paths.seeds.path])
        let three = try runTool(["import", "-q", "--jobs", "3", Paths.seeds.path])
        XCTAssertEqual(one.status, 0)
        XCTAssertEqual(one.stdout, three.stdout)
        let reference = try JSONExport.encodeWithFoundation(PlanImporter().importBatch([Paths.seeds.path]))
        XCTAssertEqual(one.stdout, reference)
    }
}

/// Styles parsed once per distinct part; a different part is never served from the cache.
final class PartCacheTests: XCTestCase {
    func testSamePartIsParsedOnceAndADifferentOneAgain() throws {
        let cache = PartCache<Int>(maxBytes: 64)
        var made = 0
        /// The part's CRC-32 as the ZIP reader hands it over (bit by bit, the IEEE polynomial).
        func crc32(_ bytes: Data) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for b in bytes { crc ^= UInt32(b); for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 } }
            return ~crc
        }
        func value(_ s: String, crc: UInt32? = nil) throws -> Int {
            let data = Data(s.utf8)
            return try cache.value(for: data, crc: crc ?? crc32(data)) { data throws(ImportError) in made += 1; return data.count * 100 + made }
        }
        XCTAssertEqual(crc32(Data("123456789".utf8)), 0xCBF4_3926, "the check value of CRC-32")
        XCTAssertEqual(try value("<styles/>"), 901)
        XCTAssertEqual(try value("<styles/>"), 901, "the same bytes: the parsed value again")
        XCTAssertEqual(made, 1)
        XCTAssertEqual(try value("<stylez/>"), 902, "same size, other bytes: parsed")
        XCTAssertEqual(try value("<stylex/>", crc: crc32(Data("<styles/>".utf8))), 903, "the same CRC and size, other bytes: parsed")
        // Past maxBytes the oldest parts are dropped and parsed again when they come back.
        for i in 0..<10 { _ = try value("<s\(i)/>") }
        let before = made
        XCTAssertEqual(try value("<styles/>"), 900 + before + 1, "dropped, so parsed again")
        // A part larger than the cache is parsed every time.
        let large = String(repeating: "x", count: 100)
        _ = try value(large); _ = try value(large)
        XCTAssertEqual(made, 16)
    }

    /// A batch of the same template gives each plan what it gives alone.
    func testCachedStylesGiveTheSamePlans() throws {
        let renditions = Paths.fixtures.appendingPathComponent("renditions")
        let files = ["002-python-docx.docx", "001-python-docx.docx", "002-pandoc.docx", "002-python-docx.docx"].map { renditions.appendingPathComponent($0).path }
        let batch = PlanImporter().importBatch(files, jobs: 2)
        // The last file is the first again: a copy, imported once (the two python-docx plans share their styles).
        XCTAssertEqual(batch.plans.count, 3)
        XCTAssertEqual(batch.copies, [PlanCopy(path: files[3], copyOf: files[0], sha256: batch.plans[0].source.sha256)])
        for (file, plan) in zip(files, batch.plans) {
            let alone = try runTool(["import", "-q", file], input: nil)
            XCTAssertEqual(alone.status, 0)
            XCTAssertEqual(JSONExport.encode(plan), alone.stdout, file)
        }
    }
}
