import { describe, expect, it } from "vitest";
import { versionMove, versionMoveLines } from "../../src/assess/version-move.js";
import type { Group, Indicator, Rubric } from "../../src/core/rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";

const outcome = loadRubric("test/fixtures/rubrics/assess-mini.yaml");
if (!outcome.ok) throw new Error("test rubric does not load");
const previous = outcome.loaded.rubric;

/** Version 2: 1.1's max 10 → 15, 1.2 (a count) dropped, 1.8 (a percentage) added. */
function nextVersion(): Rubric {
  const next = structuredClone(previous);
  next.version = "2";
  const group = next.groups[0] as Group;
  const items = group.items as Indicator[];
  items[0] = { ...items[0]!, max: 15 };
  group.items = [...items.filter((i) => i.code !== "1.2"), { ...items[2]!, code: "1.8", title: { vi: "Tỷ lệ hồ sơ số hóa", en: "Digitised records share" } }];
  return next;
}

describe("moving a file to the next version of its rubric", () => {
  it("says the maxima the new version changed once, with what it keeps, drops and adds", () => {
    const move = versionMove(previous, nextVersion(), { "1.1": { value: true }, "1.2": { value: 6 } }, "department");
    expect(move.maxChanged).toEqual([{ code: "1.1", was: "10", now: "15" }]);
    const lines = versionMoveLines(move, "1", "2", "en", true);
    expect(lines).toContain("  - maximum points changed: 1.1: 10 → 15");
    expect(lines.filter((l) => l.includes("1.1: 10 → 15"))).toHaveLength(1);
    expect(lines).toContain("  - new indicators to answer: 1.8");
    // The choices said as they are asked: keeping it aside (in a comment, nothing typed lost) among them.
    expect(lines).toContain("  - 1.2: version 2 has no such indicator; each is asked about next (Enter: kept aside as a comment in the file, nothing lost; or removed, left; moved only to an indicator asking the same kind of answer)");
  });

  // Group 1 80 → 95 and the scale 930 → 945 in the trial went unsaid: the total the file is scored out of.
  it("says the group and scale maxima the new version changed", () => {
    const next = nextVersion();
    const group = next.groups[0] as Group;
    group.max += 5;
    next.scale += 5;
    const move = versionMove(previous, next, { "1.1": { value: true } }, "department");
    const lines = versionMoveLines(move, "1", "2", "en", true);
    expect(lines).toContain(`  - group and scale maxima changed: group 1: ${group.max - 5} → ${group.max}; the scale: ${next.scale - 5} → ${next.scale}`);
    expect(versionMoveLines(versionMove(previous, nextVersion(), {}, "department"), "1", "2", "en", true).join("\n")).not.toContain("group and scale");
  });

  // An indicator inserted at 1.2: the old 1.2 is 1.3 now, the old 1.3 is 1.4. Kept under their codes, the file's
  // answers were read as the next indicator's (said "kept"), and the move was offered.
  it("says answers the new version renumbers, not as kept", () => {
    const next = structuredClone(previous);
    next.version = "2";
    const group = next.groups[0] as Group;
    const items = group.items as Indicator[];
    const inserted: Indicator = { ...items[0]!, code: "1.2", title: { vi: "Chỉ số chèn thêm", en: "An inserted indicator" } };
    const shifted = items.slice(1).map((i) => ({ ...i, code: `1.${Number(i.code.split(".")[1]) + 1}` }));
    group.items = [items[0]!, inserted, ...shifted];
    const move = versionMove(previous, next, { "1.1": { value: true }, "1.2": { value: 6 }, "1.3": { value: 50 } }, "department");
    expect(move.kept).toEqual(["1.1"]);
    expect(move.recoded).toEqual([{ code: "1.2", now: "1.3" }, { code: "1.3", now: "1.4" }]);
    // The inserted 1.2 is still to answer: the file's answer under 1.2 moves to 1.3 (it went unsaid, and init's blank for it unwritten).
    expect(move.added).toEqual(["1.2"]);
    const lines = versionMoveLines(move, "1", "2", "en", true);
    expect(lines.join("\n")).toContain("  - 1.2 → 1.3; 1.3 → 1.4: version 2 renumbers these indicators");
    expect(lines.join("\n")).not.toMatch(/answers are kept: .*1\.2/);
    // One renumbered answer is said in the singular ("these indicators" of 1.3 → 1.4 alone read as a slip).
    const one = versionMove(previous, next, { "1.1": { value: true }, "1.3": { value: 50 } }, "department");
    expect(versionMoveLines(one, "1", "2", "en", true).join("\n")).toContain("  - 1.3 → 1.4: version 2 renumbers this indicator; the move gives its answer the new code");
    expect(versionMoveLines(one, "1", "2", "vi", true).join("\n")).toContain("  - 1.3 → 1.4: phiên bản 2 đánh số lại chỉ số này; khi chuyển, câu trả lời của chỉ số đó được ghi sang số mới");
  });
});

