import Foundation

/// JSON per the contract: pretty-printed, keys sorted, byte-identical from run to run.
public enum JSONExport {
    /// One plan, as the document for one input file.
    public static func encode(_ plan: Plan) -> Data { Data(planDocument(plan)) }

    /// A whole batch at once (`BatchOutput` writes the same bytes plan by plan).
    public static func encode(_ batch: Batch) -> Data {
        var out = batchHead(BatchOutcome(failures: batch.failures, copies: batch.copies))
        for (i, plan) in batch.plans.enumerated() { out += Array((i == 0 ? "    " : ",\n    ").utf8) + batchPlan(plan) }
        out += batchTail(versions: batch.versions)
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

    // A batch {copies, failures, plans, schemaVersion, versions} in pieces, so that plans can be
    // written as they are imported. Keys are sorted, so the copies and failures come first:
    // `BatchOutput` holds the plans' bytes in a spool file until they are known. "copies" and
    // "versions" are there only when the batch has any.

    static func batchHead(_ outcome: BatchOutcome) -> [UInt8] {
        var out = Array("{\n".utf8)
        if !outcome.copies.isEmpty {
            out += Array("  \"copies\" : [\n".utf8)
            for (i, c) in outcome.copies.enumerated() {
                var w = JSONWriter(depth: 2)
                w.copy(c)
                out += Array((i == 0 ? "    " : ",\n    ").utf8) + w.bytes
            }
            out += Array("\n  ],\n".utf8)
        }
        // An empty array is "[", a blank line, "]", as JSONEncoder writes it.
        out += Array("  \"failures\" : [\n".utf8)
        for (i, f) in outcome.failures.enumerated() {
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

    static func batchTail(versions: [PlanVersions]) -> [UInt8] {
        guard !versions.isEmpty else { return Array("\n  ],\n  \"schemaVersion\" : \"1\"\n}\n".utf8) }
        var out = Array("\n  ],\n  \"schemaVersion\" : \"1\",\n  \"versions\" : [\n".utf8)
        for (i, v) in versions.enumerated() {
            var w = JSONWriter(depth: 2)
            w.versions(v)
            out += Array((i == 0 ? "    " : ",\n    ").utf8) + w.bytes
        }
        return out + Array("\n  ]\n}\n".utf8)
    }
}
