import CLibXML2
import Foundation

/// An element of a parsed XML document: local name, namespace, attributes by
/// local name, and children in order. Built once by `XMLTree.parse`, which
/// frees every libxml2 object before it returns; nothing here points into C.
final class XMLElement {
    let name: String
    let namespace: String?
    /// Attributes by local name, in document order (the first of a name wins). Elements have a
    /// few attributes, so a list searched in order is cheaper to build and ask than a dictionary.
    let attributes: [(name: String, value: String)]
    fileprivate(set) var children: [XMLNode] = []
    /// The element children, kept beside `children` because readers ask for them again and again.
    fileprivate(set) var elements: [XMLElement] = []

    init(name: String, namespace: String?, attributes: [(name: String, value: String)]) {
        self.name = name; self.namespace = namespace; self.attributes = attributes
    }

    func first(_ name: String) -> XMLElement? { elements.first { $0.name == name } }
    func all(_ name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    /// Every descendant element in document order.
    func descendants(_ name: String) -> [XMLElement] {
        var out: [XMLElement] = []
        func walk(_ e: XMLElement) { for c in e.elements { if c.name == name { out.append(c) }; walk(c) } }
        walk(self)
        return out
    }

    subscript(attribute: String) -> String? { attributes.first { $0.name == attribute }?.value }

    /// All text below this element.
    var text: String {
        children.map { node -> String in
            switch node {
            case let .text(t): return t
            case let .element(e): return e.text
            }
        }.joined()
    }
}

enum XMLNode {
    case element(XMLElement)
    case text(String)
}

/// Parsing XML with libxml2's streaming reader (`xmlTextReader`) into `XMLElement`s.
///
/// Safe for hostile input: no network, no DTD loading, no entity substitution
/// (an entity-expansion "billion laughs" document yields unexpanded references,
/// which are dropped), a cap on nesting depth and on the number of nodes.
enum XMLTree {
    struct Limits {
        var maxDepth = PlanLimits.xmlDepth  // below libxml2's own 256, so that the refusal says why
        var maxNodes = PlanLimits.xmlNodes
    }

    enum Failure: Error, Equatable {
        /// libxml2's own message and line.
        case malformed(message: String, line: Int)
        case tooDeep(Int)
        case tooLarge(Int)
        /// A document type declaration: no Office or ODF writer emits one, and its
        /// internal subset is how entity-expansion bombs are built.
        case doctype
    }

    private static let initialize: Void = {
        xmlInitParser()
        silenceLibxml2()
    }()

    /// libxml2 prints errors to standard error unless a handler takes them; ours
    /// come back through `xmlGetLastError()` into the error the user sees, once.
    static func silenceLibxml2() {
        _ = silenced
    }
    private static let silenced: Void = {
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }()

    static func parse(_ data: Data, limits: Limits = Limits()) throws(Failure) -> XMLElement {
        _ = initialize
        if declaresDoctype(data) { throw .doctype }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_COMPACT.rawValue)
        let result: Result<XMLElement, Failure> = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count > 0 else {
                return .failure(.malformed(message: "the document is empty", line: 0))
            }
            guard let reader = xmlReaderForMemory(base, Int32(clamping: raw.count), nil, nil, options) else {
                return .failure(.malformed(message: "libxml2 could not start reading", line: 0))
            }
            defer { xmlFreeTextReader(reader) }
            xmlResetLastError()
            return Result { () throws(Failure) in try build(reader, limits) }
        }
        return try result.get()
    }

    private static func build(_ reader: xmlTextReaderPtr, _ limits: Limits) throws(Failure) -> XMLElement {
        var stack: [XMLElement] = []
        var root: XMLElement?
        var nodes = 0
        // libxml2 keeps names and namespace URIs in its dictionary, one pointer per distinct
        // string: each becomes a Swift string once, not once per element.
        var interned = Interned()
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 { throw lastError(reader) }
            nodes += 1
            if nodes > limits.maxNodes { throw .tooLarge(limits.maxNodes) }
            switch xmlTextReaderNodeType(reader) {
            case 1: // element
                let element = XMLElement(name: interned.string(xmlTextReaderConstLocalName(reader)) ?? "",
                                         namespace: interned.string(xmlTextReaderConstNamespaceUri(reader)),
                                         attributes: attributes(reader, &interned))
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                if let parent = stack.last {
                    parent.children.append(.element(element))
                    parent.elements.append(element)
                } else if root == nil { root = element }
                if !empty {
                    stack.append(element)
                    if stack.count > limits.maxDepth { throw .tooDeep(limits.maxDepth) }
                }
            case 15: // end element
                _ = stack.popLast()
            case 3, 4, 13, 14: // text, CDATA, significant and insignificant white space
                if let parent = stack.last, let value = string(xmlTextReaderConstValue(reader)) {
                    parent.children.append(.text(value))
                }
            case 10: // document type (in an encoding the byte scan below does not read)
                throw .doctype
            default:
                break // comments, processing instructions, entity references (never expanded)
            }
        }
        guard let root else { throw .malformed(message: "no root element", line: 0) }
        return root
    }

    /// Whether the prolog (before the first element) holds "<!DOCTYPE": the XML
    /// declaration, processing instructions, comments and white space are skipped.
    static func declaresDoctype(_ data: Data) -> Bool {
        let bytes = [UInt8](data.prefix(64 * 1024))
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func at(_ s: String) -> Bool { bytes[i...].starts(with: Array(s.utf8)) }
        func skip(past end: String) { let e = Array(end.utf8); while i < bytes.count, !bytes[i...].starts(with: e) { i += 1 }; i += e.count }
        while i < bytes.count {
            if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
            else if at("<?") { skip(past: "?>") }
            else if at("<!--") { skip(past: "-->") }
            else { return at("<!DOCTYPE") }
        }
        return false
    }

    private static func attributes(_ reader: xmlTextReaderPtr, _ interned: inout Interned) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        guard xmlTextReaderHasAttributes(reader) == 1 else { return out }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if let name = interned.string(xmlTextReaderConstLocalName(reader)) {
                out.append((name, string(xmlTextReaderConstValue(reader)) ?? ""))
            }
        }
        xmlTextReaderMoveToElement(reader)
        return out
    }

    private static func lastError(_ reader: xmlTextReaderPtr) -> Failure {
        if let error = xmlGetLastError() {
            let message = error.pointee.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed"
            return .malformed(message: message, line: Int(error.pointee.line))
        }
        return .malformed(message: "not well-formed", line: Int(xmlTextReaderGetParserLineNumber(reader)))
    }

    /// Strings of the reader's dictionary by their pointer.
    private struct Interned {
        private var strings: [UnsafePointer<xmlChar>: String] = [:]
        mutating func string(_ p: UnsafePointer<xmlChar>?) -> String? {
            guard let p else { return nil }
            if let s = strings[p] { return s }
            let s = String(cString: p)
            strings[p] = s
            return s
        }
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }
}
