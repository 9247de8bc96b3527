import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsyaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";
import { agencyTemplate } from "../../src/assess/template.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { readPlainYaml } from "../../src/load/plain-yaml.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { normalizeText } from "../../src/load/normalize.js";
import { agencySources, mutants } from "../helpers/agency-corpus.js";
import { damagedText, seededRandom } from "../helpers/random.js";

const core = (text: string): unknown => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });

/**
 * What readPlainYaml must agree with js-yaml on, or refuse; and with `yaml`, the parser that places every
 * finding: a text it refuses, this reader must refuse too (js-yaml takes some that `yaml` calls broken).
 */
function expectSameOrRefused(text: string): boolean {
  const data = readPlainYaml(text);
  if (data === undefined) return false;
  expect(data, text).toStrictEqual(core(text));
  const full = parseYaml(text);
  expect(full.ok, `yaml refuses what the plain reader read:\n${text}`).toBe(true);
  if (full.ok) expect(normalizeText(data), text).toStrictEqual(full.parsed.data);
  return true;
}

const ACCEPTED = [
  "a: 1\n",
  "a: -1\nb: 1.10\nc: 0\nd: -12.5\ne: 0.0\n",
  "a:\n  b: c\n  d: [1, two, \"3\"]\n",
  "a:\n- x\n- y\nb: 2\n",
  "list:\n  - {number: \"1/KH\", date: \"2025-03-10\"}\n  - title: x\n    link: https://a.vn/x?y=1#z\n  -   far: 1\n      along: 2\n",
  "k: value # comment\n# whole-line comment\nm: 'it''s'\n",
  'k: "tab\\there \\"q\\" \\u00e9 \\\\ \\/ \\n \\r"\n',
  "k: ~\nl: Null\nm: TRUE\nn: false\no:\np: # only a comment\nq: yes\nr: off\n",
  "url: {link: https://so.gov.vn/4, x: a:b, y: 'c, d'}\n",
  "date: 2025-09-12\nphone: 0912 345 000\nnumber: 100/KH\n",
  "a: [ ]\nb: {}\nc: [[1, 2], {d: e}]\n",
  "a: 1\r\nb:\r\n  c: d\r\n",
  "text: Số liệu, đã cập nhật [quý III] {x}\n",
  "a: b#c\nd: 'e #f'\n",
  "a: 1\n   \n\nb: 2\n",
  "# heading\n  # indented comment\na: 1\n",
  '"1.1": {value: 13, evidence: [{number: "100/KH"}], note: "Ghi chú"}\n"1.10": {na: true}\n',
  "\"\": empty key\n'q': single\n",
  "a: 1:30\nb: 0912 345 000\n",
  // A code of three levels or more, unquoted (a file saved again by a YAML library): text, no number, to every parser.
  "answers:\n  6.1.1: {value: 3}\n  06.1.10: x\n  1.2.3.4:\n    value: 2\n  a: {6.2.1: y}\n",
  // 40 levels of collections, the top mapping included: the deepest the reader takes.
  `a: ${"[".repeat(39)}${"]".repeat(39)}\n`,
];

