import { allIndicators } from "./codes.js";
import type { Indicator, Input, Rubric, SimpleInput } from "./rubric.js";

type Schema = Record<string, unknown>;

/** A value that means "not answered yet" passes; anything else must match the typed schema. */
const answerable = (typed: Schema): Schema => ({ if: { $ref: "#/$defs/unanswered" }, then: true, else: typed });

function valueSchema(input: Input): Schema {
  if (input.type === "parts") {
    return {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(input.fields.map((f) => [f.id, { description: f.label.vi, ...answerable(simpleSchema(f.input)) }])),
    };
  }
  return simpleSchema(input);
}

function simpleSchema(input: SimpleInput): Schema {
  switch (input.type) {
    case "boolean": return { type: "boolean" };
    case "number": return { type: input.integer ? "integer" : "number", ...(input.min !== undefined ? { minimum: input.min } : {}), ...(input.max !== undefined ? { maximum: input.max } : {}) };
    case "percent": return { type: "number", minimum: 0, maximum: 100 };
    case "fraction": return { $ref: input.integer ? "#/$defs/whole_fraction" : "#/$defs/fraction" };
    case "count": return { type: "integer", minimum: 0, ...(input.max !== undefined ? { maximum: input.max } : {}) };
    case "choice": return { type: "string", enum: input.options.map((o) => o.id) };
    case "checklist": return { type: "array", uniqueItems: true, items: { type: "string", enum: input.options.map((o) => o.id) } };
    case "level": return { type: "integer", minimum: input.min ?? 0, maximum: input.max };
    case "date": return { type: "string", format: "date" };
    case "text": return { type: "string", ...(input.min_length !== undefined ? { minLength: input.min_length } : {}), maxLength: textMaxLength(input) };
  }
}

function entrySchema(indicator: Indicator): Schema {
  const value = answerable(valueSchema(indicator.input));
  const evidenceItem = { $ref: "#/$defs/evidence", ...(indicator.evidence?.fields?.length ? { required: indicator.evidence.fields } : {}) };
  return {
    description: `${indicator.code}. ${indicator.title.vi} (${indicator.max} điểm / points)`,
    if: { $ref: "#/$defs/unanswered" },
    then: true,
    else: {
      type: "object",
      additionalProperties: false,
      properties: {
        value,
        na: { type: "boolean" },
        reason: { type: "string", minLength: 1, maxLength: REASON_MAX },
        evidence: { type: "array", items: evidenceItem },
        note: { type: "string", maxLength: NOTE_MAX },
        flag: { type: "boolean" },
        verified: {
          type: "object",
          additionalProperties: false,
          properties: { value, na: { type: "boolean" }, reason: { type: "string", minLength: 1, maxLength: REASON_MAX }, note: { type: "string", maxLength: NOTE_MAX }, by: { type: "string", maxLength: NAME_MAX }, date: { type: "string", format: "date" } },
          // A verification gives a value, or N/A with a reason: a note alone ("checked, correct") would score as unanswered.
          if: { properties: { na: { const: true } }, required: ["na"] },
          then: { required: ["reason"] },
          else: { required: ["value"], properties: { value: { not: { enum: [null, "?"] } } } },
        },
      },
      if: { properties: { na: { const: true } }, required: ["na"] },
      then: { required: ["reason"] },
    },
  };
}

/**
 * What an agency's or respondent's name holds: a letter or digit that shows (not a Hangul filler or another
 * default-ignorable one). Spaces or invisible characters alone ranked as an empty row.
 */
export const NAME_PATTERN = "(?!\\p{Default_Ignorable_Code_Point})[\\p{L}\\p{N}]";

/** The longest name the schema takes, in characters (code points, as JSON Schema counts them). */
export const NAME_MAX = 500;

/** The longest period the schema takes, in characters: a year, or a few words naming part of one. */
export const PERIOD_MAX = 100;

