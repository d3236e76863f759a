import Foundation

/// Writing an output so that a reader never sees half of it: the data goes to
/// a new temporary file beside the target, which is then renamed over it.
///
/// The temporary file has an unpredictable name and is created exclusively
/// (`O_CREAT | O_EXCL | O_NOFOLLOW`), so a link planted under a guessed name is
/// never followed and never overwritten. Its name starts with a dot, so a folder
/// walk never takes a temporary left by a killed run for a plan. A target that
/// exists and is not a regular file (`/dev/null`, a pipe) is written directly:
/// renaming over it would replace the device with a file.
public enum AtomicFile {
    public struct Failure: Error, LocalizedError, Sendable {
        public var path: String
        public var reason: String
        public var errorDescription: String? { "kan ikke skrive \(path): \(reason)" }
    }

    public static func write(_ data: Data, to path: String) throws(Failure) {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure(path: path, reason: "det er en mappe") }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                // A link to an existing file: write through it only where it points at a device or pipe.
                var target = stat()
                if stat(path, &target) == 0, (target.st_mode & S_IFMT) != S_IFREG, (target.st_mode & S_IFMT) != S_IFDIR {
                    return try writeDirectly(data, to: path)
                }
            } else {
                return try writeDirectly(data, to: path)
            }
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, reason: "kan ikke opprette mappen \(dir.path)")
        }
        var temp = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(randomName()).tmp").path
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        do throws(Failure) {
            try writeAll(data, to: fd, path: path)
            guard fsync(fd) == 0 || errno == EINVAL else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
            close(fd)
            fd = -1
            guard rename(temp, path) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        } catch {
            if fd >= 0 { close(fd) }
            unlink(temp)
            throw error
        }
    }

    private static func writeDirectly(_ data: Data, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try writeAll(data, to: fd, path: path)
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String = "") throws(Failure) {
        let result: Int32 = data.withUnsafeBytes { raw in
            guard raw.count > 0 else { return 0 }
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return errno }
                offset += n
            }
            return 0
        }
        if result != 0 { throw Failure(path: path, reason: String(cString: strerror(result))) }
    }

    private static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() as UInt64, radix: 36) + String(generator.next() as UInt32, radix: 36)
    }

    /// Whether two paths name the same file (so that an output never overwrites an input).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
