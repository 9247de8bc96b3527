import { existsSync } from "node:fs";
import path from "node:path";
import { driveAtStart } from "../core/windows-drive.js";

/**
 * A path copied from Windows (`.\nop\so-tc.yaml`, `-o bao-cao\xep-hang.csv`) names the same place here:
 * its backslashes are folder separators, unless the path exists as written (a backslash inside a name).
 */
export function fromWindowsPath(given: string): string {
  if (path.sep !== "/" || !given.includes("\\") || existsSync(given)) return given;
  return given.replaceAll("\\", "/");
}

/**
 * The drive (`C:`) a path copied from Windows starts with (`C:\egov\*.yaml`), on a machine that names no disk
 * so: there it is a folder named "C:" that is not there, and "no such file" did not say why.
 */
export function windowsDriveOf(given: string): string | undefined {
  if (path.sep !== "/") return undefined;
  return driveAtStart(given);
}
