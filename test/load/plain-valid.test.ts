import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsyaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { CONTACT_MAX, EVIDENCE_FIELD_MAX, NOTE_MAX, REASON_MAX, TEXT_MAX } from "../../src/core/agency-schema.js";
import { allIndicators } from "../../src/core/codes.js";
import type { Rubric } from "../../src/core/rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { doubtfulPart, plainlyValid } from "../../src/load/plain-valid.js";
import { bundledRubricFiles } from "../../src/load/registry.js";
import { validateAgencyData } from "../../src/load/validator.js";
import { agencySources } from "../helpers/agency-corpus.js";
import { agency, miniRubric, t } from "../helpers/mini-rubric.js";
import { seededRandom } from "../helpers/random.js";

/** What the compiled validator of the agency schema says: the truth the quick check must agree with. */
const schemaAccepts = (rubric: Rubric, key: string, data: unknown) => validateAgencyData(rubric, key, data).length === 0;

/** The validator finds the same errors, in the same order, in the part of a file the quick check doubts. */
function expectSameErrorsInDoubtfulPart(rubric: Rubric, key: string, data: unknown, label: string): void {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return;
  expect(validateAgencyData(rubric, key, doubtfulPart(rubric, data as Record<string, unknown>)), label).toEqual(validateAgencyData(rubric, key, data));
}

/** A rubric with every input type and bound the agency schema knows. */
const rubric = miniRubric({
  groups: [{
    code: "1", title: t("Một"), max: 100, items: [
      { code: "1.1", title: t("a"), max: 10, input: { type: "boolean" }, rule: { type: "fixed" } },
      { code: "1.2", title: t("a"), max: 10, input: { type: "number", min: -5, max: 50, integer: true }, rule: { type: "ratio" } },
      { code: "1.3", title: t("a"), max: 10, input: { type: "number", min: 0.5 }, rule: { type: "relative_to_best" } },
      { code: "1.4", title: t("a"), max: 10, input: { type: "percent" }, rule: { type: "ratio" } },
      { code: "1.5", title: t("a"), max: 10, input: { type: "fraction", numerator: t("a"), denominator: t("b") }, rule: { type: "ratio" } },
      { code: "1.6", title: t("a"), max: 10, input: { type: "count", max: 9 }, rule: { type: "per_unit", points: 1 } },
      { code: "1.7", title: t("a"), max: 10, input: { type: "choice", options: [{ id: "co", label: t("Có"), points: 10 }, { id: "khong", label: t("Không"), points: 0 }] }, rule: { type: "choice" } },
      { code: "1.8", title: t("a"), max: 10, input: { type: "checklist", options: [{ id: "x", label: t("x"), points: 5 }, { id: "y", label: t("y"), points: 5 }] }, rule: { type: "checklist" } },
      { code: "1.9", title: t("a"), max: 10, input: { type: "level", min: 1, max: 4 }, rule: { type: "ratio" } },
      { code: "1.10", title: t("a"), max: 10, input: { type: "date" }, rule: { type: "deadline", by: "2025-06-30" }, evidence: { required: true, fields: ["number", "date"] } },
      { code: "1.11", title: t("a"), max: 0, info_only: true, input: { type: "text", min_length: 2, max_length: 4 } },
      {
        code: "1.12", title: t("a"), max: 10, rule: { type: "sum", parts: [{ field: "n", max: 10, rule: { type: "ratio" } }] },
        input: { type: "parts", fields: [{ id: "n", label: t("n"), input: { type: "fraction", numerator: t("a"), denominator: t("b") } }, { id: "d", label: t("d"), input: { type: "date" } }] },
      },
      { code: "1.13", title: t("a"), max: 10, input: { type: "fraction", numerator: t("a"), denominator: t("b"), integer: true }, rule: { type: "ratio" } },
      {
        code: "1.14", title: t("a"), max: 10, rule: { type: "sum", parts: [{ field: "n", max: 10, rule: { type: "ratio" } }] },
        input: { type: "parts", fields: [{ id: "n", label: t("n"), input: { type: "fraction", numerator: t("a"), denominator: t("b"), integer: true } }] },
      },
    ],
  }],
  aggregates: [],
  bonus: undefined,
  penalty: undefined,
  cohorts: [{ id: "so-nganh", label: t("Sở, ngành"), agency_types: ["department"] }, { id: "xa", label: t("Xã"), agency_types: ["commune"] }],
});

