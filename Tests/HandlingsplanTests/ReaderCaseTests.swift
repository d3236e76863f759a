import Foundation
import XCTest
@testable import Handlingsplan

/// One small fixture per hard case of DESIGN.md's table of inputs.
final class ReaderCaseTests: XCTestCase {
    private func importCase(_ name: String) throws -> Plan {
        let url = Paths.fixtures.appendingPathComponent("cases/\(name)")
        return try PlanImporter().importBytes([UInt8](try Data(contentsOf: url)), path: name)
    }

    /// 000: a template sentence inside a bullet list is no item; the national
    /// goals after it stay national; a template paragraph opens local goals.
    func testTemplateSentenceInsideABulletList() throws {
        let plan = try importCase("template-in-bullet-list.txt")
        XCTAssertEqual(plan.texts, [
            "Flere kommuner har startet arbeidet med å etablere en heltidskultur.",
            "Trygdeoppgjørene har en god sosial profil",
            "Klubbene gjennomfører årlige drøftinger om heltid",
        ])
        XCTAssertEqual(plan.items.map(\.kind), [.nationalGoal, .nationalGoal, .localGoal])
        XCTAssertEqual(plan.diagnostics.filter { $0.code == "template-text" }.map { $0.source?.line }, [13, 18])
        XCTAssertEqual(plan.plan.branch, "999")
        XCTAssertEqual(plan.plan.adopted, "2024-02-05")
    }

    /// 001: tab-table with continuation lines, no-break-space cells, a row split
    /// by a blank line, section rows of one and of seven cells, numbered national
    /// measures as parents, and free rows under no section after a template row.
    func testTabTable() throws {
        let plan = try importCase("tab-table.txt")
        XCTAssertEqual(plan.source.format, .tabTable)
        XCTAssertEqual(plan.sections.map(\.number), ["1", "2", nil])
        XCTAssertEqual(plan.sections.map(\.area), [1, 2, nil])
        XCTAssertEqual(plan.texts, [
            "Kreve at stillinger som hovedregel lyses ut som hele, faste stillinger.",
            "Opplæring av tillitsvalgte",
            "Kontakte skolene",
            "Gjennomføre tiltak mot sosial dumping",
            "Kommunestyret har vedtatt plan",
            "Skal ha gjennomført 10 styremøter",
            "Medlemsmøter minimum 2 pr år",
        ])
        XCTAssertEqual(plan.items.map(\.kind), [.nationalGoal, .measure, .measure, .nationalGoal, .measure, .measure, .measure])
        let training = try XCTUnwrap(plan.item(containing: "Opplæring"))
        XCTAssertEqual(training.responsible, "Hovedtillitsvalgte leder og nestleder", "continuation line joined")
        XCTAssertEqual(training.deadline, "Kontinuerlig")
        XCTAssertEqual(training.budget, "5000")
        XCTAssertNil(training.comment, "a no-break-space cell is empty")
        XCTAssertEqual(training.parent, plan.items[0].id)
        let split = try XCTUnwrap(plan.item(containing: "Kontakte skolene"))
        XCTAssertEqual(split.comment, "Ungdomstillitsvalgt.")
        XCTAssertEqual(split.responsible, "Leder/nestleder")
        XCTAssertEqual(split.deadline, "Mars 2024", "the row split by a blank line is joined again")
        XCTAssertEqual(split.status, "Pågår")
        let free = try XCTUnwrap(plan.item(containing: "styremøter"))
        XCTAssertNil(free.parent)
        XCTAssertNil(free.area, "board meetings fit no area")
        XCTAssertEqual(plan.item(containing: "Medlemsmøter")?.area, 3)
        XCTAssertEqual(plan.plan.union, "Fagforbundet Testby")
        XCTAssertEqual(plan.plan.title, "Handlingsplan/tiltaksplan")
        XCTAssertEqual(plan.diagnostics.filter { $0.code == "template-text" }.count, 2)
    }

