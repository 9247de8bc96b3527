import type { LocatedDiagnostic } from "../load/located.js";
import type { SpoolReader, SpoolWriter } from "./spool.js";

/**
 * A file's findings as two spool records, one after the other: the findings without their code frames (what
 * the reports list), then the frames (what only standard error shows), so that a report reads back only the
 * first. Findings quote values and their frames quote lines: a file with a hundred of them held about 200 KB,
 * kept for a whole batch.
 */
export interface FindingsRecords { findings: string; frames: string }

/** Where a file's two records are: the findings at `offset`, the frames right after them and their line end. */
export interface FindingsPlace { offset: number; length: number; framesLength: number }

export function findingsRecords(diagnostics: readonly LocatedDiagnostic[]): FindingsRecords {
  return { findings: JSON.stringify(diagnostics.map(withoutFrame)), frames: JSON.stringify(diagnostics.map((d) => d.frame ?? null)) };
}

/** Write a file's two records to a spool, one after the other, as readFindings reads them. */
export function spoolFindings(spool: SpoolWriter, records: FindingsRecords): FindingsPlace {
  return { ...spool.add(records.findings), framesLength: spool.add(records.frames).length };
}

/** A file's findings read back: with their code frames (`frames`) or without. */
export function readFindings(reader: SpoolReader, spool: string, at: FindingsPlace, frames: boolean): LocatedDiagnostic[] {
  const findings = JSON.parse(reader.read(spool, at.offset, at.length).toString("utf8")) as LocatedDiagnostic[];
  if (!frames) return findings;
  const shown = JSON.parse(reader.read(spool, at.offset + at.length + 1, at.framesLength).toString("utf8")) as (LocatedDiagnostic["frame"] | null)[];
  return findings.map((d, i) => (shown[i] ? { ...d, frame: shown[i] } : d));
}

export function withoutFrame(d: LocatedDiagnostic): LocatedDiagnostic {
  const { frame: _frame, ...rest } = d;
  return rest;
}
