import { textMaxLength } from "./agency-schema.js";
import { suggestCode, suggestKey } from "./check-agency.js";
import { allIndicators, appliesTo, compareCodes } from "./codes.js";
import type { Issue } from "./issue.js";
import { NUMERIC_INPUTS, RATIO_INPUTS } from "./measure.js";
import { roundTo } from "./round.js";
import type { BandSet, Group, Indicator, Input, Item, Rule, Rubric, SimpleInput, Term } from "./rubric.js";

/**
 * Real rubrics have tens to a few hundred indicators. explain scores an agency again for every gain it
 * weighs, so its time grows with the square of the count: a rubric of 10,000 took ten minutes.
 */
export const MAX_INDICATORS = 1000;

/** What a JSON Schema cannot say about a rubric: its size, codes, sums, rule–input fit, references, order. */
export function checkRubric(rubric: Rubric): Issue[] {
  const count = allIndicators(rubric).length;
  // Said first, and the other checks still run: an author splitting a large rubric sees its other mistakes too.
  const issues: Issue[] = count > MAX_INDICATORS ? [{ code: "too-many-indicators", path: ["groups"], params: { count, limit: MAX_INDICATORS } }] : [];
  const seen = new Map<string, string[]>();
  const types = new Set(rubric.agency_types.map((t) => t.id));
  const eps = 1e-9;

  const checkTypes = (list: string[] | undefined, path: string[]) => {
    list?.forEach((t, i) => { if (!types.has(t)) issues.push({ code: "unknown-agency-type-ref", path: [...path, String(i)], params: { type: t, ...suggestion(suggestKey(t, [...types])) } }); });
  };
  const noteCode = (code: string, path: string[]) => {
    const first = seen.get(code);
    if (first) issues.push({ code: "duplicate-code", path: [...path, "code"], params: { code, first_path: first.join("/") } });
    else seen.set(code, path);
  };
  /** Ids must be unique within their list: a repeated one is reported at its second use, naming the line of the first. */
  const checkIds = (list: readonly { id: string }[] | undefined, path: string[]) => {
    const first = new Map<string, number>();
    list?.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      else issues.push({ code: "duplicate-id", path: [...path, String(i), "id"], params: { id: item.id, first_path: [...path, String(earlier), "id"].join("/") } });
    });
  };
  const checkSiblings = (items: Item[], path: string[], parent?: string) => {
    let previous: string | undefined;
    items.forEach((item, i) => {
      if (item.kind === "heading" || item.code === undefined) return;
      const here = [...path, String(i)];
      // A code outside its group's prefix (1.3 typed in group 2) is that finding alone: its order among the group's
      // codes means nothing, and the codes after it are ordered against the one before it.
      if (parent !== undefined && !item.code.startsWith(parent + ".")) { issues.push({ code: "code-prefix", path: [...here, "code"], params: { code: item.code, parent } }); return; }
      if (previous !== undefined && compareCodes(previous, item.code) > 0) issues.push({ code: "code-order", path: [...here, "code"], params: { code: item.code, previous } });
      previous = item.code;
    });
  };

  const decimals = rubric.rounding.decimals;
  /**
   * Points are carried in whole units of the rubric's decimals (see round.ts): a max, cap or floor between two of them
   * was carried as the nearer one (0.5 as 1 at 0 decimals), so that four half-point answers made 4 where the rules
   * gave 2 and their group read as rescaled for N/A answers it did not have.
   */
  const checkDecimals = (value: number | undefined, path: string[], code: string) => {
    if (value === undefined || decimalsOf(value) <= decimals) return;
    const key = path[path.length - 1]!;
    issues.push({ code: "max-decimals", path, params: { key, code, value, carried: roundTo(value, decimals), decimals, needed: decimalsOf(value) } });
  };

  const checkGroup = (group: Group, path: string[]) => {
    noteCode(group.code, path);
    checkDecimals(group.max, [...path, "max"], group.code);
    checkDecimals(group.cap, [...path, "cap"], group.code);
    checkDecimals(group.floor, [...path, "floor"], group.code);
    checkTypes(group.applies_to, [...path, "applies_to"]);
    checkSiblings(group.items, [...path, "items"], group.code);
    group.items.forEach((item, i) => {
      const here = [...path, "items", String(i)];
      if (item.kind === "group") checkGroup(item, here);
      else if (item.kind === "indicator") checkIndicator(item, here);
    });
    if (group.floor !== undefined) {
      // The floor is applied after the cap: above the cap (or the max) it lifts the group past it.
      const [key, limit] = group.cap !== undefined && group.cap <= group.max ? ["cap", group.cap] as const : ["max", group.max] as const;
      if (group.floor > limit + eps) issues.push({ code: "floor-above-max", path: [...path, "floor"], params: { code: group.code, floor: group.floor, key, limit } });
    }
    if ((group.aggregate ?? "sum") === "sum") {
      const sum = group.items.reduce((s, item) => s + (item.kind === "heading" ? 0 : item.max), 0);
      if (Math.abs(sum - group.max) > eps) {
        // Children that differ by agency type (a target of 97 % for departments, 80 % for communes, as two
        // indicators) add up to the group's max for each type it applies to, not all together: the type
        // they fail for is named with its own sum (the sum of all, which counts for no type, misled).
        const byType = typeSums(group);
        const failing = byType.find(([, typeSum]) => Math.abs(typeSum - group.max) > eps);
        const children = group.items.filter((item) => item.kind !== "heading");
        if (!byType.some(([, typeSum]) => Math.abs(typeSum - sum) > eps)) issues.push({ code: "max-mismatch", path: [...path, "max"], params: { code: group.code, declared: group.max, sum: round(sum), ...addends(children) } });
        else if (failing) issues.push({ code: "max-mismatch-type", path: [...path, "max"], params: { code: group.code, declared: group.max, sum: round(failing[1]), type: failing[0], ...addends(children.filter((item) => appliesTo(item, failing[0]))) } });
      }
    }
  };

  /**
   * The maxima a sum adds up, each by its code ("1.1 (10) + 1.2 (12)"): the one that is wrong is found without adding
   * them again. None for one alone, whose max the sentence already says.
   */
  const addends = (items: readonly { code?: string; max: number }[]): { hint_addends?: string } =>
    items.length < 2 ? {} : { hint_addends: items.map((item) => `${item.code ?? "?"} (${item.max})`).join(" + ") };

  /** The children's sum for each agency type the group applies to. */
  const typeSums = (group: Group): [string, number][] =>
    [...types].filter((t) => group.applies_to === undefined || group.applies_to.includes(t))
      .map((t) => [t, group.items.reduce((sum, item) => sum + (item.kind !== "heading" && appliesTo(item, t) ? item.max : 0), 0)]);

  const checkIndicator = (ind: Indicator, path: string[]) => {
    noteCode(ind.code, path);
    checkDecimals(ind.max, [...path, "max"], ind.code);
    checkTypes(ind.applies_to, [...path, "applies_to"]);
    checkInput(ind.input, [...path, "input"]);
    if (ind.info_only) {
      if (ind.max !== 0 || ind.rule) issues.push({ code: "info-only-points", path: [...path, ind.rule ? "rule" : "max"], params: { code: ind.code } });
      return;
    }
    if (!ind.rule) { issues.push({ code: "rule-missing", path, params: { code: ind.code } }); return; }
    const from = issues.length;
    checkRule(ind.rule, ind.input, ind.max, [...path, "rule"], true);
    if (ind.input.type === "choice" || ind.input.type === "checklist") {
      ind.input.options.forEach((o, i) => {
        if (o.points !== undefined && o.points > ind.max + eps) issues.push({ code: "points-exceed-max", path: [...path, "input", "options", String(i), "points"], params: { what: o.id, points: o.points, max: ind.max } });
      });
    }
    // Points above the max said with the indicator they are in: "late_points gives 12 points" named none.
    for (const issue of issues.slice(from)) if (issue.code === "points-exceed-max") issue.params = { ...issue.params, code: ind.code };
  };

  const checkInput = (input: Input, path: string[]) => {
    if (input.type === "parts") {
      checkIds(input.fields, [...path, "fields"]);
      input.fields.forEach((f, i) => checkInput(f.input, [...path, "fields", String(i), "input"]));
    }
    // A level needs two levels at least: ratio scores (level − min) / (max − min), and min defaults to 0.
    if (input.type === "level" && (input.min ?? 0) >= input.max) issues.push(badRange(path, "min", input.min ?? 0, input.max));
    if ((input.type === "number" || input.type === "date") && input.min !== undefined && input.max !== undefined && input.min > input.max) issues.push(badRange(path, "min", input.min, input.max));
    if (input.type === "text" && input.min_length !== undefined && input.min_length > textMaxLength(input)) issues.push(textBadRange(path, input.min_length, input.max_length));
    if (input.type === "choice" || input.type === "checklist") checkIds(input.options, [...path, "options"]);
  };

  const checkRule = (rule: Rule, input: Input, max: number, path: string[], top: boolean) => {
    const mismatch = () => issues.push({ code: "rule-input-mismatch", path: [...path, "type"], params: { rule: rule.type, input: input.type, ...rulesFor(input.type, top) } });
    if (rule.type === "sum" || rule.type === "best_of") {
      const terms: Term[] = rule.type === "sum" ? rule.parts : rule.cases;
      const key = rule.type === "sum" ? "parts" : "cases";
      terms.forEach((term, i) => {
        const here = [...path, key, String(i)];
        if (rule.type === "sum" && term.max === undefined) issues.push({ code: "term-max-missing", path: here, params: {} });
        if (term.max !== undefined && term.max > max + eps) issues.push({ code: "points-exceed-max", path: [...here, "max"], params: { what: listItem(key, i), points: term.max, max } });
        let target: Input = input;
        if (term.field !== undefined) {
          const field = input.type === "parts" ? input.fields.find((f) => f.id === term.field) : undefined;
          // The fields it could have named, said beside it (an agency file's unknown field lists them too); an
          // input of another type has none to name (`fields` empty: said so).
          const declared = input.type === "parts" ? input.fields.map((f) => f.id) : [];
          if (!field) { issues.push({ code: "unknown-field-ref", path: [...here, "field"], params: { field: term.field, fields: declared.join(", "), input: input.type, ...suggestion(suggestKey(term.field, declared)) } }); return; }
          target = field.input;
        }
        checkRule(term.rule, target, term.max ?? max, [...here, "rule"], false);
      });
      return;
    }
    if (input.type === "parts") { mismatch(); return; }
    const simple: SimpleInput = input;
    // Nested in a sum or a case, or on an input that is no number: each said as what it is.
    if ((rule.type === "relative_to_best" || rule.type === "min_max") && !top) { issues.push({ code: "relative-nested", path: [...path, "type"], params: { rule: rule.type } }); return; }
    const fits = ruleFits(rule.type, simple.type);
    if (!fits) mismatch();
    switch (rule.type) {
      case "fixed": if (fits && (rule.points ?? 0) > max + eps) issues.push({ code: "points-exceed-max", path: [...path, "points"], params: { what: "fixed", points: rule.points ?? 0, max } }); break;
      case "deadline":
        if (rule.late_points !== undefined && rule.late_points > max + eps) issues.push({ code: "points-exceed-max", path: [...path, "late_points"], params: { what: "late_points", points: rule.late_points, max } });
        break;
      case "bands":
        checkSteps(rule.steps, max, path);
        if (rule.else !== undefined && rule.else > max + eps) issues.push({ code: "points-exceed-max", path: [...path, "else"], params: { what: "else", points: rule.else, max } });
        break;
      case "piecewise":
        rule.points.forEach(([x, y], i) => {
          if (i > 0 && x <= rule.points[i - 1]![0]) issues.push({ code: "piecewise-order", path: [...path, "points", String(i)], params: { x, previous: rule.points[i - 1]![0] } });
          if (y > max + eps) issues.push({ code: "points-exceed-max", path: [...path, "points", String(i)], params: { what: listItem("piecewise", i), points: y, max } });
        });
        break;
    }
  };

  const checkSteps = (steps: { min: number; points?: number }[], max: number, path: string[]) => {
    steps.forEach((s, i) => {
      if (s.points !== undefined && s.points > max + eps) issues.push({ code: "points-exceed-max", path: [...path, "steps", String(i), "points"], params: { what: listItem("steps", i), points: s.points, max } });
    });
    checkOrder(steps, path, "steps");
  };

  // Listed from the highest min: a list wholly from the lowest up (the order an author first writes) is one finding
  // with the order to write, not one a step; otherwise each min not below the one before it.
  const checkOrder = (list: { min: number; id?: string }[], path: string[], key: "steps" | "levels") => {
    if (list.length > 1 && list.every((x, i) => i === 0 || x.min > list[i - 1]!.min)) {
      const mins = list.map((x) => x.min);
      issues.push({ code: "bands-order", path: [...path, key, "0", "min"], params: { order_of: key, mins: mins.join(", "), reversed: [...mins].reverse().join(", ") } });
      return;
    }
    list.forEach((x, i) => {
      if (i === 0 || x.min < list[i - 1]!.min) return;
      const previous = list[i - 1]!;
      // Two ways out, as the author meant it: a min mistyped, or an item listed below one it ranks above.
      const fix: Record<string, string | number> = x.min === previous.min ? {} : key === "levels" ? { hint_order_level: x.id ?? "?", hint_order_previous: previous.id ?? "?" } : { hint_order_step: x.min };
      issues.push({ code: "bands-order", path: [...path, key, String(i), "min"], params: { order_of: key, min: x.min, previous: previous.min, ...fix } });
    });
  };

  checkSiblings(rubric.groups, ["groups"]);
  rubric.groups.forEach((g, i) => checkGroup(g, ["groups", String(i)]));
  checkDecimals(rubric.scale, ["scale"], rubric.id);
  if ((rubric.aggregate ?? "sum") === "sum") {
    const sum = rubric.groups.reduce((s, g) => s + g.max, 0);
    if (Math.abs(sum - rubric.scale) > eps) issues.push({ code: "scale-mismatch", path: ["scale"], params: { declared: rubric.scale, sum: round(sum), ...addends(rubric.groups) } });
  }
  for (const key of ["bonus", "penalty"] as const) {
    rubric[key]?.items.forEach((item, i) => checkIndicator(item, [key, "items", String(i)]));
    checkDecimals(rubric[key]?.cap, [key, "cap"], key);
  }
  checkIds(rubric.cohorts, ["cohorts"]);
  rubric.cohorts?.forEach((c, i) => checkTypes(c.agency_types, ["cohorts", String(i), "agency_types"]));
  // An agency type no cohort lists is ranked under its own id (cohortOf): a cohort of that id would rank those
  // agencies together with its own, departments among communes, where lint says they are ranked apart.
  rubric.cohorts?.forEach((c, i) => {
    if (rubric.agency_types.some((t) => t.id === c.id) && !rubric.cohorts!.some((o) => o.agency_types?.includes(c.id))) {
      issues.push({ code: "cohort-id-type", path: ["cohorts", String(i), "id"], params: { cohort: c.id } });
    }
  });
  checkIds(rubric.aggregates, ["aggregates"]);
  const within = enclosingGroups(rubric);
  // An aggregate adds up the nodes it includes: a node listed twice, or with a group above it, is counted twice.
  const overlap = (a: string, b: string) => a === b || (within.get(a)?.includes(b) ?? false) || (within.get(b)?.includes(a) ?? false);
  rubric.aggregates?.forEach((a, i) => a.include.forEach((code, j) => {
    const path = ["aggregates", String(i), "include", String(j)];
    if (!seen.has(code)) { issues.push({ code: "unknown-code-ref", path, params: { code, ...suggestion(suggestCode(code, seen.keys())) } }); return; }
    const other = a.include.slice(0, j).find((earlier) => overlap(earlier, code));
    if (other !== undefined) issues.push({ code: "aggregate-overlap", path, params: { id: a.id, code, other } });
  }));
  const checkBands = (set: BandSet, path: string[]) => {
    checkIds(set.levels, [...path, "levels"]);
    checkOrder(set.levels, path, "levels");
  };
  checkBands(rubric.bands, ["bands"]);
  rubric.bands.by_agency_type?.forEach((b, i) => { checkBands(b, ["bands", "by_agency_type", String(i)]); checkTypes(b.agency_types, ["bands", "by_agency_type", String(i), "agency_types"]); });
  checkIds(rubric.agency_types, ["agency_types"]);
  // What to write instead: the code after the last of its siblings', which no item uses yet. An item outside its
  // group's prefix (1.5 moved to group 2 and not recoded) is given the group's next code, not one of the group it left.
  const outside = new Map(issues.filter((i) => i.code === "code-prefix").map((i) => [i.path.join("/"), String(i.params.parent)]));
  for (const issue of issues) {
    if (issue.code !== "duplicate-code" && issue.code !== "code-prefix") continue;
    const code = String(issue.params.code);
    const parent = outside.get(issue.path.join("/"));
    if (parent !== undefined) {
      const free = nextFreeCode(`${parent}.${code.slice(code.lastIndexOf(".") + 1)}`, seen);
      if (free !== undefined) Object.assign(issue.params, { hint_group_code: free, hint_group: parent });
      continue;
    }
    const free = nextFreeCode(code, seen);
    if (free !== undefined) issue.params.hint_free_code = free;
  }
  return issues;
}

