import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { makeContext, type Context } from "../../src/cli/context.js";
import type { Io } from "../../src/cli/io.js";

export const SEED = "examples/so-khcn-quang-binh.yaml";
export const REPRODUCIBLE = { SOURCE_DATE_EPOCH: "1758758400" };

/** Strings that must stay text in every format: markup, script, attribute break-outs, formulas. */
export const HOSTILE = {
  name: `=HYPERLINK("http://x","<script>window.__pwned=1</script>") "><img src=x onerror="window.__pwned=1"></style><b>Sở Đông Hà</b>`,
  note: `+SUM(1,2) </style><script>window.__pwned=1;alert(1)</script>\tTab "quote" \`tick\` | pipe`,
  reason: `-1 <svg onload="window.__pwned=1"> lý do`,
  evidence: `@cmd "><img src=x onerror="window.__pwned=1;alert('x')">`,
  link: `javascript:window.__pwned=1`,
  number: `\t=1+1`,
};

/** A folder holding a valid agency file (the seed) whose free texts are hostile, and a second plain agency. */
export function hostileDir(temps: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "egov-hostile-"));
  temps.push(dir);
  const data = parse(readFileSync(SEED, "utf8"), { stringKeys: true }) as Record<string, any>;
  data.agency.name = HOSTILE.name;
  data.agency.id = "hostile-1";
  data.answers["1.3"].note = HOSTILE.note;
  data.answers["1.1"].evidence[0].title = HOSTILE.evidence;
  data.answers["1.1"].evidence[0].number = HOSTILE.number;
  data.answers["1.5"].evidence[0].link = HOSTILE.link;
  data.answers["2.1"].reason = HOSTILE.reason;
  writeFileSync(path.join(dir, "hostile.yaml"), stringify(data));
  writeFileSync(path.join(dir, "seed.yaml"), readFileSync(SEED));
  return dir;
}

export function tempDir(temps: string[]): string {
  const d = mkdtempSync(path.join(tmpdir(), "egov-report-"));
  temps.push(d);
  return d;
}

export function cleanup(temps: string[]): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A Context with captured streams, for calling command functions directly. */
export async function captureContext(lang: "vi" | "en" = "en", env: Record<string, string> = {}): Promise<{ ctx: Context; out: () => string; err: () => string }> {
  let stdout = "", stderr = "";
  const io: Io = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    env: { ...REPRODUCIBLE, ...env },
    stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false,
    readStdin: async () => Buffer.from(""),
    cwd: process.cwd(),
  };
  const ctx = await makeContext(io, lang, {}, JSON.parse(readFileSync("package.json", "utf8")).version);
  return { ctx, out: () => stdout, err: () => stderr };
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF records), strict: a stray quote throws. */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", i = 0, quoted = false, wasQuoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"') {
      if (field !== "" || wasQuoted) throw new Error(`stray quote at ${i}`);
      quoted = true; wasQuoted = true; i++; continue;
    }
    if (c === sep) { row.push(field); field = ""; wasQuoted = false; i++; continue; }
    if (c === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      row.push(field); rows.push(row); row = []; field = ""; wasQuoted = false; i += 2; continue;
    }
    if (c === "\n") throw new Error(`bare LF at ${i}`);
    if (wasQuoted) throw new Error(`text after closing quote at ${i}`);
    field += c; i++;
  }
  if (quoted) throw new Error("unterminated quote");
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** The seed with 2.3 left unanswered by the agency and filled by the collector's verified value. */
export function filledByCollector(temps: string[]): string {
  const file = path.join(tempDir(temps), "so.yaml");
  const text = readFileSync(SEED, "utf8").replace(/^ {2}"2\.3":\n {4}value: 450\n/m, `  "2.3":\n    value: "?"\n    verified: {value: 200}\n`);
  if (!text.includes("verified: {value: 200}")) throw new Error(`${SEED} no longer answers 2.3 with 450: the test's file was not made`);
  writeFileSync(file, text);
  return file;
}
