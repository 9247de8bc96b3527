import { AgencyDoc } from "../assess/agency-doc.js";
import { agencyTemplate } from "../assess/template.js";
import { answersHoldNothing, notAgencyIssue, type AgencyFile } from "../core/agency.js";
import { rubricMismatch } from "../core/check-agency.js";
import type { Lang, Rubric } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { listed } from "../i18n/listed.js";
import type { ParsedAgency } from "../load/load-agency.js";
import { commandArgs } from "./command-args.js";
import type { Context } from "./context.js";
import { writeSchemaBeside } from "./editor-schema-file.js";

/**
 * An agency file of another rubric (or another version of it, not an earlier one: that is offered the move) holding
 * no answer, only header fields: `assess NEW.yaml` began with the default rubric, the officer typed the name, saw
 * the provincial types and quit, and `--rubric dti-cap-xa` was then refused, its init --force losing the name typed.
 */
export function mayStartOver(parsed: ParsedAgency, rubric: Rubric): boolean {
  if (!holdsOnlyHeader(parsed)) return false;
  const issue = rubricMismatch(rubric, parsed.data as unknown as AgencyFile);
  return issue?.code === "rubric-mismatch" || (issue?.code === "rubric-version-mismatch" && issue.params.hint_version === undefined);
}

/** Whether an agency file holds no answer, only header fields: started over for another rubric, nothing typed is lost but them. */
export function holdsOnlyHeader(parsed: ParsedAgency): boolean {
  return !notAgencyIssue(parsed.data) && answersHoldNothing((parsed.data as unknown as AgencyFile).answers);
}

/**
 * `file` written again as init writes it for `rubric` (atomically, its schema beside it), keeping the header fields
 * the rubric takes: the agency's code, name and respondent; its type and cohort where the rubric has them. The
 * period is the rubric's, as init writes it. `typed`: the type -t named (of the rubric), written before the file's,
 * as the init offered instead carries it. Returns the file opened for the interview.
 */
export function startOver(ctx: Context, parsed: ParsedAgency, rubric: Rubric, rubricOpt: string | undefined, typed?: string): AgencyDoc {
  const { file } = parsed;
  const data = parsed.data as unknown as Partial<AgencyFile>;
  const agency: Record<string, unknown> = isRecord(data.agency) ? data.agency : {};
  const type = typed ?? (rubric.agency_types.some((t) => t.id === agency.type) ? (agency.type as string) : undefined);
  const template = agencyTemplate(rubric, ctx.lang, { file: commandArgs(file, rubricOpt), ...(type ? { agencyType: type } : {}) });
  // One write, the header kept in it: the file holds the name typed until the new one is in place.
  const doc = AgencyDoc.replacing(file, template);
  if (!doc) throw new Error(`${file}: init's template could not be read`);
  const kept: string[][] = [["agency", "id"], ["agency", "name"], ...RESPONDENT_FIELDS.map((k) => ["respondent", k])];
  // A cohort for some types only is kept with one of them: with the type dropped, it would rank the agency among others.
  const cohort = rubric.cohorts?.find((c) => c.id === agency.cohort && (!c.agency_types || (type !== undefined && c.agency_types.includes(type))));
  if (cohort) kept.push(["agency", "cohort"]);
  for (const field of kept) {
    const value = valueAt(data, field);
    if (filledIn(value)) doc.setHeaderField(field, value);
  }
  doc.save();
  writeSchemaBeside(ctx, rubric, file, rubricOpt);
  return doc;
}

const RESPONDENT_FIELDS = ["name", "position", "phone", "email"];

/**
 * What of the officer's typing a start over keeps, as its question names it ("mã cơ quan, tên cơ quan và thông tin
 * người trả lời"): the agency's code, its name, the respondent (any of their fields); "" when none was typed.
 * "keeping the name and respondent already typed" was said of a file holding the name alone, and the code, kept
 * too, was never named.
 */
export function typedKept(parsed: ParsedAgency, lang: Lang): string {
  const typed = (field: string[]) => filledIn(valueAt(parsed.data, field));
  const parts = [
    ...(typed(["agency", "id"]) ? ["start-over-kept-code"] : []),
    ...(typed(["agency", "name"]) ? ["start-over-kept-name"] : []),
    ...(RESPONDENT_FIELDS.some((k) => typed(["respondent", k])) ? ["start-over-kept-respondent"] : []),
  ];
  return listed(parts.map((key) => message(lang, key)), lang);
}

/** A header field as typed: a string, not blank (init writes null). */
function filledIn(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valueAt(data: unknown, field: string[]): unknown {
  return field.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), data);
}
