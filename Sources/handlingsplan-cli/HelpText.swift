import ArgumentParser
import Foundation

/// `--help` wrapped at the terminal's width, as ArgumentParser does it, except that an example
/// command is never broken across lines (a reader copies it whole into a shell): ArgumentParser
/// renders the help without wrapping, and each line is wrapped here, prose at word boundaries
/// under its own indentation (an option's text under where it starts), example lines not at all.
enum HelpText {
    /// The command whose help `arguments` ask for ("import --help", "help check", "-h"), or nil.
    static func requested(_ arguments: [String]) -> ParsableCommand.Type? {
        let args = Array(arguments.dropFirst())
        let subcommands = HandlingsplanCommand.configuration.subcommands
        func named(_ name: String) -> ParsableCommand.Type? { subcommands.first { $0.configuration.commandName == name } }
        if args.first == "help" { return args.dropFirst().first.flatMap(named) ?? HandlingsplanCommand.self }
        guard args.contains("--help") || args.contains("-h") else { return nil }
        // (After "--" a "-h" is a file's name.)
        if let dashes = args.firstIndex(of: "--"), !args[..<dashes].contains(where: { $0 == "--help" || $0 == "-h" }) { return nil }
        return args.first.flatMap(named) ?? HandlingsplanCommand.self
    }

    static func render(_ command: ParsableCommand.Type, width: Int) -> String {
        let raw = command == HandlingsplanCommand.self
            ? HandlingsplanCommand.helpMessage(columns: 10_000)
            : HandlingsplanCommand.helpMessage(for: command, columns: 10_000)
        var out: [String] = []
        var inExamples = false
        for line in paragraphs(raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) {
            if line.trimmingCharacters(in: .whitespaces).hasSuffix("Examples:") { inExamples = true; out.append(line); continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { inExamples = false; out.append(line); continue }
            if inExamples && line.hasPrefix("  ") { out.append(line); continue }
            out += wrapped(line, width: width)
        }
        return out.joined(separator: "\n")
    }

    /// The overview and discussion (up to "USAGE:") with each paragraph on one line: the source
    /// breaks its lines for its own width, the terminal has another. Example blocks stay as they are.
    private static func paragraphs(_ lines: [String]) -> [String] {
        var out: [String] = []
        var inExamples = false, prose = true
        for line in lines {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("USAGE:") { prose = false }
            if t.hasSuffix("Examples:") { inExamples = true } else if t.isEmpty { inExamples = false }
            if prose, !inExamples, !t.isEmpty, !line.hasPrefix(" "), let last = out.last, !last.isEmpty, !last.hasPrefix(" "),
               !last.hasSuffix(":") {
                out[out.count - 1] = last + " " + t
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// A line in lines of at most `width` characters, broken at spaces; the lines after the
    /// first start where the line's text does (after an option's name, where its help starts).
    static func wrapped(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let lead = line.prefix { $0 == " " }.count
        // An option's help: the text after the first gap of two spaces or more past the indentation.
        var hanging = lead
        let body = Array(line.dropFirst(lead))
        var k = 0
        while k + 1 < body.count {
            if body[k] == " " && body[k + 1] == " " {
                var j = k
                while j < body.count, body[j] == " " { j += 1 }
                if j < body.count, lead + j <= width * 2 / 3 { hanging = lead + j }
                break
            }
            k += 1
        }
        var lines: [String] = []
        var current = String(line.prefix(hanging))
        let words = line.dropFirst(hanging).split(separator: " ", omittingEmptySubsequences: true)
        let indent = String(repeating: " ", count: hanging)
        for word in words {
            let atStart = current.count == hanging
            if !atStart, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
            }
            current += (current.count == hanging ? "" : " ") + word
        }
        lines.append(current)
        return lines
    }

    /// The terminal's width, else $COLUMNS, else 80; never below 40.
    static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(40, Int(size.ws_col)) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return max(40, columns) }
        return 80
    }
}
