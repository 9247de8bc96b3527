import fc from "fast-check";

/**
 * A grammar of near-valid YAML for agency files, built from the pieces a hand-written reader gets wrong:
 * plain scalars that YAML 1.1 or 1.2 read as numbers, booleans, nulls or dates, quoted scalars with escapes,
 * `#` and `:` inside values, number-like keys, empty values, sequences at their key's indentation, flow
 * collections (nested, empty, with trailing commas), complex keys, anchors, tags, block scalars, multi-line
 * scalars, CRLF, trailing spaces, tabs, a BOM, Vietnamese text in NFC and NFD, comments everywhere, document
 * markers, indentation of 1 to 4 spaces, repeated and `__proto__` keys. Used by the differential fuzz of the
 * plain reader (plain-yaml.ts) against `yaml`.
 */

const NFD = (s: string) => s.normalize("NFD");

/** Plain scalars YAML 1.1 and 1.2 read differently, or as something other than text. */
const TRICKY_PLAIN = [
  "0x1F", "0o17", "0b101", "1e3", "1E3", "1e-3", "1e400", ".5", "-.5", "+.5", "+1", "1_000", "08", "012", "-012", "1:30", "1:30:00", "190:20:30",
  "yes", "no", "on", "off", "Yes", "NO", "y", "n", "~", "Null", "NULL", "null", "nULL", "true", "True", "TRUE", "tRUE", "false", "False",
  "2025-01-02", "2025-1-2", "2025-01-02T10:00:00Z", "2025-01-02 10:00", "1.000", "12.500", "1.234.567", "-0", "-0.0", "00", "0", "0.", "1.", "0.0",
  "1.10", "5.10", "6.2.1", "-1", "-12.5", "3.14", "123456789012345678", "9007199254740993", "0.1e1", ".inf", "-.Inf", ".NaN", ".nan", "0xG", "0o8",
  "1__0", "1,000", "10%", "3/4", "v1.2", "0912 345 678", "1 000", "1 ", "-", "?", "x:y", "a:", "::", "a :b", "a#b", "a # b", "-x", "@x", "`x", "%x",
  "!x", "&x", "*x", "|x", ">x", "it's", "say \"q\"", "x]", "x}", "a,b", "a, b", "<<", "=", "k:v:w", "https://a.vn/x?y=1#z", "100/KH-UBND", "Sở KH&CN",
  "Số 15/KH", "quý III", "đã cập nhật", NFD("Ủy ban nhân dân"), NFD("ạ"), "ạ", "ｘ", "1\u00a02", "a\u200bb",
];

const TRICKY_KEYS = [
  "a", "b", "value", "note", "name", "id", "evidence", "1.10", "1.1", "6.2.1", "5.10", "1e2", "1", "01", "0x1", "-1", "true", "yes", "null", "~", "Null",
  "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "<<", "a b", "ạ", NFD("ạ"), "Sở", "k#x", "k:x", "-k", ".k", "?k", "x ", "1:30",
  "2025-01-02", "'1.10'", '"1.10"', "'6.2.1'", '"__proto__"', '"constructor"', '"a b"', '"k: v"', "'k # x'", '"\\u1EA1"', `"${NFD("ạ")}"`, "''", '""',
  '"a"', "'a'", '"1"', "&k a", "!!str 1.10", "? a", "[a]", "{a: 1}", "- a",
];

const DQ_PIECES = ["abc", "ạ", NFD("ạ"), "\\x41", "\\u1EA1", "\\U0001F600", "\\t", "\\n", "\\r", '\\"', "\\\\", "\\/", "\\0", "\\a", "\\e", "\\ ", "\\N", "\\_", "\\L", "\\P", "\\ud83d", "\\ud83d\\ude00", "\\u00e9", "\\q", "'", "#", " # ", ": ", "\t", " ", "1.10", "\\\n  "];
const SQ_PIECES = ["abc", "it''s", "''", "#", " # ", ": ", '"', "\\n", "\\", "ạ", NFD("ạ"), "\t", " ", "1.000"];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
type Render = (indent: number) => string[];
const pad = (n: number) => " ".repeat(n);

