import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { agencyLikeness, sameAgencies, type Compared } from "../../src/core/same-agency.js";
import type { AgencyFile } from "../../src/core/agency.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDirs } from "../rubric-ci/helpers/files.js";

const tempDir = tempDirs();
const COMMUNE = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");

/** The example commune under another id, name and respondent, with its first answer changed where `answer` says. */
function commune(id: string, options: { name?: string; email?: string; phone?: string; answer?: string } = {}): string {
  let text = COMMUNE.replace(/\n {2}id: [^\n]+/, `\n  id: ${id}`).replace(/\n {2}name: [^\n]+/, `\n  name: "${options.name ?? "UBND xã Tân Phú"}"`);
  text = text.replace(/\nrespondent: [^\n]+/, `\nrespondent: {name: "Nguyễn Văn A", email: "${options.email ?? "a@example.vn"}", phone: "${options.phone ?? "0900 000 000"}"}`);
  return options.answer === undefined ? text : text.replace(/("1\.1":\n {4}value: )[^\n]+/, `$1${options.answer}`);
}

async function warned(files: Record<string, string>, lang = "en"): Promise<{ warnings: [string, string, string][]; ranked: number; md: string }> {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const json = await runCli(["score", dir, "--format", "json", "--lang", lang, "--quiet"], { cwd: dir });
  const report = JSON.parse(json.stdout) as { rubrics: { agencies: { file: string; file_warnings?: { code: string; params: Record<string, string> }[] }[] }[] };
  const agencies = report.rubrics.flatMap((r) => r.agencies);
  const warnings = agencies.flatMap((a) => (a.file_warnings ?? []).filter((w) => w.code === "same-agency-other-id").map((w) => [a.file, w.params.first!, w.params.match!] as [string, string, string]));
  const md = (await runCli(["score", dir, "--format", "md", "--lang", lang, "--quiet"], { cwd: dir })).stdout;
  return { warnings, ranked: agencies.length, md };
}

