import Foundation
import XCTest
@testable import Handlingsplan

/// The written-out SHA-256 gives the standard's digests: the examples of FIPS 180-4 (and
/// NIST's long message), every length around the block and padding boundaries, and the
/// same hex as coreutils' sha256sum on real files.
final class SHA256DigestTests: XCTestCase {
    func testStandardExamples() {
        for portable in [false, true] {
            XCTAssertEqual(SHA256Digest.hex([], portable: portable), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            XCTAssertEqual(SHA256Digest.hex(Array("abc".utf8), portable: portable), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
            XCTAssertEqual(SHA256Digest.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), portable: portable),
                           "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
            XCTAssertEqual(SHA256Digest.hex(Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8), portable: portable),
                           "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
            XCTAssertEqual(SHA256Digest.hex([UInt8](repeating: 0x61, count: 1_000_000), portable: portable),
                           "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        }
    }

    /// Lengths 0–200 (one, two and three blocks, the 55/56/64-byte padding edges) of
    /// varied bytes against sha256sum, in one run of it over files.
    func testEveryLengthAroundTheBlocksAgreesWithSha256sum() throws {
        guard let sha256sum = ["/usr/bin/sha256sum", "/bin/sha256sum"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("sha256sum is not installed")
        }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var expected: [String: String] = [:]
        var generator = SplitMix(seed: 256)
        var names: [String] = []
        for length in 0...200 {
            let bytes = (0..<length).map { _ in UInt8(generator.next(below: 256)) }
            let name = "\(length).bin"
            try Data(bytes).write(to: dir.appendingPathComponent(name))
            expected[name] = SHA256Digest.hex(bytes)
            // The SHA extensions' blocks (where this processor has them) and the portable Swift agree.
            XCTAssertEqual(SHA256Digest.hex(bytes, portable: true), expected[name], "length \(length)")
            names.append(name)
        }
        let run = try runProcess(URL(fileURLWithPath: sha256sum), names, in: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, names.count)
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 1)
            let name = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " *"))
            XCTAssertEqual(expected[name], String(parts[0]), name)
        }
    }

    /// The seeds' `source.sha256` in the tool's JSON is sha256sum's.
    func testSeedsAgreeWithSha256sum() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else { throw XCTSkip("sha256sum is not installed") }
        let files = Paths.seedNames.map { "seeds/\($0).txt" }
        let run = try runProcess(URL(fileURLWithPath: "/usr/bin/sha256sum"), files)
        XCTAssertEqual(run.status, 0, run.stderr)
        for line in String(decoding: run.stdout, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            let path = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " *"))
            let bytes = [UInt8](try Data(contentsOf: Paths.root.appendingPathComponent(path)))
            XCTAssertEqual(SHA256Digest.hex(bytes), String(parts[0]), path)
        }
    }

    /// The SHA extensions are used where the processor has them: what cpuid tells the C target
    /// is what the kernel lists for the processor (Linux's "sha_ni" flag).
    func testBlockInstructionsAreFoundWhereTheProcessorHasThem() throws {
        #if arch(x86_64) && os(Linux)
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        guard let flags = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { throw XCTSkip("no flags in /proc/cpuinfo") }
        let words = flags.split(separator: " ")
        XCTAssertEqual(SHA256Digest.hasBlockInstructions, words.contains("sha_ni") && words.contains("sse4_1"))
        #else
        throw XCTSkip("the SHA extensions are an x86-64 path")
        #endif
    }
}
