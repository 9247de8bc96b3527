import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasMessage, message } from "../../src/i18n/messages.js";
import { RULES, ruleInfo } from "../../src/rubric-ci/lint/catalogue.js";
import { lintFile } from "../../src/rubric-ci/lint/lint-file.js";
import { fingerprints } from "../../src/rubric-ci/format/sarif-fingerprint.js";
import { hintTexts } from "../../src/report/hints.js";
import { bundledRubricFiles } from "../../src/load/registry.js";
import { loadRubric } from "../../src/load/load-rubric.js";

const fixture = (name: string, kind: "fail" | "pass" | "previous") => path.join("test/fixtures/lint", `${name}.${kind}.yaml`);

/** The earlier version a rule comparing two versions is linted against (`<fixture>.previous.yaml`, `--previous`). */
function previousOf(name: string, previous: boolean | undefined) {
  if (!previous) return undefined;
  const outcome = loadRubric(fixture(name, "previous"));
  if (!outcome.ok) throw new Error(`${name}.previous.yaml is no usable rubric`);
  return outcome.loaded.rubric;
}

/** The findings of a rubric text, linted as a file of that name in a folder of its own (removed after). */
function lintText(text: string, name: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "egov-lint-"));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return lintFile(file).findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each rule: the fixture that breaks it (`<fixture or code>.fail.yaml`, with a `.pass.yaml` that does not), and where
 * the finding must point (line:col of the offending value); `first` is the line a duplicate's message names;
 * `previous`: both are linted against `<fixture>.previous.yaml`, the rubric's earlier version.
 */
const TABLE: { code: string; fixture?: string; at: [number, number]; first?: number; previous?: boolean }[] = [
  { code: "translation-missing", at: [24, 48] },
  { code: "translation-missing", fixture: "translation-missing-empty", at: [24, 48] },
  { code: "translation-missing", fixture: "translation-missing-blank", at: [24, 48] },
  { code: "translation-identical", at: [29, 51] },
  { code: "text-control-character", at: [24, 59] },
  { code: "text-invisible-character", at: [24, 59] },
  { code: "text-in-quotes", at: [24, 17] },
  { code: "cohort-matches-nothing", at: [48, 17] },
  { code: "agency-type-without-cohort", at: [16, 7] },
  { code: "agency-type-nothing-applies", at: [16, 7] },
  { code: "band-type-shadowed", at: [52, 32] },
  { code: "option-unscored", at: [37, 13] },
  { code: "option-points-ignored", at: [36, 17] },
  { code: "field-unscored", at: [37, 13] },
  { code: "unreachable-item", at: [28, 17] },
  { code: "band-gap", at: [40, 10] },
  { code: "band-unreachable", at: [37, 10] },
  { code: "zero-weights", at: [35, 14] },
  { code: "weight-ignored", at: [28, 13] },
  { code: "item-exceeds-group", at: [25, 10] },
  { code: "adjustment-item-exceeds-cap", at: [47, 10] },
  { code: "na-full-bonus", at: [48, 9] },
  { code: "na-full-penalty", at: [9, 16] },
  { code: "na-rescale-bonus", at: [48, 9] },
  { code: "na-rescale-penalty", at: [9, 16] },
  { code: "cap-above-max", at: [32, 45] },
  { code: "max-unreachable", at: [30, 10] },
  { code: "max-unreachable", fixture: "max-unreachable-deadline", at: [30, 10] },
  { code: "deadline-never-late", at: [32, 32] },
  { code: "bands-first-always", at: [35, 15] },
  { code: "level-labels-mismatch", at: [34, 7] },
  { code: "step-unscored", at: [36, 15] },
  { code: "points-and-fraction", at: [37, 19] },
  { code: "parts-exceed-max", at: [37, 7] },
  { code: "code-same-number", at: [28, 11], first: 23 },
  { code: "code-mixed-padding", at: [42, 11], first: 23 },
  { code: "code-mixed-padding", fixture: "code-mixed-padding-width", at: [42, 11], first: 23 },
  { code: "official-without-legal-basis", at: [6, 14] },
  { code: "band-rank-swapped", at: [47, 12] },
  { code: "setting-in-quotes", at: [3, 10] },
  { code: "stale-year", at: [24, 47] },
  { code: "stale-date", at: [31, 49] },
  { code: "stale-date", fixture: "stale-date-deadline", at: [32, 63] },
  { code: "code-reference-stale", at: [38, 74], previous: true },
  { code: "code-reference-unknown", at: [38, 74] },
  { code: "na-guidance-forbidden", at: [38, 58] },
  { code: "na-guidance-stale", at: [39, 63], previous: true },
  { code: "version-not-bumped", at: [3, 10], previous: true },
  // Its pass fixture is stale-year's failing one with the warning accepted: accepted, it is not reported.
  { code: "lint-accept-unused", at: [44, 7] },
  { code: "band-rank-swapped", fixture: "band-rank-swapped-fewer-main", at: [53, 12], first: 44 },
  { code: "band-rank-swapped", fixture: "band-rank-swapped-no-main", at: [54, 12], first: 45 },
  // Checks every command runs before lint's own rules: they appear with their own codes.
  { code: "max-mismatch", at: [21, 8] },
  { code: "duplicate-code", at: [28, 11] },
  { code: "unknown-agency-type-ref", at: [28, 18] },
  { code: "unknown-field", at: [28, 5] },
  { code: "bad-range", at: [31, 31] },
  { code: "duplicate-id", fixture: "duplicate-id-cohort", at: [22, 7], first: 19 },
  { code: "duplicate-id", fixture: "duplicate-id-band", at: [39, 9], first: 36 },
  { code: "cohort-id-type", at: [22, 7] },
  { code: "aggregate-overlap", at: [36, 18] },
  { code: "points-exceed-max", fixture: "points-exceed-max-else", at: [32, 62] },
  { code: "points-exceed-max", fixture: "points-exceed-max-deadline", at: [32, 59] },
  { code: "floor-above-max", at: [23, 10] },
  { code: "max-decimals", at: [26, 10] },
];

