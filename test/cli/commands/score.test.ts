import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../helpers/run-cli.js";

// Every note registered for an interrupt, until released: one left behind would speak, to a run long over
// (its output, its report names), at the next Ctrl-C of the process.
const live = vi.hoisted(() => new Set<() => void>());
vi.mock("../../../src/io/interrupt-cleanup.js", async (original) => {
  const real = await original<typeof import("../../../src/io/interrupt-cleanup.js")>();
  return {
    ...real,
    cleanUpOnInterrupt: (cleanup: () => void) => {
      const release = real.cleanUpOnInterrupt(cleanup);
      live.add(cleanup);
      return () => { live.delete(cleanup); release(); };
    },
  };
});

const dir = mkdtempSync(path.join(tmpdir(), "egov-score-stop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("score's note for a run stopped before its reports", () => {
  it("is released when the reports are written", async () => {
    const batch = mkdtempSync(path.join(dir, "ok-"));
    copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(batch, "a.yaml"));
    const r = await runCli(["score", batch, "-o", path.join(dir, "ok.json")]);
    expect([r.code, live.size]).toEqual([0, 0]);
  });

  it("is released when the run ends before them (no agency file among the files read)", async () => {
    const batch = mkdtempSync(path.join(dir, "none-"));
    writeFileSync(path.join(batch, "ci.yaml"), "name: build\non: [push]\njobs: {}\n");
    const r = await runCli(["score", batch, "-o", path.join(dir, "none.json")]);
    expect(r.stderr).toContain("No agency files: 1 YAML file skipped");
    expect([r.code, live.size]).toEqual([2, 0]);
  });
});

