import Foundation
import XCTest
@testable import Handlingsplan

/// Third-party documents in ../shared/corpus (absent in a user's clone: skipped).
/// Every file is either imported or refused with a reason a person can act on;
/// none crashes, none hangs (each is given a generous 10 s: a hang check, not a speed test).
final class CorpusRobustnessTests: XCTestCase {
    func testEveryCorpusFileIsImportedOrRefusedClearly() throws {
        guard FileManager.default.fileExists(atPath: Paths.corpus.path) else {
            throw XCTSkip("no corpus at \(Paths.corpus.path)")
        }
        let files = FileWalk().expand([Paths.corpus.path]).files
        let documents = files.filter { file in [".docx", ".odt", ".xml"].contains { file.hasSuffix($0) } }
        XCTAssertGreaterThan(documents.count, 500)
        var imported = 0, refused: [String: Int] = [:]
        for file in documents {
            let done = DispatchSemaphore(value: 0)
            let box = Outcome()
            DispatchQueue.global().async {
                do { box.plan = try PlanImporter().importFile(at: file) } catch { box.error = error }
                done.signal()
            }
            guard done.wait(timeout: .now() + 10) == .success else {
                XCTFail("\(file): no answer within 10 s")
                continue
            }
            if box.plan != nil {
                imported += 1
            } else if let e = box.error as? FileImportError {
                let reason = e.reason.errorDescription ?? ""
                XCTAssertFalse(reason.isEmpty, file)
                XCTAssertFalse(reason.contains("Error Domain"), "\(file): \(reason)")
                refused[String(reason.prefix(40)), default: 0] += 1
            } else {
                XCTFail("\(file): \(String(describing: box.error))")
            }
        }
        // Most are read; the rest are empty documents, a password-protected one and ODT formulas.
        XCTAssertGreaterThan(imported, documents.count * 8 / 10, "imported \(imported) of \(documents.count); refused: \(refused)")
    }

    private final class Outcome: @unchecked Sendable {
        var plan: Plan?
        var error: Error?
    }
}
