import Foundation
import XCTest
@testable import Handlingsplan

/// Third-party documents in ../shared/corpus (absent in a user's clone: skipped).
/// Every file is either imported or refused with a reason; none crashes.
final class CorpusRobustnessTests: XCTestCase {
    func testEveryCorpusFileIsImportedOrRefusedClearly() throws {
        guard FileManager.default.fileExists(atPath: Paths.corpus.path) else {
            throw XCTSkip("no corpus at \(Paths.corpus.path)")
        }
        let batch = PlanImporter().importBatch([Paths.corpus.path])
        let total = batch.plans.count + batch.failures.count
        XCTAssertGreaterThan(total, 100, "the corpus holds hundreds of files")
        for failure in batch.failures {
            XCTAssertFalse(failure.error.isEmpty, failure.path)
            XCTAssertFalse(failure.error.contains("Error Domain"), "a person-readable reason: \(failure.error)")
        }
        // This version reads text exports: documents are refused with a hint, never silently empty.
        for plan in batch.plans { XCTAssertNotEqual(plan.source.format, .docx) }
    }
}