/**
 * The code one past the highest of those that share a code's prefix (6.5.1, 6.5.1 → 6.5.2; T.1 → T.3 beside T.2),
 * written with as many digits as the repeated one (01 → 03). None for a code whose last part is not a number.
 */
function nextFreeCode(code: string, used: ReadonlyMap<string, unknown>): string | undefined {
  const m = /^(.*?)(\d+)$/.exec(code);
  if (!m) return undefined;
  const [, prefix, digits] = m as unknown as [string, string, string];
  let highest = 0;
  for (const other of used.keys()) {
    if (!other.startsWith(prefix)) continue;
    const rest = other.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return prefix + String(highest + 1).padStart(digits.length, "0");
}

/** The codes of the groups above each group and indicator of the tree. */
function enclosingGroups(rubric: Rubric): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (items: Item[], above: string[]) => items.forEach((item) => {
    if (item.kind === "heading") return;
    if (!out.has(item.code)) out.set(item.code, above);
    if (item.kind === "group") walk(item.items, [...above, item.code]);
  });
  rubric.groups.forEach((g) => { out.set(g.code, []); walk(g.items, [g.code]); });
  return out;
}

/** A range with room for no answer, or (a level) for only one; located at its lower bound. */
function badRange(path: string[], low: "min" | "min_length", min: number | string, max: number | string): Issue {
  return { code: "bad-range", path: [...path, low], params: { low, high: low === "min" ? "max" : "max_length", min, max } };
}