const REFUSED = [
  ["an anchor and an alias", "a: &x 1\nb: *x\n"],
  ["a tag", "a: !!str 1\n"],
  ["a literal block scalar", "a: |\n  text\n"],
  ["a folded block scalar", "a: >\n  text\n"],
  ["a directive", "%YAML 1.2\n---\na: 1\n"],
  ["a document start", "---\na: 1\n"],
  ["a document end", "a: 1\n...\n"],
  ["a repeated key", "a: 1\na: 2\n"],
  ["a repeated key in a flow mapping", "a: {b: 1, b: 2}\n"],
  ["a __proto__ key", "__proto__: 1\n"],
  ["a nested __proto__ key", "a:\n  __proto__: {b: 1}\n"],
  ["a key objects inherit", "constructor: 1\n"],
  ["a tab", "a:\tb\n"],
  ["a CR alone", "a: 1\rb: 2\n"],
  ["a control character", "a: b\u0001\n"],
  ["a C1 control", "a: x\u0085y\n"],
  ["a line separator", "a: x\u2028y\n"],
  ["a byte order mark", "\ufeffa: 1\n"],
  ["a thousands separator", "a: 1.000\n"],
  ["a thousands separator in a flow mapping", '"1.1": {value: 12.500}\n'],
  ["a hex number", "a: 0x1F\n"],
  ["an octal number", "a: 0o17\n"],
  ["a leading-zero number", "a: 012\n"],
  ["a fraction without integer part", "a: .5\n"],
  ["an exponent", "a: 1e3\n"],
  ["a plus sign", "a: +1\n"],
  ["minus zero (js-yaml reads 0)", "a: -0\n"],
  ["minus zero with decimals", "a: -0.0\n"],
  ["infinity", "a: .inf\n"],
  ["a numeric key", "1.1: x\n"],
  ["a numeric key of one dot, under others of two", "6.1.1: x\n1.10: y\n"],
  ["a version-like key with a letter", "1.2.x: y\n"],
  ["a numeric key in a flow mapping", "a: {1.1: x}\n"],
  ["a null key", "~: x\n"],
  ["a boolean key", "true: x\n"],
  ["a merge key", "<<: {a: 1}\n"],
  ["a complex key", "? a\n: b\n"],
  ["a multi-line plain scalar", "a: b\n  c\n"],
  ["a comment more indented than a plain value", "a: b\n    # c\nd: e\n"],
  ["a multi-line double-quoted scalar", 'a: "b\n  c"\n'],
  ["a multi-line single-quoted scalar", "a: 'b\n  c'\n"],
  ["a multi-line flow sequence", "a: [1,\n  2]\n"],
  ["a multi-line flow mapping", "a: {b: 1\n  }\n"],
  ["a trailing comma", "a: [1, 2,]\n"],
  ["a JSON-style key without space", 'a: {"b":1}\n'],
  ["a flow entry without value", "a: {b}\n"],
  ["a pair in a flow sequence", "a: [b: c]\n"],
  ["a mapping in a value", "a: b: c\n"],
  ["a top-level sequence", "- a\n"],
  ["a top-level scalar", "plain\n"],
  ["an empty text", ""],
  ["comments only", "# only\n"],
  ["a nested sequence on one line", "a:\n  - - x\n"],
  ["an empty sequence item", "a:\n  -\n  - x\n"],
  ["text after a quoted scalar", "a: 'x'y\n"],
  ["a comment touching a quoted scalar", 'a: "x"#c\n'],
  ["an escape this reader does not read", 'a: "\\x41"\n'],
  ["an escaped surrogate", 'a: "\\ud83d\\ude00"\n'],
  ["a line continuation in double quotes", 'a: "b\\\n c"\n'],
  ["a bad indentation", "a: 1\n b: 2\n"],
  ["a dedent to no enclosing level", "a:\n    b: 1\n  c: 2\n"],
  ["a dash alone", "a: -\n"],
  ["a sequence in a value", "a: - b\n"],
  ["a dash-led word", "a: -x\n"],
  ["a sequence item at a mapping's level", "a: 1\n- b\n"],
  ["a key of 1025 characters", `${"k".repeat(1025)}: 1\n`],
  ["flow collections 41 deep", `a: ${"[".repeat(40)}${"]".repeat(40)}\n`],
  ["flow mappings 41 deep", `a: ${"{b: ".repeat(40)}1${"}".repeat(40)}\n`],
  ["block mappings 41 deep", `${Array.from({ length: 41 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`],
  ["sequences and mappings 41 deep", `k:\n${Array.from({ length: 20 }, (_, i) => `${"  ".repeat(i)}- k:`).join("\n")}\n${"  ".repeat(20)}- 1\n`],
  ["nesting deep enough to exhaust the stack", `a: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`],
] as const;

