import { fileURLToPath } from "node:url";
import path from "node:path";

/** A path inside the installed package (dist/load/ → package root). */
export function packagePath(...parts: string[]): string {
  return path.join(fileURLToPath(new URL("../../", import.meta.url)), ...parts);
}
