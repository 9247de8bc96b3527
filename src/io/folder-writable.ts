import { accessSync, closeSync, constants, openSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Why new files cannot be made in `dir` (the system's error code), or undefined when they can. Windows' access
 * check reads no access-control list (Node's documentation says so), so there a file is made and removed to know.
 */
export function folderRefusal(dir: string): string | undefined {
  try {
    if (process.platform !== "win32") {
      accessSync(dir, constants.W_OK);
      return undefined;
    }
    const probe = path.join(dir, `.egov-score-probe.${process.pid}.${Date.now()}.tmp`);
    const fd = openSync(probe, "wx");
    try {
      closeSync(fd);
    } finally {
      // A folder that takes new files but not their removal (a drop folder), or an antivirus holding it: a leftover .tmp, named as ours.
      try { rmSync(probe, { force: true, recursive: true, maxRetries: 3 }); } catch { /* left */ }
    }
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return typeof code === "string" ? code : "EACCES";
  }
}
