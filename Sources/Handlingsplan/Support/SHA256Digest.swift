import SystemCrypto

/// SHA-256 through the system's libcrypto, as lower-case hex.
enum SHA256Digest {
    static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        var size: UInt32 = 0
        let ok = bytes.withUnsafeBytes { buffer in
            EVP_Digest(buffer.baseAddress, buffer.count, &digest, &size, EVP_sha256(), nil)
        }
        // EVP_Digest fails only without memory; a digest of zeros would be wrong, so stop.
        precondition(ok == 1 && size == 32, "libcrypto: SHA-256 failed")
        let hexDigits = Array("0123456789abcdef".utf8)
        var out = [UInt8](); out.reserveCapacity(64)
        for b in digest { out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
