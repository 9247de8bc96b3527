import { existsSync } from "node:fs";
import { Document, isMap, parseDocument, type Node, type YAMLMap } from "yaml";
import type { AgencyFile, Answer } from "../core/agency.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import { normalizeText } from "../load/normalize.js";
import { readText } from "../load/read.js";
import { rehomeComments, withComments } from "./comments.js";

/**
 * An agency file being filled in, kept as a yaml Document so that comments and the key order a person
 * (or `init`) wrote survive every save.
 */
export class AgencyDoc {
  /** `eol`: the file's line ends, kept when it is saved (CRLF from Windows editors). */
  private constructor(readonly file: string, private readonly doc: Document, private readonly eol = "\n") {}

  static exists(file: string): boolean {
    return existsSync(file);
  }

  /** Open an existing file; undefined when it cannot be read or parsed (the caller reports why). */
  static open(file: string): AgencyDoc | undefined {
    const read = readText(file);
    if (!read.ok) return undefined;
    const doc = parseDocument(read.text, { stringKeys: true, uniqueKeys: true, version: "1.2" });
    if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return undefined;
    rehomeComments(doc, read.text);
    return new AgencyDoc(file, doc, read.text.includes("\r\n") ? "\r\n" : "\n");
  }

  static create(file: string, header: Omit<AgencyFile, "answers">): AgencyDoc {
    const doc = new Document({ ...header, answers: {} });
    const agencyDoc = new AgencyDoc(file, doc);
    const rubric = doc.get("rubric", true);
    if (isMap(rubric)) rubric.flow = true;
    doc.commentBefore = " egov-score agency file (answers to one rubric). Safe to edit by hand; `egov-score assess FILE` resumes it.";
    return agencyDoc;
  }

  /** The data as plain objects, text in NFC. */
  data(): AgencyFile {
    return normalizeText(this.doc.toJS({ maxAliasCount: 100 }) ?? {}) as AgencyFile;
  }

  setHeader(path: string[], value: unknown): void {
    this.doc.setIn(path, withComments(this.doc.createNode(value), this.doc.getIn(path, true)));
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
    const old = this.doc.getIn(["answers", code], true);
    if (isMap(old) && isMap(node)) keepEntries(old, node);
    else this.doc.setIn(["answers", code], withComments(node, old));
  }

  setFlag(code: string, flag: boolean): void {
    this.ensureAnswers();
    const entry = this.doc.getIn(["answers", code], true);
    if (isMap(entry)) {
      if (flag) entry.set("flag", true); else entry.delete("flag");
    } else if (flag) {
      this.doc.setIn(["answers", code], this.doc.createNode({ value: "?", flag: true }));
    }
  }

  /** Write atomically (temporary file + rename): a kill at any moment leaves the old or the new file, whole. */
  save(): void {
    writeFileAtomic(this.file, this.toString(), { force: true });
  }

  toString(): string {
    const text = this.doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    return this.eol === "\n" ? text : text.replace(/\r?\n/g, this.eol);
  }

  private ensureAnswers(): void {
    if (!isMap(this.doc.get("answers", true))) this.doc.set("answers", this.doc.createNode({}));
  }
}

/**
 * An answer's entries updated where they are, so that a comment the officer wrote beside or above one
 * (`value: 12  # from the 2025 report`) stays: entries the new answer has are set (added at the end when
 * new), the others removed.
 */
function keepEntries(old: YAMLMap, fresh: YAMLMap): void {
  for (const pair of fresh.items) old.set(pair.key, withComments(pair.value as Node, old.get(pair.key, true)));
  for (const pair of [...old.items]) if (!fresh.has(pair.key)) old.delete(pair.key);
}
