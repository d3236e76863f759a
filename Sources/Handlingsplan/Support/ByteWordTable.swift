/// Words, as UTF-8 bytes, with a value each, in a small open-addressing table by an FNV-1a
/// hash of the bytes: a word of a plan (as `TextMatching.forEachWordBytes` hands it over) is
/// looked up with one hash and, rarely, one comparison, and no String is made for it
/// (hashing each word as a String for a Set or a Dictionary cost more than the rest of
/// the scans that look words up). The hashes stand apart from the words, so that a probe
/// reads one integer and retains nothing.
final class ByteWordTable<Value: Sendable>: Sendable {
    /// A slot's hash, or 0 for an empty one (a word whose hash is 0 is stored as 1).
    private let hashes: [UInt64]
    private let words: [[UInt8]]
    private let values: [Value?]
    private let mask: Int

    /// The table of `entries`; of two entries for one word, the later one's value stays.
    convenience init(_ entries: [(word: String, value: Value)]) {
        self.init(bytes: entries.map { (Array($0.word.utf8), $0.value) }) { $1 }
    }

    /// The table of words given as bytes; two entries for one word give it `combine` of
    /// the earlier value and the later one.
    init(bytes entries: [(word: [UInt8], value: Value)], combining combine: (Value, Value) -> Value) {
        var size = 64
        while size < 4 * entries.count { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size), words = [[UInt8]](repeating: [], count: size)
        var values = [Value?](repeating: nil, count: size)
        for (w, value) in entries {
            let h = w.withUnsafeBufferPointer(Self.hash)
            var i = Int(truncatingIfNeeded: h) & (size - 1)
            while hashes[i] != 0, !(hashes[i] == h && words[i] == w) { i = (i + 1) & (size - 1) }
            (hashes[i], words[i], values[i]) = (h, w, values[i].map { combine($0, value) } ?? value)
        }
        (self.hashes, self.words, self.values, mask) = (hashes, words, values, size - 1)
    }

    static func hash(_ w: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashStart
        for b in w { h = hashStep(h, b) }
        return hashEnd(h)
    }

    /// `hash` a byte at a time, for a scan that makes a word's bytes (`forEachWordBytes`):
    /// `hashEnd` of `hashStep` over the bytes from `hashStart` is `hash` of them.
    @inline(__always) static var hashStart: UInt64 { 0xCBF2_9CE4_8422_2325 }
    @inline(__always) static func hashStep(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    @inline(__always) static func hashEnd(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    /// The value of the word `w`, nil for a word not in the table.
    func value(of w: UnsafeBufferPointer<UInt8>) -> Value? { value(of: w, hash: Self.hash(w)) }

    /// The same for a word whose `hash` is known (`forEachWordBytes` hands it over).
    func value(of w: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: h) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, words[i].elementsEqual(w) { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }
}