    /// 002: hard-wrapped lines with blank lines inside paragraphs, ● and ○,
    /// nynorsk labels, a challenge section, a section beyond the six.
    func testHardWrappedNynorsk() throws {
        let plan = try importCase("hard-wrapped-nynorsk.txt")
        XCTAssertEqual(plan.plan.language, .nynorsk)
        XCTAssertEqual(plan.plan.adopted, "2024-01-30")
        XCTAssertEqual(plan.texts, [
            "Lønsgapet mellom kvinner og menn blir mindre.",
            "At medlemmar i alle områder skal sikrast ei lønsutvikling som minst opprettheldt kjøpekrafta.",
            "Tillitsvalde etter hovudavtalane skal ivareta tariffområdet. Fagforeininga må sikre at dei ulike tariffområda blir ivareteke.",
            "Førebu tillitsvalde på å gjennomføre lokale forhandlingar.",
            "Gjennomføre opplæring av tillitsvalde",
            "Trinn 1 og 2",
            "turnuskurs",
        ], "challenge bullets are no items; wrapped lines are joined")
        // A bullet with sub-bullets is a goal, its sub-bullets are its measures (the dev set's rule).
        XCTAssertEqual(plan.items.map(\.kind), [.nationalGoal, .localGoal, .localGoal, .measure, .localGoal, .measure, .measure])
        XCTAssertEqual(plan.items.prefix(4).map(\.area), [1, 1, 1, 1])
        // Under "Skulering av tillitsvalde" (no area): mapped by content, sub-bullets by the bullet they belong to.
        XCTAssertEqual(plan.items.suffix(3).map(\.area), [3, 3, 3])
        XCTAssertEqual(plan.item(containing: "Trinn")?.mapping.method, "content", "the phrase «trinn 1» decides")
        XCTAssertEqual(plan.item(containing: "turnuskurs")?.mapping.method, "context", "one weak word: the bullet it belongs to decides")
    }

    /// 003: Tika bookmarks, · bullets, duplicate numbers, a lost heading,
    /// image residue, prose sections that are no goals.
    func testTikaExport() throws {
        let plan = try importCase("tika-export.txt")
        XCTAssertEqual(plan.sections.compactMap(\.number), ["1", "3", "2.1", "4.2", "4.3", "4.3"])
        XCTAssertEqual(plan.sections.first?.heading, "Innledning", "bookmarks removed")
        XCTAssertEqual(plan.texts, [
            "Styrket tariffmakt i NHO-området.",
            "Fagforeningen har også et mål om å styrke tariffmakten i området Virke.",
            "Dra på arbeidsplassbesøk med formål om synliggjøring og verving.",
            "Styring og ledelse i offentlig sektor bygger på tillit og trepartssamarbeid.",
            "Fremsnakke tillitsbasert ledelse og trepartssamarbeid i alle relevante sammenhenger.",
            "Antall læreplasser samsvarer med arbeidets og samfunnets behov.",
            "Bistå tillitsvalgte i arbeidet med kompetanseplaner og kompetansehevingstiltak.",
            "Spre kunnskap om situasjonen i Palestina og engasjement for saken hos medlemmer.",
        ], "introduction, challenge and responsibility prose give no items")
        // The list after the lost heading is mapped by content, not by the 4.3 heading before it.
        XCTAssertEqual(plan.item(containing: "læreplasser")?.area, 4)
        XCTAssertEqual(plan.item(containing: "læreplasser")?.mapping.method, "national-goal")
        XCTAssertEqual(plan.item(containing: "kompetanseplaner")?.area, 4)
        XCTAssertNil(plan.item(containing: "Palestina")?.area, "international solidarity fits no area")
        XCTAssertTrue(plan.diagnostics.contains { $0.code == "duplicate-section-number" })
        XCTAssertTrue(plan.diagnostics.contains { $0.code == "lost-heading" })
        XCTAssertNil(plan.plan.union)
        XCTAssertNil(plan.plan.title)
    }

