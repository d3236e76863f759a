import Foundation

/// The vocabulary's case-insensitive regular expressions, answered without ICU.
///
/// The patterns of the data module only ask "is there a match?", and a plan's lines are
/// nearly all written in ASCII, Latin-1 and general punctuation (`SafeAlphabet`). For such
/// a text this engine gives ICU's answer: the pattern is compiled into a Thompson NFA
/// whose character sets are tables over that alphabet, built with ICU's rules for
/// case-insensitive matching (a set is closed over case, then complemented), and the
/// NFA is run over the text once, every thread in step (linear in the text, whatever the
/// pattern). Compiling the vocabulary this way costs a tenth of what ICU's compiling did
/// (a sixth of a one-plan process, most of it building Unicode sets), and a match well
/// under a microsecond, against ICU's tens with the bridging of the string.
///
/// A pattern with syntax this engine does not know compiles to nil, and a text with a
/// character outside the alphabet gets no answer here: both are left to ICU (`Pattern`).
/// ScalarRegexTests compares the two on every vocabulary pattern, set and anchor.
struct ScalarRegex: Sendable {
    private let program: [Instruction]
    /// One table of `SafeAlphabet.count` entries per character set, end to end.
    private let sets: [Bool]
    /// Every path starts with `^`: threads start at the first position only.
    private let anchoredAtStart: Bool
    /// The characters a match can start with (all, when it can be empty): where no thread
    /// is alive, the search skips to the next of them.
    private let startTable: [Bool]
    /// Every character is in the start table (as for a pattern that can match nothing).
    private let startsAnywhere: Bool
    /// The second characters a match can have after each first one: a pattern anchored at
    /// the start refuses most texts that pass the start table by their first two characters,
    /// before all their keys are made and searched, and another begins threads at fewer
    /// places. By first character (fold key): the row of bits in `secondBits`, `refused`
    /// where no match starts with it, or `anySecond`. Empty where a match can be empty.
    private let secondRows: [Int16]
    private let secondBits: [UInt64]
    private static let refused: Int16 = -1, anySecond: Int16 = -2
    private static let rowWords = (SafeAlphabet.count + 63) / 64
    /// Texts one of which every match contains, or nil when the pattern does not say.
    let required: RequiredTexts?

    init?(_ pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        guard let tree = parser.parse() else { return nil }
        var compiler = Compiler()
        compiler.emit(tree)
        compiler.program.append(Instruction(.match))
        program = compiler.program
        sets = compiler.sets
        anchoredAtStart = Self.firstReads(compiler.program, stoppingAtLineStart: true).isEmpty
        startTable = Self.startTable(compiler.program, compiler.sets)
        startsAnywhere = !startTable.contains(false)
        (secondRows, secondBits) = Self.secondTables(compiler.program, compiler.sets, startTable)
        // (An empty text would be in every text: no test at all.)
        required = Self.required(tree).flatMap { $0.contains { $0.isEmpty } ? nil : RequiredTexts($0) }
    }

    /// True when every match starts at the first character and none can start with `first`
    /// followed by `second` (fold keys; `second` nil for a text of one character, or one whose
    /// second is outside the alphabet): the answer for a text that starts with them.
    func cannotStart(with first: UInt16, then second: UInt16?) -> Bool {
        anchoredAtStart && !mayBegin(first, then: second)
    }

    /// Whether a match can begin with the character `first` followed by `second` (nil at the end
    /// of the text, or for a character outside the alphabet).
    @inline(__always) private func mayBegin(_ first: UInt16, then second: UInt16?) -> Bool {
        guard !secondRows.isEmpty else { return startTable[Int(first)] }
        let row = secondRows[Int(first)]
        if row == Self.refused { return false }
        guard row != Self.anySecond, let second else { return true }
        return secondBits[Int(row) * Self.rowWords + Int(second >> 6)] & (1 << UInt64(second & 63)) != 0
    }

    /// `mayBegin` at place `i` of a text.
    @inline(__always) private func mayBegin(_ t: UnsafeBufferPointer<UInt16>, at i: Int) -> Bool {
        mayBegin(t[i], then: i + 1 < t.count ? t[i + 1] : nil)
    }

