import { fileKey, stdinKey } from "../io/file-key.js";
import { UsageError } from "./errors.js";
import { STDIN_NAME } from "./inputs.js";

/**
 * A report never replaces a file the run reads, --force or not: `-o in.yaml --force` would lose an agency's
 * answers, `schema agency --rubric r.yaml -o r.yaml --force` the rubric. By device and inode, not by real
 * path (one stat a file: resolving 10,000 paths took 120 ms), so a link or another spelling is caught too;
 * standard input redirected from a file (`- < a.yaml`) is that file.
 */
export function refuseOverwritingInputs(outputs: Iterable<string>, inputs: Iterable<string>): void {
  const existing = new Map<string, string>();
  for (const f of outputs) {
    const key = fileKey(f);
    if (key !== undefined) existing.set(key, f);
  }
  if (existing.size === 0) return;
  for (const input of inputs) {
    const key = input === STDIN_NAME ? stdinKey() : fileKey(input);
    const clash = key === undefined ? undefined : existing.get(key) ?? onUnindexedVolume(existing, key);
    if (clash !== undefined) throw new UsageError("output-is-input", { file: clash });
  }
}

/** Standard input from a volume without file indexes (`DEV:0`) cannot be told from any file there: it is taken as each. */
function onUnindexedVolume(existing: Map<string, string>, key: string): string | undefined {
  const dev = /^(\d+):0$/.exec(key)?.[1];
  if (dev === undefined) return undefined;
  for (const [k, f] of existing) if (k.startsWith(`${dev}:path:`)) return f;
  return undefined;
}
