import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

describe("init's lines at the top of a file moved to the next version", () => {
  // Moved, the top still said "(dti-cap-so 2025.1)", pointed editors at 2025.1's schema and gave commands with
  // the earlier version's --rubric file, which then refuse the file.
  it.each([["vi", true], ["en", true], ["vi", false]] as const)("name the new version, its schema and its rubric file (%s, written with -o: %s); the officer's own lines stay", async (lang, written) => {
    const v1 = path.join(dir, `v1-${lang}-${written}`, "dti-cap-so.yaml");
    mkdirSync(path.dirname(v1), { recursive: true });
    writeFileSync(v1, readFileSync("rubrics/dti-cap-so.yaml", "utf8"));
    const v2 = path.join(dir, "dti-cap-so-2026.1.yaml");
    const next = nextVersion();
    const file = path.join(dir, `top-${lang}-${written}.yaml`);
    const init = await runCli(["init", "--rubric", v1, "--lang", lang, ...(written ? ["-o", file] : [])]);
    expect(init.code).toBe(0);
    if (!written) writeFileSync(file, init.stdout);
    const own = "# Phiếu năm 2025.1 của Sở, gửi kèm công văn 12/STC\n";
    const text = own + readFileSync(file, "utf8");
    writeFileSync(file, text);
    const top = text.slice(own.length, text.indexOf("rubric:"));
    expect(top).toContain(v1);
    const doc = AgencyDoc.open(file)!;
    doc.headFor(next, { earlierVersion: "2025.1", rubricArg: ` --rubric ${v2}`, rubricWord: v2 });
    doc.save();
    const moved = readFileSync(file, "utf8");
    expect(moved.slice(0, moved.indexOf("rubric:"))).toBe(own + top.replaceAll(v1, v2).replaceAll("2025.1", "2026.1"));
  });
});