const SAFE_PLAIN = ["abc", "Sở Nội vụ", "12", "-3", "4.5", "0", "true", "false", "null", "~", "co", "du-hop-tinh", "2025-01-02", "Ghi chú dài", "https://a.vn/x", "100/KH", "a b c"];
const SAFE_KEYS = ["a", "b", "c", "value", "note", "name", "id", "x_y", "Sở", '"1.1"', "'1.10'", '"k"', "na"];
const SAFE_QUOTED = ['"abc"', "'abc'", '"1.10"', "'Sở: một'", '""'];

/** The block-mapping grammar; `t` weighs the tricky pieces against the plain ones (0: plain pieces only, 10: mostly tricky). */
function makeGrammar(t: number, safe = 10) {

  const doubleQuoted = fc.array(pick(DQ_PIECES), { maxLength: 4 }).map((ps) => `"${ps.join("")}"`);
  const singleQuoted = fc.array(pick(SQ_PIECES), { maxLength: 4 }).map((ps) => `'${ps.join("")}'`);
  const plainWords = fc.array(pick(TRICKY_PLAIN), { minLength: 1, maxLength: 3 }).chain((ws) =>
    fc.array(pick([" ", "", " # ", ": ", ":", " #", "#", "  ", ", "]), { minLength: ws.length - 1, maxLength: ws.length - 1 }).map((seps) => ws.reduce((acc, w, i) => acc + seps[i - 1]! + w)),
  );
  const plain = fc.oneof({ weight: safe, arbitrary: pick(SAFE_PLAIN) }, { weight: 4 * t, arbitrary: pick(TRICKY_PLAIN) }, { weight: 2 * t, arbitrary: plainWords });
  const scalar = fc.oneof({ weight: 5, arbitrary: plain }, { weight: safe / 10, arbitrary: pick(SAFE_QUOTED) }, { weight: 1 + t, arbitrary: doubleQuoted }, { weight: 1 + t, arbitrary: singleQuoted });
  const key = fc.oneof({ weight: safe, arbitrary: pick(SAFE_KEYS) }, { weight: 4 * t, arbitrary: pick(TRICKY_KEYS) }, { weight: t, arbitrary: fc.oneof(doubleQuoted, singleQuoted) }, { weight: t, arbitrary: pick(TRICKY_PLAIN) });

  const sp = pick(["", " ", "  "]);
  const decorations = t === 0 ? fc.constant("") : pick(["", "", "", "&a ", "*a", "!!str ", "!!int ", "!!float ", "!!null ", "!x ", "&b !!str ", "*b"]);

  /** One-line flow collections, nested, empty, with odd spacing and trailing commas. */
  const { flow } = fc.letrec<{ flow: string; flowItem: string }>((tie) => ({
    flow: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.tuple(sp, fc.array(tie("flowItem"), { maxLength: 4 }), pick(["", "", ",", ", "]), sp).map(([a, items, trail, b]) => `[${a}${items.join(", ")}${items.length ? trail : ""}${b}]`),
      fc.tuple(sp, fc.array(fc.tuple(key, pick([": ", ": ", ":", " : ", ":  "]), tie("flowItem")), { maxLength: 4 }), pick(["", "", ",", ", "]), sp, pick([", ", ", ", ",", " ,"])).map(([a, pairs, trail, b, comma]) => `{${a}${pairs.map(([k, c, v]) => `${k}${c}${v}`).join(comma)}${pairs.length ? trail : ""}${b}}`),
    ),
    flowItem: fc.oneof({ depthSize: "small" }, scalar, scalar, tie("flow"), fc.tuple(decorations, scalar).map(([d, s]) => (d.startsWith("*") ? d : d + s))),
  }));

  const trail = t === 0 ? pick(["", "", " # c", "  # ghi chú"]) : pick(["", "", "", " # c", "  # ghi chú", "#c", " #", "  ", " ", "\t", " # a: b", " #- x"]);
  /** The extra indentation of a nested block: 1 to 4 spaces. */
  const step = fc.integer({ min: 1, max: 4 });


  /** A value written after `key: ` on the same line (maybe continued on more indented lines). */
  const inline: fc.Arbitrary<Render> = fc.oneof(
    { weight: 6, arbitrary: scalar.map((s) => () => [s]) },
    { weight: 3, arbitrary: flow.map((s) => () => [s]) },
    { weight: t, arbitrary: fc.tuple(decorations, fc.oneof(scalar, flow)).map(([d, s]) => () => [d.startsWith("*") ? d : d + s]) },
    // A plain or quoted scalar, or a flow collection, going on over lines.
    { weight: t, arbitrary: fc.tuple(fc.oneof(plain, pick(['"a', "'a", "[a,", "{a: 1,", "[", "{"])), step, fc.oneof(plain, pick(['b"', "b'", "b]", "b: 2}", "]", "}"])), fc.integer({ min: -1, max: 1 })).map(([a, s, b, shift]) => (indent: number) => [a, `${pad(Math.max(0, indent + s + shift))}${b}`]) },
    // Block scalars.
    { weight: t, arbitrary: fc.tuple(pick(["|", ">", "|-", ">+", "|2", ">-", "| # c"]), step, fc.array(pick(["text", "  more", "", "# not a comment", "a: b", "- x", "ạ"]), { minLength: 1, maxLength: 3 })).map(([h, s, ls]) => (indent: number) => [h, ...ls.map((l) => (l === "" ? "" : pad(indent + s) + l))]) },
  );

  const { map } = fc.letrec<{ map: Render; seq: Render; entry: Render; item: Render; child: Render }>((tie) => ({
    map: fc.array(tie("entry"), { minLength: 1, maxLength: 4 }).map((entries) => (indent) => entries.flatMap((e) => e(indent))),
    seq: fc.array(tie("item"), { minLength: 1, maxLength: 3 }).map((items) => (indent) => items.flatMap((i) => i(indent))),
    entry: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 5, arbitrary: fc.tuple(key, (t === 0 ? pick([": ", ":  "]) : pick([": ", ": ", ": ", ":  ", ":", " : "])), inline, trail).map(([k, c, v, t]) => (indent: number) => { const [first, ...rest] = v(indent); return [`${pad(indent)}${k}${c}${first}${t}`, ...rest]; }) },
      { weight: 3, arbitrary: fc.tuple(key, (t === 0 ? pick([":", ": # c"]) : pick([":", ":", ": ", ": # c", ":# c", ": &a", ": !!map", ": !!seq", " :"])), tie("child")).map(([k, c, child]) => (indent: number) => [`${pad(indent)}${k}${c}`, ...child(indent)]) },
      { weight: t, arbitrary: fc.tuple(key, inline).map(([k, v]) => (indent: number) => [`${pad(indent)}? ${k}`, `${pad(indent)}: ${v(indent)[0]}`]) },
      { weight: 1, arbitrary: pick(["# comment", "", "  # indented comment", "#", " "]).map((l) => (indent: number) => [l.trim() === "" ? l : pad(indent) + l]) },
    ),
    // What follows `key:` on the next lines: a deeper mapping or sequence, a sequence at the key's own column, or nothing.
    child: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constant(() => []),
      fc.tuple(step, tie("map")).map(([s, m]) => (indent: number) => m(indent + s)),
      fc.tuple(step, tie("seq")).map(([s, q]) => (indent: number) => q(indent + s)),
      tie("seq").map((q) => (indent: number) => q(indent)),
    ),
    item: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 4, arbitrary: fc.tuple(inline, trail).map(([v, t]) => (indent: number) => { const [first, ...rest] = v(indent + 2); return [`${pad(indent)}- ${first}${t}`, ...rest]; }) },
      // `- key: value` with the mapping's other keys lined up under the first (or not).
      { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), tie("map"), fc.integer({ min: -1, max: 1 })).map(([gap, m, shift]) => (indent: number) => {
        const column = indent + 1 + gap;
        const [first, ...rest] = m(column);
        return [`${pad(indent)}-${pad(gap)}${first!.slice(column)}`, ...rest.map((l) => (shift === 0 || l.trim() === "" ? l : shift > 0 ? ` ${l}` : l.slice(1)))];
      }) },
      { weight: t, arbitrary: fc.tuple(pick(["-", "- ", "- # c", "-#c"]), tie("child")).map(([d, child]) => (indent: number) => [`${pad(indent)}${d}`, ...child(indent)]) },
      { weight: t, arbitrary: fc.tuple(scalar).map(([s]) => (indent: number) => [`${pad(indent)}- - ${s}`]) },
    ),
  }));

  return { map, flow, scalar, key, trail, step };
}