/**
 * The longest texts of an evidence item, in characters: a document's number is a few signs ("152/BC-SKHCN"),
 * its title a line or two, a link a web address (2,000, as browsers keep), its issuer an agency's name.
 * A 1 MB title was valid and copied whole into the html report.
 */
export const EVIDENCE_NUMBER_MAX = 100;
export const EVIDENCE_TITLE_MAX = 500;
export const EVIDENCE_LINK_MAX = 2000;
export const EVIDENCE_FIELD_MAX = { number: EVIDENCE_NUMBER_MAX, title: EVIDENCE_TITLE_MAX, link: EVIDENCE_LINK_MAX, issuer: NAME_MAX } as const;

/**
 * The longest note and N/A reason, in characters: a page of explanation (the examples' are under 150). A 1 MB
 * reason was valid and printed whole by explain. The same for a collector's verified note and reason.
 */
export const NOTE_MAX = 5000;
export const REASON_MAX = 5000;

/**
 * The longest texts of the respondent's contact, in characters: a position is a line ("Chuyên viên Văn phòng Sở,
 * phụ trách CNTT…"), a phone one or two numbers, an e-mail address as long as one may be (254).
 */
export const POSITION_MAX = 200;
export const PHONE_MAX = 50;
export const EMAIL_MAX = 254;
export const CONTACT_MAX = { position: POSITION_MAX, phone: PHONE_MAX, email: EMAIL_MAX } as const;

/**
 * The longest text answer, in characters, where the rubric sets no max_length of its own: a page,
 * as a note. A 1 MB one was valid and copied whole into the reports.
 */
export const TEXT_MAX = 5000;

/** The longest a text answer may be: the rubric's max_length, else TEXT_MAX. */
export function textMaxLength(input: { max_length?: number }): number {
  return input.max_length ?? TEXT_MAX;
}

const NAME = new RegExp(NAME_PATTERN, "u");

/** Whether `text` has something of a name (NAME_PATTERN): what assess asks before it saves one. */
export function hasNameCharacter(text: string): boolean {
  return NAME.test(text);
}

/**
 * The JSON Schema of agency files answering this rubric, as the CLI validates with it (agencyValidatorSchema);
 * editors get it reshaped for the YAML language server, with the same meaning (assess/editor-schema.ts).
 * load/plain-valid.ts checks the same by hand for speed: a change here is a change there (its tests
 * compare the two).
 */
