import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { pathEscapeIssues } from "../../src/load/path-escape.js";
import { runCli } from "../helpers/run-cli.js";

/** The findings for a one-line evidence item whose link is written `link` (YAML source). */
function findings(link: string): [string, string, string][] {
  const text = `answers:\n  "1.5":\n    value: true\n    evidence:\n      - {title: "Chuyên mục", link: ${link}}\n`;
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return pathEscapeIssues(text, parsed.parsed.data, parsed.parsed.map).map((i) => [i.path.join("/"), String(i.params.written), String(i.params.quoted)]);
}

describe("a Windows path in double quotes", () => {
  it.each([
    ["a drive's path whose \\t \\n \\b YAML reads as a tab, a line break, a backspace", String.raw`"D:\tai lieu\nam 2025\bao cao.pdf"`, String.raw`'D:\tai lieu\nam 2025\bao cao.pdf'`],
    ["a share's path, its \\\\ read as one backslash", String.raw`"\\fileserver\tai lieu\bc.pdf"`, String.raw`'\\fileserver\tai lieu\bc.pdf'`],
    ["a path after words, a quote in it doubled in single quotes", String.raw`"Lưu tại E:\van ban\tin bai 'mới'.pdf"`, String.raw`'Lưu tại E:\van ban\tin bai ''mới''.pdf'`],
  ])("%s: a warning, with the path in single quotes", (_, link, quoted) => {
    expect(findings(link)).toEqual([["answers/1.5/evidence/0/link", link, quoted]]);
  });

  it.each([
    ["escaped as YAML asks", String.raw`"D:\\tai lieu\\bao cao.pdf"`],
    ["in single quotes", String.raw`'D:\tai lieu\bao cao.pdf'`],
    ["without quotes", String.raw`D:\tai lieu\bao cao.pdf`],
    ["a web address", `"https://stc.quangbinh.gov.vn/chuyen-doi-so"`],
    ["a line break escaped in a text that is no path", String.raw`"Dòng 1\nDòng 2"`],
    // A word ending in a letter before a colon is no drive: "thành:\t" read as the drive h:\ (a report pasted from Word).
    ["a tab escaped after a word and a colon", String.raw`"Năm 2025 huyện đã hoàn thành:\t• Triển khai một cửa"`],
    ["a line break escaped after a word and a colon", String.raw`"Kết quả:\nĐạt"`],
    // Single quotes would keep both backslashes and lose the line break: the hint would break a text written right.
    ["a path escaped as YAML asks beside a line break meant as one", String.raw`"Bản chụp: D:\\tai lieu\\bc.pdf\nBản gốc lưu tại phòng"`],
    ["a share's path escaped as YAML asks beside a line break meant as one", String.raw`"\\\\fileserver\\bc.pdf\nBản gốc"`],
  ])("%s: read as typed, nothing said", (_, link) => {
    expect(findings(link)).toEqual([]);
  });

  // \t and \n only: escapes the fast path's reader reads itself (a \b sends the file the slow way).
  it("a file with one is scored, the warning placed (the fast path does not vouch for it)", async () => {
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace('link: "https://stc.quangbinh.gov.vn/chuyen-doi-so"', String.raw`link: "D:\tai lieu\nam 2025.pdf"`);
    const r = await runCli(["score", "-", "--format", "json"], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/<stdin>:42:51 warning Inside double quotes a \\ starts an escape .* Use single quotes: 'D:\\tai lieu\\nam 2025\.pdf' \[windows-path-escape\]/);
  });

  // The warning stands beside the file's errors too (validate, explain): it must not say the file is scored.
  it("beside an error, does not say the file is scored", async () => {
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace('link: "https://stc.quangbinh.gov.vn/chuyen-doi-so"', String.raw`link: "D:\tai lieu\nam 2025.pdf"`).replace("period: \"2025\"", "period: [2025]");
    for (const lang of ["en", "vi"]) {
      const r = await runCli(["validate", "-", "--lang", lang], { stdin: text });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("[windows-path-escape]");
      expect(r.stderr).not.toMatch(/It is scored|Tệp vẫn được chấm/);
    }
  });
});