    /// Whether the pattern matches somewhere in `text` (`SafeAlphabet` fold keys).
    ///
    /// The sets' tables are closed over case, and every character of the alphabet has its
    /// case partners in it, so a set answers the same for a character and its fold key: the
    /// text is read in fold keys throughout.
    func matches(_ text: [UInt16]) -> Bool {
        if let first = text.first, cannotStart(with: first, then: text.count > 1 ? text[1] : nil) { return false }
        // Most texts lack what every match needs: answered before any set-up.
        if let required, !required.occur(in: text) { return false }
        if !anchoredAtStart, !text.isEmpty, !text.contains(where: { startTable[Int($0)] }) { return false }
        let n = program.count
        // Each instruction is pushed at most once per edge into it: the stack needs 2n + 1.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 5 * n + 2) { buffer -> Bool in
            let base = buffer.baseAddress!
            let seen = base, stack = base + n
            var current = base + 3 * n + 2, next = base + 4 * n + 2
            var currentCount = 0, nextCount = 0
            for k in 0..<n { seen[k] = -1 }
            return text.withUnsafeBufferPointer { t -> Bool in
                return program.withUnsafeBufferPointer { code -> Bool in
                    return sets.withUnsafeBufferPointer { tables -> Bool in
                        // Adds the thread at `pc` and every thread its ε-moves reach at position i
                        // to `list`; true when one of them is the match.
                        func add(_ pc: Int32, at i: Int, to list: UnsafeMutablePointer<Int32>, _ count: inout Int) -> Bool {
                            var top = 0
                            stack[0] = pc; top = 1
                            while top > 0 {
                                top -= 1
                                let pc = Int(stack[top])
                                if seen[pc] == Int32(i) { continue }
                                seen[pc] = Int32(i)
                                let ins = code[pc]
                                switch ins.kind {
                                case .match: return true
                                case .split: stack[top] = ins.b; stack[top + 1] = ins.a; top += 2
                                case .jump: stack[top] = ins.a; top += 1
                                case .lineStart: if i == 0 { stack[top] = Int32(pc + 1); top += 1 }
                                case .lineEnd: if Self.atEnd(t, i) { stack[top] = Int32(pc + 1); top += 1 }
                                case .wordBoundary: if Self.atWordBoundary(t, i) { stack[top] = Int32(pc + 1); top += 1 }
                                case .notWordBoundary: if !Self.atWordBoundary(t, i) { stack[top] = Int32(pc + 1); top += 1 }
                                case .literal, .set, .any: list[count] = Int32(pc); count += 1
                                }
                            }
                            return false
                        }
                        if add(0, at: 0, to: current, &currentCount) { return true }
                        var i = 0
                        while i < t.count {
                            if currentCount == 0 {
                                // No thread alive: a match can only start where `mayBegin` says.
                                if anchoredAtStart { return false }
                                i += 1
                                while i < t.count, !mayBegin(t, at: i) { i += 1 }
                                if i == t.count { return false }
                                if add(0, at: i, to: current, &currentCount) { return true }
                                continue
                            }
                            let c = Int(t[i])
                            nextCount = 0
                            for k in 0..<currentCount {
                                let pc = Int(current[k])
                                let ins = code[pc]
                                let consumes: Bool
                                switch ins.kind {
                                case .literal: consumes = UInt16(ins.a) == UInt16(c)
                                case .set: consumes = tables[Int(ins.a) * SafeAlphabet.count + c]
                                default: consumes = !SafeAlphabet.isLineTerminator[c]  // .any
                                }
                                if consumes, add(Int32(pc + 1), at: i + 1, to: next, &nextCount) { return true }
                            }
                            // A new match is begun only where one can start: at a character of the start table
                            // and a second that can follow it, or at the end for a pattern that can match nothing
                            // (its table then has every character).
                            if !anchoredAtStart, i + 1 < t.count ? mayBegin(t, at: i + 1) : startsAnywhere,
                               add(0, at: i + 1, to: next, &nextCount) { return true }
                            if nextCount == 0, anchoredAtStart { return false }
                            swap(&current, &next)
                            currentCount = nextCount
                            i += 1
                        }
                        return false
                    }
                }
            }
        }
    }

    /// ICU's `$` without multi-line mode: at the end, or before a line end that ends the text.
    private static func atEnd(_ t: UnsafeBufferPointer<UInt16>, _ i: Int) -> Bool {
        if i == t.count { return true }
        // Not between the CR and LF of a CRLF that ends the text.
        if i == t.count - 1 { return SafeAlphabet.isLineTerminator[Int(t[i])] && !(t[i] == 0x0A && i > 0 && t[i - 1] == 0x0D) }
        return i == t.count - 2 && t[i] == 0x0D && t[i + 1] == 0x0A
    }

    /// ICU's `\b`: never before a format or grapheme-extending character; otherwise a word
    /// character on one side only, looking back past such characters.
    private static func atWordBoundary(_ t: UnsafeBufferPointer<UInt16>, _ i: Int) -> Bool {
        var here = false
        if i < t.count {
            if SafeAlphabet.isTransparent[Int(t[i])] { return false }
            here = SafeAlphabet.isWord[Int(t[i])]
        }
        var before = false
        var k = i - 1
        while k >= 0 {
            if !SafeAlphabet.isTransparent[Int(t[k])] { before = SafeAlphabet.isWord[Int(t[k])]; break }
            k -= 1
        }
        return here != before
    }

    /// Texts one of which every match of `node` contains: the longest run of literals no
    /// quantifier makes optional (assertions read nothing and do not break a run), or for a
    /// group of alternatives one such text from each. Of several candidates, the set whose
    /// shortest text is longest.
    private static func required(_ node: Node) -> [[UInt16]]? {
        func better(_ a: [[UInt16]]?, _ b: [[UInt16]]?) -> [[UInt16]]? {
            guard let a else { return b }
            guard let b else { return a }
            return (b.map { $0.count }.min() ?? 0) > (a.map { $0.count }.min() ?? 0) ? b : a
        }
        switch node {
        case let .literal(key): return [[key]]
        case .lineStart, .lineEnd, .wordBoundary, .notWordBoundary, .set, .any: return nil
        case let .repeated(body, min, _): return min > 0 ? required(body) : nil
        case let .alternatives(branches):
            var all: [[UInt16]] = []
            for branch in branches {
                guard let texts = required(branch) else { return nil }
                all += texts
            }
            return all
        case let .sequence(items):
            var best: [[UInt16]]? = nil
            var run: [UInt16] = []
            for item in items {
                switch item {
                case let .literal(key): run.append(key)
                case .lineStart, .lineEnd, .wordBoundary, .notWordBoundary: continue
                default:
                    if !run.isEmpty { best = better(best, [run]); run = [] }
                    best = better(best, required(item))
                }
            }
            if !run.isEmpty { best = better(best, [run]) }
            return best
        }
    }

    /// The union of the sets of the first characters read on every path from the start
    /// (assertions passed through), or every character when a path reaches the match unread.
    private static func startTable(_ program: [Instruction], _ sets: [Bool]) -> [Bool] {
        var table = [Bool](repeating: false, count: SafeAlphabet.count)
        for pc in firstReads(program, stoppingAtLineStart: false) {
            let ins = program[pc]
            switch ins.kind {
            case .literal: for k in SafeAlphabet.foldClass(UInt16(ins.a)) { table[k] = true }
            case .set: for k in 0..<SafeAlphabet.count where sets[Int(ins.a) * SafeAlphabet.count + k] { table[k] = true }
            default: return [Bool](repeating: true, count: SafeAlphabet.count)      // .any, .match
            }
        }
        return table
    }

    /// `secondRows` and `secondBits` of a program: the second characters read after each first
    /// one, every assertion passed through (a row may let through more than a match can have,
    /// never less); empty where a path reaches the match unread.
    private static func secondTables(_ program: [Instruction], _ sets: [Bool], _ table: [Bool]) -> (rows: [Int16], bits: [UInt64]) {
        let n = SafeAlphabet.count
        let starts = firstReads(program, stoppingAtLineStart: false)
        guard starts.count <= 64, !starts.contains(where: { program[$0].kind == .match }) else { return ([], []) }
        func reads(_ ins: Instruction, _ k: Int) -> Bool {
            switch ins.kind {
            case .literal: return Int(ins.a) == k
            case .set: return sets[Int(ins.a) * n + k]
            default: return true   // .any
            }
        }
        var rows = [Int16](repeating: refused, count: n), bits: [UInt64] = []
        // The row of each group of first instructions a character is read by, a bit each (the
        // letters of a word list are read by few: most first characters share their row), and
        // each set's characters as a row.
        var made: [UInt64: Int16] = [:], setRows: [Int32: [UInt64]] = [:]
        // Texts are read in fold keys: only those start a text.
        for first in 0..<n where table[first] && Int(SafeAlphabet.foldKey[first]) == first {
            var group: UInt64 = 0
            for (j, pc) in starts.enumerated() where reads(program[pc], first) { group |= 1 << UInt64(j) }
            if let row = made[group] { rows[first] = row; continue }
            let after = starts.indices.filter { group >> UInt64($0) & 1 != 0 }.map { starts[$0] + 1 }
            var row = [UInt64](repeating: 0, count: rowWords), any = false
            for pc in firstReads(program, from: after, stoppingAtLineStart: false) {
                let ins = program[pc]
                switch ins.kind {
                case .literal:
                    row[Int(ins.a) >> 6] |= 1 << UInt64(ins.a & 63)
                case .set:
                    if setRows[ins.a] == nil {
                        var bits = [UInt64](repeating: 0, count: rowWords)
                        for k in 0..<n where sets[Int(ins.a) * n + k] { bits[k >> 6] |= 1 << UInt64(k & 63) }
                        setRows[ins.a] = bits
                    }
                    for w in 0..<rowWords { row[w] |= setRows[ins.a]![w] }
                default:
                    any = true   // .any, or a match after one character
                }
            }
            rows[first] = any ? anySecond : Int16(bits.count / rowWords)
            if !any { bits += row }
            made[group] = rows[first]
        }
        return (rows, bits)
    }

    /// The instructions that read a character (or the match) first on the paths from the
    /// start (or from `from`), splits, jumps and assertions followed; with `stoppingAtLineStart`,
    /// a path that meets `^` is not followed further (none left: every path is anchored).
    private static func firstReads(_ program: [Instruction], from: [Int] = [0], stoppingAtLineStart: Bool) -> [Int] {
        var reads: [Int] = []
        var seen = [Bool](repeating: false, count: program.count), stack = from
        while let pc = stack.popLast() {
            guard !seen[pc] else { continue }
            seen[pc] = true
            let ins = program[pc]
            switch ins.kind {
            case .split: stack += [Int(ins.a), Int(ins.b)]
            case .jump: stack.append(Int(ins.a))
            case .lineStart where stoppingAtLineStart: continue
            case .lineStart, .lineEnd, .wordBoundary, .notWordBoundary: stack.append(pc + 1)
            case .literal, .set, .any, .match: reads.append(pc)
            }
        }
        return reads
    }

    // MARK: - Syntax

    // Only the case that holds a node itself is boxed: a boxed literal was an allocation
    // for every character of the vocabulary.
    private enum Node {
        case literal(UInt16)             // a fold key
        case set(SetExpression)
        case any
        case lineStart, lineEnd, wordBoundary, notWordBoundary
        case sequence([Node])
        case alternatives([Node])
        indirect case repeated(Node, min: Int, max: Int?)
    }

    /// A character set as written: its parts, closed over case and complemented when compiled.
    private struct SetExpression: Hashable {
        var negated = false
        var scalars: [UInt32] = []
        var ranges: [ClosedRange<UInt32>] = []
        var classes: [SafeAlphabet.Class] = []
    }

    /// Recursive descent over the subset of ICU's syntax the vocabulary uses; nil for anything else.
    private struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }

        mutating func parse() -> Node? {
            guard let node = alternatives(), i == s.count else { return nil }
            return node
        }

        private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

        private mutating func alternatives() -> Node? {
            var branches: [Node] = []
            while true {
                guard let branch = sequence() else { return nil }
                branches.append(branch)
                guard peek == "|" else { break }
                i += 1
            }
            return branches.count == 1 ? branches[0] : .alternatives(branches)
        }

        private mutating func sequence() -> Node? {
            var items: [Node] = []
            while let c = peek, c != "|", c != ")" {
                guard var atom = atom() else { return nil }
                while let q = peek, q == "?" || q == "*" || q == "+" || q == "{" {
                    guard let (min, max) = quantifier() else { return nil }
                    atom = .repeated(atom, min: min, max: max)
                    if peek == "?" { i += 1 }                         // lazy: the same answer to "is there a match"
                    else if peek == "+" { return nil }                // possessive: not supported
                }
                items.append(atom)
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        private mutating func quantifier() -> (Int, Int?)? {
            let q = s[i]; i += 1
            switch q {
            case "?": return (0, 1)
            case "*": return (0, nil)
            case "+": return (1, nil)
            default:
                guard let min = number() else { return nil }
                var max: Int? = min
                if peek == "," { i += 1; max = peek == "}" ? nil : number(); if max == nil, peek != "}" { return nil } }
                guard peek == "}", max.map({ $0 >= min && $0 <= 100 }) ?? true else { return nil }
                i += 1
                return (min, max)
            }
        }

        private mutating func number() -> Int? {
            var value = 0, digits = 0
            while let c = peek, ("0"..."9").contains(c), digits < 3 { value = value * 10 + Int(c.value - 48); i += 1; digits += 1 }
            return digits > 0 ? value : nil
        }

        private mutating func atom() -> Node? {
            let c = s[i]; i += 1
            switch c {
            case "(":
                if peek == "?" {
                    // (?: and (?i: only: every pattern is case-insensitive already.
                    if i + 1 < s.count, s[i + 1] == ":" { i += 2 }
                    else if i + 2 < s.count, s[i + 1] == "i", s[i + 2] == ":" { i += 3 }
                    else { return nil }
                }
                guard let inner = alternatives(), peek == ")" else { return nil }
                i += 1
                return inner
            case "[": return characterSet()
            case ".": return .any
            case "^": return .lineStart
            case "$": return .lineEnd
            case "\\": return escape()
            case "*", "+", "?", "{", ")", "]", "}": return nil
            default: return literal(c.value)
            }
        }

        private func literal(_ v: UInt32) -> Node? {
            guard let index = SafeAlphabet.index(v) else { return nil }
            return .literal(SafeAlphabet.foldKey[Int(index)])
        }

        private mutating func escape() -> Node? {
            guard let c = peek else { return nil }
            i += 1
            switch c {
            case "b": return .wordBoundary
            case "B": return .notWordBoundary
            default:
                var set = SetExpression()
                if c == "P" {
                    // ICU closes the property over case, then complements it: [^\p{…}].
                    set.negated = true
                    guard escapedClass("p", into: &set) == true else { return nil }
                    return .set(set)
                }
                if let cls = escapedClass(c, into: &set) { return cls ? .set(set) : nil }
                guard let v = escapedScalar(c) else { return nil }
                return literal(v)
            }
        }

        /// `\s \S \d \D \w \W \p{…}` into `set`: true; not a class: nil; unknown: false.
        private mutating func escapedClass(_ c: Unicode.Scalar, into set: inout SetExpression) -> Bool? {
            let cls: SafeAlphabet.Class
            switch c {
            case "s": cls = .space
            case "S": cls = .notSpace
            case "d": cls = .digit
            case "D": cls = .notDigit
            case "w": cls = .word
            case "W": cls = .notWord
            case "p":
                guard peek == "{", let close = s[i...].firstIndex(of: "}") else { return false }
                let name = String(scalars: s[(i + 1)..<close])
                i = close + 1
                guard let named = SafeAlphabet.Class(property: name) else { return false }
                cls = named
            default: return nil
            }
            set.classes.append(cls)
            return true
        }

        /// An escaped character that stands for itself (punctuation), or a control escape.
        private func escapedScalar(_ c: Unicode.Scalar) -> UInt32? {
            switch c {
            case "t": return 0x09
            case "n": return 0x0A
            case "r": return 0x0D
            case "f": return 0x0C
            default: return c.isASCII && !c.properties.isAlphabetic && !("0"..."9").contains(c) ? c.value : nil
            }
        }

        private mutating func characterSet() -> Node? {
            var set = SetExpression()
            if peek == "^" { set.negated = true; i += 1 }
            if peek == "]" { return nil }
            while let c = peek, c != "]" {
                i += 1
                var low: UInt32
                if c == "[" { return nil }                            // nested sets and set operations
                if c == "\\" {
                    guard let e = peek else { return nil }
                    i += 1
                    if let cls = escapedClass(e, into: &set) { if cls { continue } else { return nil } }
                    guard let v = escapedScalar(e) else { return nil }
                    low = v
                } else {
                    low = c.value
                }
                if peek == "-", i + 1 < s.count, s[i + 1] != "]" {
                    i += 1
                    var high = s[i].value; i += 1
                    if high == 0x5C {                                  // "\"
                        guard let e = peek, let v = escapedScalar(e) else { return nil }
                        i += 1; high = v
                    }
                    guard high >= low else { return nil }
                    set.ranges.append(low...high)
                } else {
                    set.scalars.append(low)
                }
            }
            guard peek == "]" else { return nil }
            i += 1
            return .set(set)
        }
    }

    // MARK: - Compiling

    private struct Instruction {
        enum Kind: UInt8 { case literal, set, any, split, jump, lineStart, lineEnd, wordBoundary, notWordBoundary, match }
        var kind: Kind
        var a: Int32 = 0
        var b: Int32 = 0
        init(_ kind: Kind, _ a: Int32 = 0, _ b: Int32 = 0) { self.kind = kind; self.a = a; self.b = b }
    }

    private struct Compiler {
        var program: [Instruction] = []
        var sets: [Bool] = []
        private var tables: [SetExpression: Int] = [:]

        mutating func emit(_ node: Node) {
            switch node {
            case let .literal(key): program.append(Instruction(.literal, Int32(key)))
            case let .set(set): program.append(Instruction(.set, Int32(table(set))))
            case .any: program.append(Instruction(.any))
            case .lineStart: program.append(Instruction(.lineStart))
            case .lineEnd: program.append(Instruction(.lineEnd))
            case .wordBoundary: program.append(Instruction(.wordBoundary))
            case .notWordBoundary: program.append(Instruction(.notWordBoundary))
            case let .sequence(items): for item in items { emit(item) }
            case let .alternatives(branches):
                var jumps: [Int] = []
                for (k, branch) in branches.enumerated() {
                    if k < branches.count - 1 {
                        let split = program.count
                        program.append(Instruction(.split, Int32(split + 1)))
                        emit(branch)
                        jumps.append(program.count)
                        program.append(Instruction(.jump))
                        program[split].b = Int32(program.count)
                    } else {
                        emit(branch)
                    }
                }
                for j in jumps { program[j].a = Int32(program.count) }
            case let .repeated(body, min, max):
                for _ in 0..<min { emit(body) }
                if let max {
                    // Each optional copy may be skipped to the end of all of them.
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(program.count)
                        program.append(Instruction(.split, Int32(program.count + 1)))
                        emit(body)
                    }
                    for s in splits { program[s].b = Int32(program.count) }
                } else {
                    let loop = program.count
                    program.append(Instruction(.split, Int32(loop + 1)))
                    emit(body)
                    program.append(Instruction(.jump, Int32(loop)))
                    program[loop].b = Int32(program.count)
                }
            }
        }

        /// The set's table over the alphabet, as ICU reads it case-insensitively: a character is
        /// in the set when it or its upper or lower case is, and `[^…]` complements that.
        private mutating func table(_ set: SetExpression) -> Int {
            if let known = tables[set] { return known }
            let index = sets.count / SafeAlphabet.count
            sets += Self.row(set)
            tables[set] = index
            return index
        }

        /// Tables already made, by set: most patterns share `\s`, `[^.]` and the like.
        nonisolated(unsafe) private static var rows: [SetExpression: [Bool]] = [:]
        private static let rowsLock = NSLock()

        private static func row(_ set: SetExpression) -> [Bool] {
            rowsLock.lock(); defer { rowsLock.unlock() }
            if let known = rows[set] { return known }
            var row = [Bool](repeating: false, count: SafeAlphabet.count)
            for cls in set.classes {
                let closed = SafeAlphabet.closedTable(cls)
                for k in 0..<SafeAlphabet.count where closed[k] { row[k] = true }
            }
            if !set.scalars.isEmpty || !set.ranges.isEmpty {
                func inSet(_ v: UInt32) -> Bool { set.scalars.contains(v) || set.ranges.contains { $0.contains(v) } }
                let lower = SafeAlphabet.lower, upper = SafeAlphabet.upper
                for k in 0..<SafeAlphabet.count where !row[k] {
                    row[k] = inSet(SafeAlphabet.scalar(k)) || inSet(lower[k]) || inSet(upper[k])
                }
            }
            if set.negated { for k in 0..<SafeAlphabet.count { row[k].toggle() } }
            rows[set] = row
            return row
        }
    }
}