interface TextStyle {
  eol: "\n" | "\r\n" | "mixed" | "\r";
  finalEol: boolean;
  bom: boolean;
  head: string;
  tail: string;
  nfd: boolean;
  /** Lines to add a trailing space or tab to, or to indent with a tab, by index modulo the line count. */
  edits: [number, "space" | "tab" | "tab-indent" | "comment" | "blank"][];
}

const style: fc.Arbitrary<TextStyle> = fc.record({
  eol: fc.constantFrom<TextStyle["eol"]>("\n", "\n", "\n", "\r\n", "mixed", "\r"),
  finalEol: fc.boolean(),
  bom: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
  head: fc.constantFrom("", "", "", "", "---", "--- ", "--- # c", "# top", "%YAML 1.2\n---", "--- {}", "---\n", " "),
  tail: fc.constantFrom("", "", "", "", "...", "... # c", "---", "---\nx: 1", "# end", "   "),
  nfd: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom<TextStyle["edits"][number][1]>("space", "tab", "tab-indent", "comment", "blank")), { maxLength: 3 }),
});

function renderText(lines: string[], s: TextStyle): string {
  const out = [...lines];
  for (const [at, kind] of s.edits) {
    if (out.length === 0) break;
    const i = at % out.length;
    if (kind === "space") out[i] += " ";
    else if (kind === "tab") out[i] += "\t";
    else if (kind === "tab-indent") out[i] = `\t${out[i]}`;
    else if (kind === "comment") out.splice(i, 0, `${" ".repeat(at % 5)}# c`);
    else out.splice(i, 0, "");
  }
  if (s.head) out.unshift(...s.head.split("\n"));
  if (s.tail) out.push(...s.tail.split("\n"));
  let text = "";
  out.forEach((l, i) => {
    const eol = s.eol === "mixed" ? (i % 2 === 0 ? "\r\n" : "\n") : s.eol;
    text += l + (i < out.length - 1 || s.finalEol ? eol : "");
  });
  if (s.nfd) text = text.normalize("NFD");
  return (s.bom ? "\ufeff" : "") + text;
}