describe("answers kept whose indicator the new version no longer asks of the agency's type", () => {
  // 1.1, asked of communes only in version 2, was said among "2 answers are kept" and then ignored in the score.
  it("are said apart: they stay in the file, not scored", () => {
    const next = structuredClone(previous);
    next.version = "2";
    const items = (next.groups[0] as Group).items as Indicator[];
    items[0] = { ...items[0]!, applies_to: ["commune"] };
    const move = versionMove(previous, next, { "1.1": { value: true }, "1.3": { value: 50 }, "1.4": { value: null } }, "department");
    expect(versionMoveLines(move, "1", "2", "en", true, "Department")).toEqual([
      "  - 1 answer is kept: 1.3",
      "  - 1.1: version 2 does not ask it of the agency type “Department”: its answer stays in the file, not scored",
    ]);
    expect(versionMoveLines(move, "1", "2", "vi", true, "Sở")).toContain("  - 1.1: phiên bản 2 không áp dụng cho loại cơ quan «Sở»: câu trả lời vẫn để trong tệp nhưng không được chấm");
  });
});

describe("init's blanks the new version no longer asks of the agency's type", () => {
  // The move took out init's blanks of 6.3.1 and 6.3.2 and said only "1 answer is kept: 1.5": two questions gone unsaid.
  it("are said as taken out by the move, beside the answers kept, in either language and in the singular for one", () => {
    const next = structuredClone(previous);
    next.version = "2";
    (next.groups[0] as Group).applies_to = ["commune"];
    const move = { ...versionMove(previous, next, { "1.1": { value: null }, "1.3": { value: null }, "2.2": { value: 3 } }, "department"), unaskedBlanks: ["1.1", "1.3"] };
    expect(versionMoveLines(move, "1", "2", "en", true, "Department")).toEqual([
      "  - 1 answer is kept: 2.2",
      "  - 1.1, 1.3: version 2 no longer asks these questions of the agency type “Department”; the move takes their blanks out of the file (unanswered: nothing lost)",
    ]);
    expect(versionMoveLines(move, "1", "2", "vi", true, "Sở")).toContain("  - 1.1, 1.3: phiên bản 2 không còn hỏi các câu này với loại cơ quan «Sở»; khi chuyển, các câu này (còn để trống, chưa trả lời) được bỏ khỏi tệp, không mất gì");
    const one = { ...move, unaskedBlanks: ["1.1"] };
    expect(versionMoveLines(one, "1", "2", "en", true, "Department")).toContain("  - 1.1: version 2 no longer asks this question of the agency type “Department”; the move takes its blank out of the file (unanswered: nothing lost)");
    expect(versionMoveLines(one, "1", "2", "vi", true, "Sở")).toContain("  - 1.1: phiên bản 2 không còn hỏi câu này với loại cơ quan «Sở»; khi chuyển, câu này (còn để trống, chưa trả lời) được bỏ khỏi tệp, không mất gì");
  });
});

describe("validate on a file of the earlier version: the command that moves it", () => {
  // It said "egov-score assess on this file with that rubric", leaving the officer to put the paths together.
  it("names the file and the rubric as typed, quoted where they hold a space, in either language; standard input keeps the general words", async () => {
    const { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { runCli } = await import("../helpers/run-cli.js");
    const dir = mkdtempSync(path.join(tmpdir(), "egov-move-cmd-"));
    try {
      mkdirSync(path.join(dir, "bộ mới"));
      const v2 = path.join(dir, "bộ mới", "rubric.yaml");
      writeFileSync(v2, readFileSync("test/fixtures/rubrics/assess-mini.yaml", "utf8").replace('version: "1"', 'version: "2"'));
      const file = path.join(dir, "sở cũ.yaml");
      const text = ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-t, name: Sở T, type: department}", 'period: "2025"', "respondent: {name: Lê T}", "answers: {}", ""].join("\n");
      writeFileSync(file, text);
      const [relFile, relRubric] = [path.relative(process.cwd(), file), path.relative(process.cwd(), v2)];
      const en = await runCli(["validate", relFile, "--rubric", relRubric]);
      expect(en.stderr).toContain(`hint: to answer version 2 instead: egov-score assess "${relFile}" --rubric "${relRubric}" says what changes for the file and moves it`);
      const vi = await runCli(["validate", file, "--rubric", v2, "--lang", "vi"]);
      expect(vi.stderr).toContain(`gợi ý: để trả lời theo phiên bản 2: egov-score --lang vi assess "${file}" --rubric "${v2}" cho biết những gì thay đổi với tệp rồi chuyển tệp`);
      const stdin = await runCli(["validate", "-", "--rubric", v2], { stdin: text });
      expect(stdin.stderr).toContain("hint: to answer version 2 instead: egov-score assess on this file with that rubric says what changes");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the move's bullets in English", () => {
  // Under "If the file is moved to version 2:", they read "…; moved, the file gives…", "…; moved, their blanks are
  // taken out…" where vi says "khi chuyển" (on moving): they now say what the move would do.
  it("say what the move does, not \"moved, …\"", () => {
    const move = { ...versionMove(previous, previous, { "1.2": { value: 6 }, "1.3": { value: 50 }, "1.1": { value: null } }, "department"), recoded: [{ code: "1.2", now: null }, { code: "1.3", now: "1.4" }], kept: [], unaskedBlanks: ["1.1"] };
    const lines = versionMoveLines(move, "1", "2", "en", true, "Department");
    expect(lines).toContain("  - 1.2: version 2 dropped the old indicator and gives its code to another; the move keeps the old answer aside as a comment above answers: (not scored, nothing lost)");
    expect(lines).toContain("  - 1.3 → 1.4: version 2 renumbers this indicator; the move gives its answer the new code");
    expect(lines).toContain("  - 1.1: version 2 no longer asks this question of the agency type “Department”; the move takes its blank out of the file (unanswered: nothing lost)");
    expect(lines.join("\n")).not.toContain("moved,");
  });
});
