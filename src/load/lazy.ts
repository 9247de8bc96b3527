import { createRequire } from "node:module";

/**
 * Heavy parsers loaded on first use: the fast path of a valid file needs neither `yaml` (only the
 * located slow path does) nor the ajv compiler (bundled rubrics come precompiled). Each costs about
 * 80 ms of start-up (tech.md §5).
 */
const require = createRequire(import.meta.url);

let yamlModule: typeof import("yaml") | undefined;
export function yaml(): typeof import("yaml") {
  return (yamlModule ??= require("yaml") as typeof import("yaml"));
}

let ajvModule: typeof import("ajv/dist/2020.js") | undefined;
export function ajv2020(): typeof import("ajv/dist/2020.js") {
  return (ajvModule ??= require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js"));
}

export function addFormats(): (ajv: import("ajv/dist/2020.js").Ajv2020) => unknown {
  const mod = require("ajv-formats") as { default?: unknown };
  return (mod.default ?? mod) as (ajv: import("ajv/dist/2020.js").Ajv2020) => unknown;
}
