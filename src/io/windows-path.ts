import { existsSync } from "node:fs";
import path from "node:path";

/**
 * A path copied from Windows (`.\nop\so-tc.yaml`, `-o bao-cao\xep-hang.csv`) names the same place here:
 * its backslashes are folder separators, unless the path exists as written (a backslash inside a name).
 */
export function fromWindowsPath(given: string): string {
  if (path.sep !== "/" || !given.includes("\\") || existsSync(given)) return given;
  return given.replaceAll("\\", "/");
}

