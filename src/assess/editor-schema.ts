import { agencySchema } from "../core/agency-schema.js";
import { allIndicators, naAllowed } from "../core/codes.js";
import type { Indicator, Input, Rubric, SimpleInput } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { stripControls } from "../report/common.js";
import { answerFormat, evidenceRule } from "./describe.js";

type Schema = Record<string, unknown>;

const UNANSWERED = "#/$defs/unanswered";

/**
 * The agency schema as written for editors (`schema agency`, the file `init` writes beside a blank file): the
 * same files valid as under agencySchema (tested), in the shape the YAML language server (VS Code's YAML
 * extension) completes and explains:
 * - "unanswered, or else typed" (`if: unanswered, then: true, else: typed`) is written `anyOf: [typed,
 *   unanswered]`, which means the same: the server offers values only from `enum`, `anyOf`, `allOf` and
 *   `oneOf`, never from `else`, so under if/then/else `value: ` offered no choice id and no true / false; and
 *   its hover listed the `if`'s `null` and `"?"` as the "Allowed Values" of every answer, answered or not
 *   (the unanswered test is written as a type and a pattern for the same reason, see below);
 * - the question's guidance, what an answer looks like (its unit, its options), the evidence asked, and the
 *   answer keys are described, and choice and checklist options carry their labels (see labelled).
 * The CLI validates with agencySchema (agencyValidatorSchema), not with this.
 */
export function agencyEditorSchema(rubric: Rubric): Schema {
  const schema = agencySchema(rubric);
  const answers = (schema.properties as { answers: { properties: Record<string, Schema> } }).answers.properties;
  const defs = schema.$defs as Record<string, Schema>;
  // Empty or "?", as `enum: ["?", null]` says, but not as an enum: the server would offer `?` as a value and
  // write it bare (`value: ?`, YAML's key indicator: broken YAML), and list both as every answer's "Allowed Values".
  // maxLength: where `$` also matches before a last newline (Python's re, PCRE), "?\n" would pass the pattern.
  defs.unanswered = { type: ["null", "string"], pattern: "^[?]$", maxLength: 1, description: both("schema-unanswered") };
  const evidence = defs.evidence as { properties: Record<string, Schema> };
  for (const [key, text] of Object.entries(EVIDENCE_KEYS)) evidence.properties[key] = { ...evidence.properties[key], description: both(text) };
  for (const indicator of allIndicators(rubric)) {
    const entry = answers[indicator.code];
    if (entry) answers[indicator.code] = describeEntry(unanswerable(entry) as Schema, indicator, naAllowed(rubric, indicator));
  }
  return shownClean(unanswerable(schema)) as Schema;
}

/** A description in both languages, Vietnamese first: one schema file serves either (`init --lang en` writes the same). */
function both(key: string, params: Record<string, string> = {}): string {
  return `${message("vi", key, params)} / ${message("en", key, params)}`;
}

/** The answer keys' descriptions (their messages' keys); `na`'s depends on the indicator. */
const ENTRY_KEYS: Record<string, string> = { reason: "assess-na-reason", note: "rpt-col-note", flag: "schema-flag", verified: "schema-verified" };

/** The evidence fields' descriptions: the words the prompts use, the date as a file writes it. */
const EVIDENCE_KEYS: Record<string, string> = { number: "evidence-number", date: "format-date-written", title: "evidence-title", link: "evidence-link", issuer: "schema-evidence-issuer" };

/** `if: unanswered, then: true, else: X` (and nothing else conditional) becomes `anyOf: [X, unanswered]`, throughout. */
function unanswerable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unanswerable);
  if (typeof node !== "object" || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) out[key] = unanswerable(value);
  const test = out.if as Schema | undefined;
  if (test && Object.keys(test).length === 1 && test.$ref === UNANSWERED && out.then === true && "else" in out && !("anyOf" in out)) {
    const { if: _if, then: _then, else: typed, ...rest } = out;
    return { ...rest, anyOf: [typed, { $ref: UNANSWERED }] };
  }
  return out;
}

function describeEntry(entry: Schema, indicator: Indicator, na: boolean): Schema {
  const guidance = indicator.guidance?.vi ? `\n\n${indicator.guidance.vi}` : "";
  const answer = (entry.anyOf as Schema[])[0] as { properties: Record<string, Schema> };
  const format = answerFormat(indicator.input, "vi", "file");
  const properties = answer.properties;
  properties.value = { description: `${indicator.code}. ${indicator.title.vi}\n\n${message("vi", "assess-format")}: ${format}`, ...describeValue(properties.value!, indicator.input) };
  const rule = evidenceRule(indicator, "vi");
  properties.evidence = { description: rule ?? both("rpt-col-evidence-list"), ...properties.evidence };
  // Where the rubric forbids N/A, `na:` says so (validate refuses na: true there), as init's comments say it only where allowed.
  properties.na = { description: na ? both("format-na") : both("na-not-allowed", { code: indicator.code }), ...properties.na };
  for (const [key, text] of Object.entries(ENTRY_KEYS)) if (properties[key]) properties[key] = { description: both(text), ...properties[key] };
  const verified = properties.verified!.properties as Record<string, Schema>;
  verified.value = properties.value;
  return { ...entry, description: `${entry.description as string}${guidance}` };
}

/** Options' labels beside their ids, in a value's schema (`anyOf: [typed, unanswered]`), and in a part's. */
function describeValue(value: Schema, input: Input): Schema {
  const [typed, unanswered] = value.anyOf as [Schema, Schema];
  if (input.type === "parts") {
    const fields = typed.properties as Record<string, Schema>;
    const described = Object.fromEntries(input.fields.map((f) => [f.id, { ...fields[f.id], ...describeValue(fields[f.id]!, f.input) }]));
    return { ...value, anyOf: [{ ...typed, properties: described }, unanswered] };
  }
  return { ...value, anyOf: [labelled(typed, input), unanswered] };
}

/**
 * Each option as `{const: id, description: label}` in an anyOf, which is what `enum` says: the server offers each
 * const with its description, and every JSON Schema tool takes it (VS Code's own `enumDescriptions` made ajv's
 * default strict mode refuse the whole schema: "unknown keyword").
 */
function labelled(typed: Schema, input: SimpleInput): Schema {
  if (input.type === "choice") return withLabels(typed, input.options);
  if (input.type === "checklist") return { ...typed, items: withLabels(typed.items as Schema, input.options) };
  return typed;
}

function withLabels(schema: Schema, options: readonly { id: string; label: { vi: string } }[]): Schema {
  const { enum: _ids, ...rest } = schema;
  return { ...rest, anyOf: options.map((o) => ({ const: o.id, description: o.label.vi })) };
}

/**
 * The rubric's texts as an editor shows them in a hover, without control or bidirectional characters (a title
 * holding U+202E would show reversed), as init's comments and every report have them: descriptions, and the
 * schema's title (the rubric's own, which kept them).
 */
function shownClean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shownClean);
  if (typeof node !== "object" || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = (key === "description" || key === "title") && typeof value === "string" ? stripControls(value)
      : shownClean(value);
  }
  return out;
}
