import { loadRubric, type LoadedRubric } from "../../../src/load/load-rubric.js";

/** A rubric file loaded for a test, which cannot go on without it. */
export function loaded(file: string): LoadedRubric {
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error(`${file} does not load`);
  return outcome.loaded;
}

/** dti-cap-so without indicator 1.6 (15 points): its group and the scale lose them too. */
export function withoutIndicator16(text: string): string {
  const start = text.indexOf('      - code: "1.6"');
  const end = text.indexOf('  - code: "2"', start);
  const out = (text.slice(0, start) + text.slice(end)).replace("    max: 100\n    items:\n      - heading: {vi: \"Lãnh đạo", "    max: 85\n    items:\n      - heading: {vi: \"Lãnh đạo").replace("scale: 1000", "scale: 985");
  if (start < 0 || end < 0 || !out.includes("max: 85") || !out.includes("scale: 985")) throw new Error("dti-cap-so no longer has the shape this edit expects");
  return out;
}
