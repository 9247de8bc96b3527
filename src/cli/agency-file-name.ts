import path from "node:path";
import { UsageError } from "./errors.js";

/**
 * A new agency file (init -o, assess creating one) is named *.yaml or *.yml: score and validate find agency files
 * in a folder by that ending, and one written as i.json or so-tc (no ending) was left out of the folder's batch unsaid.
 */
export function requireYamlName(file: string): void {
  const ext = path.extname(file);
  if (/^\.ya?ml$/i.test(ext)) return;
  // so-tc.yaml.txt (Notepad's ending) is so-tc.yaml, not so-tc.yaml.yaml.
  const base = path.basename(file, ext) || path.basename(file);
  throw new UsageError("agency-name-not-yaml", { file, suggestion: path.join(path.dirname(file), /\.ya?ml$/i.test(base) ? base : `${base}.yaml`) });
}
