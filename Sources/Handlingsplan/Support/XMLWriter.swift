import CLibXML2
import Foundation

/// A small owner of libxml2's text writer: builds an XML document in memory
/// with correct escaping. The writer and its buffer are freed in `deinit`;
/// no libxml2 pointer leaves this class.
final class XMLWriter {
    struct Failure: Error, LocalizedError {
        var operation: String
        var errorDescription: String? { "libxml2 could not write XML (\(operation))" }
    }

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// HTML (the polyglot kind, well-formed XML as well): a doctype instead of the XML
    /// declaration, and every element but the void ones closed with an end tag (`<td></td>`,
    /// never `<td/>`, which an HTML parser reads as an open cell).
    private let html: Bool
    private var open: [String] = []
    private static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col", "input", "wbr"]

    /// `html`: see above. `fragment`: HTML elements without the doctype, for a page put
    /// together from pieces (the report writes each plan's section as it comes).
    init(html: Bool = false, fragment: Bool = false) throws {
        self.html = html || fragment
        XMLTree.silenceLibxml2()
        guard let buffer = xmlBufferCreate() else { throw Failure(operation: "xmlBufferCreate") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw Failure(operation: "xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.writer = writer
        if fragment {
            // Elements only; no indentation (white space inside inline HTML is visible).
        } else if html {
            try check(xmlTextWriterWriteRaw(writer, "<!DOCTYPE html>\n"), "doctype")
        } else {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
            try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start document")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func startElement(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try check(xmlTextWriterStartElement(writer, name), "start <\(name)>")
        open.append(name)
        for (key, value) in attributes {
            try check(xmlTextWriterWriteAttribute(writer, key, Self.xmlSafe(value)), "attribute \(key)")
        }
    }

    func text(_ s: String) throws {
        try check(xmlTextWriterWriteString(writer, Self.xmlSafe(s)), "text")
    }

    func endElement() throws {
        let name = open.popLast() ?? ""
        if html && !Self.voidElements.contains(name) {
            try check(xmlTextWriterFullEndElement(writer), "end element")
        } else {
            try check(xmlTextWriterEndElement(writer), "end element")
        }
    }

    /// Text written as it is (a style sheet of this package: no `<` or `&` in it).
    func raw(_ s: String) throws {
        try check(xmlTextWriterWriteRaw(writer, s), "raw text")
    }

    /// `<name attrs>text</name>` in one call.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws {
        try startElement(name, attributes)
        if let text { try self.text(text) }
        try endElement()
    }

    /// The bytes written so far, with the open elements left open (a page whose rest is
    /// written from elsewhere; the caller closes them).
    func bytesSoFar() -> Data {
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// Ends the document and returns its bytes.
    func finish() throws -> Data {
        if html {
            while !open.isEmpty { try endElement() }
        } else {
            try check(xmlTextWriterEndDocument(writer), "end document")
        }
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func check(_ result: Int32, _ operation: String) throws {
        if result < 0 { throw Failure(operation: operation) }
    }

    /// XML 1.0 cannot hold most control characters, U+FFFE or U+FFFF, even escaped
    /// (its `Char` production): each becomes U+FFFD, so a report stays well-formed
    /// and the reader still sees that something stood there.
    static func xmlSafe(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !isXMLChar($0.value) }) else { return s }
        return String(scalars: s.unicodeScalars.lazy.map { isXMLChar($0.value) ? $0 : "\u{FFFD}" })
    }

    static func isXMLChar(_ v: UInt32) -> Bool {
        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
    }
}
