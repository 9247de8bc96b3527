import { closeSync, openSync, readSync } from "node:fs";
import { writeAll } from "../io/write-atomic.js";
import type { Scratch } from "../report/scratch.js";

/**
 * Records kept on disk while a large batch runs, so memory does not grow with the batch: one record per
 * line (JSON text never holds a raw newline), written in large chunks, read back in order or by position.
 * A small batch keeps them in memory instead (`MemorySpools`), so it needs no temporary folder.
 */

const NEWLINE = Buffer.from("\n");

/** Spools held in memory, by name: each one's bytes once its writer is closed. */
export type MemorySpools = Map<string, Buffer>;

export class SpoolWriter {
  private readonly fd: number | undefined;
  private readonly chunks: Buffer[] = [];
  // Records are encoded into this buffer at once, so that their strings die young: strings held until
  // a flush would outlive the young generation of a worker's heap and make old-generation garbage.
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  private offset = 0;

  constructor(readonly file: string, private readonly memory?: MemorySpools) {
    this.fd = memory ? undefined : openSync(file, "w");
  }

  /** Append a record; returns where its bytes are. */
  add(record: string): { offset: number; length: number } {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: with that much room left, one write encodes the
    // record and says its length (asking Buffer.byteLength first cost as much as the write).
    const room = record.length * 3 + 1;
    if (this.used + room > this.buffer.length) this.flush();
    let length: number;
    if (room > this.buffer.length) {
      const bytes = Buffer.from(`${record}\n`);
      this.put(bytes);
      length = bytes.length - 1;
    } else {
      length = this.buffer.write(record, this.used);
      this.used += length;
      this.buffer[this.used++] = 10;
    }
    const at = { offset: this.offset, length };
    this.offset += length + 1;
    return at;
  }

  /** Append a record already encoded as UTF-8 (a worker encoded it); returns where its bytes are. */
  addBytes(record: Uint8Array): { offset: number; length: number } {
    if (this.used + record.length + 1 > this.buffer.length) this.flush();
    if (record.length + 1 > this.buffer.length) {
      this.put(Buffer.concat([record, NEWLINE]));
    } else {
      this.buffer.set(record, this.used);
      this.used += record.length;
      this.buffer[this.used++] = 10;
    }
    const at = { offset: this.offset, length: record.length };
    this.offset += record.length + 1;
    return at;
  }

  close(): void {
    if (this.fd === undefined) { this.flush(); this.memory!.set(this.file, Buffer.concat(this.chunks)); return; }
    // Closed even when the last write fails (a full disk): the error is the run's, the descriptor is not kept
    // open (on Windows it would keep the spool folder from being removed).
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    // In memory, a copy: the buffer is written over by the next records.
    this.put(this.fd === undefined ? Buffer.from(this.buffer.subarray(0, this.used)) : this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private put(bytes: Buffer): void {
    if (this.fd === undefined) this.chunks.push(bytes);
    else writeAll(this.fd, bytes);
  }
}

/** Every record of a spool, in order, read in 1 MiB chunks. */
export function* spoolRecords(file: string, memory?: MemorySpools): Generator<string> {
  if (memory) { yield* records(spooledIn(memory, file)); return; }
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let carry: Buffer = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      const data = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, read)]) : buffer.subarray(0, read);
      const start = yield* records(data);
      carry = Buffer.from(data.subarray(start));
    }
  } finally {
    closeSync(fd);
  }
}

/** The whole records of `data`, in order; returns where the unfinished last one starts. */
function* records(data: Buffer): Generator<string, number> {
  let start = 0;
  for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
    yield data.toString("utf8", start, nl);
    start = nl + 1;
  }
  return start;
}

function spooledIn(memory: MemorySpools, file: string): Buffer {
  const bytes = memory.get(file);
  if (!bytes) throw new Error(`no spool ${file} in memory`);
  return bytes;
}

/** A report's Scratch as a spool: a record a line, its strings as JSON (which holds no raw newline). */
export function spoolScratch(file: string, memory?: MemorySpools): Scratch {
  let writer: SpoolWriter | undefined = new SpoolWriter(file, memory);
  const close = () => { const open = writer; writer = undefined; open?.close(); };
  return {
    add: (record) => { writer!.add(JSON.stringify(record)); },
    *records() {
      close();
      for (const line of spoolRecords(file, memory)) yield JSON.parse(line) as string[];
    },
    close,
  };
}

/** A span of one spool file read ahead of the records asked for. */
interface Window { fd: number; start: number; bytes: Buffer }

/**
 * Reads records by position, keeping each spool open until close(). The report asks for records in
 * the order they were written, so each read fetches 1 MiB ahead: one read for many records (a read per
 * record made the report of 10,000 agencies take 10,000 reads).
 */
export class SpoolReader {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly memory?: MemorySpools) {}

  read(file: string, offset: number, length: number): Buffer {
    if (this.memory) return spooledIn(this.memory, file).subarray(offset, offset + length);
    let window = this.windows.get(file);
    if (!window) { window = { fd: openSync(file, "r"), start: 0, bytes: Buffer.alloc(0) }; this.windows.set(file, window); }
    if (offset < window.start || offset + length > window.start + window.bytes.length) {
      // Read ahead where the records are asked for in order (the report, the json); a record asked for
      // elsewhere (the csv, in ranking order) is read alone: 1 MiB for each 13 KB record took a 100,000-agency csv 109 s.
      // In order: at or just past the window's end (records are separated by a line end).
      const inOrder = offset >= window.start && offset - (window.start + window.bytes.length) < NEAR;
      // A new buffer each time: records handed out earlier may still be in use.
      window.bytes = readAt(window.fd, offset, inOrder ? Math.max(length, READ_AHEAD) : length);
      window.start = offset;
      if (window.bytes.length < length) throw new Error(`spool ${file} ends early`);
    }
    return window.bytes.subarray(offset - window.start, offset - window.start + length);
  }

  close(): void {
    for (const { fd } of this.windows.values()) closeSync(fd);
    this.windows.clear();
  }
}

const READ_AHEAD = 1 << 20;
const NEAR = 64 << 10;

/** Up to `length` bytes from `offset` (fewer at the end of the file). */
function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, offset + done);
    if (n === 0) break;
    done += n;
  }
  return buffer.subarray(0, done);
}
