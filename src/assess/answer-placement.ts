import { isMap, isScalar, Scalar, type Document, type Pair, type YAMLMap } from "yaml";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { readInitHeading } from "./init-heading.js";
import { escapeRegExp } from "../core/regexp-text.js";

// Where an answer goes in the agency file, and what comment lines go with it, as answers are added, taken out
// and moved: init's headings ("# ═══ 2. …") and blocks ("# 1.6. title") stay above the answers they head.

/**
 * The answer under `code` taken out of `doc`, with the comment written for it: the lines just above it (a
 * note on the answer, init's block for the indicator, which begins with its code: "# 1.6. title"). Left above
 * the answer that follows, with the blank line before them: a group's heading (init's "# ═══ 2. …" above the
 * first indicator's block), and lines set off by a blank line when answers follow in the same group, which
 * they head; with `rank` (the rubric's order), a group's heading written by hand too. Left above what followed, an
 * answer's own comment told of an answer that is no longer there.
 */
export function takeOutAnswer(doc: Document, code: string, rank?: ReadonlyMap<string, number>): void {
  const answers = doc.get("answers", true);
  if (!isMap(answers)) return;
  const at = answers.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === code);
  if (at >= 0) detach(answers, at, [code], rank);
}

/**
 * The answer at `at` taken out of `answers`, the comment above it parted (see takeOutAnswer): what heads the
 * answers after it left above the next one; the answer returned, its key keeping its own lines, those from the
 * line naming one of `codes` ("# 1.6. title") or else its last paragraph.
 */
function detach(answers: YAMLMap, at: number, codes: string[], rank?: ReadonlyMap<string, number>): Pair {
  if (at === 0) hoistFirstComment(answers);
  const [pair] = answers.items.splice(at, 1);
  const key = isScalar(pair!.key) ? pair!.key : undefined;
  const next = answers.items[at]?.key;
  const lines = key?.commentBefore?.split("\n") ?? [];
  const own = lines.findIndex((l) => codes.some((code) => l.trimStart().startsWith(`${code}.`) || l.trimStart().startsWith(`${code} `)));
  // The blank line above the file's first answer is the answers mapping's (see hoistFirstComment): a heading set
  // off by it under `answers:` was taken for the answer's own note, and went with it.
  const setOff = key?.spaceBefore === true || (at === 0 && answers.spaceBefore === true);
  const headsGroup = setOff && isScalar(next) && !next.spaceBefore;
  // init's heading ("# ═══ 1. …") heads the answers under it, a blank line above it or none; what follows it is the
  // answer's. With the rubric's order known, so does one written by hand ("# 1. Nhận thức số" under `answers:`).
  const heading = Math.max(headingEnd(lines), rank ? handHeadingEnd(lines, rank, Number.MAX_SAFE_INTEGER) : 0);
  // Paragraphs are parted by an empty line: the last is the answer's, unless the whole block heads a group.
  const lastBlank = lines.lastIndexOf("");
  const end = own >= 0 ? own : heading > 0 ? Math.max(heading, lastBlank) : headsGroup ? lines.length : Math.max(0, lastBlank);
  const kept = lines.slice(0, end).join("\n").replace(/\n+$/, "");
  if (isScalar(next)) {
    // Above the next answer's own lines, with the blank line that parted them (the next group's heading).
    const parted = kept !== "" && next.spaceBefore === true && Boolean(next.commentBefore);
    if (kept) next.commentBefore = [kept, next.commentBefore].filter(Boolean).join(parted ? "\n\n" : "\n");
    // The blank line that parted the answer's group from the one before stays. Now first under `answers:`, the
    // next answer has none before it to part from: its blank line is above the headings it now holds ("═══ 1."),
    // printed as a line of spaces under `answers:`, and the one that parted its group stays below them. Where the
    // lines kept are parted from the next group's heading by that blank line, it is not written above them too.
    if (key?.spaceBefore) next.spaceBefore = true;
    else if (at === 0 || parted) next.spaceBefore = false;
    // The file's last answer: what heads it closes the answers, with the blank line above it (it was lost).
  } else if (kept) answers.comment = [...(answers.comment ? [answers.comment] : []), ...(key?.spaceBefore ? [""] : []), kept].join("\n");
  if (key) {
    key.commentBefore = lines.slice(end).join("\n").replace(/^\n+/, "") || undefined;
    key.spaceBefore = false;
  }
  return pair!;
}

