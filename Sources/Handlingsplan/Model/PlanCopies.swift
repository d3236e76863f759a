import Foundation

/// A file of a batch whose bytes are those of an earlier file of the same batch (a copy in
/// `arkiv/`, a mail attachment saved twice): imported once, listed here, never counted twice.
/// Identical bytes are told by the files' SHA-256, which every import computes anyway.
public struct PlanCopy: Sendable, Encodable, Hashable {
    public var path: String
    /// The file imported in its place: the first of the batch with the same bytes.
    public var copyOf: String
    public var sha256: String

    public init(path: String, copyOf: String, sha256: String) {
        self.path = path; self.copyOf = copyOf; self.sha256 = sha256
    }
}

/// Plans of one union, branch and period whose files differ (the board's draft and the plan the
/// annual meeting adopted, or last year's file saved under this year's name): all are kept, and
/// marked as versions of one plan, so that a person chooses and a pivot does not add them up
/// unknowingly.
public struct PlanVersions: Sendable, Encodable, Hashable {
    public var union: String
    public var branch: String?
    public var periodFrom: Int?
    public var periodTo: Int?
    /// The versions' files, in input order.
    public var paths: [String]

    enum CodingKeys: String, CodingKey { case union, branch, periodFrom, periodTo, paths }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(union, forKey: .union)
        try c.encode(branch, forKey: .branch)
        try c.encode(periodFrom, forKey: .periodFrom)
        try c.encode(periodTo, forKey: .periodTo)
        try c.encode(paths, forKey: .paths)
    }
}

/// Copies and versions found plan by plan as a batch streams: it keeps a hash and a few words
/// per plan, never the plans.
public struct PlanCopyFinder: Sendable {
    /// The first file of each content.
    private var firstBySHA: [String: String] = [:]
    /// Plans by who and when they are for; a group of two or more is a set of versions.
    private var groups: [Identity: [String]] = [:]
    private var order: [Identity] = []
    private var metadata: [Identity: PlanMetadata] = [:]
    public private(set) var copies: [PlanCopy] = []

    /// Union (as a person would compare it: case and spacing aside), branch and period. A plan
    /// that names no union has no identity: two such plans are never called versions.
    struct Identity: Hashable {
        var union: String
        var branch: String?
        var periodFrom: Int?
        var periodTo: Int?

        init?(_ plan: PlanMetadata) {
            guard let union = plan.union else { return nil }
            self.union = union.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            branch = plan.branch.map { String($0.drop { $0 == "0" }) }
            periodFrom = plan.periodFrom
            periodTo = plan.periodTo
        }
    }

    public init() {}

    /// The file at `path` with these bytes' hash: nil when it is new (import it), else the
    /// earlier file it copies (recorded as a copy).
    public mutating func copied(path: String, sha256: String) -> String? {
        if let first = firstBySHA[sha256] {
            copies.append(PlanCopy(path: path, copyOf: first, sha256: sha256))
            return first
        }
        firstBySHA[sha256] = path
        return nil
    }

    /// A plan that was imported (not a copy).
    public mutating func add(path: String, plan: PlanMetadata) {
        guard let identity = Identity(plan) else { return }
        if groups[identity] == nil { order.append(identity); metadata[identity] = plan }
        groups[identity, default: []].append(path)
    }

    /// The sets of versions, in the order their first plan came.
    public var versions: [PlanVersions] {
        order.compactMap { identity in
            guard let paths = groups[identity], paths.count > 1, let plan = metadata[identity] else { return nil }
            return PlanVersions(union: plan.union ?? identity.union, branch: plan.branch, periodFrom: plan.periodFrom,
                                periodTo: plan.periodTo, paths: paths)
        }
    }
}

/// What a batch's outputs are told at the end, besides its plans: the files that failed, the
/// copies left out, the versions kept side by side.
public struct BatchOutcome: Sendable {
    public var failures: [ImportFailure]
    public var copies: [PlanCopy]
    public var versions: [PlanVersions]

    public init(failures: [ImportFailure] = [], copies: [PlanCopy] = [], versions: [PlanVersions] = []) {
        self.failures = failures; self.copies = copies; self.versions = versions
    }
}
