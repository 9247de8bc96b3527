/**
 * Work files (a batch's spool folder, a report's temporary file) removed when the run is interrupted
 * (Ctrl-C, `kill`, a closed terminal): they may hold respondents' phone numbers and e-mails, and would
 * pile up in the temporary folder. The handlers are there only while something is registered, so that
 * a signal otherwise ends the process as it always does; the run then ends with 128 + the signal's number.
 * A signal that arrives during synchronous work (writing a report) takes effect when that work is done.
 */
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
const cleanups = new Set<() => void>();
const handlers = new Map<NodeJS.Signals, () => void>();

export function cleanUpOnInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  if (handlers.size === 0) {
    for (const [signal, number] of Object.entries(SIGNALS) as [NodeJS.Signals, number][]) {
      const handler = () => {
        for (const c of cleanups) {
          try { c(); } catch { /* the others are still removed */ }
        }
        process.exit(128 + number);
      };
      handlers.set(signal, handler);
      process.on(signal, handler);
    }
  }
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size > 0) return;
    for (const [signal, handler] of handlers) process.off(signal, handler);
    handlers.clear();
  };
}
