import type { BandSet, Evidence, Input, Rule, Term } from "../../core/rubric.js";

/** Compact, language-neutral one-liners for diffs: what a rule, an input, bands or evidence say, without labels. */
export function ruleSummary(rule: Rule | undefined): string {
  if (!rule) return "–";
  switch (rule.type) {
    case "fixed": return rule.points !== undefined ? `fixed ${rule.points}` : "fixed";
    case "target": return `target ${rule.target}`;
    case "bands": return `bands ${rule.steps.map((s) => `≥${s.min}→${s.points ?? `×${s.fraction ?? 0}`}`).join(" ")}${rule.else !== undefined ? ` else ${rule.else}` : ""}`;
    case "piecewise": return `piecewise ${rule.points.map(([x, y]) => `(${x},${y})`).join(" ")}`;
    case "checklist": return rule.cap !== undefined ? `checklist cap ${rule.cap}` : "checklist";
    case "per_unit": return `per_unit ${rule.points}${rule.cap !== undefined ? ` cap ${rule.cap}` : ""}`;
    case "deadline": return `deadline ${rule.by}${rule.late_points !== undefined ? ` late ${rule.late_points}` : ""}`;
    case "sum": return `sum[${rule.parts.map(term).join("; ")}]${rule.cap !== undefined ? ` cap ${rule.cap}` : ""}`;
    case "best_of": return `best_of[${rule.cases.map(term).join("; ")}]`;
    case "min_max": return rule.lower_is_better ? "min_max lower_is_better" : "min_max";
    default: return rule.type;
  }
}

function term(t: Term): string {
  return `${t.field ?? "*"}${t.max !== undefined ? `:${t.max}` : ""} ${ruleSummary(t.rule)}`;
}

export function inputSummary(input: Input): string {
  const range = (min?: number | string, max?: number | string) => (min !== undefined || max !== undefined ? ` ${min ?? ""}–${max ?? ""}` : "");
  switch (input.type) {
    case "number": return `number${range(input.min, input.max)}${input.integer ? " integer" : ""}`;
    case "count": return `count${input.max !== undefined ? ` max ${input.max}` : ""}`;
    case "fraction": return `fraction${input.integer ? " integer" : ""}${input.zero_denominator ? ` b=0:${input.zero_denominator}` : ""}`;
    case "choice": case "checklist": return `${input.type} [${input.options.map((o) => `${o.id}${o.points !== undefined ? `=${o.points}` : o.fraction !== undefined ? `=×${o.fraction}` : ""}`).join(", ")}]`;
    case "level": return `level ${input.min ?? 0}–${input.max}`;
    case "date": return `date${range(input.min, input.max)}`;
    case "text": return `text${range(input.min_length, input.max_length)}`;
    case "parts": return `parts{${input.fields.map((f) => `${f.id}: ${inputSummary(f.input)}`).join("; ")}}`;
    default: return input.type;
  }
}

export function bandsSummary(set: BandSet): string {
  return `${set.basis}: ${set.levels.map((l) => `${l.id}≥${l.min}`).join(" ")}`;
}

export function evidenceSummary(evidence: Evidence | undefined): string {
  if (!evidence?.required) return evidence?.fields?.length ? `optional [${evidence.fields.join(", ")}]` : "–";
  // `no_points` changes who is scored and what they earn (an answer short of it earns 0, the file is scored).
  const missing = evidence.when_missing === "no_points" ? " no_points" : "";
  return `required ≥${evidence.min ?? 1}${evidence.fields?.length ? ` [${evidence.fields.join(", ")}]` : ""}${missing}`;
}

/** Two structures equal once every human label is left out: a retranslated label is not a scoring change. */
export function sameIgnoringLabels(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const record = v as Record<string, unknown>;
    if (Object.keys(record).length === 2 && typeof record.vi === "string" && typeof record.en === "string") return undefined;
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
  });
}
