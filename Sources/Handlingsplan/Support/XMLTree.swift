import CLibXML2
import Foundation

/// A parsed XML document held in flat arrays: one record per node, linked by index, names
/// and namespace URIs stored once each. Building it is a few array appends per node and
/// freeing it is freeing a few arrays (a tree of objects cost more to tear down than to
/// build). Nothing here points into C: `XMLTree.parse` frees every libxml2 object first.
final class XMLDocument {
    struct Node {
        /// Index into `strings` of the local name (elements), or -1 for text.
        var name: Int32
        /// Index into `strings` of the namespace URI, or -1.
        var namespace: Int32
        /// Elements: the range of `attributes`. Text: the index into `texts`.
        var start: Int32
        var count: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
    }
    // Without run-time exclusivity checks: a class's stored properties are checked at every
    // access (swift_beginAccess, some 65 instructions), 6 % of a batch of DOCX plans. The
    // arrays are written while one builder makes the tree and only read after it, never
    // both at once, and never from two threads (a document is one plan's).
    @exclusivity(unchecked) fileprivate(set) var nodes: [Node] = []
    @exclusivity(unchecked) fileprivate(set) var strings: [String] = []
    @exclusivity(unchecked) fileprivate(set) var attributes: [(name: Int32, value: String)] = []
    @exclusivity(unchecked) fileprivate(set) var texts: [String] = []

    fileprivate func append(_ node: Node, parent: Int32) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        if parent >= 0 {
            let last = nodes[Int(parent)].lastChild
            if last >= 0 { nodes[Int(last)].nextSibling = index } else { nodes[Int(parent)].firstChild = index }
            nodes[Int(parent)].lastChild = index
        }
        return index
    }
}

/// An element of a parsed XML document: local name, namespace, attributes by local name,
/// and children in order. A small value (the document and an index) that is cheap to copy.
struct XMLElement {
    fileprivate let document: XMLDocument
    fileprivate let index: Int32

    private var node: XMLDocument.Node { document.nodes[Int(index)] }

    var name: String { document.strings[Int(node.name)] }

    /// The attributes in document order, by local name (namespace declarations are none).
    var attributes: [(name: String, value: String)] {
        (Int(node.start)..<Int(node.start + node.count)).map { (document.strings[Int(document.attributes[$0].name)], document.attributes[$0].value) }
    }
    var namespace: String? { node.namespace >= 0 ? document.strings[Int(node.namespace)] : nil }

    /// The element children, in order.
    var elements: [XMLElement] {
        var out: [XMLElement] = []
        var c = node.firstChild
        while c >= 0 {
            let child = document.nodes[Int(c)]
            if child.name >= 0 { out.append(XMLElement(document: document, index: c)) }
            c = child.nextSibling
        }
        return out
    }

    /// Elements and texts, in order.
    var children: [XMLNode] {
        var out: [XMLNode] = []
        var c = node.firstChild
        while c >= 0 {
            let child = document.nodes[Int(c)]
            out.append(child.name >= 0 ? .element(XMLElement(document: document, index: c)) : .text(document.texts[Int(child.start)]))
            c = child.nextSibling
        }
        return out
    }

    /// The first child element with this local name, without listing the others.
    func first(_ name: String) -> XMLElement? {
        var c = node.firstChild
        while c >= 0 {
            let child = document.nodes[Int(c)]
            if child.name >= 0, document.strings[Int(child.name)] == name { return XMLElement(document: document, index: c) }
            c = child.nextSibling
        }
        return nil
    }