/** A YAML text: a top-level block mapping of tricky pieces, with a style of writing it. */
const tricky = makeGrammar(10);
const mostlyPlain = makeGrammar(1, 60);
export const yamlText: fc.Arbitrary<string> = fc.tuple(tricky.map, style).map(([m, s]) => renderText(m(0), s));

/** Mostly plain texts: the shapes the reader accepts, with one tricky piece here and there (most of the fuzz's value). */
const plainStyle: fc.Arbitrary<TextStyle> = fc.record({
  eol: fc.constantFrom<TextStyle["eol"]>("\n", "\n", "\r\n"),
  finalEol: fc.boolean(),
  bom: fc.constant(false),
  head: fc.constantFrom("", "", "# top"),
  tail: fc.constantFrom("", "", "# end"),
  nfd: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom<TextStyle["edits"][number][1]>("space", "comment", "blank")), { maxLength: 2 }),
});
export const plainishText: fc.Arbitrary<string> = fc.tuple(mostlyPlain.map, plainStyle).map(([m, s]) => renderText(m(0), s));
/** Plain pieces with a tricky one now and then, in any style of writing. */
export const mixedText: fc.Arbitrary<string> = fc.tuple(mostlyPlain.map, style).map(([m, s]) => renderText(m(0), s));

// ---- agency-like files for the rubric `dti-cap-so`-shaped checks ----

/** Answer values: right and wrong for each input type, written in the tricky ways. */
const ANSWER_VALUES = [
  "true", "false", "yes", "no", "on", "True", "0", "1", "4", "12", "-5", "50", "100", "100.5", "12.5", "1.000", "1.10", "0x1F", "1e3", ".5", "+1", "-0", "00", "08", "1_000",
  "~", "null", "Null", '"?"', "?", '"12"', "'4'", "2025-01-02", '"2025-01-02"', "2025-02-30", "[]", "{}", "[du-hop-tinh]", "[du-hop-tinh, chu-tri-hop]", "[du-hop-tinh, du-hop-tinh]",
  "{a: 3, b: 4}", "{a: 1.000, b: 2}", "{a: -1, b: 2}", "{a: 3}", '"mười hai"', "co", "khong", "Có", '"co"', "[1, 2]", "{value: 1}", "",
];

