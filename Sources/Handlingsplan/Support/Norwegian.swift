import Foundation

/// Words for people, in bokmål: what `import`, `check` and `report` tell a staffer.
public enum Norwegian {
    /// "1 plan", "28 planer": a count with the word in the number it takes (never "plan(er)").
    public static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}

extension Norwegian {
    /// Whether `a` sorts before `b` as a Norwegian reader expects: case aside, accents aside
    /// (é as e, ü as y), and Æ, Ø, Å after Z in that order (Ä as Æ, Ö as Ø, as dictionaries do).
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ka = sortKey(a), kb = sortKey(b)
        return ka == kb ? a < b : ka.lexicographicallyPrecedes(kb)
    }

    /// The letters' places in the Norwegian alphabet, other characters by their code.
    static func sortKey(_ s: String) -> [UInt32] {
        var key: [UInt32] = []
        for scalar in s.lowercased().unicodeScalars {
            switch scalar {
            case "æ", "ä": key.append(UInt32(("z" as Unicode.Scalar).value) + 1)
            case "ø", "ö": key.append(UInt32(("z" as Unicode.Scalar).value) + 2)
            case "å": key.append(UInt32(("z" as Unicode.Scalar).value) + 3)
            case "ü": key.append(("y" as Unicode.Scalar).value)
            default:
                // é → e + ◌́: the base letter counts, the mark does not.
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
                if base.properties.generalCategory == .nonspacingMark { continue }
                key.append(base.value)
            }
        }
        return key
    }
}
