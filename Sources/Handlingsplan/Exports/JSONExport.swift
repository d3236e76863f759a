import Foundation

/// JSON per the contract: pretty-printed, keys sorted, byte-identical from run to run.
public enum JSONExport {
    /// One plan, as the document for one input file.
    public static func encode(_ plan: Plan) -> Data { Data(planDocument(plan)) }

    /// A whole batch at once (`BatchOutput` writes the same bytes plan by plan).
    public static func encode(_ batch: Batch) -> Data {
        var out = batchHead(failures: batch.failures)
        for (i, plan) in batch.plans.enumerated() { out += Array((i == 0 ? "    " : ",\n    ").utf8) + batchPlan(plan) }
        out += batchTail
        return Data(out)
    }

    /// Any other Encodable (the SARIF log) through Foundation's encoder, in the same layout.
    /// Also the reference the tests hold `JSONWriter` to.
    public static func encodeWithFoundation<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    static func planDocument(_ plan: Plan) -> [UInt8] {
        var w = JSONWriter(capacity: JSONWriter.capacity(for: plan))
        w.plan(plan)
        return w.bytes + [0x0A]
    }

    // A batch {failures, plans, schemaVersion} in pieces, so that plans can be written as they
    // are imported. Keys are sorted, so the failures come first: `BatchOutput` holds the plans'
    // bytes in a spool file until the failures are known.

    static func batchHead(failures: [ImportFailure]) -> [UInt8] {
        // An empty array is "[", a blank line, "]", as JSONEncoder writes it.
        var out = Array("{\n  \"failures\" : [\n".utf8)
        for (i, f) in failures.enumerated() {
            var w = JSONWriter(depth: 2)
            w.failure(f)
            out += Array((i == 0 ? "    " : ",\n    ").utf8) + w.bytes
        }
        return out + Array("\n  ],\n  \"plans\" : [\n".utf8)
    }

    /// One plan of the batch's "plans" array, indented as it stands there (the comma and
    /// indent before it depend on its place, and are the caller's).
    static func batchPlan(_ plan: Plan) -> [UInt8] {
        var w = JSONWriter(depth: 2, capacity: JSONWriter.capacity(for: plan))
        w.plan(plan)
        return w.bytes
    }

    static let batchTail = Array("\n  ],\n  \"schemaVersion\" : \"1\"\n}\n".utf8)
}
