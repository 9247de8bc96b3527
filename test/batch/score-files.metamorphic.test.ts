import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/core/agency.js";
import { allIndicators, indicatorApplies, naPolicy } from "../../src/core/codes.js";
import type { AgencyScore, GroupResult } from "../../src/core/result.js";
import type { Indicator, Input, Rubric } from "../../src/core/rubric.js";
import { scoreFiles } from "../../src/batch/score-files.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFiles } from "../../src/load/registry.js";
import { buildReport } from "../../src/report/report.js";
import { seededRandom } from "../helpers/random.js";

/**
 * Relations between runs where no oracle says what a score must be: how a file is written (answer order, key
 * order, block or flow, comments, CRLF, a BOM), the order of the files, the agency's id and name, a verified value
 * equal to the self value, other cohorts in the batch and an agency worse on every batch-relative input change no
 * score, rank or band. Seeded, a few small batches per bundled rubric: cheap enough for every run.
 */
type Random = () => number;
const pick = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function valueFor(input: Input, r: Random): unknown {
  switch (input.type) {
    case "boolean": return r() < 0.6;
    case "number": return pick(r, input.min ?? 0, input.max ?? 2000) + (r() < 0.3 ? pick(r, 0, 3) / 4 : 0);
    case "percent": return r() < 0.3 ? pick(r, 0, 9999) / 100 : pick(r, 0, 100);
    case "count": return pick(r, 0, Math.min(input.max ?? 30, 30));
    case "fraction": { const b = pick(r, 1, 40); return { a: pick(r, 0, b), b }; }
    case "choice": return input.options[pick(r, 0, input.options.length - 1)]!.id;
    case "checklist": return input.options.filter(() => r() < 0.5).map((o) => o.id);
    case "level": return pick(r, input.min ?? 0, input.max);
    case "date": return `2025-${String(pick(r, 1, 12)).padStart(2, "0")}-${pick(r, 10, 28)}`;
    case "text": return `ghi chú ${pick(r, 0, 9)}`;
    case "parts": return Object.fromEntries(input.fields.map((f) => [f.id, valueFor(f.input, r)]));
  }
}

function evidenceFor(ind: Indicator, k: number): Record<string, string>[] {
  const all: Record<string, string> = { number: `${100 + k}/KH`, date: "2025-03-15", title: `Kế hoạch ${k}`, link: `https://so.gov.vn/${k}`, issuer: "UBND tỉnh" };
  return Array.from({ length: ind.evidence?.min ?? 1 }, (_, j) => Object.fromEntries((ind.evidence?.fields ?? ["title"]).map((f) => [f, `${all[f]}${f === "title" ? `.${j}` : ""}`])));
}

interface Data { rubric: { id: string; version: string }; agency: { id: string; name: string; type: string }; period: string; answers: Record<string, Answer | "?"> }

/** A valid agency: some answers left out or "?", some N/A where allowed, some verified. */
function agencyData(rubric: Rubric, r: Random, id: string, type: string, verified: number): Data {
  const answers: Record<string, Answer | "?"> = {};
  allIndicators(rubric).forEach((ind, k) => {
    if (!indicatorApplies(rubric, ind, type)) return;
    const x = r();
    if (x < 0.05) { if (r() < 0.5) answers[ind.code] = "?"; return; }
    const a: Answer = x < 0.15 && naPolicy(rubric, ind) !== "forbidden" ? { na: true, reason: "không có" } : { value: valueFor(ind.input, r) };
    if (ind.evidence?.required) a.evidence = evidenceFor(ind, k) as Answer["evidence"];
    if (r() < verified) a.verified = { value: valueFor(ind.input, r), by: "Sở KH&CN" };
    answers[ind.code] = a;
  });
  return { rubric: { id: rubric.id, version: rubric.version }, agency: { id, name: `Cơ quan ${id}`, type }, period: "2025", answers };
}

