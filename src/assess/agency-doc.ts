import { existsSync } from "node:fs";
import { Document, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type ScalarTag, type Tags, type YAMLMap } from "yaml";
import type { AgencyFile, Answer } from "../core/agency.js";
import { EditedMeanwhileError, writeFileAtomic, WriteRefusedError } from "../io/write-atomic.js";
import { isReadOnlyFile } from "../io/read-only.js";
import { withSaveLock } from "../io/save-lock.js";
import { normalizeText } from "../load/normalize.js";
import { readText } from "../load/read.js";
import { doubtfulNumberSource } from "../load/number-source.js";
import { ANSWER_FIELDS } from "../load/schema-issues.js";
import { rehomeComments, withComments } from "./comments.js";
import { keptLayout } from "./kept-layout.js";
import { keepAliasedData } from "./aliased.js";
import { indentStyleOf, printedIn, PRINTER_INDENT, type IndentStyle } from "./indent-style.js";
import { rewriteInitBlocks, rewriteInitHeadings, rewriteInitTop, type MovedRubricNaming } from "./moved-headings.js";
import { dropUnaskedHeadings, unaskedBlanks } from "./unasked-groups.js";
import { initBlanks } from "./added-blanks.js";
import { placeSubHeadings } from "./moved-sub-headings.js";
import { place, renameAnswer, takeOutAnswer, type BlockFor } from "./answer-placement.js";
import type { Lang, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { numberText } from "../core/number-text.js";

/**
 * An agency file being filled in, kept as a yaml Document so that comments and the key order a person
 * (or `init`) wrote survive every save.
 */
export class AgencyDoc {
  /** Paths set since the last save: what is carried over a change made to the file meanwhile (see save). */
  private touched: string[][] = [];
  /** Made by `replacing`: the first save writes over the file on disk, which holds another file, not merged into it. */
  private replaces = false;
  /** Answers this session took out of the file (moved or removed): taken out of a file edited meanwhile too (see save). */
  private removed = new Set<string>();
  /** Answers this session moved, the code each went to, the one it came from and init's block for the new code: moved again in a file edited meanwhile (see save). */
  private moved = new Map<string, { from: string; block?: BlockFor; groups?: readonly string[] }>();
  /** Comments this session wrote above `answers:` (see keepAside): written into a file edited meanwhile too (see save). */
  private asides: string[] = [];
  /**
   * What the last save wrote over: paths the file edited meanwhile had changed too (another window answering
   * the same question, an editor), to be said.
   */
  overwritten: string[][] = [];
  /** The file's own indentation (an editor set to four spaces), what a save writes in: see indentStyleOf. */
  private indent: IndentStyle = PRINTER_INDENT;

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
    if (!doc) return undefined;
    const { eol, bom } = styleOf(read);
    const agencyDoc = new AgencyDoc(file, doc, eol, read.text, bom);
    agencyDoc.indent = indentStyleOf(doc, read.text);
    return agencyDoc;
  }

  /**
   * `text` (init's template) to be written over `file` at the first save, in one write with the fields set before
   * it: the file keeps what it held until then. Line ends and byte-order mark are those of the file replaced.
   */
  static replacing(file: string, text: string): AgencyDoc | undefined {
    const doc = parsed(text);
    if (!doc) return undefined;
    const read = readText(file);
    const style = read.ok ? styleOf(read) : undefined;
    const eol = style?.eol ?? "\n";
    // Laid out as a save compares it: in the line ends it writes.
    const agencyDoc = new AgencyDoc(file, doc, eol, eol === "\n" ? text : text.replace(/\n/g, eol), style?.bom);
    agencyDoc.indent = indentStyleOf(doc, text);
    agencyDoc.replaces = true;
    return agencyDoc;
  }

  /** `rubricArg`: " --rubric PATH" when the rubric is not bundled, for the header's resume command. */
  static create(file: string, header: Omit<AgencyFile, "answers">, lang: Lang, rubricArg = ""): AgencyDoc {
    const doc = new Document({ ...header, answers: {} }, { customTags: inFull });
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
    const answer = isNode(node) && !alias ? normalizeText(asWritten(node)) : this.data().answers?.[code];
    // With what a hand edit moved out from under it (see strandedFields), offered as the answer's own.
    const stranded = this.strandedFields(code);
    if (stranded.length === 0) return answer;
    const held = typeof answer === "object" && answer !== null ? answer : {};
    return { ...held, ...Object.fromEntries(stranded.map((p) => [fieldOf(p), normalizeText(asWritten(p.value))])) };
  }

  /** The code of the answer `field` was moved out from under (see strandedFields), when `answers` holds it so. */
  strandedFrom(field: string): string | undefined {
    const answers = this.doc.get("answers", true);
    if (!isMap(answers) || !ANSWER_FIELDS.has(field)) return undefined;
    const keys = answers.items.map((p) => (isScalar(p.key) ? String(p.key.value) : undefined));
    let at = keys.indexOf(field);
    while (at > 0 && ANSWER_FIELDS.has(keys[at - 1]!)) at--;
    const code = at > 0 ? keys[at - 1] : undefined;
    return code !== undefined && this.strandedFields(code).some((p) => fieldOf(p) === field) ? code : undefined;
  }

  /**
   * An answer's fields a hand edit moved out from under it: `  value: …` in line with the codes, just below an
   * answer that lacks it (`"1.3":` left empty), read as an answer coded "value". Taken back when the answer is
   * saved (see setAnswer), so that the stray line does not stay behind; one the answer holds already is left as it is.
   */
  private strandedFields(code: string): Pair[] {
    const answers = this.doc.get("answers", true);
    if (!isMap(answers)) return [];
    const at = answers.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === code);
    const own = answers.items[at]?.value;
    if (at < 0 || !(own === null || (isScalar(own) && (own.value === null || own.value === "")) || isMap(own))) return [];
    const stranded: Pair[] = [];
    for (const pair of answers.items.slice(at + 1)) {
      const field = isScalar(pair.key) && typeof pair.key.value === "string" ? pair.key.value : undefined;
      if (field === undefined || !ANSWER_FIELDS.has(field) || (isMap(own) && own.has(field)) || stranded.some((p) => fieldOf(p) === field)) break;
      stranded.push(pair as Pair);
    }
    return stranded;
  }

  setHeader(path: string[], value: unknown): void {
    this.placeHeaderKey(path[0]!);
    this.put(path, this.doc.createNode(value));
    this.touched.push(path);
  }

  /** The rubric answered, written as `init` writes it: first in the file, on one line. */
  nameRubric(id: string, version: string): void {
    const root = this.doc.contents;
    const node = this.doc.createNode({ id, version });
    node.flow = true;
    if (isMap(root) && !root.has("rubric")) {
      const pair = this.doc.createPair("rubric", node);
      // The comment lines at the file's top (what it is, whose) stay above everything, the new line under them.
      const first = root.items[0]?.key;
      if (isScalar(first) && first.commentBefore !== undefined && isScalar(pair.key)) {
        pair.key.commentBefore = first.commentBefore;
        first.commentBefore = undefined;
      }
      root.items.unshift(pair);
    } else this.put(["rubric"], node);
    this.touched.push(["rubric"]);
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
    // A heading's title written again (two groups' "— Khác"): each place kept, the later ones as "title\nN"
    // (no line holds a line break): place() reads the heading as the one of them where it stands (see titleRank).
    order.forEach((code, i) => {
      let key = code;
      for (let n = 2; rank.has(key); n++) key = `${code}\n${n}`;
      rank.set(key, i);
    });
    this.rank = rank;
  }

  setAnswer(code: string, answer: Answer): void {
    this.ensureAnswers();
    // The answer was asked with them (see answerAsWritten): it holds them now, or replaced them.
    const stranded = this.strandedFields(code).map(fieldOf);
    const node = this.doc.createNode(answer);
    if (isMap(node)) {
      onOneLine(node.get("value", true));
      const evidence = node.get("evidence", true) as { items?: unknown[] } | undefined;
      for (const item of evidence?.items ?? []) if (isMap(item)) item.flow = true;
    }
    this.putAnswer(code, quotedDates(node));
    this.touched.push(["answers", code]);
    for (const field of stranded) this.removeAnswer(field);
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
    keepAliasedData(doc, old);
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
    // Put in another place, an anchor may come after an alias naming it.
    keepAliasedData(this.doc, this.doc.getIn(["answers", from], true));
    if (!renameAnswer(this.doc, from, to, block, groups, this.rank)) throw new Error(`cannot move answer ${from} to ${to}`);
    this.removed.add(from);
    this.moved.set(to, { from, ...(block ? { block } : {}), ...(groups ? { groups } : {}) });
    this.touched.push(["answers", to]);
  }

  /**
   * init's lines written again for `rubric`, the version the file is moved to: its group headings among the answers
   * (see rewriteInitHeadings), `naming` given, its lines at the top (see rewriteInitTop), and its blocks above the
   * answers under `kept`, the codes the move keeps (see rewriteInitBlocks). Whether init's schema line now names
   * `rubric`'s schema file.
   */
  headFor(rubric: Rubric, naming?: MovedRubricNaming, kept: readonly string[] = []): boolean {
    rewriteInitHeadings(this.doc, rubric);
    const schemaNamed = naming ? rewriteInitTop(this.doc, rubric, naming) : false;
    rewriteInitBlocks(this.doc, rubric, kept);
    return schemaNamed;
  }

  /**
   * `blanks`, init's blank answers of the indicators `rubric` (the version the file is moved to) no longer asks of the
   * file's agency type, as unaskedBlanksOnMove found them and the officer was told, taken out; then the headings of
   * the groups left without answers.
   */
  dropUnaskedBlanks(rubric: Rubric, blanks: readonly string[]): void {
    for (const code of blanks) this.removeAnswer(code);
    dropUnaskedHeadings(this.doc, rubric);
  }

  /**
   * The blanks the move takes out (see unaskedBlanks; `previous`, the version moved from, when known), as they read
   * once headFor has written init's blocks again for `rubric` (`kept`: as headFor's; a blank reads as init left it
   * only under the new version's block), found on a copy: the file is unchanged, for the move to be said before the
   * officer confirms it, and the list said is the one dropUnaskedBlanks takes out.
   */
  unaskedBlanksOnMove(rubric: Rubric, previous: Rubric | undefined, kept: readonly string[]): string[] {
    const copy = this.doc.clone();
    rewriteInitHeadings(copy, rubric);
    rewriteInitBlocks(copy, rubric, kept);
    return unaskedBlanks(copy, rubric, previous);
  }

  /**
   * init's blank answers of `added`, the indicators `rubric` (the version the file is moved to) adds and asks of the
   * file's agency, each under init's block where init writes it (see initBlanks), after the "— title" headings it puts
   * over answers the file has (see placeSubHeadings). `type`: the one the file was written for.
   */
  addInitBlanks(rubric: Rubric, added: readonly string[], type?: string): void {
    // First: a blank put under a heading written over the answer after it is not given the heading again.
    placeSubHeadings(this.doc, rubric);
    for (const { code, pair } of initBlanks(this.doc, rubric, added, type)) {
      this.ensureAnswers();
      (this.doc.get("answers", true) as YAMLMap).items.push(pair);
      this.placeInOrder(this.doc, code);
      this.touched.push(["answers", code]);
    }
  }

  /** The answer under `code` taken out of the file, with its own comment (see takeOutAnswer). */
  removeAnswer(code: string): void {
    keepAliasedData(this.doc, this.doc.getIn(["answers", code], true));
    takeOutAnswer(this.doc, code, this.rank);
    this.removed.add(code);
  }

  /**
   * The answer under `code` taken out of `answers` and written, as it stands, in a comment above `answers:`
   * under `heading`: no indicator asks it (a later version dropped it), and nothing typed is lost.
   */
  keepAside(code: string, heading: string): void {
    const entry = new Document({}, { version: "1.2", customTags: inFull });
    const node = this.doc.getIn(["answers", code], true);
    entry.set(entry.createNode(code), isNode(node) ? node.clone() : node ?? null);
    const written = entry.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n+$/, "");
    const comment = [` ${heading}`, ...written.split("\n").map((l) => `   ${l}`)].join("\n");
    this.removeAnswer(code);
    commentAboveAnswers(this.doc, comment);
    this.asides.push(comment);
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
    // The text the document was read from (or last written): its lines the save leaves as they were are kept as written.
    let readFrom = this.onDisk;
    this.overwritten = [];
    if (this.onDisk !== undefined && !this.replaces) {
      const read = readText(this.file);
      if (read.ok && read.text !== this.onDisk) {
        const edited = parsed(read.text);
        if (!edited || (holdsSession(this.doc) && !holdsSession(edited))) throw new EditedMeanwhileError(this.file);
        const before = parsed(this.onDisk);
        // Re-indented in an editor meanwhile: written as the editor left it (told before the session's nodes, placed
        // by their positions in the text they were read from, are put in).
        const editedIndent = indentStyleOf(edited, read.text);
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
        for (const code of this.removed) if (!this.doc.hasIn(["answers", code])) takeOutAnswer(edited, code, this.rank);
        for (const comment of this.asides) commentAboveAnswers(edited, comment);
        this.doc = edited;
        this.indent = editedIndent;
        readFrom = read.text;
        merged = true;
      }
    }
    // Renamed over, a file made read-only meanwhile (sent already?) was replaced without a word: refused, as at the start.
    if (this.onDisk !== undefined && isReadOnlyFile(this.file)) throw new WriteRefusedError(this.file, "made-read-only");
    const text = readFrom === undefined ? this.toString() : keptLayout(readFrom, this.toString(), this.doc);
    writeFileAtomic(this.file, this.bom ? `\uFEFF${text}` : text, { force: true });
    this.onDisk = text;
    this.replaces = false;
    this.touched = [];
    this.removed.clear();
    this.moved.clear();
    this.asides = [];
    return merged;
  }

  toString(): string {
    const text = printedIn(this.doc, this.indent, { lineWidth: 0, flowCollectionPadding: false });
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
 * A value's mappings and lists of plain values written on one line, as the examples and a person write them:
 * a fraction `{a: 2, b: 3}`, a checklist `[du-hop-tinh, chu-tri-hop]`, parts `{muc-3: 5, muc-4: 4}`, and a
 * part's fraction in parts that hold one (`ket-noi: {a: 8, b: 9}`), written over three lines before.
 */
function onOneLine(node: unknown): void {
  if (!isMap(node) && !isSeq(node)) return;
  const children = isMap(node) ? node.items.map((pair) => pair.value) : node.items;
  if (children.every(isScalar)) node.flow = true;
  else children.forEach(onOneLine);
}

/** `comment` added last to the comment above the `answers:` key. */
function commentAboveAnswers(doc: Document, comment: string): void {
  const root = doc.contents;
  const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === "answers") : undefined;
  if (!pair || !isScalar(pair.key)) return;
  const before = pair.key.commentBefore;
  pair.key.commentBefore = before ? `${before}\n${comment}` : comment;
}

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

