import Foundation
import XCTest
@testable import Handlingsplan

/// Shapes a whole document takes that say how it is to be read (blind batch b8): an outline
/// of headings alone, records set out as tables of label and value, points run in under topics.
final class DocumentShapeTests: XCTestCase {
    private func p(_ text: String, style: String? = nil) -> String { OfficeFixtures.paragraph(text, style: style) }

    /// Slides pasted into Word: slide titles Heading 1, their points Heading 2 and 3, no body
    /// text. The lower levels are the outline's points: goals, and the measures under them.
    func testAnOutlineOfHeadingsAloneIsAListUnderItsTopLevel() throws {
        let h2 = "Overskrift2"
        var body = p("Handlingsplan 2026", style: "Heading1") + p("Fagforbundet Halden avd. 123", style: h2)
        body += p("Heltid og likelønn", style: "Heading1")
            + p("Flere hele og faste stillinger i helse og omsorg", style: h2)
        // Heading 3 is not in the fixture's styles: its outline level says it.
        body += OfficeFixtures.paragraph("Kreve heltidsplan i alle enheter med turnus", outline: 2)
            + OfficeFixtures.paragraph("Drøftingsmøte om uønsket deltid hvert år", outline: 2)
        body += p("Organisasjonsbygging", style: "Heading1")
            + p("Flere medlemmer i private barnehager", style: h2)
        body += OfficeFixtures.paragraph("Vervekampanje i forbundsukene", outline: 2)
            + OfficeFixtures.paragraph("Besøke alle barnehager i perioden", outline: 2)
        let plan = try OfficeFixtures.importDocx(body)
        let measures = plan.items(.measure).map(\.text)
        XCTAssertEqual(measures, ["Kreve heltidsplan i alle enheter med turnus", "Drøftingsmøte om uønsket deltid hvert år",
                                  "Vervekampanje i forbundsukene", "Besøke alle barnehager i perioden"])
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere hele og faste stillinger i helse og omsorg", "Flere medlemmer i private barnehager"])
        XCTAssertEqual(plan.items.filter { $0.kind != .nationalGoal }.map(\.area), [1, 1, 1, 3, 3, 3])
    }

    /// A document with body text keeps its headings as headings.
    func testHeadingsOverBodyTextStayHeadings() {
        let blocks = (1...12).flatMap { i in
            [Block(kind: .heading(level: 2), text: "Overskrift \(i)", number: nil, lines: [], source: .paragraph(i)),
             Block(kind: .paragraph, text: "Tekst \(i).", number: nil, lines: [], source: .paragraph(i))]
        }
        XCTAssertEqual(HeadingOutline.relist(blocks), blocks)
    }

