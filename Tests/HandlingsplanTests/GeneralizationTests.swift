import Foundation
import XCTest
@testable import Handlingsplan

/// Plans written the way branches write them but unlike the five seeds: one small
/// fixture per way the first version failed on new plans (Fixtures/generalization/).
final class GeneralizationTests: XCTestCase {
    private func importFixture(_ name: String) throws -> Plan {
        let url = Paths.fixtures.appendingPathComponent("generalization/\(name)")
        return try PlanImporter().importBytes([UInt8](try Data(contentsOf: url)), path: name)
    }

    private func heading(of item: Item?, in plan: Plan) -> String? {
        plan.sections.first { $0.id == item?.section }?.heading
    }

    /// The branch's own headings after a list are headings, not measures; the items
    /// after them belong to them and are mapped by their words.
    func testOwnHeadingsAfterAListStartSections() throws {
        let plan = try importFixture("own-headings.txt")
        XCTAssertEqual(plan.sections.map(\.heading), ["Tillitsvalgtopplæring", "Informasjon og synlighet", "Annet", "Økonomi og drift"])
        XCTAssertEqual(plan.sections.map(\.number), [nil, nil, "7", "8"])
        XCTAssertFalse(plan.texts.contains { $0.contains("Annet") || $0.contains("Økonomi og drift") || $0.contains("synlighet") })
        XCTAssertEqual(plan.items.map(\.kind), Array(repeating: .measure, count: 7), "an unlabelled list under an own heading lists activities")
        XCTAssertEqual(plan.items.map(\.area), [3, 1, 3, 3, nil, nil, nil])
        XCTAssertEqual(heading(of: plan.item(containing: "Julebord"), in: plan), "Annet")
        XCTAssertLessThan(plan.item(containing: "Julebord")!.mapping.confidence, 0.9, "a heading that names no area never gives a heading's confidence")
        XCTAssertEqual(plan.item(containing: "Julebord")?.mapping.method, "content")
    }

    /// Page numbers, a running header after a form feed, the place-and-date and the
    /// signature are no items; a bullet broken by a page break is joined again.
    func testPageResidueIsNoItem() throws {
        let plan = try importFixture("page-residue.txt")
        XCTAssertEqual(plan.texts, [
            "Kreve at ledige stillinger lyses ut som hele, faste stillinger, og følge opp hver utlysning som ikke gjør det i kommunen.",
            "Holde medlemsmøte om pensjon høsten 2024.",
            "Kurs i Teams for tillitsvalgte.",
        ])
        XCTAssertEqual(plan.sections.map(\.heading), ["Heltid og likelønn", "Digitalisering"], "title lines open no section")
        XCTAssertEqual(plan.plan.adopted, "2024-02-12")
        XCTAssertEqual(plan.plan.branch, "902")
        XCTAssertEqual(plan.plan.title, "HANDLINGSPLAN 2024–2025", "a title in capitals is the title")
    }

    /// A main goal written on its label's line ("Hovudmål 1: …") is a goal of the label's kind,
    /// as "Mål: …" is one of its own; a title in capitals is the title.
    func testInlineMainGoalAndTitleInCapitals() throws {
        let plan = try importText("""
            HANDLINGSPLAN 2026–2027
            Fagforbundet Sunndal avd. 123

            Hovudmål 1: Fleire medlemmar skal vere aktive i fagforeininga.

            Tiltak:
            - Verve nye medlemmar på arbeidsplassane
            """)
        XCTAssertEqual(plan.plan.title, "HANDLINGSPLAN 2026–2027")
        XCTAssertEqual(plan.items.map(\.kind), [.nationalGoal, .measure])
        XCTAssertEqual(plan.texts, ["Fleire medlemmar skal vere aktive i fagforeininga.", "Verve nye medlemmar på arbeidsplassane"])
        XCTAssertTrue(TextMatching.hasPrefixIgnoringASCIICase("TILTAKSPLAN 2025", "tiltaksplan"))
        XCTAssertFalse(TextMatching.hasPrefixIgnoringASCIICase("Tiltaksplan\u{301}", "tiltaksplan"), "a mark joins the last letter")
        XCTAssertFalse(TextMatching.hasPrefixIgnoringASCIICase("Tiltak", "tiltaksplan"))
    }

