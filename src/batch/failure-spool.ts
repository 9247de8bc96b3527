import type { LocatedDiagnostic } from "../load/located.js";
import type { FileFailure } from "./score-files.js";
import { quotedTextsCut } from "../report/diagnostics.js";
import { findingsRecords, readFindings, withoutFrame, type FindingsPlace } from "./spooled-findings.js";
import { SpoolReader, SpoolWriter, type MemorySpools } from "./spool.js";

/**
 * A file not scored as the main thread keeps it while a batch runs: its findings wait in a spool (see
 * spooled-findings.ts; 20,000 files with a hundred findings each ran a batch out of memory). Kept: what the
 * lists of files not scored show without reading it back, the file's first error without its frame (the
 * terminal table and the md show only that; the texts it quotes cut as standard error cuts them: a 300 KB
 * value was kept whole for the batch) and how many findings.
 */
export interface SpooledFailure extends Omit<FileFailure, "diagnostics">, FindingsPlace {
  headline?: LocatedDiagnostic;
  findingCount: number;
  /** Of the findings, the errors: the md and the terminal table say how many follow the headline. */
  errorCount: number;
  spool: string;
}

/**
 * A file not scored made ready for a spool: what the main thread keeps of it, and its two records as UTF-8. A
 * worker makes it, so that the main thread only copies the bytes to its spool (encoding them there took as long
 * as reading every finding back).
 */
export interface EncodedFailure { kept: Omit<SpooledFailure, "spool" | keyof FindingsPlace>; findings: Uint8Array; frames: Uint8Array }

export function encodeFailure(failure: FileFailure): EncodedFailure {
  const { diagnostics, ...rest } = failure;
  const first = diagnostics.find((d) => d.severity === "error") ?? diagnostics[0];
  const { findings, frames } = findingsRecords(diagnostics);
  return { kept: { ...rest, ...(first ? { headline: { ...withoutFrame(first), params: quotedTextsCut(first.params) } } : {}), findingCount: diagnostics.length, errorCount: diagnostics.filter((d) => d.severity === "error").length }, findings: Buffer.from(findings), frames: Buffer.from(frames) };
}

/** Writes files not scored to one spool as they are found, handing back what the main thread keeps of each. */
export class FailureSpool {
  private readonly writer: SpoolWriter;
  private closed = false;

  get open(): boolean {
    return !this.closed;
  }

  constructor(readonly file: string, memory?: MemorySpools) {
    this.writer = new SpoolWriter(file, memory);
  }

  add({ kept, findings, frames }: EncodedFailure): SpooledFailure {
    const at = this.writer.addBytes(findings);
    const { length: framesLength } = this.writer.addBytes(frames);
    return { ...kept, spool: this.file, ...at, framesLength };
  }

  /** Closed once, however often asked (a worker that ends is told so twice: its result, then its exit). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.writer.close();
  }
}

/** A file not scored read back from its spool: its findings with their code frames (`frames`), or as the reports list them. */
export function spooledFailure(reader: SpoolReader, failure: SpooledFailure, frames: boolean): FileFailure {
  const { headline: _headline, findingCount: _count, errorCount: _errors, spool, offset, length, framesLength, ...rest } = failure;
  return { ...rest, diagnostics: readFindings(reader, spool, { offset, length, framesLength }, frames) };
}

/** A file not scored as the terminal table and the md list it: its first error alone, and how many errors it has. */
export function headlineOnly(failure: SpooledFailure): FileFailure {
  const { headline, findingCount: _count, spool: _spool, offset: _offset, length: _length, framesLength: _frames, ...rest } = failure;
  return { ...rest, diagnostics: headline ? [headline] : [] };
}