/**
 * A text's min_length above the longest answer an agency file may hold: its max_length, else TEXT_MAX (text_max
 * says which, for the sentence). Found and expected are in characters, as the agency file's too-long says them.
 */
function textBadRange(path: string[], minLength: number, maxLength: number | undefined): Issue {
  const limit = textMaxLength({ max_length: maxLength });
  const issue = badRange(path, "min_length", minLength, limit);
  return { ...issue, params: { ...issue.params, found: minLength, expected_key: "maxLength", limit, ...(maxLength === undefined ? { text_max: limit } : {}) } };
}

/** The decimals a number is written with, as its shortest reading gives them (0.125: 3; 1e-7: 7). */
function decimalsOf(n: number): number {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  return m ? Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0)) : 0;
}

function round(n: number): number {
  return Number(n.toFixed(6));
}

/** Whether a rule of this type can score an input of this type (sum and best_of are judged term by term). */
export function ruleFits(rule: Rule["type"], input: SimpleInput["type"]): boolean {
  switch (rule) {
    case "fixed": return input === "boolean";
    case "ratio": return RATIO_INPUTS.has(input);
    case "choice": case "checklist": return input === rule;
    case "deadline": return input === "date";
    case "target": case "per_unit": case "piecewise": case "bands": return NUMERIC_INPUTS.has(input);
    case "relative_to_best": case "min_max": return NUMERIC_INPUTS.has(input) && input !== "boolean" && input !== "checklist";
    default: return true;
  }
}

