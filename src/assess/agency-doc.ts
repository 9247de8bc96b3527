import { existsSync } from "node:fs";
import { Document, isMap, isNode, isScalar, isSeq, parseDocument, Scalar, visit, type Node, type Pair, type YAMLMap } from "yaml";
import type { AgencyFile, Answer } from "../core/agency.js";
import { EditedMeanwhileError, writeFileAtomic } from "../io/write-atomic.js";
import { withSaveLock } from "../io/save-lock.js";
import { normalizeText } from "../load/normalize.js";
import { readText } from "../load/read.js";
import { doubtfulNumberSource } from "../load/number-source.js";
import { rehomeComments, withComments } from "./comments.js";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";

/**
 * An agency file being filled in, kept as a yaml Document so that comments and the key order a person
 * (or `init`) wrote survive every save.
 */
export class AgencyDoc {
  /** Paths set since the last save: what is carried over a change made to the file meanwhile (see save). */
  private touched: string[][] = [];
  /** Answers this session took out of the file (moved or removed): taken out of a file edited meanwhile too (see save). */
  private removed = new Set<string>();
  /** Answers this session moved, the code each went to, the one it came from and init's block for the new code: moved again in a file edited meanwhile (see save). */
  private moved = new Map<string, { from: string; block?: BlockFor; groups?: readonly string[] }>();
  /**
   * What the last save wrote over: paths the file edited meanwhile had changed too (another window answering
   * the same question, an editor), to be said.
   */
  overwritten: string[][] = [];

  /**
   * `eol`: the file's line ends, kept when it is saved (CRLF from Windows editors). `onDisk`: the file's text
   * as last read or written, to notice an edit made meanwhile by hand.
   */
  private constructor(readonly file: string, private doc: Document, private readonly eol = "\n", private onDisk?: string, private readonly bom = false) {}

  /**
   * Whether `file` holds something to keep. A file with nothing in it (made empty in Notepad or with `touch`,
   * at most a byte-order mark and blank lines) is no agency file to refuse or protect: the answers go there.
   */
  static occupied(file: string): boolean {
    if (!existsSync(file)) return false;
    const read = readText(file);
    // Unreadable (a folder, no permission, not text): occupied; opening it says why. UTF-16 is decoded.
    return !read.ok || !/^\s*$/.test(read.text);
  }

  /** Open an existing file; undefined when it cannot be read or parsed (the caller reports why). */
  static open(file: string): AgencyDoc | undefined {
    const read = readText(file);
    if (!read.ok) return undefined;
    const doc = parsed(read.text);
    const { eol, bom } = styleOf(read);
    return doc && new AgencyDoc(file, doc, eol, read.text, bom);
  }

  /** `rubricArg`: " --rubric PATH" when the rubric is not bundled, for the header's resume command. */
  static create(file: string, header: Omit<AgencyFile, "answers">, lang: Lang, rubricArg = ""): AgencyDoc {
    const doc = new Document({ ...header, answers: {} });
    // An empty file given to fill (made in Notepad) keeps the line ends and byte-order mark its editor gave it.
    const blank = existsSync(file) ? readText(file) : undefined;
    const style = blank?.ok ? styleOf(blank) : undefined;
    const agencyDoc = style ? new AgencyDoc(file, doc, style.eol, undefined, style.bom) : new AgencyDoc(file, doc);
    const rubric = doc.get("rubric", true);
    if (isMap(rubric)) rubric.flow = true;
    doc.commentBefore = ` ${message(lang, "assess-file-header", { rubric: rubricArg })}`;
    return agencyDoc;
  }

  /** The data as plain objects, text in NFC. */
  data(): AgencyFile {
    return normalizeText(this.doc.toJS({ maxAliasCount: 100 }) ?? {}) as AgencyFile;
  }

  /**
   * One answer as the officer is asked it: a number written so that YAML's reading is in doubt (1.000 read
   * as 1, 0x10) is given as written, so that the question reads it again and asks which was meant.
   */
  answerAsWritten(code: string): unknown {
    const node = this.doc.getIn(["answers", code], true);
    let alias = false;
    if (isNode(node)) visit(node, { Alias: () => { alias = true; return visit.BREAK; } });
    return isNode(node) && !alias ? normalizeText(asWritten(node)) : this.data().answers?.[code];
  }

  setHeader(path: string[], value: unknown): void {
    this.placeHeaderKey(path[0]!);
    this.put(path, this.doc.createNode(value));
    this.touched.push(path);
  }

  /**
   * One header field (["agency", "name"], ["period"]): the keys around it stay as they are. A parent that is
   * empty or no mapping (a hand edit: `respondent: Nguyễn Văn A`) becomes one, keeping its comments.
   */
  setHeaderField(path: string[], value: unknown): void {
    this.placeHeaderKey(path[0]!);
    for (let i = 1; i < path.length; i++) {
      const parent = path.slice(0, i);
      const node = this.doc.getIn(parent, true);
      if (!isMap(node)) this.doc.setIn(parent, withComments(this.doc.createNode({}), node));
    }
    const node = quotedDates(this.doc.createNode(value));
    // A field asked and left empty (a phone) is written empty, as init writes it (`phone:`), not as `null`, a
    // word the officer reading the file may take for an answer; in a flow mapping ({…, phone: null}) as it was.
    const parent = this.doc.getIn(path.slice(0, -1), true);
    if (isScalar(node) && node.value === null && !(isMap(parent) && parent.flow)) node.source = "";
    this.put(path, node);
    this.touched.push(path);
  }

  /**
   * A header key the file lacks (a hand-written file without `period:`) is added above `answers:`, where a
   * person reading the file looks for it, not after the last answer.
   */
  private placeHeaderKey(key: string): void {
    const root = this.doc.contents;
    if (!isMap(root) || root.has(key)) return;
    const answersAt = root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === "answers");
    if (answersAt < 0) return;
    root.items.splice(answersAt, 0, this.doc.createPair(key, null));
  }

  /**
   * What init writes, in its order (template.ts's initOrder: the groups' codes where their headings are, the
   * indicators'): a new answer goes to its place among them (a skipped question answered later too), under the
   * headings init writes above it.
   */
  private rank?: ReadonlyMap<string, number>;

  inRubricOrder(order: readonly string[]): void {
    const rank = new Map<string, number>();
    // A heading's title written twice (two groups' "— Other"): the first.
    order.forEach((code, i) => { if (!rank.has(code)) rank.set(code, i); });
    this.rank = rank;
  }

  setAnswer(code: string, answer: Answer): void {
    this.ensureAnswers();
    const node = this.doc.createNode(answer);
    if (isMap(node)) {
      const value = node.get("value", true);
      if (isMap(value) && "a" in (answer.value as object)) value.flow = true;
      const evidence = node.get("evidence", true) as { items?: unknown[] } | undefined;
      for (const item of evidence?.items ?? []) if (isMap(item)) item.flow = true;
    }
    this.putAnswer(code, quotedDates(node));
    this.touched.push(["answers", code]);
  }

  /** An answer put in `doc` (this one, or a file edited meanwhile); a new one in the rubric's order. */
  private putAnswer(code: string, node: Node, doc = this.doc): void {
    const isNew = !doc.hasIn(["answers", code]);
    this.put(["answers", code], node, doc);
    if (isNew) this.placeInOrder(doc, code);
  }

  /** The answer just added (last) put where init writes its code (see place); codes the rubric lacks stay where they are. */
  private placeInOrder(doc: Document, code: string): void {
    const answers = doc.get("answers", true);
    if (!isMap(answers) || this.rank?.get(code) === undefined) return;
    place(answers, answers.items.pop()!, code, this.rank);
  }

  /** `node` at `path`, over what is there: what holds the same data is left as written (see mergeInto). */
  private put(path: string[], node: Node, doc = this.doc): void {
    const old = doc.getIn(path, true);
    if (sameData(old, node)) return;
    if (isMap(old) && isMap(node)) mergeInto(old, node);
    else doc.setIn(path, withComments(node, old));
  }

  /**
   * The answer under `from` (a code the rubric does not have) put under `to` (one the file does not answer), as
   * it is written: its key renamed where it stands, so that its value, evidence, note, a collector's verified
   * block and the comments on them stay as they were; but init's block for `from` above it, written again by
   * `block` for `to` (see rewrittenBlock), and, `to` in another group than the one whose heading init wrote above
   * it, the answer put in the section of `groups` (the groups above `to`, outermost first; see toSection).
   */
  moveAnswer(from: string, to: string, block?: BlockFor, groups?: readonly string[]): void {
    if (!renameAnswer(this.doc, from, to, block, groups, this.rank)) throw new Error(`cannot move answer ${from} to ${to}`);
    this.removed.add(from);
    this.moved.set(to, { from, ...(block ? { block } : {}), ...(groups ? { groups } : {}) });
    this.touched.push(["answers", to]);
  }

  /** The answer under `code` taken out of the file, with its own comment (see takeOutAnswer). */
  removeAnswer(code: string): void {
    takeOutAnswer(this.doc, code);
    this.removed.add(code);
  }

  setFlag(code: string, flag: boolean): void {
    this.ensureAnswers();
    const entry = this.doc.getIn(["answers", code], true);
    if (isMap(entry)) {
      if (flag) entry.set("flag", true); else entry.delete("flag");
    } else if (flag) {
      this.putAnswer(code, withComments(this.doc.createNode({ value: "?", flag: true }), entry));
    }
    this.touched.push(["answers", code]);
  }

  /**
   * Write atomically (temporary file + rename): a kill at any moment leaves the old or the new file, whole.
   * A file edited meanwhile (by hand, in an editor) is read again and what was set since the last save is
   * put into it, so that neither edit is lost; an edit that leaves it unreadable is not written over.
   * Returns whether such an edit was taken in.
   */
  save(): boolean {
    // Read and written under a lock: another window's save between the two was written over, its answer lost.
    return withSaveLock(this.file, () => this.mergeAndWrite());
  }

  private mergeAndWrite(): boolean {
    let merged = false;
    this.overwritten = [];
    if (this.onDisk !== undefined) {
      const read = readText(this.file);
      if (read.ok && read.text !== this.onDisk) {
        const edited = parsed(read.text);
        if (!edited || (holdsSession(this.doc) && !holdsSession(edited))) throw new EditedMeanwhileError(this.file);
        const before = parsed(this.onDisk);
        // An edit that took every answer out (`answers:` left empty, or no such key) takes the session's answers as a
        // mapping: put into the empty value, each failed with an internal error (Expected YAML collection at answers).
        const theirAnswers = edited.get("answers", true);
        if (this.touched.some((p) => p[0] === "answers") && (theirAnswers === undefined || isScalar(theirAnswers))) edited.set("answers", withComments(edited.createNode({}), theirAnswers));
        for (const path of this.touched) {
          // A move made again where the edited file still has the answer, as the edit left it (its value corrected
          // meanwhile, say): putting the session's copy lost that edit without a word, and put the answer last.
          const move = path.length === 2 && path[0] === "answers" ? this.moved.get(path[1]!) : undefined;
          if (move !== undefined && renameAnswer(edited, move.from, path[1]!, move.block, move.groups, this.rank)) continue;
          const node = this.doc.getIn(path, true);
          if (!isNode(node)) continue;
          // Changed there since this session last saw it, to something else than this session's: the later save wins, and says so.
          const theirs = dataAt(edited, path);
          if (theirs !== dataAt(before, path) && theirs !== JSON.stringify(node.toJSON())) this.overwritten.push(path);
          if (path.length === 2 && path[0] === "answers") this.putAnswer(path[1]!, node.clone() as Node, edited);
          else this.put(path, node.clone() as Node, edited);
        }
        // Where the edit left no answers, there is none to take out.
        for (const code of this.removed) if (!this.doc.hasIn(["answers", code])) takeOutAnswer(edited, code);
        this.doc = edited;
        merged = true;
      }
    }
    const text = this.toString();
    writeFileAtomic(this.file, this.bom ? `\uFEFF${text}` : text, { force: true });
    this.onDisk = text;
    this.touched = [];
    this.removed.clear();
    this.moved.clear();
    return merged;
  }

  toString(): string {
    const text = this.doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    return this.eol === "\n" ? text : text.replace(/\r?\n/g, this.eol);
  }

  private ensureAnswers(): void {
    const answers = this.doc.get("answers", true);
    if (!isMap(answers)) this.doc.set("answers", this.doc.createNode({}));
    // An empty map is written `answers: {}` and read back as a flow map: answers added to it would all go on
    // that one line. They are written one per block, as in a file filled in one sitting.
    else if (answers.flow) answers.flow = false;
  }
}

/**
 * The answer under `code` taken out of `doc`, with the comment written for it: the lines just above it (a
 * note on the answer, init's block for the indicator, which begins with its code: "# 1.6. title"). Left above
 * the answer that follows, with the blank line before them: a group's heading (init's "# ═══ 2. …" above the
 * first indicator's block), and lines set off by a blank line when answers follow in the same group, which
 * they head. Left above what followed, an answer's own comment told of an answer that is no longer there.
 */
function takeOutAnswer(doc: Document, code: string): void {
  const answers = doc.get("answers", true);
  if (!isMap(answers)) return;
  const at = answers.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === code);
  if (at >= 0) detach(answers, at, [code]);
}

/**
 * The answer at `at` taken out of `answers`, the comment above it parted (see takeOutAnswer): what heads the
 * answers after it left above the next one; the answer returned, its key keeping its own lines, those from the
 * line naming one of `codes` ("# 1.6. title") or else its last paragraph.
 */
function detach(answers: YAMLMap, at: number, codes: string[]): Pair {
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
  // init's heading ("# ═══ 1. …") heads the answers under it, a blank line above it or none; what follows it is the answer's.
  const heading = headingEnd(lines);
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
  lines.forEach((line, i) => { if (/^\s*(═|— )/.test(line)) end = i + 1; });
  while (end > 0 && end < lines.length && /^ {3}\S/.test(lines[end]!)) end++;
  return end;
}

/**
 * The parser hangs the comment above the first answer (a group's heading, init's block for the indicator) on the
 * answers mapping, not on the answer's key: put on the key, where every other answer's is, it is taken out or kept
 * as theirs are (taking out the first answer left its block above the next). It prints the same.
 */
function hoistFirstComment(answers: YAMLMap): void {
  const first = answers.items[0]?.key;
  if (!answers.commentBefore || !isScalar(first)) return;
  first.commentBefore = [answers.commentBefore, first.commentBefore].filter(Boolean).join("\n");
  answers.commentBefore = undefined;
}

/**
 * The answer under `from` put under `to` in `doc` by renaming its key where it stands (what is under it and the
 * comments as written); false where `doc` has no answer `from`, or one under `to` already.
 */
function renameAnswer(doc: Document, from: string, to: string, block?: BlockFor, groups?: readonly string[], rank?: ReadonlyMap<string, number>): boolean {
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
  if (!/^\s*═/.test(line)) return undefined;
  return /^\s*═+ (\S+?)\. /.exec(line)?.[1] ?? null;
}

/** The comment lines above the answer at `i` (the answers' closing comment at the end). */
function linesAt(answers: YAMLMap, i: number): string[] {
  const key = answers.items[i]?.key;
  const text = i < answers.items.length ? (isScalar(key) ? key.commentBefore : undefined) : answers.comment;
  return text ? text.split("\n") : [];
}

/**
 * The answer at `at`, moved to a code of `groups` (the groups above it, outermost first), put in the section of the
 * file that init headed with the innermost of them the file has ("# ═══ 2. …"), after its last answer, or under
 * the heading where none is left: left under the old group's heading, an officer reading the file took it for
 * that group's. The headings above it stay for the answers after it; its own lines go with it. Where the file has
 * no such heading, or the answer is in that section already, it stays where it stands.
 */
function toSection(answers: YAMLMap, at: number, codes: string[], groups: readonly string[], rank?: ReadonlyMap<string, number>): void {
  hoistFirstComment(answers);
  const headings: { item: number; line: number; code: string | null }[] = [];
  for (let i = 0; i <= answers.items.length; i++) {
    linesAt(answers, i).forEach((line, n) => { const code = headingCode(line); if (code !== undefined) headings.push({ item: i, line: n, code }); });
  }
  const target = [...groups].reverse().find((g) => headings.some((h) => h.code === g));
  const current = headings.filter((h) => h.item <= at).at(-1)?.code;
  if (target === undefined || current === target) return;
  const pair = detach(answers, at, codes);
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
function place(answers: YAMLMap, pair: Pair, code: string, rank: ReadonlyMap<string, number>): void {
  const mine = rank.get(code)!;
  hoistFirstComment(answers);
  const items = answers.items;
  let at = items.findIndex((p) => isScalar(p.key) && (rank.get(String(p.key.value)) ?? -1) > mine);
  if (at < 0) at = items.length;
  const lines = linesAt(answers, at);
  const later = lines.findIndex((line) => (headingRank(line, rank) ?? -1) > mine);
  const split = later >= 0 ? later : headingEnd(lines);
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
    key.commentBefore = [...heads, ...(key.commentBefore ? [key.commentBefore] : [])].join("\n");
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
 * code, or before the first code inside it where the rubric has no such group; a "— title" or the bonus's or
 * penalty's by its title; undefined for any other line.
 */
function headingRank(line: string, rank: ReadonlyMap<string, number>): number | undefined {
  const text = line.trim();
  if (text.startsWith("— ")) return rank.get(text);
  const code = headingCode(line);
  if (code === undefined) return undefined;
  if (code === null) {
    const title = /^═+ (.+?) \(/.exec(text)?.[1];
    return title === undefined ? undefined : rank.get(`═ ${title}`);
  }
  const own = rank.get(code);
  if (own !== undefined) return own;
  const inside = [...rank].filter(([c]) => c.startsWith(`${code}.`)).map(([, r]) => r);
  return inside.length > 0 ? Math.min(...inside) - 0.5 : undefined;
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
function rewrittenBlock(comment: string, from: string, block: BlockFor): string {
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
    return new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\u0000/g, ".*")}\\s*$`);
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

/**
 * How a file read was written, to write it back so: its line ends (CRLF from Windows editors), and whether it
 * began with a byte-order mark, UTF-8's or UTF-16's (Notepad's "Unicode"), which the file, written in UTF-8,
 * keeps as UTF-8's.
 */
function styleOf(read: { text: string; bytes: Uint8Array }): { eol: string; bom: boolean } {
  const b = read.bytes;
  const bom = (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  return { eol: read.text.includes("\r\n") ? "\r\n" : "\n", bom };
}

/**
 * Whether a file edited meanwhile can still take the session's answers: its agency with a type (what the
 * questions asked depend on) and answers that are a mapping or none yet. A file emptied to a comment, or
 * with `answers: 5`, made the save fail with an internal error and lost the answer.
 */
function holdsSession(doc: Document): boolean {
  const agency = doc.get("agency", true);
  const type = isMap(agency) ? agency.get("type", true) : undefined;
  const answers = doc.get("answers", true);
  return isScalar(type) && typeof type.value === "string" && type.value !== "" && (answers === undefined || isMap(answers) || (isScalar(answers) && answers.value === null));
}

/** The data at a path of a document, as JSON text to compare (undefined where there is none). */
function dataAt(doc: Document | undefined, path: string[]): string | undefined {
  const node = doc?.getIn(path, true);
  return isNode(node) ? JSON.stringify(node.toJSON()) : undefined;
}

/** A file's YAML as a document whose comments sit where they print back (see rehomeComments); undefined when it is not a mapping or does not parse. */
function parsed(text: string): Document | undefined {
  const doc = parseDocument(text, { stringKeys: true, uniqueKeys: true, version: "1.2" });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return undefined;
  rehomeComments(doc, text);
  return doc;
}

/**
 * A mapping updated where it is, so that what a person wrote stays: an entry holding the same data is left
 * as written (its comments, quotes, flow or block style: evidence kept as it was, the collector's verified
 * block), a changed mapping is merged entry by entry, any other changed value replaced with the comments
 * it had (`value: 12  # from the 2025 report`); entries the new data lacks are removed, new ones added at
 * the end.
 */
function mergeInto(old: YAMLMap, fresh: YAMLMap): void {
  for (const pair of fresh.items) {
    const before = old.get(pair.key, true);
    const after = pair.value as Node;
    if (sameData(before, after)) continue;
    if (isMap(before) && isMap(after)) mergeInto(before, after);
    else old.set(pair.key, withComments(after, before));
  }
  for (const pair of [...old.items]) if (!fresh.has(pair.key)) old.delete(pair.key);
}

/**
 * The same data as written: a number written in doubt (1.000) answered again as 1 is written again, while a
 * collector's verified 1.000, given back as the text written (see answerAsWritten), is left as it is.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (!isNode(a) || !isNode(b)) return false;
  return JSON.stringify(asWritten(a)) === JSON.stringify(asWritten(b));
}

/** The node's data, a number written in doubt as the text written. */
function asWritten(node: unknown): unknown {
  if (isScalar(node)) return typeof node.value === "number" && node.source !== undefined && doubtfulNumberSource(node.source) ? node.source : node.toJSON();
  if (isMap(node)) return Object.fromEntries(node.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), asWritten(pair.value)]));
  if (isSeq(node)) return node.items.map(asWritten);
  return isNode(node) ? node.toJSON() : node;
}

/**
 * Dates written in quotes ("2025-09-25"), as init and the examples write them: a YAML 1.1 reader (PyYAML, an
 * older tool of the collector's) takes a plain 2025-09-25 for a date object, not the text the schema wants.
 */
function quotedDates<T extends Node>(node: T): T {
  visit(node, { Scalar: (_, scalar) => { if (typeof scalar.value === "string" && ISO_DAY.test(scalar.value)) scalar.type = "QUOTE_DOUBLE"; } });
  return node;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
