import { describe, expect, it } from "vitest";
import { helpText } from "../../src/cli/localize-help.js";
import { HELP_VI } from "../../src/i18n/help-words.js";
import { runCli } from "../helpers/run-cli.js";

const COMMANDS = [[], ["score"], ["validate"], ["assess"], ["init"], ["explain"], ["rubric"], ["rubric", "list"], ["rubric", "show"], ["rubric", "lint"], ["rubric", "test"], ["rubric", "impact"], ["schema"], ["schema", "agency"], ["schema", "rubric"], ["schema", "report"]];

/** The description column of a help text: what follows the flags or names after two or more spaces, or a wrapped line of its own. */
function descriptions(help: string): string[] {
  return help.split("\n").map((line) => line.match(/^ {2}\S.*? {2,}(\S.*)$/)?.[1] ?? line.match(/^ {6,}(\S.*)$/)?.[1] ?? "").filter((d) => d !== "");
}

/** Pieces of the English help that read the same in Vietnamese (names, values): any other piece must be translated. */
const NEUTRAL = new Set(["md, html, xlsx", "expected.yaml", "dti-cap-so)", "\"dti-cap-so\")", "\"text\")", "\"table\")", "\"github\", \"junit\", \"sarif\")", "\"github\")", "\"github\", \"junit\")"]);

describe("the help in Vietnamese", () => {
  it.each(COMMANDS)("%j: every description and heading is translated", async (...command) => {
    const en = await runCli([...command, "--help"]);
    const vi = await runCli([...command, "--help", "--lang", "vi"]);
    expect([en.code, vi.code]).toEqual([0, 0]);
    expect(vi.stdout.startsWith("Cách dùng: egov-score")).toBe(true);
    expect(vi.stdout).not.toMatch(/^(Usage|Options|Commands|Arguments):/m);
    expect(vi.stdout).not.toMatch(/\[options\]|\[command\]/);
    expect(vi.stdout.split("\n")[0]).toContain("[tùy chọn]");
    // What to type is named in Vietnamese too: <đường-dẫn...>, <tệp>, not <paths...>, <file>.
    const placeholders = [...vi.stdout.matchAll(/<([^<>\s]+?)(?:\.\.\.)?>/g)].map((m) => m[1]!).filter((w) => !/^(mã|tệp|đường-dẫn|thư-mục|định-dạng|ngôn-ngữ|bố-cục|số|mới|cũ|ký-tự|mức|loại|bộ-chỉ-số|mã-bộ-chỉ-số|mã\|đường-dẫn|điểm\|tỷ-lệ%)$/.test(w));
    expect(placeholders).toEqual([]);
    const english = descriptions(en.stdout).filter((d) => !NEUTRAL.has(d));
    expect(english.length).toBeGreaterThan(0);
    for (const text of english) expect(vi.stdout, text).not.toContain(text);
  });

  // rubric impact's help listed --corpus among the options with nothing to say it must be given: a newcomer who ran
  // `rubric impact old.yaml new.yaml` met "required option '--corpus <paths...>' not specified" (newcomer2).
  it.each([["en", "required: the agency files"], ["vi", "bắt buộc: phiếu tự đánh giá của cơ quan"]])("rubric impact --help in %s says --corpus is required", async (lang, said) => {
    const r = await runCli(["rubric", "impact", "--help", "--lang", lang]);
    expect(r.stdout.replace(/\s+/g, " ")).toMatch(new RegExp(`--corpus <[^>]+> ${said}`));
  });

  it("follows LANG too, and leaves the English help as it was", async () => {
    expect((await runCli(["--help"], { env: { LANG: "vi_VN.UTF-8" } })).stdout).toContain("Tùy chọn:");
    const en = await runCli(["score", "--help"]);
    expect(en.stdout).toContain("Usage: egov-score score [options] <paths...>");
    expect(en.stdout).toContain("--csv-sep <sep>            csv field separator, e.g. ';' for Excel with a\n                             decimal comma (default: \",\")");
  });

  it("names every variable --lang's default is read from, as the README does, in both languages", async () => {
    for (const lang of ["en", "vi"]) {
      const help = (await runCli(["--help", "--lang", lang])).stdout.replace(/\s+/g, " ");
      for (const name of ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "Windows"]) expect(help, `${lang}: ${name}`).toContain(name);
    }
  });

  it("says that assess's default rubric follows -t's agency type, not only the file's, in both languages", async () => {
    // `assess -t commune` answers dti-cap-xa; the Vietnamese help said "the type in the file" alone.
    const en = (await runCli(["assess", "--help"])).stdout.replace(/\s+/g, " ");
    const vi = (await runCli(["assess", "--help", "--lang", "vi"])).stdout.replace(/\s+/g, " ");
    expect(en).toContain("the bundled one of the agency type, -t's or the file's, else dti-cap-so");
    expect(vi).toContain("loại cơ quan ghi sau -t hoặc trong tệp");
  });

  it("says what rubric test --previous names besides renumbered codes, in both languages (it said renumbered codes alone)", async () => {
    const en = (await runCli(["rubric", "test", "--help"])).stdout.replace(/\s+/g, " ");
    const vi = (await runCli(["rubric", "test", "--help", "--lang", "vi"])).stdout.replace(/\s+/g, " ");
    expect(en).toContain("a difference with the changes that may explain it (maxima, a group's indicators, rules, caps, bands, cohorts)");
    expect(vi).toContain("chênh lệch được báo kèm những thay đổi có thể gây ra nó (điểm tối đa, chỉ số của nhóm, quy tắc, trần điểm, ngưỡng xếp loại, khối xếp hạng)");
  });

  it("looks descriptions up among its own entries only", () => {
    expect(["toString", "constructor", "print less: no progress, notes or warnings"].map((text) => helpText(text, "vi"))).toEqual(["toString", "constructor", "in ít hơn: không in tiến độ, ghi chú hay cảnh báo"]);
  });

  it("has no translation left over for a description that no longer exists", async () => {
    const all = (await Promise.all(COMMANDS.map(async (command) => (await runCli([...command, "--help"])).stdout.replace(/\s+/g, " ")))).join(" ");
    for (const english of Object.keys(HELP_VI)) expect(all, english).toContain(english);
  });
});

