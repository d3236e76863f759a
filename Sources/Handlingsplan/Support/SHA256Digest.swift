import SystemCrypto

/// SHA-256 through the system's libcrypto, as lower-case hex.
enum SHA256Digest {
    static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        var context = SHA256_CTX()
        // These fail only on a null context; a digest of zeros would be wrong, so stop.
        let ok = bytes.withUnsafeBytes { buffer in
            SHA256_Init(&context) == 1 && SHA256_Update(&context, buffer.baseAddress, buffer.count) == 1
                && SHA256_Final(&digest, &context) == 1
        }
        precondition(ok, "libcrypto: SHA-256 failed")
        let hexDigits = Array("0123456789abcdef".utf8)
        var out = [UInt8](); out.reserveCapacity(64)
        for b in digest { out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
