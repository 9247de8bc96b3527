/**
 * The process may open no more files (EMFILE: its limit, `ulimit -n`, is reached) or the system none at all
 * (ENFILE). No file's fault, and not to be said of the file being opened: the run stops, said as the machine's.
 */
export class TooManyOpenFilesError extends Error {
  constructor(readonly file: string, readonly code: string) { super(`${code}: too many open files, open '${file}'`); }
}

/** Whether an error is the system's refusal to open any more files. */
export function outOfDescriptors(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === "EMFILE" || code === "ENFILE";
}

/**
 * `open` tried again for about 0.6 s while the process is out of descriptors: the batch's other threads hold a
 * file each for a moment, and one of them closes it meanwhile. Still refused, the process is at its limit for good.
 */
export function openWaiting<T>(file: string, open: () => T): T {
  for (let wait = 5; ; wait *= 2) {
    try {
      return open();
    } catch (e) {
      if (!outOfDescriptors(e)) throw e;
      if (wait > 320) throw new TooManyOpenFilesError(file, (e as NodeJS.ErrnoException).code!);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}