/// Texts (fold keys, none empty) one of which a text must contain: the quick test of a
/// pattern, or of a group of patterns at once (`PatternGroupFilter`).
struct RequiredTexts: Sendable {
    let needles: [[UInt16]]
    /// For a group's test (`PatternGroupFilter`): the number of the pattern each needle is one
    /// of, in the order of `flat` (empty otherwise).
    private let owners: [Int]
    /// The needles one after another, grouped by their first character: those that start
    /// with character c are `flat[ends[starts[c]] ..< ends[starts[c + 1]]]`, the needle k
    /// ending at `ends[k + 1]`. A text is read once, and at each character only the needles
    /// that start with it are compared.
    private let flat: [UInt16]
    private let ends: [Int]
    private let starts: [Int]
    /// The pairs of characters the needles begin with, as bits by a hash of the pair: at most
    /// places of a text no needle begins, and one bit says so (two pairs may share a bit,
    /// which only lets a place through to the comparisons).
    private let pairs: [UInt64]

    /// The test for `needles`; `owners`, one a needle, number the patterns they belong to.
    init(_ needles: [[UInt16]], owners: [Int] = []) {
        self.needles = needles
        let order = needles.enumerated().sorted { ($0.element[0], $0.offset) < ($1.element[0], $1.offset) }.map(\.offset)
        let grouped = order.map { needles[$0] }
        self.owners = owners.isEmpty ? [] : order.map { owners[$0] }
        flat = grouped.flatMap { $0 }
        var ends = [0]
        for needle in grouped { ends.append(ends[ends.count - 1] + needle.count) }
        self.ends = ends
        var starts = [Int](repeating: 0, count: SafeAlphabet.count + 1)
        for needle in grouped { starts[Int(needle[0]) + 1] += 1 }
        for c in 0..<SafeAlphabet.count { starts[c + 1] += starts[c] }
        self.starts = starts
        var pairs = [UInt64](repeating: 0, count: Self.pairBits / 64)
        for needle in needles {
            // A needle of one character is found at any pair it begins.
            let seconds = needle.count > 1 ? [needle[1]] : (0..<UInt16(SafeAlphabet.count)).map { $0 }
            for second in seconds {
                let k = Self.pairBit(needle[0], second)
                pairs[k >> 6] |= 1 << UInt64(k & 63)
            }
        }
        self.pairs = pairs
    }