describe("one agency sent under two ids", () => {
  it("a resubmission with a corrected id and a changed answer is said by its respondent; both stay ranked", async () => {
    const { warnings, ranked, md } = await warned({ "a.yaml": commune("tn-xa-tan-phu-1"), "b.yaml": commune("tn-xa-tan-phu", { answer: "71", phone: "+84 900.000.000", email: "b@example.vn" }) });
    expect(warnings).toEqual([["b.yaml", "a.yaml", "respondent"]]);
    expect(ranked).toBe(2);
    expect(md).toContain('Likely the same agency as a.yaml (id "tn-xa-tan-phu-1") under another id, "tn-xa-tan-phu"');
  });

  it("a copy under another id and another respondent is said by its answers, every one the same", async () => {
    const { warnings, md } = await warned({ "a.yaml": commune("x-1"), "b.yaml": commune("x-2", { email: "b@example.vn", phone: "0911 111 111" }) }, "vi");
    expect(warnings).toEqual([["b.yaml", "a.yaml", "answers"]]);
    expect(md).toContain("cùng mọi câu trả lời");
  });

  // The warning goes to the later file in file order, which a corrected id's name may put first: "take the older file out"
  // left the collector to open both; where both files say when they were sent, the hint says which is the older.
  it.each([
    ["the later file was sent after the earlier one", "2026-03-25", "en", "this file says it was sent on 2026-03-25, after a.yaml (2026-03-20): if it is a resubmission with a corrected id, take a.yaml out of the batch"],
    ["the later file was sent before the earlier one", "2026-03-18", "en", "this file says it was sent on 2026-03-18, before a.yaml (2026-03-20): if that one is a resubmission with a corrected id, take this file out of the batch"],
    ["vi", "2026-03-18", "vi", "tệp này ghi ngày gửi 18/03/2026, trước a.yaml (20/03/2026): nếu tệp đó là bản gửi lại với mã đã sửa, hãy bỏ tệp này khỏi lô"],
    ["the same day: which is older is not said", "2026-03-20", "en", "if this is a resubmission with a corrected id, take the older file out of the batch"],
  ])("%s: the hint says which file to take out", async (_, sent, lang, hint) => {
    const b = commune("x-2").replace(/\nsubmitted: [^\n]+/, `\nsubmitted: "${sent}"`);
    const { md } = await warned({ "a.yaml": commune("x-1"), "b.yaml": b }, lang);
    expect(md).toContain(hint);
  });

  it("the later file given on standard input (-) has its day of sending read too: the hint says which file to take out", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.yaml"), commune("x-1"));
    const later = commune("x-2").replace(/\nsubmitted: [^\n]+/, '\nsubmitted: "2026-03-25"');
    const r = await runCli(["score", path.join(dir, "a.yaml"), "-", "--format", "md", "--quiet"], { cwd: dir, stdin: later });
    expect(r.stdout).toContain("this file says it was sent on 2026-03-25, after a.yaml (2026-03-20): if it is a resubmission with a corrected id, take a.yaml out of the batch");
  });

  it("a name typed decomposed (on a Mac) in one file is the name typed composed in the other", async () => {
    const decomposed = commune("x-2", { name: "UBND xã Tân Phú".normalize("NFD"), answer: "71" });
    expect(decomposed).not.toContain("UBND xã Tân Phú");
    expect((await warned({ "a.yaml": commune("x-1"), "b.yaml": decomposed })).warnings).toEqual([["b.yaml", "a.yaml", "respondent"]]);
  });

  // Two file names that look the same on screen, one spelled decomposed (a Mac's archive): "the same agency as
  // xã-hòa.yaml" of xã-hòa.yaml named no file to tell apart, and "take the older file out" none to take out.
  it.each([
    ["the later file's name is composed, the earlier's decomposed", "en", "the two file names look the same: this file's is spelled with composed letters, that of the file of id \"x-1\" with separate diacritics (NFD, as a Mac's archive writes names)"],
    ["vi", "vi", "hai tên tệp trông giống nhau: tên tệp này viết bằng chữ dựng sẵn, tên tệp của mã \"x-1\" bằng chữ tổ hợp dấu rời (NFD, như máy Mac ghi khi nén)"],
  ])("two file names alike but for their spelling (NFC, NFD): the warning says which is which (%s)", async (_, lang, hint) => {
    const { warnings, md } = await warned({ ["xã-hòa.yaml".normalize("NFD")]: commune("x-1"), ["xã-hòa.yaml".normalize("NFC")]: commune("x-2", { answer: "71" }) }, lang);
    expect(warnings).toEqual([["xã-hòa.yaml".normalize("NFC"), "xã-hòa.yaml".normalize("NFD"), "respondent"]]);
    expect(md).toContain(hint);
  });

  it("the decomposed name typed after the composed one: said the other way round", async () => {
    const dir = tempDir();
    const [composed, decomposed] = ["xã-hòa.yaml".normalize("NFC"), "xã-hòa.yaml".normalize("NFD")];
    writeFileSync(path.join(dir, composed), commune("x-1"));
    writeFileSync(path.join(dir, decomposed), commune("x-2", { answer: "71" }));
    const r = await runCli(["score", path.join(dir, composed), path.join(dir, decomposed), "--format", "md", "--quiet"], { cwd: dir });
    expect(r.stdout).toContain('the two file names look the same: this file\'s is spelled with separate diacritics (NFD, as a Mac\'s archive writes names), that of the file of id "x-1" with composed letters');
  });

  it("namesakes are not said: same name and type, another respondent and other answers (two communes of two districts)", async () => {
    const { warnings } = await warned({ "a.yaml": commune("ha-xa-tan-phu"), "b.yaml": commune("cg-xa-tan-phu", { email: "b@example.vn", phone: "0911 111 111", answer: "71" }) });
    expect(warnings).toEqual([]);
  });

  it("nor are two agencies of other names with the same respondent (a district officer filling in for two communes)", async () => {
    const { warnings } = await warned({ "a.yaml": commune("x-1", { name: "UBND xã Tân Phú" }), "b.yaml": commune("x-2", { name: "UBND xã Tân Phước", answer: "71" }) });
    expect(warnings).toEqual([]);
  });

  it("nor the same name and respondent of another period or type (two years' files in one folder, the id changed between them)", async () => {
    const other = (id: string, edit: (text: string) => string) => edit(commune(id, { answer: "71" }));
    const { warnings, ranked } = await warned({
      "a.yaml": commune("x-2025"),
      "b.yaml": other("x-2024", (t) => t.replace(/\nperiod: "2025"/, '\nperiod: "2024"')),
      "c.yaml": other("x-ward", (t) => t.replace(/\n {2}type: commune/, "\n  type: ward")),
    });
    expect([warnings, ranked]).toEqual([[], 3]);
  });

  it("nor a short telephone (an extension, as a placeholder), nor blank templates, nor files that give no e-mail or telephone", async () => {
    // Nothing answered yet (init's template, sent as it was): no answers to compare.
    const blank = (text: string) => text.replace(/\nanswers:[\s\S]*$/, '\nanswers:\n  "1.1": {value: "?"}\n');
    const { warnings, ranked } = await warned({
      "a.yaml": commune("x-1", { email: "a@example.vn", phone: "101" }),
      "b.yaml": commune("x-2", { email: "b@example.vn", phone: "101", answer: "71" }),
      "c.yaml": blank(commune("x-3", { email: "c@example.vn", phone: "0911 111 113" })),
      "d.yaml": blank(commune("x-4", { email: "d@example.vn", phone: "0911 111 114" })),
      "e.yaml": commune("x-5", { answer: "72" }).replace(/\nrespondent: [^\n]+/, '\nrespondent: {name: "Trần Thị E"}'),
      "f.yaml": commune("x-6", { answer: "73" }).replace(/\nrespondent: [^\n]+/, '\nrespondent: {name: "Lê Văn F"}'),
    });
    expect([warnings, ranked]).toEqual([[], 6]);
  });

  it("reads the respondent's e-mail whatever its case", async () => {
    const { warnings } = await warned({ "a.yaml": commune("x-1"), "b.yaml": commune("x-2", { email: "A@Example.VN", phone: "0911 111 111", answer: "71" }) });
    expect(warnings).toEqual([["b.yaml", "a.yaml", "respondent"]]);
  });

  it("names the earliest file, whichever it matches by, and the answers where the respondent is the same too", async () => {
    // Three copies of one commune, other communes' files between them: each later copy is said of a.yaml.
    const other = (id: string, name: string) => commune(id, { name, email: `${id}@example.vn`, phone: "0922 222 222", answer: "70" });
    const copy = (id: string) => commune(id, { email: `${id}@example.vn`, phone: "0911 111 111" });
    const byAnswers = await warned({ "a.yaml": commune("x-1"), "b.yaml": other("y", "UBND xã Tân Phước"), "c.yaml": copy("x-2"), "d.yaml": other("z", "UBND xã Tân An"), "e.yaml": copy("x-3") });
    expect(byAnswers.warnings).toEqual([["c.yaml", "a.yaml", "answers"], ["e.yaml", "a.yaml", "answers"]]);
    // d.yaml shares both with a.yaml: its answers, the stronger sign, are said.
    const byRespondent = await warned({ "a.yaml": commune("x-1"), "b.yaml": commune("x-2", { answer: "71" }), "c.yaml": commune("x-3", { answer: "72" }), "d.yaml": commune("x-4") });
    expect(byRespondent.warnings).toEqual([["b.yaml", "a.yaml", "respondent"], ["c.yaml", "a.yaml", "respondent"], ["d.yaml", "a.yaml", "answers"]]);
  });
});