    /// Lines without bullets under "Fagforeningens mål:", "Tiltak:" and "Mål:" are items;
    /// a numbered goal with letter points gives a goal and its measures, markers removed.
    func testUnbulletedLabelLinesAndLetterMarkers() throws {
        let plan = try importFixture("label-lines.txt")
        XCTAssertEqual(plan.texts, [
            "Fagforeningen skal ha 900 medlemmer ved utgangen av 2025.",
            "Alle arbeidsplasser med fem medlemmer har en tillitsvalgt.",
            "Vervekampanje i forbundsukene",
            "Velkomstsamtale med alle nye medlemmer",
            "Alle tillitsvalgte bruker Tillitsvalgtportalen.",
            "Tillitsvalgte har digital kompetanse.",
            "Kurs i Tillitsvalgtportalen for nye tillitsvalgte.",
            "Kreve opplæring når kommunen innfører nye fagsystemer.",
        ])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .localGoal, .measure, .measure, .localGoal, .localGoal, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.area), [3, 3, 3, 3, 6, 6, 6, 6])
        XCTAssertTrue(plan.items.allSatisfy { $0.mapping.method == "heading" })
    }

    /// A spreadsheet pasted as text: TAB between cells, upper-case area rows, a SUM row.
    func testTabSeparatedRowsAreATable() throws {
        let plan = try importFixture("tab-rows.txt")
        XCTAssertEqual(plan.texts, ["Medlemsmøte om pensjon og AFP", "Kurs i lokale lønnsforhandlinger", "Styremøter", "Julebord for tillitsvalgte"])
        XCTAssertEqual(plan.sections.map(\.heading), ["HELTID OG LIKELØNN", "STYRE OG DRIFT"])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, nil, nil])
        XCTAssertEqual(plan.items.map(\.responsible), ["Styret", nil, "Leder", "Styret"])
        XCTAssertEqual(plan.items.map(\.deadline), ["Mars 2025", "Høst 2024", "10 per år", "Desember"])
        XCTAssertEqual(plan.items.first?.budget, "kr 12 000", "no-break spaces in amounts become spaces")
        XCTAssertEqual(plan.plan.periodFrom, 2024)
        XCTAssertEqual(plan.plan.periodTo, 2026)
        XCTAssertEqual(plan.plan.union, "Fagforbundet Tabellvik")
    }

    /// A spreadsheet saved as CSV (Calc, `;`, quoted cells with the separator, line breaks and
    /// `""` inside, every record padded to the sheet's width): a table whose separator is the
    /// one that splits every record alike; prose with commas stays prose.
    func testSpreadsheetSavedAsDelimitedText() throws {
        let csv = "Handlingsplan 2026 Fagforbundet Havvik;;;;\n;;;;\nOmråde;Mål;Tiltak;Ansvar;Frist\n"
            + "Heltid og likelønn;Flere i hele stillinger;Kreve drøftingsmøte om deltid;HTV;1. mai\n"
            + ";;\"Kurs om lønn; for alle\nnye tillitsvalgte\";Leder;Mars\n"
            + "Drift;;Regnskapet til revisor innen 15. januar;Kasserer;15. januar\n"
            + ";;\"Kveld med \"\"Klar for forhandlinger\"\"\";Styret;Høsten\n"
        let plan = try importText(csv, path: "plan.csv")
        XCTAssertEqual(plan.source.format, .csv)
        XCTAssertEqual(plan.texts, ["Flere i hele stillinger", "Kreve drøftingsmøte om deltid", "Kurs om lønn; for alle nye tillitsvalgte",
                                    "Regnskapet til revisor innen 15. januar", "Kveld med \"Klar for forhandlinger\""])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, "HTV", "Leder", "Kasserer", "Styret"])
        XCTAssertEqual(plan.items.map(\.deadline), [nil, "1. mai", "Mars", "15. januar", "Høsten"])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, nil, 1], "an empty area cell is the group's above; \"Drift\" names none (content)")
        let prose = try importText("Handlingsplan 2026\n\nVi skal, sammen med andre, verve flere.\nMedlemmene, styret og tillitsvalgte, alle deltar.\n"
            + "Vi vil, i år, holde kurs.\nKort linje.\n- Verve flere medlemmer, særlig unge\n")
        XCTAssertEqual(prose.source.format, .text)
    }

    /// A page set in two columns (pdftotext -layout of a newsletter): left and right lines
    /// interleave, the right column's start moves by a character or two, an item breaks at the
    /// foot of the left column. Read column by column; a lined-up table is left to the table
    /// reader.
    func testTwoColumnPageIsReadColumnByColumn() throws {
        func row(_ left: String, _ right: String, at gutter: Int = 46) -> String {
            left.padding(toLength: max(left.count + 2, gutter), withPad: " ", startingAt: 0) + right
        }
        let page = ["Handlingsplan 2026 for Fagforbundet Fjordby", "",
                    row("Heltid og likelønn", "  avslutning av nye."),
                    row("Dette vil vi:", "", at: 0),
                    row("• Flere medlemmer i hele og faste stillinger.", "Organisasjon og tariffmakt", at: 47),
                    row("• Lønnsforskjellene mellom kvinner og menn", "Dette vil vi:"),
                    row("  skal bli mindre.", "• Alle arbeidsplasser har en tillitsvalgt.", at: 47),
                    row("Slik gjør vi det:", "Slik gjør vi det:"),
                    row("• Vi krever drøftingsmøter om heltid på", "• Verveaksjon på alle arbeidsplassene i"),
                    row("  alle sykehjem.", "  forbundsukene.", at: 48),
                    row("• Medlemsmøte om pensjon og AFP i", "• Grunnskolering for nye tillitsvalgte"),
                    row("  oktober.", "  våren og høsten."),
                    row("• Kurs for tillitsvalgte om arbeidstid og", "• Besøk på videregående skole for"),
                    row("", "  elever på helsefag.")]
        let plan = try importText(page.joined(separator: "\n") + "\n")
        XCTAssertEqual(plan.texts, ["Flere medlemmer i hele og faste stillinger.", "Lønnsforskjellene mellom kvinner og menn skal bli mindre.",
                                    "Vi krever drøftingsmøter om heltid på alle sykehjem.", "Medlemsmøte om pensjon og AFP i oktober.",
                                    "Kurs for tillitsvalgte om arbeidstid og avslutning av nye.",
                                    "Alle arbeidsplasser har en tillitsvalgt.", "Verveaksjon på alle arbeidsplassene i forbundsukene.",
                                    "Grunnskolering for nye tillitsvalgte våren og høsten.", "Besøk på videregående skole for elever på helsefag."])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 1, 3, 3, 3, 3])
        // Two columns of short cells (who, when) under a header: a table, not two columns of text.
        let table = ["Tiltak                                        Ansvar", ""] + (1...8).map { row("Kurs nummer \($0) for nye tillitsvalgte", "Styret") }
        let read = try importText("Handlingsplan 2026\n\nTiltak\n\n" + table.joined(separator: "\n") + "\n")
        XCTAssertEqual(read.items.count, 8)
        XCTAssertEqual(Set(read.items.compactMap(\.responsible)), ["Styret"])
    }

    /// The minutes of an annual meeting whose case "Sak 4: Handlingsplan 2026" holds the
    /// plan under area headings: the other cases' agenda points, decisions and tables are not
    /// the plan's. A plan whose own chapters follow its areas keeps them.
    func testPlanInsideMinutesIsTheCaseThatHoldsIt() throws {
        let h1 = { (t: String) in OfficeFixtures.paragraph(t, style: "Heading1") }
        let h2 = { (t: String) in OfficeFixtures.paragraph(t, style: "Overskrift2") }
        let p = { (t: String) in OfficeFixtures.paragraph(t) }
        let minutes = h1("Protokoll fra årsmøtet 2026") + p("Fagforbundet Elvbyen avd. 999") + h1("Sak 1: Konstituering")
            + p("Godkjenne innkalling og saksliste.") + h1("Sak 2: Innkomne forslag") + p("Tiltak: Fagforeningen dekker barnepass på kurs.")
            + p("Styret innstilte på at forslaget ikke vedtas.") + h1("Sak 4: Handlingsplan 2026") + p("Vedtak: Planen vedtas slik den lyder.")
            + h2("1. Heltid og likelønn") + p("Tiltak:") + p("- Kreve drøftingsmøte om heltid.") + h2("3. Organisasjonsbygging og tariffmakt")
            + p("Tiltak:") + p("- Vervekampanje i forbundsukene.") + h1("Sak 5: Valg") + p("Tiltak: Velge nytt styre ved akklamasjon.")
        let plan = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(minutes)), path: "protokoll.docx")
        XCTAssertEqual(plan.texts, ["Kreve drøftingsmøte om heltid.", "Vervekampanje i forbundsukene."])
        let own = h1("Handlingsplan 2026") + h2("1. Heltid og likelønn") + p("- Kreve drøftingsmøte om heltid.") + h2("3. Organisasjon")
            + p("- Vervekampanje i forbundsukene.") + h1("Drift av fagforeningen") + p("- Styremøte hver måned.")
        let whole = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(own)), path: "plan.docx")
        XCTAssertEqual(whole.texts, ["Kreve drøftingsmøte om heltid.", "Vervekampanje i forbundsukene.", "Styremøte hver måned."])
    }

    /// Slides through pdftotext: a bullet's line in a narrow column ends in a word that
    /// cannot end it ("med", "om", "innen") and its next line starts with a name or a date.
    /// A web page's list of its links (lynx's "References") gives no items.
    func testNarrowBulletLinesAndLinkLists() throws {
        let text = "Handlingsplan 2026\n\n5 Politisk påvirkning\nTiltak\n• Fornye samarbeidsavtalen med\nLørenskog Arbeiderparti\n"
            + "• 900 medlemmer innen\n31.12.2026\n• Digital kveld om\nBankID for pensjonistene\n• Møte med ordføreren\nFørste halvår\n\n"
            + "References\n\n   1. https://www.fagforbundet.no/\n   2. mailto:?subject=Handlingsplan\n   3. www.fagforbundet.no/lokal\n"
        let plan = try importText(text)
        XCTAssertEqual(plan.texts, ["Fornye samarbeidsavtalen med Lørenskog Arbeiderparti", "900 medlemmer innen 31.12.2026",
                                    "Digital kveld om BankID for pensjonistene", "Møte med ordføreren"])
    }

    /// A table lined up with spaces (pdftotext -layout) whose goals are "Mål:" lines at the
    /// margin between its measure rows: each goal a row across the table, the measures under it.
    func testGoalLabelRowsInALinedUpTable() throws {
        func row(_ cells: String...) -> String { zip(cells, [60, 20, 14, 10]).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined() }
        let text = ["Handlingsplan 2025", "", row("Tiltak", "Ansvarleg", "Frist", "Status"), "1. Heiltid og likeløn",
                    "Mål: Fleire tilsette har heile stillingar ved utgangen av 2025.",
                    row("Krevje drøftingsmøte om heiltid", "HTV", "Mars 2024", "Starta"),
                    row("Temamøte om AFP og pensjon", "Styret", "Haust 2024", ""),
                    "Mål: Ingen medlemar er mellombels tilsette utan grunn.",
                    row("Be om liste over mellombels tilsette", "HTV", "Januar", "")].joined(separator: "\n") + "\n"
        let plan = try importText(text)
        XCTAssertEqual(plan.texts, ["Fleire tilsette har heile stillingar ved utgangen av 2025.", "Krevje drøftingsmøte om heiltid",
                                    "Temamøte om AFP og pensjon", "Ingen medlemar er mellombels tilsette utan grunn.", "Be om liste over mellombels tilsette"])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .localGoal, .measure])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, "HTV", "Styret", nil, "HTV"])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 1])
    }

    /// The national template as one table per area: the area across the first row, a
    /// "Hovedmål" row whose second cell holds the national goals one a paragraph, then the
    /// header; a last table "7. Andre tiltak" is a section of its own.
    func testTablePerAreaWithMainGoalRow() throws {
        func cell(_ paragraphs: [String], span: Int = 1) -> String {
            "<w:tc>\(span > 1 ? "<w:tcPr><w:gridSpan w:val=\"\(span)\"/></w:tcPr>" : "")" + paragraphs.map { OfficeFixtures.paragraph($0) }.joined() + "</w:tc>"
        }
        func row(_ cells: String...) -> String { "<w:tr>" + cells.joined() + "</w:tr>" }
        func table(_ area: String, _ national: [String]?, _ rows: [(String, String, String)]) -> String {
            var out = "<w:tbl>" + row(cell([area], span: 3))
            if let national { out += row(cell(["Hovedmål"]), cell(national, span: 2)) }
            out += row(cell(["Mål"]), cell(["Tiltak"]), cell(["Ansvar"]))
            for (goal, measure, who) in rows { out += row(cell(goal.isEmpty ? [] : [goal]), cell([measure]), cell([who])) }
            return out + "</w:tbl>" + OfficeFixtures.paragraph("")
        }
        let body = OfficeFixtures.paragraph("Handlingsplan 2025", style: "Heading1")
            + table("1. Heltid, likelønn og kampen for mindre forskjeller", ["Lønnsgapet mellom kvinner og menn blir mindre.", "Flere kommuner har startet arbeidet med å etablere en heltidskultur."],
                    [("Kommunen vedtar en heltidsplan.", "Be om møte med kommunedirektøren", "Leder"), ("", "Gå gjennom turnusene", "HTV")])
            + table("7. Andre tiltak", nil, [("", "Styremøte første tirsdag i måneden", "Leder"), ("", "Kurs for tillitsvalgte om arbeidstid", "Styret")])
        let plan = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(body)), path: "mal.docx")
        XCTAssertEqual(plan.texts, ["Lønnsgapet mellom kvinner og menn blir mindre.", "Flere kommuner har startet arbeidet med å etablere en heltidskultur.",
                                    "Kommunen vedtar en heltidsplan.", "Be om møte med kommunedirektøren", "Gå gjennom turnusene",
                                    "Styremøte første tirsdag i måneden", "Kurs for tillitsvalgte om arbeidstid"])
        XCTAssertEqual(plan.items.map(\.kind), [.nationalGoal, .nationalGoal, .localGoal, .measure, .measure, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 1, nil, 3])
        XCTAssertEqual(plan.sections.map(\.heading), ["Heltid, likelønn og kampen for mindre forskjeller", "Andre tiltak"])
    }

    /// Measures written as records of labelled lines, the labels column headers' words
    /// ("Kva:" / "Kven:" / "Når:"), a goal label before them: one table, who and when in
    /// their columns, no field an item of its own.
    func testRecordsOfLabelledLinesAreATable() throws {
        let text = "Handlingsplan 2025\n\nHeiltid og likeløn\n\nMål: Delen tilsette med heil stilling aukar i 2025.\n"
            + "Kva: Krevje ein plan for å redusere småstillingar.\nKven: Hovudtillitsvald\nNår: Innan juni\n"
            + "Kva: Halde lønsseminar for tillitsvalde.\nKven: Forhandlingsutvalet\nNår: April\n\n"
            + "Organisasjonsbygging og tariffmakt\n\nKva: Vervestand i forbundsvekene.\nKven: Vervekontakt\nNår: Mai\n"
            + "Kva: Grunnskolering for nye tillitsvalde.\nNår: Løpande\n"
        let plan = try importText(text)
        XCTAssertEqual(plan.texts, ["Delen tilsette med heil stilling aukar i 2025.", "Krevje ein plan for å redusere småstillingar.",
                                    "Halde lønsseminar for tillitsvalde.", "Vervestand i forbundsvekene.", "Grunnskolering for nye tillitsvalde."])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, "Hovudtillitsvald", "Forhandlingsutvalet", "Vervekontakt", nil])
        XCTAssertEqual(plan.items.map(\.deadline), [nil, "Innan juni", "April", "Mai", "Løpande"])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 3, 3])
    }

    /// Headings typed as "Heading:" lines over numbered goals with "-" measures (each heading
    /// once, three or more); a short numbered goal after a long one of its list, with measures
    /// of its own, is the list's next goal, not a heading. The same "Vi vil:" over every list
    /// is an introduction, not a heading.
    func testColonHeadingsAndShortNumberedGoals() throws {
        let text = "Handlingsplan 2025\n\nVerving og organisering:\n1) Vi skal være 1700 medlemmer innen utgangen av året\n   - vervestand på senteret\n"
            + "2) Alle arbeidsplasser skal ha plasstillitsvalgt\n   - supplere valg der vi mangler tillitsvalgt\n\n"
            + "Heltid og deltid:\n1) Flere av medlemmene i helse og omsorg har hele stillinger\n   - kreve ny gjennomgang av turnusene\n\n"
            + "Sosialt:\n1) Julebord for tillitsvalgte i desember\n2) Sommertur for medlemmene\n"
        let plan = try importText(text)
        XCTAssertEqual(plan.sections.map(\.heading), ["Verving og organisering", "Heltid og deltid", "Sosialt"])
        XCTAssertEqual(plan.texts, ["Vi skal være 1700 medlemmer innen utgangen av året", "vervestand på senteret", "Alle arbeidsplasser skal ha plasstillitsvalgt",
                                    "supplere valg der vi mangler tillitsvalgt", "Flere av medlemmene i helse og omsorg har hele stillinger",
                                    "kreve ny gjennomgang av turnusene", "Julebord for tillitsvalgte i desember", "Sommertur for medlemmene"])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .localGoal, .measure, .localGoal, .measure, .measure, .measure])
        XCTAssertEqual(plan.items[4...5].map(\.area), [1, 1], "under a heading that names an area")
        let intro = "Handlingsplan 2025\n\nHeltid og likelønn\n\nVi vil:\n- Flere i hele stillinger\nSlik gjør vi det:\n- Kurs om heltid\n\n"
            + "Organisasjon\n\nVi vil:\n- Flere medlemmer\nSlik gjør vi det:\n- Vervekampanje\n\nDigitalisering\n\nVi vil:\n- Alle bruker Teams\n"
        XCTAssertEqual(try importText(intro).sections.map(\.heading), ["Heltid og likelønn", "Organisasjon", "Digitalisering"])
    }

    /// Who is responsible after " / " or in brackets at the end of item after item, whatever
    /// the name: the plan's own way of writing who. Once only, it stays text.
    func testWhoAfterASlashOrInBracketsWhereThePlanDoesSoAgain() throws {
        let text = "Handlingsplan 2025\n\nTiltak:\n- vervestand på senteret to lørdager / styret\n- besøke alle avdelinger [vervekontakt]\n"
            + "- ringe nye medlemmer første uka / medlemsansvarlig\n- lage faktaark om egenregi / nestleder\n- be om tall på innleie [HTV]\n"
            + "- temamøte om AFP og særaldersgrense [pensjonistkontakt]\n"
        let plan = try importText(text)
        XCTAssertEqual(plan.texts, ["vervestand på senteret to lørdager", "besøke alle avdelinger", "ringe nye medlemmer første uka",
                                    "lage faktaark om egenregi", "be om tall på innleie", "temamøte om AFP og særaldersgrense"])
        XCTAssertEqual(plan.items.map(\.responsible), ["styret", "vervekontakt", "medlemsansvarlig", "nestleder", "HTV", "pensjonistkontakt"])
        let once = try importText("Handlingsplan 2025\n\nTiltak:\n- kurs i lønn / arbeidstid\n- verve flere\n")
        XCTAssertEqual(once.texts, ["kurs i lønn / arbeidstid", "verve flere"])
    }

    /// A heading in capitals right above its "Mål:" line, no blank line between, after
    /// "Tiltak:" lines (whose group would take it as one more measure).
    func testCapitalHeadingWithoutABlankLineAfterIt() throws {
        let text = "HANDLINGSPLAN 2025\n\nHELTID OG LIKELØNN\nMål: Flere går over fra deltid til hel stilling.\n    Tiltak: Kreve oversikt over deltid.\n\n"
            + "VERVING OG TILLITSVALGTE\nMål: Fagforeningen har 1 400 medlemmer.\n- Vervedag på alle sykehjem\n"
        let plan = try importText(text)
        XCTAssertEqual(plan.texts, ["Flere går over fra deltid til hel stilling.", "Kreve oversikt over deltid.", "Fagforeningen har 1 400 medlemmer.", "Vervedag på alle sykehjem"])
        XCTAssertEqual(plan.sections.map(\.heading), ["HELTID OG LIKELØNN", "VERVING OG TILLITSVALGTE"])
    }

    /// A year plan: "Aktivitet" and then the months as the header, marks under them. The
    /// header is no item, the activities are measures.
    func testYearPlanWithMonthsAsColumns() throws {
        let text = "Handlingsplan 2025\n\nÅrshjul\n\nAktivitet\tJan\tFeb\tMar\tApr\n"
            + "Styremøte\tx\tx\tx\tx\nÅrsmøte\t\tx\t\t\nMedlemsmøte om pensjon\t\t\tx\t\nVervekampanje\t\t\t\tx\n"
        let plan = try importText(text)
        XCTAssertEqual(plan.texts, ["Styremøte", "Årsmøte", "Medlemsmøte om pensjon", "Vervekampanje"])
        XCTAssertEqual(Set(plan.items.map(\.kind)), [.measure])
    }

    /// One table per area under the same header whose words no vocabulary names ("Hva vi
    /// vil oppnå | Slik gjør vi det"): the header is known by its repetition, the goal column
    /// by its cells (states to reach), and a cell's lines parted by line breaks are its items.
    func testRepeatedHeaderAndLineBrokenCells() throws {
        func lines(_ texts: [String]) -> String {
            "<w:tc><w:p><w:r>" + texts.map { "<w:t xml:space=\"preserve\">\($0)</w:t>" }.joined(separator: "<w:br/>") + "</w:r></w:p></w:tc>"
        }
        func table(_ rows: [([String], [String])]) -> String {
            "<w:tbl><w:tr>" + lines(["Hva vi vil oppnå"]) + lines(["Slik gjør vi det"]) + "</w:tr>"
                + rows.map { "<w:tr>" + lines($0.0) + lines($0.1) + "</w:tr>" }.joined() + "</w:tbl>"
        }
        let body = OfficeFixtures.paragraph("Handlingsplan 2026", style: "Heading1") + OfficeFixtures.paragraph("1. Heltid og likelønn", style: "Heading1")
            + table([(["Flere medlemmer har hele, faste stillinger innen 2027."], ["Kreve drøftingsmøter om heltid.", "Kartlegge uønsket deltid i hjemmetjenesten."]),
                     (["Lønnsforskjellene mellom kvinner og menn blir mindre.", "Medlemmene kjenner pensjonsrettighetene sine."], ["Lage lønnsstatistikk før forhandlingene."])])
            + OfficeFixtures.paragraph("3. Organisasjonsbygging og tariffmakt", style: "Heading1")
            + table([(["Avdelingen har 2 400 medlemmer ved utgangen av 2027."], ["Vervekampanje i forbundsukene.", "Arbeidsplassbesøk på alle sykehjem."])])
        let plan = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(body)), path: "tabeller.docx")
        XCTAssertEqual(plan.texts, ["Flere medlemmer har hele, faste stillinger innen 2027.", "Kreve drøftingsmøter om heltid.", "Kartlegge uønsket deltid i hjemmetjenesten.",
                                    "Lønnsforskjellene mellom kvinner og menn blir mindre.", "Medlemmene kjenner pensjonsrettighetene sine.",
                                    "Lage lønnsstatistikk før forhandlingene.", "Avdelingen har 2 400 medlemmer ved utgangen av 2027.",
                                    "Vervekampanje i forbundsukene.", "Arbeidsplassbesøk på alle sykehjem."])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .localGoal, .localGoal, .measure, .localGoal, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 1, 1, 3, 3, 3])
    }

    /// A definition list from pandoc: term paragraphs of one style, definitions of another
    /// under each, again and again. A term over its definitions is a goal over its measures;
    /// the term "Hovudmål" is a label whose definitions are national goals; a term of a word
    /// ("Sosialt") only groups them.
    func testTermsAndDefinitionsAreAnOutline() throws {
        let styles = OfficeFixtures.styles.replacingOccurrences(of: "</w:styles>", with: """
            <w:style w:type="paragraph" w:styleId="DefinitionTerm"><w:name w:val="Definition Term"/></w:style>
            <w:style w:type="paragraph" w:styleId="Definition"><w:name w:val="Definition"/></w:style></w:styles>
            """)
        let t = { (s: String) in OfficeFixtures.paragraph(s, style: "DefinitionTerm") }
        let d = { (s: String) in OfficeFixtures.paragraph(s, style: "Definition") }
        let body = OfficeFixtures.paragraph("Heiltid og likeløn", style: "Heading1") + t("Fleire medlemmar har heile, faste stillingar.")
            + d("Krevje drøftingsmøte om heiltidskultur.") + d("Følgje opp kravet om utvida stilling.")
            + OfficeFixtures.paragraph("Offentlege tenester med eigne tilsette", style: "Heading1") + t("Hovudmål")
            + d("Motvirke konkurranseutsetjing og privatisering gjennom aktivt fagligpolitisk samarbeid.")
            + t("Reinhaldet blir drive av heradet sjølv.") + d("Krevje oversikt over kjøp av tenester.")
            + OfficeFixtures.paragraph("Drift og sosialt", style: "Heading1") + t("Sosialt") + d("Julebord for tillitsvalde.") + d("Sommartur for medlemmane.")
        let plan = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(body), styles: styles), path: "definisjonar.docx")
        XCTAssertEqual(plan.texts, ["Fleire medlemmar har heile, faste stillingar.", "Krevje drøftingsmøte om heiltidskultur.", "Følgje opp kravet om utvida stilling.",
                                    "Motvirke konkurranseutsetjing og privatisering gjennom aktivt fagligpolitisk samarbeid.",
                                    "Reinhaldet blir drive av heradet sjølv.", "Krevje oversikt over kjøp av tenester.", "Julebord for tillitsvalde.", "Sommartur for medlemmane."])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .nationalGoal, .localGoal, .measure, .measure, .measure])
    }

    /// Tables drawn with characters (pandoc's grid tables, box drawing): rules end rows,
    /// a cell's text wraps over the lines between them.
    func testTablesDrawnWithCharacters() throws {
        let ascii = """
        Handlingsplan 2026

        1 Heltid og likelønn

        +--------------------------------+------------+-------------+
        | Tiltak                         | Ansvar     | Frist       |
        +================================+============+=============+
        | Kreve drøftingsmøter om heltid | HTV        | Mars 2026   |
        | i alle turnusenheter           |            |             |
        +--------------------------------+------------+-------------+
        | Medlemsmøte om AFP og pensjon  | Leder      | Oktober     |
        +--------------------------------+------------+-------------+

        """
        let box = """
        Handlingsplan 2026

        1 Heltid og likelønn

        ┌────────────────────────────────┬────────────┬─────────────┐
        │ Tiltak                         │ Ansvar     │ Frist       │
        ├────────────────────────────────┼────────────┼─────────────┤
        │ Kreve drøftingsmøter om heltid │ HTV        │ Mars 2026   │
        │ i alle turnusenheter           │            │             │
        ├────────────────────────────────┼────────────┼─────────────┤
        │ Medlemsmøte om AFP og pensjon  │ Leder      │ Oktober     │
        └────────────────────────────────┴────────────┴─────────────┘

        """
        for text in [ascii, box] {
            let plan = try importText(text)
            XCTAssertEqual(plan.texts, ["Kreve drøftingsmøter om heltid i alle turnusenheter", "Medlemsmøte om AFP og pensjon"])
            XCTAssertEqual(plan.items.map(\.responsible), ["HTV", "Leder"])
            XCTAssertEqual(plan.items.map(\.deadline), ["Mars 2026", "Oktober"])
            XCTAssertEqual(plan.items.map(\.area), [1, 1])
        }
    }

    /// A spreadsheet whose "Type" column says each row's kind with a label ("Mål", "Tiltak").
    func testKindColumnOfLabels() throws {
        let text = "Handlingsplan 2026\n\nOmråde\tType\tKva\tAnsvarleg\n"
            + "1 Heiltid\tMål\tFleire deltidstilsette får auka stillingsprosent.\t\n1 Heiltid\tTiltak\tKrevje drøftingsmøte om heiltid\tHTV\n"
            + "1 Heiltid\tTiltak\tMedlemsmøte om AFP\tLeiar\n3 Organisasjon\tMål\tVi skal vere 420 medlemmar.\t\n3 Organisasjon\tTiltak\tVervekampanje\tStyret\n"
        let plan = try importText(text)
        XCTAssertEqual(plan.texts, ["Fleire deltidstilsette får auka stillingsprosent.", "Krevje drøftingsmøte om heiltid", "Medlemsmøte om AFP",
                                    "Vi skal vere 420 medlemmar.", "Vervekampanje"])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .localGoal, .measure])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, "HTV", "Leiar", nil, "Styret"])
    }

    /// Paragraph styles named by a label ("Mål", "Tiltak", "Hovudmål"; a direct format over
    /// one of them is an automatic style whose parent it is) say the kind, in ODT and DOCX;
    /// paragraphs of other styles are read as before.
    func testParagraphStylesNamedByLabels() throws {
        let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        let content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="\(style)">
        <office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Tiltak"/></office:automatic-styles>
        <office:body><office:text>
        <text:h text:outline-level="1">Organisasjon og tariffmakt</text:h>
        <text:p text:style-name="Utfordring">Organisasjonsgraden i barnehagane har gått ned.</text:p>
        <text:p text:style-name="M_e5_l">Alle einingar har plasstillitsvald.</text:p>
        <text:p text:style-name="Tiltak">Verveaksjon i forbundsvekene.</text:p>
        <text:p text:style-name="P1">Besøkje lærlingane kvart haustsemester.</text:p>
        </office:text></office:body></office:document-content>
        """
        let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="\(style)"><office:styles>
        <style:style style:name="Utfordring" style:family="paragraph"/><style:style style:name="M_e5_l" style:display-name="Mål" style:family="paragraph"/>
        <style:style style:name="Tiltak" style:family="paragraph"/></office:styles></office:document-styles>
        """
        var reader = OpenDocumentReader(styles: try OfficeDocument.parse(Data(styles.utf8), part: "styles.xml"))
        let blocks = reader.read(content: try OfficeDocument.parse(Data(content.utf8), part: "content.xml"))
        XCTAssertEqual(blocks.map(\.styles), [[], ["Utfordring"], ["Mål"], ["Tiltak"], ["Tiltak"]])
        let read = Structurer.structure(blocks)
        XCTAssertEqual(read.items.map(\.text), ["Alle einingar har plasstillitsvald.", "Verveaksjon i forbundsvekene.", "Besøkje lærlingane kvart haustsemester."])
        XCTAssertEqual(read.items.map(\.kind), [.localGoal, .measure, .measure])

        let wordStyles = OfficeFixtures.styles.replacingOccurrences(of: "</w:styles>", with: """
            <w:style w:type="paragraph" w:styleId="Mlsetting"><w:name w:val="Målsetting"/></w:style>
            <w:style w:type="paragraph" w:styleId="Tiltak2"><w:name w:val="Tiltak liste"/></w:style>
            <w:style w:type="paragraph" w:styleId="Aktivitet"><w:name w:val="Aktivitet"/></w:style></w:styles>
            """)
        let body = OfficeFixtures.paragraph("Heltid og likelønn", style: "Heading1") + OfficeFixtures.paragraph("Flere jobber heltid.", style: "Mlsetting")
            + OfficeFixtures.paragraph("Medlemsmøte om heltid.", style: "Aktivitet") + OfficeFixtures.paragraph("Styret følger opp planen.")
        let plan = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(body), styles: wordStyles), path: "stiler.docx")
        XCTAssertEqual(plan.texts, ["Flere jobber heltid.", "Medlemsmøte om heltid."])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure])
    }

    /// Prose: each sentence in which the branch commits itself is a goal; description
    /// and what others will do are not; "Tiltak:" lines are measures, "X: who" names who.
    func testProseGoalsAndTiltakLines() throws {
        let plan = try importFixture("prose.txt")
        XCTAssertEqual(plan.texts, [
            "Vi skal arbeide for at heile stillingar blir normalen.",
            "Målet er at fleire medlemar får faste stillingar i perioden.",
            "Krevje drøftingsmøte om deltid i alle einingar.",
            "Følgje opp alle utlysingar av små stillingar.",
            "Fagforeininga vil vere synleg i valkampen.",
            "Møte gruppeleiarane før budsjettet",
            "Stand i valkampen 2025",
        ])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .localGoal, .measure, .measure, .localGoal, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 5, 5, 5])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, nil, nil, nil, nil, "leiar", "styret"])
        XCTAssertEqual(plan.sections.map(\.heading), ["Heiltid og likeløn", "Politisk arbeid"])
        XCTAssertEqual(plan.plan.language, .nynorsk)
    }

    /// Arrow bullets (a list style Word offers) are markers, not text; "– ansvar:" before the
    /// responsible is taken off the measure, as ", ansvar:" and " ansvar:" are.
    func testArrowBulletsAndAnsvarBeforeTheResponsible() throws {
        let plan = try importText("""
            Heiltid og likeløn

            Tiltak:
            → Kartleggje deltid i heimetenesta – ansvar: leiar
            ➢ Krevje drøftingsmøte om utlysingar, ansvar: styret
            ► Følgje opp alle små stillingar ansvar: HTV
            """)
        XCTAssertEqual(plan.texts, ["Kartleggje deltid i heimetenesta", "Krevje drøftingsmøte om utlysingar", "Følgje opp alle små stillingar"])
        XCTAssertEqual(plan.items.map(\.responsible), ["leiar", "styret", "HTV"])
        XCTAssertEqual(plan.items.map(\.kind), [.measure, .measure, .measure])
    }

    /// A list under no heading and no label: the wording decides the kind, the words the area.
    func testKindsAndAreasByWordingWithoutLabels() throws {
        let plan = try importFixture("unlabelled-list.txt")
        XCTAssertEqual(plan.items.count, 7, "the list intro, the title block and the signature are no items")
        XCTAssertEqual(plan.items.map(\.kind), [.measure, .localGoal, .measure, .localGoal, .measure, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.area), [3, 3, 4, 1, 5, 6, nil])
        XCTAssertTrue(plan.sections.isEmpty)
        XCTAssertEqual(plan.plan.periodFrom, 2025, "«Handlingsplan 2025» is a one-year period")
        XCTAssertEqual(plan.plan.periodTo, 2025)
    }

    /// One Word table: a header Mål | Tiltak | Ansvarleg | Når, area rows across the table,
    /// goal cells merged down over their measures, empty cells.
    static func goalTableDocx() throws -> [UInt8] {
        func cell(_ text: String, span: Int = 1, merge: String? = nil) -> String {
            var pr = span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : ""
            if let merge { pr += merge == "continue" ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>" }
            return "<w:tc>\(pr.isEmpty ? "" : "<w:tcPr>\(pr)</w:tcPr>")<w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        func row(_ cells: String) -> String { "<w:tr>\(cells)</w:tr>" }
        let body = OfficeFixtures.paragraph("Handlingsplan 2025", style: "Heading1")
            + OfficeFixtures.paragraph("Fagforbundet Tabelldal, avdeling 905")
            + OfficeFixtures.paragraph("Vedteken på årsmøtet 3.2.25")
            + "<w:tbl>"
            + row(cell("Mål") + cell("Tiltak") + cell("Ansvarleg") + cell("Når"))
            + row(cell("1. Heiltid, likeløn og kampen for mindre ulikheiter", span: 4))
            + row(cell("Fleire medlemar har heile stillingar.", merge: "restart") + cell("Krevje drøftingsmøte om deltid") + cell("HTV") + cell("Våren 2025"))
            + row(cell("", merge: "continue") + cell("Kurs i lokale forhandlingar") + cell("") + cell("Hausten 2025"))
            + row(cell("7. Anna", span: 4))
            + row(cell("") + cell("Julebord for tillitsvalde") + cell("Styret") + cell("Desember"))
            + "</w:tbl>"
        return try OfficeFixtures.docx(document: OfficeFixtures.document(body))
    }

    func testGoalAndActionColumns() throws {
        let plan = try PlanImporter().importBytes(try Self.goalTableDocx(), path: "tabell.docx")
        XCTAssertEqual(plan.texts, ["Fleire medlemar har heile stillingar.", "Krevje drøftingsmøte om deltid", "Kurs i lokale forhandlingar", "Julebord for tillitsvalde"])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .measure], "a merged goal cell counts once")
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, nil])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, "HTV", nil, "Styret"], "goal cells carry no responsible")
        XCTAssertEqual(plan.items.map(\.deadline), [nil, "Våren 2025", "Hausten 2025", "Desember"])
        XCTAssertEqual(plan.sections.map(\.heading), ["Heiltid, likeløn og kampen for mindre ulikheiter", "Anna"])
        XCTAssertEqual(plan.plan.union, "Fagforbundet Tabelldal")
        XCTAssertEqual(plan.plan.branch, "905")
        XCTAssertEqual(plan.plan.adopted, "2025-02-03")
    }

    /// A Word table of two columns: the area merged down the first, goals and measures in the
    /// second, who and when written into the measures' cells ("Ansvar: HTV. Frist: juni 2025.").
    /// A row whose sentence states what shall be and has neither is a goal, in the area's first
    /// row or further down; one with them is a measure however it is worded.
    func testGoalRowsAmongMeasuresWithInlineFields() throws {
        func cell(_ text: String, merge: String? = nil) -> String {
            let pr = merge.map { $0 == "continue" ? "<w:tcPr><w:vMerge/></w:tcPr>" : "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" } ?? ""
            return "<w:tc>\(pr)<w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        func row(_ area: String?, _ text: String) -> String { "<w:tr>" + cell(area ?? "", merge: area == nil ? "continue" : "restart") + cell(text) + "</w:tr>" }
        let body = OfficeFixtures.paragraph("Handlingsplan 2026", style: "Heading1") + "<w:tbl>"
            + row("Heltid og likelønn", "Flere deltidsansatte i barnehagene får økt stillingen sin.")
            + row(nil, "Kreve drøftingsmøte om deltid i barnehagene. Ansvar: HTV. Frist: juni 2026.")
            + row(nil, "Fagarbeiderne i renholdet forblir ansatt i kommunen.")
            + row(nil, "Alle nye medlemmer får et velkomstbrev. Ansvar: Medlemsansvarlig.")
            + row("Organisasjonsbygging", "Medlemsmøte om tariffoppgjøret. Frist: mars 2026.")
            + "</w:tbl>"
        let plan = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(body)), path: "to-kolonner.docx")
        XCTAssertEqual(plan.texts, ["Flere deltidsansatte i barnehagene får økt stillingen sin.", "Kreve drøftingsmøte om deltid i barnehagene.",
                                    "Fagarbeiderne i renholdet forblir ansatt i kommunen.", "Alle nye medlemmer får et velkomstbrev.",
                                    "Medlemsmøte om tariffoppgjøret."])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .localGoal, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, "HTV", nil, "Medlemsansvarlig", nil])
    }

    /// The same file gives the same bytes every time. The bug this guards against (a goal
    /// column and an action column chose the text column by dictionary order) showed only
    /// from one process to the next, as Swift seeds its hashing per process: so the built
    /// tool is run several times, never the importer several times in one process.
    func testImportIsDeterministicFromRunToRun() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = dir.appendingPathComponent("tabell.docx")
        try Data(try Self.goalTableDocx()).write(to: table)
        var inputs = [table.path]
        let devset = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/devset/plans")
        for name in ["dev05_bodo.docx", "dev15_steinkjer.odt"] where FileManager.default.fileExists(atPath: devset.appendingPathComponent(name).path) {
            inputs.append(devset.appendingPathComponent(name).path)
        }
        let first = try runTool(["import"] + inputs + ["-q"])
        XCTAssertEqual(first.status, 0, first.stderr)
        for _ in 0..<6 {
            XCTAssertEqual(try runTool(["import"] + inputs + ["-q"]).stdout, first.stdout, "the same bytes in every run")
        }
    }

    /// Plain words that the first version left unmapped or mapped against their sense.
    func testContentWords() {
        let mapper = AreaMapper()
        let cases: [(String, Int?)] = [
            ("hele stillinger", 1), ("digitale verktøy", 6), ("møte gruppelederne før budsjettet", 5),
            ("medlemmar", 3), ("Facebook-sida", 3), ("nyheitsbrev", 3),
            ("Gave til medlemmer som går av med pensjon", nil), ("Sommartur for pensjonistane", nil),
            ("Kurs i lokale lønnsforhandlinger for tillitsvalgte", 1), ("Kurs i Tillitsvalgtportalen", 6),
            ("Medlemsverving på sykehjemmene", 3), ("Nettbrettkurs for pensjonister", 6),
            ("Lage oversikt over arbeidsplasser", nil),
        ]
        for (text, area) in cases {
            XCTAssertEqual(mapper.mapWords(text).area, area, text)
        }
        let evidence = mapper.mapWords("Kurs i lokale lønnsforhandlinger for tillitsvalgte").mapping.evidence ?? ""
        XCTAssertTrue(evidence.contains("lønnsforhandlinger") && evidence.contains("mot 3"), "evidence names the words and the runner-up: \(evidence)")
    }
}
