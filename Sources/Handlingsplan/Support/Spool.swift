import Foundation

/// Bytes kept in an unnamed temporary file until the output they belong in is ready for
/// them (a batch's plans before the failures that sort first, a report's plan sections
/// before the overview): memory stays flat whatever the size of the batch.
final class Spool {
    private var file: UnsafeMutablePointer<FILE>?
    /// Only names the output in error messages.
    private let path: String

    init(for path: String) { self.path = path }

    deinit { if let file { fclose(file) } }

    func write(_ bytes: [UInt8]) throws(AtomicFile.Failure) {
        if file == nil {
            file = tmpfile()
            guard file != nil else { throw AtomicFile.Failure(path: path, reason: "kan ikke lage et mellomlager: \(String(cString: strerror(errno)))") }
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