/**
 * A number JavaScript writes with an exponent (0,0000001 typed, 1e-7 to JavaScript) written in full, as the officer
 * typed it: YAML wrote 1e-7, a figure the officer never typed. Put before YAML's own number tags, which it is chosen
 * over for such a number; it reads nothing (its test matches no text).
 */
const NUMBER_IN_FULL: ScalarTag = {
  identify: (value) => typeof value === "number" && Number.isFinite(value) && /e/i.test(String(value)),
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /$.^/,
  resolve: (text) => Number(text),
  stringify: (scalar) => writtenAs(scalar, numberText(scalar.value as number, "en")),
};

/** A number the file writes with an exponent (1E-7): YAML wrote it again its own way (1e-7), a figure no one touched. */
const EXPONENT_AS_WRITTEN: ScalarTag = {
  ...NUMBER_IN_FULL,
  identify: (value) => typeof value === "number",
  format: "EXP",
  stringify: (scalar) => writtenAs(scalar, Number(scalar.value).toExponential()),
};

/** A number as the file writes it, where that reads as the number still; else `otherwise`. */
function writtenAs(scalar: { value: unknown; source?: string }, otherwise: string): string {
  return scalar.source !== undefined && Number(scalar.source) === scalar.value ? scalar.source : otherwise;
}

