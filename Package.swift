// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "handlingsplan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Handlingsplan", targets: ["Handlingsplan"]),
        .executable(name: "handlingsplan", targets: ["handlingsplan"]),
        .executable(name: "handlingsplan-pdf", targets: ["handlingsplan-pdf"]),
    ],
    dependencies: [
        // The CLI: subcommands, help text, validation.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // ZIP writing for the tests' Office fixtures, and the bench's floor (a ZIP reader that is
        // not ours). The library reads containers itself (Formats/ZipStructure, ZipContainer).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Tests only: an independent RFC 4180 reader to parse our CSV back.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // libxml2 for every XML read and written (JUnit reports now; DOCX/ODT later).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib: ZIP parts are inflated here with a bound (ZIPFoundation's own loop never ends on
        // some corrupt streams), and checked with zlib's CRC-32.
        .systemLibrary(
            name: "SystemZlib",
            path: "Sources/SystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libxlsxwriter: the Excel workbook (import --format xlsx), typed cells in any locale.
        // Its header (Debian libxlsxwriter-dev) at build time; the library is loaded with dlopen
        // when a workbook is written, so that other runs do not load it (see the header).
        .target(
            name: "CXlsxWriter",
            path: "Sources/CXlsxWriter"
        ),
        // poppler's GLib interface: PDF plans. Only the PDF worker (handlingsplan-pdf) links it, so
        // that a crash in poppler fails one file (the worker's process) and handlingsplan itself
        // loads none of poppler's 50 libraries.
        .systemLibrary(
            name: "CPoppler",
            path: "Sources/CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // glibc's malloc.h (mallopt), for the command line's memory tuning.
        .systemLibrary(
            name: "CMalloc",
            path: "Sources/CMalloc"
        ),
        // SHA-256's blocks on the x86 SHA extensions, where the processor has them (see the header).
        .target(
            name: "CSHA256Blocks",
            path: "Sources/CSHA256Blocks"
        ),
        .target(
            name: "Handlingsplan",
            dependencies: ["CLibXML2", "SystemZlib", "CXlsxWriter", "CSHA256Blocks"],
            // The content lexicon is data, compiled into the binary (no resource bundle to install beside it).
            resources: [.embedInCode("Areas/lexicon.tsv"), .embedInCode("Plan/vocabulary.tsv")]
        ),
        .executableTarget(
            name: "handlingsplan",
            dependencies: [
                "Handlingsplan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .target(name: "CMalloc", condition: .when(platforms: [.linux])),
            ],
            path: "Sources/handlingsplan-cli"
        ),
        // poppler's text layer and structure tree as PDFExtraction: the worker's and the fuzz target's.
        .target(
            name: "PopplerExtraction",
            dependencies: ["Handlingsplan", "CPoppler"],
            path: "Sources/PopplerExtraction"
        ),
        // The PDF worker: one PDF on standard input, its words and structure as JSON on standard
        // output, within a CPU and memory budget (PDFReader runs it, one process per PDF).
        .executableTarget(
            name: "handlingsplan-pdf",
            dependencies: ["Handlingsplan", "PopplerExtraction"],
            path: "Sources/handlingsplan-pdf"
        ),
        // The fuzz target of every reader (make fuzz); without -DFUZZING it replays files.
        .executableTarget(
            name: "handlingsplan-fuzz",
            dependencies: ["Handlingsplan", "PopplerExtraction"],
            path: "Sources/handlingsplan-fuzz"
        ),
        // make bench: the in-process floor (unzip, inflate, one XML reader pass), nothing of ours.
        .executableTarget(
            name: "handlingsplan-floor",
            dependencies: ["CLibXML2", "SystemZlib", "ZIPFoundation"],
            path: "Sources/handlingsplan-floor"
        ),
        .testTarget(
            name: "HandlingsplanTests",
            // The executable is a dependency so that `swift test` builds it: the end-to-end tests run it.
            dependencies: ["Handlingsplan", "handlingsplan", "ZIPFoundation", .product(name: "SwiftCSV", package: "SwiftCSV")],
            resources: [.copy("Fixtures")]
        ),
    ]
)
