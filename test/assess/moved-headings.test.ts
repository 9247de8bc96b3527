import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-moved-headings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** dti-cap-so's next version: group 1 and 6.1 renamed, the bonus's cap lowered. */
function nextVersion() {
  const file = path.join(dir, "dti-cap-so-2026.1.yaml");
  writeFileSync(file, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace('version: "2025.1"', 'version: "2026.1"')
    .replace('title: {vi: "Nhận thức số", en: "Digital awareness"}', 'title: {vi: "Nhận thức và văn hóa số", en: "Digital awareness and culture"}')
    .replace('title: {vi: "Điều hành, xử lý văn bản", en: "Management and document processing"}', 'title: {vi: "Điều hành số", en: "Digital management"}')
    .replace("bonus:\n  cap: 50", "bonus:\n  cap: 40"));
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error("the next version does not load");
  return outcome.loaded.rubric;
}

describe("init's group headings in a file moved to the next version", () => {
  // Moved, "# ═══ 1. Nhận thức số (100 điểm)" stood above the new version's questions, its old title and max.
  it.each(["vi", "en"] as const)("are written again with the new version's titles and maxima (%s); lines the officer wrote stay", async (lang) => {
    const file = path.join(dir, `so-${lang}.yaml`);
    expect((await runCli(["init", "--rubric", "dti-cap-so", "--lang", lang, "-o", file])).code).toBe(0);
    const [group, sub, bonus] = lang === "vi"
      ? ["═══ 1. Nhận thức số (100 điểm)", "══ 6.1. Điều hành, xử lý văn bản (130 điểm)", "═══ Điểm thưởng (tối đa 50 điểm)"]
      : ["═══ 1. Digital awareness (100 points)", "══ 6.1. Management and document processing (130 points)", "═══ Bonus (max 50 points)"];
    // The officer's own line, init's heading with a remark after it: theirs, kept.
    const own = `  # ${group} — đã rà soát`;
    const text = readFileSync(file, "utf8").replace(`  # ${group}\n`, `  # ${group}\n${own}\n`);
    writeFileSync(file, text);
    const doc = AgencyDoc.open(file)!;
    doc.headFor(nextVersion());
    doc.save();
    const expected = lang === "vi"
      ? ["═══ 1. Nhận thức và văn hóa số (100 điểm)", "══ 6.1. Điều hành số (130 điểm)", "═══ Điểm thưởng (tối đa 40 điểm)"]
      : ["═══ 1. Digital awareness and culture (100 points)", "══ 6.1. Digital management (130 points)", "═══ Bonus (max 40 points)"];
    expect(readFileSync(file, "utf8")).toBe(text.replace(`  # ${group}\n`, `  # ${expected[0]}\n`).replace(`  # ${sub}\n`, `  # ${expected[1]}\n`).replace(`  # ${bonus}\n`, `  # ${expected[2]}\n`));
  });
});
