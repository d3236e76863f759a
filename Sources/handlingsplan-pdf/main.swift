// The PDF worker: reads one PDF on standard input, writes what poppler finds in it (pages,
// words with their boxes and fonts, the structure tree) as JSON on standard output. The main
// binary runs it once per PDF (PDFReader): poppler is a large C++ library that has crashed and
// hung on malformed files, and in a process of its own such a file fails alone, within a time
// and memory budget, and never takes a batch down.
import Foundation
import Handlingsplan
import PopplerExtraction

#if canImport(Glibc)
import Glibc
#endif

// The budget, set before poppler sees a byte: CPU seconds (a loop ends with SIGXCPU) and
// address space (a runaway allocation fails instead of taking the machine's memory).
var cpu = rlimit(rlim_cur: rlim_t(PDFReader.cpuSeconds), rlim_max: rlim_t(PDFReader.cpuSeconds + 1))
setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &cpu)
var memory = rlimit(rlim_cur: rlim_t(PDFReader.memoryBytes), rlim_max: rlim_t(PDFReader.memoryBytes))
setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &memory)

let input = FileHandle.standardInput.readDataToEndOfFile()
let answer = PopplerExtractor.extract([UInt8](input))
let encoder = JSONEncoder()
guard let json = try? encoder.encode(answer) else { exit(3) }
FileHandle.standardOutput.write(json)
exit(0)
