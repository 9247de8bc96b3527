import type { Issue } from "../../core/issue.js";
import type { Option, Rule, Rubric, SimpleInput, Term } from "../../core/rubric.js";
import { ruleFits } from "../../core/check-rubric.js";
import { indicatorsOf } from "../tree.js";

/** Definitions that nothing uses: cohorts no agency type can join, agency types without a cohort or without anything to answer, shadowed band sets, options and fields that are never scored. */
export function checkDefinitions(rubric: Rubric): Issue[] {
  return [...agencyTypes(rubric), ...bandSets(rubric), ...options(rubric), ...fields(rubric)];
}

function agencyTypes(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const cohorts = rubric.cohorts ?? [];
  const declared = new Set(rubric.agency_types.map((t) => t.id));
  // A cohort is offered to agencies of the types it lists: listing only undeclared ones, it is offered to nobody.
  cohorts.forEach((c, i) => {
    if (c.agency_types && !c.agency_types.some((t) => declared.has(t))) issues.push({ code: "cohort-matches-nothing", severity: "warning", path: ["cohorts", String(i), "agency_types"], params: { cohort: c.id } });
  });
  const openCohort = cohorts.some((c) => c.agency_types === undefined);
  const scored = indicatorsOf(rubric).filter((n) => !n.adjustment && !n.node.info_only && n.node.max > 0);
  rubric.agency_types.forEach((type, i) => {
    const path = ["agency_types", String(i), "id"];
    if (cohorts.length > 0 && !openCohort && !cohorts.some((c) => c.agency_types?.includes(type.id))) {
      issues.push({ code: "agency-type-without-cohort", severity: "warning", path, params: { type: type.id } });
    }
    if (!scored.some((n) => appliesAlongPath(rubric, n.path, type.id))) {
      issues.push({ code: "agency-type-nothing-applies", severity: "error", path, params: { type: type.id } });
    }
  });
  return issues;
}

/** Whether a node and every group above it apply to the type. */
function appliesAlongPath(rubric: Rubric, path: string[], type: string): boolean {
  let items: unknown = rubric;
  for (const segment of path) {
    items = (items as Record<string, unknown>)[segment];
    const node = items as { applies_to?: string[]; kind?: string } | undefined;
    if (node && typeof node === "object" && !Array.isArray(node) && node.kind && node.applies_to && !node.applies_to.includes(type)) return false;
  }
  return true;
}

/** by_agency_type sets are searched in order: a type already listed by an earlier set never reaches a later one. */
function bandSets(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  rubric.bands.by_agency_type?.forEach((set, i) => {
    set.agency_types.forEach((type, j) => {
      if (seen.has(type)) issues.push({ code: "band-type-shadowed", severity: "warning", path: ["bands", "by_agency_type", String(i), "agency_types", String(j)], params: { type } });
    });
    set.agency_types.forEach((t) => seen.add(t));
  });
  return issues;
}

/** Options are read only by choice and checklist rules on their own input. */
function options(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  for (const { node, path } of indicatorsOf(rubric)) {
    const check = (input: SimpleInput, inputPath: string[], readers: Rule[]) => {
      if (input.type !== "choice" && input.type !== "checklist") return;
      const read = readers.some((r) => r.type === input.type);
      // A rule that cannot score the input is rule-input-mismatch's finding; its options' points are not the problem.
      const misfit = readers.some((r) => !ruleFits(r.type, input.type));
      input.options.forEach((o: Option, j) => {
        const here = [...inputPath, "options", String(j)];
        const priced = o.points !== undefined || o.fraction !== undefined;
        if (read && !priced) issues.push({ code: "option-unscored", severity: "warning", path: [...here, "id"], params: { code: node.code, option: o.id } });
        // Priced twice, the points count and the fraction beside them is ignored (rules.ts), as for a band step.
        if (read && o.points !== undefined && o.fraction !== undefined) issues.push({ code: "points-and-fraction", severity: "warning", path: [...here, "fraction"], params: { code: node.code, option: o.id, points: o.points, fraction: o.fraction } });
        if (!read && priced && !misfit) {
          // Said as what the option carries (points or a fraction of the max) and why nothing reads it.
          const priced = o.points !== undefined ? "points" : "fraction";
          const reader = readers[0]?.type;
          issues.push({ code: "option-points-ignored", severity: "warning", path: [...here, priced], params: { code: node.code, option: o.id, priced, ...(reader !== undefined ? { rule: reader } : {}) } });
        }
      });
    };
    const rule = node.info_only ? undefined : node.rule;
    if (node.input.type === "parts") {
      // A field no term names is field-unscored's one finding: its options' points are ignored for that one reason.
      const named = rule && (rule.type === "sum" || rule.type === "best_of") ? namedFields(rule) : undefined;
      node.input.fields.forEach((f, k) => { if (!named || named.has(f.id)) check(f.input, [...path, "input", "fields", String(k), "input"], rule ? fieldRules(rule, f.id) : []); });
    } else check(node.input, [...path, "input"], rule ? topRules(rule) : []);
  }
  return issues;
}

/** The rules that see the whole answer: the rule itself, or terms without a field, recursively. */
function topRules(rule: Rule): Rule[] {
  if (rule.type !== "sum" && rule.type !== "best_of") return [rule];
  return terms(rule).filter((t) => t.field === undefined).flatMap((t) => topRules(t.rule));
}

/** The rules applied to one field of a parts input. */
function fieldRules(rule: Rule, field: string): Rule[] {
  if (rule.type !== "sum" && rule.type !== "best_of") return [];
  return terms(rule).flatMap((t) => (t.field === field ? [t.rule] : t.field === undefined ? fieldRules(t.rule, field) : []));
}

function terms(rule: Rule): Term[] {
  return rule.type === "sum" ? rule.parts : rule.type === "best_of" ? rule.cases : [];
}

/** A field of a parts input that no term of the rule names is asked for and never scored. */
function fields(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  for (const { node, path } of indicatorsOf(rubric)) {
    if (node.input.type !== "parts" || node.info_only || !node.rule) continue;
    if (node.rule.type !== "sum" && node.rule.type !== "best_of") continue;
    const named = namedFields(node.rule);
    // A name the rule gives that no field has (unknown-field-ref, an error) is most likely this field misspelt.
    const declared = new Set(node.input.fields.map((f) => f.id));
    const stray = [...named].filter((n) => !declared.has(n));
    node.input.fields.forEach((f, k) => {
      if (!named.has(f.id)) issues.push({ code: "field-unscored", severity: "warning", path: [...path, "input", "fields", String(k), "id"], params: { code: node.code, field: f.id, ...(stray.length > 0 ? { hint_stray_field: stray.join(", ") } : {}) } });
    });
  }
  return issues;
}

function namedFields(rule: Rule): Set<string> {
  const out = new Set<string>();
  for (const t of terms(rule)) {
    if (t.field !== undefined) out.add(t.field);
    else for (const f of namedFields(t.rule)) out.add(f);
  }
  return out;
}