    func all(_ name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    /// Every element below this one with this local name, in document order.
    func descendants(_ name: String) -> [XMLElement] {
        // The name is compared as its index in the document's strings, and the walk follows
        // the node records: no arrays of children are made on the way.
        let wanted = Set(document.strings.indices.filter { document.strings[$0] == name }.map(Int32.init))
        guard !wanted.isEmpty else { return [] }
        var out: [XMLElement] = []
        var stack: [Int32] = []
        var c = node.firstChild
        while true {
            while c >= 0 {
                let n = document.nodes[Int(c)]
                if n.name >= 0, wanted.contains(n.name) { out.append(XMLElement(document: document, index: c)) }
                if n.firstChild >= 0 { stack.append(n.nextSibling); c = n.firstChild } else { c = n.nextSibling }
            }
            guard let next = stack.popLast() else { return out }
            c = next
        }
    }

    /// The first attribute of this local name (the first of a name wins).
    subscript(attribute: String) -> String? {
        let n = node
        guard n.count > 0 else { return nil }
        for i in Int(n.start)..<Int(n.start + n.count) where document.strings[Int(document.attributes[i].name)] == attribute {
            return document.attributes[i].value
        }
        return nil
    }

    /// All text below this element, in order.
    var text: String {
        var out = ""
        func collect(_ i: Int32) {
            var c = document.nodes[Int(i)].firstChild
            while c >= 0 {
                let child = document.nodes[Int(c)]
                if child.name >= 0 { collect(c) } else { out += document.texts[Int(child.start)] }
                c = child.nextSibling
            }
        }
        collect(index)
        return out
    }
}

enum XMLNode {
    case element(XMLElement)
    case text(String)
}

enum XMLTree {
    struct Limits {
        var maxDepth = PlanLimits.xmlDepth  // below libxml2's own 256, so that the refusal says why
        var maxNodes = PlanLimits.xmlNodes
        var prescan = XMLPrescan.Limits()
    }

    enum Failure: Error, Equatable {
        /// libxml2's own message and line.
        case malformed(message: String, line: Int)
        case tooDeep(Int)
        case tooLarge(Int)
        /// A document type declaration: no Office or ODF writer emits one, and its
        /// internal subset is how entity-expansion bombs are built.
        case doctype
        /// Past a limit `XMLPrescan` checks before libxml2 reads the part.
        case crowded(XMLPrescan.Finding)
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

    /// Whether to leave an element and its content out of the tree: its local name and a lookup
    /// of its attributes by local name. For large parts of which a reader needs a little (the
    /// table styles that fill most of a styles part).
    typealias Skip = (_ name: String, _ attribute: (String) -> String?) -> Bool

    /// The document as a tree: built from libxml2's SAX2 events where the document is plain
    /// (`SAXBuilder`), else, and for every error, by `parseWithReader`, whose tree and errors
    /// are the reference (XMLTreeTests compares the two on every fixture and corpus part).
    static func parse(_ data: Data, limits: Limits = Limits(), skipping skip: Skip? = nil) throws(Failure) -> XMLElement {
        _ = initialize
        if declaresDoctype(data) { throw .doctype }
        if let finding = XMLPrescan.check(data, limits: limits.prescan) { throw .crowded(finding) }
        if let tree = SAXBuilder.build(data, limits: limits, skip: skip) { return tree }
        return try read(data, limits, skip)
    }

    /// The tree as `SAXBuilder` builds it, or nil where it leaves the document to the reader.
    static func saxTree(_ data: Data, limits: Limits = Limits(), skipping skip: Skip? = nil) -> XMLElement? {
        _ = initialize
        return declaresDoctype(data) || XMLPrescan.check(data, limits: limits.prescan) != nil ? nil : SAXBuilder.build(data, limits: limits, skip: skip)
    }

    /// The document read node by node with xmlTextReader: the reference for `SAXBuilder`, and
    /// the reader of documents it leaves (errors, CDATA, entity references, limits).
    static func parseWithReader(_ data: Data, limits: Limits = Limits(), skipping skip: Skip? = nil) throws(Failure) -> XMLElement {
        _ = initialize
        if declaresDoctype(data) { throw .doctype }
        if let finding = XMLPrescan.check(data, limits: limits.prescan) { throw .crowded(finding) }
        return try read(data, limits, skip)
    }

    private static func read(_ data: Data, _ limits: Limits, _ skip: Skip?) throws(Failure) -> XMLElement {
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
            return Result { () throws(Failure) in try build(reader, limits, skip) }
        }
        return try result.get()
    }

