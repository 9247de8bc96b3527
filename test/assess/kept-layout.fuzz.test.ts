import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { AgencyDoc } from "../../src/assess/agency-doc.js";
import type { Answer } from "../../src/core/agency.js";
import { agencyDocFolder } from "../helpers/saved-after.js";
import { seededRandom } from "../helpers/random.js";

const { savedAfter } = agencyDocFolder();

/** The example files, each as a person might have laid it out by hand: a way of writing it, applied at random places. */
const EXAMPLES = readdirSync("examples").filter((f) => f.endsWith(".yaml")).map((f) => readFileSync(`examples/${f}`, "utf8"));

type Layout = (text: string, random: () => number) => string;

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** Lines of `text` from `start` deeper than `column` (and blank ones among them): what belongs to the line above. */
function blockEnd(lines: string[], start: number, column: number): number {
  let end = start;
  while (end < lines.length && (lines[end]!.trim() === "" || indentOf(lines[end]!) > column)) end++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return end;
}

const commentDraws = seededRandom(20261205);

const LAYOUTS: Record<string, Layout> = {
  // Re-indented by four in an editor, every list's "- " at its key's column.
  "four spaces, lists at the key's column": (text) => text.split("\n").map((line) => {
    const doubled = line.replace(/^ +/, (s) => s + s);
    return /^ *- /.test(line) ? doubled.slice(4) : doubled;
  }).join("\n"),
  // An item's text aligned after its dash ("-   {number: …}"), its own lines under it by as much; some items written
  // as a block mapping first ("-   number: …" then "    title: …" under it).
  "list items written `-   `": (text, random) => {
    const lines = text.split("\n").flatMap((line) => {
      const item = /^( *)- (\{.*\})$/.exec(line);
      if (!item || random() < 0.5) return [line];
      const fields = Object.entries(parse(item[2]!) as Record<string, string>).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
      return fields.map((field, k) => `${item[1]}${k === 0 ? "- " : "  "}${field}`);
    });
    for (let i = 0; i < lines.length; i++) {
      const dash = /^( *)- (?=\S)/.exec(lines[i]!);
      if (!dash || random() < 0.5) continue;
      const extra = " ".repeat(1 + Math.floor(random() * 3));
      lines[i] = lines[i]!.replace("- ", `- ${extra}`);
      for (let j = i + 1, end = blockEnd(lines, i + 1, dash[1]!.length); j < end; j++) if (lines[j]!.trim() !== "") lines[j] = extra + lines[j];
    }
    return lines.join("\n");
  },
  // Answers' keys written explicitly: `? "1.1"` then `:` and the answer below it, or on the `:` line; a comment on
  // the `:` line now and then (after the answer's first key, or alone).
  "explicit keys": (text, random) => {
    const lines = text.split("\n");
    const out: string[] = [];
    // Drawn from a generator of their own: the other layouts' and the edits' draws stay as they were.
    const comment = () => (commentDraws() < 0.3 ? `${" ".repeat(1 + Math.floor(commentDraws() * 4))}# ghi chú` : "");
    for (let i = 0; i < lines.length; i++) {
      const key = /^( *)("[\d.]+"):$/.exec(lines[i]!);
      if (!key || random() < 0.5) { out.push(lines[i]!); continue; }
      const next = lines[i + 1]!;
      out.push(`${key[1]}? ${key[2]}`);
      // Compact: the answer's first key on the `:` line, as deep as the answer's keys.
      if (random() < 0.5 && indentOf(next) === key[1]!.length + 2 && !next.includes("#")) { out.push(`${key[1]}: ${next.trimStart()}${comment()}`); i++; }
      else out.push(`${key[1]}:${comment()}`);
    }
    return out.join("\n");
  },
  // A note in quotes broken over two lines at a space (kept since a5fc798: checked here to stay so).
  "notes wrapped in their quotes": (text, random) => text.replace(/^( *)(note: ".*)$/gm, (line, indent: string) => {
    const spaces = [...line.matchAll(/ (?=\S)/g)].map((m) => m.index).filter((at) => at > line.indexOf('"'));
    if (spaces.length === 0 || random() < 0.5) return line;
    const at = spaces[Math.floor(random() * spaces.length)]!;
    return `${line.slice(0, at)}\n${indent}  ${line.slice(at + 1)}`;
  }),
  // A comment line indented with a tab.
  "comments indented with a tab": (text, random) => text.split("\n").map((line) => (/^ +#/.test(line) && random() < 0.5 ? line.replace(/^ +/, "\t") : line)).join("\n"),
};

/** The lines of `before` that `after` does not have, as many times as they are missing. */
function linesLost(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const line of after.split("\n")) left.set(line, (left.get(line) ?? 0) + 1);
  return before.split("\n").filter((line) => {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    return n === 0;
  });
}

/**
 * An answer changed as a session changes one: a note added (to an answer without one), or the answer flagged; one
 * written as a block (`"1.1":` on a line of its own), to which the change adds a line and changes none.
 */
function editOf(example: string, data: { answers: Record<string, { note?: string; evidence?: { title?: string }[] }> }, random: () => number): { edit: (d: AgencyDoc) => void; expected: unknown; changed?: string[] } {
  const expected = structuredClone(data);
  const codes = Object.keys(data.answers).filter((code) => example.includes(`\n  "${code}":\n`));
  const code = codes[Math.floor(random() * codes.length)]!;
  // An evidence item's title corrected: the line that holds it changes, in an item written `-   ` too.
  const titled = data.answers[code]!.evidence?.findIndex((e) => typeof e.title === "string" && e.title.length > 0) ?? -1;
  if (titled >= 0 && random() < 0.4) {
    // setAnswer writes a changed item anew, on one line (`- {number: …, title: …}`): its lines are the change.
    const changed = Object.values(data.answers[code]!.evidence![titled]!).filter((v): v is string => typeof v === "string");
    expected.answers[code]!.evidence![titled]!.title = "Tiêu đề đã sửa";
    return {
      edit: (d) => {
        const answer = d.data().answers![code] as Answer;
        d.setAnswer(code, { ...answer, evidence: answer.evidence!.map((e, k) => (k === titled ? { ...e, title: "Tiêu đề đã sửa" } : e)) });
      },
      expected,
      changed,
    };
  }
  if (data.answers[code]!.note === undefined && random() < 0.5) {
    expected.answers[code]!.note = "đã sửa";
    return { edit: (d) => d.setAnswer(code, { ...(d.data().answers![code] as Answer), note: "đã sửa" }), expected };
  }
  Object.assign(expected.answers[code]!, { flag: true });
  return { edit: (d) => d.setFlag(code, true), expected };
}

const ROUNDS = 2;

// Lines of the file a save rewrote where it changed nothing in them, over every example laid out at random ROUNDS
// times: none (before these layouts were kept, of the 12 saves of each: 516 lines with lists at the key's column, 472
// with items written `-   `, 526 with explicit keys; 38 comments after a tab, still re-indented: see TAB_COMMENT).
describe("a save keeps the layout of an example laid out by hand", () => {
  it.each(Object.entries(LAYOUTS))("%s", (name, layout) => {
    const random = seededRandom(20261204);
    const lost: string[] = [];
    for (const example of EXAMPLES) {
      for (let round = 0; round < ROUNDS; round++) {
        const text = layout(example, random);
        const data = parse(example);
        expect(parse(text), `${name}: the laid-out text reads as the example`).toEqual(data);
        const { edit, expected, changed } = editOf(example, data, random);
        const after = savedAfter(text, edit);
        expect(parse(after), `${name}: the answer saved`).toEqual(expected);
        // The lines of the evidence item corrected are rewritten: that is the change.
        const unchanged = (line: string) => changed === undefined || !changed.some((v) => line.includes(JSON.stringify(v).slice(1, -1)));
        expect(linesLost(example, savedAfter(example, edit)).filter(unchanged), "the example as written keeps every line").toEqual([]);
        // A comment after a tab is written at the save's column (see TAB_COMMENT): its text is there.
        lost.push(...linesLost(text, after).filter((line) => !(TAB_COMMENT.test(line) && after.includes(` ${line.slice(1)}\n`)) && unchanged(line)));
      }
    }
    expect(lost).toEqual([]);
  });
});

/**
 * A comment line indented by a tab is written at the column the save writes it: YAML counts no tab as indentation,
 * reads it at column 0 as the next entry's comment, and the save writes it at that entry's column. Its text stays.
 */
const TAB_COMMENT = /^\t#/;