/** Values that sit on either side of some check of the schema. */
const VALUES: unknown[] = [
  null, "?", "", "x", "xy", "ab€", "😀😀", "xyzwv", "😀😀😀😀😀", "co", "khong", "x y", true, false,
  -6, -5, -1, 0, 0.4, 0.5, 1, 1.5, 4, 5, 9, 10, 50, 50.5, 51, 100, 100.01, 1e21, Number.NaN, Number.POSITIVE_INFINITY, -0,
  "2025-02-28", "2025-02-29", "2024-02-29", "1900-02-29", "2000-02-29", "2025-04-31", "2025-12-31", "2025-13-01", "2025-00-10", "2025-01-00",
  "2025-1-01", "2025-01-01 ", "２０２５-01-01", "2025/01/01", "0000-01-01",
  [], ["x"], ["x", "y"], ["x", "x"], ["z"], [1], [null], {}, { a: 1, b: 2 }, { a: 2, b: 1 }, { a: -1, b: 1 }, { a: 1 }, { a: 1, b: 2, c: 3 },
  { a: "1", b: 2 }, { a: 1234, b: "?" }, { a: null, b: 3 }, { a: "?", b: "?" }, { a: 1.5, b: "?" }, { a: 1, b: "x" }, { n: { a: 1, b: "?" } }, { a: 1.5, b: 2 }, { a: 1, b: 2.5 }, { a: 1, b: 2.0 }, { n: { a: 1, b: 2 } }, { n: { a: 0.5, b: 2 } }, { n: "?", d: null }, { d: "2025-02-30" }, { n: { a: 1 } }, { x: 1 },
];

