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
    /// A password-protected document: an encrypted OOXML package (an OLE file), a ZIP entry
    /// that is encrypted, an ODF part with encryption data in its manifest.
    case encrypted(String)
    /// A PDF with no text, only images: a scan.
    case noTextLayer

    /// Formats recognised but not read by this version.
    public enum UnsupportedFormat: String, Hashable, Sendable {
        case legacyWord
        case pdf
    }

    /// The reason in Norwegian bokmål, the language of every message about plans and files
    /// (import's errors, the batch's `failures`, check's findings); help and usage errors are English.
    public var errorDescription: String? {
        switch self {
        case .notFound: return "filen eller mappen finnes ikke"
        case let .unreadable(why): return "kan ikke leses: \(why)"
        case .empty: return "filen er tom"
        case .binary: return "dette er en binærfil, ikke en plan (forventet tekst, tabelltekst, DOCX, ODT eller Word XML)"
        case let .undecodable(why): return "teksten kan ikke dekodes: \(why)"
        case .unsupported(.legacyWord):
            return "dette er en gammel Word-fil (.doc) eller et passordbeskyttet dokument; åpne den i Word eller LibreOffice og lagre som .docx eller ren tekst"
        case .unsupported(.pdf):
            return "PDF-leseren (handlingsplan-pdf) er ikke installert ved siden av handlingsplan; installer den (make install), eller eksporter planen fra Word eller LibreOffice som .docx, .odt eller ren tekst"
        case .noTextLayer:
            return "PDF-en har ingen tekst, bare bilder (en skannet plan?); den må gjennom tekstgjenkjenning (OCR) før den kan leses, eller eksporteres på nytt fra Word eller LibreOffice"
        case .noContent: return "filen inneholder ingen tekst"
        case let .damaged(why): return why
        case let .limitExceeded(why): return "avvist av sikkerhetshensyn: \(why)"
        case let .notADocument(why): return "ikke et tekstdokument: \(why)"
        case let .encrypted(why):
            return "dokumentet er passordbeskyttet (\(why)); åpne det i Word eller LibreOffice, fjern passordet og lagre det på nytt"
        }
    }
}

extension ImportError {
    /// A value from the file (a path, a relationship target, an element name) as it is quoted
    /// in a message: at most 80 characters, the middle cut (a 60 KB target was quoted whole),
    /// control characters shown as U+FFFD.
    static func quoted(_ value: String, max: Int = 80) -> String {
        let shown = String(String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) ? "\u{FFFD}" : $0 }))
        guard shown.count > max else { return shown }
        return String(shown.prefix(max / 2)) + "…" + String(shown.suffix(max / 2 - 1)) + " (\(value.utf8.count) byte)"
    }

    /// The same reason (kept for callers of the first version).
    public var norwegianDescription: String { errorDescription ?? "\(self)" }

    /// Recognised but not a format the importer reads (legacy .doc, XML or ZIP of another kind).
    var isUnsupportedFormat: Bool {
        switch self {
        case .unsupported, .notADocument, .encrypted, .noTextLayer: return true
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
