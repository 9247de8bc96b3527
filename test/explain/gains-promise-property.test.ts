import { describe, expect, it } from "vitest";
import type { AgencyFile, Answer } from "../../src/core/agency.js";
import { allIndicators } from "../../src/core/codes.js";
import type { AgencyScore } from "../../src/core/result.js";
import type { Indicator, SimpleInput } from "../../src/core/rubric.js";
import { scoreAgency } from "../../src/core/score.js";
import { bestAnswer } from "../../src/explain/best-answer.js";
import { explainAgency, type Explanation } from "../../src/explain/explain.js";
import { agencyIssues } from "../../src/load/load-agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFiles } from "../../src/load/registry.js";
import { seededRandom } from "../helpers/random.js";

// Every gain explain --format json promises is checked by scoring the answer it names, written into the file and
// validated as a file is: a sure row's answer raises the total by its gain, a conditional one's (only_if_dated_by,
// in_time) by the gain it says, and total_if_all is the total with every sure answer taken together.
const FIXTURES = ["test/fixtures/rubrics/deadline-parts.yaml", "test/fixtures/rubrics/deadline-two-parts.yaml", "test/fixtures/rubrics/deadline-nested.yaml", "test/fixtures/rubrics/deadline-sum-in-sum.yaml"];
const DAYS = ["2025-01-15", "2025-03-01", "2025-06-30", "2025-07-15", "2025-09-25", "2025-11-15", "2026-01-15"];
const EVIDENCE = { number: "1/KH-UBND", date: "2025-01-02", title: "Kế hoạch", link: "https://example.gov.vn/ke-hoach" };

type Loaded = Extract<ReturnType<typeof loadRubric>, { ok: true }>["loaded"];

function loaded(file: string): Loaded {
  const o = loadRubric(file);
  if (!o.ok) throw new Error(`${file} does not load`);
  return o.loaded;
}

