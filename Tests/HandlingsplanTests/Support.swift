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
