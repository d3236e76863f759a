import Foundation

/// Why a file could not be imported. Each case says what a person can do.
public enum ImportError: Error, Equatable, Sendable, LocalizedError {
    case notFound
    case unreadable(String)
    case empty
    case binary
    case undecodable(String)
    case unsupported(String)
    case noContent

    public var errorDescription: String? {
        switch self {
        case .notFound: return "no such file or folder"
        case let .unreadable(why): return "cannot be read: \(why)"
        case .empty: return "the file is empty"
        case .binary: return "this is a binary file, not a plan export (expected text, tab-table text, DOCX or Word XML)"
        case let .undecodable(why): return "the text cannot be decoded: \(why)"
        case let .unsupported(why): return why
        case .noContent: return "the file holds no text"
        }
    }
}

/// A failure tied to the file it happened in.
public struct FileImportError: Error, Sendable, LocalizedError {
    public var path: String
    public var reason: ImportError
    public var errorDescription: String? { "\(path): \(reason.errorDescription ?? "\(reason)")" }
}