/**
 * Where init's headings in a comment end (0: it has none): after its last group heading ("═══ 2. title", the
 * bonus's) or sub-heading ("— title"), and the lines indented under it ("#   Applies only to …").
 */
function headingEnd(lines: string[]): number {
  let end = 0;
  lines.forEach((line, i) => { if (readInitHeading(line) || /^\s*— /.test(line)) end = i + 1; });
  while (end > 0 && end < lines.length && /^ {3}\S/.test(lines[end]!)) end++;
  return end;
}

/**
 * The parser hangs the comment above the first answer (a group's heading, init's block for the indicator) on the
 * answers mapping, not on the answer's key: put on the key, where every other answer's is, it is taken out or kept
 * as theirs are (taking out the first answer left its block above the next). It prints the same.
 */
export function hoistFirstComment(answers: YAMLMap): void {
  const first = answers.items[0]?.key;
  if (!answers.commentBefore || !isScalar(first)) return;
  first.commentBefore = [answers.commentBefore, first.commentBefore].filter(Boolean).join("\n");
  answers.commentBefore = undefined;
}

/**
 * The answer under `from` put under `to` in `doc` by renaming its key where it stands (what is under it and the
 * comments as written); false where `doc` has no answer `from`, or one under `to` already.
 */
export function renameAnswer(doc: Document, from: string, to: string, block?: BlockFor, groups?: readonly string[], rank?: ReadonlyMap<string, number>): boolean {
  const answers = doc.get("answers", true);
  if (!isMap(answers)) return false;
  const at = answers.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === from);
  const pair = answers.items[at];
  if (!pair || !isScalar(pair.key) || doc.hasIn(["answers", to])) return false;
  pair.key.value = to;
  // In quotes, as every code is written: plain, 1.10 would be read back as the number 1.1.
  pair.key.type = "QUOTE_DOUBLE";
  if (at === 0) hoistFirstComment(answers);
  if (block && pair.key.commentBefore) pair.key.commentBefore = rewrittenBlock(pair.key.commentBefore, from, block);
  if (groups) toSection(answers, at, [from, to], groups, rank);
  return true;
}

/** The code an init group heading names ("═══ 2. title", "══ 2.1. title"); null for another heading (the bonus's), undefined for a line that is none. */
function headingCode(line: string): string | null | undefined {
  const heading = readInitHeading(line);
  return heading && (heading.code ?? null);
}

/** The comment lines above the answer at `i` (the answers' closing comment at the end). */
function linesAt(answers: YAMLMap, i: number): string[] {
  const key = answers.items[i]?.key;
  const text = i < answers.items.length ? (isScalar(key) ? key.commentBefore : undefined) : answers.comment;
  return text ? text.split("\n") : [];
}

/**
 * The answer at `at`, moved to a code of `groups` (the groups above it, outermost first), put in the section of the
 * file that init headed with the innermost of them the file has ("# ═══ 2. …"; with `rank`, one written by hand too), after its last answer, or under
 * the heading where none is left: left under the old group's heading, an officer reading the file took it for
 * that group's. The headings above it stay for the answers after it; its own lines go with it. Where the file has
 * no such heading, or the answer is in that section already, it stays where it stands.
 */
function toSection(answers: YAMLMap, at: number, codes: string[], groups: readonly string[], rank?: ReadonlyMap<string, number>): void {
  hoistFirstComment(answers);
  const headings: { item: number; line: number; code: string | null }[] = [];
  for (let i = 0; i <= answers.items.length; i++) {
    // init's headings, and with the rubric's order known, those written by hand ("# 2. Thể chế số").
    linesAt(answers, i).forEach((line, n) => { const init = headingCode(line); const code = init !== undefined ? init : rank && handHeadingCode(line, rank); if (code !== undefined) headings.push({ item: i, line: n, code }); });
  }
  const target = [...groups].reverse().find((g) => headings.some((h) => h.code === g));
  const current = headings.filter((h) => h.item <= at).at(-1)?.code;
  if (target === undefined || current === target) return;
  const pair = detach(answers, at, codes, rank);
  // The rubric's order known (see AgencyDoc.inRubricOrder): where init writes the code, in its section.
  if (rank?.has(codes[1]!)) return place(answers, pair, codes[1]!, rank);
  const key = pair.key as Scalar;
  const own = key.commentBefore ? [key.commentBefore] : [];
  // The section ends at the next heading not of a group inside it.
  const ends = (line: string) => { const code = headingCode(line); return code === null || (code !== undefined && !code.startsWith(`${target}.`)); };
  for (let i = 0; i <= answers.items.length; i++) {
    const lines = linesAt(answers, i);
    const h = lines.findIndex((line) => headingCode(line) === target);
    if (h < 0) continue;
    const stop = lines.findIndex((line, n) => n > h && ends(line));
    if (stop < 0 && i < answers.items.length) {
      // Answers under it: after the last of them.
      let end = i + 1;
      while (end < answers.items.length && !linesAt(answers, end).some(ends)) end++;
      answers.items.splice(end, 0, pair);
      return;
    }
    // None: under the heading, the lines from the next heading on left where they were.
    const upTo = stop < 0 ? lines.length : stop;
    const heads = lines.slice(0, upTo);
    const blank = heads.at(-1) === "";
    while (heads.at(-1) === "") heads.pop();
    const rest = lines.slice(upTo).join("\n") || undefined;
    key.commentBefore = [...heads, ...own].join("\n");
    const holder = answers.items[i]?.key;
    if (i < answers.items.length && isScalar(holder)) {
      key.spaceBefore = holder.spaceBefore === true;
      holder.commentBefore = rest;
      holder.spaceBefore = blank;
    } else answers.comment = rest;
    answers.items.splice(i, 0, pair);
    return;
  }
}

/**
 * `pair`, the answer under `code` (out of `answers`), put where init writes `code`: before the first answer the
 * rubric puts after it (codes it lacks passed over, a hand-written order kept), and among the comment lines above
 * that answer (the answers' closing comment at the end) below init's headings written before the code (its group's
 * "═══ 2. …", a group emptied before it, a "— …" heading over its part) and above those written after it (the
 * next group's), that answer's own lines (init's block for it, a note) left above it. Put above a group's heading,
 * it was read as the group before's; after the heading left closing the file (its answers all removed), as no
 * group's. Its own lines go with it; a blank line above the headings it takes stays above them, one parting them
 * from those left stays.
 */
export function place(answers: YAMLMap, pair: Pair, code: string, rank: ReadonlyMap<string, number>): void {
  const mine = rank.get(code)!;
  hoistFirstComment(answers);
  const items = answers.items;
  let at = items.findIndex((p) => isScalar(p.key) && (rank.get(String(p.key.value)) ?? -1) > mine);
  if (at < 0) at = items.length;
  const lines = linesAt(answers, at);
  // Each heading read after what stands above it (the answer before, the heading before): a title init writes in
  // two groups is the second group's below the first's.
  const before = items[at - 1]?.key;
  let above = (isScalar(before) ? rank.get(String(before.value)) : undefined) ?? -1;
  const later = lines.findIndex((line) => {
    const own = headingRank(line, rank, above);
    if (own !== undefined) above = own;
    return (own ?? -1) > mine;
  });
  const split = later >= 0 ? later : Math.max(headingEnd(lines), handHeadingEnd(lines, rank, mine));
  // A key just set is a string: a node, to hold the lines above it; in quotes, as init writes every code (6.1.1 was not).
  if (!isScalar(pair.key)) pair.key = Object.assign(new Scalar(pair.key), { type: "QUOTE_DOUBLE" as const });
  const key = pair.key as Scalar;
  if (split > 0) {
    const heads = lines.slice(0, split);
    const blankFirst = heads[0] === "";
    const blankAfter = heads.at(-1) === "";
    while (heads[0] === "") heads.shift();
    while (heads.at(-1) === "") heads.pop();
    const rest = lines.slice(split);
    // Its own lines set off by a blank line (init's heading of a group it is the first of) stay so below the headings taken.
    const setOff = key.spaceBefore === true && Boolean(key.commentBefore) && heads.length > 0;
    key.commentBefore = [...heads, ...(setOff ? [""] : []), ...(key.commentBefore ? [key.commentBefore] : [])].join("\n");
    const holder = items[at]?.key;
    if (at < items.length && isScalar(holder)) {
      // First under `answers:`, the blank line there is the mapping's.
      key.spaceBefore = at > 0 && (holder.spaceBefore === true || blankFirst);
      holder.commentBefore = rest.join("\n") || undefined;
      holder.spaceBefore = blankAfter;
    } else {
      key.spaceBefore = blankFirst;
      answers.comment = [...(blankAfter && rest.length > 0 ? [""] : []), ...rest].join("\n") || undefined;
    }
  }
  items.splice(at, 0, pair);
}

/**
 * Where init writes a heading line of a comment in its order (see AgencyDoc.inRubricOrder): a group's by its
 * code, or before the first code inside it where the rubric has no such group; a "— title" by its title, after
 * `above` (titleRank); the bonus's or penalty's by its title; a group's heading written by hand by its code (handHeadingRank); undefined for any other line.
 */
function headingRank(line: string, rank: ReadonlyMap<string, number>, above: number): number | undefined {
  const text = line.trim();
  if (text.startsWith("— ")) return titleRank(text, rank, above);
  const code = headingCode(line);
  if (code === undefined) return handHeadingRank(line, rank);
  if (code === null) {
    const title = readInitHeading(line)?.title;
    return title === undefined ? undefined : rank.get(`═ ${title}`);
  }
  const own = rank.get(code);
  if (own !== undefined) return own;
  const inside = [...rank].filter(([c]) => c.startsWith(`${code}.`)).map(([, r]) => r);
  return inside.length > 0 ? Math.min(...inside) - 0.5 : undefined;
}

/**
 * Where init writes a "— title" line: the first of its places after `above` (what stands above the line in the
 * file); a title two groups share ("— Khác") was read as the first group's, and an answer of the second put back
 * before it went below it. Its first place where none is after `above`.
 */
function titleRank(text: string, rank: ReadonlyMap<string, number>, above: number): number | undefined {
  const places: number[] = [];
  for (let n = 2, at = rank.get(text); at !== undefined; at = rank.get(`${text}\n${n++}`)) places.push(at);
  return places.find((at) => at > above) ?? places[0];
}

/**
 * Where the headings an officer wrote by hand for groups up to `mine` end, as the examples write them ("# 2. Thể
 * chế số" over group two's first answer); 0 where there are none. The answer that group's first answer was, put
 * above it, was read as the group before's. A line counts only where it is a group's code and title: an
 * indicator's ("# 2.1. …"), a note ("# 3 sở chưa gửi") or a numbered note ("# 1. Biên bản còn thiếu") is the next
 * answer's own.
 */
function handHeadingEnd(lines: string[], rank: ReadonlyMap<string, number>, mine: number): number {
  let end = 0;
  lines.forEach((line, i) => { if ((handHeadingRank(line, rank) ?? Infinity) <= mine) end = i + 1; });
  return end;
}

/** How initOrder names a group's heading as an officer writes it by hand: its code, a full stop, its title. */
export function handHeadingKey(code: string, title: string): string {
  return `# ${code}. ${title}`;
}

/**
 * The rank of a group heading written by hand: its code's, where the line is that code and the group's title in
 * either language, in any case, a remark after it allowed ("# 5. An toàn thông tin mạng (không chấm 5.7)"), or its
 * first words.
 */
function handHeadingRank(line: string, rank: ReadonlyMap<string, number>): number | undefined {
  const code = handHeadingCode(line, rank);
  return code === undefined ? undefined : rank.get(code);
}

/** The group's code a heading written by hand names (see handHeadingRank); undefined for any other line. */
function handHeadingCode(line: string, rank: ReadonlyMap<string, number>): string | undefined {
  const code = /^\s*(\S+)\. \S/.exec(line)?.[1];
  if (code === undefined || !rank.has(code)) return undefined;
  const written = folded(handHeadingKey(code, line.trim().slice(code.length + 2)));
  for (const key of rank.keys()) {
    if (!key.startsWith(`# ${code}. `)) continue;
    const title = folded(key);
    // Shortened at a word's end too ("# 3. Hạ tầng" over "Hạ tầng và Nền tảng số"): a note is no start of a title.
    if (written.startsWith(title) || (title.startsWith(written) && title[written.length] === " ")) return code;
  }
  return undefined;
}

function folded(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/** init's comment block for the code an answer moves to, in a language: its lines without the "# " (template.ts's indicatorBlock). */
export type BlockFor = (lang: Lang) => string[];

/**
 * init's block for `from` in a comment written again for the code the answer moved to, in the language it was
 * written in: left, "# 1.6. <old title>" and the old answer format stood above "1.7", and an officer mending the
 * file by hand read the old question above the new one (a choice's format above a checklist's). Dropped, the
 * new code would be the only one without its question. init's block is its "CODE. title" line and the indented
 * lines under it, one of them the answer format; any other line (a group's heading, a note the officer wrote
 * above or below it) stays as written, and a comment without such a block is left as it is.
 */
export function rewrittenBlock(comment: string, from: string, block: BlockFor): string {
  const lines = comment.split("\n");
  const at = lines.findIndex((l) => l.trimStart().startsWith(`${from}. `));
  if (at < 0) return comment;
  let end = at + 1;
  // init indents them under the code's line: "#   Answer: …".
  while (end < lines.length && /^ {3}\S/.test(lines[end]!)) end++;
  const own = lines.slice(at + 1, end);
  const lang = (["vi", "en"] as const).find((l) => own.some((line) => line.trimStart().startsWith(`${message(l, "assess-format")}: `)));
  if (!lang) return comment;
  // A line the officer indented as init indents its own ("#   ghi chú: …") is theirs: kept, under the new block.
  const hand = own.filter((line) => !INIT_LINES.some((shape) => shape.test(line.trimStart())));
  return [...lines.slice(0, at), ...block(lang).map((l) => ` ${l}`), ...hand, ...lines.slice(end)].join("\n");
}

/**
 * The lines init indents under an indicator's code (template.ts's indicatorBlock), in either language: its
 * guidance, answer format, evidence rule, N/A and who it is for, each told by its words around what the rubric fills in.
 */
const INIT_LINES: RegExp[] = (["vi", "en"] as const).flatMap((lang) => {
  const shape = (key: string, params: string[] = []) => {
    const words = message(lang, key, Object.fromEntries(params.map((p) => [p, "\u0000"])));
    // The whole line: "Minh chứng: không bắt buộc nhưng nên có" is the officer's, not init's "Minh chứng: không bắt buộc".
    return new RegExp(`^${escapeRegExp(words).replace(/\u0000/g, ".*")}\\s*$`);
  };
  return [
    new RegExp(`^${message(lang, "assess-guidance")}: `),
    new RegExp(`^${message(lang, "assess-format")}: `),
    new RegExp(`^${message(lang, "init-appliesOnly")}: `),
    shape("format-na"),
    shape("assess-evidence-rule", ["required", "min", "fields"]),
    shape("assess-evidence-rule-bare", ["required", "min"]),
    shape("assess-evidence-rule-optional", ["fields"]),
    shape("assess-evidence-rule-optional-bare"),
  ];
});