interface Style { order?: string[]; block?: boolean; comments?: boolean; keyOrder?: (keys: string[]) => string[] }
function yamlOf(d: Data, style: Style = {}): string {
  const j = (v: unknown) => JSON.stringify(v);
  const lines = style.comments ? ["# tệp thử (ví dụ)"] : [];
  lines.push(`rubric: {id: ${d.rubric.id}, version: ${j(d.rubric.version)}}`, "agency:", `  id: ${j(d.agency.id)}`, `  name: ${j(d.agency.name)}`, `  type: ${d.agency.type}`, `period: ${j(d.period)}`, "answers:");
  for (const code of style.order ?? Object.keys(d.answers)) {
    const a = d.answers[code]!;
    if (style.comments) lines.push(`  # ${code}`);
    if (a === "?") { lines.push(`  ${j(code)}: "?"`); continue; }
    const keys = (style.keyOrder ?? ((k: string[]) => k))(Object.keys(a)) as (keyof Answer)[];
    if (!style.block) { lines.push(`  ${j(code)}: {${keys.map((k) => `${k}: ${j(a[k])}`).join(", ")}}`); continue; }
    lines.push(`  '${code}':`);
    for (const k of keys) lines.push(`    ${k}: ${j(a[k])}${style.comments ? " # ghi chú" : ""}`);
  }
  return lines.join("\n") + "\n";
}

const fingerprint = (s: AgencyScore | undefined) => s && {
  total: s.total, percent: s.percent, band: s.band?.id ?? null, bonus: s.bonus.points, penalty: s.penalty.points, provisional: s.provisional,
  indicators: s.indicators.map((i) => `${i.code} ${i.points} ${i.status} ${i.max}`),
  groups: (function walk(gs: GroupResult[]): string[] { return gs.flatMap((g) => [`${g.code} ${g.points} ${g.excluded}`, ...walk(g.groups)]); })(s.groups),
  aggregates: s.aggregates.map((a) => `${a.id} ${a.points}/${a.max}`),
};

/** Every agency's scores and rank, by id, as the report gives them; `id` maps an id back to the one compared. */
function scored(files: [string, string][], id = (x: string) => x): Map<string, unknown> {
  const outcome = scoreFiles(files.map(([file, text]) => ({ file, text })));
  expect(outcome.failures.map((f) => f.diagnostics[0]?.code)).toEqual([]);
  const out = new Map<string, unknown>();
  for (const section of buildReport(outcome, { name: "t", version: "0" }, new Date(0)).rubrics) {
    for (const a of section.agencies) out.set(id(a.score.agency.id), { rank: a.rank, size: a.cohort_size, self: fingerprint(a.score), verified: fingerprint(a.verified) ?? null });
  }
  return out;
}

const shuffled = <T>(r: Random, xs: T[]): T[] => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j]!, a[i]!]; }
  return a;
};

const rubrics = bundledRubricFiles().map((f) => { const o = loadRubric(f); if (!o.ok) throw new Error(`bundled rubric ${f} does not load`); return o.loaded.rubric; });

