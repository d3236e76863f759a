import Foundation

/// Which format a file is, by its content (never its name). Whether a text is
/// a tab-table export is for `TabTableReader` to say.
enum FormatDetector {
    enum Detected {
        case text(DecodedText)
        case zip
        case xml
        case pdf
    }

    static func detect(_ bytes: [UInt8]) throws(ImportError) -> Detected {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // OLE compound files: Word 97–2003 .doc, and password-protected DOCX: an encrypted
            // OOXML package is an OLE file with an "EncryptedPackage" stream (its name in UTF-16
            // in the directory).
            if containsUTF16(bytes, "EncryptedPackage") { throw .encrypted("en kryptert Office-pakke") }
            throw .unsupported(.legacyWord)
        }
        // "%PDF-" first, or within the first KiB (PDF readers allow bytes before the header).
        if bytes.prefix(1024).starts(with: Array("%PDF-".utf8)) || containsPDFHeader(bytes.prefix(1024)) { return .pdf }
        if looksLikeXML(bytes) { return .xml }
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || TextDecoding.utf16WithoutBOM(bytes) != nil
        if !isUTF16, bytes.prefix(8192).contains(0) { throw .binary }
        let decoded = try TextDecoding.decode(bytes)
        guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw .noContent }
        return .text(decoded)
    }

    private static func containsUTF16(_ bytes: [UInt8], _ word: String) -> Bool {
        let needle = word.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i + needle.count <= b.count {
                guard let p = memchr(b.baseAddress! + i, Int32(needle[0]), b.count - needle.count + 1 - i) else { return false }
                i = UnsafePointer(p.assumingMemoryBound(to: UInt8.self)) - b.baseAddress!
                if memcmp(b.baseAddress! + i, needle, needle.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }

    private static func containsPDFHeader(_ head: ArraySlice<UInt8>) -> Bool {
        let needle = Array("%PDF-".utf8)
        guard head.count >= needle.count else { return false }
        return (head.startIndex...(head.endIndex - needle.count)).contains { head[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// "<" first, after a byte order mark and white space (UTF-8 or UTF-16), and after any
    /// comments ("<!-- … -->"): a text that opens with an HTML comment and goes on in words (a
    /// page's Markdown source) is text, not XML.
    private static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE, 0x3C, 0x00]) || bytes.starts(with: [0xFE, 0xFF, 0x00, 0x3C]) { return true }
        var rest = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let open: [UInt8] = Array("<!--".utf8), close: [UInt8] = Array("-->".utf8)
        for _ in 0..<64 {
            rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            guard rest.starts(with: open) else { break }
            let body = rest.dropFirst(open.count)
            guard let end = (body.startIndex..<max(body.startIndex, body.endIndex - close.count + 1)).first(where: { body[$0..<($0 + close.count)].elementsEqual(close) })
            else { return true }  // a comment that never closes: XML's to refuse
            rest = body[(end + close.count)...]
        }
        return rest.first == 0x3C
    }
}
