import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// PDF plans: poppler reads the file in a worker process (`handlingsplan-pdf`, installed beside
/// `handlingsplan`), and its words and structure tree become blocks here. A tagged PDF's
/// structure tree gives headings, lists and tables as a DOCX's markup does (`PDFStructure`);
/// an untagged one is read from where its words stand (`PDFLayout`).
///
/// The worker runs within a budget (`cpuSeconds`, `memoryBytes`, `wallSeconds`): a PDF that
/// crashes, hangs or floods poppler fails alone, with a message, and the batch goes on.
package enum PDFReader {
    /// CPU seconds and address space of the worker, and the wall-clock time it is given: a
    /// plan of a few dozen pages takes poppler well under a second; a file past these is hostile
    /// (a fuzzed 99 KB PDF took 6.5 s).
    package static let cpuSeconds = 10
    package static let memoryBytes = 1536 << 20
    /// 15 seconds, or `HANDLINGSPLAN_PDF_TIMEOUT` seconds where the environment says so.
    static var wallSeconds: Double {
        ProcessInfo.processInfo.environment["HANDLINGSPLAN_PDF_TIMEOUT"].flatMap(Double.init).map { min(max($0, 1), 3600) } ?? 15
    }
    /// The most the worker may write back (the words of `PopplerExtractor.maxPages` full pages).
    static let maxAnswerBytes = 256 << 20

    static func read(_ bytes: [UInt8]) throws(ImportError) -> [Block] {
        try blocks(from: try extract(bytes))
    }

    /// The blocks of what the worker found: from the structure tree where the PDF is tagged
    /// (and the tree holds text), else from the words' positions.
    static func blocks(from extraction: PDFExtraction) throws(ImportError) -> [Block] {
        guard !extraction.pages.isEmpty else { throw .damaged("PDF-en har ingen sider") }
        guard extraction.pages.contains(where: { !$0.words.isEmpty }) else { throw .noTextLayer }
        if let tree = extraction.structure, case let blocks = PDFStructure.blocks(tree, pages: extraction.pages), blocks.contains(where: { if case .table = $0.kind { return true }; return !$0.text.isEmpty }) {
            return blocks
        }
        return PDFLayout.blocks(extraction.pages)
    }

    /// The worker: the environment's `HANDLINGSPLAN_PDF_WORKER`, else `handlingsplan-pdf` beside
    /// the running executable (the installed binary, or the build folder for the tests).
    static func workerPath() -> String? {
        if let path = ProcessInfo.processInfo.environment["HANDLINGSPLAN_PDF_WORKER"], !path.isEmpty { return path }
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("handlingsplan-pdf").path
        }
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("handlingsplan-pdf").path
    }

    /// Runs the worker on `bytes` and decodes its answer.
    static func extract(_ bytes: [UInt8]) throws(ImportError) -> PDFExtraction {
        guard let path = workerPath(), FileManager.default.isExecutableFile(atPath: path) else { throw .unsupported(.pdf) }
        // The worker may die before it has read all of its input: a write to its pipe must then
        // fail with EPIPE, not end this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .unsupported(.pdf) }

        let group = DispatchGroup()
        let answer = Collected(limit: maxAnswerBytes), messages = Collected(limit: 64 << 10)
        DispatchQueue.global().async(group: group) {
            try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) { answer.drain(output.fileHandleForReading) }
        DispatchQueue.global().async(group: group) { messages.drain(errors.fileHandleForReading) }
        var timedOut = false
        let wallSeconds = Self.wallSeconds
        if finished.wait(timeout: .now() + wallSeconds) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        group.wait()

        if timedOut { throw .limitExceeded("PDF-leseren brukte mer enn \(Int(wallSeconds)) sekunder på filen") }
        if answer.overflowed { throw .limitExceeded("PDF-en gir mer enn \(maxAnswerBytes >> 20) MiB tekst og posisjoner") }
        if process.terminationReason == .uncaughtSignal || process.terminationStatus != 0 {
            let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : 0
            if signal == SIGXCPU { throw .limitExceeded("PDF-leseren brukte mer enn \(cpuSeconds) sekunder prosessortid på filen") }
            let said = lastLine(messages.data)
            throw .damaged("PDF-leseren (poppler) stoppet på filen" + (signal != 0 ? " (signal \(signal))" : " (status \(process.terminationStatus))")
                           + (said.map { ": \(ImportError.quoted($0, max: 200))" } ?? ""))
        }
        guard let decoded = try? JSONDecoder().decode(PDFExtraction.Answer.self, from: answer.data) else {
            throw .damaged("PDF-leseren ga et svar som ikke kunne leses")
        }
        switch decoded {
        case let .extraction(extraction): return extraction
        case .encrypted: throw .encrypted("PDF-en er kryptert")
        case let .damaged(reason):
            let said = lastLine(messages.data)
            throw .damaged("PDF-en er skadet (poppler: \(ImportError.quoted(said ?? reason, max: 200)))")
        case let .limit(what): throw .limitExceeded("PDF-en har \(what)")
        }
    }

    /// poppler's last message ("Syntax Error: Couldn't find trailer dictionary"): its reason.
    private static func lastLine(_ data: Data) -> String? {
        String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).last.map(String.init)
    }
}

/// The bytes of a pipe, read to its end, kept up to a limit (the rest read and dropped).
private final class Collected: @unchecked Sendable {
    private(set) var data = Data()
    private(set) var overflowed = false
    let limit: Int
    init(limit: Int) { self.limit = limit }

    func drain(_ handle: FileHandle) {
        while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            if data.count + chunk.count > limit { overflowed = true } else { data.append(chunk) }
        }
    }
}
