import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { nodes, type Node } from "../tree.js";

/**
 * code-same-number: two codes that differ as text but read as one number, segment by segment ("1.01" and "1.1",
 * "01" and "1"): a person reading the form takes them for one item, and an answer meant for one is easily written
 * under the other. Only leading zeros of a segment of digits count: "1.10" is the tenth item, not "1.1". A leading
 * zero alone ("1.01" … "1.10", a numbering that sorts as text) is a style, not this finding. Reported at the second code.
 *
 * code-mixed-padding: codes of one level numbered two ways, some with a leading zero ("1.01") and others as short
 * without ("1.2", or "2.1" in another group), or padded to two widths ("1.01" beside "2.001"), with no pair that reads
 * as one number: the list sorts badly as text and the mix is usually a slip in copying. Decrees number "1.1 … 4.22.11"
 * and a spreadsheet may pad every code ("1.01"), or only a list of ten or more ("2.01" … "2.12" beside "1.1" … "1.5"),
 * so only a mix is reported, once per level, at the first code written unlike most.
 */
export function checkCodes(rubric: Rubric): Issue[] {
  const all = nodes(rubric);
  const sameNumber = checkSameNumber(all);
  // One slip, one finding: a level whose codes already read as the same number is that finding's.
  const levelsSaid = new Set(sameNumber.map((i) => String(i.params.code).split(".").length));
  return [...sameNumber, ...checkPadding(all).filter((i) => !levelsSaid.has(String(i.params.code).split(".").length))];
}

function checkSameNumber(all: Node[]): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, { code: string; path: string[] }>();
  for (const { node, path } of all) {
    const number = asNumber(node.code);
    const earlier = first.get(number);
    if (!earlier) { first.set(number, { code: node.code, path }); continue; }
    // The same text twice is duplicate-code's finding.
    if (earlier.code !== node.code) issues.push({ code: "code-same-number", severity: "warning", path: [...path, "code"], params: { code: node.code, other: earlier.code, first_path: [...earlier.path, "code"].join("/") } });
  }
  return issues;
}

/** A code as the number it reads as: each segment of digits without its leading zeros ("01.010" → "1.10"). */
function asNumber(code: string): string {
  return code.split(".").map((s) => (/^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, "") : s)).join(".");
}

/** A code by its own number, the last segment, and how wide the largest number among its siblings is. */
interface Numbered { code: string; own: string; value: string; path: string[]; listWidth: number }
/** How a numbering writes a code: to how many digits its own number is padded with zeros. */
type Numbering = (c: Numbered) => number;

const isPadded = (own: string) => own.length > 1 && own.startsWith("0");
const written = (c: Numbered, numbering: Numbering) => c.value.padStart(numbering(c), "0");

function checkPadding(all: Node[]): Issue[] {
  const issues: Issue[] = [];
  for (const level of levels(all)) {
    // The numbering most codes follow is the one meant: no zeros (the decrees' way, first on a tie); each width
    // written, narrowest first; or each list of siblings as wide as its largest number, so that only a list of ten or
    // more is padded ("1.1" … "1.5" beside "2.01" … "2.12"). "10" beside "01" fits a width of two either way.
    const widths = [...new Set(level.filter((c) => isPadded(c.own)).map((c) => c.own.length))].sort((a, b) => a - b);
    const numberings: Numbering[] = [() => 1, ...widths.map((w) => () => w), (c) => c.listWidth];
    const [numbering, misfits] = numberings.map((n) => [n, level.filter((c) => c.own !== written(c, n))] as const)
      .reduce((best, next) => (next[1].length < best[1].length ? next : best));
    if (misfits.length === 0) continue;
    const slip = misfits[0]!;
    const expected = slip.code.slice(0, -slip.own.length) + written(slip, numbering);
    const off = new Set(misfits);
    const fitting = level.filter((c) => !off.has(c));
    issues.push({ code: "code-mixed-padding", severity: "warning", path: [...slip.path, "code"], params: { code: slip.code, expected, ...contrast(slip, numbering(slip), misfits, fitting) } });
  }
  return issues;
}

/** How many codes are written the way the slip is and the way meant, as the message says it, and one of the latter to name. */
function contrast(slip: Numbered, width: number, misfits: Numbered[], fitting: Numbered[]): Record<string, string | number> {
  const said = (alike: Numbered[], usual: Numbered[], extra = {}) => {
    // A numbering meant always has codes that fit it (one width that most codes are written to at least).
    const model = usual[0] ?? fitting[0]!;
    return { other: model.code, first_path: [...model.path, "code"].join("/"), odd: alike.length, usual: usual.length, ...extra };
  };
  // Each count is of the codes written as the code it names, padded to its width and not to another: beside 1.1 … 1.5,
  // 3.001 is not written like 2.01; beside 2.5 in a list of twelve, 3.001 of a list of a hundred is not written like 2.01.
  const padded = (c: Numbered, digits: number) => isPadded(c.own) && c.own.length === digits;
  if (!isPadded(slip.own)) {
    const sameWidth = fitting.filter((c) => padded(c, width));
    // No code is padded to the slip's width (2.1 … 2.12 bare beside 3.001 … 3.100): the lists padded for their length are the way meant.
    return said(misfits.filter((c) => !isPadded(c.own)), sameWidth.length > 0 ? sameWidth : fitting.filter((c) => isPadded(c.own)));
  }
  // Zeros meant away: the codes they would have changed ("2" beside "01", not "10") are the way meant.
  if (width === 1) return said(misfits.filter((c) => padded(c, slip.own.length)), fitting.filter((c) => !isPadded(c.own) && c.own.length < slip.own.length));
  // Zeros to another width ("2.001" beside "1.01"): said as two widths, not as zeros against none.
  return said(misfits.filter((c) => padded(c, slip.own.length)), fitting.filter((c) => padded(c, width)), { width: slip.own.length, other_width: width });
}

/** The codes of each level (as many segments) whose own number is digits, in rubric order. */
function levels(all: Node[]): Numbered[][] {
  const byLevel = new Map<number, Omit<Numbered, "listWidth">[]>();
  const listWidths = new Map<string, number>();
  const listOf = (code: string) => code.slice(0, code.lastIndexOf(".") + 1);
  for (const { node, path } of all) {
    const segments = node.code.split(".");
    const own = segments[segments.length - 1]!;
    if (!/^\d+$/.test(own)) continue;
    const value = own.replace(/^0+(?=\d)/, "");
    const list = listOf(node.code);
    listWidths.set(list, Math.max(listWidths.get(list) ?? 0, value.length));
    const level = byLevel.get(segments.length) ?? [];
    level.push({ code: node.code, own, value, path });
    byLevel.set(segments.length, level);
  }
  return [...byLevel.values()].map((level) => level.map((c) => ({ ...c, listWidth: listWidths.get(listOf(c.code))! })));
}
