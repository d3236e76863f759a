import Foundation

/// Bytes kept in an unnamed temporary file until the output they belong in is ready for
/// them (a batch's plans before the failures that sort first, a report's plan sections
/// before the overview): memory stays flat whatever the size of the batch.
///
/// The file is made beside the output (where the output itself must fit), or in `$TMPDIR`
/// for standard output, and its name is removed at once: nothing is left however the run
/// ends. (`tmpfile()` always used the system's temporary folder, ignoring `$TMPDIR`: with
/// that folder full a run failed while the target had room.)
final class Spool {
    private var file: UnsafeMutablePointer<FILE>?
    /// Only names the output in error messages.
    private let path: String
    /// The folder the file is made in.
    let folder: String

    /// A spool for the output `writer` writes.
    init(for writer: AtomicFile.Writer) {
        path = writer.path
        folder = writer.temporaryPath.map { ($0 as NSString).deletingLastPathComponent }
            ?? FileManager.default.temporaryDirectory.path
    }

    deinit { if let file { fclose(file) } }

    /// The file's descriptor once something is written (for tests).
    var descriptor: Int32? { file.map(fileno) }

    func write(_ bytes: [UInt8]) throws(AtomicFile.Failure) {
        if file == nil {
            var template = Array((folder + "/.handlingsplan-spool.XXXXXX").utf8CString)
            let fd = mkstemp(&template)
            guard fd >= 0 else { throw AtomicFile.Failure(path: path, reason: "kan ikke lage et mellomlager i \(folder): \(String(cString: strerror(errno)))") }
            unlink(template)
            file = fdopen(fd, "w+")
            guard file != nil else {
                close(fd)
                throw AtomicFile.Failure(path: path, reason: "kan ikke lage et mellomlager: \(String(cString: strerror(errno)))")
            }
        }
        guard fwrite(bytes, 1, bytes.count, file) == bytes.count else {
            throw AtomicFile.Failure(path: path, reason: "kan ikke skrive mellomlageret: \(String(cString: strerror(errno)))")
        }
    }

    /// Everything written, in order, to `writer`.
    func copy(to writer: AtomicFile.Writer) throws(AtomicFile.Failure) {
        guard let file else { return }
        rewind(file)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n > 0 { try writer.write(Array(chunk[..<n])) }
            if n < chunk.count { break }
        }
        if ferror(file) != 0 { throw AtomicFile.Failure(path: path, reason: "kan ikke lese mellomlageret") }
    }
}