// explain --help said "mẫu đường dẫn" where score, validate and rubric impact said "mẫu tên": one glob, one name.
describe("a glob has one Vietnamese name in every help that takes one", () => {
  it.each([["score"], ["validate"], ["explain"], ["rubric", "impact"]])("%s", async (...command) => {
    const vi = (await runCli([...command, "--help", "--lang", "vi"])).stdout.replace(/\s+/g, " ");
    expect(vi).toContain("mẫu đường dẫn");
    expect(vi).not.toContain("mẫu tên");
  });
});

describe("the help on a terminal", () => {
  it.each([[60], [200]])("%i columns wide: no line of any command's help is wider, in English or Vietnamese", async (columns) => {
    for (const command of COMMANDS) for (const lang of ["en", "vi"]) {
      const help = (await runCli([...command, "--help", "--lang", lang], { columns })).stdout;
      for (const line of help.split("\n")) expect([command.join(" "), lang, line]).toEqual([command.join(" "), lang, line.slice(0, columns)]);
    }
  });

  it("narrower than commander wraps beside the terms (60 columns), each description goes under its term (it was one line of 200 letters)", async () => {
    const help = (await runCli(["explain", "--help"], { columns: 60 })).stdout;
    expect(help).toContain("\n  --batch <paths...>\n      the batch the agency is ranked in (files, folders,\n      globs; after FILE");
    // Under 46 columns too, where commander's own wrapping gives up (the descriptions were one long line again).
    const narrow = (await runCli(["score", "--help"], { columns: 40 })).stdout;
    expect(narrow).toContain("\n  --output-dir <dir>\n      write every --format to this\n      folder (without --format: json,\n");
    for (const line of narrow.split("\n").filter((l) => l.startsWith("      "))) expect([...line].length, line).toBeLessThanOrEqual(40);
    // 80 columns keep the two columns.
    expect((await runCli(["explain", "--help"], { columns: 80 })).stdout).toContain("\n  --force                 overwrite an existing output file\n");
  });

  it("score says what --format and --output-dir write when not told, as the other commands say their default format", async () => {
    const en = (await runCli(["score", "--help"])).stdout.replace(/\s+/g, " ");
    expect(en).toContain("(default: table, or the ones -o's extensions name)");
    expect(en).toContain("(without --format: json, csv, md, html and xlsx)");
    const vi = (await runCli(["score", "--help", "--lang", "vi"])).stdout.replace(/\s+/g, " ");
    expect(vi).toContain("(mặc định: table, hoặc theo phần mở rộng của các tệp -o)");
  });

  // rubric show's --csv-sep gave no default where score's said (default: ","): both say it, in both languages.
  it.each([["en", '(default: ",")'], ["vi", '(mặc định: ",")']])("rubric show --help in %s gives --csv-sep's default as score --help does", async (lang, said) => {
    for (const command of [["score"], ["rubric", "show"]]) {
      const help = (await runCli([...command, "--help", "--lang", lang])).stdout.replace(/\s+/g, " ");
      expect(help, command.join(" ")).toMatch(new RegExp(`--csv-sep <[^>]+> [^(]+${said.replace(/[()]/g, "\\$&")}`));
    }
  });

  // explain's --top and rubric impact's --limit read (default: "10") and (mặc định: "25"), a number quoted as a text (newcomer2).
  it.each([["en", "default"], ["vi", "mặc định"]])("a number's default is written as a number, in %s", async (lang, said) => {
    const explain = (await runCli(["explain", "--help", "--lang", lang])).stdout.replace(/\s+/g, " ");
    expect(explain).toMatch(new RegExp(`--top <[^>]+> [^(]+\\(0 [^)]+\\) \\(${said}: 10\\)`));
    const impact = (await runCli(["rubric", "impact", "--help", "--lang", lang])).stdout.replace(/\s+/g, " ");
    expect(impact).toContain(`(${said}: 25)`);
  });

  it("sets a default off from the choices before it, which a comma made read as one more choice", async () => {
    const vi = (await runCli(["rubric", "lint", "--help", "--lang", "vi"])).stdout.replace(/\s+/g, " ");
    expect(vi).toContain('(chọn một trong: "error", "warning"; mặc định: "error")');
    expect(vi).toContain("(mặc định: stylish, hoặc theo phần mở rộng của tệp -o)");
    expect((await runCli(["rubric", "lint", "--help"])).stdout.replace(/\s+/g, " ")).toContain('(choices: "error", "warning", default: "error")');
  });
});
