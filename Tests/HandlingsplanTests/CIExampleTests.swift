import Foundation
import XCTest

/// docs/github-actions-example.yml, the workflow a plan repository copies, could not build
/// the tool: it installed libxml2-dev and pkg-config, not libxlsxwriter's header or zlib's.
/// Its install step is run here (apt-get replaced by a recorder) against the Makefile's own
/// list, and what it must and must not do is checked on the parsed YAML.
final class CIExampleTests: XCTestCase {
    private var example: URL { Paths.root.appendingPathComponent("docs/github-actions-example.yml") }

    /// The workflow as JSON, through Python's YAML reader.
    private func workflow() throws -> [String: Any] {
        let python = try OptionalTool.python(["yaml"])
        let run = try runProcess(python, ["-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))", example.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any] ?? [:]
    }

    /// The packages of debian-packages.txt, as the Makefile reads them.
    private func makefilePackages() throws -> [String] {
        let list = try String(contentsOf: Paths.root.appendingPathComponent("debian-packages.txt"), encoding: .utf8)
        let packages = list.split(separator: "\n").map { $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0] }
            .flatMap { $0.split(separator: " ") }.map(String.init)
        if let make = OptionalTool.find("make") {
            let printed = try runProcess(make, ["-s", "--no-print-directory", "print-deps"])
            XCTAssertEqual(printed.stdout.isEmpty ? [] : String(decoding: printed.stdout, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init),
                           packages, "make print-deps prints the list the Makefile installs: \(printed.stderr)")
        }
        return packages
    }

    func testTheInstallStepInstallsEveryPackageTheMakefileNeeds() throws {
        let packages = try makefilePackages()
        XCTAssertTrue(Set(packages).isSuperset(of: ["libxml2-dev", "zlib1g-dev", "libxlsxwriter-dev", "pkg-config"]), "\(packages)")
        let flow = try workflow()
        let steps = ((flow["jobs"] as? [String: Any])?["check"] as? [String: Any])?["steps"] as? [[String: Any]] ?? []
        let installs = steps.compactMap { $0["run"] as? String }.filter { $0.contains("apt-get install") }
        XCTAssertEqual(installs.count, 1, "one step installs the build's packages")
        guard let install = installs.first else { return }

        // The step run as the workflow runs it, with TOOL at this repository and apt-get recording its arguments.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("apt.log")
        let apt = dir.appendingPathComponent("apt-get")
        try "#!/bin/sh\necho \"$@\" >> '\(log.path)'\n".write(to: apt, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(apt.path, 0o755), 0)
        guard let bash = OptionalTool.find("bash") else { throw XCTSkip("no bash to run the step with") }
        let env = (flow["env"] as? [String: Any]) ?? [:]
        XCTAssertEqual(env["TOOL"] as? String, "/tmp/handlingsplan")
        let script = "export TOOL='\(Paths.root.path)' PATH='\(dir.path)':\"$PATH\"\nset -e\n" + install
        let run = try runProcess(bash, ["-c", script])
        XCTAssertEqual(run.status, 0, run.stderr)
        let recorded = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let installed = recorded.split(separator: "\n").filter { $0.hasPrefix("install") }.flatMap { $0.split(separator: " ") }
            .map(String.init).filter { !$0.hasPrefix("-") && $0 != "install" }
        XCTAssertEqual(Set(installed), Set(packages), "installed by the example: \(recorded)")

        // Where Debian's package lists are at hand, every package is one Debian has.
        if let cache = OptionalTool.find("apt-cache") {
            let shown = String(decoding: try runProcess(cache, ["show", "--no-all-versions"] + packages).stdout, as: UTF8.self)
            if shown.contains("Package: ") {
                for p in packages { XCTAssertTrue(shown.contains("Package: \(p)\n"), "Debian has no package \(p)") }
            }
        }
    }

    /// The build is cached per commit of the tool, built from the clone, and --strict is an
    /// option (CHECK_OPTIONS), not the default: a plan repository is not red from its first commit.
    func testTheBuildIsCachedAndStrictIsAnOption() throws {
        let flow = try workflow()
        let env = (flow["env"] as? [String: Any]) ?? [:]
        XCTAssertEqual(env["CHECK_OPTIONS"] as? String, "")
        let steps = ((flow["jobs"] as? [String: Any])?["check"] as? [String: Any])?["steps"] as? [[String: Any]] ?? []
        let runs = steps.compactMap { $0["run"] as? String }
        XCTAssertFalse(runs.contains { $0.contains("--strict") }, "--strict is not the default")
        XCTAssertTrue(runs.contains { $0.contains("check plans/ --format github $CHECK_OPTIONS") })
        let cache = steps.first { ($0["uses"] as? String)?.hasPrefix("actions/cache@") == true }
        let with = cache?["with"] as? [String: Any]
        XCTAssertEqual(with?["path"] as? String, "${{ env.TOOL }}/.build")
        XCTAssertTrue((with?["key"] as? String)?.contains("${{ steps.tool.outputs.commit }}") == true, "\(String(describing: with))")
        // Install, then the cache, then the build, in that order.
        let order = ["apt-get install", "actions/cache@", "swift build"].map { needle in
            steps.firstIndex { (($0["run"] as? String) ?? ($0["uses"] as? String) ?? "").contains(needle) } ?? -1
        }
        XCTAssertEqual(order, order.sorted(), "\(order)")
        XCTAssertFalse(order.contains(-1), "\(order)")
        XCTAssertTrue(try String(contentsOf: example, encoding: .utf8).contains("\"--strict\""), "the comment says how to turn it on")
    }
}
