import { describe, expect, it } from "vitest";
import { agencyTemplate, schemaFileName } from "../../src/assess/template.js";
import { miniRubric } from "../helpers/mini-rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";

describe("init's template from a rubric's data", () => {
  it("names the schema file inside the output folder whatever the rubric's id and version hold", () => {
    expect(schemaFileName(miniRubric())).toBe("mini-1.agency.schema.json");
    for (const version of ["/../../../out/PWNED", "..\\\\..\\\\x", "1\nagency: evil", ".hidden"]) {
      const name = schemaFileName(miniRubric({ version }));
      expect(name, version).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*\.agency\.schema\.json$/);
      expect(name).not.toContain("..");
    }
  });

  // It showed one department's code (qb-skhcn) only: a commune's officer typed its name, accents and spaces.
  it("says what an agency code may hold, with a department's and a commune's", () => {
    expect(agencyTemplate(miniRubric(), "vi", { file: "x.yaml" })).toContain("  id:            # mã cơ quan (chữ không dấu, số, dấu - . _), ví dụ qb-skhcn, tn-can-giuoc\n");
    // "agency code" in English, where the reports' column and every finding say "Agency id" (an indicator's is the code).
    expect(agencyTemplate(miniRubric(), "en", { file: "x.yaml" })).toContain("  id:            # agency id (letters without diacritics, digits, - . _), e.g. qb-skhcn, tn-can-giuoc\n");
  });

  // The English said "date the file is submitted, YYYY-MM-DD" where the vi names the collector and the covering letter,
  // and the reports' column says "Date sent": one day, one name, and what it is the day of.
  it("says in English, as in vi, whose day the submitted date is, in the reports' words (sent)", () => {
    expect(agencyTemplate(miniRubric(), "en", { file: "x.yaml" })).toContain("submitted:       # the date the results are sent to the collector (the date of the covering letter), YYYY-MM-DD, e.g. 2025-09-25\n");
  });

  it("keeps a version with a line break on its comment line", () => {
    const text = agencyTemplate(miniRubric({ version: "1\nagency: evil" }), "en", { file: "x.yaml" });
    expect(text.split("\n").some((l) => l.startsWith("agency: evil"))).toBe(false);
  });

  it("keeps a title with a lone CR, or terminal controls, on its comment line, inert", () => {
    const r = miniRubric();
    const item = r.groups[0]!.items.find((i) => i.kind === "indicator")!;
    item.title.en = "Meetings\r  \"9.9\": {value: 1}\r\u2028\u0085\x1b]0;T\x07\u202e #";
    const text = agencyTemplate(r, "en", { file: "x.yaml" });
    // YAML (and egov-score's reader) ends a line at a lone CR as at a LF.
    expect(text.split(/\r\n?|\n/).some((l) => l.trimStart().startsWith('"9.9"'))).toBe(false);
    expect(text).not.toMatch(/[\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]/);
    expect(text).toContain(`# ${item.code}. Meetings "9.9": {value: 1}`);
  });
});

describe("init's template, who an item is for", () => {
  it("is not said when the list names every type of the rubric (it read 'Applies only to' all of them)", () => {
    const r = miniRubric();
    const item = r.groups[0]!.items.find((i) => i.kind === "indicator")!;
    const lineBefore = () => { const text = agencyTemplate(r, "en", { file: "x.yaml" }); return text.slice(0, text.indexOf(`"${item.code}":`)).split("\n").slice(-2, -1)[0]; };
    (item as { applies_to?: string[] }).applies_to = r.agency_types.map((a) => a.id);
    expect(lineBefore()).not.toContain("Applies only to");
    (item as { applies_to?: string[] }).applies_to = [r.agency_types[0]!.id];
    expect(lineBefore()).toContain(`Applies only to agencies of type: ${r.agency_types[0]!.id} (`);
  });
});

// The bonus and penalty headings read "(Max 50 points)", a column's header in mid-sentence, beside the indicators'
// "(max 20 points)" under them.
describe("init's template, the bonus and penalty headings", () => {
  it.each([
    ["en", "# ═══ Bonus (max 50 points)", "# ═══ Penalty (max 50 points)"],
    ["vi", "# ═══ Điểm thưởng (tối đa 50 điểm)", "# ═══ Điểm trừ (tối đa 50 điểm)"],
  ] as const)("%s: their cap as the indicators' max is said", (lang, bonus, penalty) => {
    const loaded = loadRubric("rubrics/dti-cap-so.yaml");
    if (!loaded.ok) throw new Error("the default rubric does not load");
    const text = agencyTemplate(loaded.loaded.rubric, lang, { file: "x.yaml" });
    expect(text).toContain(bonus);
    expect(text).toContain(penalty);
  });
});
