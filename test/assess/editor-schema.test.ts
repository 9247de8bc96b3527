import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import jsyaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { agencyEditorSchema } from "../../src/assess/editor-schema.js";
import { agencySchema } from "../../src/core/agency-schema.js";
import { allIndicators, naAllowed } from "../../src/core/codes.js";
import type { Rubric } from "../../src/core/rubric.js";
import { message } from "../../src/i18n/messages.js";
import { addFormats } from "../../src/load/lazy.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFiles } from "../../src/load/registry.js";
import { agencySources, mutants } from "../helpers/agency-corpus.js";

type Schema = Record<string, unknown>;

const dir = mkdtempSync(path.join(tmpdir(), "egov-editor-schema-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sources = agencySources(dir);
const documents = [...sources, ...sources.filter((s) => !s.file.includes("fixtures")).slice(0, 12).flatMap((s) => mutants(s.text).map((text) => ({ ...s, text })))]
  .flatMap(({ text }) => { try { return [jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA })]; } catch { return []; } });

const rubrics = bundledRubricFiles().map((file) => {
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error(`${file} does not load`);
  return [path.basename(file), outcome.loaded.rubric] as const;
});

function safeJson(data: unknown): string {
  try { return JSON.stringify(data).slice(0, 300); } catch { return "(a document with a cycle)"; }
}

function compiled(schema: Schema) {
  // No keyword of one editor's own: ajv's strict mode (unknown keywords refused) takes it as published.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, strictTuples: false, inlineRefs: false });
  addFormats()(ajv);
  const { $id: _id, ...rest } = schema;
  return ajv.compile(rest);
}

/** Answers probed in every indicator's place: each a value, and the same as the collector's verified value. */
const probes: unknown[] = [null, "?", "", "x", 0, 1, 3.5, -1, 101, true, false, [], ["x"], [null], {}, { a: 1, b: 2 }, { a: 1.5, b: 2 }, { a: 1 }, "2025-03-01", "2025-13-01"];

function probed(rubric: Rubric, base: Schema): unknown[] {
  const out: unknown[] = [];
  const choices = allIndicators(rubric).flatMap((i) => ("options" in i.input ? i.input.options.map((o) => o.id) : []));
  for (const indicator of allIndicators(rubric)) {
    const values = [...probes, ...choices.slice(0, 3), choices.slice(0, 2)];
    if (indicator.input.type === "parts") values.push(...indicator.input.fields.flatMap((f) => probes.map((p) => ({ [f.id]: p }))));
    for (const value of values) {
      for (const entry of [{ value }, { value, verified: { value } }, { na: true }, { na: true, reason: "r" }, { verified: { note: "n" } }, value]) {
        out.push({ ...base, answers: { [indicator.code]: entry } });
      }
    }
  }
  return out;
}

/**
 * What the YAML language server offers at `key: ` in a mapping of this schema (yamlCompletion's
 * addSchemaValueCompletions): enums and consts, through anyOf / allOf / oneOf, never through if/then/else or not.
 * References are resolved first, as the server does.
 */
function offered(schema: unknown, root: Schema, out: { values: unknown[]; types: Set<string> } = { values: [], types: new Set() }, depth = 0) {
  if (typeof schema !== "object" || schema === null || depth > 20) return out;
  let node = schema as Schema;
  if (typeof node.$ref === "string") node = { ...node, ...(node.$ref.slice(2).split("/").reduce<unknown>((s, k) => (s as Schema)[k], root) as Schema) };
  if (Array.isArray(node.enum)) out.values.push(...node.enum);
  else if ("const" in node) out.values.push(node.const);
  else for (const t of [node.type].flat()) if (typeof t === "string") out.types.add(t);
  for (const key of ["allOf", "anyOf", "oneOf"]) if (Array.isArray(node[key])) for (const s of node[key]) offered(s, root, out, depth + 1);
  return out;
}

/** The schemas the server takes for the answer map's entries, an answered entry's object, and its `value` (an anyOf's first branch, the answered one). */
function answerObject(schema: Schema, code: string): Schema {
  const entry = ((schema.properties as Schema).answers as { properties: Record<string, Schema> }).properties[code]!;
  const branch = Array.isArray(entry.anyOf) ? (entry.anyOf as Schema[]).find((s) => s.type === "object") : (entry.else as Schema | undefined);
  return branch ?? entry;
}

