// Fuzz target for each reader (make fuzz). Built with -sanitize=fuzzer and -DFUZZING,
// libFuzzer drives LLVMFuzzerTestOneInput; FUZZ_READER says which reader (text,
// tab-table, docx, odt, xml, pipeline, pdf). Built normally, it replays the files given as arguments
// through the same entry point (to reproduce a finding without the fuzzer).
import Foundation
import Handlingsplan
import PopplerExtraction

let readerName = ProcessInfo.processInfo.environment["FUZZ_READER"] ?? "text"
let reader = Fuzzing.Reader(rawValue: readerName) ?? .text

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if readerName == "pdf" {
        // poppler in this process (the tool runs it in its worker), then the PDF reader.
        if case let .extraction(extraction) = PopplerExtractor.extract(bytes) { Fuzzing.run(pdf: extraction) }
    } else {
        Fuzzing.run(reader, bytes)
    }
    return 0
}

#if FUZZING
// SwiftPM links an executable with `main` pointed at `<module>_main`; hand that to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("handlingsplan_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("cannot read \(path)"); continue }
            Fuzzing.run(reader, [UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif
