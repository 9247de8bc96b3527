import { describe, expect, it } from "vitest";
import { githubData, githubProperty, xmlAttr, xmlText } from "../../src/rubric-ci/format/escape.js";
import { code, md as mdText, mdLink } from "../../src/report/md-escape.js";
import { junitXml } from "../../src/rubric-ci/format/junit.js";
import { terminalSafe } from "../../src/report/terminal-safe.js";
import { fileUri } from "../../src/rubric-ci/format/sarif.js";
import { all, parseXml } from "./helpers/xml.js";
import { formatLintJson } from "../../src/rubric-ci/format/json.js";
import { formatSarif } from "../../src/rubric-ci/format/sarif.js";
import type { LintReport } from "../../src/rubric-ci/format/lint-report.js";

describe("escaping for CI formats", () => {
  it("XML text and attributes", () => {
    expect(xmlText(`a < b & c > d "q" 'a'`)).toBe(`a &lt; b &amp; c &gt; d "q" 'a'`);
    expect(xmlAttr(`"x" & 'y'\n\tz\r`)).toBe("&quot;x&quot; &amp; &apos;y&apos;&#10;&#9;z&#13;");
    expect(xmlText("bell\u0007 nul\u0000 ok\u0009\u000A")).toBe("bell\uFFFD nul\uFFFD ok\t\n");
    expect(xmlText("lone \uD800 high, pair \uD83D\uDE00")).toBe("lone \uFFFD high, pair \uD83D\uDE00");
  });

  it("XML text holds nothing a terminal acts on: the report goes to standard output without -o (an agency name wrote a raw CR, U+202E and U+009B there)", () => {
    expect(xmlText("Sở\rOVER\u202eevil\u009b2J\u2028x\u007f\u200f\u2066y")).toBe("Sở&#13;OVER\uFFFDevil\uFFFD2J\uFFFDx\uFFFD\uFFFD\uFFFDy");
    expect(xmlAttr("a\rb\u202ec")).toBe("a&#13;b\uFFFDc");
    const xml = junitXml("s", [{ name: "s", cases: [{ classname: "c", name: "Sở\rOVER", output: "Sở\rOVER\u202e" }] }]);
    expect(xml).not.toMatch(/[\r\u007f-\u009f\u202a-\u202e]/);
    expect(all(parseXml(xml), "system-out")[0]!.text).toBe("Sở\rOVER\uFFFD");
  });

  // A JUnit report printed to a job's log (no -o): the runner reads each line, and acted on one from a rubric's title.
  it("XML text starts no line with a workflow command, nor holds the runner's older ##[ form or Azure's ##vso[, and reads back the same", () => {
    const hostile = "Nhận thức số\n::error file=README.md::injected\n  ::add-mask::x\nend ##[stop-commands]tok ##[error]y ##vso[task.complete result=Succeeded]";
    const xml = junitXml("s", [{ name: "s", cases: [{ classname: "c", name: hostile, failure: { type: "t", message: hostile, body: hostile }, output: hostile }] }]);
    expect(xml.split("\n").filter((line) => /^\s*::/.test(line) || /##(vso)?\[/i.test(line))).toEqual([]);
    const root = parseXml(xml);
    expect(all(root, "system-out")[0]!.text).toBe(hostile);
    expect(all(root, "failure")[0]!.text).toBe(hostile);
    expect(all(root, "testcase")[0]!.attrs.name).toBe(hostile);
    // A colon inside a line, and a lone one, are left as they are.
    expect(xmlText("a::b :x\n:y")).toBe("a::b :x\n:y");
  });

  it("XML text replaces every character terminalSafe would, not only those the case above names", () => {
    const acted: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if ((c >= 0xd800 && c <= 0xdfff) || ch === "\t" || ch === "\n" || ch === "\r" || terminalSafe(ch) === ch) continue;
      acted.push(ch);
    }
    expect(acted.length).toBeGreaterThan(60);
    expect(acted.filter((ch) => xmlText(ch) !== "\uFFFD").map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
  });

  it("a JUnit document with hostile texts reads back to the same texts", () => {
    const hostile = `Tiếng Việt <tag attr="v"> & ]]> 'x' \n second line`;
    const xml = junitXml(hostile, [{ name: hostile, cases: [{ classname: hostile, name: hostile, failure: { type: "t", message: hostile, body: hostile } }, { classname: "c", name: "ok", output: hostile }] }]);
    const root = parseXml(xml);
    expect(root.attrs.name).toBe(hostile);
    expect(all(root, "failure")[0]!.attrs.message).toBe(hostile);
    expect(all(root, "failure")[0]!.text).toBe(hostile);
    expect(all(root, "system-out")[0]!.text).toBe(hostile);
    expect(root.attrs).toMatchObject({ tests: "2", failures: "1", errors: "0" });
  });

  it("the test XML reader refuses malformed XML", () => {
    for (const bad of ["<a>", "<a></b>", "<a x=1/>", "<a>&</a>", "<a>&bogus;</a>", "<a/><b/>", "<a x=\"1\" x=\"2\"/>", "<a>\u0007</a>"]) expect(() => parseXml(bad), bad).toThrow();
  });

  it("GitHub workflow commands", () => {
    expect(githubData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(githubProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
    // A rubric's text cannot act on the terminal the annotations are printed to.
    expect(githubData("id\u001b]0;T\u0007\u001b[2J\u202e\u009b")).toBe("id\u241b]0;T\u2407\u241b[2J\ufffd\ufffd");
    expect(githubProperty("f\u001b[31m.yaml")).toBe("f\u241b[31m.yaml");
  });

  it("lint json and sarif write a rubric's bidi and C1 characters as escapes, read back the same", () => {
    const text = "evil\u202eLTR\u2066\u009b";
    const report: LintReport = { tool: { name: "egov-score", version: "0" }, lang: "en", failSeverity: "error", files: [{ file: `r${text}.yaml`, unreadable: false, findings: [{ code: "bad-format", severity: "error", file: `r${text}.yaml`, line: 1, col: 1, path: "/id", params: { found: text } }] }] };
    for (const out of [formatLintJson(report), formatSarif(report)]) {
      expect(out).not.toMatch(/[\u202e\u2066\u009b]/);
      expect(out).toContain("\\u202e");
    }
    expect((JSON.parse(formatLintJson(report)) as { files: { file: string }[] }).files[0]!.file).toBe(`r${text}.yaml`);
  });

  it("Markdown cells", () => {
    expect(mdText("a|b *c* _d_ `e` [f] <g>\nh \\")).toBe("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] &lt;g&gt; h \\\\");
    // Agency names from a corpus go into pull-request comments: no mention, autolink or strike-through.
    expect(mdText("@octocat https://evil.example/login www.evil.com ~~s~~")).toBe("\\@octocat https\\://evil.example/login www\\.evil.com \\~\\~s\\~\\~");
  });

  it("Markdown links: only http(s), nothing that ends the link early", () => {
    expect(mdLink("src", "javascript:alert(1)")).toBe("src");
    expect(mdLink("src", "https://a.example/x)**bold**")).toBe("[src](https://a.example/x%29**bold**)");
    expect(mdLink("Quyết định", "https://vanban.gov.vn/a?b=1")).toBe("[Quyết định](https://vanban.gov.vn/a?b=1)");
  });

  it("inline code for file names cannot be broken out of", () => {
    expect(code("x`<img src=x> @octocat `.yaml")).toBe("`xˋ<img src=x> @octocat ˋ.yaml`");
    // Backslash escapes do not work in a code span (CommonMark): outside a table, \| shows as \| on GitHub.
    // File names are in list items and paragraphs, never in table cells, so a pipe stays as it is.
    expect(code("nop/a|b.yaml:45:12")).toBe("`nop/a|b.yaml:45:12`");
  });

  it("SARIF artifact URIs", () => {
    expect(fileUri("rubrics/dti-cap-so.yaml")).toBe("rubrics/dti-cap-so.yaml");
    expect(fileUri("a b/c#d.yaml")).toBe("a%20b/c%23d.yaml");
    expect(fileUri("/tmp/x y.yaml")).toBe("file:///tmp/x%20y.yaml");
  });
});