    private static func build(_ reader: xmlTextReaderPtr, _ limits: Limits, _ skip: Skip?) throws(Failure) -> XMLElement {
        let document = XMLDocument()
        var stack: [Int32] = []
        var root: Int32 = -1
        var nodes = 0
        var names = NameTable()
        func intern(_ p: UnsafePointer<xmlChar>?) -> Int32 { names.intern(p, into: document) }
        // The depth of an element being skipped: nodes are read (and counted) to its end tag.
        var skippingFrom: Int32 = -1
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 { throw lastError(reader) }
            nodes += 1
            if nodes > limits.maxNodes { throw .tooLarge(limits.maxNodes) }
            if skippingFrom >= 0 {
                if xmlTextReaderNodeType(reader) == 15, xmlTextReaderDepth(reader) == skippingFrom { skippingFrom = -1 }
                continue
            }
            switch xmlTextReaderNodeType(reader) {
            case 1: // element
                var name = intern(xmlTextReaderConstLocalName(reader))
                if name < 0 { name = Int32(document.strings.count); document.strings.append("") }
                let namespace = intern(xmlTextReaderConstNamespaceUri(reader))
                let start = Int32(document.attributes.count)
                if xmlTextReaderHasAttributes(reader) == 1 {
                    // Namespace declarations are no attributes (the reader even misnames some).
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
                        let attribute = intern(xmlTextReaderConstLocalName(reader))
                        if attribute >= 0 { document.attributes.append((attribute, string(xmlTextReaderConstValue(reader)) ?? "")) }
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                if let skip, stack.count > 0, skip(document.strings[Int(name)], { key in
                    document.attributes[Int(start)...].first { document.strings[Int($0.name)] == key }?.value
                }) {
                    document.attributes.removeLast(document.attributes.count - Int(start))
                    if !empty { skippingFrom = xmlTextReaderDepth(reader) }
                    continue
                }
                let parent = stack.last ?? -1
                // A second root (never in a well-formed document) is kept out of the tree, as before.
                let index = document.append(.init(name: name, namespace: namespace, start: start,
                                                  count: Int32(document.attributes.count) - start), parent: parent)
                if root < 0 { root = index }
                if !empty {
                    stack.append(index)
                    if stack.count > limits.maxDepth { throw .tooDeep(limits.maxDepth) }
                }
            case 15: // end element
                _ = stack.popLast()
            case 3, 4, 13, 14: // text, CDATA, significant and insignificant white space
                if let parent = stack.last, let value = string(xmlTextReaderConstValue(reader)) {
                    document.texts.append(TextCleaning.entering(value))
                    _ = document.append(.init(name: -1, namespace: -1, start: Int32(document.texts.count - 1), count: 0), parent: parent)
                }
            case 10: // document type (in an encoding the byte scan below does not read)
                throw .doctype
            default:
                break // comments, processing instructions, entity references (never expanded)
            }
        }
        guard root >= 0 else { throw .malformed(message: "no root element", line: 0) }
        return XMLElement(document: document, index: root)
    }

    /// A DOCTYPE before the root element, looked for in the first 64 KiB (in place: this runs
    /// for every part).
    static func declaresDoctype(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = UnsafeRawBufferPointer(rebasing: raw.prefix(64 * 1024))
            var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            func at(_ s: StaticString) -> Bool {
                i + s.utf8CodeUnitCount <= bytes.count && bytes[i..<(i + s.utf8CodeUnitCount)].elementsEqual(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
            }
            func skip(past end: StaticString) { while i < bytes.count, !at(end) { i += 1 }; i += end.utf8CodeUnitCount }
            while i < bytes.count {
                if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
                else if at("<?") { skip(past: "?>") }
                else if at("<!--") { skip(past: "-->") }
                else { return at("<!DOCTYPE") }
            }
            return false
        }
    }

    private static func lastError(_ reader: xmlTextReaderPtr) -> Failure {
        if let error = xmlGetLastError() {
            let message = error.pointee.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed"
            return .malformed(message: message, line: Int(error.pointee.line))
        }
        return .malformed(message: "not well-formed", line: Int(xmlTextReaderGetParserLineNumber(reader)))
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }
}

/// Builds an `XMLDocument` from libxml2's SAX2 callbacks, without the node objects libxml2's
/// reader makes and frees for every node (a third of a DOCX import went to them). It takes
/// only the plain case: any error, DOCTYPE, CDATA section, entity reference, `&` in an
/// attribute value or limit reached makes it give up (nil), and `XMLTree.parseWithReader`
/// reads the document instead, so that the tree and every error message stay the reader's.
private final class SAXBuilder {
    // The builder's state is touched at every callback, by libxml2's one parse at a time: no
    // run-time exclusivity checks (see `XMLDocument`).
    let document = XMLDocument()
    @exclusivity(unchecked) var stack: [Int32] = []
    @exclusivity(unchecked) var root: Int32 = -1
    @exclusivity(unchecked) var nodes = 0
    /// Counted as the reader counts its nodes, or more (an end for every element): within the
    /// limit here means within it there.
    let limits: XMLTree.Limits
    let skip: XMLTree.Skip?
    @exclusivity(unchecked) var skippingDepth = -1
    @exclusivity(unchecked) var names = NameTable()
    /// The text node last appended to the current element: adjacent character runs are one
    /// text node, as in the reader's tree.
    @exclusivity(unchecked) var openText: Int32 = -1
    @exclusivity(unchecked) var gaveUp = false
    @exclusivity(unchecked) var context: xmlParserCtxtPtr?