const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function randomDate(r: () => number, input: { min?: string; max?: string }): string {
  const lo = Date.parse(input.min ?? "2025-01-01");
  const hi = Date.parse(input.max ?? "2025-12-31");
  return new Date(lo + Math.floor(r() * ((hi - lo) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
}

function randomValue(r: () => number, input: SimpleInput): unknown {
  switch (input.type) {
    case "boolean": return r() < 0.5;
    case "number": { const v = (input.min ?? 0) + r() * ((input.max ?? 100) - (input.min ?? 0)); return input.integer ? Math.floor(v) : Math.round(v * 10) / 10; }
    case "percent": return int(r, 0, 100);
    case "fraction": { const b = int(r, 0, 30); return { a: int(r, 0, b), b }; }
    case "count": return int(r, 0, Math.floor(input.max ?? 20));
    case "choice": return pick(r, input.options).id;
    case "checklist": return input.options.filter(() => r() < 0.4).map((o) => o.id);
    case "level": return int(r, input.min ?? 0, input.max);
    case "date": return randomDate(r, input);
    case "text": return "Có thực hiện đầy đủ theo kế hoạch";
  }
}

function randomAnswer(r: () => number, ind: Indicator, naAllowed: boolean): Answer | "?" | undefined {
  const roll = r();
  if (roll < 0.2) return undefined;
  if (roll < 0.27) return "?";
  if (roll < 0.35 && naAllowed) return { na: true, reason: "Không phát sinh" };
  const input = ind.input;
  const value = input.type === "parts"
    ? Object.fromEntries(input.fields.flatMap((f) => { const x = r(); return x < 0.2 ? [] : x < 0.4 ? [[f.id, "?"]] : [[f.id, randomValue(r, f.input)]]; }))
    : randomValue(r, input);
  return { value, evidence: r() < 0.9 ? [EVIDENCE] : [] };
}

/** The agency with `code` answered `value` and the evidence its rubric asks for, as an officer would write it. */
function answered(a: AgencyFile, ind: Indicator, value: unknown): AgencyFile {
  const answers = { ...(a.answers ?? {}) };
  const old = answers[ind.code];
  const given = old && old !== "?" && Array.isArray(old.evidence) ? old.evidence : [];
  const needed = ind.evidence?.required ? (ind.evidence.min ?? 1) : 0;
  answers[ind.code] = { value, evidence: [...given, ...Array.from({ length: Math.max(0, needed - given.length) }, () => EVIDENCE)] };
  return { ...a, answers };
}

const errorsOf = (rubric: Loaded, a: AgencyFile) => agencyIssues(JSON.parse(JSON.stringify(a)) as Record<string, unknown>, rubric).issues.filter((i) => i.severity !== "warning");

/** The total before its floor of 0, as explain measures a gain (see explain.ts standing). */
const standing = (s: AgencyScore) => Math.min(s.base.points + s.bonus.points - s.penalty.points, s.max);

/** A random valid file: the answers validation refuses are left out. */
function randomAgency(r: () => number, rubric: Loaded): AgencyFile {
  const rb = rubric.rubric;
  const answers: Record<string, Answer | "?"> = {};
  for (const ind of allIndicators(rb)) {
    const na = ind.na ?? rb.defaults?.na;
    const a = randomAnswer(r, ind, na !== undefined && na !== "forbidden");
    if (a !== undefined) answers[ind.code] = a;
  }
  const agency: AgencyFile = { rubric: { id: rb.id, version: rb.version }, agency: { id: "x", name: "Xã X", type: pick(r, rb.agency_types).id }, period: rb.period ?? "2025", answers };
  for (let round = 0; round < 3; round++) {
    const bad = new Set(errorsOf(rubric, agency).filter((i) => i.path[0] === "answers" && i.path[1] !== undefined).map((i) => i.path[1]!));
    if (bad.size === 0) break;
    for (const code of bad) delete answers[code];
  }
  return agency;
}

function currentValue(a: AgencyFile, code: string): unknown {
  const x = a.answers?.[code];
  if (!x || x === "?" || x.na) return undefined;
  return x.value === "?" ? undefined : x.value;
}

let wordsChecked = 0;

/** The dates `value` writes that `before` did not hold (a date alone, or the parts of a multi-part answer). */
function newDates(value: unknown, before: unknown): string[] {
  const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
  if (isDate(value)) return value === before ? [] : [value];
  if (typeof value !== "object" || value === null) return [];
  const old = (typeof before === "object" && before !== null ? before : {}) as Record<string, unknown>;
  return Object.entries(value).flatMap(([k, v]) => (isDate(v) && v !== old[k] ? [v] : []));
}

/** Each promise of the explanation that scoring the answer it names does not keep. */
function broken(rubric: Loaded, a: AgencyFile, e: Explanation, today: string): string[] {
  const rb = rubric.rubric;
  const out: string[] = [];
  const base = standing(scoreAgency(rb, a));
  const byCode = new Map(allIndicators(rb).map((i) => [i.code, i]));
  const rise = (b: AgencyFile) => {
    const errors = errorsOf(rubric, b);
    if (errors.length > 0) return `refused: ${errors.map((i) => `${i.code} ${i.path.join(".")}`).join(", ")}`;
    return standing(scoreAgency(rb, b)) - base;
  };
  const check = (what: string, code: string, value: unknown, promised: number) => {
    const got = rise(answered(a, byCode.get(code)!, value));
    if (typeof got === "string" || Math.abs(got - promised) > 0.005) out.push(`${code} ${what}: promised +${promised}, ${typeof got === "string" ? got : `got +${got.toFixed(4)}`} with ${JSON.stringify(value)} (was ${JSON.stringify(a.answers?.[code])})`);
  };
  let all = a;
  for (const g of e.gains) {
    const ind = byCode.get(g.code)!;
    const best = bestAnswer(ind.rule!, ind.input, ind.max, currentValue(a, g.code), "en", undefined, today);
    if (!best) { out.push(`${g.code}: a gain with no answer`); continue; }
    const inTime = best.inTime ? (best.inTime.answer ?? best.inTime.value) : undefined;
    if (g.only_if_dated_by) {
      check("only_if_dated_by", g.code, best.onlyIfDatedBy ? best.value : inTime, g.gain);
      continue;
    }
    check("sure", g.code, best.value, g.gain);
    // A sure answer never backdates: a date it writes is today's or later.
    const before = currentValue(a, g.code);
    for (const d of newDates(best.value, before)) if (d < today) out.push(`${g.code}: the sure answer dates ${d}, before ${today} (${g.answer})`);
    if (g.in_time) {
      if (!g.answer.includes(g.in_time.only_if_dated_by)) out.push(`${g.code}: in_time by ${g.in_time.only_if_dated_by}, not in its words (${g.answer})`);
      if (!newDates(inTime, before).includes(g.in_time.only_if_dated_by)) out.push(`${g.code}: the in-time answer ${JSON.stringify(inTime)} is not dated ${g.in_time.only_if_dated_by}`);
    }
    if (g.in_time) check("in_time", g.code, inTime, g.in_time.gain);
    // Each further date of a sum says its own rise in its words: "Report date: …; if it was issued on or before 2025-08-31: +22".
    for (const [, by, gain] of g.answer.matchAll(/on or before (\d{4}-\d{2}-\d{2}): \+([\d.]+)/g)) {
      const answers = [...(best.inTime?.value === by ? [inTime] : []), ...(best.inTime?.more ?? []).filter((m) => m.value === by).map((m) => m.answer)];
      wordsChecked++;
      const rises = answers.map((v) => rise(answered(a, ind, v)));
      if (!rises.some((x) => typeof x === "number" && Math.abs(x - Number(gain)) <= 0.005)) out.push(`${g.code} words: "+${gain}" if dated by ${by}, the in-time answers give ${JSON.stringify(rises)} (${g.answer})`);
    }
    all = answered(all, ind, best.value);
  }
  const sure = e.gains.filter((g) => !g.only_if_dated_by);
  const sum = Math.round(sure.reduce((s, g) => s + g.gain, 0) * 10 ** e.decimals) / 10 ** e.decimals;
  if (Math.abs(sum - e.gains_total) > 0.005) out.push(`gains_total ${e.gains_total}, the sure gains sum to ${sum}`);
  const errors = errorsOf(rubric, all);
  const withAll = scoreAgency(rb, all).total;
  if (errors.length > 0) out.push(`every sure answer together is refused: ${errors.map((i) => i.code).join(", ")}`);
  else if (Math.abs(withAll - e.total_if_all) > 0.005) out.push(`total_if_all ${e.total_if_all}, every sure answer together gives ${withAll}`);
  return out;
}

describe("explain's gains, each scored as the file it names", () => {
  const rubrics = [...bundledRubricFiles(), ...FIXTURES].map(loaded);

  it("every sure, in-time and conditional gain and total_if_all hold on random partial answers", () => {
    const r = seededRandom(20251009);
    const failures: string[] = [];
    let rows = 0;
    const seen = new Set<string>();
    for (let n = 0; n < 120; n++) {
      const rubric = rubrics[n % rubrics.length]!;
      const today = pick(r, DAYS);
      const a = randomAgency(r, rubric);
      const score = scoreAgency(rubric.rubric, a);
      const e = explainAgency({ rubric: rubric.rubric, sha256: rubric.sha256, file: "a.yaml", agency: a, score, today }, "en");
      rows += e.gains.length;
      for (const g of e.gains) {
        const parts = allIndicators(rubric.rubric).find((i) => i.code === g.code)!.input.type === "parts" ? "parts " : "";
        if (g.only_if_dated_by) seen.add(`${parts}only_if_dated_by`);
        if (g.in_time) seen.add(`${parts}in_time`);
      }
      for (const f of broken(rubric, a, e, today)) failures.push(`#${n} ${rubric.rubric.id} on ${today}: ${f}`);
    }
    expect(rows).toBeGreaterThan(500);
    expect(wordsChecked).toBeGreaterThan(10);
    // The deadlines' rows are among them, alone and as parts.
    expect([...seen].sort()).toEqual(["in_time", "only_if_dated_by", "parts in_time", "parts only_if_dated_by"]);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