describe.each(rubrics.map((r) => [r.id, r] as const))("metamorphic relations: %s", (_id, rubric) => {
  const r = seededRandom(rubric.id.length * 7919);
  const types = rubric.agency_types.map((t) => t.id);
  const batch = Array.from({ length: 4 }, (_, i) => agencyData(rubric, r, `a${i}`, types[i % types.length]!, i % 2 === 0 ? 0.2 : 0));
  // Two agencies tied with others: their rank is shared, whatever the order.
  batch.push({ ...batch[0]!, agency: { ...batch[0]!.agency, id: "z-tie" } }, { ...batch[1]!, agency: { ...batch[1]!.agency, id: "b-tie" } });
  const files = (style: (d: Data) => Style = () => ({})) => batch.map((d, i): [string, string] => [`/nop/${i}.yaml`, yamlOf(d, style(d))]);
  const base = scored(files());

  it.each<[string, () => [string, string][]]>([
    ["answers in another order", () => files((d) => ({ order: shuffled(r, Object.keys(d.answers)) }))],
    ["keys of each answer in another order", () => files(() => ({ keyOrder: (k) => shuffled(r, k) }))],
    ["block style, single-quoted codes, comments", () => files(() => ({ block: true, comments: true }))],
    ["CRLF line ends", () => files().map(([f, t]) => [f, t.replace(/\n/g, "\r\n")])],
    ["a BOM", () => files().map(([f, t]) => [f, `\uFEFF${t}`])],
    ["the files in another order", () => shuffled(r, files())],
  ])("%s changes no score, rank or band", (_name, variant) => {
    expect(scored(variant())).toEqual(base);
  });

  it("another agency id and name change no score, rank or band", () => {
    const renamed = batch.map((d, i): [string, string] => [`/nop/${i}.yaml`, yamlOf({ ...d, agency: { ...d.agency, id: `x${d.agency.id}`, name: `Đơn vị ${i}` } })]);
    expect(scored(renamed, (id) => id.slice(1))).toEqual(base);
  });

  it("a verified value equal to the self value changes nothing but the verified marks", () => {
    const plain = batch.filter((d) => Object.values(d.answers).every((a) => a === "?" || !a.verified));
    const confirmed = plain.map((d, i): [string, string] => {
      const answers = Object.fromEntries(Object.entries(d.answers).map(([code, a]) => [code, a === "?" || r() < 0.5 ? a : { ...a, verified: a.na ? { na: true, reason: a.reason } : { value: a.value } }]));
      return [`/nop/${i}.yaml`, yamlOf({ ...d, answers })];
    });
    const before = scored(plain.map((d, i) => [`/nop/${i}.yaml`, yamlOf(d)]));
    const after = scored(confirmed) as Map<string, { verified: unknown; self: unknown }>;
    for (const [id, s] of before as Map<string, { self: unknown }>) {
      expect(after.get(id)!.self).toEqual(s.self);
      if (after.get(id)!.verified) expect(after.get(id)!.verified).toEqual(s.self);
    }
  });

  it("a cohort scored alone scores as it does among other cohorts", () => {
    const cohortOf = (d: Data) => rubric.cohorts?.find((c) => c.agency_types?.includes(d.agency.type))?.id ?? d.agency.type;
    const own = cohortOf(batch[0]!);
    const alone = scored(files().filter((_, i) => cohortOf(batch[i]!) === own));
    for (const [id, s] of alone) expect(s).toEqual(base.get(id));
  });

  it("an agency worse on every batch-relative input lowers no other's points on them", () => {
    const relative = allIndicators(rubric).filter((i) => i.rule?.type === "relative_to_best" || i.rule?.type === "min_max");
    const worse = agencyData(rubric, r, "worse", batch[0]!.agency.type, 0);
    // 0 is the worst a higher-is-better figure can be (their minimum is 0); one above everybody's for lower-is-better.
    const everybody = (code: string) => batch.flatMap((d) => [d.answers[code], (d.answers[code] as Answer | undefined)?.verified]).flatMap((a) => (a && a !== "?" && typeof a.value === "number" ? [a.value] : []));
    for (const ind of relative) {
      const answer = worse.answers[ind.code];
      const lower = ind.rule?.type === "min_max" && ind.rule.lower_is_better === true;
      if (answer && answer !== "?") worse.answers[ind.code] = { value: lower ? Math.max(0, ...everybody(ind.code)) + 1 : 0, ...(answer.evidence ? { evidence: answer.evidence } : {}) };
    }
    const more = scored([...files(), ["/nop/worse.yaml", yamlOf(worse)]]) as Map<string, { self: { indicators: string[] } }>;
    const points = (s: { self: { indicators: string[] } } | undefined, code: string) => Number(s!.self.indicators.find((i) => i.startsWith(`${code} `))!.split(" ")[1]);
    for (const [id, s] of base as Map<string, { self: { indicators: string[] } }>) {
      for (const ind of relative) if (s.self.indicators.some((i) => i.startsWith(`${ind.code} `))) expect(points(more.get(id), ind.code)).toBeGreaterThanOrEqual(points(s, ind.code));
    }
  });
});
