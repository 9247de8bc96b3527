import { existsSync } from "node:fs";
import path from "node:path";
import { agencyTemplate, schemaFileName } from "../../assess/template.js";
import { agencyEditorSchema } from "../../assess/editor-schema.js";
import { writeFileAtomic } from "../../io/write-atomic.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { outputFile } from "../text-output.js";
import { requireAgencyType } from "../agency-type-option.js";
import { commandArgs, shellWord } from "../command-args.js";
import { refuseOverwritingInputs } from "../output-guard.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { bundledIdForType, DEFAULT_RUBRIC_ID } from "../../load/registry.js";
import { sayMessage, sayUndeclaredLanguage } from "../say.js";
import { requireYamlName } from "../agency-file-name.js";
import { jsonText } from "../../report/json-bidi.js";
import { readText } from "../../load/read.js";

interface InitOptions { output?: string; rubric?: string; agencyType?: string; force?: boolean }

/** A blank agency file to fill in an editor, with the agency JSON Schema written next to it. */
export async function init(ctx: Context, opts: InitOptions): Promise<number> {
  // `init -t commune`: the bundled rubric of that type (it was refused against the default, "add --rubric dti-cap-xa").
  const outcome = rubricOption(opts.rubric ?? bundledIdForType(opts.agencyType))!;
  if (!outcome.ok) { reportUnusableRubric(ctx, outcome.file, outcome.diagnostics); return EXIT.usage; }
  const { rubric } = outcome.loaded;
  const agencyType = requireAgencyType(rubric, opts.agencyType, ctx.lang, undefined, opts.rubric === undefined);
  // The template's comments show the rubric's texts: in its own language where it declares only that one, said as score says it.
  sayUndeclaredLanguage(ctx, [rubric]);
  const file = outputFile(opts);
  const text = agencyTemplate(rubric, ctx.lang, { file: commandArgs(file ?? (ctx.lang === "vi" ? "TỆP.yaml" : "FILE.yaml"), opts.rubric), ...(agencyType ? { agencyType } : {}), ...(file ? {} : { schemaFrom: opts.rubric === undefined ? rubric.id : shellWord(opts.rubric) }) });
  if (!file) { ctx.io.stdout(text); return EXIT.ok; }
  requireYamlName(file);
  const schemaFile = path.join(path.dirname(file), schemaFileName(rubric));
  refuseOverwritingInputs([file, schemaFile], [outcome.loaded.file]);
  writeFileAtomic(file, text, { force: opts.force === true });
  // The schema is derived data: (re)written when absent or unchanged in meaning; a different file is kept without --force.
  const schema = jsonText(agencyEditorSchema(rubric));
  // Read as inputs are: a pipe or a device of that name (another user's, in a shared folder such as /tmp) is
  // neither waited on (the run hung, deaf to Ctrl-C) nor read without end (/dev/zero), but kept as a different file.
  const written = !existsSync(schemaFile) || opts.force === true || sameText(schemaFile, schema);
  if (written) writeFileAtomic(schemaFile, schema, { force: true });
  // Not `init --force`, which would also replace the agency file, by then perhaps filled in.
  else sayMessage(ctx, "init-schema-kept", { file: schemaFile, rubric: `${rubric.id} ${rubric.version}`, agency: file, command: `egov-score schema agency${opts.rubric !== undefined ? ` --rubric ${shellWord(opts.rubric)}` : rubric.id !== DEFAULT_RUBRIC_ID ? ` --rubric ${rubric.id}` : ""} -o ${commandArgs(schemaFile)} --force` });
  // The schema is named as written beside the file only when it was: a kept one is said above.
  if (!ctx.quiet) sayMessage(ctx, written ? "init-written" : "init-written-alone", { file, schema: schemaFile });
  return EXIT.ok;
}

/** Whether a file holds this very text: false for one that cannot be read as a small text file. */
function sameText(file: string, text: string): boolean {
  const read = readText(file);
  return read.ok && read.text === text;
}
