import Foundation

/// Which files of the given paths are imported. A file named on the command line
/// is always read; in a folder only plan-like files are (text, DOCX, ODT and XML,
/// and .doc, .pdf and .rtf so that their owners learn how to convert them),
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
        public var files: [String] = []
        public var failures: [ImportFailure] = []
        /// Files in the folders that are no plans by their name (README.md, outputs, Thumbs.db).
        public var skipped: [String] = []
    }

    public func expand(_ paths: [String]) -> Result {
        var result = Result()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                let reason: ImportError = errno == EACCES ? .unreadable("ingen tilgang") : .notFound
                result.failures.append(ImportFailure(path: path, error: reason.errorDescription!, reason: reason))
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else { result.files.append(path); continue }
            var visited: Set<[UInt64]> = []
            walk(path, shown: path.hasSuffix("/") ? String(path.dropLast()) : path, relative: "", into: &result, visited: &visited)
        }
        return result
    }

    private func walk(_ dir: String, shown: String, relative: String, into result: inout Result, visited: inout Set<[UInt64]>) {
        var info = stat()
        // A folder reached twice through links is walked once.
        guard stat(dir, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir)
        } catch {
            let reason = ImportError.unreadable("mappen kan ikke leses (ingen tilgang)")
            result.failures.append(ImportFailure(path: shown, error: reason.errorDescription!, reason: reason))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = dir + "/" + name, path = shown + "/" + name, rel = relative.isEmpty ? name : relative + "/" + name
            var entry = stat()
            guard stat(full, &entry) == 0 else {
                if lstat(full, &entry) == 0 { continue } // a dangling link: nothing to read
                let reason = ImportError.unreadable("ingen tilgang")
                result.failures.append(ImportFailure(path: path, error: reason.errorDescription!, reason: reason))
                continue
            }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                if !matches(exclude, rel, name) { walk(full, shown: path, relative: rel, into: &result, visited: &visited) }
            } else if (entry.st_mode & S_IFMT) == S_IFREG {
                if matches(exclude, rel, name) { continue }
                if (isPlanLike(name) || matches(include, rel, name)) && !name.hasPrefix("~$") { result.files.append(path) }
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
