// The in-process floor of an import, for `make bench`: what reading a plan costs at the
// least, with the same libraries the tool uses and nothing of its own logic. For a DOCX or
// ODT: open the ZIP, inflate the parts a reader needs (ZIPFoundation, CRC-32 by zlib) and
// pass libxml2's xmlTextReader once over each. For text: read it and normalise it to NFC.
//
//   handlingsplan-floor ROUNDS FILE…   prints the median CPU milliseconds per file
import CLibXML2
import Foundation
import SystemZlib
import ZIPFoundation

let partsNeeded = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels",
                   "content.xml", "styles.xml"]

func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Every node of an XML part visited once; the count keeps the pass from being optimised away.
func passReader(_ xml: Data) -> Int {
    xml.withUnsafeBytes { raw -> Int in
        guard let reader = xmlReaderForMemory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, nil,
                                              Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)) else { return 0 }
        defer { xmlFreeTextReader(reader) }
        var nodes = 0
        while xmlTextReaderRead(reader) == 1 { nodes += 1 }
        return nodes
    }
}

func floor(_ bytes: Data, _ path: String) -> Int {
    if path.hasSuffix(".docx") || path.hasSuffix(".odt") {
        guard let archive = try? Archive(data: bytes, accessMode: .read) else { return 0 }
        var nodes = 0
        for name in partsNeeded {
            guard let entry = archive[name] else { continue }
            var part = Data()
            _ = try? archive.extract(entry, skipCRC32: true) { part.append($0) }
            let crc = part.withUnsafeBytes { raw in crc32(0, raw.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(raw.count)) }
            nodes += passReader(part) + Int(crc & 1)
        }
        return nodes
    }
    return String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8.count
}

let arguments = CommandLine.arguments.dropFirst()
guard let rounds = arguments.first.flatMap(Int.init), arguments.count > 1 else {
    FileHandle.standardError.write(Data("usage: handlingsplan-floor ROUNDS FILE…\n".utf8))
    exit(2)
}
let files = arguments.dropFirst().map { ($0, FileManager.default.contents(atPath: $0) ?? Data()) }
var perFile: [Double] = []
var sink = 0
for _ in 0..<rounds {
    let start = cpuSeconds()
    // Read from disk as the tool does, then the floor's work.
    for (path, _) in files { sink &+= floor(FileManager.default.contents(atPath: path) ?? Data(), path) }
    perFile.append((cpuSeconds() - start) / Double(files.count))
}
perFile.sort()
print(String(format: "%.4f", perFile[perFile.count / 2] * 1000), sink == 42 ? "" : "")