describe("plainlyValid", () => {
  it("says what the agency schema says of every value of every input type", () => {
    const key = "mini-plain-valid-values";
    let accepted = 0;
    for (const indicator of allIndicators(rubric)) {
      for (const value of VALUES) {
        for (const answer of [value, { value }, { value, verified: { value } }]) {
          const data = agency({ [indicator.code]: answer as never });
          const expected = schemaAccepts(rubric, key, data);
          expect(plainlyValid(rubric, data), `${indicator.code} ${JSON.stringify(answer)}`).toBe(expected);
          expectSameErrorsInDoubtfulPart(rubric, key, data, `${indicator.code} ${JSON.stringify(answer)}`);
          if (expected) accepted++;
        }
      }
    }
    // Both sides of the checks are met, or the table tests nothing.
    expect(accepted).toBeGreaterThan(180);
  });

  it("says what the agency schema says of headers, answer keys, N/A and evidence", () => {
    const key = "mini-plain-valid-shapes";
    const base = agency({ "1.1": { value: true } }) as unknown as Record<string, unknown>;
    const cases: [string, unknown][] = [
      ["valid", base],
      ["not an object", []], ["null", null], ["a string", "x"],
      ["an unknown top key", { ...base, extra: 1 }], ["no period", { ...base, period: undefined }], ["an integer period", { ...base, period: 2025 }],
      ["a decimal period", { ...base, period: 2025.5 }], ["a boolean example", { ...base, example: true }], ["an example as text", { ...base, example: "yes" }],
      ["no rubric", { ...base, rubric: undefined }], ["a rubric without version", { ...base, rubric: { id: "mini" } }], ["a numeric version", { ...base, rubric: { id: "mini", version: 1 } }],
      ["a rubric with an extra key", { ...base, rubric: { id: "mini", version: "1", x: 1 } }],
      ...["a", "a.b-c_d", "-a", "a b", "ă", "", 7].map((id): [string, unknown] => [`agency id ${JSON.stringify(id)}`, { ...base, agency: { id, name: "A", type: "department" } }]),
      ["an empty name", { ...base, agency: { id: "a", name: "", type: "department" } }], ["an unknown type", { ...base, agency: { id: "a", name: "A", type: "x" } }],
      ["a cohort", { ...base, agency: { id: "a", name: "A", type: "department", cohort: "xa" } }], ["a null cohort", { ...base, agency: { id: "a", name: "A", type: "department", cohort: null } }],
      ["an unknown cohort", { ...base, agency: { id: "a", name: "A", type: "department", cohort: "department" } }], ["an agency with an extra key", { ...base, agency: { id: "a", name: "A", type: "department", x: 1 } }],
      ["a respondent", { ...base, respondent: { name: "B", position: null, email: "b@so.gov.vn", phone: "0912" } }], ["a respondent without name", { ...base, respondent: { email: "b@so.gov.vn" } }],
      ["a bad email", { ...base, respondent: { name: "B", email: "b at so" } }], ["a null email", { ...base, respondent: { name: "B", email: null } }],
      ...(["position", "phone", "email"] as const).flatMap((key): [string, unknown][] => [0, 1].map((over) => {
        const text = key === "email" ? `${"a".repeat(CONTACT_MAX.email - 10 + over)}@so.gov.vn` : "x".repeat(CONTACT_MAX[key] + over);
        return [`a respondent's ${key} of ${CONTACT_MAX[key] + over} characters`, { ...base, respondent: { name: "B", [key]: text } }];
      })),
      ["submitted", { ...base, submitted: "2025-10-01" }], ["submitted null", { ...base, submitted: null }], ["submitted not a date", { ...base, submitted: "2025-10-32" }],
      ["null answers", { ...base, answers: null }], ["answers as a list", { ...base, answers: [] }], ["an unknown code", { ...base, answers: { "9.9": { value: 1 } } }],
      ["1.1 for 1.10", { ...base, answers: { "1.10": { value: true } } }], ["an inherited name as a code", { ...base, answers: { toString: { value: true } } }],
      ["an answer with an extra key", { ...base, answers: { "1.1": { value: true, x: 1 } } }], ["an answer as a list", { ...base, answers: { "1.1": [true] } }],
      ["N/A with a reason", { ...base, answers: { "1.1": { na: true, reason: "r" } } }], ["N/A without reason", { ...base, answers: { "1.1": { na: true } } }],
      ["N/A false without reason", { ...base, answers: { "1.1": { na: false } } }], ["an empty reason", { ...base, answers: { "1.1": { na: true, reason: "" } } }],
      ["N/A as text", { ...base, answers: { "1.1": { na: "true", reason: "r" } } }], ["a note", { ...base, answers: { "1.1": { value: true, note: "n", flag: true } } }],
      ["a numeric note", { ...base, answers: { "1.1": { value: true, note: 1 } } }], ["a flag as text", { ...base, answers: { "1.1": { value: true, flag: "y" } } }],
      ["evidence", { ...base, answers: { "1.1": { value: true, evidence: [{ number: "1/KH", date: "2025-01-02", title: "t", link: "l", issuer: "" }] } } }],
      ["evidence not a list", { ...base, answers: { "1.1": { value: true, evidence: { number: "1" } } } }], ["an empty evidence number", { ...base, answers: { "1.1": { value: true, evidence: [{ number: "" }] } } }],
      ["an evidence date that is no date", { ...base, answers: { "1.1": { value: true, evidence: [{ date: "2025-02-30" }] } } }], ["an evidence item with an extra key", { ...base, answers: { "1.1": { value: true, evidence: [{ x: "1" }] } } }],
      ...(["number", "title", "link", "issuer"] as const).flatMap((field): [string, unknown][] => [0, 1].map((over) => [`an evidence ${field} of its limit${over ? " and one more" : ""}`, { ...base, answers: { "1.1": { value: true, evidence: [{ [field]: "x".repeat(EVIDENCE_FIELD_MAX[field] + over) }] } } }])),
      ...[0, 1].flatMap((over): [string, unknown][] => [
        [`a reason of ${REASON_MAX + over} characters`, { ...base, answers: { "1.1": { na: true, reason: "x".repeat(REASON_MAX + over) } } }],
        [`a note of ${NOTE_MAX + over} characters`, { ...base, answers: { "1.1": { value: true, note: "x".repeat(NOTE_MAX + over) } } }],
        [`a verified reason of ${REASON_MAX + over} characters`, { ...base, answers: { "1.1": { value: true, verified: { na: true, reason: "x".repeat(REASON_MAX + over) } } } }],
        [`a verified note of ${NOTE_MAX + over} characters`, { ...base, answers: { "1.1": { value: true, verified: { value: true, note: "x".repeat(NOTE_MAX + over) } } } }],
      ]),
      ...[0, 1].map((over): [string, unknown] => [`a text answer of ${TEXT_MAX + over} characters (no max_length)`, { ...base, answers: { "2.3": { value: "x".repeat(TEXT_MAX + over) } } }]),
      ["required evidence fields", { ...base, answers: { "1.10": { value: "2025-01-01", evidence: [{ number: "1", date: "2025-01-01" }] } } }],
      ["a required evidence field missing", { ...base, answers: { "1.10": { value: "2025-01-01", evidence: [{ number: "1" }] } } }],
      ["a verified value", { ...base, answers: { "1.1": { value: true, verified: { value: false, na: false, reason: "r", note: "n", by: "b", date: "2025-01-01" } } } }],
      ["a verified N/A without reason", { ...base, answers: { "1.1": { value: true, verified: { na: true } } } }], ["verified with an extra key", { ...base, answers: { "1.1": { value: true, verified: { flag: true } } } }],
      ["verified null", { ...base, answers: { "1.1": { value: true, verified: null } } }], ["a verified date that is no date", { ...base, answers: { "1.1": { value: true, verified: { date: "x" } } } }],
    ];
    for (const [name, data] of cases) {
      expect(plainlyValid(rubric, JSON.parse(JSON.stringify(data)) as unknown), name).toBe(schemaAccepts(rubric, key, data));
      expectSameErrorsInDoubtfulPart(rubric, key, data, name);
    }
    expect(cases.filter(([, data]) => schemaAccepts(rubric, key, data)).length).toBeGreaterThan(10);
  });

  it("reads a key set to undefined as absent when the schema knows it, and as unknown otherwise", () => {
    const key = "mini-plain-valid-undefined";
    const cases = [{ value: undefined, note: "n" }, { value: true, extra: undefined }, { value: true, evidence: [{ title: "t", x: undefined }] }, { value: true, verified: { y: undefined } }];
    for (const answer of cases) {
      const data = agency({ "1.1": answer as never });
      expect(plainlyValid(rubric, data), JSON.stringify(Object.keys(answer))).toBe(schemaAccepts(rubric, key, data));
    }
    expect(cases.map((answer) => schemaAccepts(rubric, key, agency({ "1.1": answer as never })))).toEqual([true, false, false, false]);
  });

  it("keeps a __proto__ answer key an inert key of the doubtful part", () => {
    const data = JSON.parse('{"rubric":{"id":"mini","version":"1"},"agency":{"id":"a","name":"A","type":"department"},"period":"2025","answers":{"__proto__":{"value":1},"1.1":{"value":true}}}') as Record<string, unknown>;
    const part = doubtfulPart(rubric, data);
    const answers = part.answers as Record<string, unknown>;
    expect([Object.keys(answers), Object.getPrototypeOf(answers) === Object.prototype, plainlyValid(rubric, data)]).toEqual([["__proto__"], true, false]);
    expectSameErrorsInDoubtfulPart(rubric, "mini-plain-valid-proto", data, "__proto__");
  });

  it("checks an answer under a code Object.prototype also has (toString, constructor) as that answer, not as the prototype's function", () => {
    // A rubric from a pull request may code its items so (the rubric schema takes them): a valid file was refused, "must be object".
    const named = miniRubric({
      bonus: { cap: 10, items: [{ code: "toString", title: t("Thưởng"), max: 8, input: { type: "count" }, rule: { type: "per_unit", points: 4 } }] },
      penalty: { cap: 20, items: [{ code: "constructor", title: t("Trừ"), max: 30, input: { type: "count" }, rule: { type: "per_unit", points: 10 } }] },
    });
    const data = { ...agency({ "1.1": { value: true }, toString: { value: 1 } }) } as unknown as Record<string, unknown>;
    expect([validateAgencyData(named, "mini-prototype-codes", data), validateAgencyData(named, "mini-prototype-codes", doubtfulPart(named, data))]).toEqual([[], []]);
  });

  describe("on the bundled rubrics", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-plain-valid-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const rubrics = bundledRubricFiles().map((file) => {
      const outcome = loadRubric(file);
      if (!outcome.ok) throw new Error(`${file} does not load`);
      return outcome.loaded;
    });
    const samples = agencySources(dir).flatMap(({ file, text }) => {
      try {
        const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
        return typeof data === "object" && data !== null ? [{ file, data: data as Record<string, unknown> }] : [];
      } catch {
        return []; // a bad fixture that is no YAML
      }
    });
    const rubricOf = (data: Record<string, unknown>) => rubrics.find((r) => r.rubric.id === (data.rubric as { id?: string } | undefined)?.id);

    it("vouches for every valid example and generated file, and for no invalid one", () => {
      let vouched = 0;
      for (const { file, data } of samples) {
        const loaded = rubricOf(data);
        if (!loaded) continue;
        const expected = schemaAccepts(loaded.rubric, loaded.sha256, data);
        expect(plainlyValid(loaded.rubric, data), file).toBe(expected);
        if (expected) vouched++;
      }
      expect(vouched).toBeGreaterThan(40);
      expect(new Set(samples.flatMap(({ data }) => rubricOf(data)?.rubric.id ?? [])).size).toBe(rubrics.length);
    });

    it("agrees with the agency schema on randomly damaged files", () => {
      const random = seededRandom(20261130);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const valid = samples.filter(({ data }) => { const r = rubricOf(data); return r !== undefined && schemaAccepts(r.rubric, r.sha256, data); });
      const keys = ["value", "na", "reason", "evidence", "note", "flag", "verified", "by", "date", "number", "title", "link", "issuer", "a", "b", "id", "name", "type", "cohort", "extra", "1.1", "1.10"];
      let accepted = 0;
      const rounds = 4000;
      for (let round = 0; round < rounds; round++) {
        const sample = valid[round % valid.length]!;
        const loaded = rubricOf(sample.data)!;
        const options = allIndicators(loaded.rubric).flatMap((i) => (i.input.type === "choice" || i.input.type === "checklist" ? i.input.options.map((o) => o.id) : []));
        const data = JSON.parse(JSON.stringify(sample.data)) as Record<string, unknown>;
        for (let edit = 0, edits = 1 + Math.floor(random() * 2); edit < edits; edit++) {
          const [holder, key] = pick(places(data));
          const action = random();
          if (action < 0.6) holder[key] = structuredClone(random() < 0.2 && options.length > 0 ? pick(options) : pick(VALUES));
          else if (action < 0.8) delete holder[key];
          else if (Array.isArray(holder)) holder.push(structuredClone((holder as unknown[])[0] ?? pick(VALUES)));
          else holder[pick(keys)] = structuredClone(pick(VALUES));
        }
        const expected = schemaAccepts(loaded.rubric, loaded.sha256, data);
        expect(plainlyValid(loaded.rubric, data), `${sample.file} round ${round}: ${JSON.stringify(validateAgencyData(loaded.rubric, loaded.sha256, data))}`).toBe(expected);
        expectSameErrorsInDoubtfulPart(loaded.rubric, loaded.sha256, data, `${sample.file} round ${round}`);
        if (expected) accepted++;
      }
      // Damage that the schema allows must be common too, or only the rejecting side is tested.
      expect(accepted).toBeGreaterThan(rounds / 10);
      expect(accepted).toBeLessThan(rounds * 0.9);
    });
  });
});

/** Every place in a document where a value sits: [the object or list holding it, its key]. */
type Holder = Record<string | number, unknown>;
function places(data: Record<string, unknown>): [Holder, string | number][] {
  const out: [Holder, string | number][] = [];
  const walk = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    for (const key of Object.keys(node)) {
      out.push([node as Holder, Array.isArray(node) ? Number(key) : key]);
      walk((node as Holder)[key]);
    }
  };
  walk(data);
  return out;
}
