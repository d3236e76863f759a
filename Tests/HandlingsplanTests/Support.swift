import Foundation
import XCTest
@testable import Handlingsplan

/// Where the tests find things.
enum Paths {
    /// The package root: `HANDLINGSPLAN_ROOT` if set (the Makefile sets it), else the
    /// working directory, which `swift test` sets to the package root.
    static let root: URL = {
        if let r = ProcessInfo.processInfo.environment["HANDLINGSPLAN_ROOT"] { return URL(fileURLWithPath: r) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let seeds = root.appendingPathComponent("seeds")

    /// Fixtures as built into the test bundle.
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// The source copy of the fixtures, where golden files are re-recorded.
    static let sourceFixtures = root.appendingPathComponent("Tests/HandlingsplanTests/Fixtures")

    /// The built command-line tool, beside the test bundle.
    static let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("handlingsplan")

    static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static let seedNames = ["000_74c0d5add16c5e1b", "001_ea33b6c0a5b3e490", "002_a663cb6da20ff284", "003_50ecb35919722b4f", "004_4fc1b2615805c09b"]

    static func seed(_ prefix: String) -> URL {
        let name = seedNames.first { $0.hasPrefix(prefix) }!
        return seeds.appendingPathComponent(name + ".txt")
    }
}

/// Imports text given inline, as a user's file would be.
func importText(_ text: String, path: String = "inline.txt") throws -> Plan {
    try PlanImporter().importBytes(Array(text.utf8), path: path)
}

func importSeed(_ prefix: String) throws -> Plan {
    let url = Paths.seed(prefix)
    return try PlanImporter().importBytes([UInt8](try Data(contentsOf: url)), path: "seeds/" + url.lastPathComponent)
}

extension Plan {
    func items(_ kind: ItemKind) -> [Item] { items.filter { $0.kind == kind } }
    func item(containing s: String, file: StaticString = #filePath, line: UInt = #line) -> Item? {
        let found = items.first { $0.text.contains(s) }
        if found == nil { XCTFail("no item contains «\(s)»", file: file, line: line) }
        return found
    }
    var texts: [String] { items.map(\.text) }
}

/// Runs the built tool; returns exit status, standard output and standard error.
@discardableResult
func runTool(_ arguments: [String], in directory: URL = Paths.root, input: Data? = nil) throws -> (status: Int32, stdout: Data, stderr: String) {
    try runProcess(Paths.binary, arguments, in: directory, input: input)
}

/// Runs a program with `input` (if any) on its standard input.
@discardableResult
func runProcess(_ executable: URL, _ arguments: [String], in directory: URL = Paths.root, input: Data? = nil) throws -> (status: Int32, stdout: Data, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe(), err = Pipe(), stdin = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    // Read before waiting so that a large output cannot fill the pipe and block the tool.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("handlingsplan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The optional programs some tests use (python3 and its modules, LibreOffice, readelf).
/// A test skips only when the capability is missing, found by looking for it (the program on
/// PATH, the module's spec, LibreOffice Calc's library), never by an exit status: a program
/// that is there and fails is a failure, and one that "succeeds" without writing its output
/// (soffice without Calc exits 0) is caught by looking for the output.
enum OptionalTool {
    /// The program's path on PATH, or nil.
    static func find(_ name: String, in searchPath: String? = nil) -> URL? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// python3, with `modules` importable; skips naming what is missing.
    static func python(_ modules: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        guard let python = find("python3") else { throw XCTSkip("python3 is not installed") }
        guard !modules.isEmpty else { return python }
        // The answer is what the probe prints, not its status.
        let probe = try runProcess(python, ["-c", "import importlib.util, sys; print('missing:', *[m for m in sys.argv[1:] if importlib.util.find_spec(m) is None])"] + modules)
        let answer = String(decoding: probe.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard answer.hasPrefix("missing:") else {
            XCTFail("python3 did not answer which modules it has (status \(probe.status)): \(probe.stderr)", file: file, line: line)
            throw XCTSkip("python3 does not work")
        }
        let missing = answer.dropFirst("missing:".count).split(separator: " ")
        if !missing.isEmpty { throw XCTSkip("python3 has no \(missing.joined(separator: ", ")) (make test installs it)") }
        return python
    }

    /// LibreOffice with Calc (which reads a CSV into a workbook); skips when either is missing.
    /// Writer alone runs `--convert-to xlsx`, exits 0 and writes nothing.
    static func libreOfficeCalc(in searchPath: String? = nil) throws -> URL {
        guard let soffice = find("soffice", in: searchPath) ?? find("libreoffice", in: searchPath) else { throw XCTSkip("LibreOffice is not installed") }
        let program = soffice.resolvingSymlinksInPath().deletingLastPathComponent()
        let calc = ["libsclo.so", "scalc", "../lib/libsclo.so"].map { program.appendingPathComponent($0).path }
        guard calc.contains(where: FileManager.default.fileExists(atPath:)) else {
            throw XCTSkip("LibreOffice Calc is not installed (Writer alone cannot read a CSV into a workbook)")
        }
        return soffice
    }
}
