/// The rules of `handlingsplan check`: stable codes, severities and their
/// reasons. Messages are Norwegian bokmål for branch secretaries; codes stay
/// English. The README's rule table is written from this list.
public struct Rule: Sendable, Hashable {
    public let code: String
    public let severity: Severity
    /// One line: what the rule finds.
    public let title: String
    /// Why it matters, and where its threshold comes from.
    public let rationale: String
    /// What to do about it.
    public let fix: String
}

public enum Rules {
    /// The codes of every rule, "a, b, c", for help text and errors (check's help is built
    /// at every start of the tool, whatever the command: see `TextMatching.joined`).
    public static var codeList: String { TextMatching.joined(all.map(\.code), separator: ", ") }

    public static let all: [Rule] = [
        Rule(code: "unreadable", severity: .error,
             title: "The file cannot be read: missing, empty, binary, undecodable text, a damaged or cut-off ZIP, malformed XML, or past a safety limit.",
             rationale: "A plan that cannot be read cannot be imported; the CI of a plan repository must fail on it.",
             fix: "Check that the file is the plan itself, saved as text (UTF-8 is best)."),
        Rule(code: "unsupported-format", severity: .error,
             title: "The file is not a format the importer reads: a legacy Word .doc or password-protected document, or a ZIP or XML file that is no text document.",
             rationale: "Only formats the importer reads can be checked; the message says how to convert.",
             fix: "Save the plan as .docx, .odt or plain text (.txt), without a password."),
        Rule(code: "no-plans", severity: .error,
             title: "No plan was found where one was to be checked.",
             rationale: "A folder that is empty, holds no plan-like files, or cannot be read would otherwise pass the check with nothing checked, and a CI gate would be green on nothing.",
             fix: "Point the check at the folder with the plans, or name other files with --include."),
        Rule(code: "no-items", severity: .error,
             title: "The plan yields no goals or measures.",
             rationale: "Every real plan has at least its national goals; none found means the file is not a plan or its structure was not recognised.",
             fix: "Keep the headings of the six areas and the lists of goals (\"Fagforeningens mål:\") and measures (\"Fagforeningens tiltak:\")."),
        Rule(code: "template-text", severity: .warning,
             title: "Instruction text from the national template is still in the plan.",
             rationale: "Sentences such as \"Her formulerer fagforeningen sine konkrete og målbare målsettinger …\" are instructions to the writer, not the branch's plan; three of the five real plans kept them.",
             fix: "Delete the instruction sentence, or replace it with the branch's own goals."),
        Rule(code: "area-without-local-items", severity: .warning,
             title: "One of the six national areas has no local goal or measure.",
             rationale: "Every branch plan is to follow Strategiplan 2024–2025 in all six areas; copied national goals alone do not count. One real plan has no area-2 section.",
             fix: "Add at least one goal or measure of the branch's own under the area's heading."),
        Rule(code: "missing-branch-name", severity: .warning,
             title: "The branch's name (\"Fagforbundet …\") cannot be found.",
             rationale: "Without it the county cannot tell whose plan this is; it belongs in the title block.",
             fix: "Put the branch's name, e.g. \"Fagforbundet Ås avd. 123\", near the top."),
        Rule(code: "missing-period", severity: .warning,
             title: "The plan's period (\"2024–2025\") cannot be found.",
             rationale: "Plans cover an annual-meeting period; without it an old plan cannot be told from the current one.",
             fix: "Write the period in the title, e.g. \"Handlingsplan 2024–2025\"."),
        Rule(code: "missing-adoption-date", severity: .warning,
             title: "The adoption date (\"Vedtatt på årsmøtet …\") cannot be found.",
             rationale: "A plan is the annual meeting's decision; the date shows it was adopted. A date of a later meeting does not count.",
             fix: "Add a line such as \"Vedtatt på årsmøtet den 24.01.2024\"."),
        Rule(code: "several-versions", severity: .warning,
             title: "Two or more files hold plans of the same union, branch and period with different content.",
             rationale: "Usually the board's draft beside the plan the annual meeting adopted, or an old file under a new name. Both are imported, and an overview that adds them up counts the branch twice; a person must say which one holds.",
             fix: "Keep only the adopted plan in the folder, or move the others to a folder that is left out (--exclude)."),
        Rule(code: "duplicate-plan", severity: .info,
             title: "The file is a byte-for-byte copy of another file in the batch.",
             rationale: "A copy in an archive folder or a mail attachment saved twice. It is imported and counted once, under the first file's name; this says where the other copy is.",
             fix: "Nothing, or delete the copy."),
        Rule(code: "unmapped-item", severity: .info,
             title: "An item could not be mapped to an area: no heading, national goal or words say which.",
             rationale: "Such items are left out of an analyst's area pivot. Items that clearly fit no area (board meetings, accounts, social events, solidarity work) are mapped to none on purpose and are not reported.",
             fix: "Move the item under the heading of the area it serves, or leave it if it fits none."),
        Rule(code: "low-confidence", severity: .info,
             title: "An item was mapped to an area by its words only, with low confidence.",
             rationale: "Below 0.4 a mapping rests on one weak word, nearly tied words, or the words of a heading that names no area: on the development set 6 of 8 such mappings were right, against 185 of 186 above it. The evidence says which words decided.",
             fix: "Check the area; moving the item under its area's heading makes the mapping certain."),
        Rule(code: "duplicate-section-number", severity: .info,
             title: "Two sections carry the same number.",
             rationale: "Usually a section copied or renumbered by hand (one real plan has two \"4.3\"); references such as \"se punkt 4.3\" become ambiguous.",
             fix: "Renumber the sections."),
        Rule(code: "lost-heading", severity: .info,
             title: "A list of national goals stands under no heading of its own.",
             rationale: "A second national list inside one section means its heading was lost in the export; its items are mapped by their words instead.",
             fix: "Restore the section's heading."),
        Rule(code: "windows-1252", severity: .info,
             title: "The text was not UTF-8 and was read as Windows-1252.",
             rationale: "Right for most old Windows exports, but a file in another 8-bit encoding would give wrong letters.",
             fix: "Save the file as UTF-8."),
        Rule(code: "invalid-utf8", severity: .info,
             title: "A few bytes of a UTF-8 text were not valid UTF-8 and are shown as �.",
             rationale: "A file that is UTF-8 apart from a few damaged bytes is read as UTF-8, so that every æ, ø and å stays right; only the damaged places are lost.",
             fix: "Find the � in the imported text and correct the plan there, then save it as UTF-8."),
    ]

    public static func rule(_ code: String) -> Rule? { all.first { $0.code == code } }
}
