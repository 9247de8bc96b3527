import { existsSync } from "node:fs";
import path from "node:path";
import { agencyEditorSchema } from "../assess/editor-schema.js";
import { schemaFileName } from "../assess/template.js";
import type { Rubric } from "../core/rubric.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import { readText } from "../load/read.js";
import { DEFAULT_RUBRIC_ID } from "../load/registry.js";
import { jsonText } from "../report/json-bidi.js";
import { commandArgs, shellWord } from "./command-args.js";
import type { Context } from "./context.js";
import { sayMessage } from "./say.js";

/** Where init writes the editor schema an agency file's first line names: beside it. */
export function schemaFileBeside(agencyFile: string, rubric: Pick<Rubric, "id" | "version">): string {
  return path.join(path.dirname(agencyFile), schemaFileName(rubric));
}

/**
 * The editor schema of `rubric` written beside `agencyFile` (init's, and a file moved to a new version's). The schema
 * is derived data: (re)written when absent or unchanged in meaning; a different file is kept without `force`, and
 * said with the command that writes it. `rubricOpt`: --rubric as typed. Resolves the schema file and whether it was written.
 */
export function writeSchemaBeside(ctx: Context, rubric: Rubric, agencyFile: string, rubricOpt: string | undefined, force = false): { file: string; written: boolean } {
  const file = schemaFileBeside(agencyFile, rubric);
  const schema = jsonText(agencyEditorSchema(rubric));
  // Read as inputs are: a pipe or a device of that name (another user's, in a shared folder such as /tmp) is
  // neither waited on (the run hung, deaf to Ctrl-C) nor read without end (/dev/zero), but kept as a different file.
  const written = !existsSync(file) || force || sameText(file, schema);
  if (written) writeFileAtomic(file, schema, { force: true });
  // Not `init --force`, which would also replace the agency file, by then perhaps filled in.
  else sayMessage(ctx, "init-schema-kept", { file, rubric: `${rubric.id} ${rubric.version}`, agency: agencyFile, command: `egov-score schema agency${rubricOpt !== undefined ? ` --rubric ${shellWord(rubricOpt)}` : rubric.id !== DEFAULT_RUBRIC_ID ? ` --rubric ${rubric.id}` : ""} -o ${commandArgs(file)} --force` });
  return { file, written };
}

/** Whether a file holds this very text: false for one that cannot be read as a small text file. */
function sameText(file: string, text: string): boolean {
  const read = readText(file);
  return read.ok && read.text === text;
}
