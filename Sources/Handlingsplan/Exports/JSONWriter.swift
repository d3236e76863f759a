/// The JSON of the contract written straight into bytes: the same bytes Foundation's
/// `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// (two-space indent, `"key" : value`, keys in sorted order, empty arrays as `[`, a blank
/// line and `]`), at a fraction of its cost and without building a tree of the whole
/// output first. A test compares the two on every fixture.
///
/// Keys are written in sorted order by hand: each `object` below lists them sorted.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth: Int
    /// Whether each open object or array already has a member (so the next needs a comma):
    /// one bit a level, the innermost lowest (the contract nests a few levels, never 64).
    private var hasMember: UInt64 = 0
    private var levels = 0

    /// `depth`: the indentation the first value stands at (a plan inside a batch is at 2).
    init(depth: Int = 0) {
        precondition((0...2).contains(depth), "JSONWriter: a document starts at depth 0, a plan in a batch at 2")
        self.depth = depth
        bytes.reserveCapacity(16_384)
    }

    // MARK: The contract's types

    mutating func plan(_ plan: Plan) {
        beginObject()
            key("diagnostics"); array(plan.diagnostics) { w, d in w.diagnostic(d) }
            key("items"); array(plan.items) { w, item in w.item(item) }
            key("plan"); metadata(plan.plan)
            key("schemaVersion"); string(plan.schemaVersion)
            key("sections"); array(plan.sections) { w, s in w.section(s) }
            key("source"); source(plan.source)
        endObject()
    }

    mutating func failure(_ failure: ImportFailure) {
        beginObject()
            key("error"); string(failure.error)
            key("path"); string(failure.path)
        endObject()
    }

    private mutating func diagnostic(_ d: Diagnostic) {
        beginObject()
            key("code"); string(d.code)
            key("message"); string(d.message)
            key("severity"); string(d.severity.rawValue)
            key("source"); position(d.source)
        endObject()
    }

    private mutating func item(_ item: Item) {
        beginObject()
            key("area"); int(item.area)
            key("areaName"); string(item.areaName)
            key("budget"); string(item.budget)
            key("comment"); string(item.comment)
            key("deadline"); string(item.deadline)
            key("id"); string(item.id)
            key("kind"); string(item.kind.rawValue)
            key("mapping")
            beginObject()
                key("confidence"); number((item.mapping.confidence * 100).rounded() / 100)
                key("evidence"); string(item.mapping.evidence)
                key("method"); string(item.mapping.method)
            endObject()
            key("parent"); string(item.parent)
            key("responsible"); string(item.responsible)
            key("section"); string(item.section)
            key("source"); position(item.source)
            key("status"); string(item.status)
            key("text"); string(item.text)
        endObject()
    }

    private mutating func metadata(_ m: PlanMetadata) {
        beginObject()
            key("adopted"); string(m.adopted)
            key("branch"); string(m.branch)
            key("language"); string(m.language?.rawValue)
            key("periodFrom"); int(m.periodFrom)
            key("periodTo"); int(m.periodTo)
            key("title"); string(m.title)
            key("union"); string(m.union)
        endObject()
    }

    private mutating func section(_ s: Section) {
        beginObject()
            key("area"); int(s.area)
            key("heading"); string(s.heading)
            key("id"); string(s.id)
            key("number"); string(s.number)
            key("source"); position(s.source)
        endObject()
    }

    private mutating func source(_ s: SourceInfo) {
        beginObject()
            key("encoding"); string(s.encoding?.rawValue)
            key("format"); string(s.format.rawValue)
            key("path"); string(s.path)
            key("sha256"); string(s.sha256)
        endObject()
    }

    private mutating func position(_ p: SourcePosition?) {
        switch p {
        case nil: null()
        case let .text(line, column)?:
            beginObject(); key("column"); int(column); key("line"); int(line); endObject()
        case let .paragraph(n)?:
            beginObject(); key("paragraph"); int(n); endObject()
        }
    }

    // MARK: Structure

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        open()
    }

    mutating func endObject() {
        close()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        open()
        for v in values {
            member()
            element(&self, v)
        }
        close()
        bytes.append(UInt8(ascii: "]"))
    }

    /// `"key" : ` at the next member's place (the keys are constants that need no escape).
    mutating func key(_ k: StaticString) {
        member()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        // Byte by byte: an array literal here was an allocation per key.
        bytes.append(UInt8(ascii: "\"")); bytes.append(0x20); bytes.append(UInt8(ascii: ":")); bytes.append(0x20)
    }

    private mutating func open() {
        bytes.append(0x0A)
        depth += 1
        levels += 1
        precondition(levels < 64, "JSONWriter: nested deeper than the contract")
        hasMember <<= 1
    }

    private mutating func close() {
        bytes.append(0x0A)
        depth -= 1
        levels -= 1
        hasMember >>= 1
        indent()
    }

    private mutating func member() {
        // ",\n" and the indentation in one append, cut from one constant run of bytes.
        let start = hasMember & 1 != 0 ? 0 : 2
        hasMember |= 1
        append(start, 2 + depth * 2)
    }

    private mutating func indent() { append(2, 2 + depth * 2) }

    private static let separator: [UInt8] = [UInt8(ascii: ","), 0x0A] + [UInt8](repeating: 0x20, count: 2 * (64 + 2))

    private mutating func append(_ from: Int, _ to: Int) {
        // The contract nests less than 64 levels (see `open`): 128 spaces at the most.
        Self.separator.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[from..<to])) }
    }

    // MARK: Values

    mutating func null() { bytes.append(0x6E); bytes.append(0x75); bytes.append(0x6C); bytes.append(0x6C) }

    mutating func string(_ s: String?) {
        guard let s else { return null() }
        stringLiteral(s)
    }

    mutating func int(_ n: Int?) {
        guard let n else { return null() }
        bytes.append(contentsOf: String(n).utf8)
    }

    /// As JSONEncoder writes a Double: whole numbers without a fraction, others in Swift's shortest form.
    mutating func number(_ x: Double) {
        if x == x.rounded(), abs(x) < 1e15 { return int(Int(x)) }
        bytes.append(contentsOf: x.description.utf8)
    }

    /// Quotes, backslashes and control characters escaped as JSONEncoder escapes them;
    /// `/` and everything above U+001F as they are.
    private mutating func stringLiteral(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                switch b {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
