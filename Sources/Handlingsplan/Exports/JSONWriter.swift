/// The JSON of the contract written straight into bytes: the same bytes Foundation's
/// `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// (two-space indent, `"key" : value`, keys in sorted order, empty arrays as `[`, a blank
/// line and `]`), at a fraction of its cost and without building a tree of the whole
/// output first. A test compares the two on every fixture.
///
/// Keys are written in sorted order by hand: each `object` below lists them sorted.
///
/// The bytes go into a buffer of its own, through its pointer: Array's appends cost about
/// 350 instructions a key (a fifth of a text plan's JSON). The writer owns that buffer, so
/// it cannot be copied (`~Copyable`); `bytes` gives them as an array.
struct JSONWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private var depth: Int
    /// Whether each open object or array already has a member (so the next needs a comma):
    /// one bit a level, the innermost lowest (the contract nests a few levels, never 62).
    private var hasMember: UInt64 = 0

    /// `depth`: the indentation the first value stands at (a plan inside a batch is at 2);
    /// `capacity`: the bytes to make room for at once.
    init(depth: Int = 0, capacity: Int = 16_384) {
        precondition((0...2).contains(depth), "JSONWriter: a document starts at depth 0, a plan in a batch at 2")
        self.depth = depth
        self.capacity = max(capacity, 64)
        buffer = .allocate(capacity: self.capacity)
    }

    /// Room enough for most plans' JSON at once (a text plan's item takes some 800 bytes):
    /// growing from a small buffer copied what was written two or three times a plan.
    static func capacity(for plan: Plan) -> Int {
        8_192 + 1_024 * plan.items.count + 512 * (plan.sections.count + plan.diagnostics.count)
    }

    deinit { buffer.deallocate() }

    /// What has been written.
    var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: buffer, count: count)) }

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

    mutating func copy(_ copy: PlanCopy) {
        beginObject()
            key("copyOf"); string(copy.copyOf)
            key("path"); string(copy.path)
            key("sha256"); string(copy.sha256)
        endObject()
    }

    mutating func versions(_ v: PlanVersions) {
        beginObject()
            key("branch"); string(v.branch)
            key("paths"); array(v.paths) { w, path in w.string(path) }
            key("periodFrom"); int(v.periodFrom)
            key("periodTo"); int(v.periodTo)
            key("union"); string(v.union)
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
        case let .page(page, line)?:
            beginObject(); key("line"); int(line); key("page"); int(page); endObject()
        }
    }

    // MARK: Structure

    mutating func beginObject() {
        put(UInt8(ascii: "{"))
        open()
    }

    mutating func endObject() {
        close()
        put(UInt8(ascii: "}"))
    }

    mutating func array<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
        put(UInt8(ascii: "["))
        open()
        for v in values {
            member()
            element(&self, v)
        }
        close()
        put(UInt8(ascii: "]"))
    }

    /// `"key" : ` at the next member's place (the keys are constants that need no escape).
    mutating func key(_ k: StaticString) {
        // The separator, the indentation and the key in one reservation (with room for the
        // words `separate` may write past the indentation).
        let n = k.utf8CodeUnitCount
        var p = room(Self.separatorRoom + n + 5)
        let separated = separate(p)
        count += separated
        p += separated
        p[0] = UInt8(ascii: "\"")
        Self.copyShort(k.utf8Start, n, to: p + 1)
        p[n + 1] = UInt8(ascii: "\""); p[n + 2] = 0x20; p[n + 3] = UInt8(ascii: ":"); p[n + 4] = 0x20
        count += n + 5
    }

    /// `n` bytes from `source` to `target`: a key's few bytes in two words that may overlap,
    /// read and written within them (memcpy's call cost more than the copy).
    @inline(__always) private static func copyShort(_ source: UnsafePointer<UInt8>, _ n: Int, to target: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        switch n {
        case 8...16:
            to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), toByteOffset: n - 8, as: UInt64.self)
        case 4..<8:
            to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self), toByteOffset: n - 4, as: UInt32.self)
        case 0..<4:
            for i in 0..<n { target[i] = source[i] }
        default:
            target.initialize(from: source, count: n)
        }
    }

    private mutating func open() {
        put(0x0A)
        depth += 1
        // A document starts at depth 2 at most, and the contract nests to 6.
        precondition(depth <= Self.maxDepth, "JSONWriter: nested deeper than the contract")
        hasMember <<= 1
    }

    private mutating func close() {
        put(0x0A)
        depth -= 1
        hasMember >>= 1
        indent()
    }

    private mutating func member() {
        let p = room(Self.separatorRoom)
        count += separate(p)
    }

    /// ",\n" (unless the member is the first) and the indentation at `p`; their length. The
    /// indentation (at most 16 spaces, `maxDepth`) is written as 16 spaces at once, past its
    /// end: `p` has room for 2 + 16 bytes (memset's call for a few spaces cost more).
    @inline(__always) private mutating func separate(_ p: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        if hasMember & 1 != 0 { p[0] = UInt8(ascii: ","); p[1] = 0x0A; n = 2 }
        hasMember |= 1
        UnsafeMutableRawPointer(p + n).storeBytes(of: SIMD16<UInt8>(repeating: 0x20), as: SIMD16<UInt8>.self)
        return n + 2 * depth
    }

    /// The deepest the writer nests (the contract: a plan's item's mapping in a batch, 6).
    private static let maxDepth = 8

    /// What `separate` writes: the separator and 16 bytes of indentation.
    private static let separatorRoom = 2 + 16

    private mutating func indent() {
        room(2 * depth).initialize(repeating: 0x20, count: 2 * depth)
        count += 2 * depth
    }

    /// Room for `n` more bytes, and where they go.
    @inline(__always) private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < n { grow(n) }
        return buffer + count
    }

    private mutating func grow(_ n: Int) {
        capacity = max(2 * capacity, count + n)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = larger
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        room(1).pointee = byte
        count += 1
    }

    @inline(__always) private mutating func put(_ start: UnsafePointer<UInt8>, _ n: Int) {
        room(n).initialize(from: start, count: n)
        count += n
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let start = bytes.baseAddress { put(start, bytes.count) }
    }

    // MARK: Values

    mutating func null() {
        let p = room(4)
        p[0] = 0x6E; p[1] = 0x75; p[2] = 0x6C; p[3] = 0x6C
        count += 4
    }

    mutating func string(_ s: String?) {
        guard let s else { return null() }
        stringLiteral(s)
    }

    mutating func int(_ n: Int?) {
        guard var n else { return null() }
        guard n >= 0 else {
            var text = String(n)
            return text.withUTF8 { put($0) }
        }
        // The digits written from the last (String(n) went through generic code).
        var digits = 1, rest = n / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let p = room(digits)
        for k in stride(from: digits - 1, through: 0, by: -1) {
            p[k] = UInt8(ascii: "0") + UInt8(n % 10)
            n /= 10
        }
        count += digits
    }

    /// As JSONEncoder writes a Double: whole numbers without a fraction, others in Swift's shortest form.
    mutating func number(_ x: Double) {
        if x == x.rounded(), abs(x) < 1e15 { return int(Int(x)) }
        var text = x.description
        text.withUTF8 { put($0) }
    }

    /// Quotes, backslashes and control characters escaped as JSONEncoder escapes them;
    /// `/` and everything above U+001F as they are.
    private mutating func stringLiteral(_ s: String) {
        put(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            // Sixteen bytes at a time past those that need no escape (most text has none):
            // control characters (00–1F, whose top three bits are clear), quotes and backslashes.
            var plain = 0
            if let p = utf8.baseAddress {
                let raw = UnsafeRawPointer(p), top = SIMD16<UInt8>(repeating: 0xE0), zero = SIMD16<UInt8>(repeating: 0)
                let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\"")), backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
                while plain + 16 <= utf8.count {
                    let v = raw.loadUnaligned(fromByteOffset: plain, as: SIMD16<UInt8>.self)
                    if TextMatching.anyLane((v & top) .== zero .| (v .== quote) .| (v .== backslash)) { break }
                    plain += 16
                }
            }
            for i in plain..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                put(UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                switch b {
                case UInt8(ascii: "\""): escape(0x22)
                case UInt8(ascii: "\\"): escape(0x5C)
                case 0x08: escape(UInt8(ascii: "b"))
                case 0x09: escape(UInt8(ascii: "t"))
                case 0x0A: escape(UInt8(ascii: "n"))
                case 0x0C: escape(UInt8(ascii: "f"))
                case 0x0D: escape(UInt8(ascii: "r"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    for byte in [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]] { put(byte) }
                }
            }
            put(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        put(UInt8(ascii: "\""))
    }

    /// A backslash and `byte`.
    private mutating func escape(_ byte: UInt8) {
        put(0x5C)
        put(byte)
    }
}
