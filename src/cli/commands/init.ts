import { agencyTemplate } from "../../assess/template.js";
import { writeFileAtomic } from "../../io/write-atomic.js";
import { makeFolderFor } from "../../io/output-folder.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { outputFile } from "../text-output.js";
import { requireAgencyType } from "../agency-type-option.js";
import { commandArgs, shellWord } from "../command-args.js";
import { refuseOverwritingInputs } from "../output-guard.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { bundledIdForType } from "../../load/registry.js";
import { sayMessage, sayUndeclaredLanguage, terminalLines } from "../say.js";
import { otherRubricCommands } from "../other-rubrics.js";
import { typeList } from "../../core/type-list.js";
import { requireYamlName } from "../agency-file-name.js";
import { schemaFileBeside, writeSchemaBeside } from "../editor-schema-file.js";

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
  const schemaFile = schemaFileBeside(file, rubric);
  refuseOverwritingInputs([file, schemaFile], [outcome.loaded.file]);
  // Its folder made as score's -o makes it (docs/commands.md): "no such file" was said of the file, not its folder.
  makeFolderFor(file);
  writeFileAtomic(file, text, { force: opts.force === true });
  const { written } = writeSchemaBeside(ctx, rubric, file, opts.rubric, opts.force === true);
  // The schema is named as written beside the file only when it was: a kept one is said above.
  if (!ctx.quiet) sayMessage(ctx, written ? "init-written" : "init-written-alone", { file, schema: schemaFile });
  // The default was taken unasked: which kinds of agency it is for, and the bundled rubric of each other kind.
  const others = otherRubricCommands(rubric, file, ctx.lang);
  if (!ctx.quiet && opts.rubric === undefined && opts.agencyType === undefined && others.length > 0) {
    sayMessage(ctx, "init-other-rubrics", { rubric: rubric.id, types: typeList(rubric.agency_types.map((t) => t.label[ctx.lang]), ctx.lang) });
    for (const line of others) terminalLines(ctx, [file])(`  ${line}`);
  }
  return EXIT.ok;
}
