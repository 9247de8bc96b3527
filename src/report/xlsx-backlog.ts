import { PassThrough, Readable } from "node:stream";

/**
 * exceljs writes a sheet's XML to the zip without waiting for it to be read: what deflate has not yet taken piled up
 * in the zip's entry with no end (on 10,000 agencies citing 50 documents each, 172 MB of the Evidence sheet's XML
 * stood there, and the run peaked at 350 MB). archiver pipes exceljs's stream (its own StreamBuf, not a Readable)
 * into a PassThrough of readable-stream 2, which says nothing of what waits in it; here the workbook gives archiver a
 * PassThrough of Node's instead, whose writable side does (writableLength, writableNeedDrain, 'drain'), and a sheet
 * waits for the zip to read it. These are the only reaches into the libraries' insides (the writer's zip and a sheet's
 * stream): where they are not as exceljs 4 and archiver 5 make them, nothing is piped and nothing waits, as before.
 */

type WorkbookWriterClass = typeof import("exceljs").stream.xlsx.WorkbookWriter;
type Zip = { append?: (source: unknown, data?: object) => unknown };
type Piped = { pipe(destination: PassThrough): unknown };

/** The bytes of a sheet's XML that may wait for the zip: a few of exceljs's 64 KB pieces. */
const BACKLOG = 1 << 20;

/** Each of exceljs's streams given to the zip, and the entry it is piped into. */
const entries = new WeakMap<object, PassThrough>();

/** The workbook writer whose streams reach the zip through an entry that says what waits in it. */
export function entryWriter(Base: WorkbookWriterClass): WorkbookWriterClass {
  return class extends Base {
    // The first method exceljs's constructor calls once the zip is made, before any sheet is begun.
    override addThemes(): Promise<void> {
      const zip = (this as unknown as { zip?: Zip }).zip;
      if (zip !== undefined && typeof zip.append === "function") {
        const append = zip.append.bind(zip);
        zip.append = (source, data) => {
          if (!isPiped(source)) return append(source, data);
          const entry = new PassThrough();
          source.pipe(entry);
          entries.set(source, entry);
          return append(entry, data);
        };
      }
      return super.addThemes();
    }
  };
}

/** A stream archiver would pipe into its own PassThrough (it takes a Readable as it is). */
function isPiped(source: unknown): source is Piped & object {
  return typeof source === "object" && source !== null && !(source instanceof Readable) && typeof (source as Partial<Piped>).pipe === "function";
}

/**
 * Settles once the zip has read all that waits of the sheet's XML, where more than BACKLOG waits (else undefined, at
 * once), or once `halted` settles (the output failed or closed: the zip reads no more).
 *
 * No deadlock: archiver zips its entries one at a time, in the order they were given, and a sheet's XML is its first
 * (its notes and links come after it); every sheet before it was committed, its entries ended, before it was begun
 * (the sheets are written one after the other). So the zip reads this sheet's entry next, as fast as the output takes
 * it. writableNeedDrain: a write was refused, so 'drain' comes once what waits is read (or 'close', if the entry is
 * destroyed); above the high-water mark without a refused write, nothing would say so, and nothing is waited for.
 */
export function caughtUp(sheet: object, halted: Promise<void>): Promise<void> | undefined {
  const stream = (sheet as { stream?: unknown }).stream;
  const entry = typeof stream === "object" && stream !== null ? entries.get(stream) : undefined;
  if (entry === undefined || !entry.writableNeedDrain || entry.writableLength <= BACKLOG) return undefined;
  let read!: () => void;
  const drained = new Promise<void>((resolve) => {
    read = resolve;
    entry.once("drain", read).once("close", read);
  });
  return Promise.race([drained, halted]).finally(() => {
    entry.off("drain", read).off("close", read);
  });
}