/** The rules that score a single answer, in the order docs/rubric-format.md lists them (sum and best_of combine terms). */
const SCORING_RULES: readonly Rule["type"][] = ["fixed", "ratio", "target", "bands", "piecewise", "choice", "checklist", "per_unit", "deadline", "relative_to_best", "min_max"];

/** What a misfit rule's finding says is expected: the rules that do score the input (in a term, none of the batch-relative ones), or that none does. */
function rulesFor(input: Input["type"], top: boolean): Record<string, string> {
  if (input === "parts") return { expected_key: "rules-for-input", rules: "sum, best_of" };
  const rules = SCORING_RULES.filter((r) => ruleFits(r, input) && (top || (r !== "relative_to_best" && r !== "min_max")));
  return rules.length === 0 ? { expected_key: "no-rule-for-input" } : { expected_key: "rules-for-input", rules: rules.join(", ") };
}

/** A "did you mean" for a name a rule or list refers to (so_hoa for so-hoa, 1.1 for 1.l, commune for Commune). */
function suggestion(known: string | undefined): { suggestion: string } | Record<string, never> {
  return known === undefined ? {} : { suggestion: `"${known}"` };
}

/** An item of a rubric's list as its author counts it, from one ("steps #1"): the path in json counts from zero. */
export function listItem(key: string, index: number): string {
  return `${key} #${index + 1}`;
}
