import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainSourceMap, Unsure } from "../../src/load/fast-source-map.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { normalizeText } from "../../src/load/normalize.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { plainlyValid } from "../../src/load/plain-valid.js";
import { readPlainYaml } from "../../src/load/plain-yaml.js";
import { bundledRubricFile } from "../../src/load/registry.js";
import { validateAgencyData } from "../../src/load/validator.js";
import { agencyText, mixedText, plainishText, yamlText } from "../helpers/yaml-grammar.js";

/** Deep equality that tells -0 from 0 and checks key order and prototypes (toStrictEqual does not check order). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a), kb = Reflect.ownKeys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k]));
}

function allPaths(data: unknown, prefix: string[] = []): string[][] {
  const out = [prefix, [...prefix, "no-such-key"]];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...allPaths(v, [...prefix, String(i)])));
  else if (typeof data === "object" && data !== null) for (const [k, v] of Object.entries(data)) out.push(...allPaths(v, [...prefix, k]));
  return out;
}

const orUnsure = <T>(f: () => T): T | typeof Unsure => { try { return f(); } catch (e) { if (e instanceof Unsure) return Unsure; throw e; } };

/** The plain reader reads the text as `yaml` does (after NFC, as fastAgency applies it) or refuses; its source map places every path as `yaml`'s does, or gives up. */
function agreesWithYaml(text: string): boolean {
  const data = readPlainYaml(text);
  if (data === undefined) return false;
  const full = parseYaml(text);
  expect(full.ok, `yaml refuses what the plain reader read: ${JSON.stringify(text)}`).toBe(true);
  if (!full.ok) return false;
  const mine = text.normalize("NFC") !== text ? normalizeText(data) : data;
  if (!same(mine, full.parsed.data)) expect(mine, JSON.stringify(text)).toStrictEqual(full.parsed.data);
  expect(same(mine, full.parsed.data), `key order or -0 differs: ${JSON.stringify(text)}`).toBe(true);
  const map = plainSourceMap(text);
  if (!map) return true;
  for (const p of allPaths(full.parsed.data)) {
    for (const atKey of [false, true]) {
      const where = orUnsure(() => map.locate(p, atKey));
      if (where !== Unsure) expect(where, `${JSON.stringify(text)} ${p.join("/")} atKey=${atKey}`).toEqual(full.parsed.map.locate(p, atKey));
    }
    const source = orUnsure(() => map.sourceText(p));
    if (source !== Unsure) expect(source, `${JSON.stringify(text)} ${p.join("/")}`).toEqual(full.parsed.map.sourceText(p));
  }
  return true;
}

describe("the plain reader against yaml, on YAML built from a grammar of tricky pieces", () => {
  // Larger runs (millions of cases) were made with the same arbitraries; here a few hundred of each keep it running in CI.
  it.each([
    ["mostly plain pieces", plainishText, 25],
    ["plain pieces in any style of writing", mixedText, 3],
    ["tricky pieces", yamlText, 0],
  ] as const)("%s", (_, arbitrary, minRead) => {
    let read = 0;
    fc.assert(fc.property(arbitrary, (text) => { if (agreesWithYaml(text)) read++; }), { numRuns: 300, seed: 20261201 });
    // Refusing everything would pass unnoticed.
    expect(read).toBeGreaterThanOrEqual(minRead);
  });

  it("plainlyValid agrees with the schema on agency files built from the grammar", () => {
    const outcome = loadRubric(bundledRubricFile("dti-cap-so")!);
    if (!outcome.ok) throw new Error("bundled rubric unusable");
    const { rubric, sha256 } = outcome.loaded;
    let compared = 0;
    fc.assert(fc.property(agencyText, (text) => {
      agreesWithYaml(text);
      const full = parseYaml(text);
      if (!full.ok) return;
      compared++;
      expect(plainlyValid(rubric, full.parsed.data), text).toBe(validateAgencyData(rubric, `${rubric.id}@${rubric.version}@${sha256}`, full.parsed.data, sha256).length === 0);
    }), { numRuns: 60, seed: 20261202 });
    expect(compared).toBeGreaterThan(5);
  });
});