    init(limits: XMLTree.Limits, skip: XMLTree.Skip?) { self.limits = limits; self.skip = skip }

    static func build(_ data: Data, limits: XMLTree.Limits, skip: XMLTree.Skip?) -> XMLElement? {
        let builder = SAXBuilder(limits: limits, skip: skip)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_COMPACT.rawValue)
        let wellFormed: Bool = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count > 0 else { return false }
            // The push parser, as the reader uses, fed in pieces as the reader feeds it: a piece
            // at a time, libxml2 refuses a tag it cannot find the end of in 10 MB ("Huge input
            // lookup") before working through it, as it does for the reader.
            var handler = Self.handler
            guard let ctxt = xmlCreatePushParserCtxt(&handler, Unmanaged.passUnretained(builder).toOpaque(), nil, 0, nil) else { return false }
            defer { xmlFreeParserCtxt(ctxt) }
            xmlCtxtUseOptions(ctxt, options)
            builder.context = ctxt
            let piece = 64 * 1024
            var offset = 0
            while offset < raw.count, ctxt.pointee.wellFormed != 0, !builder.gaveUp {
                let n = min(piece, raw.count - offset)
                xmlParseChunk(ctxt, base + offset, Int32(n), 0)
                offset += n
            }
            if ctxt.pointee.wellFormed != 0, !builder.gaveUp { xmlParseChunk(ctxt, nil, 0, 1) }
            builder.closeText()
            return ctxt.pointee.wellFormed != 0
        }
        guard wellFormed, !builder.gaveUp, builder.root >= 0 else { return nil }
        return XMLElement(document: builder.document, index: builder.root)
    }

    private static func builder(_ ctx: UnsafeMutableRawPointer?) -> SAXBuilder { Unmanaged<SAXBuilder>.fromOpaque(ctx!).takeUnretainedValue() }

    func giveUp() {
        gaveUp = true
        if let context { xmlStopParser(context) }
    }

    func intern(_ p: UnsafePointer<xmlChar>?) -> Int32 { names.intern(p, into: document) }

    /// Ends the open text node: its text, which libxml2 may have handed over in pieces, cleaned
    /// as a whole as the reader's is (stream-safe per piece put the joiners of a long run of
    /// marks elsewhere than the reader did).
    func closeText() {
        guard openText >= 0 else { return }
        let i = Int(document.nodes[Int(openText)].start)
        document.texts[i] = TextCleaning.entering(document.texts[i])
        openText = -1
    }

    func count() -> Bool {
        nodes += 1
        if nodes > limits.maxNodes { giveUp(); return false }
        return true
    }

    nonisolated(unsafe) private static let handler: xmlSAXHandler = {
        var h = xmlSAXHandler()
        h.initialized = XML_SAX2_MAGIC
        h.startElementNs = { ctx, localname, _, uri, namespaceCount, namespaces, attributeCount, _, attributes in
            let b = builder(ctx)
            guard !b.gaveUp, b.count(), b.count() else { return }          // the element and its end
            b.closeText()
            if b.skippingDepth >= 0 { b.stack.append(-1); return }
            var name = b.intern(localname)
            if name < 0 { name = Int32(b.document.strings.count); b.document.strings.append("") }
            let namespace = b.intern(uri)
            let start = Int32(b.document.attributes.count)
            if let attributes {
                for k in 0..<Int(attributeCount) {
                    guard let valueStart = attributes[5 * k + 3], let valueEnd = attributes[5 * k + 4] else { continue }
                    let bytes = UnsafeBufferPointer(start: valueStart, count: valueEnd - valueStart)
                    // Entity references in attribute values are the reader's to decode.
                    if bytes.contains(UInt8(ascii: "&")) { b.giveUp(); return }
                    let attribute = b.intern(attributes[5 * k])
                    if attribute >= 0 { b.document.attributes.append((attribute, String(decoding: bytes, as: UTF8.self))) }
                }
            }
            if let skip = b.skip, !b.stack.isEmpty, skip(b.document.strings[Int(name)], { key in
                b.document.attributes[Int(start)...].first { b.document.strings[Int($0.name)] == key }?.value
            }) {
                b.document.attributes.removeLast(b.document.attributes.count - Int(start))
                b.skippingDepth = b.stack.count
                b.stack.append(-1)
                return
            }
            let parent = b.stack.last ?? -1
            let index = b.document.append(.init(name: name, namespace: namespace, start: start,
                                                count: Int32(b.document.attributes.count) - start), parent: parent)
            if b.root < 0 { b.root = index }
            b.stack.append(index)
            if b.stack.count > b.limits.maxDepth { b.giveUp() }
        }
        h.endElementNs = { ctx, _, _, _ in
            let b = builder(ctx)
            b.closeText()
            _ = b.stack.popLast()
            if b.skippingDepth == b.stack.count { b.skippingDepth = -1 }
        }
        let characters: charactersSAXFunc = { ctx, ch, length in
            let b = builder(ctx)
            guard !b.gaveUp, let ch, let parent = b.stack.last, b.skippingDepth < 0 else { return }
            // Appended as it comes; cleaned once the text node is complete (`closeText`).
            let text = String(decoding: UnsafeBufferPointer(start: ch, count: Int(length)), as: UTF8.self)
            if b.openText >= 0 {
                b.document.texts[Int(b.document.nodes[Int(b.openText)].start)] += text
                return
            }
            guard b.count() else { return }
            b.document.texts.append(text)
            b.openText = b.document.append(.init(name: -1, namespace: -1, start: Int32(b.document.texts.count - 1), count: 0), parent: parent)
        }
        h.characters = characters
        h.ignorableWhitespace = characters
        h.cdataBlock = { ctx, _, _ in builder(ctx).giveUp() }
        h.reference = { ctx, _ in builder(ctx).giveUp() }
        h.internalSubset = { ctx, _, _, _ in builder(ctx).giveUp() }
        h.externalSubset = { ctx, _, _, _ in builder(ctx).giveUp() }
        // A comment or processing instruction ends a text node, as in the reader's tree.
        h.comment = { ctx, _ in let b = builder(ctx); b.closeText(); _ = b.count() }
        h.processingInstruction = { ctx, _, _ in let b = builder(ctx); b.closeText(); _ = b.count() }
        return h
    }()
}