    private static let pairBits = 4096

    @inline(__always) private static func pairBit(_ a: UInt16, _ b: UInt16) -> Int {
        (Int(a) &* 61 &+ Int(b)) & (pairBits - 1)
    }

    /// Whether one of the needles stands in `text`, in one pass over it.
    func occur(in text: [UInt16]) -> Bool {
        search(text) { _ in true }
    }

    /// The patterns (bits by their numbers in `owners`) one of whose needles stands in `text`,
    /// in one pass over it.
    func owners(in text: [UInt16]) -> UInt64 {
        var found: UInt64 = 0
        _ = search(text) { k in found |= 1 << UInt64(owners[k]); return false }
        return found
    }

    /// Each place a needle stands in `text` to `found` (the needle's place in `flat`) until it says stop.
    @inline(__always) private func search(_ text: [UInt16], _ found: (Int) -> Bool) -> Bool {
        // The tables through their pointers, taken once (indexing the arrays in the loop
        // checked bounds and retained them).
        text.withUnsafeBufferPointer { text in
            starts.withUnsafeBufferPointer { starts in
                ends.withUnsafeBufferPointer { ends in
                    flat.withUnsafeBufferPointer { flat in
                        pairs.withUnsafeBufferPointer { pairs in
                            Self.search(text, starts: starts, ends: ends, flat: flat, pairs: pairs, found)
                        }
                    }
                }
            }
        }
    }

