import Foundation

/// The one reader of the files every command reads (plans for import, report, check and
/// blocks; lexicon and vocabulary files): at most `PlanLimits.fileSize` bytes, a larger file
/// refused without being read whole, and a name that is not UTF-8 opened by its bytes.
public enum InputFile {
    /// Larger files are not plans; refusing them keeps a batch from exhausting memory.
    static let maxFileSize = PlanLimits.fileSize

    /// The bytes of the file at `path`. A path with U+FFFD in it that came from a command-line
    /// argument that was not UTF-8 is opened by that argument's bytes.
    public static func read(_ path: String) throws(ImportError) -> [UInt8] {
        let bytes = path.contains("\u{FFFD}") ? FileWalk.argumentBytes(shown: path) ?? Array(path.utf8) : Array(path.utf8)
        return try read(bytes: bytes)
    }

    /// The bytes of a file, at most `PlanLimits.fileSize` of them (a larger file is refused
    /// without being read whole): the one reader of every command's input files. `path` as
    /// bytes, for names that are not UTF-8.
    static func read(bytes path: [UInt8]) throws(ImportError) -> [UInt8] {
        // With the system calls themselves: one read of a file's whole size (FileHandle read
        // 4 KiB at a time, and its Data was copied into the array once more).
        let fd = (path + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_RDONLY | O_CLOEXEC) }
        }
        var info = stat()
        guard fd >= 0 else {
            // As before: what does not exist is not found; a folder is named so; the rest cannot be opened.
            guard FileWalk.statPath(path, &info) == 0 else { throw .notFound }
            throw (info.st_mode & S_IFMT) == S_IFDIR ? .unreadable("det er en mappe") : .unreadable("ingen tilgang")
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw .unreadable("det er en mappe") }
        // A regular file past the limit by its size is refused unread.
        if (info.st_mode & S_IFMT) == S_IFREG, info.st_size > maxFileSize { throw .unreadable("større enn \(maxFileSize / 1024 / 1024) MiB") }
        // A regular file's size, and one byte more to see that it ended; others (a pipe) grow as read.
        var bytes = [UInt8](repeating: 0, count: (info.st_mode & S_IFMT) == S_IFREG ? min(Int(info.st_size), maxFileSize) + 1 : 1 << 16)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maxFileSize else { break }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, maxFileSize + 1 - count))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        guard count <= maxFileSize else { throw .unreadable("større enn \(maxFileSize / 1024 / 1024) MiB") }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Why a file could not be read, in English, for the messages about lexicon and vocabulary
    /// files (which are in English, as the options that name them).
    static func englishReason(_ error: ImportError) -> String {
        switch error {
        case .notFound: return "no such file"
        case let .unreadable(why) where why.hasPrefix("større enn"): return "larger than \(maxFileSize / 1024 / 1024) MiB"
        case .unreadable("det er en mappe"): return "it is a folder"
        case .unreadable("ingen tilgang"): return "permission denied"
        default: return error.errorDescription ?? "\(error)"
        }
    }
}
