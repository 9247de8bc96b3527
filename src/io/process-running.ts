/** Whether a process of this machine runs: signal 0 tests it without touching it; EPERM is another user's, running. */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