describe("readPlainYaml", () => {
  it.each(ACCEPTED)("reads %j as js-yaml does", (text) => {
    expect(expectSameOrRefused(text)).toBe(true);
  });

  it.each(REFUSED)("leaves %s to a full parser", (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  const dir = mkdtempSync(path.join(tmpdir(), "egov-plain-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sources = agencySources(dir);

  it("reads every example and generated agency file, as js-yaml does", () => {
    const valid = sources.filter(({ file }) => file.endsWith(".yaml") && !file.includes(`${path.sep}invalid${path.sep}`) && !file.includes(`fixtures${path.sep}bad`));
    expect(valid.length).toBeGreaterThan(40);
    for (const { file, text } of valid) expect(expectSameOrRefused(text), file).toBe(true);
  });

  it("reads what init and assess write, as js-yaml does", () => {
    const outcome = loadRubric("rubrics/dti-cap-so.yaml");
    if (!outcome.ok) throw new Error("bundled rubric unusable");
    for (const lang of ["vi", "en"] as const) expect(expectSameOrRefused(agencyTemplate(outcome.loaded.rubric, lang, { file: "x.yaml" }))).toBe(true);
    const file = path.join(dir, "assessed.yaml");
    const doc = AgencyDoc.create(file, { rubric: { id: "dti-cap-so", version: "2025.1" }, agency: { id: "qb-x", name: 'Sở Nội vụ "Quảng Bình": thử', type: "department" }, period: "2025", respondent: { name: "Nguyễn Văn A", phone: "0912 345 678" }, submitted: "2025-09-30" }, "vi");
    doc.setAnswer("1.1", { value: 4, evidence: [{ number: "15/KH-UBND", date: "2025-03-31", title: "Kế hoạch: chuyển đổi số # một" }, { link: "https://so.gov.vn/a?b=1#c" }], note: "Ghi chú dài ".repeat(20) });
    doc.setAnswer("1.3", { value: ["du-hop-tinh", "chu-tri-hop"] });
    doc.setAnswer("2.1", { value: { a: 3, b: 4 } });
    doc.setAnswer("1.5", { na: true, reason: "không có 'cổng' riêng" });
    doc.setFlag("1.3", true);
    doc.save();
    expect(expectSameOrRefused(readFileSync(file, "utf8"))).toBe(true);
  });

  it("agrees with js-yaml or refuses, on the bad fixtures and on mutants", () => {
    let read = 0;
    let total = 0;
    for (const { text } of sources) {
      for (const variant of [text, ...mutants(text)]) {
        total++;
        if (expectSameOrRefused(variant)) read++;
      }
    }
    // Most mutants are plain YAML with a wrong value (measured: 68 % read): refusing them all would pass unnoticed.
    expect(read / total).toBeGreaterThan(0.5);
    // Thousands of mutants, each read by both parsers: 19 s alone, past the default 30 s on a busy machine.
  }, 90_000);

  it("agrees with js-yaml or refuses, on randomly damaged files", () => {
    const random = seededRandom(20261129);
    const pieces = [" ", "  ", "\n", "\n  ", ":", ": ", "- ", "-", "#", " #", "'", '"', "{", "}", "[", "]", ",", ", ", "&", "*", "!", "|", ">", "?", "0", "1", ".", "1.000", "a", "\\", "\\u00e9", "\r\n", "~", "null", "ă", "%", "__proto__", "\u0085"];
    const texts = [readFileSync("examples/so-khcn-quang-binh.yaml", "utf8"), ...readdirSync(dir).slice(0, 4).map((f) => readFileSync(path.join(dir, f), "utf8"))];
    let read = 0;
    const rounds = 3000;
    for (let round = 0; round < rounds; round++) {
      const text = damagedText(texts[round % texts.length]!, pieces, random);
      const data = readPlainYaml(text);
      if (data === undefined) continue;
      read++;
      let parsed: unknown;
      try {
        parsed = core(text);
      } catch (e) {
        throw new Error(`js-yaml refuses what the plain reader read:\n${text}\n${String(e)}`);
      }
      expect(data, text).toStrictEqual(parsed);
      const full = parseYaml(text);
      expect(full.ok, `yaml refuses what the plain reader read:\n${text}`).toBe(true);
      if (full.ok) expect(normalizeText(data), text).toStrictEqual(full.parsed.data);
    }
    // The damage must leave some files readable, or this test checks nothing.
    expect(read).toBeGreaterThan(rounds / 10);
    // 3,000 rounds of three parsers: 20 s alone, past the default 30 s on a machine busy with other runs.
  }, 120_000);
});

describe("readPlainYaml leaves to the full parser", () => {
  it.each([
    ["a __proto__ key (assigned, it would become the object's prototype)", "a: 1\n__proto__:\n  polluted: 1\n"],
    ["a __proto__ key in a nested mapping", "agency:\n  __proto__: {id: x}\n"],
    ["a key the object already answers to (inherited)", "constructor: 1\n"],
  ])("%s", (_name, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
    // The full parser keeps it as an own key, with no prototype changed.
    const parsed = parseYaml(text);
    expect(parsed.ok && Object.getPrototypeOf(parsed.parsed.data)).toBe(Object.prototype);
  });
});
