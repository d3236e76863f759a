import Foundation

/// The report formats of `check`: plain compiler-style text, GitHub Actions
/// workflow commands, JUnit XML and SARIF 2.1.0.
public enum CheckReportFormat: String, CaseIterable, Sendable {
    case text, github, junit, sarif
}

public enum CheckReports {
    /// 0: no error; 1: an error (with `strict`, a warning too).
    public static func exitStatus(_ reports: [FileReport], strict: Bool) -> Int32 {
        reports.contains { failed($0, strict: strict) } ? 1 : 0
    }

    static func failed(_ report: FileReport, strict: Bool) -> Bool {
        report.findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// `allReports`: what the total of the text report counts, where `reports` shows only some (`check -q`).
    public static func render(_ reports: [FileReport], as format: CheckReportFormat, strict: Bool, allReports: [FileReport]? = nil) throws -> Data {
        switch format {
        case .text: return Data(text(reports, total: allReports ?? reports).utf8)
        case .github: return Data(github(reports).utf8)
        case .junit: return try junit(reports, strict: strict)
        case .sarif: return try sarif(reports)
        }
    }

    // MARK: text

    /// `path:line:col: alvor: melding [CODE]` (alvor: feil, advarsel, merknad), a summary line per
    /// file and a total, in Norwegian for the staffer who reads it (CI reads --format github,
    /// junit or sarif).
    /// For DOCX/XML the paragraph number stands in the line's place, for a PDF the line on its
    /// page (the page follows the message); line 1 for the whole file.
    /// Control characters in a path or message are escaped (`PrintableText`): a newline in a
    /// file name would start a line of its own, which GitHub Actions runs as a workflow
    /// command when it starts with "::", and ESC sequences would reach the terminal.
    public static func text(_ reports: [FileReport], total: [FileReport]? = nil) -> String {
        var out = ""
        for r in reports {
            let path = PrintableText.escaped(r.path)
            for f in r.findings {
                let (line, column) = lineColumn(f.position)
                out += "\(path):\(line):\(column): \(f.severity.norwegian): \(PrintableText.escaped(f.message))\(onPage(f.position)) [\(f.rule.code)]\n"
            }
            out += "\(path): \(summary(errors: r.count(.error), warnings: r.count(.warning), infos: r.count(.info)))\n"
        }
        let all = total ?? reports
        let files = all.count
        out += "\(Norwegian.count(files, "fil", "filer")) sjekket: " + summary(
            errors: all.reduce(0) { $0 + $1.count(.error) }, warnings: all.reduce(0) { $0 + $1.count(.warning) },
            infos: all.reduce(0) { $0 + $1.count(.info) }) + "\n"
        return out
    }

    private static func summary(errors: Int, warnings: Int, infos: Int) -> String {
        "\(errors) feil, \(Norwegian.count(warnings, "advarsel", "advarsler")), \(Norwegian.count(infos, "merknad", "merknader"))"
    }

    /// A PDF's page, which the line number in `path:line:col` does not say: " (side 2)".
    static func onPage(_ p: SourcePosition?) -> String {
        p?.page.map { " (side \($0))" } ?? ""
    }

    static func lineColumn(_ p: SourcePosition?) -> (Int, Int) {
        switch p {
        case let .text(line, column)?: return (line, column)
        case let .paragraph(n)?: return (n, 1)
        case let .page(_, line)?: return (line, 1)
        case nil: return (1, 1)
        }
    }

    // MARK: github

    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=CODE::message`.
    /// Line breaks are GitHub's own escapes (%0A); other control characters `PrintableText`'s.
    public static func github(_ reports: [FileReport]) -> String {
        var out = ""
        for r in reports {
            for f in r.findings {
                let command = f.severity == .error ? "error" : f.severity == .warning ? "warning" : "notice"
                var props = ["file=\(escapeProperty(r.path))"]
                if let p = f.position {
                    let (line, column) = lineColumn(p)
                    props.append("line=\(line)")
                    props.append("col=\(column)")
                }
                props.append("title=\(escapeProperty(f.rule.code))")
                out += "::\(command) \(props.joined(separator: ","))::\(escapeData(f.message))\n"
            }
        }
        return out
    }

    static func escapeData(_ s: String) -> String {
        PrintableText.escaped(s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A"))
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    // MARK: junit

    /// One test case per file; errors (with `strict`, warnings too) make it a
    /// failure carrying the findings; other findings go to its system-out.
    public static func junit(_ reports: [FileReport], strict: Bool) throws -> Data {
        let failures = reports.filter { failed($0, strict: strict) }.count
        let xml = try XMLWriter()
        let counts: KeyValuePairs<String, String> = ["name": "handlingsplan check", "tests": "\(reports.count)", "failures": "\(failures)", "errors": "0"]
        try xml.startElement("testsuites", counts)
        try xml.startElement("testsuite", counts)
        for r in reports {
            try xml.startElement("testcase", ["classname": "handlingsplan.check", "name": r.path])
            let lines = r.findings.map { f -> String in
                let (line, column) = lineColumn(f.position)
                return "\(r.path):\(line):\(column): \(f.severity.rawValue): \(f.message)\(onPage(f.position)) [\(f.rule.code)]"
            }
            if failed(r, strict: strict) {
                let first = r.findings.first { $0.severity == .error || (strict && $0.severity == .warning) }!
                try xml.element("failure", ["message": first.message, "type": first.rule.code], text: lines.joined(separator: "\n"))
            } else if !lines.isEmpty {
                try xml.element("system-out", text: lines.joined(separator: "\n"))
            }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endElement()
        return try xml.finish()
    }

    // MARK: sarif

    /// A relative URI reference for a path (spaces and the like percent-encoded).
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    public static func sarif(_ reports: [FileReport]) throws -> Data {
        let rules = Rules.all
        let results = reports.flatMap { r in
            r.findings.map { f -> SARIF.Result in
                let (line, column) = lineColumn(f.position)
                let region = f.position.map { _ in SARIF.Region(startLine: line, startColumn: column) }
                return SARIF.Result(ruleId: f.rule.code, ruleIndex: rules.firstIndex(of: f.rule)!,
                                    level: f.severity == .error ? "error" : f.severity == .warning ? "warning" : "note",
                                    message: .init(text: f.message),
                                    locations: [.init(physicalLocation: .init(artifactLocation: .init(uri: uri(r.path)), region: region))])
            }
        }
        let driver = SARIF.Driver(name: "handlingsplan", version: handlingsplanVersion, rules: rules.map { rule in
                                      SARIF.ReportingDescriptor(id: rule.code, shortDescription: .init(text: rule.title),
                                                                fullDescription: .init(text: rule.rationale), help: .init(text: rule.fix),
                                                                defaultConfiguration: .init(level: rule.severity == .error ? "error" : rule.severity == .warning ? "warning" : "note"))
                                  })
        let log = SARIF.Log(runs: [.init(tool: .init(driver: driver), results: results)])
        return try JSONExport.encodeWithFoundation(log)
    }
}

/// The parts of SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) that `check` writes.
enum SARIF {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable { var tool: Tool; var results: [Result] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable { var name: String; var version: String; var rules: [ReportingDescriptor] }
    struct ReportingDescriptor: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { var level: String }
    struct Message: Encodable { var text: String }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
        enum CodingKeys: String, CodingKey { case artifactLocation, region }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(artifactLocation, forKey: .artifactLocation)
            try c.encodeIfPresent(region, forKey: .region)
        }
    }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var startColumn: Int }
}
