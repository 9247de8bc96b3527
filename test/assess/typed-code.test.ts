import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { interview } from "../../src/assess/flow.js";
import type { Asker } from "../../src/prompts/ask.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const count = (code: string) => ({ code, title: t(`Câu ${code}`), max: 10, input: { type: "count" }, rule: { type: "fixed" } });
/** Codes with letters, as dti-cap-so's T.1 and TR.1, or a rubric's own A.1 and b2.1 (and aB.1 beside Ab.1). */
const lettered = miniRubric({
  groups: [
    { code: "A", title: t("Nhóm A"), max: 20, items: [count("A.1"), count("A.2")] },
    { code: "b2", title: t("Nhóm b2"), max: 10, items: [count("b2.1")] },
    { code: "Ab", title: t("Nhóm Ab"), max: 10, items: [count("Ab.1")] },
    { code: "aB", title: t("Nhóm aB"), max: 10, items: [count("aB.1")] },
  ],
  bonus: undefined, penalty: undefined, aggregates: [], scale: 60,
});

/**
 * Every question answered 1; the officer opens the menu's `entry` ("change": Change an answer…, "group": Go to a
 * group…), picks `picked` in turn there (`{typed}`: a code typed then Enter), answers 7 and quits.
 */
async function fromMenu(entry: "change" | "group", ...picked: unknown[]) {
  const dir = mkdtempSync(path.join(tmpdir(), "egov-typed-code-"));
  dirs.push(dir);
  const doc = AgencyDoc.create(path.join(dir, "so.yaml"), { rubric: { id: "mini", version: "1" }, agency: { id: "s", name: "Sở T", type: "department" }, period: "2025" }, "vi");
  for (const c of ["A.1", "A.2", "b2.1", "Ab.1", "aB.1"]) doc.setAnswer(c, { value: 1 });
  doc.save();
  const picks: unknown[] = [entry, ...picked];
  const typed = ["7", ""];
  const printed: string[] = [];
  const asker: Asker = {
    async text(o) { const raw = typed.shift(); if (raw === undefined) throw new Error(`asked more than typed: ${o.message}`); return raw === "" ? o.default ?? "" : raw; },
    // At a list, the code typed then Enter; a list asked again is quit.
    async select<T>(o: { typed?: (text: string) => T | undefined }) {
      const pick = picks.shift() ?? "quit";
      return (typeof pick === "object" && pick !== null ? o.typed!(String((pick as { typed: string }).typed)) : pick) as T;
    },
    async checkbox() { return []; },
    async confirm(o) { return o.default ?? false; },
  };
  await interview({ rubric: lettered, doc, asker, lang: "vi", print: (l) => printed.push(l) });
  const answers = (parse(readFileSync(doc.file, "utf8"), { stringKeys: true }) as { answers: Record<string, { value: number }> }).answers;
  return { changed: Object.keys(answers).filter((c) => answers[c]!.value === 7), printed };
}

const changeByCode = (code: string) => fromMenu("change", { typed: code });
const jumpToGroup = (...picked: unknown[]) => fromMenu("group", ...picked);

describe("assess, a letter code typed at the list of answers to change", () => {
  // Found by helper officer9: "a.2" typed where the code is A.2 was no code; Enter then opened the question under
  // the cursor (A.1) whenever inquirer's own search had forgotten the letters (0.7 s after a key).
  it.each([["A.2", "A.2"], ["a.2", "A.2"], ["B2.1", "b2.1"], ["B2", "b2.1"], ["ab.1", undefined], ["aB.1", "aB.1"], ["AB", undefined],
    // A group's code in another case (its questions share it); a code copied with the dot after it and a space, or spaces around it.
    ["a", "A.1"], ["a.2. ", "A.2"], [" A.2 ", "A.2"],
    // A comma for the point, as a decimal is written in Vietnamese (4,8 for 4.8: it went to the question under the cursor).
    ["b2,1", "b2.1"], ["A,2", "A.2"]])("%s leads to %s", async (code, question) => {
    const { changed, printed } = await changeByCode(code);
    expect(changed).toEqual(question ? [question] : []);
    // Two codes it may be: said so, and the list asked again (here quit).
    if (!question) expect(printed).toContain(`Mã ${code} ứng với nhiều câu (khác nhau chữ hoa, chữ thường): gõ mã đúng như trong danh sách`);
  });

  it.each(["x.9", "b"])("a letter code no question of the list has (%s; b2's first letter is none) is said, not left to the cursor", async (code) => {
    const { changed, printed } = await changeByCode(code);
    expect(changed).toEqual([]);
    expect(printed).toContain(`Không có câu ${code} trong danh sách`);
  });
});

describe("assess, a group's code typed at the list of groups", () => {
  // A digit alone was inquirer's option at that place: 5 typed led to 4.22 of dti-cap-xa, its fifth entry.
  it.each([["b2", "b2.1"], ["B2", "b2.1"], ["Ab", "Ab.1"]])("%s then Enter goes to its first question, %s", async (code, question) => {
    expect((await jumpToGroup({ typed: code })).changed).toEqual([question]);
  });

  it("a code of no group is said, and the list asked again", async () => {
    const { changed, printed } = await jumpToGroup({ typed: "7" }, -1, "quit");
    expect(printed).toContain("Không có nhóm 7 trong danh sách");
    expect(changed).toEqual([]);
  });
});