    @inline(__always) private static func search(_ text: UnsafeBufferPointer<UInt16>, starts: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>,
                                                 flat: UnsafeBufferPointer<UInt16>, pairs: UnsafeBufferPointer<UInt64>, _ found: (Int) -> Bool) -> Bool {
        for i in 0..<text.count {
            // No needle begins with this pair of characters (the last character has no pair).
            if i + 1 < text.count {
                let k = pairBit(text[i], text[i + 1])
                if pairs[k >> 6] & (1 << UInt64(k & 63)) == 0 { continue }
            }
            let c = Int(text[i])
            for k in starts[c]..<starts[c + 1] {
                let from = ends[k], length = ends[k + 1] - from
                guard i + length <= text.count else { continue }
                var j = 1
                while j < length, text[i + j] == flat[from + j] { j += 1 }
                if j == length, found(k) { return true }
            }
        }
        return false
    }
}

/// The characters `ScalarRegex` reads: ASCII, Latin-1 but "ß" (which ICU matches to "ss")
/// and general punctuation (U+2000–U+206F), numbered 0..<368. Every case variant of one of
/// them that a vocabulary pattern could name is in it too: "ſ", the Kelvin sign and the
/// Ångström sign fold onto its letters and are outside, so a text with one goes to ICU.
enum SafeAlphabet {
    static let count = 256 + 0x70