    /// The markup taken out on the bytes gives what Foundation's search and replace give,
    /// on lines below U+0300 (the byte path) and beyond it.
    func testExportMarkupAsFoundationHasIt() {
        let tail = "Automatisk generert beskrivelse]"
        let lines = ["**Mål:** Flere **medlemmer**", "***", "a**b***c****", "Ingen markering", "**Økt** løn – «tiltak»",
                     "Et bilde som inneholder tekst " + tail + " Verving", "[x] Et bilde " + tail + " Verving", tail,
                     tail + " og " + tail, "Éi \u{301}linje " + tail + " igjen", "**e\u{301}**"]
        for line in lines {
            XCTAssertEqual(ExportMarkup.removingAll("**", from: line), line.replacingOccurrences(of: "**", with: ""), line)
            var expected = line
            if let end = line.range(of: tail), !line[..<end.lowerBound].contains(where: { $0 == "[" || $0 == "]" }) {
                expected = String(line[end.upperBound...])
            }
            XCTAssertEqual(ExportMarkup.removingImageDescriptionTail(line), expected, line)
        }
        XCTAssertEqual(ExportMarkup.removingBookmarks("[bookmark: _Toc1]1. Innledning [bookmark: x"), "1. Innledning [bookmark: x")
        for line in lines + ["[bookmark: _Toc1]", "[bookmark:\u{301}", "x [bookmark: y]"] {
            for needle in ["**", "[bookmark:"] { XCTAssertEqual(ExportMarkup.contains(needle, in: line), line.contains(needle), line) }
        }
    }

