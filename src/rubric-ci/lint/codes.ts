import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";
import { nodes, type Node } from "../tree.js";

/**
 * code-same-number: two codes that differ as text but read as one number, segment by segment ("1.01" and "1.1",
 * "01" and "1"): a person reading the form takes them for one item, and an answer meant for one is easily written
 * under the other. Only leading zeros of a segment of digits count: "1.10" is the tenth item, not "1.1". A leading
 * zero alone ("1.01" … "1.10", a numbering that sorts as text) is a style, not this finding. Reported at the second code.
 *
 * code-mixed-padding: codes of one level where some carry a leading zero ("1.01") and others as short do not
 * ("1.2", or "2.1" in another group), with no pair that reads as one number: the list sorts badly as text and the
 * mix is usually a slip in copying. Decrees number "1.1 … 4.22.11" and a spreadsheet may pad every code ("1.01"),
 * so only a mix is reported, once per level, at the first code written the less common way.
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

interface Numbered { code: string; own: string; path: string[] }

function checkPadding(all: Node[]): Issue[] {
  // A code's own number is its last segment (its parent's are the parent's): compared among codes of as many segments.
  const levels = new Map<number, Numbered[]>();
  for (const { node, path } of all) {
    const segments = node.code.split(".");
    const own = segments[segments.length - 1]!;
    if (!/^\d+$/.test(own)) continue;
    const level = levels.get(segments.length) ?? [];
    level.push({ code: node.code, own, path });
    levels.set(segments.length, level);
  }
  const issues: Issue[] = [];
  for (const level of levels.values()) {
    const padded = level.filter((c) => c.own.length > 1 && c.own.startsWith("0"));
    const width = Math.max(0, ...padded.map((c) => c.own.length));
    // "10" beside "01" is as wide as the padding and fits either way; "1" beside "01" does not.
    const bare = level.filter((c) => !c.own.startsWith("0") && c.own.length < width);
    if (padded.length === 0 || bare.length === 0) continue;
    // The way most codes are written is the one meant; on a tie, the decrees' way, without zeros.
    const padMeant = padded.length > bare.length;
    const [odd, usual] = padMeant ? [bare, padded] : [padded, bare];
    const slip = odd[0]!, model = usual[0]!;
    const own = padMeant ? slip.own.padStart(width, "0") : slip.own.replace(/^0+(?=\d)/, "");
    issues.push({
      code: "code-mixed-padding", severity: "warning", path: [...slip.path, "code"],
      params: { code: slip.code, expected: slip.code.slice(0, -slip.own.length) + own, other: model.code, odd: odd.length, usual: usual.length, first_path: [...model.path, "code"].join("/") },
    });
  }
  return issues;
}