const answerFields: fc.Arbitrary<[string, string][]> = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: pick(ANSWER_VALUES).map((v): [string, string] => ["value", v]) },
    { weight: 1, arbitrary: pick(["true", "false", "yes", '"true"', ""]).map((v): [string, string] => ["na", v]) },
    { weight: 1, arbitrary: pick(['"không có"', "'it''s'", "lý do", '""', "", "1.10"]).map((v): [string, string] => ["reason", v]) },
    { weight: 1, arbitrary: pick(['"Ghi chú # một"', "ghi chú: hai", "Ghi chú #ba", "1.000", "~", NFD("Ủy ban")]).map((v): [string, string] => ["note", v]) },
    { weight: 1, arbitrary: pick(["[]", '[{number: "1/KH", date: "2025-03-10"}]', "[{number: 15/KH-UBND, date: 2025-03-31, title: 'Kế hoạch: một'}]", "[{link: https://so.gov.vn/a?b=1#c}]", "[{date: 2025-02-30}]", "{number: 1}"]).map((v): [string, string] => ["evidence", v]) },
    { weight: 1, arbitrary: pick(["true", "false", "1"]).map((v): [string, string] => ["flag", v]) },
    { weight: 1, arbitrary: pick(["{value: 4}", "{na: true}", "{value: 4, by: Sở, date: 2025-01-02}"]).map((v): [string, string] => ["verified", v]) },
    { weight: 1, arbitrary: pick(["x", "__proto__", "constructor", "Value"]).map((k): [string, string] => [k, "1"]) },
  ),
  { maxLength: 4 },
);

/** One answer, as a flow mapping on the code's line or as a block mapping under it. */
const answer = fc.tuple(fc.oneof(pick(["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "4.1", "6.2.1", "1.10", "9.9"]), fc.constant("1.1")), pick(['"', "'", "", '"']), fc.boolean(), answerFields, fc.integer({ min: 1, max: 4 }), fc.oneof(fc.constant(""), pick(["null", "~", '"?"', "?"])), mostlyPlain.trail)
  .map(([code, q, asFlow, fields, s, bare, t]) => (indent: number): string[] => {
    const k = `${pad(indent)}${q}${code}${q}:`;
    if (bare !== "" || fields.length === 0) return [`${k} ${bare}${t}`.trimEnd()];
    if (asFlow) return [`${k} {${fields.map(([f, v]) => `${f}: ${v}`).join(", ")}}${t}`];
    return [k, ...fields.map(([f, v]) => `${pad(indent + s)}${f}: ${v}`.trimEnd())];
  });

const header = fc.record({
  rubric: pick(['rubric: {id: dti-cap-so, version: "2025.1"}', "rubric:\n  id: dti-cap-so\n  version: '2025.1'", "rubric: {id: dti-cap-so, version: 2025.1}", "rubric: dti-cap-so"]),
  agency: pick(["agency: {id: so-a, name: Sở Nội vụ, type: department}", `agency:\n  id: so-b\n  name: "${NFD("Sở Tư pháp")}"\n  type: department`, "agency: {id: so-c, name: 'Sở: KH#CN', type: department, cohort: ~}", "agency: {id: -x, name: A, type: department}", "agency: {id: so-d, name: \"\", type: xa}", "agency:\n    id: so-e\n    name: Sở Y tế # ghi chú\n    type: department"]),
  period: pick(["period: 2025", 'period: "2025"', "period: 2025.1", "period: 2025-01-02", "period: [2025]", "period:"]),
  extra: pick(["", "", "respondent: {name: Nguyễn Văn A, phone: 0912 345 678}", "respondent:\n  name: B\n  email: b@so.gov.vn", "submitted: 2025-09-30", "submitted: 2025-9-30", "example: yes", "example: true", "x: 1", `ạ: 1\n${NFD("ạ")}: 2`, `"${NFD("ạ")}": 1\nx: 0\nạ: [2]`, "period: 2026"]),
});

/** An agency file for the default rubric: a header, then answers written in the tricky ways. */
export const agencyText: fc.Arbitrary<string> = fc.tuple(header, fc.array(answer, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 4 }), plainStyle)
  .map(([h, answers, s, st]) => {
    const lines = [...[h.rubric, h.agency, h.period, h.extra].filter(Boolean).flatMap((x) => x.split("\n")), "answers:", ...answers.flatMap((a) => a(s))];
    return renderText(lines, st);
  });
