import type { LocatedDiagnostic } from "../load/located.js";
import type { FileFailure } from "./score-files.js";
import { SpoolReader, SpoolWriter, type MemorySpools } from "./spool.js";

/**
 * A file not scored as the main thread keeps it while a batch runs: its findings, with their code frames,
 * wait in a spool (a file with a hundred findings of long values held about 200 KB, and 20,000 of them ran
 * a batch out of memory). Kept: what the lists of files not scored show without reading it back, the
 * file's first error without its frame (the terminal table and the md show only that) and how many findings.
 * Spooled as two records: the findings without their code frames (what the reports list), then the frames
 * (what only standard error shows), so that a report reads back only the first.
 */
export interface SpooledFailure extends Omit<FileFailure, "diagnostics"> {
  headline?: LocatedDiagnostic;
  findings: number;
  spool: string;
  offset: number;
  length: number;
  framesLength: number;
}

/**
 * A file not scored made ready for a spool: what the main thread keeps of it, and its two records as UTF-8. A
 * worker makes it, so that the main thread only copies the bytes to its spool (encoding them there took as long
 * as reading every finding back).
 */
export interface EncodedFailure { kept: Omit<SpooledFailure, "spool" | "offset" | "length" | "framesLength">; findings: Uint8Array; frames: Uint8Array }

export function encodeFailure(failure: FileFailure): EncodedFailure {
  const { diagnostics, ...rest } = failure;
  const first = diagnostics.find((d) => d.severity === "error") ?? diagnostics[0];
  return {
    kept: { ...rest, ...(first ? { headline: withoutFrame(first) } : {}), findings: diagnostics.length },
    findings: utf8(JSON.stringify(diagnostics.map(withoutFrame))),
    frames: utf8(JSON.stringify(diagnostics.map((d) => d.frame ?? null))),
  };
}

/** Writes files not scored to one spool as they are found, handing back what the main thread keeps of each. */
export class FailureSpool {
  private readonly writer: SpoolWriter;
  private closed = false;

  constructor(readonly file: string, memory?: MemorySpools) {
    this.writer = new SpoolWriter(file, memory);
  }

  add({ kept, findings, frames }: EncodedFailure): SpooledFailure {
    const at = this.writer.addBytes(findings);
    // Right after the findings and their line end: read back from where they end.
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

/** A file not scored as the reports list it: its findings without their code frames, read back from its spool. */
export function reportedFailure(reader: SpoolReader, failure: SpooledFailure): FileFailure {
  const { headline: _headline, findings: _findings, spool, offset, length, framesLength: _frames, ...rest } = failure;
  return { ...rest, diagnostics: JSON.parse(reader.read(spool, offset, length).toString("utf8")) as LocatedDiagnostic[] };
}

/** A file not scored with all its findings and their code frames, read back from its spool. */
export function wholeFailure(reader: SpoolReader, failure: SpooledFailure): FileFailure {
  const reported = reportedFailure(reader, failure);
  const frames = JSON.parse(reader.read(failure.spool, failure.offset + failure.length + 1, failure.framesLength).toString("utf8")) as (LocatedDiagnostic["frame"] | null)[];
  return { ...reported, diagnostics: reported.diagnostics.map((d, i) => (frames[i] ? { ...d, frame: frames[i] } : d)) };
}

/** A file not scored as the terminal table and the md list it: its first error alone. */
export function headlineOnly(failure: SpooledFailure): FileFailure {
  const { headline, findings: _findings, spool: _spool, offset: _offset, length: _length, framesLength: _frames, ...rest } = failure;
  return { ...rest, diagnostics: headline ? [headline] : [] };
}

function withoutFrame(d: LocatedDiagnostic): LocatedDiagnostic {
  const { frame: _frame, ...rest } = d;
  return rest;
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text);
}