    /// The indentation counted on the bytes is the count of its characters, also where a
    /// scalar after it joins the last space into another character.
    func testIndentationAsCharactersCountIt() {
        for line in ["", "x", "  x", "\t\tx", "\u{A0} \tx", "   ", " \u{301}x", "  \u{200D}x", "\u{A0}\u{A0}ø", " – x", "\u{2003}x"] {
            XCTAssertEqual(RunningTextReader.indentation(line), line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }.count, line.debugDescription)
        }
    }

    /// 004: goals in prose, "Tiltak:" lines, a "Tillegg:" list of "text: responsible".
    func testProseGoalsAndMeasures() throws {
        let plan = try importCase("prose-goals.txt")
        XCTAssertEqual(plan.texts, [
            "Behandle styresaker og kontinuerlig sørge for at flest mulig er kjent med yrkesfaglige og yrkespolitiske utfordringer",
            "Vi skal derfor jobbe konkret med å trygge våre tillitsvalgte.",
            "Ved ledige stillinger sender plasstillitsvalgte utlysningsteksten til orientering/ innspill til de hovedtillitsvalgte. Plasstillitsvalgte tar eventuelle innspill med arbeidsgiver.",
            "Opplæring i ansettelsesprosess min 2 ganger i året.",
            "Vi må sørge for at arbeidsgiver gir tilstrekkelig opplæring i digitale verktøy.",
            "Tettere samarbeid mellom opplæringsansvarlige i regionen.",
            "Skal gjennomføre minimum 8 styremøter",
            "Gjennomføre seminar opplæring av tillitsvalgte og styret",
            "Regnskapsrapportering minimum hver andre måned",
            "Bobil/ valg kampanje",
            "Årsmøte 16 januar 2025 folkets hus (forbehold om endring)",
        ], "descriptive sentences and the signature are no items")
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .localGoal, .measure, .measure, .localGoal, .localGoal,
                                                .measure, .measure, .measure, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, nil, nil, nil, nil, nil, "leder", "Opplæringsansvarlig/ leder", "kasserer",
                                                       "pensjonister og uføregruppa – resten av styret /frikjøpte på fylkeskontoret", nil])
        XCTAssertEqual(plan.item(containing: "Tettere")?.area, 6, "under the Digitalisering heading")
        XCTAssertNil(plan.item(containing: "Regnskap")?.area, "Tillegg is no area: accounts fit none")
        XCTAssertNil(plan.plan.adopted, "the next annual meeting is not the adoption date")
        XCTAssertEqual(plan.plan.branch, "777")
    }

    /// A plan the tool had never seen (written in Markdown, made a DOCX by pandoc: `pandoc ny-plan-nynorsk.md -o ny-plan-nynorsk.docx`).
    /// It once lost most of its title and left the nynorsk "Rekneskapen" unmapped.
    func testUnseenNynorskDocx() throws {
        let plan = try importCase("ny-plan-nynorsk.docx")
        XCTAssertEqual(plan.source.format, .docx)
        XCTAssertEqual(plan.plan.title, "Handlingsplan for Fagforbundet Ørland avd. 321, 2024–2025")
        XCTAssertEqual(plan.plan.union, "Fagforbundet Ørland")
        XCTAssertEqual(plan.plan.branch, "321")
        XCTAssertEqual(plan.plan.adopted, "2024-02-12")
        XCTAssertEqual(plan.plan.language, .nynorsk)
        // The unlabelled list under the branch's own heading "Styrearbeid" is a list of activities.
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .localGoal, .measure, .measure, .measure, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 6, nil, nil])
        XCTAssertEqual(plan.items.last?.mapping.method, "content", "accounts fit no area on purpose, in nynorsk too")
    }

    func testSentenceSplittingKeepsAbbreviations() {
        XCTAssertEqual(GoalProse.sentences("Pensjon, sykelønn etc. henger sammen. Vi skal f.eks. Møte dem. Neste 8.mars er fin."),
                       ["Pensjon, sykelønn etc. henger sammen.", "Vi skal f.eks. Møte dem.", "Neste 8.mars er fin."])
        // Latin-1 text is split on scalars, other text by characters: the same sentences. A
        // closing word outside Latin-1 sends the same text the other way.
        for text in ["Vi skal verve. Årsmøtet vedtok! Hvorfor? 2025 blir bra. a. Punkt", "Kurs i A. Berg sin regi. Ølen er med.  Mer tekst",
                     "Slutt. ½ av dem. ²Ja. É er med. øre er liten. Dr. Nei", "Først. ª er med. º også. µ ikke"] {
            let latin1 = GoalProse.sentences(text)
            let other = GoalProse.sentences(text + " Ā")
            XCTAssertEqual(Array(other.dropLast()), Array(latin1.dropLast()), text)
            XCTAssertEqual(other.last, (latin1.last ?? "") + " Ā", text)
        }
        // The byte path and the character path on generated Latin-1 texts: stops, spaces,
        // capitals, digits, abbreviations and two-byte letters in every order.
        let pieces = [". ", "! ", "? ", ".", " ", "  ", "Vi", "skal", "etc", "f.eks", "ca", "nr", "A", "b", "Ø", "ø", "É", "½", "2", "ª", "µ", "ß", "x"]
        var random = SplitMix(seed: 17)
        for _ in 0..<3000 {
            var text = random.text(of: pieces, count: random.next(below: 24))
            XCTAssertEqual(GoalProse.sentencesOnBytes(text), GoalProse.sentencesByCharacters(text), text.debugDescription)
        }
        XCTAssertNil(GoalProse.sentencesOnBytes("Over Ā. Neste"))
        XCTAssertNil(GoalProse.sentencesOnBytes("Linje.\r\nNeste"))
    }

    func testDatesInBothForms() {
        XCTAssertEqual(MetadataExtractor.date(in: "Vedtatt på årsmøtet den 24.01.2024"), "2024-01-24")
        XCTAssertEqual(MetadataExtractor.date(in: "Vedtatt på årsmøtet den 30. januar 2024"), "2024-01-30")
        XCTAssertEqual(MetadataExtractor.date(in: "vedteke 3 mars 2025"), "2025-03-03")
        XCTAssertNil(MetadataExtractor.date(in: "Vedtatt 31.13.2024"))
    }

    /// Heading drift seen in real plans, in both written standards.
    func testAreaHeadingsInDriftedWordings() {
        let headings: [(String, Int?)] = [
            ("Heltid, likelønn og kampen mot økte forskjeller", 1),
            ("Heltid, faste ansettelser, likelønn og kampen for mindre forskjeller", 1),
            ("Heiltid, likeløn og kampen for mindre ulikheiter", 1),
            ("Offentlige tjenester med egne ansatte", 2),
            ("Offentlege gode tenester med eigne tilsette:", 2),
            ("Organisasjonsbygging og tariffmakt", 3),
            ("Fag-, yrkes- og kompetanseutvikling", 4),
            ("Fag- og tenesteutvikling", 4),
            ("Alliansebygging og fagligpolitisk påvirkning", 5),
            ("Alliansebygging, myndighetskontakt og fagligpolitisk påverking", 5),
            ("Digitalisering", 6),
            ("Skulering av tillitsvalde", nil),
            ("Verve plan", nil),
            ("Styrearbeid, kurs for tillitsvalgte og medlemsaktivitet", nil),
            ("Internasjonalt arbeid", nil),
        ]
        for (heading, area) in headings {
            XCTAssertEqual(Labels.area(named: heading), area, heading)
        }
    }
}
