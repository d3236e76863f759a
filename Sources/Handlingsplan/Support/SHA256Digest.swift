import CSHA256Blocks

/// SHA-256 (FIPS 180-4) of an input, as lower-case hex: `source.sha256` of every plan.
///
/// Written out here rather than called in libcrypto: loading libcrypto cost every process
/// 21,000 relocations and some 130 page faults (0.7 ms, a fifteenth of a one-plan import)
/// for this one function, a fingerprint whose every bit the standard fixes.
/// Where the processor has the SHA extensions, the 64-byte blocks go through them instead
/// (`CSHA256Blocks`, 15 times fewer instructions: a twentieth of a text plan's import).
/// SHA256DigestTests holds both paths to the standard's examples, to lengths around every
/// block boundary and to coreutils' sha256sum.
enum SHA256Digest {
    /// Whether this processor has the SHA extensions (asked once).
    static let hasBlockInstructions = hp_sha256_blocks_available() != 0

    static func hex(_ bytes: [UInt8], portable: Bool = false) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out = [UInt8](); out.reserveCapacity(64)
        for b in digest(bytes, portable: portable) { out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 32 bytes of the digest; `portable` keeps to the Swift compression (for the tests).
    static func digest(_ bytes: [UInt8], portable: Bool = false) -> [UInt8] {
        var state = SHA256State()
        let blockInstructions = !portable && hasBlockInstructions
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            SHA256State.k.withUnsafeBufferPointer { k in
                let w = schedule.baseAddress!, k = k.baseAddress!
                bytes.withUnsafeBufferPointer { input in
                    let whole = input.count / 64
                    if let start = input.baseAddress { state.compress(start, whole, w, k, blockInstructions) }
                    // The rest, the 1 bit, zeros and the length in bits: one block or two.
                    let rest = input.count - whole * 64
                    var tail = [UInt8](repeating: 0, count: rest < 56 ? 64 : 128)
                    for i in 0..<rest { tail[i] = input[whole * 64 + i] }
                    tail[rest] = 0x80
                    let bits = UInt64(input.count) &* 8
                    for i in 0..<8 { tail[tail.count - 1 - i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i))) }
                    tail.withUnsafeBufferPointer { t in
                        state.compress(t.baseAddress!, t.count / 64, w, k, blockInstructions)
                    }
                }
            }
        }
        var out = [UInt8](); out.reserveCapacity(32)
        for word in [state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7] {
            for shift in [24, 16, 8, 0] as [UInt32] { out.append(UInt8(truncatingIfNeeded: word >> shift)) }
        }
        return out
    }
}

/// The eight words of a digest in progress (in stored properties, not an array, so that
/// the compression keeps them in registers).
private struct SHA256State {
    var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
    var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// `count` 64-byte blocks from `blocks` into the state, by the SHA extensions or by `compress`.
    mutating func compress(_ blocks: UnsafePointer<UInt8>, _ count: Int, _ w: UnsafeMutablePointer<UInt32>,
                           _ k: UnsafePointer<UInt32>, _ blockInstructions: Bool) {
        guard count > 0 else { return }
        guard blockInstructions else {
            for b in 0..<count { compress(blocks + b * 64, w, k) }
            return
        }
        var h = (h0, h1, h2, h3, h4, h5, h6, h7)
        withUnsafeMutableBytes(of: &h) { hp_sha256_blocks($0.baseAddress!.assumingMemoryBound(to: UInt32.self), blocks, count, k) }
        (h0, h1, h2, h3, h4, h5, h6, h7) = h
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 - n)) }

    /// One 64-byte block into the state (FIPS 180-4, 6.2.2); `w` is room for the 64-word
    /// message schedule, `k` the constants.
    mutating func compress(_ block: UnsafePointer<UInt8>, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>) {
        let raw = UnsafeRawPointer(block)
        for t in 0..<16 { w[t] = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self)) }
        for t in 16..<64 {
            let s0 = Self.rotr(w[t - 15], 7) ^ Self.rotr(w[t - 15], 18) ^ (w[t - 15] &>> 3)
            let s1 = Self.rotr(w[t - 2], 17) ^ Self.rotr(w[t - 2], 19) ^ (w[t - 2] &>> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
        // Eight rounds a pass, the variables' roles rotated in the calls instead of moved.
        var t = 0
        while t < 64 {
            Self.round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
            Self.round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
            Self.round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
            Self.round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
            Self.round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
            Self.round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
            Self.round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
            Self.round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
            t += 8
        }
        h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
        h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
    }

    /// One round: `d` and `h` take the new values of e and a (the others only move).
    @inline(__always) private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                                _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        d = d &+ t1
        h = t1 &+ (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
    }
}