function inFull(tags: Tags): Tags {
  return [NUMBER_IN_FULL, EXPONENT_AS_WRITTEN, ...tags];
}

/** A file's YAML as a document whose comments sit where they print back (see rehomeComments); undefined when it is not a mapping or does not parse. */
function parsed(text: string): Document | undefined {
  const doc = parseDocument(text, { stringKeys: true, uniqueKeys: true, version: "1.2", customTags: inFull });
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
  for (const pair of [...old.items]) if (!fresh.has(pair.key)) dropKeepingNote(old, pair);
}

/**
 * The entry `pair` (evidence the officer took out) taken out of `map`, the comment written above its key kept: it
 * sits under the entry before (a note under the answer's value), and goes to the next entry, or below the mapping.
 */
function dropKeepingNote(map: YAMLMap, pair: YAMLMap["items"][number]): void {
  const at = map.items.indexOf(pair);
  const note = isNode(pair.key) ? pair.key.commentBefore : undefined;
  map.items.splice(at, 1);
  if (!note) return;
  const next = map.items[at]?.key;
  if (isNode(next)) next.commentBefore = next.commentBefore ? `${note}\n${next.commentBefore}` : note;
  else map.comment = map.comment ? `${note}\n${map.comment}` : note;
}

/**
 * The same data as written: a number written in doubt (1.000) answered again as 1 is written again, while a
 * collector's verified 1.000, given back as the text written (see answerAsWritten), is left as it is. Text is
 * compared composed (NFC), as the session holds it: a file from a Mac editor (NFD) had every entry of an answer
 * changed written anew, its evidence list without the comments and the block style it had.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (!isNode(a) || !isNode(b)) return false;
  return JSON.stringify(normalizeText(asWritten(a))) === JSON.stringify(normalizeText(asWritten(b)));
}

/** The node's data, a number written in doubt as the text written. */
/** The key of a pair the answers mapping holds under a field's name (see strandedFields). */
function fieldOf(pair: Pair): string {
  return String((pair.key as { value: unknown }).value);
}

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
