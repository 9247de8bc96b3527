import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { runCli } from "../helpers/run-cli.js";

// The questions asked, each confirm answered `confirmAnswer`; any other question stops the session, as Ctrl-C does.
const asked = vi.hoisted(() => ({ confirms: [] as { message: string; default?: boolean }[], confirmAnswer: false }));
vi.mock("../../src/prompts/ask.js", () => {
  const stop = async (): Promise<never> => { throw Object.assign(new Error("stopped"), { name: "ExitPromptError" }); };
  return { makeAsker: () => ({ text: stop, select: stop, checkbox: stop, confirm: async (o: { message: string; default?: boolean }) => { asked.confirms.push(o); return asked.confirmAnswer; } }) };
});
// Every atomic write, by file: a file started over must be written once, the name typed in it.
const written = vi.hoisted(() => ({ files: [] as string[] }));
vi.mock("../../src/io/write-atomic.js", async (actual) => {
  const real = await actual<typeof import("../../src/io/write-atomic.js")>();
  return { ...real, writeFileAtomic: (file: string, ...rest: Parameters<typeof real.writeFileAtomic> extends [string, ...infer R] ? R : never) => { written.files.push(file); real.writeFileAtomic(file, ...rest); } };
});
beforeEach(() => { asked.confirms = []; asked.confirmAnswer = false; written.files = []; });

const dir = mkdtempSync(path.join(tmpdir(), "egov-assess-hint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");

/** Assess started on a copy of the commune example, edited by `edit`, with these arguments after the file. */
async function assessCopy(edit: (text: string) => string, args: string[], lang: "vi" | "en") {
  const file = path.join(dir, `xa-${Math.random().toString(36).slice(2)}.yaml`);
  const text = edit(example);
  writeFileSync(file, text);
  const r = await runCli(["assess", file, ...args, "--lang", lang], { stdinIsTTY: true });
  expect(readFileSync(file, "utf8")).toBe(text);
  return r;
}

describe("assess on a file that names another rubric than --rubric", () => {
  it.each([
    ["vi", "chọn đúng bộ chỉ số bằng --rubric dti-cap-xa)"],
    ["en", "name the right one with --rubric dti-cap-xa)"],
  ] as const)("names the bundled rubric the file answers (%s), not --rubric FILE", async (lang, said) => {
    const r = await assessCopy((t) => t, ["--rubric", "dti-cap-so"], lang);
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\s+/g, " ")).toContain(said);
    expect(r.stderr).not.toMatch(/--rubric (TỆP|FILE)/);
    // Its finding gave --rubric's id as the line to write ("expected: dti-cap-so") into a commune's answers.
    expect(r.stderr).toMatch(/(found|đã ghi): dti-cap-xa/);
    expect(r.stderr).not.toMatch(/(expected|cần ghi): dti-cap-so/);
  });

  it("a rubric bundled in another version than the file's is no rubric to name: --rubric FILE is said", async () => {
    const r = await assessCopy((t) => t.replace(/(rubric: \{id: dti-cap-xa, version: )"[^"]*"/, '$1"2024.1"'), ["--rubric", "dti-cap-so"], "vi");
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\s+/g, " ")).toContain("chọn đúng bộ chỉ số bằng --rubric TỆP)");
  });
});

