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

  // Saved by a Windows editor, each comment line came back ending in "\r": no heading read as init's, all kept their old maxima.
  it("are written again in a file with CRLF line ends, which keeps them", async () => {
    const file = path.join(dir, "so-crlf.yaml");
    expect((await runCli(["init", "--rubric", "dti-cap-so", "--lang", "vi", "-o", file])).code).toBe(0);
    const text = readFileSync(file, "utf8").replace(/\n/g, "\r\n");
    writeFileSync(file, text);
    const doc = AgencyDoc.open(file)!;
    doc.headFor(nextVersion());
    doc.save();
    expect(readFileSync(file, "utf8")).toBe(text.replace("═══ 1. Nhận thức số (100 điểm)\r\n", "═══ 1. Nhận thức và văn hóa số (100 điểm)\r\n")
      .replace("══ 6.1. Điều hành, xử lý văn bản (130 điểm)\r\n", "══ 6.1. Điều hành số (130 điểm)\r\n").replace("═══ Điểm thưởng (tối đa 50 điểm)\r\n", "═══ Điểm thưởng (tối đa 40 điểm)\r\n"));
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
    doc.headFor(next, { earlierVersion: "2025.1", args: `${file} --rubric ${v2}`, rubricWord: v2 });
    doc.save();
    const moved = readFileSync(file, "utf8");
    // Printed, init named no file ("TỆP.yaml"): moved, the commands name the one assess was given.
    const placeholder = written ? file : lang === "vi" ? "TỆP.yaml" : "FILE.yaml";
    const named = ["validate", "score", "assess"].reduce((lines, command) => lines.replaceAll(`egov-score ${command} ${placeholder} `, `egov-score ${command} ${file} `), top);
    expect(moved.slice(0, moved.indexOf("rubric:"))).toBe(own + named.replaceAll(v1, v2).replaceAll("2025.1", "2026.1"));
  });
});

describe("init's \"applies only to\" line under a group heading, in a file moved to a version that changed the group's types", () => {
  /** dti-cap-so 2026.1 with `edit` made to its text. */
  const versionWith = (name: string, edit: (text: string) => string) => {
    const file = path.join(dir, `${name}.yaml`);
    writeFileSync(file, edit(readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace('version: "2025.1"', 'version: "2026.1"')));
    const outcome = loadRubric(file);
    if (!outcome.ok) throw new Error(`${name} does not load`);
    return outcome.loaded.rubric;
  };
  const limited = (text: string) => text
    .replace('title: {vi: "Nhận thức số", en: "Digital awareness"}\n', 'title: {vi: "Nhận thức số", en: "Digital awareness"}\n    applies_to: [department, board]\n')
    .replace("        max: 160\n        applies_to: [department, board]\n", "        max: 160\n        applies_to: [department]\n");
  const open = (text: string) => text.replace("        max: 160\n        applies_to: [department, board]\n", "        max: 160\n");
  const both = "department (Sở, ban, ngành cấp tỉnh), board (Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh)";
  const group1 = "  # ═══ 1. Nhận thức số (100 điểm)\n";
  const group62 = "  # ══ 6.2. Dịch vụ công trực tuyến và một cửa điện tử (160 điểm)\n";
  const moved = async (name: string, rubric: ReturnType<typeof versionWith>, args: string[] = []) => {
    const file = path.join(dir, `${name}.yaml`);
    expect((await runCli(["init", "--rubric", "dti-cap-so", "--lang", "vi", "-o", file, ...args])).code).toBe(0);
    const text = readFileSync(file, "utf8");
    const doc = AgencyDoc.open(file)!;
    doc.headFor(rubric);
    doc.save();
    return { text, now: readFileSync(file, "utf8") };
  };
  // Moved, 6.2's line still said department and board where the new version keeps it for departments.
  it("is written for the group's new types, and written under a group that now has some", async () => {
    const { text, now } = await moved("ap-dung-hep", versionWith("dti-cap-so-hep", limited));
    expect(text).toContain(`${group62}  #   Chỉ dành cho cơ quan loại: ${both}\n`);
    expect(now).toBe(text
      .replace(group1, `${group1}  #   Chỉ dành cho cơ quan loại: ${both}\n`)
      .replace(`${group62}  #   Chỉ dành cho cơ quan loại: ${both}\n`, `${group62}  #   Chỉ dành cho cơ quan loại: department (Sở, ban, ngành cấp tỉnh)\n`));
  });
  it("is dropped where the group now applies to every type", async () => {
    const { text, now } = await moved("ap-dung-het", versionWith("dti-cap-so-mo", open));
    expect(now).toBe(text.replace(`${group62}  #   Chỉ dành cho cơ quan loại: ${both}\n`, group62));
  });
  it("is not written in a file made for one type (-t), which init wrote without such lines", async () => {
    const { text, now } = await moved("ap-dung-t", versionWith("dti-cap-so-hep-t", limited), ["-t", "department"]);
    expect(now).toBe(text);
  });
});

describe("init's block above an answer the move keeps", () => {
  // Moved, "# 1.1. Số cuộc họp … (tối đa 20 điểm)" and its old answer format stood above the new version's 1.1.
  it("is written again for the new version's indicator; a line the officer wrote in it stays, under it", async () => {
    const file = path.join(dir, "khoi-giu.yaml");
    expect((await runCli(["init", "--rubric", "dti-cap-so", "--lang", "vi", "-o", file])).code).toBe(0);
    const oldTitle = "# 1.1. Số cuộc họp của Ban chỉ đạo chuyển đổi số của cơ quan trong năm (tối đa 20 điểm)\n";
    const own = "  #   hỏi lại văn phòng\n";
    const text = readFileSync(file, "utf8").replace(oldTitle, `${oldTitle}${own}`).replace('  "1.1":\n    value:\n', '  "1.1":\n    value: 3\n');
    writeFileSync(file, text);
    const next = path.join(dir, "dti-cap-so-1-1.yaml");
    writeFileSync(next, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace('version: "2025.1"', 'version: "2026.1"')
      .replace('title: {vi: "Số cuộc họp của Ban chỉ đạo chuyển đổi số của cơ quan trong năm"', 'title: {vi: "Số phiên họp của Ban chỉ đạo chuyển đổi số trong năm"'));
    const outcome = loadRubric(next);
    if (!outcome.ok) throw new Error("the next version does not load");
    const doc = AgencyDoc.open(file)!;
    doc.headFor(outcome.loaded.rubric, undefined, ["1.1"]);
    doc.save();
    // The officer's line goes under the new block, as for an answer carried to a new code.
    expect(readFileSync(file, "utf8")).toBe(text.replace(`${oldTitle}${own}`, "# 1.1. Số phiên họp của Ban chỉ đạo chuyển đổi số trong năm (tối đa 20 điểm)\n")
      .replace('  "1.1":\n    value: 3\n', `${own}  "1.1":\n    value: 3\n`));
  });
});
