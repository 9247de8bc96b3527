import { readFileSync } from "node:fs";

/**
 * The most virtual memory this process may map (`ulimit -v`, set on some shared servers and in some
 * cron and container setups), in bytes; undefined when there is no limit or the system does not say
 * (only Linux has /proc/self/limits). Node has no getrlimit of its own.
 */
export function addressSpaceLimit(limits: string | undefined = procLimits()): number | undefined {
  const soft = /^Max address space\s+(\S+)/m.exec(limits ?? "")?.[1];
  return soft === undefined || !/^\d+$/.test(soft) ? undefined : Number(soft);
}

function procLimits(): string | undefined {
  if (process.platform !== "linux") return undefined;
  try {
    return readFileSync("/proc/self/limits", "utf8");
  } catch {
    return undefined;
  }
}
