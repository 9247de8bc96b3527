import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { suggestCode } from "../core/check-agency.js";
import type { Issue } from "../core/issue.js";
import type { Text } from "../core/rubric.js";
import { typesNamed } from "../core/type-words.js";
import { loadRubric, type LoadedRubric, type RubricOutcome } from "./load-rubric.js";
import { shellWord } from "./shell-word.js";
import { packagePath } from "./package-path.js";
import { rubricFileNear } from "./nearby-rubric.js";

/** The rubric used when neither --rubric nor the agency file names one. */
export const DEFAULT_RUBRIC_ID = "dti-cap-so";

export function bundledRubricFiles(): string[] {
  const dir = packagePath("rubrics");
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));
}

let typesById: Map<string, { id: string; label: Text }[]> | undefined;
let versionsById: Map<string, string> | undefined;

/**
 * The bundled rubric a file that names none is checked against (and `assess` answers): the one whose agency types
 * hold the file's `agency.type`, so that a commune's file is checked against the commune rubric, not told 70 of
 * its codes are unknown to the default and to add the default's line; the default where the type is its, no
 * bundled rubric's, or several's.
 */
export function bundledIdForFile(data: unknown): string {
  const agency = typeof data === "object" && data !== null ? (data as { agency?: unknown }).agency : undefined;
  return bundledIdForType(typeof agency === "object" && agency !== null ? (agency as { type?: unknown }).type : undefined);
}

/** The bundled rubric of an agency type (`init -t commune`): the default's where it has the type, else the one bundled rubric that has it, else the default. */
export function bundledIdForType(type: unknown): string {
  if (typeof type !== "string") return DEFAULT_RUBRIC_ID;
  const ids = bundledIdsWithType(type);
  return ids.length === 1 ? ids[0]! : DEFAULT_RUBRIC_ID;
}

/**
 * The ids of the bundled rubrics that have an agency type the text names: its id, or its words (`xã`, `UBND xã`,
 * see typesNamed); the default alone where it has one (their types read once per thread).
 */
export function bundledIdsWithType(type: string): string[] {
  const named = [...bundledTypes()].filter(([, types]) => typesNamed(types, type).length > 0).map(([id]) => id);
  return named.includes(DEFAULT_RUBRIC_ID) ? [DEFAULT_RUBRIC_ID] : named;
}

/** Every bundled rubric's id with its agency types, in the order of the files. */
export function bundledAgencyTypes(): { id: string; types: { id: string; label: Text }[] }[] {
  return [...bundledTypes()].map(([id, types]) => ({ id, types }));
}

/**
 * The other bundled rubric whose agency type a file answering the bundled rubric `id` wrote (`type: commune` in a
 * dti-cap-so file), with that type's id; undefined where none, several, or `id` is no bundled rubric's.
 */
export function bundledRubricOfType(type: string, id: string): { rubric: string; type: string } | undefined {
  if (bundledRubricFile(id) === undefined) return undefined;
  const other = bundledIdsWithType(type).find((r) => r !== id);
  const types = other === undefined ? [] : bundledTypesNamed(other, type);
  return other !== undefined && types.length === 1 ? { rubric: other, type: types[0]!.id } : undefined;
}

/** The agency types of the bundled rubric `id` that the text names (several for `ubnd` in dti-cap-xa). */
export function bundledTypesNamed(id: string, type: string): { id: string; label: Text }[] {
  const types = bundledTypes().get(id) ?? [];
  const named = typesNamed(types, type);
  return types.filter((t) => named.includes(t.id));
}

function bundledTypes(): Map<string, { id: string; label: Text }[]> {
  return typesById ??= new Map(bundledRubricFiles().flatMap((f) => {
    const outcome = loadRubric(f);
    if (!outcome.ok) return [];
    (versionsById ??= new Map()).set(outcome.loaded.rubric.id, outcome.loaded.rubric.version);
    return [[outcome.loaded.rubric.id, outcome.loaded.rubric.agency_types.map((t) => ({ id: t.id, label: t.label }))] as const];
  }));
}

/** The version of the bundled rubric `id` (read with its types, once per thread). */
export function bundledVersion(id: string): string | undefined {
  bundledTypes();
  return versionsById?.get(id);
}

/**
 * The finding for a rubric id that no bundled rubric has, with the bundled id it likely meant
 * (DTI-CAP-SO, dti-cap-s0 → dti-cap-so), or else the rubric file of that id beside the agency file, for --rubric.
 */
export function rubricNotFound(id: string, version: string | undefined, agencyFile?: string): Issue {
  const suggestion = suggestCode(id, bundledRubricFiles().map((f) => path.basename(f).replace(/\.ya?ml$/, "")));
  const near = suggestion === undefined && agencyFile !== undefined ? rubricFileNear(agencyFile, id) : undefined;
  return { code: "rubric-not-found", path: ["rubric", "id"], params: { id, version: version ?? "?", ...(suggestion ? { suggestion } : {}), ...(near !== undefined ? { hint_rubric_file: shellWord(near) } : {}) } };
}

/**
 * The bundled id a `--rubric` that names nothing likely meant: a slip in the id (DTI-CAP-XA, dti-cap-s0), or the
 * bundled file's name typed where its id goes (dti-cap-xa.yaml, rubrics/dti-cap-so.yaml away from the clone).
 */
export function bundledIdNear(spec: string): string | undefined {
  const stem = path.basename(spec).replace(/\.ya?ml$/i, "");
  return suggestCode(stem, bundledRubricFiles().map((f) => path.basename(f).replace(/\.ya?ml$/, "")));
}

/** A bundled rubric by id; bundled files are named after their id. */
export function bundledRubricFile(id: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) return undefined;
  for (const ext of [".yaml", ".yml"]) {
    const file = packagePath("rubrics", id + ext);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The rubric as `rubric show` finds it: its id when the file is the bundled one, else its file, as typed at a shell. */
export function showName(loaded: LoadedRubric): string {
  const bundled = bundledRubricFile(loaded.rubric.id);
  return bundled !== undefined && path.resolve(bundled) === path.resolve(loaded.file) ? loaded.rubric.id : shellWord(loaded.file);
}

/** `--rubric ID|PATH`: an existing file wins, else a bundled id. Undefined when neither exists. */
export function resolveRubric(spec: string): RubricOutcome | undefined {
  if (existsSync(spec)) return loadRubric(spec);
  const file = bundledRubricFile(spec);
  return file ? loadRubric(file) : undefined;
}
