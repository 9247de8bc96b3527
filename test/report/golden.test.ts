import ExcelJSModule from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { explain, type ExplainOptions } from "../../src/cli/commands/explain.js";
import { runCli } from "../helpers/run-cli.js";
import { captureContext } from "./helpers.js";

/** Golden outputs: refresh on purpose with `npm run update:golden`, then review the diff. */
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const env = { SOURCE_DATE_EPOCH: "1758758400" }; // 2025-09-25, the seed's submission date

async function golden(name: string, args: string[], lang: string): Promise<void> {
  const r = await runCli(args, { env: { ...env, LANG: lang } });
  compare(name, r.stdout);
}

/** The output against its golden file; a missing one fails (it is written only on purpose, with UPDATE_GOLDEN). */
function compare(name: string, text: string): void {
  const file = path.join("test/golden", name);
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${file} is missing: npm run update:golden`).toBe(true);
  expect(text).toBe(readFileSync(file, "utf8"));
}

/**
 * An xlsx as text: every sheet, every non-empty row, cells tab-separated with their type (n number, s string, d a
 * date cell, which exceljs reads back as a Date at midnight UTC: written as its day, not in the machine's zone).
 */
async function xlsxDump(args: string[], lang: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "egov-golden-"));
  try {
    const file = path.join(dir, "r.xlsx");
    await runCli([...args, "-o", file], { env: { ...env, LANG: lang } });
    const ExcelJS = ExcelJSModule as unknown as typeof import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const out: string[] = [];
    for (const ws of wb.worksheets) {
      out.push(`## ${ws.name}`);
      ws.eachRow((row, n) => {
        const cells = (row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? "" : typeof v === "number" ? `n:${v}` : v instanceof Date ? `d:${v.toISOString().slice(0, 10)}` : `s:${String(v)}`));
        out.push(`${n}\t${cells.join("\t")}`);
      });
    }
    return out.join("\n") + "\n";
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function explainGolden(name: string, opts: ExplainOptions, lang: "vi" | "en"): Promise<void> {
  const { ctx, out } = await captureContext(lang, env);
  expect(await explain(ctx, "examples/so-khcn-quang-binh.yaml", opts)).toBe(0);
  compare(name, out());
}

describe("golden reports", () => {
  it("seed agency, table, Vietnamese", () => golden("seed.table.vi.txt", ["score", "examples/so-khcn-quang-binh.yaml"], "vi_VN.UTF-8"));
  it("seed agency, table, English", () => golden("seed.table.en.txt", ["score", "examples/so-khcn-quang-binh.yaml"], "en_US.UTF-8"));
  it("seed agency, json", () => golden("seed.json", ["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"], "en_US.UTF-8"));
  it("all examples, table, Vietnamese (ranking and the invalid file)", () => golden("examples.table.vi.txt", ["score", "examples/"], "vi_VN.UTF-8"));
  it("seed agency, markdown, Vietnamese", () => golden("seed.vi.md", ["score", "examples/so-khcn-quang-binh.yaml", "--format", "md"], "vi_VN.UTF-8"));
  it("all examples, markdown, English", () => golden("examples.en.md", ["score", "examples/", "--format", "md"], "en_US.UTF-8"));
  it("all examples, csv ranking, Vietnamese", () => golden("examples.ranking.vi.csv", ["score", "examples/", "--format", "csv"], "vi_VN.UTF-8"));
  it("seed agency, csv long with ';', English", () => golden("seed.long.en.csv", ["score", "examples/so-khcn-quang-binh.yaml", "--format", "csv", "--csv-layout", "long", "--csv-sep", ";"], "en_US.UTF-8"));
  it("dti-cap-so rubric, csv, Vietnamese", () => golden("rubric.dti-cap-so.vi.csv", ["rubric", "show", "dti-cap-so", "--format", "csv"], "vi_VN.UTF-8"));
  it("seed agency, html, Vietnamese", () => golden("seed.vi.html", ["score", "examples/so-khcn-quang-binh.yaml", "--format", "html"], "vi_VN.UTF-8"));
  it("all examples, html, English", () => golden("examples.en.html", ["score", "examples/", "--format", "html"], "en_US.UTF-8"));
  it("all examples, xlsx cells, Vietnamese", async () => compare("examples.xlsx.vi.txt", await xlsxDump(["score", "examples/"], "vi_VN.UTF-8")));
  it("explain the seed agency, text, English", () => explainGolden("seed.explain.en.txt", {}, "en"));
  it("explain the seed agency, markdown, Vietnamese", () => explainGolden("seed.explain.vi.md", { format: "md" }, "vi"));
  it("explain the seed agency, json", () => explainGolden("seed.explain.json", { format: "json" }, "en"));
  it("the invalid example's errors, Vietnamese", async () => {
    const r = await runCli(["validate", "examples/invalid/so-xay-dung-loi.yaml"], { env: { LANG: "vi_VN.UTF-8" } });
    compare("invalid.errors.vi.txt", r.stderr);
  });
});
