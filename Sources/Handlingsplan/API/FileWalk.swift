import Foundation

/// Which files of the given paths are imported. A file named on the command line
/// is always read; in a folder only plan-like files are (text, DOCX, ODT, XML and PDF,
/// and .doc and .rtf so that their owners learn how to convert them),
/// never hidden files or Word's "~$" owner files. `include` and `exclude` are
/// shell globs (`*.md`, `utkast/*`) matched against the path below the folder
/// and against the file name.
public struct FileWalk: Sendable {
    public var include: [String] = []
    public var exclude: [String] = []

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include; self.exclude = exclude
    }

    /// File name endings of plans (and of documents that are refused with advice).
    public static let planExtensions: Set<String> = ["txt", "text", "tsv", "docx", "docm", "dotx", "dotm", "odt", "ott", "fodt", "xml", "doc", "pdf", "rtf"]

    public struct Result: Sendable {
        /// The files to import, as shown in messages and results: a name that is not UTF-8
        /// (Latin-1 "æøå" from a Windows ZIP) has U+FFFD where its bytes are not.
        public var files: [String] = []
        public var failures: [ImportFailure] = []
        /// Files in the folders that are no plans by their name (README.md, outputs, Thumbs.db).
        public var skipped: [String] = []
        /// The path bytes of the files whose names are not UTF-8, by their index in `files`:
        /// the file is opened by these bytes (its shown name opens nothing, or another file).
        public var rawPaths: [Int: [UInt8]] = [:]

        mutating func append(file bytes: [UInt8], shown: String) {
            if !TextDecoding.isValidUTF8(bytes) { rawPaths[files.count] = bytes }
            files.append(shown)
        }
    }

    public func expand(_ paths: [String]) -> Result {
        var result = Result()
        for path in paths {
            // A command-line argument that is not UTF-8 reaches us with U+FFFD in it: its bytes.
            let bytes = path.contains("\u{FFFD}") ? Self.argumentBytes(shown: path) ?? Array(path.utf8) : Array(path.utf8)
            var info = stat()
            guard Self.statPath(bytes, &info) == 0 else {
                let reason: ImportError = errno == EACCES ? .unreadable("ingen tilgang") : .notFound
                result.failures.append(ImportFailure(path: path, error: reason.errorDescription!, reason: reason))
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else { result.append(file: bytes, shown: path); continue }
            var visited: Set<[UInt64]> = []
            walk(bytes, shown: path.hasSuffix("/") ? String(path.dropLast()) : path, relative: "", into: &result, visited: &visited)
        }
        return result
    }

    /// The bytes of the command-line argument that is not UTF-8 and reads as `shown`.
    static func argumentBytes(shown: String) -> [UInt8]? {
        for k in 1..<Int(CommandLine.argc) {
            guard let p = CommandLine.unsafeArgv[k] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p)))
            if !TextDecoding.isValidUTF8(bytes), String(decoding: bytes, as: UTF8.self) == shown { return bytes }
        }
        return nil
    }

    /// stat(2) of a path given as bytes.
    static func statPath(_ path: [UInt8], _ info: inout stat) -> Int32 {
        (path + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { fstatat(AT_FDCWD, $0, &info, 0) }
        }
    }

    static func lstatPath(_ path: [UInt8], _ info: inout stat) -> Int32 {
        (path + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { fstatat(AT_FDCWD, $0, &info, AT_SYMLINK_NOFOLLOW) }
        }
    }

    /// The names in a folder as bytes (no "." and ".."), or nil when it cannot be read.
    private static func names(in dir: [UInt8]) -> [[UInt8]]? {
        let handle: OpaquePointer? = (dir + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { opendir($0) }
        }
        guard let handle else { return nil }
        defer { closedir(handle) }
        var out: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E], name != [0x2E, 0x2E] { out.append(name) }
        }
        return out
    }

    private func walk(_ dir: [UInt8], shown: String, relative: String, into result: inout Result, visited: inout Set<[UInt64]>) {
        var info = stat()
        // A folder reached twice through links is walked once.
        guard Self.statPath(dir, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
        guard let raw = Self.names(in: dir) else {
            let reason = ImportError.unreadable("mappen kan ikke leses (ingen tilgang)")
            result.failures.append(ImportFailure(path: shown, error: reason.errorDescription!, reason: reason))
            return
        }
        // Sorted as a Norwegian reader sorts names (case aside, Æ Ø Å after Z: the order of the
        // items sheet, the JSON and the CSV), then by their bytes (two names that show alike).
        let entries = raw.map { (bytes: $0, name: String(decoding: $0, as: UTF8.self)) }
            .sorted { $0.name != $1.name ? Norwegian.precedes($0.name, $1.name) : $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for (bytes, name) in entries where !name.hasPrefix(".") {
            let full = dir + [0x2F] + bytes, path = shown + "/" + name, rel = relative.isEmpty ? name : relative + "/" + name
            var entry = stat()
            guard Self.statPath(full, &entry) == 0 else {
                if Self.lstatPath(full, &entry) == 0 { continue } // a dangling link: nothing to read
                let reason = ImportError.unreadable("ingen tilgang")
                result.failures.append(ImportFailure(path: path, error: reason.errorDescription!, reason: reason))
                continue
            }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                if !matches(exclude, rel, name) { walk(full, shown: path, relative: rel, into: &result, visited: &visited) }
            } else if (entry.st_mode & S_IFMT) == S_IFREG {
                if matches(exclude, rel, name) { continue }
                if (isPlanLike(name) || matches(include, rel, name)) && !name.hasPrefix("~$") { result.append(file: full, shown: path) }
                else { result.skipped.append(path) }
            }
        }
    }

    private func isPlanLike(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return Self.planExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private func matches(_ globs: [String], _ relative: String, _ name: String) -> Bool {
        globs.contains { fnmatch($0, relative, 0) == 0 || fnmatch($0, name, 0) == 0 }
    }
}