/// libxml2 keeps names and namespace URIs in its dictionary, one pointer per distinct string:
/// each is stored once in the document, by its pointer (only while the parse lasts).
private struct NameTable {
    // Open addressing on the pointer's bits with a multiplicative hash: a Dictionary hashed
    // each pointer with SipHash, 2 % of a batch of DOCX plans (a name is looked up at every
    // element and attribute).
    private var keys = [UInt](repeating: 0, count: 64)
    private var values = [Int32](repeating: 0, count: 64)
    private var count = 0

    mutating func intern(_ p: UnsafePointer<xmlChar>?, into document: XMLDocument) -> Int32 {
        guard let p else { return -1 }
        let key = UInt(bitPattern: p)
        var i = slot(key)
        while keys[i] != 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & (keys.count - 1)
        }
        let index = Int32(document.strings.count)
        document.strings.append(String(cString: p))
        (keys[i], values[i]) = (key, index)
        count += 1
        if 2 * count > keys.count { grow() }
        return index
    }

    private func slot(_ key: UInt) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt(UInt.bitWidth - keys.count.trailingZeroBitCount))
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt](repeating: 0, count: 2 * oldKeys.count)
        values = [Int32](repeating: 0, count: 2 * oldKeys.count)
        for k in oldKeys.indices where oldKeys[k] != 0 {
            var i = slot(oldKeys[k])
            while keys[i] != 0 { i = (i + 1) & (keys.count - 1) }
            (keys[i], values[i]) = (oldKeys[k], oldValues[k])
        }
    }
}