    @inline(__always) static func index(_ v: UInt32) -> UInt16? {
        if v < 0x100 { return v == 0xDF ? nil : UInt16(v) }
        if (0x2000...0x206F).contains(v) { return UInt16(v - 0x2000 + 0x100) }
        return nil
    }

    static func scalar(_ index: Int) -> UInt32 { index < 0x100 ? UInt32(index) : UInt32(index - 0x100 + 0x2000) }

    /// The text of a run of indexes or fold keys.
    static func string(_ indexes: [UInt16]) -> String {
        String(scalars: indexes.lazy.map { Unicode.Scalar(scalar(Int($0)))! })
    }

    /// A text's characters as fold keys, or nil when one is outside the alphabet.
    static func foldKeys(_ s: String) -> [UInt16]? {
        var s = s
        // The table read through a pointer taken once (a static array in the loop was asked for
        // at every byte).
        return foldKey.withUnsafeBufferPointer { fold in s.withUTF8 { b -> [UInt16]? in
            // Read off the UTF-8 (valid, as a String's is): one byte below U+0080, two for
            // Latin-1 (lead C2 or C3), three for U+2000–U+206F (E2 80 or E2 81); any other is outside.
            var outside = false
            let out = [UInt16](unsafeUninitializedCapacity: b.count) { out, count in
                var n = 0, i = 0
                while i < b.count {
                    let c = b[i]
                    if c < 0x80 {
                        out[n] = fold[Int(c)]; i += 1
                    } else if c == 0xC2 || c == 0xC3 {
                        let v = UInt16(c & 0x1F) << 6 | UInt16(b[i + 1] & 0x3F)
                        if v == 0xDF { outside = true; break }
                        out[n] = fold[Int(v)]; i += 2
                    } else if c == 0xE2, b[i + 1] == 0x80 || b[i + 1] == 0x81 {
                        let v = UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F) | 0x2000
                        guard v <= 0x206F else { outside = true; break }
                        out[n] = fold[Int(v - 0x2000 + 0x100)]; i += 3
                    } else {
                        outside = true; break
                    }
                    n += 1
                }
                count = outside ? 0 : n
            }
            return outside ? nil : out
        } }
    }

    /// A table over the alphabet, by index.
    private static func table<T>(_ f: (Int) -> T) -> [T] { (0..<count).map(f) }

    // The tables below are written out for Latin-1 and general punctuation (looking the
    // properties up cost more than a small plan's import); ScalarRegexTests holds every one
    // to ICU's answer on every character.

    /// Each character's single-character lower and upper case (itself where it has none): with
    /// the character, its case variants, which is as far as ICU's case closure reaches in the
    /// vocabulary.
    static let lower: [UInt32] = table { Latin1.lowercase(scalar($0)) }
    static let upper: [UInt32] = table { Latin1.uppercase(scalar($0)) }

    /// Equal for two characters a case-insensitive literal treats as the same: the index of
    /// the lower case where that is in the alphabet.
    static let foldKey: [UInt16] = table { k in index(lower[k]) ?? UInt16(k) }

    /// The characters of each fold key (itself and its case variants), for the start tables.
    private static let foldClasses: [[Int]] = {
        var classes = [[Int]](repeating: [], count: count)
        for k in 0..<count { classes[Int(foldKey[k])].append(k) }
        return classes
    }()

    static func foldClass(_ key: UInt16) -> [Int] { foldClasses[Int(key)] }

    /// ICU's line terminators, which `.` does not match and `$` may stand before.
    static let isLineTerminator: [Bool] = table { [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar($0)) }

    /// ICU's word characters for `\b` and `\w`: [\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d].
    static let isWord: [Bool] = table { Class.word.contains(scalar($0)) }

    /// Characters `\b` looks past: format characters (Cf) and grapheme extenders.
    static let isTransparent: [Bool] = table { k in
        let v = scalar(k)
        return v == 0xAD || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2060...0x2064).contains(v)
            || (0x2066...0x206F).contains(v)
    }

    /// A class's table over the alphabet, closed over case (a character is in it when one of
    /// its case variants is in the class). Made once per class, on first use.
    static func closedTable(_ cls: Class) -> [Bool] {
        switch cls {
        case .space: return Tables.space
        case .notSpace: return Tables.notSpace
        case .digit: return Tables.digit
        case .notDigit: return Tables.notDigit
        case .word: return Tables.word
        case .notWord: return Tables.notWord
        case .letter: return Tables.letter
        case .upper: return Tables.upper
        case .lower: return Tables.lower
        }
    }

    private enum Tables {
        static func closed(_ cls: Class) -> [Bool] {
            let lower = SafeAlphabet.lower, upper = SafeAlphabet.upper
            return table { k in cls.contains(scalar(k)) || cls.contains(lower[k]) || cls.contains(upper[k]) }
        }
        static let space = closed(.space)
        static let notSpace = closed(.notSpace)
        static let digit = closed(.digit)
        static let notDigit = closed(.notDigit)
        static let word = closed(.word)
        static let notWord = closed(.notWord)
        static let letter = closed(.letter)
        static let upper = closed(.upper)
        static let lower = closed(.lower)
    }

    /// The escapes and Unicode properties a pattern may use.
    enum Class: Hashable, Sendable {
        case space, notSpace, digit, notDigit, word, notWord
        case letter, upper, lower

        init?(property name: String) {
            switch name {
            case "L", "Letter": self = .letter
            case "Lu", "Uppercase_Letter": self = .upper
            case "Ll", "Lowercase_Letter": self = .lower
            default: return nil
            }
        }

        /// Membership of one character: written out in the alphabet, from Unicode's
        /// properties outside it (the case variants Μ and Ÿ).
        func contains(_ v: UInt32) -> Bool {
            guard v < 0x100 || (0x2000...0x206F).contains(v) else { return containsByProperty(v) }
            switch self {
            case .space: return Self.isSpace(v)
            case .notSpace: return !Self.isSpace(v)
            case .digit: return (0x30...0x39).contains(v)
            case .notDigit: return !(0x30...0x39).contains(v)
            case .word: return Self.isWord(v)
            case .notWord: return !Self.isWord(v)
            case .letter: return Latin1.isLetter(v)
            case .upper: return Latin1.isUppercase(v)
            case .lower: return Latin1.isLowercase(v)
            }
        }

        private static func isSpace(_ v: UInt32) -> Bool {
            (0x09...0x0D).contains(v) || v == 0x20 || v == 0x85 || v == 0xA0 || (0x2000...0x200A).contains(v)
                || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
        }

        /// Letters, digits, connector punctuation (_ ‿ ⁀ ⁔) and the zero-width (non-)joiner.
        private static func isWord(_ v: UInt32) -> Bool {
            Latin1.isLetter(v) || (0x30...0x39).contains(v) || [0x5F, 0x203F, 0x2040, 0x2054, 0x200C, 0x200D].contains(v)
        }

        private func containsByProperty(_ v: UInt32) -> Bool {
            guard let c = Unicode.Scalar(v) else { return false }
            let p = c.properties
            let isWord = p.isAlphabetic || [.nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation].contains(p.generalCategory)
            let isLetter = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter].contains(p.generalCategory)
            switch self {
            case .space: return p.isWhitespace
            case .notSpace: return !p.isWhitespace
            case .digit: return p.generalCategory == .decimalNumber
            case .notDigit: return p.generalCategory != .decimalNumber
            case .word: return isWord
            case .notWord: return !isWord
            case .letter: return isLetter
            case .upper: return p.generalCategory == .uppercaseLetter
            case .lower: return p.generalCategory == .lowercaseLetter
            }
        }
    }
}