// A commune's officer ran `init -o moi.yaml` (the default, dti-cap-so), then `assess moi.yaml --rubric dti-cap-xa`:
// refused, and told only to go on with dti-cap-so, not how to start the file for the rubric asked.
describe("assess --rubric R on a file of another rubric holding no answers yet", () => {
  const file = path.join(dir, "moi.yaml");
  /** moi.yaml written by `write`, then assessed; what was said, spaces joined and the folder left out, the file unchanged. */
  async function assessNew(write: (file: string) => Promise<void>, lang: "vi" | "en", args: string[] = []) {
    await write(file);
    const before = readFileSync(file, "utf8");
    const r = await runCli(["assess", file, "--rubric", "dti-cap-xa", ...args, "--lang", lang], { stdinIsTTY: true });
    expect(readFileSync(file, "utf8")).toBe(before);
    return { ...r, said: r.stderr.replace(/\s+/g, " ").replaceAll(`${dir}${path.sep}`, "") };
  }
  const initBlank = async (file: string) => { expect((await runCli(["init", "-o", file, "--force"])).code).toBe(0); };

  it.each([
    ["vi", "chọn đúng bộ chỉ số bằng --rubric dti-cap-so)", "moi.yaml chưa có câu trả lời nào: để bắt đầu lại tệp theo bộ chỉ số dti-cap-xa (--force ghi đè tệp, chỉ mất phần đầu tệp): egov-score --lang vi init --rubric dti-cap-xa -o moi.yaml --force"],
    ["en", "name the right one with --rubric dti-cap-so)", "moi.yaml holds no answers yet: to start it again for rubric dti-cap-xa (--force writes over it, losing only its header): egov-score --lang en init --rubric dti-cap-xa -o moi.yaml --force"],
  ] as const)("init's blanks (%s): says the init that starts it for the rubric asked", async (lang, today, start) => {
    const r = await assessNew(initBlank, lang);
    expect(r.code).toBe(1);
    expect(r.said).toContain(today);
    expect(r.said).toContain(start);
  });

  it("a header only: the same init", async () => {
    const r = await assessNew(async (file) => writeFileSync(file, 'rubric: {id: dti-cap-so, version: "2025.1"}\nagency: {id: so-x, name: Sở X, type: department}\nperiod: "2025"\n'), "en");
    expect(r.code).toBe(1);
    expect(r.said).toContain("egov-score --lang en init --rubric dti-cap-xa -o moi.yaml --force");
  });

  // A later version of the rubric asked (the collector's file not yet had): refused with no way to start it for the one asked.
  it.each([
    ["vi", "moi.yaml chưa có câu trả lời nào: để bắt đầu lại tệp theo bộ chỉ số dti-cap-xa (--force ghi đè tệp, chỉ mất phần đầu tệp): egov-score --lang vi init --rubric dti-cap-xa -o moi.yaml --force"],
    ["en", "moi.yaml holds no answers yet: to start it again for rubric dti-cap-xa (--force writes over it, losing only its header): egov-score --lang en init --rubric dti-cap-xa -o moi.yaml --force"],
  ] as const)("init's blanks of another version of the rubric asked (%s): the same init", async (lang, start) => {
    const r = await assessNew(async (file) => {
      expect((await runCli(["init", "--rubric", "dti-cap-xa", "-o", file, "--force"])).code).toBe(0);
      writeFileSync(file, readFileSync(file, "utf8").replace(/(rubric: \{id: dti-cap-xa, version: )"[^"]*"/, '$1"2099.1"'));
    }, lang);
    expect(r.code).toBe(1);
    expect(r.said).toContain("2099.1");
    expect(r.said).toContain(start);
  });

  // A ward's officer had filled `type: ward`: the init offered made the file again with an empty type, to be asked again.
  it.each([
    ["vi", "theo bộ chỉ số dti-cap-xa (--force ghi đè tệp, chỉ mất phần đầu tệp): egov-score --lang vi init --rubric dti-cap-xa -o moi.yaml -t ward --force"],
    ["en", "for rubric dti-cap-xa (--force writes over it, losing only its header): egov-score --lang en init --rubric dti-cap-xa -o moi.yaml -t ward --force"],
  ] as const)("the file's agency type, one of the rubric asked, is kept by the init (%s)", async (lang, start) => {
    const r = await assessNew(async (file) => {
      expect((await runCli(["init", "--rubric", "dti-cap-xa", "-t", "ward", "-o", file, "--force"])).code).toBe(0);
      writeFileSync(file, readFileSync(file, "utf8").replace(/(rubric: \{id: dti-cap-xa, version: )"[^"]*"/, '$1"2099.1"'));
    }, lang);
    expect(r.code).toBe(1);
    expect(r.said).toContain(start);
  });

  it("a commune typed into the default rubric's header: -t commune; a department, which dti-cap-xa has not, no -t", async () => {
    const header = (type: string) => async (file: string) => writeFileSync(file, `rubric: {id: dti-cap-so, version: "2025.1"}\nagency: {id: x, name: X, type: ${type}}\nperiod: "2025"\n`);
    expect((await assessNew(header("commune"), "en")).said).toContain("egov-score --lang en init --rubric dti-cap-xa -o moi.yaml -t commune --force");
    expect((await assessNew(header("department"), "en")).said).toContain("egov-score --lang en init --rubric dti-cap-xa -o moi.yaml --force");
  });

  // `assess moi.yaml --rubric dti-cap-xa -t "UBND xã"`: the init offered left out the type typed, to be asked again.
  it.each([
    ["vi", "để bắt đầu lại tệp theo bộ chỉ số dti-cap-xa (--force ghi đè tệp, chỉ mất phần đầu tệp): egov-score --lang vi init --rubric dti-cap-xa -o moi.yaml -t commune --force"],
    ["en", "to start it again for rubric dti-cap-xa (--force writes over it, losing only its header): egov-score --lang en init --rubric dti-cap-xa -o moi.yaml -t commune --force"],
  ] as const)("the type typed with -t, one of the rubric asked, is carried into the init, before the file's (%s)", async (lang, start) => {
    const header = 'rubric: {id: dti-cap-so, version: "2025.1"}\nagency: {id: x, name: X, type: ward}\nperiod: "2025"\n';
    const r = await assessNew(async (file) => writeFileSync(file, header), lang, ["-t", "UBND xã"]);
    expect(r.code).toBe(1);
    expect(r.said).toContain(start);
  });

  it("a type typed that the rubric asked has not: the file's type, or none", async () => {
    const r = await assessNew(initBlank, "en", ["-t", "department"]);
    expect(r.said).toContain("egov-score --lang en init --rubric dti-cap-xa -o moi.yaml --force");
  });

  it("a file holding an answer, or evidence under a blank value, is not offered --force, which would lose it", async () => {
    for (const held of ["value: 4", "value:\n    evidence: [{number: 15/KH-UBND}]"]) {
      const r = await assessNew(async (file) => { await initBlank(file); writeFileSync(file, readFileSync(file, "utf8").replace(/("1\.1":\n {4})value:/, `$1${held}`)); }, "en");
      expect(r.code).toBe(1);
      expect(r.said).toContain("name the right one with --rubric dti-cap-so)");
      expect(r.said).not.toContain("--force");
    }
  });
});

describe("assess without a terminal", () => {
  it("says first that a rubric named cannot be used (its way out, init --rubric R, would fail on it too); a usable one gets the terminal's words", async () => {
    const r = await runCli(["assess", "--rubric", "khong-co", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No file or bundled rubric named "khong-co"');
    expect(r.stderr).not.toContain("interactive terminal");
    const usable = await runCli(["assess", "--rubric", "dti-cap-xa", "--lang", "en"]);
    expect(usable.code).toBe(2);
    expect(usable.stderr).toContain("assess needs an interactive terminal");
  });

  // `assess -t commune` or `--rubric dti-cap-xa` was told `init -o FILE`, which writes the department rubric's file (newcomer2).
  it.each([
    [["-t", "commune"], "egov-score --lang en init -o FILE -t commune, fill it in an editor, then check it with egov-score --lang en validate FILE and"],
    [["--rubric", "dti-cap-xa"], "egov-score --lang en init -o FILE --rubric dti-cap-xa, fill it"],
    [["--rubric", "rubrics/dti-cap-xa.yaml", "-t", "ward"], "egov-score --lang en init -o FILE --rubric rubrics/dti-cap-xa.yaml -t ward, fill it in an editor, then check it with egov-score --lang en validate FILE --rubric rubrics/dti-cap-xa.yaml"],
  ])("%j: the init it offers makes a file for the rubric and type asked", async (args, said) => {
    const r = await runCli(["assess", "x.yaml", ...args, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, " ")).toContain(said);
  });
});

// `assess NEW.yaml` began a dti-cap-so file; the officer typed the name, saw the provincial types and quit. `--rubric
// dti-cap-xa` was then refused, its init --force losing the name typed: a terminal is now asked to start it over.
describe("assess FILE --rubric R on a file of another rubric holding only its header", () => {
  const header = (type: string, period = "2025") => `rubric: {id: dti-cap-so, version: "2025.1"}\nagency: {id: null, name: UBND xã Tân Phú, type: ${type}}\nperiod: "${period}"\nrespondent: {name: Lê A, position: null, phone: "0123", email: null}\n`;
  const run = async (text: string, lang: "vi" | "en", yes: boolean, args: string[] = []) => {
    const file = path.join(dir, `over-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    asked.confirmAnswer = yes;
    const r = await runCli(["assess", file, "--rubric", "dti-cap-xa", ...args, "--lang", lang], { stdinIsTTY: true });
    return { ...r, file, text: readFileSync(file, "utf8") };
  };

  it.each([
    // "and for another rubric" named none: the one the file is for is said (officer46).
    ["vi", "đang theo bộ chỉ số dti-cap-so và chưa có câu trả lời nào, chỉ có phần đầu tệp. Bắt đầu lại", "theo bộ chỉ số dti-cap-xa, giữ tên cơ quan và thông tin người trả lời đã nhập?"],
    ["en", "is for rubric dti-cap-so and holds no answers yet, only its header. Start", "over for rubric dti-cap-xa, keeping the agency name and the respondent already typed?"],
  ] as const)("asks, default No (%s); no: the file left as it was, refused as before", async (lang, first, then) => {
    const r = await run(header("null"), lang, false);
    expect(asked.confirms).toHaveLength(1);
    expect(asked.confirms[0]!.message).toContain(first);
    expect(asked.confirms[0]!.message).toContain(then);
    expect(asked.confirms[0]!.default).toBe(false);
    expect(r.code).toBe(1);
    expect(r.text).toBe(header("null"));
  });

  // "keeping the name and respondent already typed" was said of a file holding the name alone, or nothing typed.
  it.each([
    ["vi", "name", ", giữ tên cơ quan đã nhập?"],
    ["en", "name", ", keeping the agency name already typed?"],
    ["vi", "respondent", ", giữ thông tin người trả lời đã nhập?"],
    ["en", "respondent", ", keeping the respondent already typed?"],
    ["vi", "nothing", "theo bộ chỉ số dti-cap-xa? Tệp chưa có mã cơ quan, tên cơ quan hay người trả lời nào được nhập."],
    ["en", "nothing", "over for rubric dti-cap-xa? No agency id, name or respondent has been typed in it yet."],
  ] as const)("names what is kept (%s, %s typed)", async (lang, typed, said) => {
    const name = typed === "name" ? "UBND xã Tân Phú" : "null";
    const respondent = typed === "respondent" ? "{name: null, position: null, phone: \"0123\", email: null}" : "{name: \" \", position: null, phone: null, email: null}";
    const text = `rubric: {id: dti-cap-so, version: "2025.1"}\nagency: {id: null, name: ${name}, type: null}\nperiod: "2025"\nrespondent: ${respondent}\n`;
    await run(text, lang, false);
    expect(asked.confirms[0]!.message).toContain(said);
    expect(asked.confirms[0]!.message).not.toMatch(/và thông tin người trả lời|name and the respondent/);
  });

  // The agency code typed is kept too (startOver writes it back), and the question did not say so.
  it.each([
    ["vi", ", giữ mã cơ quan, tên cơ quan và thông tin người trả lời đã nhập?"],
    ["en", ", keeping the agency id, the agency name and the respondent already typed?"],
  ] as const)("names the agency code typed among what is kept (%s)", async (lang, said) => {
    await run(header("null").replace("id: null", "id: xa-tan-phu"), lang, false);
    expect(asked.confirms[0]!.message).toContain(said);
  });

  it.each([
    ["en", "so it can be started over for dti-cap-xa: egov-score --lang en assess"],
    ["vi", "nên có thể bắt đầu lại theo bộ dti-cap-xa: egov-score --lang vi assess"],
  ] as const)("-t of another rubric's type on init's blanks (%s): the start over named keeps nothing typed", async (lang, said) => {
    const file = path.join(dir, `blank-${Math.random().toString(36).slice(2)}.yaml`);
    expect((await runCli(["init", "-o", file])).code).toBe(0);
    const r = await runCli(["assess", file, "-t", "UBND xã", "--lang", lang], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, " ")).toContain(said);
  });

  it("yes: written for R as init writes it, keeping the name, the respondent and a type R has, then the header asked", async () => {
    const r = await run(header("ward"), "en", true);
    expect(r.stderr).toContain("over for rubric dti-cap-xa, keeping the header fields it takes");
    expect(r.code).toBe(130);
    const fresh = parse(r.text);
    expect(fresh.rubric).toEqual({ id: "dti-cap-xa", version: expect.any(String) });
    expect(fresh.agency).toMatchObject({ name: "UBND xã Tân Phú", type: "ward" });
    expect(fresh.respondent).toMatchObject({ name: "Lê A", phone: "0123" });
    expect(Object.keys(fresh.answers).length).toBeGreaterThan(10);
  });

  // `-t "UBND xã"` on a ward's header: the file was started over as a ward's, then at once said to change "from Ward
  // to Commune as --agency-type says", where the init offered on No carries the type typed.
  it("yes: the type typed with -t, one R has, is the one written, before the file's", async () => {
    const r = await run(header("ward"), "en", true, ["-t", "UBND xã"]);
    expect(parse(r.text).agency.type).toBe("commune");
    expect(r.stderr).not.toContain("--agency-type");
  });

  it("yes: a type and a period R has not are dropped", async () => {
    const r = await run(header("department", "2019"), "vi", true);
    const fresh = parse(r.text);
    expect(fresh.agency.type).toBeNull();
    expect(fresh.period).toBe("2025");
    expect(fresh.agency.name).toBe("UBND xã Tân Phú");
  });

  // Written in one go: a template written first and the header put in by a second write lost the name typed to a
  // crash between the two. The file replaced gives its line ends and byte-order mark (Notepad's) to the new one.
  it("yes: one write, init's comments and the name together, in the file's CRLF and byte-order mark", async () => {
    const r = await run(`\uFEFF${header("ward").replace(/\n/g, "\r\n")}`, "en", true);
    expect(written.files.filter((f) => f === r.file)).toHaveLength(1);
    expect(r.text.startsWith("\uFEFF# yaml-language-server: $schema=")).toBe(true);
    expect(r.text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(r.text).toMatch(/\r\n {2}name: UBND xã Tân Phú +# [^\r\n]*\r\n/);
    expect(r.text).toContain("# 1.1");
  });

  // A ward's file started over for dti-cap-so: ward is dropped, and so is so-nganh, a cohort of departments and boards
  // only, which would rank the agency, its type now blank, among them.
  it("yes: a cohort of types the agency is not of is dropped with its type", async () => {
    const file = path.join(dir, `over-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, 'rubric: {id: dti-cap-xa, version: "2025.2"}\nagency: {id: null, name: UBND phường An Hải, type: ward, cohort: so-nganh}\nperiod: "2025"\n');
    asked.confirmAnswer = true;
    await runCli(["assess", file, "--rubric", "dti-cap-so", "--lang", "en"], { stdinIsTTY: true });
    const dropped = parse(readFileSync(file, "utf8")).agency;
    expect(dropped.name).toBe("UBND phường An Hải");
    expect(dropped.type).toBeNull();
    expect(dropped.cohort ?? null).toBeNull();
  });

  it("a file holding an answer is refused without asking", async () => {
    const text = `${header("null")}answers:\n  "1.1":\n    value: 4\n`;
    const r = await run(text, "en", true);
    expect(asked.confirms).toHaveLength(0);
    expect(r.code).toBe(1);
    expect(r.text).toBe(text);
  });

  it("not a terminal: refused, nothing asked", async () => {
    const file = path.join(dir, "not-tty.yaml");
    writeFileSync(file, header("null"));
    const r = await runCli(["assess", file, "--rubric", "dti-cap-xa"]);
    expect(r.code).toBe(2);
    expect(asked.confirms).toHaveLength(0);
    expect(readFileSync(file, "utf8")).toBe(header("null"));
  });
});

// "1.1\u200b" pasted from Zalo: validate named U+200B, the intro blamed a later version that re-coded the indicator.
describe("assess FILE on an answer whose code holds an invisible character", () => {
  const so = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
  it.each([
    ["vi", "vì mã có một ký tự vô hình (U+200B", "thường do dán từ Word hoặc Zalo", "phiên bản mới"],
    ["en", "because the code holds an invisible character (U+200B", "usually pasted from Word or a chat app", "a later version"],
  ] as const)("the intro names the character, not a rubric version (%s)", async (lang, named, pasted, version) => {
    const file = path.join(dir, `so-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, so.replace('"1.1":', '"1.1\\u200b":'));
    const r = await runCli(["assess", file, "--lang", lang], { stdinIsTTY: true });
    const said = r.stderr.replace(/\s+/g, " ");
    expect(said).toContain(named);
    expect(said).toContain(pasted);
    expect(said).not.toContain(version);
  });
});

// A file in a folder named "egov-score score", assessed with --lang en, was said as "/tmp/egov-score --lang en
// score/x.yaml was left as it was": the --lang put into the commands suggested went into the path too.
describe("assess --lang en: a file path or --rubric holding \"egov-score score\" is said as it is", () => {
  const folder = path.join(dir, "egov-score score");
  it("a file that is no agency file: its name as typed, and the --rubric it could be quoted", async () => {
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, "x.yaml");
    writeFileSync(file, "foo: bar\n");
    const r = await runCli(["assess", file, "--lang", "en"], { stdinIsTTY: true });
    const said = r.stderr.replace(/\s+/g, " ");
    expect(said).toContain(`${file} was left as it was`);
    expect(said).toContain(`(with --rubric "${file}" if this is the rubric to answer)`);
    expect(said).toContain("egov-score --lang en assess NEW-FILE.yaml");
    expect(said).not.toContain("egov-score --lang en score/");
  });

  it("init's blanks assessed with a --rubric file there: the init command names both as typed", async () => {
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, "moi.yaml");
    const rubric = path.join(folder, "dti-cap-xa.yaml");
    copyFileSync("rubrics/dti-cap-xa.yaml", rubric);
    expect((await runCli(["init", "-o", file, "--force"])).code).toBe(0);
    const r = await runCli(["assess", file, "--rubric", rubric, "--lang", "en"], { stdinIsTTY: true });
    const said = r.stderr.replace(/\s+/g, " ");
    expect(said).toContain(`egov-score --lang en init --rubric "${rubric}" -o "${file}" --force`);
    expect(said).not.toContain("egov-score --lang en score/");
  });
});

// `assess "…/egov-score score/x.yaml"` on a file that is no agency file suggested `--rubric …/egov-score score/x.yaml`,
// its path unquoted: copied, the shell split it at the space (or stopped at an apostrophe).
describe("assess on a file that is no agency file, its path holding a space or a quote", () => {
  it.each([
    ["vi", "egov-score score", (f: string) => `(thêm --rubric "${f}" nếu đây là bộ chỉ số cần trả lời)`],
    ["en", "egov-score score", (f: string) => `(with --rubric "${f}" if this is the rubric to answer)`],
    ["vi", "it's here", (f: string) => `(thêm --rubric "${f}" nếu đây là bộ chỉ số cần trả lời)`],
    ["en", "it's here", (f: string) => `(with --rubric "${f}" if this is the rubric to answer)`],
  ] as const)("%s, folder %s: the --rubric it suggests names the file quoted", async (lang, folder, said) => {
    const file = path.join(dir, folder, "x.yaml");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "foo: bar\n");
    const r = await runCli(["assess", file, "--lang", lang], { stdinIsTTY: true, columns: 400 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(said(file));
    expect(readFileSync(file, "utf8")).toBe("foo: bar\n");
  });
});