describe("score's listing of the findings on standard error", () => {
  it("gives the event loop a turn now and then, so that a Ctrl-C is heard during a long listing (it was heard at its end)", async () => {
    const batch = mkdtempSync(path.join(dir, "invalid-"));
    const seed = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
    for (let i = 0; i < 120; i++) writeFileSync(path.join(batch, `so-${String(i).padStart(3, "0")}.yaml`), seed.replace("id: qb-skhcn", `id: qb-${i}`).replace(/^period: .*$/m, "period: [2025]"));
    // A callback queued again at each turn of the event loop: the turns counted while the files' findings are written.
    let turns = 0;
    let handle = setImmediate(function count() { turns++; handle = setImmediate(count); });
    const seen = new Set<number>();
    try {
      const r = await runCli(["score", batch, "-o", path.join(dir, "invalid.json")], { onStderr: (t) => { if (t.includes("[wrong-type]")) seen.add(turns); } });
      expect(r.code).toBe(1);
      expect(r.stderr.match(/\[wrong-type\]/g)).toHaveLength(120);
    } finally {
      clearImmediate(handle);
    }
    // 120 files, a turn after each 50.
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});

describe("a wrong value of a score option", () => {
  // "Invalid threshold "abc"", "Unknown CSV layout "wide"": what was given and expected, but not which option it was
  // given to, where every other option's mistake (--top, --limit, --fail-below 1.000) is said with its name.
  it("is said with the option's name, in either language", async () => {
    const SEED = "examples/so-khcn-quang-binh.yaml";
    const cases: [string[], string, string][] = [
      [["-f", "xml"], 'Unknown format "xml" (--format); formats: table, json, csv, md, html, xlsx', 'Không hỗ trợ định dạng "xml" (--format); các định dạng được hỗ trợ: table, json, csv, md, html, xlsx'],
      [["-f", "csv", "--csv-sep", ";;"], 'CSV separator ";;" (--csv-sep) cannot be used', 'Dấu phân cách CSV ";;" (--csv-sep) không dùng được'],
      [["-f", "csv", "--csv-layout", "wide"], 'Unknown CSV layout "wide" (--csv-layout); use ranking or long', 'Không có bố cục CSV "wide" (--csv-layout); chọn ranking hoặc long'],
      [["--fail-below", "abc"], 'Invalid threshold "abc" (--fail-below): write points (800) or a percentage (80%)', 'Ngưỡng không hợp lệ "abc" (--fail-below): viết số điểm (800) hoặc phần trăm (80%)'],
      [["--fail-below", "150%"], 'The threshold "150%" (--fail-below) is above 100 %: no agency can reach it', 'Ngưỡng "150%" (--fail-below) vượt quá 100 %: không cơ quan nào đạt được'],
    ];
    for (const [args, en, vi] of cases) {
      for (const [lang, said] of [["en", en], ["vi", vi]] as const) {
        const r = await runCli(["score", SEED, ...args, "--lang", lang]);
        expect(r.code, args.join(" ")).toBe(2);
        expect(r.stderr).toContain(said);
        expect(r.stdout).toBe("");
      }
    }
  });
});

// Asked of one agency, --group-ranks gave a json of 1s and, in the table and md, nothing: no word why.
describe("--group-ranks of an agency alone, in the batch or in its cohort", () => {
  const ONE = "examples/so-khcn-quang-binh.yaml";
  it.each([
    ["en, one agency", "en", [ONE, "--group-ranks"], "--group-ranks: one agency was scored, so each of its groups ranks 1 of 1"],
    ["vi, one agency", "vi", [ONE, "--group-ranks"], "--group-ranks: chỉ có một cơ quan được chấm nên mỗi nhóm đều xếp hạng 1/1"],
    ["two agencies", "en", [ONE, "examples/so-tai-chinh-quang-binh.yaml", "--group-ranks"], undefined],
    // An agency alone in its cohort beside others got 1 of 1 on each group without a word.
    ["en, a cohort of one", "en", [ONE, "examples/so-tai-chinh-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml", "--group-ranks"], "--group-ranks: cohort “Vertically managed agencies” (qb-kbnn) has one agency scored, so its groups rank 1 of 1; score it with the other files of its cohort to rank its groups\n"],
    ["vi, a cohort of one", "vi", [ONE, "examples/so-tai-chinh-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml", "--group-ranks"], "--group-ranks: khối «Cơ quan ngành dọc» (qb-kbnn) chỉ có một cơ quan được chấm nên mỗi nhóm của cơ quan đó đều xếp hạng 1/1; hãy chấm cùng các tệp khác trong khối để có thứ hạng theo nhóm\n"],
    ["en, two cohorts of one, two rubrics", "en", ["examples/kho-bac-quang-binh.yaml", "examples/xa-can-giuoc-tay-ninh.yaml", ONE, "examples/so-tai-chinh-quang-binh.yaml", "--group-ranks"], "--group-ranks: cohorts “Vertically managed agencies” (qb-kbnn), “Commune People's Committee” (tn-xa-can-giuoc) each have one agency scored, so their groups rank 1 of 1; score them with the other files of their cohorts to rank their groups\n"],
    ["vi, two cohorts of one, two rubrics", "vi", ["examples/kho-bac-quang-binh.yaml", "examples/xa-can-giuoc-tay-ninh.yaml", ONE, "examples/so-tai-chinh-quang-binh.yaml", "--group-ranks"], "--group-ranks: các khối «Cơ quan ngành dọc» (qb-kbnn), «UBND xã» (tn-xa-can-giuoc) mỗi khối chỉ có một cơ quan được chấm nên mỗi nhóm của các cơ quan này đều xếp hạng 1/1"],
    ["a cohort of one without the option", "en", [ONE, "examples/so-tai-chinh-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"], undefined],
    ["one agency without the option", "en", [ONE], undefined],
  ])("%s", async (_, lang, args, notice) => {
    const r = await runCli(["--lang", lang, "score", ...args, "--format", "md"]);
    expect(r.code).toBe(0);
    // Said once, whatever the format or the number of cohorts.
    if (notice) expect([r.stderr.includes(notice), r.stderr.split("--group-ranks").length - 1]).toEqual([true, 1]);
    else expect(r.stderr).not.toContain("--group-ranks");
  });
});

// A group that applies to one agency of a cohort of several (group 5 for boards only, one board among departments) ranked it
// 1 / 1 there without a word. Said once a group, naming each cohort where it is so, whatever the number of agencies.
describe("--group-ranks of a group that applies to one agency only of its cohort", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "egov-group-of-one-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const RUBRIC = readFileSync("rubrics/dti-cap-so.yaml", "utf8");
  /** The bundled rubric with these groups for boards only; `boardsInNganhDoc`: its second cohort takes boards too. */
  const rubric = (name: string, codes: string[], boardsInNganhDoc = false) => {
    let text = RUBRIC;
    for (const code of codes) { const head = `  - code: "${code}"\n`; expect(text).toContain(head); text = text.replace(head, `${head}    applies_to: [board]\n`); }
    const cohort = "    agency_types: [vertical]\n";
    if (boardsInNganhDoc) { expect(text).toContain(cohort); text = text.replace(cohort, "    agency_types: [vertical, board]\n"); }
    const file = path.join(dir, `${name}.yaml`);
    writeFileSync(file, text);
    return file;
  };
  const DEPARTMENTS = ["examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml"];
  const BOARD = "examples/ban-qlkkt-quang-binh.yaml";
  const secondBoard = () => {
    const file = path.join(dir, "ban-2.yaml");
    writeFileSync(file, readFileSync(BOARD, "utf8").replace("id: qb-bqlkkt", "id: qb-ban-2").replace("cohort: so-nganh", "cohort: nganh-doc"));
    return file;
  };
  it.each([
    ["en", "en", () => [rubric("g5", ["5"]), ...DEPARTMENTS, BOARD],
      ['--group-ranks: group 5 “Cybersecurity” counts for one agency only in cohort “Departments and boards” (qb-bqlkkt), so that agency ranks 1 of 1 on it: it does not apply to the cohort\'s other agencies (their type, or none of its indicators applicable), which are not ranked on it']],
    ["vi", "vi", () => [rubric("g5", ["5"]), ...DEPARTMENTS, BOARD],
      ["--group-ranks: nhóm 5 «An toàn thông tin mạng» chỉ tính cho một cơ quan trong khối «Sở, ban, ngành và ban quản lý» (qb-bqlkkt), nên cơ quan đó xếp hạng 1/1 ở nhóm này: nhóm không áp dụng cho các cơ quan khác của khối (theo loại cơ quan, hoặc mọi chỉ số của nhóm đều không áp dụng), nên các cơ quan đó không được xếp hạng ở nhóm này"]],
    // Two groups: one notice each, not one per agency.
    ["two groups", "en", () => [rubric("g56", ["5", "6"]), ...DEPARTMENTS, BOARD],
      ['--group-ranks: group 5 “Cybersecurity” counts for one agency only in cohort “Departments and boards” (qb-bqlkkt)', '--group-ranks: group 6 “Digital-government activity” counts for one agency only in cohort “Departments and boards” (qb-bqlkkt)']],
    // Two cohorts where it is so: one notice naming both.
    ["two cohorts", "en", () => [rubric("g5-both", ["5"], true), ...DEPARTMENTS, BOARD, "examples/kho-bac-quang-binh.yaml", secondBoard()],
      ['--group-ranks: group 5 “Cybersecurity” counts for one agency only in each of the cohorts “Departments and boards” (qb-bqlkkt), “Vertically managed agencies” (qb-ban-2), so those agencies rank 1 of 1 on it']],
    ["two cohorts (vi)", "vi", () => [rubric("g5-both", ["5"], true), ...DEPARTMENTS, BOARD, "examples/kho-bac-quang-binh.yaml", secondBoard()],
      ["--group-ranks: nhóm 5 «An toàn thông tin mạng» chỉ tính cho một cơ quan trong mỗi khối «Sở, ban, ngành và ban quản lý» (qb-bqlkkt), «Cơ quan ngành dọc» (qb-ban-2), nên các cơ quan này xếp hạng 1/1 ở nhóm này"]],
    // The group applies to two of the cohort, or to none: ranked as any group, nothing to say.
    ["two boards", "en", () => [rubric("g5", ["5"]), ...DEPARTMENTS, BOARD, path.join(dir, "ban-3.yaml")], []],
    ["no board", "en", () => [rubric("g5", ["5"]), ...DEPARTMENTS], []],
  ] as const)("%s", async (_, lang, args, notices) => {
    writeFileSync(path.join(dir, "ban-3.yaml"), readFileSync(BOARD, "utf8").replace("id: qb-bqlkkt", "id: qb-ban-3"));
    const [rubricFile, ...files] = args();
    const r = await runCli(["--lang", lang, "score", "--rubric", rubricFile!, ...files, "--group-ranks", "--format", "md"]);
    expect(r.code).toBe(0);
    for (const notice of notices) expect(r.stderr).toContain(notice);
    // Each said once, and nothing else said of --group-ranks (the cohort of one, Kho bạc with ban-2 beside it, is none).
    expect(r.stderr.split("--group-ranks").length - 1).toBe(notices.length);
  });
});
