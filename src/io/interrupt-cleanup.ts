/**
 * Work files (a batch's spool folder, a report's temporary file) removed when the run is interrupted
 * (Ctrl-C, `kill`, a closed terminal): they may hold respondents' phone numbers and e-mails, and would
 * pile up in the temporary folder. The run then ends with 128 + the signal's number.
 *
 * The handlers stay once a run has registered something: a signal that arrives during synchronous work
 * (writing a report) is delivered only after it, when that work may have released its files, and must
 * still stop the run (removing the handlers on release lost such a signal, and the run went on to write
 * every other report).
 */
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
const cleanups = new Set<() => void>();
let listening = false;

export function cleanUpOnInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  if (!listening) {
    listening = true;
    for (const [signal, number] of Object.entries(SIGNALS) as [NodeJS.Signals, number][]) {
      process.on(signal, () => {
        for (const c of cleanups) {
          try { c(); } catch { /* the others are still removed */ }
        }
        process.exit(128 + number);
      });
    }
  }
  return () => { cleanups.delete(cleanup); };
}
