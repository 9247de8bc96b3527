/**
 * Pieces of a report put aside while its agencies are read and written out later, in the order they were put:
 * beside a large batch's spool (memory stays the same for 100,000 agencies), or in memory for a report held there.
 * Read back once; close() lets go of what holds them (a file left open would keep the spool folder on Windows).
 */
export interface Scratch {
  add(record: string[]): void;
  records(): Iterable<string[]>;
  close(): void;
}

export function memoryScratch(): Scratch {
  const records: string[][] = [];
  return { add: (record) => { records.push(record); }, records: () => records, close: () => undefined };
}