describe("agencyEditorSchema (the schema init writes beside a file, for the YAML language server)", () => {
  it.each(rubrics)("%s: takes the same files as agencySchema, with which the CLI validates", (_name, rubric) => {
    const published = compiled(agencySchema(rubric));
    const editor = compiled(agencyEditorSchema(rubric));
    const base = { rubric: { id: rubric.id, version: rubric.version }, agency: { id: "a", name: "Sở A", type: rubric.agency_types[0]!.id }, period: "2025" };
    let invalid = 0;
    let valid = 0;
    for (const data of [...documents, ...probed(rubric, base)]) {
      const verdict = published(data);
      if (editor(data) !== verdict) expect.fail(`editor ${!verdict ? "takes" : "refuses"} ${safeJson(data)}`);
      if (verdict) valid++; else invalid++;
    }
    expect([valid > 500, invalid > 500]).toEqual([true, true]);
  });

  it.each(rubrics)("%s: `value: ` is offered the choice ids (with their labels), true / false, never a bare ?", (_name, rubric) => {
    const schema = agencyEditorSchema(rubric);
    let choices = 0;
    for (const indicator of allIndicators(rubric)) {
      const value = (answerObject(schema, indicator.code).properties as Record<string, Schema>).value!;
      const { values, types } = offered(value, schema);
      // The server inserts "?" unquoted: `value: ?` is YAML's complex-key indicator, a broken file.
      expect(values, indicator.code).not.toContain("?");
      if (indicator.input.type === "choice") {
        choices++;
        expect(values, indicator.code).toEqual(expect.arrayContaining(indicator.input.options.map((o) => o.id)));
        const typed = (value.anyOf as Schema[])[0]!;
        expect(typed.anyOf).toEqual(indicator.input.options.map((o) => ({ const: o.id, description: o.label.vi })));
      }
      if (indicator.input.type === "boolean") expect(types.has("boolean"), indicator.code).toBe(true);
      expect(value.description, indicator.code).toContain(indicator.title.vi);
    }
    if (rubric.id === "dti-cap-so") expect(choices).toBeGreaterThan(3);
  });

  it.each(rubrics)("%s: hovering an answer lists no `null` / `\"?\"` as its allowed values (the `if` test's enum)", (_name, rubric) => {
    const schema = agencyEditorSchema(rubric);
    // The server shows the enums of every schema it met at a place, the `if` tests' included.
    const enums: unknown[][] = [];
    const walk = (node: unknown, depth: number): void => {
      if (typeof node !== "object" || node === null || depth > 30) return;
      if (Array.isArray(node)) { for (const n of node) walk(n, depth + 1); return; }
      const s = node as Schema;
      if (Array.isArray(s.enum)) enums.push(s.enum);
      for (const [key, child] of Object.entries(s)) if (key !== "not" && key !== "enum") walk(key === "$ref" ? undefined : child, depth + 1);
      if (typeof s.$ref === "string") walk(s.$ref.slice(2).split("/").reduce<unknown>((n, k) => (n as Schema)[k], schema), depth + 1);
    };
    walk((schema.properties as Schema).answers, 0);
    expect(enums.filter((e) => e.includes("?"))).toEqual([]);
  });

  it("describes the answer keys and evidence fields, and the question's guidance on its code", () => {
    const rubric = rubrics.find(([name]) => name === "dti-cap-so.yaml")![1];
    const schema = agencyEditorSchema(rubric);
    const indicator = allIndicators(rubric).find((i) => i.guidance && i.evidence)!;
    const entry = ((schema.properties as Schema).answers as { properties: Record<string, Schema> }).properties[indicator.code]!;
    expect(entry.description).toContain(indicator.guidance!.vi);
    const keys = answerObject(schema, indicator.code).properties as Record<string, Schema>;
    for (const key of ["value", "na", "reason", "evidence", "note", "flag", "verified"]) expect(keys[key]!.description, key).toEqual(expect.any(String));
    const evidence = ((schema.$defs as Schema).evidence as { properties: Record<string, Schema> }).properties;
    for (const key of ["number", "date", "title", "link", "issuer"]) expect(evidence[key]!.description, key).toEqual(expect.any(String));
  });

  it("shows a rubric's texts without bidirectional or control characters (a title holding U+202E showed reversed in a hover)", () => {
    const rubric = structuredClone(rubrics.find(([name]) => name === "dti-cap-so.yaml")![1]);
    const indicator = allIndicators(rubric).find((i) => i.input.type === "choice")!;
    indicator.title.vi = "Tiêu\u202Eđề\u0007";
    if (indicator.input.type === "choice") indicator.input.options[0]!.label.vi = "Lựa\u2066chọn";
    // The rubric's own title is the schema's title, shown atop the file's hover.
    rubric.title.vi = "Bộ\u202Echỉ số\u001b]0;x\u0007";
    const text = JSON.stringify(agencyEditorSchema(rubric));
    expect(text).toContain("Tiêuđề");
    expect(text).toContain("Lựachọn");
    expect(text).toContain("Bộchỉ số]0;x");
    expect(text).not.toMatch(/[\u202E\u2066\u0007\u001b]|\\u0007|\\u001b/);
  });

  it.each(rubrics)("%s: `na:` says whether the indicator allows N/A, as init's comments do", (_name, rubric) => {
    const schema = agencyEditorSchema(rubric);
    const said = { allowed: 0, forbidden: 0 };
    for (const indicator of allIndicators(rubric)) {
      const na = (answerObject(schema, indicator.code).properties as Record<string, Schema>).na!;
      const allowed = naAllowed(rubric, indicator);
      said[allowed ? "allowed" : "forbidden"]++;
      expect(na.description, indicator.code).toContain(allowed ? message("vi", "format-na") : message("vi", "na-not-allowed", { code: indicator.code }));
    }
    if (rubric.id === "dti-cap-so") expect([said.allowed > 0, said.forbidden > 0]).toEqual([true, true]);
  });

  it("refuses \"?\" with a newline after it where a pattern's `$` also matches before a last newline (Python's re, PCRE)", () => {
    const rubric = rubrics.find(([name]) => name === "dti-cap-so.yaml")![1];
    // ajv with a regular-expression engine whose `$` is Python's: at the end, or before a newline that ends the text.
    const python = (source: string, flags: string) => new RegExp(source.replace(/(?<!\\)\$$/, "(?=\\n?$)"), flags);
    const ajv = new Ajv2020({ strict: false, code: { regExp: python as never } });
    addFormats()(ajv);
    const { $id: _id, ...rest } = agencyEditorSchema(rubric);
    const validate = ajv.compile(rest);
    const code = allIndicators(rubric)[0]!.code;
    const base = { rubric: { id: rubric.id, version: rubric.version }, agency: { id: "a", name: "Sở A", type: rubric.agency_types[0]!.id }, period: "2025" };
    expect([validate({ ...base, answers: { [code]: "?" } }), validate({ ...base, answers: { [code]: "?\n" } }), validate({ ...base, answers: { [code]: { value: "?\n" } } })]).toEqual([true, false, false]);
  });
});