describe("agencyLikeness", () => {
  const agency = (name: string, respondent: Record<string, string>, answers: Record<string, unknown> = { "1.1": { value: 3 } }) =>
    agencyLikeness({ rubric: { id: "r", version: "1" }, agency: { id: "x", name, type: "commune" }, period: "2025", respondent, answers } as unknown as AgencyFile);

  it("reads a name whatever its case, spacing and Word's quotes, and a telephone whatever its spacing or +84", () => {
    const a = agency("UBND xã  Tân Phú", { name: "A", phone: "0912 345 678" });
    const b = agency("“ubnd XÃ Tân Phú”", { name: "B", phone: "+84 912.345.678" });
    expect([a.name === b.name, a.contacts]).toEqual([true, ["t:0912345678"]]);
    expect(b.contacts).toEqual(a.contacts);
    // Pasted on Windows (wrapped in U+2066 … U+2069 isolates) or with a zero-width space: the name as reports show it.
    expect(agency("\u2066UBND xã Tân\u200b Phú\u2069", { name: "C" }).name).toBe(a.name);
    // Tag characters show as nothing anywhere: a name ending in them was another agency's name that looked the same.
    expect(agency("UBND xã Tân Phú\u{E0041}\u{E0042}", { name: "D" }).name).toBe(a.name);
  });

  it("takes no placeholder telephone, nor blank answers, as a proof", () => {
    expect(agency("A", { name: "A", phone: "0000 000 000", email: "không có" }, {}).contacts).toEqual([]);
    expect(agency("A", { name: "A" }, { "1.1": { value: "?" }, "1.2": null }).answers).toBe("");
  });

  it("compares a telephone of nine digits or more, not one of eight (a landline without its area code, which two provinces' namesakes may share)", () => {
    expect(agency("A", { name: "A", phone: "3822 1234" }).contacts).toEqual([]);
    expect(agency("A", { name: "A", phone: "912 345 678" }).contacts).toEqual(["t:912345678"]);
  });

  it("prints answers whatever order the file lists them in, but tells a value's kind and every part apart", () => {
    const answers = (entries: Record<string, unknown>) => agency("A", { name: "A" }, entries).answers;
    const base = answers({ "1.1": { value: 4 }, "1.2": { value: { a: 3, b: 4 } }, "1.3": { value: ["x", "y"] } });
    expect(answers({ "1.3": { value: ["x", "y"] }, "1.1": { value: 4 }, "1.2": { value: { a: 3, b: 4 } } })).toBe(base);
    // A fraction's counts and a checklist's options in another order: the same answers (they printed apart).
    expect(answers({ "1.1": { value: 4 }, "1.2": { value: { b: 4, a: 3 } }, "1.3": { value: ["y", "x"] } })).toBe(base);
    for (const other of [
      { "1.1": { value: "4" }, "1.2": { value: { a: 3, b: 4 } }, "1.3": { value: ["x", "y"] } },
      { "1.1": { value: 4 }, "1.2": { value: { a: 4, b: 3 } }, "1.3": { value: ["x", "y"] } },
      { "1.1": { value: 4 }, "1.2": { value: { a: 3, b: 4 } }, "1.3": { value: ["x", "x", "y"] } },
      { "1.1": { value: 4 }, "1.2": { value: { a: 3, b: 4 } }, "1.3": { value: ["x"] } },
      { "1.1": { value: 4 }, "1.2": { value: { a: 3, b: 4, c: 1 } }, "1.3": { value: ["x", "y"] } },
      // The same two texts, once as options, once as a part's key and value.
      { "1.1": { value: 4 }, "1.2": { value: { a: 3, b: 4 } }, "1.3": { value: { x: "y" } } },
      { "1.1": { value: 65540 }, "1.2": { value: { a: 3, b: 4 } }, "1.3": { value: ["x", "y"] } },
      { "1.1": { na: true, reason: "r" }, "1.2": { value: { a: 3, b: 4 } }, "1.3": { value: ["x", "y"] } },
      { "1.1": { value: 4 }, "1.2": { value: { a: 3, b: 4 } }, "1.4": { value: ["x", "y"] } },
      // A fraction's two counts swapped: another answer.
      { "1.1": { value: 4 }, "1.2": { value: { b: 3, a: 4 } }, "1.3": { value: ["x", "y"] } },
    ]) expect(answers(other)).not.toBe(base);
    // Yes and no.
    expect(answers({ "1.1": { value: true } })).not.toBe(answers({ "1.1": { value: false } }));
  });

  it("pairs each later file with the earliest it matches, never two files of one id", () => {
    const like = (answers: string, contacts: string[] = []) => ({ name: "n", answers, contacts });
    const files: Compared[] = [
      { index: 0, rubric: "r", id: "a", like: like("x", ["e:a"]) },
      { index: 1, rubric: "r", id: "b", like: like("x") },
      { index: 2, rubric: "r", id: "c", like: like("y", ["t:1"]) },
      { index: 3, rubric: "r", id: "d", like: like("z", ["t:1"]) },
      { index: 4, rubric: "other", id: "e", like: like("x") },
      // The same id again, in another case: a duplicate, said as such by its own check, not as another id.
      { index: 5, rubric: "r", id: "A", like: like("x", ["e:a"]) },
    ];
    expect(sameAgencies(files)).toEqual([{ index: 1, first: 0, match: "answers" }, { index: 3, first: 2, match: "respondent" }]);
  });
});
