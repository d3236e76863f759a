import Foundation
import XCTest
@testable import Handlingsplan

/// The written-out Latin-1 tables give Unicode's (and Swift's) answers on all 256 characters.
final class Latin1Tests: XCTestCase {
    func testTablesAgreeWithUnicode() {
        func single(_ mapping: String) -> UInt32? { mapping.unicodeScalars.count == 1 ? mapping.unicodeScalars.first!.value : nil }
        for v in UInt32(0)...0xFF {
            let scalar = Unicode.Scalar(v)!, p = scalar.properties, name = "U+\(String(v, radix: 16))"
            XCTAssertEqual(Latin1.isLetter(v), p.isAlphabetic, name)
            XCTAssertEqual(Latin1.isUppercase(v), p.generalCategory == .uppercaseLetter, name)
            XCTAssertEqual(Latin1.isLowercase(v), p.generalCategory == .lowercaseLetter, name)
            XCTAssertEqual(Latin1.isLowercase(v), CharacterSet.lowercaseLetters.contains(scalar), name)
            XCTAssertEqual(Latin1.isNumber(v), Character(scalar).isNumber, name)
            XCTAssertEqual(Latin1.lowercase(v), single(p.lowercaseMapping) ?? v, name)
            XCTAssertEqual(Latin1.uppercase(v), single(p.uppercaseMapping) ?? v, name)
            XCTAssertEqual(Latin1.isUppercaseCharacter(v), Character(scalar).isUppercase, name)
        }
    }
}