    /// Points run in under topics ("Verving: Vi vervar …"), a goal's label that comes again in
    /// every area ("Målet vårt:"): the topics are the goal's measures, their lead-in no part of
    /// the text; the goal is the goal.
    func testRunInTopicsArePointsAndARecurringLabelIsAField() throws {
        let text = """
        Heiltid og likeløn

        Målet vårt: Alle som ønskjer det, skal få ei heil stilling innan 2028.

        Heiltidsplan: Vi krev at kommunen vedtek ein heiltidsplan for kvar eining.

        Fortrinnsrett: Tillitsvalde hjelper medlemmar som vil bruke fortrinnsretten.

        Organisasjonsbygging og tariffmakt

        Målet vårt: Fagforeininga skal ha 260 medlemmar ved årsskiftet.

        Verving: Vi vervar på alle arbeidsplassar i forbundsvekene.

        Skulering: Vi held grunnskulering for nye tillitsvalde innan eitt år.
        """
        let plan = try importText(text)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Alle som ønskjer det, skal få ei heil stilling innan 2028.", "Fagforeininga skal ha 260 medlemmar ved årsskiftet."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Vi krev at kommunen vedtek ein heiltidsplan for kvar eining.",
                                                         "Tillitsvalde hjelper medlemmar som vil bruke fortrinnsretten.",
                                                         "Vi vervar på alle arbeidsplassar i forbundsvekene.", "Vi held grunnskulering for nye tillitsvalde innan eitt år."])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 3, 3, 3])
    }

    /// "Ansvar: Styret" lines and the like are fields, never run-in topics.
    func testFieldLabelsAreNoTopics() {
        XCTAssertNil(RunInPoints.leadIn("Ansvar: Styret og leiar i fagforeininga saman"))
        XCTAssertNil(RunInPoints.leadIn("Frist: Innan utgangen av mars 2026"))
        XCTAssertNotNil(RunInPoints.leadIn("Verving: Vi vervar på alle arbeidsplassar."))
    }

    /// Goals written as sub-headings under each area, each with its numbered measures: the
    /// sub-headings are the goals; a plan whose sub-headings are topics keeps them as sections.
    func testGoalsWrittenAsSubheadingsAreGoals() throws {
        let h2 = "Overskrift2"
        func measure(_ text: String) -> String { OfficeFixtures.paragraph(text, numId: 1) }
        var body = p("Heltid, likelønn og kampen for mindre forskjeller", style: "Heading1")
        body += p("Flere ansatte i kommunen har hele stillinger", style: h2) + measure("Kreve at heltidsplanen følges opp i alle enheter")
            + measure("Bistå medlemmer som vil bruke fortrinnsretten")
        body += p("Lønnsutviklingen for våre grupper er minst like god som for andre", style: h2) + measure("Utarbeide lønnsstatistikk før forhandlingene")
        body += p("Organisasjonsbygging og tariffmakt", style: "Heading1")
        body += p("Fagforeningen har 5 500 medlemmer ved utgangen av 2026", style: h2) + measure("Vervekampanje i uke 38 med besøk på alle sykehjem")
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere ansatte i kommunen har hele stillinger",
                                                          "Lønnsutviklingen for våre grupper er minst like god som for andre",
                                                          "Fagforeningen har 5 500 medlemmer ved utgangen av 2026"])
        XCTAssertEqual(plan.items(.measure).count, 4)
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 1, 3, 3])

        var topics = p("Organisasjonsbygging og tariffmakt", style: "Heading1")
        for topic in ["Verving", "Tillitsvalgte", "Lønn og pensjon"] {
            topics += p(topic, style: h2) + measure("Kurs for alle nye medlemmer om \(topic.lowercased())")
        }
        let grouped = try OfficeFixtures.importDocx(topics)
        XCTAssertTrue(grouped.items(.localGoal).isEmpty, "topics are no goals: \(grouped.texts)")
        XCTAssertEqual(grouped.items(.measure).count, 3)
    }

    /// A form's content controls that show their placeholder, and its prompts in brackets, are
    /// no part of the plan.
    func testAFormsUnfilledFieldsAndPromptsAreNoItems() throws {
        let placeholder = "<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Klikk eller trykk her for å skrive inn tekst.</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        let filled = "<w:p><w:sdt><w:sdtPr><w:alias w:val=\"Tiltak\"/></w:sdtPr><w:sdtContent><w:r><w:t>Verve 40 nye medlemmer i private barnehagar</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        let body = p("Organisasjonsbygging og tariffmakt", style: "Heading1") + p("Tiltak:") + p("(Skriv inn eigne tiltak. Legg til fleire rader ved behov.)")
            + filled + placeholder
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.texts, ["Verve 40 nye medlemmer i private barnehagar"])
    }

    /// One table per goal, a row a field: "Mål", "Tiltak" (a measure a paragraph), "Ansvarlig",
    /// "Frist", and a field of no role ("Indikator"): one record, who and when on every measure.
    func testATableOfLabelAndValueIsOneRecord() throws {
        func cell(_ text: String) -> String {
            "<w:tc>" + text.split(separator: "|").map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>"
        }
        func row(_ label: String, _ value: String) -> String { "<w:tr>\(cell(label))\(cell(value))</w:tr>" }
        let body = p("Heltid og likelønn", style: "Heading1") + "<w:tbl>"
            + row("Mål", "Flere medlemmer i kommunen har hele stillinger.")
            + row("Tiltak", "Kreve at heltidsstrategien evalueres i 2026|Bistå medlemmer som krever stillingsutvidelse")
            + row("Ansvarlig", "HTV i kommunen") + row("Frist", "31. desember 2026")
            + row("Indikator", "Andel ansatte i hele stillinger i årsrapporten") + "</w:tbl>"
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere medlemmer i kommunen har hele stillinger."])
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Kreve at heltidsstrategien evalueres i 2026", "Bistå medlemmer som krever stillingsutvidelse"])
        XCTAssertEqual(measures.map(\.responsible), ["HTV i kommunen", "HTV i kommunen"])
        XCTAssertEqual(measures.map(\.deadline), ["31. desember 2026", "31. desember 2026"])
        XCTAssertFalse(plan.texts.contains { $0.hasPrefix("Andel ansatte") }, "the indicator is no item")
    }

    /// A matrix with an area a column and a row a goal label or a time (blind batch b9): read
    /// down each column, its area's goals and measures, each measure with its row's time.
    func testAMatrixOfAreasByColumnIsOneSectionAColumn() throws {
        func cell(_ text: String) -> String {
            "<w:tc>" + text.split(separator: "|", omittingEmptySubsequences: false).map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>"
        }
        func row(_ cells: String...) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }
        let body = p("Handlingsplan 2027", style: "Heading1") + "<w:tbl>"
            + row("", "Organisasjon og tariffmakt", "Fag og kompetanse", "Politisk påverknad")
            + row("Måla våre", "Alle einingar har ein plasstillitsvald.", "Fleire assistentar tek fagbrev.", "Politikarane kjenner meininga vår.")
            + row("Vår 2027", "Vervekampanje i forbundsveka.|Grunnskolering for nye tillitsvalde.", "Informasjonsmøte om praksiskandidatordninga.", "–")
            + row("Haust 2027", "Besøk hjå lærlingane.", "", "Budsjettmøte med gruppeleiarane.")
            + "</w:tbl>" + p("Drift", style: "Heading1") + p("Styremøte kvar månad.")
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Alle einingar har ein plasstillitsvald.", "Fleire assistentar tek fagbrev.", "Politikarane kjenner meininga vår."])
        XCTAssertEqual(plan.items(.localGoal).map(\.area), [3, 4, 5])
        let measures = plan.items(.measure).filter { $0.deadline != nil }
        XCTAssertEqual(measures.map(\.text), ["Vervekampanje i forbundsveka.", "Grunnskolering for nye tillitsvalde.", "Besøk hjå lærlingane.",
                                              "Informasjonsmøte om praksiskandidatordninga.", "Budsjettmøte med gruppeleiarane."])
        XCTAssertEqual(measures.map(\.area), [3, 3, 3, 4, 5])
        XCTAssertEqual(measures.map(\.deadline), ["Vår 2027", "Vår 2027", "Haust 2027", "Vår 2027", "Haust 2027"])
        XCTAssertFalse(plan.texts.contains("–"), "an empty cell's dash is no item")
    }

    /// A table whose header names areas but whose first column holds sentences is no matrix.
    func testATableOfSentencesUnderAreaHeadersIsNoMatrix() {
        func c(_ t: String) -> TableCell { TableCell(text: t, source: .paragraph(1)) }
        let header = TableRow(cells: [c(""), c("Organisasjon og tariffmakt"), c("Fag og kompetanse"), c("Politisk påverknad")], source: .paragraph(1))
        let row = TableRow(cells: [c("Vi skal verve fleire medlemmar i år."), c("a"), c("b"), c("c")], source: .paragraph(2))
        XCTAssertNil(AreaMatrix.areaColumns(Table(rows: [header, row])))
        XCTAssertEqual(AreaMatrix.areaColumns(Table(rows: [header, TableRow(cells: [c("Mål"), c("a"), c("b"), c("c")], source: .paragraph(2))])), [1, 2, 3])
    }

    /// Lists written inside one paragraph (blind batch b10): an enumeration "1) …; 2) …" after a
    /// lead-in, and a label's items split by semicolons; who in "(ansv.: …)" comes off the text.
    func testAListWrittenInsideOneParagraphGivesAnItemAPart() throws {
        let plan = try importText("""
        Handlingsplan 2026 for Fagforbundet Hareid

        ORGANISASJON OG TARIFFMAKT

        Status i dag: vi har 415 medlemar; fire arbeidsplassar manglar tillitsvald.

        Mål: vi skal passere 450 medlemar innan nyttår; alle arbeidsplassar skal ha plasstillitsvald.

        Tiltak: vervestand på sjukeheimen i forbundsvekene; telefon til alle nye medlemar (ansv.: sekretær); grunnopplæring for nye tillitsvalde (ansv.: leiar).

        FAG OG KOMPETANSE

        Konkret vil vi: 1) arrangere informasjonsmøte om fagbrev på jobb; 2) delta i 1. mai-toget og på torget; 3) markere helsefagarbeidardagen.
        """)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["vi skal passere 450 medlemar innan nyttår", "alle arbeidsplassar skal ha plasstillitsvald."])
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["vervestand på sjukeheimen i forbundsvekene", "telefon til alle nye medlemar", "grunnopplæring for nye tillitsvalde",
                                              "arrangere informasjonsmøte om fagbrev på jobb", "delta i 1. mai-toget og på torget", "markere helsefagarbeidardagen."])
        XCTAssertEqual(measures.map(\.responsible), [nil, "sekretær", "leiar", nil, nil, nil])
        XCTAssertEqual(measures.map(\.area), [3, 3, 3, 4, 4, 4])
        XCTAssertFalse(plan.texts.contains { $0.contains("415") }, "a semicolon list without a goal's or measure's label stays prose")
    }

    func testAnEnumerationCountsUpFromItsFirstMarker() {
        XCTAssertEqual(InlineLists.enumeration("Vi vil: a) verve fleire medlemar; b) skolere tillitsvalde.")?.parts, ["verve fleire medlemar", "skolere tillitsvalde."])
        XCTAssertNil(InlineLists.enumeration("Vi går i 1. mai-toget (se punkt 2) og deler ut roser."), "one marker is no list")
        XCTAssertNil(InlineLists.enumeration("Frå 1) til 3) i vedtektene."), "markers that do not count up are no list")
        XCTAssertEqual(InlineLists.semicolonParts("vervestand (ansv.: leiar; nestleiar) i mai; kurs for nye tillitsvalde").count, 2, "no split inside parentheses")
    }

    /// Who and when marked by a symbol inside the line, the same symbol line after line (a Teams
    /// post, blind batch b10): which symbol is who and which is when comes from their values;
    /// the items of another glyph above them are their goals; a heading may open with a pictograph.
    func testSymbolsThatMarkWhoAndWhenAreFields() throws {
        let plan = try importText("""
        Handlingsplan 2026 – Fagforbundet Skien

        💪 HELTID OG LIKELØNN
        🎯 Flere i helse og omsorg jobber heltid innen utgangen av 2026
        ☐ Kreve tall på deltid fra kommunen hvert kvartal og følge dem opp i drøftingsmøtene  👤 HTV  📅 løpende
        ☑ Medlemsmøte om turnus og langvakter  👤 Styret  📅 februar

        📚 FAG OG KOMPETANSE
        🎯 Flere assistenter tar fagbrev
        ☐ Infomøte om fagbrev på jobb  👤 Seksjon helse og sosial  📅 mars
        ☐ Kreve en kompetanseplan for barnehagene  📅 juni
        """)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere i helse og omsorg jobber heltid innen utgangen av 2026", "Flere assistenter tar fagbrev"])
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Kreve tall på deltid fra kommunen hvert kvartal og følge dem opp i drøftingsmøtene",
                                              "Medlemsmøte om turnus og langvakter", "Infomøte om fagbrev på jobb", "Kreve en kompetanseplan for barnehagene"])
        XCTAssertEqual(measures.map(\.responsible), ["HTV", "Styret", "Seksjon helse og sosial", nil])
        XCTAssertEqual(measures.map(\.deadline), ["løpende", "februar", "mars", "juni"])
        XCTAssertEqual(measures.map(\.area), [1, 1, 4, 4], "the heading after a long line and a blank one is a heading")
    }

    /// Who and when in one column ("Kven / når"), and who and when lined up with a cell's
    /// measures one a paragraph (blind batch b10).
    func testWhoAndWhenInOneCellOrLinedUpByParagraph() throws {
        func cell(_ text: String) -> String {
            "<w:tc>" + text.split(separator: "|").map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>"
        }
        func row(_ cells: String...) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }
        let body = p("Heiltid og likeløn", style: "Heading1") + "<w:tbl>" + row("Tiltak", "Kven / når")
            + row("Krevje ein plan mot ufrivillig deltid i heimetenesta.", "HTV / innan 1. april")
            + row("Medlemsmøte om ny pensjonsordning og AFP.", "Styret|september")
            + row("Kartleggje innleige frå vikarbyrå.", "HTV") + "</w:tbl>"
            + p("Organisasjon og tariffmakt", style: "Heading1") + "<w:tbl>" + row("Tiltak", "Ansvarleg", "Frist")
            + row("Vervekampanje i forbundsvekene.|Ringje alle nye medlemar.|Grunnopplæring for nye tillitsvalde.", "Vervekontakt|–|Opplæringsansvarleg", "Veke 16|Løpande|Haust")
            + "</w:tbl>"
        let plan = try OfficeFixtures.importDocx(body)
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.responsible), ["HTV", "Styret", "HTV", "Vervekontakt", nil, "Opplæringsansvarleg"])
        XCTAssertEqual(measures.map(\.deadline), ["innan 1. april", "september", nil, "Veke 16", "Løpande", "Haust"])
    }

    /// A year wheel (blind batch b10): headings that are times give their measures' when, and
    /// tags in brackets that sort the lines into areas are no part of the text and no one's name.
    func testTimeHeadingsGiveWhenAndCategoryTagsComeOff() throws {
        func item(_ text: String) -> String { OfficeFixtures.paragraph(text, numId: 1) }
        let body = p("Fagforbundet Sola – handlingsplan 2026", style: "Heading1")
            + p("1. kvartal (januar–mars)", style: "Heading2")
            + item("Årsmøte med valg av nytt styre – styret [Drift]")
            + item("Medlemsmøte om heltid og turnus i helse og omsorg – leder [Heltid]")
            + item("Verving blant lærlingene på Sola videregående skole – ungdomstillitsvalgt [Org]")
            + p("2. kvartal (april–juni)", style: "Heading2")
            + item("Vervestand på Tananger sykehjem i forbundsuka – vervekontakt [Org]")
            + item("Kurs i lokal lønnspolitikk for tillitsvalgte innen 1. mai – HTV [Heltid]")
            + item("Sommeravslutning for styret [Drift]")
            + item("Innspill om renhold i egen regi – leder [Egenregi]")
            + item("Pensjonskveld med KLP – styret [Heltid]")
        let plan = try OfficeFixtures.importDocx(body)
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Årsmøte med valg av nytt styre", "Medlemsmøte om heltid og turnus i helse og omsorg",
                                              "Verving blant lærlingene på Sola videregående skole", "Vervestand på Tananger sykehjem i forbundsuka",
                                              "Kurs i lokal lønnspolitikk for tillitsvalgte innen 1. mai", "Sommeravslutning for styret",
                                              "Innspill om renhold i egen regi", "Pensjonskveld med KLP"])
        XCTAssertEqual(measures.map(\.responsible), ["styret", "leder", "ungdomstillitsvalgt", "vervekontakt", "HTV", nil, "leder", "styret"])
        XCTAssertEqual(measures.map(\.deadline), ["1. kvartal (januar–mars)", "1. kvartal (januar–mars)", "1. kvartal (januar–mars)",
                                                  "2. kvartal (april–juni)", "2. kvartal (april–juni)", "2. kvartal (april–juni)", "2. kvartal (april–juni)",
                                                  "2. kvartal (april–juni)"])
    }

    func testBracketsThatDoNotRepeatAsCategoriesStay() {
        let blocks = ["Kurs for nye tillitsvalgte [se vedlegg]", "Verving i mai [HTV]", "Julebord [styret]"].enumerated().map { i, t in
            Block(kind: .listItem(level: 1, ordered: false), text: t, number: nil, lines: [], source: .paragraph(i + 1))
        }
        XCTAssertEqual(CategoryTags.strip(blocks).map(\.text), blocks.map(\.text), "three different values, none an area")
    }

    /// Paragraphs that open with a goal in bold and go on with its measures (blind batch b10):
    /// the bold sentence a goal, each plain sentence a measure with the closing "Ansvar: …", a
    /// sentence that says how things are today no item.
    func testABoldGoalBeforeItsMeasuresInOneParagraph() throws {
        func para(_ bold: String, _ plain: String) -> String {
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>\(bold)</w:t></w:r><w:r><w:t xml:space=\"preserve\"> \(plain)</w:t></w:r></w:p>"
        }
        let body = p("Heiltid og likeløn", style: "Heading1")
            + para("Fleire tilsette skal få heile stillingar.", "I dag har under halvparten full stilling. Vi krev tal kvart halvår. Vi deltek i arbeidsgruppa for ny turnus. Ansvar: HTV.")
            + para("Medlemene skal kjenne pensjonsrettane sine.", "Vi held eit medlemsmøte om AFP i oktober.")
            + p("Organisasjon og tariffmakt", style: "Heading1")
            + para("Alle arbeidsplassar skal ha ein tillitsvald.", "Tre arbeidsplassar manglar i dag tillitsvald. Vi held val på Lærdal skule. Ansvar: leiar.")
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Fleire tilsette skal få heile stillingar.", "Medlemene skal kjenne pensjonsrettane sine.",
                                                           "Alle arbeidsplassar skal ha ein tillitsvald."])
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Vi krev tal kvart halvår.", "Vi deltek i arbeidsgruppa for ny turnus.",
                                              "Vi held eit medlemsmøte om AFP i oktober.", "Vi held val på Lærdal skule."])
        XCTAssertEqual(measures.map(\.responsible), ["HTV", "HTV", nil, "leiar"])
        XCTAssertEqual(measures.map(\.area), [1, 1, 1, 3])
    }

    /// A spreadsheet saved as fixed-width text (.prn, blind batch b10): columns by where the
    /// header's words start, a row a line; the Type column gives each row's kind, an empty area
    /// cell is the group's above, amounts stand right-aligned.
    func testAFixedWidthTableIsReadByItsHeadersColumns() throws {
        let text = [
            "Fagforbundet Eidsvoll avd. 241 - Handlingsplan 2026",
            "",
            "Nr   Område        Type    Beskrivelse                                    Ansvar        Frist     Kostnad",
            "1.1  Heltid/lønn   Mål     Andelen heltidsansatte i helse og omsorg øker                                  ",
            "1.2                Tiltak  Kreve halvårlig rapport om heltid fra kommunen HTV           Juni/des         ",
            "1.3                Tiltak  Medlemsmøte om pensjon og AFP                  Styret        Okt          4000",
            "3.1  Organisasjon  Mål     Minst 60 nye medlemmer i 2026                                              ",
            "3.2                Tiltak  Grunnskolering for nye tillitsvalgte           Opplæringsans Mars             ",
            "",
            "Styret, februar 2026",
        ].joined(separator: "\r\n")
        let plan = try importText(text)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Andelen heltidsansatte i helse og omsorg øker", "Minst 60 nye medlemmer i 2026"])
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Kreve halvårlig rapport om heltid fra kommunen", "Medlemsmøte om pensjon og AFP", "Grunnskolering for nye tillitsvalgte"])
        XCTAssertEqual(measures.map(\.responsible), ["HTV", "Styret", "Opplæringsans"])
        XCTAssertEqual(measures.map(\.deadline), ["Juni/des", "Okt", "Mars"])
        XCTAssertEqual(measures.map(\.area), [1, 1, 3])
    }

    /// A letter whose paragraphs say what the branch wants and then what it will do about it
    /// (blind batch b9): "Vi vil at …" is a goal, "Difor skal vi krevje …" a measure; a plain
    /// "Vi skal arbeide for …" stays a goal.
    func testAConsequenceDrawnAsAnActivityIsAMeasure() throws {
        let plan = try importText("""
        Til alle medlemmane i Fagforbundet Høyanger

        Heiltid og likeløn er framleis den viktigaste saka for oss. Vi vil at fleire skal få heile stillingar i løpet av året. Difor skal vi krevje at kommunen lagar ein heiltidsplan. Difor skal vi også gå gjennom alle utlysingar av deltidsstillingar. Difor skal vi vere fleire på møta.

        Vi skal arbeide for at reinhaldet framleis blir drive av kommunen.
        """)
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Difor skal vi krevje at kommunen lagar ein heiltidsplan.",
                                                          "Difor skal vi også gå gjennom alle utlysingar av deltidsstillingar."])
        XCTAssertTrue(plan.items(.localGoal).map(\.text).contains("Vi skal arbeide for at reinhaldet framleis blir drive av kommunen."))
        XCTAssertFalse(GoalProse.commitsToAnAction("Difor skal vi vere fleire på møta."), "a state, not an activity")
    }

    /// A form's prompt in brackets, the same under every area (blind batch b9): no item, a
    /// template-text warning for each, whatever its words.
    func testAPromptInBracketsRepeatedWordForWordIsNoItem() throws {
        let prompt = "(Fyll ut lokale mål her, eitt mål per linje.)"
        let plan = try importText("""
        Handlingsplan 2026

        HEILTID OG LIKELØN
        \(prompt)
        - Fleire tilsette har heile stillingar.

        ORGANISASJON OG TARIFFMAKT
        \(prompt)
        - Vi skal ha 400 medlemmar.
        """)
        XCTAssertFalse(plan.texts.contains { $0.contains("Fyll ut") })
        XCTAssertEqual(plan.diagnostics.filter { $0.code == "template-text" }.count, 2)
    }

    /// A year wheel set out as a two-by-two table, each cell a quarter's title and its points
    /// (blind batch b8): each cell a section, its points measures with the quarter as when.
    func testATableUsedAsAPageGridIsASectionACell() throws {
        func cell(_ paragraphs: String...) -> String {
            "<w:tc>" + paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>"
        }
        let body = p("Årshjul 2026", style: "Heading2") + "<w:tbl>"
            + "<w:tr>" + cell("1. kvartal (januar–mars)", "Årsmøte med val og rekneskap", "Grunnskulering for nye tillitsvalde")
            + cell("2. kvartal (april–juni)", "1. mai-arrangement i Aurlandsvangen", "Pensjonskurs for medlemmar over 60 år") + "</w:tr>"
            + "</w:tbl>"
        let plan = try OfficeFixtures.importDocx(body)
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Årsmøte med val og rekneskap", "Grunnskulering for nye tillitsvalde",
                                              "1. mai-arrangement i Aurlandsvangen", "Pensjonskurs for medlemmar over 60 år"])
        XCTAssertEqual(measures.map(\.deadline), ["1. kvartal (januar–mars)", "1. kvartal (januar–mars)", "2. kvartal (april–juni)", "2. kvartal (april–juni)"])
    }

    /// pdftotext -layout of a table whose cells have padding: a blank line between rows (and
    /// after the header), the who beside the middle of its cell.
    func testALinedUpTableWithBlankLinesBetweenRowsIsOneTable() throws {
        let plan = try importText("""
        1 Heiltid og likeløn

                              Tiltak                                     Kven / når

        Krevje at kommunen lagar ein plan for å
                                                            HTV / innan 1. april
        redusere ufrivillig deltid i heimetenesta.

        Gå gjennom lønsstatistikken før dei lokale
                                                            Leiar og HTV / mai
        forhandlingane.



        2 Organisasjon og tariffmakt
        """)
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Krevje at kommunen lagar ein plan for å redusere ufrivillig deltid i heimetenesta.",
                                              "Gå gjennom lønsstatistikken før dei lokale forhandlingane."])
        XCTAssertEqual(measures.map(\.responsible), ["HTV", "Leiar og HTV"])
        XCTAssertEqual(measures.map(\.deadline), ["innan 1. april", "mai"])
    }

    /// pandoc's plain text of a table ("multiline"): the dash rule under the header gives the
    /// columns, a blank line ends a row, a cell's text wraps inside its column, a cell may list
    /// measures with markers, and a row of only the first cell is a section.
    func testATableWhoseColumnsADashRuleDeclaresKeepsWrappedCellsWhole() throws {
        let plan = try importText("""
        Handlingsplan 2025

          ---------------------------------------------------------------------------
          Mål                  Tiltak                        Ansvar          Frist
          -------------------- ----------------------------- --------------- --------
          1. Heltid og
          likelønn

          Flere medlemmer i    -   Kreve drøftingsmøte om    HTV             Innen 1.
          hele, faste              deltid i alle                             juni
          stillinger.              virksomheter
                               -   Kartlegge ufrivillig
                                   deltid

                               Lage lønnsstatistikk for      Leder           Mars
                               medlemmene før hvert
                               lønnsoppgjør
          ---------------------------------------------------------------------------

        Styret
        """)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere medlemmer i hele, faste stillinger."])
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Kreve drøftingsmøte om deltid i alle virksomheter", "Kartlegge ufrivillig deltid",
                                              "Lage lønnsstatistikk for medlemmene før hvert lønnsoppgjør"])
        XCTAssertEqual(measures.map(\.responsible), ["HTV", "HTV", "Leder"])
        XCTAssertEqual(measures.last?.deadline, "Mars")
        XCTAssertEqual(Set(measures.map(\.area)), [1])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .measure], "the goal before the measures of its rows")
    }

    /// A table whose header was lost and whose goal cell stood over several rows, as pandoc
    /// writes one ("simple", no header): the rows below the goal lose that cell and their cells
    /// move left. The columns' contents (a role under the measures, a time under the roles) put
    /// them back, and the column left empty on those rows is the goals'.
    func testRowsMovedLeftUnderAGoalWrittenOnceAreLinedUpAgain() throws {
        let plan = try importText("""
        Organisasjonsbygging

          ------------------------------------------- ------------------------------- --------------------- ------------
          1 900 medlemmer ved utgangen av 2025.       Vervestand i forbundsukene      Styret                Vår og høst
          Arbeidsplassbesøk i private barnehager      Nestleder                       Løpende
          Besøk på den videregående skolen            Ungdomstillitsvalgt             Oktober 2025
          Tillitsvalgte med god opplæring.            Grunnskolering for nye          Opplæringsansvarlig   Mars
          ------------------------------------------- ------------------------------- --------------------- ------------
        """)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["1 900 medlemmer ved utgangen av 2025.", "Tillitsvalgte med god opplæring."])
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Vervestand i forbundsukene", "Arbeidsplassbesøk i private barnehager",
                                              "Besøk på den videregående skolen", "Grunnskolering for nye"])
        XCTAssertEqual(measures.map(\.responsible), ["Styret", "Nestleder", "Ungdomstillitsvalgt", "Opplæringsansvarlig"])
        XCTAssertEqual(measures.map(\.deadline), ["Vår og høst", "Løpende", "Oktober 2025", "Mars"])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .measure, .localGoal, .measure])
    }

    /// A table whose cells hold tables lays out the page: an area's name in the left cell, its
    /// goals and its own table of measures in the right one (blind batch b11). Read as the
    /// document it holds, in DOCX and in ODT alike.
    func testATableWithTablesInItsCellsIsReadAsThePageItLaysOut() throws {
        func docxCell(_ inner: String) -> String { "<w:tc>\(inner)</w:tc>" }
        func docxRow(_ cells: [String]) -> String { "<w:tr>" + cells.map { docxCell("<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>") }.joined() + "</w:tr>" }
        let measures = "<w:tbl>" + docxRow(["Tiltak", "Hvem", "Når"]) + docxRow(["Kreve drøftingsmøte om deltid", "HTV", "Mars"])
            + docxRow(["Pensjonskveld for medlemmer over 60", "Styret", "Oktober"]) + "</w:tbl>"
        let body = "<w:tbl><w:tr>" + docxCell(p("Heltid og likelønn")) + docxCell(p("Mål:") + p("Flere skal ha hele stillinger.") + measures + p(""))
            + "</w:tr></w:tbl>"
        let docx = try OfficeFixtures.importDocx(body)

        let t = "urn:oasis:names:tc:opendocument:xmlns:table:1.0", x = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        func odtRow(_ cells: [String]) -> String { "<table:table-row>" + cells.map { "<table:table-cell><text:p>\($0)</text:p></table:table-cell>" }.joined() + "</table:table-row>" }
        let inner = "<table:table>" + odtRow(["Tiltak", "Hvem", "Når"]) + odtRow(["Kreve drøftingsmøte om deltid", "HTV", "Mars"])
            + odtRow(["Pensjonskveld for medlemmer over 60", "Styret", "Oktober"]) + "</table:table>"
        let content = """
            <?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="\(x)" \
            xmlns:table="\(t)"><office:body><office:text><table:table><table:table-row>\
            <table:table-cell><text:p>Heltid og likelønn</text:p></table:table-cell>\
            <table:table-cell><text:p>Mål:</text:p><text:p>Flere skal ha hele stillinger.</text:p>\(inner)</table:table-cell>\
            </table:table-row></table:table></office:text></office:body></office:document-content>
            """
        let odt = try PlanImporter().importBytes(try OfficeFixtures.odt(content: content), path: "fixture.odt")
        for plan in [docx, odt] {
            XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere skal ha hele stillinger."], plan.source.format.rawValue)
            XCTAssertEqual(plan.items(.measure).map(\.text), ["Kreve drøftingsmøte om deltid", "Pensjonskveld for medlemmer over 60"])
            XCTAssertEqual(plan.items(.measure).map(\.responsible), ["HTV", "Styret"])
            XCTAssertEqual(plan.items(.measure).map(\.deadline), ["Mars", "Oktober"])
            XCTAssertEqual(Set(plan.items.map(\.area)), [1], "the left cell is the heading over the right one")
        }
    }

    /// An annual meeting's decision record: each item under a numbered label of the document's
    /// own ("Vedtak 6.1.1:"), the vote and the amendments that fell in plain paragraphs after it,
    /// the sections numbered one level up ("6.7" after "6.1" … is a section too, though no area).
    func testItemsNumberedUnderALabelOfTheDocumentsOwnLeaveTheMinutesOut() throws {
        let plan = try importText("""
        Sak 6/2026 Handlingsplan

        6.1 Heltid og likelønn

        Vedtak 6.1.1: Årsmøtet vedtar som mål at flere medlemmer skal ha hele stillinger innen 2027.

        Enstemmig vedtatt.

        Vedtak 6.1.2: Årsmøtet ber styret om å sørge for at alle deltidsansatte får tilbud om større stilling.

        Vedtatt mot 2 stemmer.

        Endringsforslag fra Tone Isaksen:

        «Årsmøtet ber styret om å lage en kampanje mot deltid i hele fylket.»

        Forslaget falt med 11 mot 33 stemmer.

        6.2 Drift og medlemsaktiviteter

        Vedtak 6.2.1: Årsmøtet ber styret om å holde styremøte hver måned.

        Enstemmig vedtatt.
        """)
        XCTAssertEqual(plan.items.map(\.text), ["Årsmøtet vedtar som mål at flere medlemmer skal ha hele stillinger innen 2027.",
                                                "Årsmøtet ber styret om å sørge for at alle deltidsansatte får tilbud om større stilling.",
                                                "Årsmøtet ber styret om å holde styremøte hver måned."])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, nil])
    }

    /// A proposal printed with a number before every line (pdftotext -layout keeps them), the
    /// footer counting on its own: the numbers are a column, not the text; a line that goes on
    /// with "1 000 kroner" goes on, it is no list's "1".
    func testTextPrintedWithLineNumbersIsReadWithoutThem() throws {
        let plan = try importText("""
         1   Handlingsplan 2026–2027
         2   Fagforbundet Hjelmeland, avdeling 349

         3   1. Heiltid og likeløn
         4   Mål:
         5    • Fleire av dei tilsette i helse og omsorg skal ha heile og faste
         6        stillingar innan utgangen av 2027.
         7   Tiltak:
         8      • Ope møte om AFP og tenestepensjon hausten 2026.
         9      • Vervepremie til den som vervar flest nye medlemar, eit gåvekort på
         1                                                          Side 1 av 2
        10        1 000 kroner.
        11      • Gå gjennom lønsstatistikken saman med hovudtillitsvalde før dei lokale
        12        forhandlingane.
        """)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Fleire av dei tilsette i helse og omsorg skal ha heile og faste stillingar innan utgangen av 2027."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Ope møte om AFP og tenestepensjon hausten 2026.",
                                                          "Vervepremie til den som vervar flest nye medlemar, eit gåvekort på 1 000 kroner.",
                                                          "Gå gjennom lønsstatistikken saman med hovudtillitsvalde før dei lokale forhandlingane."])
        XCTAssertEqual(Set(plan.items.map(\.area)), [1])
    }

    /// An outline pasted from a notes program into a text editor: no markers, a TAB a level
    /// (blind batch b11). The indented lines are the items, their depth the level.
    func testAnOutlineWrittenByTabsAloneIsAList() throws {
        let plan = try importText("Fagforbundet Fjaler\r\nHandlingsplan 2026\r\n\r\nHeiltid og løn\r\n"
            + "\tFleire tilsette i omsorga skal få tilbod om full stilling i 2026.\r\n"
            + "\t\tKrevje at alle ledige stillingar blir lyste ut som heile stillingar.\r\n"
            + "\t\tFølgje med på kvartalstala for deltid.\r\n"
            + "\tMedlemene skal vite korleis tenestepensjonen verkar.\r\n"
            + "\t\tPensjonskveld med AFP-utrekning i oktober.\r\n\r\n"
            + "Organisasjon og tariff\r\n\tVi skal vere 340 medlemar ved utgangen av året.\r\n\t\tVervestand i forbundsvekene.\r\n")
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Fleire tilsette i omsorga skal få tilbod om full stilling i 2026.",
                                                           "Medlemene skal vite korleis tenestepensjonen verkar.",
                                                           "Vi skal vere 340 medlemar ved utgangen av året."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Krevje at alle ledige stillingar blir lyste ut som heile stillingar.",
                                                         "Følgje med på kvartalstala for deltid.", "Pensjonskveld med AFP-utrekning i oktober.",
                                                         "Vervestand i forbundsvekene."])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 1, 3, 3])
    }

    /// A plan written as questions and answers: a question answered by points or by the branch
    /// doing something is a goal over them; one answered by a description is context.
    func testQuestionsAnsweredByWhatTheBranchDoesAreGoals() throws {
        let body = p("Heiltid og likeløn", style: "Heading2")
            + p("Korleis får fleire av oss heile stillingar?")
            + OfficeFixtures.paragraph("Vi krev at kommunen lyser ut alle nye stillingar som heile.", numId: 1)
            + OfficeFixtures.paragraph("Vi følgjer opp heiltidsplanen i kvart møte.", numId: 1)
            + p("Kvifor er dette viktig for oss?")
            + p("Over halvparten av medlemene våre jobbar deltid. Mange ønskjer seg meir arbeid.")
            + p("Korleis kan vi minske lønsskilnadene?")
            + p("I dag tener assistentane minst. Vi går gjennom lønsstatistikken før forhandlingane.")
            + p("Politisk påverknad", style: "Heading2")
            + p("Kva med dei politiske partia?")
            + p("Fagforbundet er partipolitisk uavhengig, men har samarbeidsavtalar med fleire parti.")
            + p("Korleis når vi fram til politikarane?")
            + OfficeFixtures.paragraph("Vi møter gruppeleiarane før budsjetthandsaminga.", numId: 1)
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Korleis får fleire av oss heile stillingar?", "Korleis kan vi minske lønsskilnadene?",
                                                           "Korleis når vi fram til politikarane?"])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Vi krev at kommunen lyser ut alle nye stillingar som heile.",
                                                         "Vi følgjer opp heiltidsplanen i kvart møte.",
                                                         "Vi går gjennom lønsstatistikken før forhandlingane.",
                                                         "Vi møter gruppeleiarane før budsjetthandsaminga."])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 1, 5, 5])
    }

    /// A plan kept on a wiki page, saved as its source: rendered as the page shows it (headings,
    /// "*"/"#" lists, a table, links by their label, footnotes and templates left out) before it
    /// is read. The last measure of a list right before the next heading is a measure.
    func testAWikiPagesSourceIsReadAsThePageShowsIt() throws {
        let plan = try importText("""
        == Heltid og likelønn ==
        === Mål ===
        * Flere i [[Hjemmetjenesten|hjemmetjenesten]] skal ha '''hele''' stillinger.
        === Tiltak ===
        # Be om et møte med ordføreren om kjøkkenet.<ref>Kjøkkenet er foreslått lagt ut.</ref>
        # Sende høringssvar om ny kommuneplan {{Utført|januar 2026}}
        == Organisasjon og tariffmakt ==
        {| class="wikitable"
        ! Tiltak !! Ansvar !! Frist
        |-
        | Stand i [https://example.org forbundsukene] || Vervekontakt || Uke 16
        |-
        | Støtte solidaritetsfondet med 10&nbsp;000 kroner || Styret || Mai
        |}
        """)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere i hjemmetjenesten skal ha hele stillinger."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Be om et møte med ordføreren om kjøkkenet.", "Sende høringssvar om ny kommuneplan",
                                                         "Stand i forbundsukene", "Støtte solidaritetsfondet med 10 000 kroner"])
        XCTAssertEqual(plan.items(.measure).map(\.responsible), [nil, nil, "Vervekontakt", "Styret"])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 3, 3])
    }

    /// A numbered chapter named by a label ("2 Mål for perioden") holds items of that kind; a
    /// line under a table that opens with the mark some cells end with ("*") is the table's note.
    func testAChapterNamedByALabelAndANoteUnderATable() throws {
        func row(_ cells: [String]) -> String { "<w:tr>" + cells.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>" }
        let body = p("2 Mål for perioden", style: "Heading1")
            + OfficeFixtures.paragraph("Alle som ønsker det, skal få jobbe i hel stilling.", numId: 2)
            + OfficeFixtures.paragraph("Fagforeningen skal ha 900 medlemmer.", numId: 2)
            + p("3 Tiltak", style: "Heading1") + p("Heltid, likelønn og kampen for mindre forskjeller", style: "Heading2")
            + "<w:tbl>" + row(["Tiltak", "Ansvarlig", "Frist"]) + row(["Medlemsmøte om AFP*", "Styret", "Oktober"])
            + row(["Kreve en plan mot uønsket deltid", "HTV", "Mai"]) + "</w:tbl>"
            + p("* Videreført fra handlingsplanen for 2025.")
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Alle som ønsker det, skal få jobbe i hel stilling.", "Fagforeningen skal ha 900 medlemmer."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Medlemsmøte om AFP", "Kreve en plan mot uønsket deltid"])
    }

    /// pdftotext's default mode of a table: the header broken unevenly over lines ("Hva" /
    /// "Hvem Når" / "Kostnad"), a row's cells too ("… forbundsukene Styret" / "Vår og høst"
    /// / "kr 10 000"): the header's words found on each line, a field that starts with a capital
    /// taken off the end of a text line.
    func testATableBrokenUnevenlyByPdftotextIsReadByItsHeaderAndFields() throws {
        let plan = try importText("""
        Fagforbundet Hamar – handlingsplan 2024-2026
        Hva
        Hvem Når
        Kostnad
        ORGANISASJON OG TARIFF
        Vervekampanje i forbundsukene Styret
        Vår og høst
        kr 10 000
        Kartlegging av ufrivillig deltid i helse og omsorg
        HTV
        Høst 2024
        0
        Medlemsmøte om pensjon og AFP Styret
        Mars 2025
        kr 12 000
        """)
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Vervekampanje i forbundsukene", "Kartlegging av ufrivillig deltid i helse og omsorg",
                                              "Medlemsmøte om pensjon og AFP"])
        XCTAssertEqual(measures.map(\.responsible), ["Styret", "HTV", "Styret"])
        XCTAssertEqual(measures.map(\.deadline), ["Vår og høst", "Høst 2024", "Mars 2025"])
    }

    /// The note under a table read as a row of it (an untagged PDF's table runs on below its
    /// note): the row goes, and the mark comes off the cells.
    func testATableNoteReadAsARowIsNoRow() {
        let at = SourcePosition.page(1, line: 1)
        func row(_ cells: String...) -> TableRow { TableRow(cells: cells.map { TableCell(text: $0, source: at) }, source: at) }
        let table = Table(rows: [row("Tiltak", "Ansvarlig", "Frist"), row("Medlemsmøte om AFP*", "Styret", "Oktober"),
                                 row("* Videreført fra handlingsplanen for 2025.", "", ""), row("Kreve en plan mot deltid", "HTV", "Mai")])
        let out = TableNotes.relist([Block(kind: .table(table), text: "", number: nil, lines: [], source: at)])
        guard case let .table(read)? = out.first?.kind else { return XCTFail("no table") }
        XCTAssertEqual(read.rows.map { $0.cells[0].text }, ["Tiltak", "Medlemsmøte om AFP", "Kreve en plan mot deltid"])
    }

    /// Two glyph families, "●" goals and "☐" measures; under the branch's own heading "●"
    /// bullets worded as activities are activities, not goals by their family.
    func testUnderTheBranchsOwnHeadingAGoalsGlyphGivesWayToAnActivitysWording() throws {
        let plan = try importText("""
        Heiltid og likeløn

        ● Fleire i heimetenesta skal ha heile stillingar ved utgangen av 2026.
        ● Lønsutviklinga for fagarbeidarar skal ikkje vere svakare enn for andre.
        ☐ Krevje drøftingsmøte om turnusane i heimetenesta.
        ☐ Halde pensjonskveld med AFP-tema i Dalen.

        Anna

        ● Styremøte kvar månad, annakvar gong på Teams.
        ● Julebord saman med pensjonistane.
        """)
        XCTAssertEqual(plan.items(.localGoal).count, 2)
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Krevje drøftingsmøte om turnusane i heimetenesta.", "Halde pensjonskveld med AFP-tema i Dalen.",
                                                          "Styremøte kvar månad, annakvar gong på Teams.", "Julebord saman med pensjonistane."])
    }

    /// A short line repeated in every section before the goals, written as paragraphs, and the
    /// measures as a list (blind batch b9: "Dette vil vi oppnå" in a frame by each area).
    func testALeadInRepeatedInEverySectionIntroducesItsPoints() throws {
        var body = ""
        for (area, goal, measure) in [("Heltid og likelønn", "Flere deltidsansatte har fått økt stillingsprosent.", "Kreve tall for uønsket deltid"),
                                      ("Organisasjon og tariffmakt", "Avdelingen har 3 900 medlemmer ved utgangen av 2026.", "Vervekampanje i forbundsukene"),
                                      ("Fag og kompetanse", "Flere assistenter i skole og barnehage starter på fagbrev.", "Informasjonsmøte om fagbrev")] {
            body += p(area, style: "Heading1") + p("Dette vil vi oppnå") + p(goal) + OfficeFixtures.paragraph(measure, numId: 1)
        }
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere deltidsansatte har fått økt stillingsprosent.",
                                                           "Avdelingen har 3 900 medlemmer ved utgangen av 2026.",
                                                           "Flere assistenter i skole og barnehage starter på fagbrev."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Kreve tall for uønsket deltid", "Vervekampanje i forbundsukene", "Informasjonsmøte om fagbrev"])
        XCTAssertFalse(plan.texts.contains("Dette vil vi oppnå"))
    }
    /// Columns laid out with tab stops, no table: a head line and one paragraph a row. With a
    /// short paragraph before each such table, again and again, that paragraph is the goal the
    /// table serves, however it is worded. A TAB after a typed number is a list item's, and a
    /// table of contents (every line ending in a page number) is no table.
    func testTabStopColumnsAndTheGoalsSetOverThem() throws {
        func tabs(_ fields: [String], style: String? = nil) -> String {
            let runs = fields.enumerated().map { k, f in (k > 0 ? "<w:r><w:tab/></w:r>" : "") + "<w:r><w:t xml:space=\"preserve\">\(f)</w:t></w:r>" }.joined()
            return "<w:p>\(style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "")\(runs)</w:p>"
        }
        let body = [
            OfficeFixtures.paragraph("Lønn og stillinger", style: "Heading1"),
            OfficeFixtures.paragraph("Alle deltidsansatte på Solbakken har fått tilbud om større stilling."),
            tabs(["Tiltak", "Ansvar", "Frist"]),
            tabs(["Spørreundersøkelse om ønsket stillingsstørrelse", "HTV", "Mars 2026"]),
            tabs(["Møte med enhetsleder om turnus", "", "Løpende"]),
            tabs(["1.1", "Vi skal kreve drøftingsmøte om bemanning", "HTV"]),
            OfficeFixtures.paragraph("Verving og medlemmer", style: "Heading1"),
            OfficeFixtures.paragraph("Medlemstallet i avdelingen passerer 800 innen nyttår."),
            tabs(["Tiltak", "Ansvar", "Frist"]),
            tabs(["Stand på kantina i forbundsukene", "Vervekontakt", "Uke 38"]),
            tabs(["Velkomstbrev til nye medlemmer", "Sekretær", "Løpende"]),
        ].joined()
        let plan = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(body)), path: "tab.docx")
        let goals = plan.items(.localGoal).map(\.text)
        XCTAssertEqual(goals, ["Alle deltidsansatte på Solbakken har fått tilbud om større stilling.",
                               "Medlemstallet i avdelingen passerer 800 innen nyttår."])
        let survey = try XCTUnwrap(plan.item(containing: "Spørreundersøkelse"))
        XCTAssertEqual(survey.kind, .measure)
        XCTAssertEqual(survey.responsible, "HTV")
        XCTAssertEqual(survey.deadline, "Mars 2026")
        XCTAssertEqual(plan.item(containing: "Møte med enhetsleder")?.deadline, "Løpende", "an empty field stays in its column")
        XCTAssertEqual(plan.item(containing: "Stand på kantina")?.responsible, "Vervekontakt")
        XCTAssertFalse(plan.texts.contains { $0.hasPrefix("Tiltak") }, "heads are no items: \(plan.texts)")
        XCTAssertTrue(plan.texts.contains { $0.contains("drøftingsmøte om bemanning") }, "a numbered line is still an item")
        // One short paragraph before a table is not yet a pattern: no goal by place alone.
        let once = [OfficeFixtures.paragraph("Lønn", style: "Heading1"), OfficeFixtures.paragraph("Turnusen på Solbakken er lagt om i år."),
                    tabs(["Tiltak", "Ansvar"]), tabs(["Møte om turnus med ledelsen", "HTV"])].joined()
        let single = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(once)), path: "once.docx")
        XCTAssertTrue(single.items(.localGoal).isEmpty, "\(single.items.map(\.text))")
        // A label before the TAB ("Tiltak:⇥Kurs …") is a labelled line, not a row of a table.
        let labelled = [OfficeFixtures.paragraph("Verving", style: "Heading1"), tabs(["Mål:", "Avdelingen skal ha 500 medlemmer i 2026."]),
                        tabs(["Tiltak:", "Vervekampanje i mai"]), tabs(["Tiltak:", "Telefon til nye medlemmer"])].joined()
        let aligned = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(labelled)), path: "labels.docx")
        XCTAssertEqual(aligned.items(.measure).map(\.text), ["Vervekampanje i mai", "Telefon til nye medlemmer"])
        XCTAssertEqual(aligned.items(.measure).map(\.responsible), [nil, nil])
        let contents = [OfficeFixtures.paragraph("Innhold"), tabs(["1 Lønn", "2"]), tabs(["2 Verving", "3"]), tabs(["3 Drift", "4"])].joined()
        let blocks = try PlanImporter().describeBlocks(try OfficeFixtures.docx(document: OfficeFixtures.document(contents)))
        XCTAssertFalse(blocks.contains("table"), "a table of contents is no table: \(blocks)")
    }
    /// Goals at the margin, measures indented under them, and nothing else to tell them apart
    /// (no list, no label, no bold): the indentation of the paragraphs' automatic styles, or a
    /// TAB typed before the text, makes the outline. Paragraphs in styles of their own are
    /// left to their styles.
    func testAnOutlineMadeByIndentationAlone() throws {
        let x = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        func p(_ style: String, _ text: String, tab: Bool = false) -> String { "<text:p text:style-name=\"\(style)\">\(tab ? "<text:tab/>" : "")\(text)</text:p>" }
        func style(_ name: String, _ margin: String) -> String {
            "<style:style style:name=\"\(name)\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\"><style:paragraph-properties fo:margin-left=\"\(margin)\"/></style:style>"
        }
        let content = """
            <?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="\(x)" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">\
            <office:automatic-styles>\(style("P1", "0cm"))\(style("P2", "1cm"))\(style("P3", "0.4in"))</office:automatic-styles>\
            <office:body><office:text><text:h text:outline-level="1">Heiltid</text:h>\
            \(p("P1", "Tilsette i heimetenesta får tilbod om større stillingar."))\(p("P2", "Gjennomgang av turnusane med leiinga"))\(p("P3", "Medlemsmøte om langvakter"))\
            <text:h text:outline-level="1">Verving</text:h>\
            \(p("P1", "Avdelinga veks til 600 medlemar."))\(p("P1", "Stand i kantina i forbundsvekene", tab: true))\(p("P2", "Telefon til alle nye medlemar"))\
            </office:text></office:body></office:document-content>
            """
        let plan = try PlanImporter().importBytes(try OfficeFixtures.odt(content: content), path: "indent.odt")
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Tilsette i heimetenesta får tilbod om større stillingar.", "Avdelinga veks til 600 medlemar."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Gjennomgang av turnusane med leiinga", "Medlemsmøte om langvakter",
                                                           "Stand i kantina i forbundsvekene", "Telefon til alle nye medlemar"])
        // The same with the measures in a style of their own: the styles say it, not the indentation.
        let styled = content.replacingOccurrences(of: "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties fo:margin-left=\"1cm\"",
                                                  with: "style:parent-style-name=\"Innrykk\"><style:paragraph-properties fo:margin-left=\"1cm\"")
        let blocks = try PlanImporter().describeBlocks(try OfficeFixtures.odt(content: styled))
        XCTAssertEqual(blocks.components(separatedBy: "bullet").count - 1, 0, "no outline where styles differ: \(blocks)")
        // An indented paragraph under a numbered decision ("Enstemmig vedtatt.") or under an
        // introduction ("Endringsforslag:") is no measure of an outline.
        func block(_ kind: Block.Kind, _ text: String, _ indent: Double) -> Block {
            var b = Block(kind: kind, text: text, number: nil, lines: [], source: .paragraph(1)); b.indent = indent; return b
        }
        let decisions = [block(.listItem(level: 1, ordered: true), "Årsmøtet ber styret om å kreve en heltidsplan.", 0),
                         block(.paragraph, "Enstemmig vedtatt.", 36),
                         block(.listItem(level: 1, ordered: true), "Årsmøtet ber styret om et møte om AFP.", 0),
                         block(.paragraph, "Enstemmig vedtatt.", 36),
                         block(.paragraph, "Endringsforslag fra Kari:", 0), block(.paragraph, "«Årsmøtet ber styret om en kampanje.»", 36),
                         block(.paragraph, "Endringsforslag fra Ola:", 0), block(.paragraph, "«Årsmøtet ber styret om et kurs.»", 36),
                         block(.paragraph, "Forslaget falt.", 36)]
        XCTAssertFalse(IndentOutline.relist(decisions).contains { $0.isListItem && !$0.text.hasPrefix("Årsmøtet") })
    }
    /// Hidden text (Word's "Hidden" font setting) is no part of the plan: a hidden paragraph
    /// of guidance, a hidden measure, a hidden remark inside a measure. Goals numbered by hand
    /// in roman numerals ("I.", "II.") with bullets under each are a numbered list.
    func testHiddenTextIsLeftOutAndRomanNumeralsNumberTheGoals() throws {
        func hidden(_ text: String) -> String { "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
        func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
        let body = [
            OfficeFixtures.paragraph("Lønn og stillinger", style: "Heading1"),
            "<w:p>\(hidden("Veiledning: skriv målene med romertall."))</w:p>",
            OfficeFixtures.paragraph("I. Flere hele stillinger i hjemmetjenesten."),
            OfficeFixtures.paragraph("Kreve at ledige stillinger lyses ut som hele", numId: 1),
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>\(run("Lønnsstatistikk til forhandlingsutvalget"))\(hidden(" (spør Kari om tallene)"))\(run(" før sommeren"))</w:p>",
            OfficeFixtures.paragraph("II. Alle barnehageassistenter i kommunen har fagbrev."),
            OfficeFixtures.paragraph("Lønnskartlegging før oppgjøret", numId: 1),
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>\(hidden("Vervekonkurranse med premie"))</w:p>",
        ].joined()
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere hele stillinger i hjemmetjenesten.", "Alle barnehageassistenter i kommunen har fagbrev."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Kreve at ledige stillinger lyses ut som hele", "Lønnsstatistikk til forhandlingsutvalget før sommeren",
                                                           "Lønnskartlegging før oppgjøret"])
        XCTAssertFalse(plan.texts.joined().contains("Veiledning") || plan.texts.joined().contains("Kari") || plan.texts.joined().contains("Vervekonkurranse"))
        // A lone "I." counts nothing.
        XCTAssertNil(RomanNumbers.relist([Block(kind: .paragraph, text: "I. Vi vil ha hele stillinger.", number: nil, lines: [], source: .paragraph(1))])
            .first { $0.isListItem })
        XCTAssertEqual(RomanNumbers.split("XIV. Fjortende")?.0, 14)
        XCTAssertNil(RomanNumbers.split("IIII. Feil"), "only the canonical spelling")
        XCTAssertNil(RomanNumbers.split("VIL lønn"), "a word in capitals is no numeral")
    }
    /// Who and when given in a footnote to the measure ("Ansvarleg: leiar. Frist: 1. mars
    /// 2026."), not in its line; a footnote that is a remark gives neither, and no note's
    /// text becomes part of an item.
    func testWhoAndWhenFromAMeasuresFootnote() throws {
        let w = OfficeFixtures.w
        func measure(_ text: String, notes: [Int]) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r>"
                + notes.map { "<w:r><w:footnoteReference w:id=\"\($0)\"/></w:r>" }.joined() + "</w:p>"
        }
        let body = OfficeFixtures.paragraph("Organisasjon", style: "Heading1") + OfficeFixtures.paragraph("Tiltak:")
            + measure("Vervekampanje på sjukeheimen", notes: [2]) + measure("Kurs for nye tillitsvalde", notes: [3, 4])
            + measure("Medlemsmøte om pensjon", notes: [5])
        let footnotes = """
            <?xml version="1.0"?><w:footnotes xmlns:w="\(w)">\
            <w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:id="2"><w:p><w:r><w:t>Ansvarleg: vervekontakten. Frist: 1. mars 2026.</w:t></w:r></w:p></w:footnote>\
            <w:footnote w:id="3"><w:p><w:r><w:t>Ansvarleg: opplæringsansvarleg.</w:t></w:r></w:p></w:footnote>\
            <w:footnote w:id="4"><w:p><w:r><w:t>Frist: hausten 2026.</w:t></w:r></w:p></w:footnote>\
            <w:footnote w:id="5"><w:p><w:r><w:t>Sjå også vedtaket frå 2025 om same sak.</w:t></w:r></w:p></w:footnote></w:footnotes>
            """
        let plan = try PlanImporter().importBytes(try OfficeFixtures.docx(document: OfficeFixtures.document(body), parts: ["word/footnotes.xml": footnotes]), path: "notes.docx")
        let measures = plan.items(.measure)
        XCTAssertEqual(measures.map(\.text), ["Vervekampanje på sjukeheimen", "Kurs for nye tillitsvalde", "Medlemsmøte om pensjon"])
        XCTAssertEqual(measures.map(\.responsible), ["vervekontakten", "opplæringsansvarleg", nil])
        XCTAssertEqual(measures.map(\.deadline), ["1. mars 2026", "hausten 2026", nil])
    }
    /// A plan kept as a board in a note app and saved as Markdown: front matter and settings
    /// are no text; tags that close a card go, one inside a sentence keeps its word; a card's
    /// second line after "<br>" is its own sentence; "[[Name]]" is the name; a due date
    /// "@{…}" is the measure's deadline.
    func testANoteAppsBoardSavedAsMarkdown() throws {
        let text = """
            ---

            board-plugin: basic

            ---

            ## Skal gjøres

            - [ ] Kartlegge deltid på sykehjemmet #heltid @{2026-05-31}<br>Ansvar: HTV
            - [ ] Medlemsmøte om pensjon<br>Ansvar: [[Kari Nordmann]] #pensjon @{2026-10-15}
            - [ ] Kurs i #Tillitsvalgtportalen for nye tillitsvalgte #digitalt
            - [ ] Julebord for medlemmene #sosialt

            %% board:settings
            ```
            {"board-plugin":"basic"}
            ```
            %%
            """
        let plan = try importText(text, path: "tavle.md")
        XCTAssertEqual(plan.items.map(\.text), ["Kartlegge deltid på sykehjemmet", "Medlemsmøte om pensjon",
                                                "Kurs i Tillitsvalgtportalen for nye tillitsvalgte", "Julebord for medlemmene"])
        XCTAssertEqual(plan.items.map(\.responsible), ["HTV", "Kari Nordmann", nil, nil])
        XCTAssertEqual(plan.items.map(\.deadline), ["2026-05-31", "2026-10-15", nil, nil])
        // Without three tags a "#" is the text's own ("#1 i fylket"), and a text without any of it is left as it is.
        XCTAssertEqual(NoteMarkup.cleaned("- Bli #1 i fylket på verving"), "- Bli #1 i fylket på verving")
        XCTAssertEqual(NoteMarkup.cleaned("Tiltak:\n- Kurs"), "Tiltak:\n- Kurs")
    }
    /// A chat exported as text, where the leader posted the plan and others answered: the
    /// plan is the leader's messages without their headers, each line where it stood; the
    /// answers, the app's own lines and its notes in angle brackets are not.
    func testAPlanPostedInAChat() throws {
        let text = """
            [03.03.26, 20:01:12] Kari Nordli: Handlingsplan 2026 for Fagforbundet Testvik avd. 999
            Vedtatt på årsmøtet 3. mars 2026
            [03.03.26, 20:01:40] Kari Nordli: Verving
            Tiltak:
            - Vervestand på sykehjemmet i forbundsukene
            - Ringe alle nye medlemmer <Denne meldingen ble redigert>
            [03.03.26, 20:02:02] Ola Berg: Jeg kan ta vervestanden!
            [03.03.26, 20:02:30] Meldinger og anrop er ende-til-ende-krypterte.
            [03.03.26, 20:03:01] Kari Nordli: Fag og kompetanse
            Tiltak:
            - Fagbrevkveld for assistenter i skolen
            [03.03.26, 20:04:15] Ola Berg: Husk å sende ut innkalling til årsmøtet
            [03.03.26, 20:05:00] Kari Nordli: Takk for i kveld alle sammen
            """
        let plan = try importText(text, path: "chat.txt")
        XCTAssertEqual(plan.items.map(\.text), ["Vervestand på sykehjemmet i forbundsukene", "Ringe alle nye medlemmer", "Fagbrevkveld for assistenter i skolen"])
        XCTAssertEqual(plan.items.map(\.source.line), [5, 6, 11], "each line where it stands in the file")
        XCTAssertEqual(plan.plan.union, "Fagforbundet Testvik")
        // Four headers are no chat: the text is left as it is.
        let few = "1.1.2026, 10:00 - A: x\n1.1.2026, 10:01 - A: y\n1.1.2026, 10:02 - B: z\n1.1.2026, 10:03 - B: w\n"
        XCTAssertEqual(ChatExport.cleaned(few), few)
    }
    /// An Org-mode file: the depth of its stars is the outline, the task keywords it declares
    /// mark measures, a heading over tasks is their goal, a task's DEADLINE and properties are
    /// its who and when; priorities, cookies, tags, notes, COMMENT and :noexport: subtrees are
    /// no items. Each item stands at its heading's line.
    func testAnOrgModeOutline() throws {
        let text = """
            #+TITLE: Handlingsplan 2026 for Fagforbundet Testvik
            #+TODO: GJERE HALDE_PÅ | GJORT

            * Verving                                              :verving:
            ** Avdelinga skal ha 400 medlemar ved nyttår [1/2]
            Notat frå styremøtet i januar.
            *** GJERE [#A] Stand på kjøpesenteret i forbundsvekene
                DEADLINE: <2026-09-18 fr.>
                :PROPERTIES:
                :ANSVARLEG: vervekontakten
                :END:
            *** GJORT Brev til alle nye medlemar
                CLOSED: [2026-02-01 su. 10:00]
            *** COMMENT Tur til Bergen
            * Drift
            ** GJERE Styremøte kvar månad
            * Telefonliste                                         :noexport:
            ** GJERE Oppdatere lista
            """
        let plan = try importText(text, path: "plan.org.txt")
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Avdelinga skal ha 400 medlemar ved nyttår"])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Stand på kjøpesenteret i forbundsvekene", "Brev til alle nye medlemar", "Styremøte kvar månad"])
        XCTAssertEqual(plan.items(.measure).map(\.responsible), ["vervekontakten", nil, nil])
        XCTAssertEqual(plan.items(.measure).map(\.deadline), ["2026-09-18", nil, nil])
        XCTAssertEqual(plan.items.map(\.source.line), [5, 7, 12, 16])
        XCTAssertEqual(plan.plan.union, "Fagforbundet Testvik")
        // Stars alone, one depth and no Org settings: a bulleted list, not an outline.
        XCTAssertNil(OrgMarkup.rendered("* Kurs\n* Stand\n* Møte\n"))
    }
    /// Footnotes as a PDF's text gives them: the numbers glued to the words they follow (or
    /// one space apart), counting 1, 2, 3 …, and the notes run together at the foot. The
    /// numbers come off, the notes leave the text, and each measure takes who and when from
    /// its notes. Numbers that count without notes at the foot are the text's own.
    func testFootnoteNumbersGluedToWordsAndTheirNotes() throws {
        let text = """
            Verving

            Tiltak:
            1. Vervestand på sjukeheimen i forbundsvekene1
            2. Telefon til alle nye medlemar 2
            3. Kurs for nye tillitsvalde34

            1Ansvarleg: vervekontakten. Frist: veke 38.2Ansvarleg: sekretæren.3Ansvarleg: styret. Frist: mars 2026.4Tiltaket held fram frå 2025.
            """
        let plan = try importText(text, path: "notar.txt")
        XCTAssertEqual(plan.items.map(\.text), ["Vervestand på sjukeheimen i forbundsvekene", "Telefon til alle nye medlemar", "Kurs for nye tillitsvalde"])
        XCTAssertEqual(plan.items.map(\.responsible), ["vervekontakten", "sekretæren", "styret"])
        XCTAssertEqual(plan.items.map(\.deadline), ["veke 38", nil, "mars 2026"])
        let weeks = try importText("Tiltak:\n- Kurs uke 1\n- Kurs uke 2\n- Kurs uke 3\n", path: "uker.txt")
        XCTAssertEqual(weeks.items.map(\.text), ["Kurs uke 1", "Kurs uke 2", "Kurs uke 3"])
        XCTAssertEqual(FootnoteMarks.counted("45", from: 4), [4, 5])
        XCTAssertNil(FootnoteMarks.counted("46", from: 4))
    }
    /// A project tool's task list saved as CSV, with its English column names: a task that
    /// others name as their parent is the goal they serve, its subtasks measures with their
    /// assignee and due date; an empty section is the group's above; other dates and the
    /// notes are no text of the item. A newsletter's link after an item is no part of it.
    func testAProjectToolsTaskExportAndANewslettersLinks() throws {
        let csv = """
            Task ID,Created At,Name,Section/Column,Assignee,Start Date,Due Date,Notes,Parent task
            1,2026-01-02,Avdelinga passerer 500 medlemar,Organisasjon og tariffmakt,Kari,,,"Utgangspunkt: 470.
            Sjå årsmeldinga.",
            2,2026-01-03,Vervestand på sjukeheimen,,Ola,2026-09-01,2026-09-20,,Avdelinga passerer 500 medlemar
            3,2026-01-04,Ringje alle nye medlemar,,Kari,,2026-12-31,Liste frå registeret.,Avdelinga passerer 500 medlemar
            4,2026-01-05,Fleire assistentar tek fagbrev,Fag og kompetanse,Kari,,,,
            5,2026-01-06,Informasjonsmøte om fagbrev på jobb,,Per,,2026-03-01,,Fleire assistentar tek fagbrev
            """
        let plan = try importText(csv, path: "oppgaver.csv.txt")
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Avdelinga passerer 500 medlemar", "Fleire assistentar tek fagbrev"])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Vervestand på sjukeheimen", "Ringje alle nye medlemar", "Informasjonsmøte om fagbrev på jobb"])
        XCTAssertEqual(plan.items(.measure).map(\.responsible), ["Ola", "Kari", "Per"])
        XCTAssertEqual(plan.items(.measure).map(\.deadline), ["2026-09-20", "2026-12-31", "2026-03-01"])
        XCTAssertEqual(plan.items.map(\.area), [3, 3, 3, 4, 4])
        let letter = try importText("Tiltak:\n- Pensjonsmøte for medlemar – meld deg på her (https://example.no/pensjon)\n- Kurs i Teams\n", path: "brev.txt")
        XCTAssertEqual(letter.items.map(\.text), ["Pensjonsmøte for medlemar – meld deg på her", "Kurs i Teams"])
    }
    /// A plan in two languages: labels with their translation after a slash, and a table whose
    /// cells hold each text twice, a paragraph each (a date once). The plan's language counts.
    func testAPlanInTwoLanguages() throws {
        func cell(_ paragraphs: [String]) -> String { "<w:tc>" + paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>" }
        func row(_ cells: [[String]]) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }
        let table = "<w:tbl>" + row([["Tiltak", "Action"], ["Ansvar", "Responsible"], ["Frist", "Deadline"]])
            + row([["Kurs om lønn for nye medlemmer", "Course on pay for new members"], ["Leder", "Chair"], ["Mai 2026", "May 2026"]])
            + row([["Velkomstmøte med tolk", "Welcome meeting with an interpreter"], ["Sekretær", "Secretary"], ["15.09.2026"]]) + "</w:tbl>"
        let body = OfficeFixtures.paragraph("Verving / Recruitment", style: "Heading1") + OfficeFixtures.paragraph("Mål / Goals")
            + OfficeFixtures.paragraph("Fagforeningen har 900 medlemmer ved nyttår.", numId: 1)
            + OfficeFixtures.paragraph("Tiltak / Actions") + table
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Fagforeningen har 900 medlemmer ved nyttår."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Kurs om lønn for nye medlemmer", "Velkomstmøte med tolk"])
        XCTAssertEqual(plan.items(.measure).map(\.responsible), ["Leder", "Sekretær"])
        XCTAssertEqual(plan.items(.measure).map(\.deadline), ["Mai 2026", "15.09.2026"])
    }
    /// A static site's page source: a shortcode alone on its line gives its title as a heading
    /// or label, others and inline ones go; a Markdown link is its text; images and comments go.
    func testAStaticSitesPageSource() throws {
        let text = """
            ---
            title: "Handlingsplan 2026"
            ---

            <!-- TODO: oppdater tabellen -->
            ![Bilete frå årsmøtet](/bilete/a.jpg)

            {{< seksjon title="Organisasjon og tariffmakt" >}}

            {{< boks tittel="Måla våre" >}}
            - Fagforeininga skal ha 300 medlemar ved nyttår.
            {{< /boks >}}

            | Tiltak | Ansvarleg | Frist |
            |--------|-----------|-------|
            | Vervestand på [helsetunet]({{< ref "helsetun.md" >}}) i forbundsvekene | Leiar | September |
            | Ringje nye medlemar | Sekretær | Løpande |
            | Grunnkurs for nye tillitsvalde | Leiar | Mars |

            {{< /seksjon >}}
            """
        let plan = try importText(text, path: "plan.md")
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Fagforeininga skal ha 300 medlemar ved nyttår."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Vervestand på helsetunet i forbundsvekene", "Ringje nye medlemar",
                                                           "Grunnkurs for nye tillitsvalde"])
        XCTAssertEqual(Set(plan.items.map(\.area)), [3], "the shortcode's title is the section's heading")
        // A page that opens with an HTML comment is still text, not XML.
        let commented = try importText("<!-- utkast -->\nTiltak:\n- Kurs i Teams\n- Stand i forbundsukene\n", path: "side.md")
        XCTAssertEqual(commented.texts, ["Kurs i Teams", "Stand i forbundsukene"])
    }
    /// A balanced scorecard: the goals are the critical success factors, and the target column
    /// ("Mål 2027": "55 %") holds values, not goals.
    func testABalancedScorecardsSuccessFactorsAreTheGoals() throws {
        func row(_ cells: [String]) -> String { "<w:tr>" + cells.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>" }
        let table = "<w:tbl>" + row(["Kritisk suksessfaktor", "Måleindikator", "Mål 2027", "Tiltak", "Ansvar"])
            + row(["Flere får hele stillinger.", "Andel med 100 % stilling", "55 %", "Kreve langvakter i turnusen", "HTV"])
            + row(["Flere får hele stillinger.", "Andel med 100 % stilling", "55 %", "Heltid på hvert møte med kommunalsjefen", "HTV"])
            + row(["Fagforeningen vokser.", "Antall medlemmer", "1 120", "Vervedager på sykehuset", "Vervekontakt"]) + "</w:tbl>"
        let plan = try OfficeFixtures.importDocx(OfficeFixtures.paragraph("Målekort", style: "Heading1") + table)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere får hele stillinger.", "Fagforeningen vokser."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Kreve langvakter i turnusen", "Heltid på hvert møte med kommunalsjefen", "Vervedager på sykehuset"])
    }

    /// A SWOT analysis laid out as a table (each cell a heading of analysis over its points)
    /// holds no items; the plan's own table after it does.
    func testASWOTTableHoldsNoItems() throws {
        func cell(_ paragraphs: [String]) -> String { "<w:tc>" + paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>" }
        let swot = "<w:tbl><w:tr>" + cell(["Styrker", "Mange erfarne tillitsvalgte", "God økonomi"]) + cell(["Svakheter", "Få tillitsvalgte i barnehagene"])
            + "</w:tr><w:tr>" + cell(["Muligheter", "Ny heltidsstrategi i kommunen"]) + cell(["Trusler", "Kommunen vurderer anbud på renhold"]) + "</w:tr></w:tbl>"
        let plan = try OfficeFixtures.importDocx(OfficeFixtures.paragraph("Hvor står vi?", style: "Heading1") + swot
            + OfficeFixtures.paragraph("Verving", style: "Heading1") + OfficeFixtures.paragraph("Tiltak:")
            + OfficeFixtures.paragraph("Vervestand i forbundsukene", numId: 1))
        XCTAssertEqual(plan.texts, ["Vervestand i forbundsukene"])
    }
    /// List markers in paragraphs of their own, each followed by its text (a PDF opened in a
    /// word processor): each pair is one item; a lone dash in running text is not.
    func testListMarkersInParagraphsOfTheirOwn() throws {
        func p(_ text: String, style: String? = nil) -> String { OfficeFixtures.paragraph(text, style: style) }
        let plan = try OfficeFixtures.importDocx(p("Verving", style: "Heading1") + p("Våre mål") + p("•") + p("Avdelingen har 600 medlemmer ved nyttår.")
            + p("Tiltak") + p("–") + p("Vervestand i forbundsukene") + p("–") + p("Velkomstsamtale med nye medlemmer"))
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Avdelingen har 600 medlemmer ved nyttår."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Vervestand i forbundsukene", "Velkomstsamtale med nye medlemmer"])
        let one = LoneMarkers.relist([Block(kind: .paragraph, text: "–", number: nil, lines: [], source: .paragraph(1)),
                                      Block(kind: .paragraph, text: "Styret møtes.", number: nil, lines: [], source: .paragraph(2))])
        XCTAssertFalse(one.contains { $0.isListItem }, "one lone dash is no list")
    }
    /// Goals set as questions in sub-headings, each over the points that answer it; a question
    /// answered by a description is context.
    func testQuestionsAsSubHeadingsOverTheirAnswers() throws {
        func p(_ text: String, style: String? = nil, numId: Int? = nil) -> String { OfficeFixtures.paragraph(text, style: style, numId: numId) }
        let styles = OfficeFixtures.styles.replacingOccurrences(of: "</w:styles>", with: "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style></w:styles>")
        let body = p("Heltid", style: "Heading1") + p("Hvor står vi nå?", style: "Heading2") + p("Halvparten av de ansatte jobber deltid.")
            + p("Har alle som ønsker det fått større stilling?", style: "Heading2") + p("Undersøkelse om ønsket stillingsstørrelse", numId: 1)
            + p("Krav om større stillinger i turnusen", numId: 1)
            + p("Verving", style: "Heading1") + p("Har vi vervet 25 nye medlemmer i år?", style: "Heading2") + p("Vervekampanje før sesongen", numId: 1)
        let plan = try OfficeFixtures.importDocx(body, styles: styles)
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Har alle som ønsker det fått større stilling?", "Har vi vervet 25 nye medlemmer i år?"])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Undersøkelse om ønsket stillingsstørrelse", "Krav om større stillinger i turnusen", "Vervekampanje før sesongen"])
    }
    /// The document's own key to its marks ("Forklaring: 🎯 mål, 👉 tiltak") decides each
    /// marked paragraph's kind; a mark over a label is the label; HTML layout tags go.
    func testTheDocumentsOwnKeyToItsMarks() throws {
        let text = """
            # Handlingsplan 2026

            Forklaring: 🎯 mål, 👉 tiltak, ✅ tiltak som er gjort

            ## Heltid

            <aside>
            🎯 Målene våre

            Flere deltidsansatte får større stillinger.

            </aside>

            👉 Be om tall på uønsket deltid hvert halvår (Ansvar: hovedtillitsvalgt)

            ✅ Turnusverksted for tillitsvalgte

            🎯 Lønnsveksten for fagarbeidere følger kommunen.
            """
        let plan = try importText(text, path: "notion.md")
        XCTAssertEqual(plan.items(.localGoal).map(\.text), ["Flere deltidsansatte får større stillinger.", "Lønnsveksten for fagarbeidere følger kommunen."])
        XCTAssertEqual(plan.items(.measure).map(\.text), ["Be om tall på uønsket deltid hvert halvår", "Turnusverksted for tillitsvalgte"])
        XCTAssertEqual(plan.items(.measure).first?.responsible, "hovedtillitsvalgt")
        XCTAssertEqual(GlyphLegend.legend("Forklaring: 🎯 mål, 👉 tiltak"), ["🎯": .localGoal, "👉": .measure])
        XCTAssertNil(GlyphLegend.legend("Vi har 🎯 og 👉 på veggen"), "no labels named: no key")
    }
    /// A plan forwarded by mail and saved as text: the forwarder's note and the forwarded
    /// mail's header are not the plan, pictures are left out, a line in bold (*…*) is its text.
    func testAForwardedMailSavedAsText() throws {
        let text = """
            Hei Kari,

            Her er planen.

              * Vedlegg kommer i egen e-post
              * Kontaktperson er Siri

            -------- Forwarded Message --------
            Subject: \tHandlingsplan 2026
            Date: \tTue, 10 Feb 2026 21:14:03 +0100
            From: \tSiri <siri@example.no>

            [image: logo]

            Fagforbundet Testvik avd. 1

            Verving

            *Tiltak:*

              * Vervekampanje i uke 37
              * Ringe alle lærlinger
            """
        let plan = try importText(text, path: "mail.txt")
        XCTAssertEqual(plan.texts, ["Vervekampanje i uke 37", "Ringe alle lærlinger"])
        XCTAssertEqual(plan.items.map(\.source.line), [21, 22], "positions stay the file's")
    }
}