export function agencySchema(rubric: Rubric): Schema {
  const cohorts = rubric.cohorts?.length ? rubric.cohorts.map((c) => c.id) : rubric.agency_types.map((t) => t.id);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    // The version is any text ("2025 bản 2", "1#b"): as written, a # or a space made an $id that no tool takes.
    $id: `https://egov-score.example/schemas/agency/${encodeURIComponent(rubric.id)}/${encodeURIComponent(rubric.version)}.json`,
    title: `${rubric.title.vi} — ${rubric.id} ${rubric.version}`,
    type: "object",
    required: ["rubric", "agency", "period"],
    additionalProperties: false,
    properties: {
      rubric: {
        type: "object", required: ["id", "version"], additionalProperties: false,
        properties: { id: { type: "string", examples: [rubric.id] }, version: { type: "string", examples: [rubric.version] } },
      },
      example: { type: "boolean" },
      agency: {
        type: "object", required: ["id", "name", "type"], additionalProperties: false,
        properties: {
          id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" },
          // A letter or digit (NAME_PATTERN); 500 is generous for the longest Vietnamese agency names (under
          // 200 letters): a 1 MB name made a 12 MB html of one agency.
          name: { type: "string", minLength: 1, maxLength: NAME_MAX, pattern: NAME_PATTERN },
          type: { type: "string", enum: rubric.agency_types.map((t) => t.id) },
          cohort: { type: ["string", "null"], enum: [...cohorts, null] },
        },
      },
      // A period is a year or a few words ("6 tháng đầu năm 2025"); a 1 MB one was valid, printed whole by score.
      period: { type: ["string", "integer"], maxLength: PERIOD_MAX },
      respondent: {
        type: "object", required: ["name"], additionalProperties: false,
        properties: { name: { type: "string", minLength: 1, maxLength: NAME_MAX, pattern: NAME_PATTERN }, position: { type: ["string", "null"], maxLength: POSITION_MAX }, email: { type: ["string", "null"], format: "email", maxLength: EMAIL_MAX }, phone: { type: ["string", "null"], maxLength: PHONE_MAX } },
      },
      submitted: { type: ["string", "null"], format: "date" },
      answers: {
        type: ["object", "null"],
        additionalProperties: false,
        properties: Object.fromEntries(allIndicators(rubric).map((i) => [i.code, entrySchema(i)])),
      },
    },
    $defs: {
      unanswered: { enum: ["?", null] },
      // A half may be "?" (a typed, b set aside in assess): kept, warned of, and the answer unanswered until whole.
      fraction: {
        type: "object", required: ["a", "b"], additionalProperties: false,
        properties: { a: answerable({ type: "number", minimum: 0 }), b: answerable({ type: "number", minimum: 0 }) },
      },
      whole_fraction: {
        type: "object", required: ["a", "b"], additionalProperties: false,
        properties: { a: answerable({ type: "integer", minimum: 0 }), b: answerable({ type: "integer", minimum: 0 }) },
      },
      evidence: {
        type: "object", additionalProperties: false,
        properties: {
          number: { type: "string", minLength: 1, maxLength: EVIDENCE_NUMBER_MAX },
          date: { type: "string", format: "date" },
          title: { type: "string", minLength: 1, maxLength: EVIDENCE_TITLE_MAX },
          link: { type: "string", minLength: 1, maxLength: EVIDENCE_LINK_MAX },
          issuer: { type: "string", maxLength: NAME_MAX },
        },
      },
    },
  };
}

/**
 * The same schema as compiled into a validator, reshaped for speed with the same meaning:
 * - each answer's schema sits in `$defs`, so that ajv (with `inlineRefs: false`) writes one function per
 *   answer schema instead of one function of about a megabyte, which V8 never optimises (it skips
 *   functions above about 60 KB of bytecode);
 * - answers whose schemas are the same but for their description share one definition, and so do equal
 *   value, verified-value and evidence-list schemas: less generated code (dti-cap-so: 0.77 → 0.39 MB),
 *   which keeps the validator and the parser in the processor's caches together;
 * - no `$id`, so two contents of one rubric version never collide in a shared ajv instance.
 * The errors are the same (tested); only their schemaPath, which we do not use, differs.
 */
export function agencyValidatorSchema(rubric: Rubric): Schema {
  const { $id: _id, ...schema } = agencySchema(rubric);
  const answers = (schema.properties as { answers: { properties: Record<string, Schema> } }).answers.properties;
  const defs = schema.$defs as Record<string, Schema>;
  const shared = new Map<string, string>();
  const define = (prefix: string, part: Schema): Schema => {
    const text = JSON.stringify(part);
    let name = shared.get(text);
    if (name === undefined) {
      name = `${prefix}${shared.size}`;
      shared.set(text, name);
      defs[name] = part;
    }
    return { $ref: `#/$defs/${name}` };
  };
  for (const [code, entry] of Object.entries(answers)) {
    const { description: _description, ...rest } = entry;
    const answer = (rest.else as { properties: Record<"value" | "evidence" | "verified", Schema> }).properties;
    answer.value = define("value", answer.value);
    (answer.verified.properties as Record<string, Schema>).value = answer.value;
    answer.verified = define("verified", answer.verified);
    answer.evidence = define("evidence", answer.evidence);
    answers[code] = define("answer", rest);
  }
  return schema;
}
