/// Which format a file is, by its content (never its name), and its text.
enum FormatDetector {
    static func detect(_ bytes: [UInt8]) throws(ImportError) -> (format: InputFormat, text: String, encoding: TextEncoding) {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            throw .unsupported(.zipContainer)
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw .unsupported(.legacyWord)
        }
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !isUTF16, bytes.prefix(8192).contains(0) { throw .binary }
        let (text, encoding) = try TextDecoding.decode(bytes)
        guard text.contains(where: { !$0.isWhitespace }) else { throw .noContent }
        let head = text.drop { $0.isWhitespace }
        if head.hasPrefix("<?xml") || head.hasPrefix("<w:") || head.hasPrefix("<pkg:") {
            throw .unsupported(.xmlDocument)
        }
        return (TabTableReader.looksLikeTabTable(text) ? .tabTable : .text, text, encoding)
    }
}