describe("lint rules, each with a failing and a passing fixture", () => {
  it.each(TABLE)("$code ($fixture): the failing fixture is reported at $at", ({ code, fixture: name, at, first, previous }) => {
    const { findings, unreadable } = lintFile(fixture(name ?? code, "fail"), previousOf(name ?? code, previous));
    expect(unreadable).toBe(false);
    const found = findings.filter((d) => d.code === code);
    expect(found.length, JSON.stringify(findings.map((d) => d.code))).toBeGreaterThan(0);
    expect([found[0]!.line, found[0]!.col]).toEqual(at);
    expect(found[0]!.severity).toBe(ruleInfo(code).severity);
    expect(found[0]!.frame?.lines.length).toBeGreaterThan(0);
    for (const lang of ["vi", "en"] as const) expect(message(lang, code, found[0]!.params)).not.toMatch(/\{\w+\}/);
    if (first !== undefined) expect(found[0]!.params.first).toBe(first);
  });

  it.each(TABLE)("$code ($fixture): the passing fixture is clean", ({ code, fixture: name, previous }) => {
    expect(lintFile(fixture(name ?? code, "pass"), previousOf(name ?? code, previous)).findings).toEqual([]);
  });

  it("code-reference-stale names the code the item has now, once per code and language, and not an amount written after \"chỉ tiêu\"", () => {
    const found = lintFile(fixture("code-reference-stale", "fail"), previousOf("code-reference-stale", true)).findings.filter((d) => d.code === "code-reference-stale");
    expect(found.map((d) => [d.path, d.params.ref, d.params.now])).toEqual([["groups/0/items/2/guidance/vi", "1.1", "1.2"], ["groups/0/items/2/guidance/en", "1.1", "1.2"]]);
    expect(message("en", "code-reference-stale", found[1]!.params)).toBe('The text still names 1.1 as version 1 did, but that item (the same title) is 1.2 now: "…eetings about the portal (see indicator 1.1) too."; write "…eetings about the portal (see indicator 1.2) too."');
    expect(String(found[0]!.params.fixed)).toContain("(xem chỉ tiêu 1.2); chỉ tiêu 1.1 triệu đồng");
  });

  it("code-reference-unknown names a code the rubric lacks, once per code and language, and not a figure after \"chỉ tiêu\" or a code it has", () => {
    const found = lintFile(fixture("code-reference-unknown", "fail")).findings;
    expect(found.map((d) => [d.code, d.path, d.params.ref])).toEqual([["code-reference-unknown", "groups/0/items/2/guidance/vi", "1.4"], ["code-reference-unknown", "groups/0/items/2/guidance/en", "1.4"]]);
    expect(message("en", "code-reference-unknown", found[1]!.params)).toBe('The text names 1.4, but the rubric has no indicator or group of that code (there is none under 1): "…bout the portal (see indicators 1.2 and 1.4) too."; write the code meant; if this revision renumbered or removed that item, run again with --previous OLD (the earlier version) to be told the code it has now');
  });

  // Under --previous a text newly naming a renumbered code was told to "run again with --previous OLD", given already.
  it("code-reference-unknown under --previous says what the earlier version tells of the code, not to give it", () => {
    const old = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
    const next = old.replace('- code: "1.6"', '- code: "1.10"').replace('en: "A section updated during the year: full marks. Give the link."', 'en: "A section updated during the year: full marks. Give the link. See indicator 1.6 and 1.9."');
    const dir = mkdtempSync(path.join(tmpdir(), "egov-lint-"));
    try {
      writeFileSync(path.join(dir, "old.yaml"), old);
      writeFileSync(path.join(dir, "next.yaml"), next);
      const previous = loadRubric(path.join(dir, "old.yaml"));
      if (!previous.ok) throw new Error("old.yaml is no usable rubric");
      const found = lintFile(path.join(dir, "next.yaml"), previous.loaded.rubric).findings.filter((d) => d.code === "code-reference-unknown");
      expect(found.map((d) => d.params.ref)).toEqual(["1.6", "1.9"]);
      const said = found.map((d) => message("en", d.code, d.params));
      expect(said[0]).toMatch(/; 1\.6 of version 2025\.1 is 1\.10 now: write 1\.10 if that item is meant, or else the code meant$/);
      expect(said[1]).toMatch(/\(there is none under 1\), nor had version 2025\.1: .*; write the code meant$/);
      for (const text of [...said, ...found.map((d) => message("vi", d.code, d.params))]) expect(text).not.toContain("--previous");
      expect(message("vi", "code-reference-unknown", found[0]!.params)).toContain("mục 1.6 của phiên bản 2025.1 nay mang mã 1.10");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("na-guidance-forbidden: guidance saying to answer N/A on an indicator that forbids it, once a language, with where the policy comes from", () => {
    const found = lintFile(fixture("na-guidance-forbidden", "fail")).findings;
    expect(found.map((d) => [d.code, d.path])).toEqual([["na-guidance-forbidden", "groups/0/items/2/guidance/vi"], ["na-guidance-forbidden", "groups/0/items/2/guidance/en"]]);
    expect(message("en", "na-guidance-forbidden", found[1]!.params)).toBe('The guidance of 1.3 says to answer N/A: "If there was no meeting this year, answer N/A with a reason.", but 1.3 does not allow N/A (no na nor defaults.na): an agency that follows it is refused; write na: zero, rescale or full on 1.3, or fix the guidance');
    expect(message("vi", "na-guidance-forbidden", found[0]!.params)).toContain("nhưng 1.3 không cho trả lời không áp dụng (không ghi na lẫn defaults.na)");
    // "yêu cầu", as an official writes it, not the spoken "bảo".
    expect(message("vi", "na-guidance-forbidden", found[0]!.params)).toMatch(/^Hướng dẫn của 1\.3 yêu cầu chọn không áp dụng \(N\/A\): "/);
  });

  it("na-guidance-stale: a changed N/A policy under guidance left as version 1 wrote it is said, forbidden to allowed too; not without --previous, nor again where na-guidance-forbidden says it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "na-stale-"));
    try {
      const previousText = readFileSync(fixture("na-guidance-stale", "previous"), "utf8");
      const lint = (text: string, previous = previousText) => {
        writeFileSync(path.join(dir, "old.yaml"), previous);
        writeFileSync(path.join(dir, "new.yaml"), text);
        const old = loadRubric(path.join(dir, "old.yaml"));
        if (!old.ok) throw new Error("old.yaml is no usable rubric");
        return lintFile(path.join(dir, "new.yaml"), old.loaded.rubric).findings.filter((d) => d.code.startsWith("na-guidance"));
      };
      const failing = lintFile(fixture("na-guidance-stale", "fail"), previousOf("na-guidance-stale", true)).findings;
      expect(failing.map((d) => [d.code, d.path, d.params.was, d.params.now])).toEqual([["na-guidance-stale", "groups/0/items/2/guidance/vi", "zero", "rescale"], ["na-guidance-stale", "groups/0/items/2/guidance/en", "zero", "rescale"]]);
      expect(message("en", "na-guidance-stale", failing[1]!.params)).toBe('1.3\'s N/A policy is na: rescale now (na: zero in version 1), but its guidance is word for word version 1\'s: "…ere was no meeting this year, answer N/A with a reason: the indicator scores 0."; say what N/A does now, or keep it with lint.accept if it still holds');
      expect(lintFile(fixture("na-guidance-stale", "fail")).findings).toEqual([]);
      // The reverse: 1.2 said N/A is not allowed, and now allows it.
      const failText = readFileSync(fixture("na-guidance-stale", "fail"), "utf8");
      const allowed = failText.replace("rule: {type: fixed}\n", "rule: {type: fixed}\n    na: zero\n");
      expect(lint(allowed).filter((d) => d.path?.startsWith("groups/0/items/1")).map((d) => [d.code, d.params.was, d.params.now])).toEqual([["na-guidance-stale", "forbidden", "zero"], ["na-guidance-stale", "forbidden", "zero"]]);
      // Forbidden now, and the guidance says to answer N/A: na-guidance-forbidden says it, once.
      expect(lint(failText.replace("    na: rescale\n", "")).filter((d) => d.path?.startsWith("groups/0/items/2")).map((d) => d.code)).toEqual(["na-guidance-forbidden", "na-guidance-forbidden"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("code-reference-stale: without --previous nothing is said (no earlier version to compare with), and a removed item is said as removed", () => {
    expect(lintFile(fixture("code-reference-stale", "fail")).findings).toEqual([]);
    // The earlier version's 1.1 (the portal) dropped, 1.2 kept: the guidance still naming 1.1 has nothing to write in its place.
    const text = readFileSync(fixture("code-reference-stale", "previous"), "utf8").replace("version: '1'", "version: '2'").replace(/  - code: '1\.1'\n[^]*?rule: \{type: fixed\}\n/, "").replace("max: 40", "max: 100");
    expect(text).not.toContain("Có cổng");
    const dir = mkdtempSync(path.join(tmpdir(), "egov-lint-"));
    try {
      writeFileSync(path.join(dir, "removed.yaml"), text);
      const found = lintFile(path.join(dir, "removed.yaml"), previousOf("code-reference-stale", true)).findings;
      expect(found.map((d) => d.code)).toEqual(["code-reference-stale", "code-reference-stale"]);
      expect(message("en", "code-reference-stale", found[1]!.params)).toBe('The text still names 1.1 as version 1 did, but this revision removed that item: "…eetings about the portal (see indicator 1.1) too."; fix or remove the reference');
      // Without the earlier version (lint in CI as docs/ci.md runs it), the code the rubric no longer has is still said.
      const alone = lintFile(path.join(dir, "removed.yaml")).findings;
      expect(alone.map((d) => [d.code, d.params.ref])).toEqual([["code-reference-unknown", "1.1"], ["code-reference-unknown", "1.1"]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("every lint rule of the catalogue has fixtures in the table", () => {
    const covered = new Set(TABLE.map((t) => t.code));
    expect(RULES.filter((r) => r.category === "lint" && !covered.has(r.code)).map((r) => r.code)).toEqual([]);
  });

  it("every rule has a message and a one-line description in Vietnamese and English", () => {
    for (const r of RULES) {
      expect(hasMessage(r.code), r.code).toBe(true);
      expect(hasMessage(`lint-rule-${r.code}`), r.code).toBe(true);
      expect(message("vi", `lint-rule-${r.code}`)).not.toBe(message("en", `lint-rule-${r.code}`));
    }
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
  });

  it("a control or invisible character in a value with no language (version, period, a source's title) is said by its key, not as \"the en text\"", () => {
    const text = readFileSync(fixture("text-control-character", "pass"), "utf8")
      .replace("version: '1'", String.raw`version: "1\e[31m"`).replace("period: '2025'", String.raw`period: "2025\u200b"`).replace("{title: egov-score lint fixture}", String.raw`{title: "egov\u202escore"}`);
    const found = lintText(text, "plain.yaml").filter((d) => d.code.startsWith("text-"));
    expect(found.map((d) => [d.code, d.path, d.line, d.params.field])).toEqual([
      ["text-control-character", "version", 3, "version"],
      ["text-invisible-character", "period", 7, "period"],
      ["text-invisible-character", "provenance/sources/0/title", 12, "provenance.sources.title"],
    ]);
    expect(message("en", found[0]!.code, found[0]!.params)).toMatch(/^The rubric's version holds a control character \(U\+001B .* at character 2\)/);
    expect(message("vi", found[1]!.code, found[1]!.params)).toMatch(/^Giá trị period của bộ chỉ số có một ký tự vô hình/);
    // Said as an official would, not "thứ mà cửa sổ dòng lệnh thi hành" (a calque of "which a terminal acts on").
    expect(message("vi", found[0]!.code, found[0]!.params)).toMatch(/^Giá trị version của bộ chỉ số có một ký tự điều khiển \(U\+001B .* tại ký tự thứ 2\), loại ký tự mà cửa sổ dòng lệnh hiểu là lệnh \(/);
  });

  it("a source's note is a plain value or a {vi, en} text: either loads, and a hidden character in either is said (by its key, or with its language)", () => {
    const base = readFileSync(fixture("text-control-character", "pass"), "utf8");
    const plain = base.replace("{title: egov-score lint fixture}", String.raw`{title: egov-score lint fixture, note: "Sheet\u200b 2025"}`);
    const text = base.replace("{title: egov-score lint fixture}", String.raw`{title: egov-score lint fixture, note: {vi: "Bảng\u200b 2025", en: "Sheet 2025"}}`);
    expect(lintText(plain, "plain.yaml").map((d) => [d.code, d.path, d.params.field])).toEqual([["text-invisible-character", "provenance/sources/0/note", "provenance.sources.note"]]);
    expect(lintText(text, "text.yaml").map((d) => [d.code, d.path, d.params.lang])).toEqual([["text-invisible-character", "provenance/sources/0/note/vi", "vi"]]);
    // A text lacking a language is said as any other text's is, and only so (not also "no plain text").
    const half = base.replace("{title: egov-score lint fixture}", "{title: egov-score lint fixture, note: {vi: Bảng 2025}}");
    expect(lintText(half, "half.yaml").map((d) => [d.code, d.params.field])).toEqual([["missing-field", "en"]]);
  });

  it("na-full-bonus leaves out a bonus item worth nothing (for information): it gives nothing for N/A", () => {
    const text = readFileSync(fixture("na-full-bonus", "fail"), "utf8").replace("    na: full\n", "    na: full\n    info_only: true\n").replace("    max: 10\n    na: full", "    max: 0\n    na: full");
    expect(text).toContain("info_only: true");
    expect(lintText(text, "info.yaml").filter((d) => d.code === "na-full-bonus")).toEqual([]);
  });

  // defaults.na: full reaching two bonus items was said once an item, all at defaults.na: lint kept the first (T.1) only.
  it("na-full-bonus and na-full-penalty inherited from defaults.na are said once a section, naming every item it reaches with its points", () => {
    const text = readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace("defaults: {na: forbidden}", "defaults: {na: full}");
    const found = lintText(text, "next.yaml").filter((d) => d.code.startsWith("na-full-"));
    expect(found.map((d) => [d.code, d.path, d.line, d.params.code])).toEqual([["na-full-bonus", "defaults/na", 110, "T.1, T.2"], ["na-full-penalty", "defaults/na", 110, "TR.1, TR.2"]]);
    expect(message("en", "na-full-bonus", found[0]!.params)).toBe("T.1, T.2 are bonus items, and N/A earns each full marks (defaults.na: full): an agency that answers N/A gets each one's whole bonus for nothing (T.1: 30 points, T.2: 20 points). Use na: zero (or forbidden)");
    expect(message("vi", "na-full-penalty", found[1]!.params)).toContain("bị trừ trọn điểm của từng mục (TR.1: 20 điểm, TR.2: 30 điểm)");
  });

  it.each([
    ["mx: for max:", "    max: 40\n", "    mx: 40\n", "mx", "max"],
    ["cpa: for cap: in a rule", "cap: 40}", "cpa: 40}", "cpa", "cap"],
    ["tittle: for title:", "    title: {vi: Số cuộc", "    tittle: {vi: Số cuộc", "tittle", "title"],
  ])("a key typed wrong, short ones too (%s), is said with the key meant", (_name, from, to, field, meant) => {
    const text = readFileSync(fixture("cap-above-max", "pass"), "utf8").replace(from, to);
    expect(text).toContain(to);
    const [found] = lintText(text, "typo.yaml").filter((d) => d.code === "unknown-field");
    expect([found!.params.field, found!.params.suggestion]).toEqual([field, meant]);
  });

  it("a code in a word processor's quotes (code: “1.2”) is said with the code to write in straight quotes", () => {
    const text = readFileSync(fixture("cap-above-max", "pass"), "utf8").replace("code: '1.2'", "code: “1.2”");
    expect(text).toContain("code: “1.2”");
    const [found] = lintText(text, "curly.yaml").filter((d) => d.code === "bad-format");
    expect(found!.params.hint_curly).toBe("1.2");
    expect(message("vi", "curly-quotes", found!.params)).toContain('"1.2"');
  });

  it("a text in Word's quotes with a comma in braces ({vi: “Số cuộc họp, hội nghị”}) is said as the quotes, not as a key to delete", () => {
    const text = readFileSync(fixture("cap-above-max", "pass"), "utf8").replace("title: {vi: Số cuộc họp về chuyển đổi số,", "title: {vi: “Số cuộc họp, hội nghị về chuyển đổi số”,");
    expect(text).toContain("“Số cuộc họp, hội nghị");
    const [found] = lintText(text, "curly-comma.yaml").filter((d) => d.code === "unknown-field");
    expect([found!.params.field, found!.params.hint_curly_text, found!.params.expected_key]).toEqual(["hội nghị về chuyển đổi số”", "vi", undefined]);
    expect(hintTexts(found!, "en").join("\n")).toContain("the text of vi opens with a curly quote");
  });

  it("a text without its English in a rubric that already declares languages: [vi] is told to write en: TODO, not to declare [vi]", () => {
    const base = readFileSync(fixture("cap-above-max", "pass"), "utf8").replace("title: {vi: Số cuộc họp về chuyển đổi số, en: Digital-transformation meetings}", "title: {vi: Số cuộc họp về chuyển đổi số}");
    expect(base).toContain("title: {vi: Số cuộc họp về chuyển đổi số}");
    const hintOf = (text: string) => {
      const [found] = lintText(text, "vi-only.yaml").filter((d) => d.code === "missing-field");
      return hintTexts(found!, "en").join("\n");
    };
    expect(hintOf(base.replace("\nperiod:", "\nlanguages: [vi]\nperiod:"))).toBe("this rubric declares languages: [vi], so its English need not be translated, but every text still has en: write en: TODO");
    expect(hintOf(base)).toContain("a rubric written in Vietnamese only declares languages: [vi]");
  });

  it.each(["translation-missing-empty", "translation-missing-blank"])("en: \"\" or en: left blank (%s) in a rubric declaring languages: [vi] is told to write en: TODO, as the English may stay a placeholder there", (name) => {
    const text = readFileSync(fixture(name, "fail"), "utf8").replace("\nperiod:", "\nlanguages: [vi]\nperiod:");
    expect(text).toContain("languages: [vi]");
    const found = lintText(text, "vi-only-empty.yaml");
    expect(found.map((d) => d.code)).toEqual(["too-short"]);
    expect(hintTexts(found[0]!, "en").join("\n")).toBe("this rubric declares languages: [vi], so its English need not be translated, but every text still has en: write en: TODO");
  });

  it("weight-ignored names what adds points up in words ('1 adds points up' read as the weight)", () => {
    const [found] = lintFile(fixture("weight-ignored", "fail")).findings.filter((d) => d.code === "weight-ignored");
    expect(message("en", "weight-ignored", found!.params)).toBe("The weight of 1.1 has no effect: group 1 adds points up (sum) instead of averaging");
    expect(message("vi", "weight-ignored", found!.params)).toContain("nhóm 1 cộng điểm");
  });

  it("zero-weights names the group and its aggregation in words, the YAML value beside it (vi said \"của 1 … không tính được weighted_mean\")", () => {
    const [found] = lintFile(fixture("zero-weights", "fail")).findings.filter((d) => d.code === "zero-weights");
    expect(message("vi", "zero-weights", found!.params)).toBe("Tổng trọng số (weight) các mục của nhóm 1 bằng 0 nên không tính được trung bình có trọng số (weighted_mean); nhóm luôn bị loại");
    expect(message("en", "zero-weights", found!.params)).toBe("The weights under group 1 add up to 0, so its weighted mean (weighted_mean) cannot be computed and it is always left out");
    // Words added after the SARIF fingerprint's recipe: the alert keeps its identity.
    expect(fingerprints("a.yaml", [found!])).toEqual(fingerprints("a.yaml", [{ ...found!, params: { code: found!.params.code!, aggregate: found!.params.aggregate! } }]));
  });

  it("zero-weights at the rubric's own aggregate says every base score is 0 (it said \"nhóm luôn bị loại\", of no group)", () => {
    const text = readFileSync(fixture("zero-weights", "fail"), "utf8").replace(/    weight: 0\n/g, "").replace("  aggregate: weighted_mean\n", "  weight: 0\n").replace("\nbands:\n", "\naggregate: geometric_mean\nbands:\n");
    const [found] = lintText(text, "root-zero.yaml").filter((d) => d.code === "zero-weights");
    expect(message("vi", "zero-weights", found!.params)).toBe("Tổng trọng số (weight) các mục của bộ chỉ số lint-base bằng 0 nên không tính được trung bình nhân (geometric_mean); điểm cơ bản (trước điểm thưởng, điểm trừ) của mọi cơ quan luôn bằng 0");
    expect(message("en", "zero-weights", found!.params)).toBe("The weights under the rubric lint-base add up to 0, so its geometric mean (geometric_mean) cannot be computed and every agency's base points (before bonus and penalty) are always 0");
  });

  it("the bundled rubrics lint clean, warnings included", () => {
    for (const file of bundledRubricFiles()) expect(lintFile(file).findings.map((d) => `${d.code} ${d.line}:${d.col}`), file).toEqual([]);
  });
});
