import Foundation

/// Why a file could not be imported. Each case says what a person can do.
public enum ImportError: Error, Hashable, Sendable, LocalizedError {
    case notFound
    case unreadable(String)
    case empty
    case binary
    case undecodable(String)
    case unsupported(UnsupportedFormat)
    case noContent
    /// A container or document that is broken: a cut-off ZIP, malformed XML.
    case damaged(String)
    /// A document past a safety limit (inflated size, nesting depth).
    case limitExceeded(String)
    /// A well-formed container or XML document that is not a word-processing document.
    case notADocument(String)

    /// Formats recognised but not read by this version.
    public enum UnsupportedFormat: String, Hashable, Sendable {
        case legacyWord
        case pdf
    }

    public var errorDescription: String? {
        switch self {
        case .notFound: return "no such file or folder"
        case let .unreadable(why): return "cannot be read: \(why)"
        case .empty: return "the file is empty"
        case .binary: return "this is a binary file, not a plan (expected text, tab-table text, DOCX, ODT or Word XML)"
        case let .undecodable(why): return "the text cannot be decoded: \(why)"
        case .unsupported(.legacyWord):
            return "this is a legacy Word .doc file or a password-protected document (OLE compound file); open it in Word or LibreOffice and save it as .docx or plain text"
        case .unsupported(.pdf):
            return "PDF is not read yet: export the plan from Word or LibreOffice as .docx, .odt or plain text"
        case .noContent: return "the file holds no text"
        case let .damaged(why): return why
        case let .limitExceeded(why): return "refused for safety: \(why)"
        case let .notADocument(why): return why
        }
    }
}

extension ImportError {
    /// The reason in Norwegian bokmål, for the branch secretaries who read `check`.
    public var norwegianDescription: String {
        switch self {
        case .notFound: return "filen eller mappen finnes ikke"
        case let .unreadable(why): return "filen kan ikke leses (\(why))"
        case .empty: return "filen er tom"
        case .binary: return "dette er en binærfil, ikke en plan (forventet tekst, tabelltekst, DOCX, ODT eller Word XML)"
        case let .undecodable(why): return "teksten kan ikke dekodes (\(why))"
        case .unsupported(.legacyWord):
            return "dette er en gammel Word-fil (.doc) eller et passordbeskyttet dokument; åpne den i Word eller LibreOffice og lagre som .docx eller ren tekst"
        case .unsupported(.pdf):
            return "PDF leses ikke ennå: eksporter planen fra Word eller LibreOffice som .docx, .odt eller ren tekst"
        case .noContent: return "filen inneholder ingen tekst"
        case let .damaged(why): return "filen er skadet eller avkortet (\(why))"
        case let .limitExceeded(why): return "filen er avvist av sikkerhetshensyn (\(why))"
        case let .notADocument(why): return "filen er ikke et tekstdokument (\(why))"
        }
    }

    /// Recognised but not a format the importer reads (legacy .doc, XML or ZIP of another kind).
    var isUnsupportedFormat: Bool {
        switch self {
        case .unsupported, .notADocument: return true
        default: return false
        }
    }
}

/// A failure tied to the file it happened in.
public struct FileImportError: Error, Sendable, LocalizedError {
    public var path: String
    public var reason: ImportError
    public var errorDescription: String? { "\(path): \(reason.errorDescription ?? "\(reason)")" }
}
