import Foundation
import XCTest
@testable import Handlingsplan

/// Plans whose structure shows only in what they repeat, how they align and what their lines
/// hold: one small fixture a way of writing (Fixtures/evidence/), each asserting items, kinds,
/// areas, responsible and deadline.
final class EvidenceTests: XCTestCase {
    private func importFixture(_ name: String) throws -> Plan {
        let url = Paths.fixtures.appendingPathComponent("evidence/\(name)")
        return try PlanImporter().importBytes([UInt8](try Data(contentsOf: url)), path: name)
    }

    /// Word's "Save as plain text" of symbol-font bullets: "§" + TAB, "o" + TAB under it,
    /// Windows-1252 and CRLF. The glyphs are markers because the document repeats them.
    func testSymbolFontStandInsAreMarkers() throws {
        let plan = try importFixture("word-symbol-bullets.txt")
        XCTAssertEqual(plan.texts, ["Verve 60 nye medlemmer i 2025", "Stand på videregående skole i august",
                                    "Velkomstsamtale med alle nye medlemmer", "Grunnskolering for nye tillitsvalgte hver vår", "Kurs i Teams for styret"])
        XCTAssertEqual(plan.items.map(\.kind), Array(repeating: .measure, count: 5), "an activity with sub-items is a measure")
        XCTAssertEqual(plan.items.map(\.area), [3, 3, 3, 3, 6])
        XCTAssertEqual(plan.sections.map(\.heading), ["Organisering", "Digitalisering"])
        XCTAssertEqual(plan.source.encoding, .windows1252)
    }

