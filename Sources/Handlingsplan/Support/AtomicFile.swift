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
        let writer = try Writer(path: path)
        do throws(Failure) {
            try writer.write([UInt8](data))
            try writer.commit()
        } catch {
            writer.discard()
            throw error
        }
    }

    /// An output written in pieces (a batch, plan by plan) and put in place by `commit()`;
    /// `discard()` leaves the target as it was. With no path it writes to standard output.
    public final class Writer {
        public let path: String
        private var fd: Int32
        /// The temporary file renamed over `path` on commit; nil when writing directly.
        private var temp: String?
        private var buffer: [UInt8] = []

        /// The temporary file that `commit()` renames over the target (nil when the target is
        /// standard output or a device): a library that writes to a path of its own writes here.
        public var temporaryPath: String? { temp }

        /// Standard output, written as the pieces come.
        public init() { path = "-"; fd = STDOUT_FILENO }

        public init(path: String) throws(Failure) {
            self.path = path
            var info = stat()
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
                if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure(path: path, reason: "det er en mappe") }
                var target = stat()
                // A device or pipe (or a link to one) is written directly; a link to a file is replaced.
                let direct = (info.st_mode & S_IFMT) != S_IFLNK
                    || (stat(path, &target) == 0 && (target.st_mode & S_IFMT) != S_IFREG && (target.st_mode & S_IFMT) != S_IFDIR)
                if direct {
                    fd = open(path, O_WRONLY | O_CLOEXEC)
                    guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
                    return
                }
            }
            let url = URL(fileURLWithPath: path)
            let dir = url.deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            } catch {
                throw Failure(path: path, reason: "kan ikke opprette mappen \(dir.path)")
            }
            var name = ""
            fd = -1
            for _ in 0..<16 {
                name = dir.appendingPathComponent(".\(url.lastPathComponent).\(AtomicFile.randomName()).tmp").path
                fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                if fd >= 0 || errno != EEXIST { break }
            }
            guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
            temp = name
            AtomicFile.Temporaries.register(name)
        }

        deinit { discard() }

        public func write(_ bytes: [UInt8]) throws(Failure) {
            buffer += bytes
            if buffer.count >= 1 << 16 { try flush() }
        }

        private func flush() throws(Failure) {
            guard fd >= 0 else { return }
            let result: Int32 = buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 { if errno == EINTR { continue }; return errno }
                    offset += n
                }
                return 0
            }
            buffer.removeAll(keepingCapacity: true)
            if result != 0 { throw Failure(path: path, reason: String(cString: strerror(result))) }
        }

        /// Writes what is left and, for a file, renames the temporary over the target.
        public func commit() throws(Failure) {
            try flush()
            guard let temp else {
                if fd != STDOUT_FILENO, fd >= 0 { close(fd) }
                fd = -1
                return
            }
            guard fsync(fd) == 0 || errno == EINVAL else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
            close(fd)
            fd = -1
            guard rename(temp, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temp)
                AtomicFile.Temporaries.unregister(temp)
                self.temp = nil
                throw Failure(path: path, reason: reason)
            }
            AtomicFile.Temporaries.unregister(temp)
            self.temp = nil
        }

        /// Drops the output: the temporary is removed and the target left untouched.
        public func discard() {
            if fd >= 0, fd != STDOUT_FILENO { close(fd) }
            fd = -1
            if let temp { unlink(temp); AtomicFile.Temporaries.unregister(temp); self.temp = nil }
            buffer = []
        }
    }

    /// The temporary files being written, removed when the process is stopped by a signal
    /// (`removeTemporariesOnSignal`): SIGINT or SIGTERM in the middle of a batch left
    /// `.name.<random>.tmp` files (one of 18 MB) beside the targets. The target stays as it was.
    ///
    /// The signal handler may only make async-signal-safe calls: the names are C strings in a
    /// fixed table of pointers, read by the handler without a lock and unlinked.
    public enum Temporaries {
        static let capacity = 256
        // Made once, before any handler is installed; never freed.
        nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
            let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
            table.initialize(repeating: nil, count: capacity)
            return table
        }()
        static let lock = NSLock()

        /// `path` is removed if a signal stops the process before `unregister(path)`.
        public static func register(_ path: String) {
            lock.lock(); defer { lock.unlock() }
            // A full table (more outputs open at once than a run makes) leaves the rest unregistered.
            guard let free = (0..<capacity).first(where: { slots[$0] == nil }) else { return }
            slots[free] = strdup(path)
        }

        public static func unregister(_ path: String) {
            lock.lock(); defer { lock.unlock() }
            for i in 0..<capacity {
                if let name = slots[i], strcmp(name, path) == 0 {
                    slots[i] = nil
                    free(name)
                    return
                }
            }
        }

        /// Installs the handler for SIGINT, SIGTERM and SIGHUP: it unlinks every registered file,
        /// then the signal's default action ends the process as the signal would have.
        public static func removeOnSignal() {
            _ = slots
            for sig in [SIGINT, SIGTERM, SIGHUP] {
                var action = sigaction()
                action.__sigaction_handler.sa_handler = { sig in
                    for i in 0..<Temporaries.capacity {
                        if let name = Temporaries.slots[i] { unlink(name) }
                    }
                    signal(sig, SIG_DFL)
                    raise(sig)
                }
                sigemptyset(&action.sa_mask)
                action.sa_flags = 0
                sigaction(sig, &action, nil)
            }
        }
    }

    fileprivate static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() as UInt64, radix: 36) + String(generator.next() as UInt32, radix: 36)
    }

    /// A file's identity (device and inode): two paths, however spelt (`./a`, a link, another
    /// mount of the same folder), name the same file when their identities are equal.
    public struct Identity: Hashable, Sendable {
        var device: UInt64, inode: UInt64
    }

    /// The identity of the file at `path` (links followed); nil when there is none.
    public static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The first of `paths` that names the same file as `target` (so that an output never
    /// overwrites an input); nil at once when `target` does not exist (a new output is none
    /// of the inputs), so most runs stat no input here.
    public static func firstSameFile(as target: String, among paths: [String]) -> String? {
        var t = stat(), p = stat()
        guard stat(target, &t) == 0 else { return nil }
        return paths.first { stat($0, &p) == 0 && p.st_dev == t.st_dev && p.st_ino == t.st_ino }
    }
}