    /// Google Docs' text: "* " and "    * " four spaces deeper, numbers that restart; a numbered
    /// list under a heading is a list, not a run of numbered headings.
    func testGoogleDocsIndentedBulletsAndNumberedList() throws {
        let plan = try importFixture("google-docs.txt")
        XCTAssertEqual(plan.texts, ["Kartlegge ufrivillig deltid i hjemmetjenesten", "Spørreundersøkelse til alle medlemmer i turnus",
                                    "Møte med hovedtillitsvalgt om resultatene", "Pensjonsmøte for medlemmer over 55 år",
                                    "Styremøte hver måned", "Regnskap og budsjett til årsmøtet"])
        XCTAssertEqual(plan.sections.map(\.heading), ["Heltid og likelønn", "Styrearbeid"])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, nil, nil])
    }

    /// pdftotext's default mode sets a list's bullets in a column before its text: each bullet
    /// marks the next line that starts an item; the running header (first line of page 1 and
    /// after each page break) and "Side k av n" are no text.
    func testBulletsSetApartFromTheirText() throws {
        let plan = try importFixture("pdftotext-bullet-column.txt")
        XCTAssertEqual(plan.texts, [
            "Vervekampanje på alle sykehjem og i hjemmetjenesten i forbundsukene i mars og september.",
            "Grunnskolering for nye tillitsvalgte to ganger i året.",
            "Medlemsmøte om tariffoppgjøret før uravstemningen.",
            "Kurs i Tillitsvalgtportalen for alle plasstillitsvalgte.",
            "Digital kafé for pensjonister om BankID.",
        ])
        XCTAssertEqual(plan.sections.map(\.heading), ["Organisasjonsbygging og tariffmakt", "Digitalisering"])
        XCTAssertEqual(plan.items.map(\.area), [3, 3, 3, 6, 6])
    }

    /// "Mål 1:", "Delmål 1.1 –", "Tiltak 1.1.1:", "Aktivitet:": the label says the kind, the text
    /// after it is the item; a parenthesis after a measure says who and when.
    func testLabelledOutline() throws {
        let plan = try importFixture("labelled-outline.txt")
        XCTAssertEqual(plan.texts, [
            "Flere av medlemmene våre jobber heltid ved utgangen av 2026.",
            "Den ufrivillige deltiden i helse og omsorg er redusert.",
            "Kartlegge ufrivillig deltid i hjemmetjenesten",
            "Kreve at nye stillinger lyses ut som hele stillinger",
            "Styremøte hver måned",
            "Legge fram regnskap for årsmøtet",
        ])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .localGoal, .measure, .measure, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, nil, nil])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, nil, "HTV", "HTV", nil, nil])
        XCTAssertEqual(plan.items.map(\.deadline), [nil, nil, "innen 1. mai 2025", nil, nil, nil])
        XCTAssertEqual(plan.sections.map(\.number), ["1", "7"])
    }

    /// Who and when written into a measure's line, in the forms plans use; a parenthesis that
    /// holds neither stays text.
    func testResponsibleAndDeadlineInTheLine() throws {
        let plan = try importFixture("inline-fields.txt")
        XCTAssertEqual(plan.texts, [
            "Vervekampanje i forbundsvekene med besøk på alle arbeidsplassane",
            "Krevje heile stillingar i pleie og omsorg",
            "Gå gjennom turnusane på sjukeheimen",
            "Pensjonsmøte for medlemmar over 55 år.",
            "Kurs for assistentar i skulen om fagbrev",
            "Medlemsmøte om ny offentleg tenestepensjon og AFP",
            "Innkalling til årsmøtet",
            "Kurs om lokale forhandlingar (AFP og pensjon)",
        ])
        XCTAssertEqual(plan.items.map(\.responsible), ["styret", "hovudtillitsvald", "plasstillitsvald", "styret",
                                                       "seksjon kirke, kultur og oppvekst", nil, "styret", nil])
        XCTAssertEqual(plan.items.map(\.deadline), ["veke 11 og veke 37", "1. april 2025", "innan juni", "oktober",
                                                    "februar 2026", "innan juni", nil, nil])
    }

    func testInlineFieldsOneByOne() {
        let cases: [(String, String, String?, String?)] = [
            ("Be om heltidsmøte med kommunedirektøren – leder, våren 2025", "Be om heltidsmøte med kommunedirektøren", "leder", "våren 2025"),
            ("Kartlegge deltid (ansvarlig: HTV og PTV, innen 1. mai)", "Kartlegge deltid", "HTV og PTV", "innen 1. mai"),
            ("Krav om drøftingsmøte om turnus (april 2025)", "Krav om drøftingsmøte om turnus", nil, "april 2025"),
            ("Informere politikerne om egen regi (før budsjettet)", "Informere politikerne om egen regi", nil, "før budsjettet"),
            ("Lønnskartlegging for renholdere – frist: 1. oktober", "Lønnskartlegging for renholdere", nil, "1. oktober"),
            ("Kurs – teori og praksis", "Kurs – teori og praksis", nil, nil),
            ("Digital hjelp med BankID (Vipps og nettbank)", "Digital hjelp med BankID (Vipps og nettbank)", nil, nil),
        ]
        for (line, text, who, when) in cases {
            let split = InlineFields.split(line)
            XCTAssertEqual(split.text, text, line)
            XCTAssertEqual(split.responsible, who, line)
            XCTAssertEqual(split.deadline, when, line)
        }
    }

    /// Goal sentences in prose whatever their subject ("Alle arbeidsplasser … skal ha",
    /// "Innen 2026 skal …", someone else's "skal ha"); not what others will do, not a
    /// description, not a forecast.
    func testGoalSentencesWhateverTheirSubject() throws {
        let plan = try importFixture("prose-goals.txt")
        XCTAssertEqual(plan.texts, [
            "Alle arbeidsplasser med mer enn fem medlemmer skal ha en valgt tillitsvalgt.",
            "Innen 2026 skal fagforeningen ha 1 500 medlemmer.",
            "Innan 2026 skal kommunen ha minst fire lærlingar i helsearbeidarfaget.",
        ])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .localGoal, .localGoal])
        XCTAssertEqual(plan.items.map(\.area), [3, 3, 4])
        XCTAssertFalse(GoalProse.statesWhatShallBe("Kommunestyret skal behandle ny organisering av hjemmetjenesten i 2025."))
        XCTAssertFalse(GoalProse.statesWhatShallBe("Handlingsplanen viser hva styret, tillitsvalgte og yrkesseksjonene skal prioritere."))
        XCTAssertTrue(GoalProse.statesWhatShallBe("Når nye verktøy innføres, skal tillitsvalgte være med fra starten."))
        XCTAssertTrue(GoalProse.statesWhatShallBe("Før stortingsvalet vil vi få flest mogleg medlemmar til å røyste."))
    }

    func testLabelledLineParsing() {
        XCTAssertEqual(LabelledLine.parse("Tiltak 1.2.1: Kartlegge deltid"), LabelledLine(label: .measure, number: "1.2.1", text: "Kartlegge deltid"))
        XCTAssertEqual(LabelledLine.parse("Delmål 2.1 – Færre i deltid"), LabelledLine(label: .goal, number: "2.1", text: "Færre i deltid"))
        XCTAssertEqual(LabelledLine.parse("Hovudmål 1: Fleire medlemmar"), LabelledLine(label: .nationalGoal, number: "1", text: "Fleire medlemmar"))
        XCTAssertEqual(LabelledLine.parse("Tiltak 3:"), LabelledLine(label: .measure, number: "3", text: ""))
        XCTAssertNil(LabelledLine.parse("Tiltak for å få flere medlemmer"))
        XCTAssertNil(LabelledLine.parse("Mål og tiltak for perioden:"))
        XCTAssertNil(LabelledLine.parse("Målet er at flere skal jobbe heltid."))
        XCTAssertNil(LabelledLine.parse("Hovedmål 2024–2025"))
    }

    /// A year plan without a header row: months and weeks make the when-column, roles the
    /// who-column, the longest cells the measures.
    func testTableColumnsByWhatTheirCellsHold() throws {
        let plan = try importFixture("year-plan-no-header.txt")
        XCTAssertEqual(plan.texts.first, "Årsmøte med valg og vedtak om handlingsplan")
        XCTAssertEqual(plan.items.count, 6, "the months are no items")
        XCTAssertEqual(plan.items.map(\.deadline), ["Januar", "Februar", "Mars", "Uke 17", "Høst 2025", "Desember"])
        XCTAssertEqual(plan.items.map(\.responsible), ["Styret", "Leder", "Opplæringsansvarlig", "Leder", "Sekretær", "Styret"])
        XCTAssertEqual(plan.items.map(\.area), [nil, 3, 3, 1, 6, nil])
    }

    /// Columns in an odd order (Kven | Kva | Innan | Område | Status), the header typed again
    /// where the table goes on, an area column that names areas by number, name, a short
    /// form or a dash: the area column decides, with method `column`.
    func testAreaColumnAndRepeatedHeader() throws {
        let plan = try importFixture("area-column.txt")
        XCTAssertEqual(plan.texts, ["Kartleggje ufrivillig deltid i heimetenesta", "Ta opp innleige frå vikarbyrå med kommunedirektøren",
                                    "Verve 60 nye medlemmar i 2025", "Fagdag om legemiddelhandtering", "Julebord for tillitsvalde"])
        XCTAssertEqual(plan.items.map(\.area), [1, 2, 3, 4, nil])
        XCTAssertEqual(plan.items.map(\.mapping.method), Array(repeating: "column", count: 5))
        XCTAssertEqual(plan.items.map(\.responsible), ["HTV", "Leiar", "Vervekontakt", "Seksjonsleiar", "Styret"])
        XCTAssertEqual(plan.items.map(\.deadline), ["1. april 2025", "Juni 2025", "31.12.2025", "September 2025", "Desember"])
        XCTAssertEqual(plan.items.map(\.status), ["Gjennomført", "Pågår", "✔", "Ikkje starta", "Pågår"])
    }

    /// LibreOffice's text export of a table: each cell a line, an empty cell an empty line, a
    /// row across the table one line. Rows are as many lines as the header has cells.
    func testTableWithOneCellALine() throws {
        let plan = try importFixture("cells-one-a-line.txt")
        XCTAssertEqual(plan.texts, ["Fleire medlemmar i heile, faste stillingar", "Krevje drøftingsmøte om bruk av deltid i alle einingar",
                                    "Halde kurs om fortrinnsrett for plasstillitsvalde", "Styremøte kvar månad", "Julebord for tillitsvalde",
                                    "Alle tillitsvalde brukar Tillitsvalgtportalen."])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .measure, .measure, .localGoal])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, "Hovudtillitsvald", nil, "Leiar", "Styret", nil])
        XCTAssertEqual(plan.items.map(\.deadline), [nil, "Kvart år", "Hausten 2025", "Kvar månad", nil, nil])
        XCTAssertEqual(plan.sections.map(\.heading), ["Heiltid og likeløn", "Anna", "Digitalisering"])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, nil, nil, 6])
    }

    /// pdftotext -layout: cells side by side, each fragment in the column whose header it
    /// stands under; a wrapped cell's lower line joins it, a field centred in its row too,
    /// and two cells one space apart are split where the next header starts.
    func testTableWithColumnsLinedUp() throws {
        let plan = try importFixture("columns-lined-up.txt")
        XCTAssertEqual(plan.texts, ["Krevje drøftingsmøte om bruk av deltid i helse og omsorg", "Følgje opp at ledige stillingar blir lyste ut som heile stillingar",
                                    "Kurs i lokale forhandlingar for tillitsvalde", "Arbeidsplassbesøk i private barnehagar og reinhaldsbedrifter",
                                    "Alle tillitsvalde brukar Tillitsvalgtportalen."])
        XCTAssertEqual(plan.items.map(\.responsible), ["HTV", "Plasstillitsvalde", nil, "Nestleiar", nil])
        XCTAssertEqual(plan.items.map(\.deadline), ["April 2025", "Heile året", "Mai 2025", "Vår og haust", nil])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 6])
    }

    /// pdftotext -layout of a table over two pages: area names across the table (one reaching
    /// under the next header), a cell's line in upper case after a word that cannot end it
    /// ("… i" / "Sørvik og Nordvik"), a footer with its page number at the right, the header
    /// again a little further right, a heading of the branch's own among the area rows, and
    /// the place and date that sign the plan. Above it, a list of sentences most of which
    /// state what shall be: goals, under a heading of the branch's own.
    func testLayoutTableOverTwoPages() throws {
        let plan = try importFixture("layout-table-pages.txt")
        XCTAssertEqual(plan.texts, [
            "Flere medlemmer i Sørvik kommune har hele, faste stillinger.", "Fagforeningen øker medlemstallet til over 400.",
            "Alle enheter har en valgt tillitsvalgt.",
            "Kartlegge deltid i hjemmetjenesten og legge tallene fram for Rådmannen og formannskapet", "Medlemsmøte om lønnsoppgjøret",
            "Vervekampanje på sykehjemmene i Sørvik og Nordvik", "Grunnskolering for nye tillitsvalgte",
            "Styremøte første tirsdag i måneden", "Regnskap til årsmøtet",
        ])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .localGoal, .localGoal] + Array(repeating: .measure, count: 6))
        XCTAssertEqual(plan.items.map(\.responsible), [nil, nil, nil, "Hovedtillitsvalgt", "Leder", "Vervekontakt", "Opplæringsansvarlig", "Leder", "Kasserer"])
        XCTAssertEqual(plan.items.map(\.deadline), [nil, nil, nil, "Mars 2025", "April 2025", "September", "Mai 2025", "Hele året", "Januar"])
        XCTAssertEqual(plan.sections.map(\.heading), ["Dette ønsker vi å få til", "Heltid, likelønn og mindre forskjeller",
                                                     "Organisasjonsbygging og tariffmakt", "Drift av fagforeningen"])
        XCTAssertEqual(Array(plan.items.map(\.area)[3...]), [1, 1, 3, 3, nil, nil])
    }

    /// pdftotext -raw: the header on one line, each row on one line, its fields at the end in
    /// the header's order; a role after a joining word ("… for tillitsvalde") is the text's.
    func testTableWithRowsOnOneLine() throws {
        let plan = try importFixture("rows-one-a-line.txt")
        XCTAssertEqual(plan.texts, ["Stand på Høgskulen i Volda i fadderveka", "Velkomstsamtale med alle nye medlemar",
                                    "Kurs i lokale forhandlingar for tillitsvalde", "Alle tillitsvalde brukar Tillitsvalgtportalen."])
        XCTAssertEqual(plan.items.map(\.responsible), ["Ungdomstillitsvald", "Medlemsansvarleg", nil, nil])
        XCTAssertEqual(plan.items.map(\.deadline), ["August 2025", "Fortløpande", "Mai 2025", nil])
    }

    /// pdftotext -layout with the page: a running header (on page 1's first line and after the
    /// page break), "Side k av n" at the right margin, a bullet broken by the page, words
    /// broken at a line's end ("faglig-" / "politisk", "helse-" / "og", "LO-" / "forbundene").
    func testPdfTextPageResidueAndHyphens() throws {
        let plan = try importFixture("pdf-text-residue.txt")
        XCTAssertEqual(plan.texts, [
            "Møte gruppelederne i kommunestyret før budsjettbehandlingen i november hvert år",
            "Skrive leserinnlegg om sykehjemmene i egen regi og om helse- og omsorgstjenestene i Sidevik",
            "Stand på torget 1. mai sammen med LO i Sidevik og de andre LO-forbundene",
            "Kurs i Tillitsvalgtportalen for plasstillitsvalgte",
        ])
        XCTAssertEqual(plan.sections.map(\.heading), ["Alliansebygging, myndighetskontakt og faglig-politisk påvirkningsarbeid", "Digitalisering"])
        XCTAssertEqual(plan.items.map(\.area), [5, 5, 5, 6])
        XCTAssertEqual(plan.plan.branch, "922")
        XCTAssertEqual(plan.plan.adopted, "2025-02-03")
    }

    func testHyphenJoins() {
        let words: Set<String> = ["organisasjonsbygging"]
        XCTAssertEqual(WrappedWord.join("om organisasjons-", "bygging i året", words: words), "om organisasjonsbygging i året")
        XCTAssertEqual(WrappedWord.join("i KS-", "området", words: words), "i KS-området")
        XCTAssertEqual(WrappedWord.join("i helse-", "og omsorg", words: words), "i helse- og omsorg")
        XCTAssertNil(WrappedWord.join("kurs i april –", "og mai", words: words))
    }

    /// The words are data: a plan's new label is one line of a vocabulary file, given with
    /// --vocabulary, without rebuilding; a bad line names its file and line.
    func testVocabularyFileAddsWords() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.txt"), words = dir.appendingPathComponent("ord.tsv"), bad = dir.appendingPathComponent("feil.tsv")
        try Data("Tiltaksplan 2025\n\nOrganisasjonsbygging\n\nGjøremål 1.1: Verve nye medlemmer på sykehjemmene\nGjøremål 1.2: Kurs for nye tillitsvalgte\n".utf8).write(to: plan)
        try Data("# a county's own label\nmeasure-label\tgjøremål\n".utf8).write(to: words)
        try Data("rolle\tklubbkontakt\n".utf8).write(to: bad)

        let without = try runTool(["import", plan.path, "-q"])
        XCTAssertEqual(without.status, 0)
        XCTAssertTrue(try JSONSerialization.jsonObject(with: without.stdout) as? [String: Any] != nil)
        let plain = try PlanImporter().importFile(at: plan.path)
        XCTAssertFalse(plain.texts.contains("Verve nye medlemmer på sykehjemmene"), "an unknown label is text")

        let with = try runTool(["import", plan.path, "-q", "--vocabulary", words.path])
        XCTAssertEqual(with.status, 0, with.stderr)
        let items = ((try JSONSerialization.jsonObject(with: with.stdout) as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        XCTAssertEqual(items.compactMap { $0["text"] as? String }, ["Verve nye medlemmer på sykehjemmene", "Kurs for nye tillitsvalgte"])
        XCTAssertEqual(items.compactMap { $0["kind"] as? String }, ["measure", "measure"])

        let refused = try runTool(["import", plan.path, "-q", "--vocabulary", bad.path])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("feil.tsv:1") && refused.stderr.contains("rolle"), refused.stderr)
    }

    /// The small words of fields are data too: a county that writes "seinast juni" at the end
    /// of its measures adds one line, and the time becomes the deadline.
    func testClosingDeadlineCueIsVocabulary() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.txt"), words = dir.appendingPathComponent("ord.tsv")
        try Data("Tiltak:\n- Medlemsmøte om pensjon seinast juni\n- Verve nye medlemmer innen mai\n".utf8).write(to: plan)
        try Data("closing-deadline-cue\tseinast\n".utf8).write(to: words)
        func items(_ extra: [String]) throws -> [[String: Any]] {
            let run = try runTool(["import", plan.path, "-q"] + extra)
            XCTAssertEqual(run.status, 0, run.stderr)
            return ((try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        }
        let plain = try items([])
        XCTAssertEqual(plain.compactMap { $0["text"] as? String }, ["Medlemsmøte om pensjon seinast juni", "Verve nye medlemmer"])
        XCTAssertEqual(plain.last?["deadline"] as? String, "innen mai")
        let with = try items(["--vocabulary", words.path])
        XCTAssertEqual(with.first?["text"] as? String, "Medlemsmøte om pensjon")
        XCTAssertEqual(with.first?["deadline"] as? String, "seinast juni")
    }

    /// Every key of the built-in vocabulary has entries, and each entry is in lower case.
    func testBuiltInVocabulary() {
        for key in PlanWords.Key.allCases {
            XCTAssertFalse(PlanWords.standard.all(key).isEmpty, key.rawValue)
            for entry in PlanWords.standard.all(key) { XCTAssertEqual(entry, entry.lowercased(), key.rawValue) }
        }
        XCTAssertEqual(LineScan.monthNames.count, 12, "one home for the months: vocabulary.tsv")
        XCTAssertEqual(FieldValue.month("sept"), 9)
    }

    /// A user's line for a word the vocabulary has adds spellings to it: "month mars march"
    /// is March's new spelling, not a thirteenth month.
    func testVocabularyEntriesMergeByTheirFirstWord() throws {
        let extra = try PlanWords(parsing: "month\tmars\tmarch\tmar\nrole\tklubbkontakt\n", source: "extra.tsv")
        let merged = PlanWords.standard.adding(extra)
        XCTAssertEqual(merged.spellings(.month).count, 12)
        XCTAssertEqual(merged.spellings(.month)[2], ["mars", "mar", "march"])
        XCTAssertTrue(merged.all(.role).contains("klubbkontakt"))
    }

    /// Two glyph families, goals with one and measures with the other, no labels: the kind
    /// follows the family (most of its items' wording), also for an item whose own wording
    /// reads otherwise ("Øke medlemstallet med 80 i 2025." among the "▶" goals); measures
    /// indented under numbered goals in Markdown ("   - ") stand a level below them.
    func testTwoMarkerFamilies() throws {
        let plan = try importFixture("two-families.txt")
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .localGoal, .measure, .localGoal, .localGoal, .measure])
        XCTAssertEqual(plan.items.map(\.area), [1, 1, 1, 1, 1, 3, 3, 3])
        let markdown = try importText("""
            ## Heltid og likelønn

            **Mål:**
            1. Flere ansatte i helse og omsorg har hele stillinger ved utgangen av 2025.
               - Kartlegge medlemmer som ønsker høyere stillingsprosent – HTV, mars 2025
            2. Ingen medlemmer i private barnehager har dårligere pensjon.
               - Gå gjennom pensjonsordningene i barnehagene – nestleder, høsten 2025
            """)
        XCTAssertEqual(markdown.items.map(\.kind), [.localGoal, .measure, .localGoal, .measure])
        XCTAssertEqual(markdown.items.map(\.responsible), [nil, "HTV", nil, "nestleder"])
        XCTAssertEqual(markdown.items.map(\.deadline), [nil, "mars 2025", nil, "høsten 2025"])
    }

    /// Codes as markers ("M1", "T1.1" and a TAB): a family each, the measures' codes under the
    /// goals' ones; a new family ends the national list above it.
    func testCodesAsMarkers() throws {
        let plan = try importFixture("codes.txt")
        XCTAssertEqual(plan.items.map(\.kind), [.nationalGoal, .localGoal, .measure, .measure, .localGoal, .measure])
        XCTAssertEqual(plan.texts[2], "Krevje at ledige stillingar blir vurderte for heiltid")
        XCTAssertEqual(plan.items[2].responsible, "hovudtillitsvald")
    }

    /// Lines that name who after a dash ("… – leiar") are measures without any bullet; the
    /// months between them are headings; "1. mai-tog" is a date, not a number; the last line of
    /// the run is a measure though it names no one.
    func testMeasureLinesWithWhoAndMonthHeadings() throws {
        let plan = try importFixture("month-lines.txt")
        XCTAssertEqual(plan.texts, ["Styremøte med planlegging av året", "Årsmøte med val og vedtak av tiltaksplanen",
                                    "Vervekampanje på omsorgssenteret og i heimetenesta", "Møte med personalsjefen om utlysing av deltidsstillingar",
                                    "1. mai-tog og appell på torget", "Julebord for medlemane", "Evaluering av tiltaksplanen på siste styremøtet"])
        XCTAssertEqual(plan.items.map(\.responsible), ["leiar", "styret", "verveansvarleg", "hovudtillitsvald", "styret", "styret", nil])
        XCTAssertEqual(plan.sections.map(\.heading), ["Januar", "Februar – mars", "Desember"])
    }

    /// A table of contents (dot leaders and page numbers) is no text.
    func testTableOfContentsIsNoItem() throws {
        let plan = try importFixture("contents.txt")
        XCTAssertEqual(plan.texts, ["Vervekampanje i forbundsukene.", "Grunnskolering for nye tillitsvalgte."])
        XCTAssertEqual(plan.items.map(\.area), [3, 3])
    }

    /// A table of measures with goal rows (one cell, no who or when) and a cell that lists
    /// several measures, one a paragraph; "(felles med …)" goes on with its paragraph.
    func testGoalRowsAndCellsOfSeveralMeasures() throws {
        func cell(_ paragraphs: [String]) -> String {
            "<w:tc>" + paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>"
        }
        func row(_ cells: [[String]]) -> String { "<w:tr>" + cells.map(cell).joined() + "</w:tr>" }
        let body = OfficeFixtures.paragraph("Organisasjonsbygging og tariffmakt", style: "Heading1")
            + "<w:tbl>"
            + row([["Nr."], ["Tiltak"], ["Ansvar"], ["Frist"]])
            + row([[], ["Flere medlemmer i private barnehager."], [], []])
            + row([["1.1"], ["Besøke alle private barnehager.", "Verve nye medlemmer på stand i forbundsukene."], ["Styret"], ["Våren 2025"]])
            + row([["1.2"], ["Tillitsvalgtsamling med overnatting", "(felles med Fagforbundet Nabovik)"], ["Leder"], ["Oktober"]])
            + "</w:tbl>"
        let plan = try OfficeFixtures.importDocx(body)
        XCTAssertEqual(plan.texts, ["Flere medlemmer i private barnehager.", "Besøke alle private barnehager.",
                                    "Verve nye medlemmer på stand i forbundsukene.", "Tillitsvalgtsamling med overnatting (felles med Fagforbundet Nabovik)"])
        XCTAssertEqual(plan.items.map(\.kind), [.localGoal, .measure, .measure, .measure])
        XCTAssertEqual(plan.items.map(\.responsible), [nil, "Styret", "Styret", "Leder"])
        XCTAssertEqual(plan.items.map(\.deadline), [nil, "Våren 2025", "Våren 2025", "Oktober"])
    }

    /// Adoption dates as plans write them: "30/1-2025", "21. feb. 2024", "På årsmøtet 29. januar
    /// 2025 vedtok vi …".
    func testAdoptionDatesInMoreForms() throws {
        XCTAssertEqual(try importText("Handlingsplan 2025\nGodkjent av årsmøtet 30/1-2025\n\n- Verve nye medlemmer\n").plan.adopted, "2025-01-30")
        XCTAssertEqual(try importText("Handlingsplan 2024\nVedteke på årsmøtet 21. feb. 2024\n\n- Verve nye medlemmer\n").plan.adopted, "2024-02-21")
        XCTAssertEqual(try importText("Handlingsplan 2025\n\nPå årsmøtet 29. januar 2025 vedtok vi handlingsplanen for året.\n\n- Verve nye medlemmer\n").plan.adopted, "2025-01-29")
    }
}
