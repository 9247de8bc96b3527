import { describe, expect, it } from "vitest";
import { askIndicator } from "../../src/assess/ask-indicator.js";
import { parseNumber } from "../../src/assess/parse-number.js";
import { allIndicators } from "../../src/core/codes.js";
import type { Indicator, Rubric } from "../../src/core/rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { parseAgencyFile, validateAgency } from "../../src/load/load-agency.js";
import type { Asker, Choice } from "../../src/prompts/ask.js";

const loaded = loadRubric("rubrics/dti-cap-so.yaml");
if (!loaded.ok) throw new Error("dti-cap-so does not load");
const rubric: Rubric = loaded.loaded.rubric;
const byCode = new Map(allIndicators(rubric).map((i) => [i.code, i]));
const indicator = (code: string): Indicator => byCode.get(code)!;

class Refused { constructor(readonly error: string) {} }
class Answered { constructor(readonly value: unknown) {} }

/**
 * What assess makes of text typed at an indicator's first question: the value it keeps (a reading asked back is
 * answered with the first one offered), or the line it refuses the text with. A fraction's b is typed as its a.
 */
async function typed(ind: Indicator, raw: string): Promise<{ value: unknown } | { error: string }> {
  let asked = 0;
  const asker: Asker = {
    async text(o) {
      if (++asked > 2) throw new Refused("asked again");
      const verdict = o.validate?.(raw) ?? true;
      if (verdict !== true) throw new Refused(verdict);
      return raw;
    },
    async select<T>(o: { choices: (Choice<T> | "separator")[] }) { return o.choices.find((c): c is Choice<T> => c !== "separator")!.value; },
    async checkbox() { return []; },
    async confirm() { return false; },
  };
  try {
    await askIndicator({ asker, lang: "en", rubric, print: () => undefined }, ind, undefined, (a) => { throw new Answered(a.value); });
    throw new Error("no answer kept");
  } catch (e) {
    if (e instanceof Refused) return { error: e.error };
    if (e instanceof Answered) return { value: e.value };
    throw e;
  }
}

/** What validate says of `value: TEXT` written in a file at that indicator: the findings at its value, and the value read. */
function written(ind: Indicator, text: string): { value: unknown; findings: { code: string; severity: string; params: Record<string, string | number> }[] } {
  const file = `rubric: {id: ${rubric.id}, version: "${rubric.version}"}\nagency: {id: t, name: "Thử", type: department}\nperiod: "2025"\nrespondent: {name: "Nguyễn Văn A"}\nanswers:\n  "${ind.code}":\n    value: ${text}\n`;
  const parsed = parseAgencyFile("agency.yaml", file);
  if (!parsed.ok) throw new Error(`not YAML: ${text}`);
  const outcome = validateAgency(parsed.agency, loaded.ok ? loaded.loaded : (undefined as never));
  const at = `answers/${ind.code}/value`;
  const findings = (outcome.ok ? outcome.warnings : outcome.diagnostics).filter((d) => d.path === at || d.path?.startsWith(`${at}/`));
  const value = (parsed.agency.data.answers as Record<string, { value: unknown }>)[ind.code]!.value;
  return { value, findings: findings.map((f) => ({ code: f.code, severity: f.severity, params: f.params })) };
}

const accepted = (w: ReturnType<typeof written>) => !w.findings.some((f) => f.severity === "error");

/** The value validate's finding leads to (its suggestion, the figure to write), as the officer would type it. */
const lead = (w: ReturnType<typeof written>): string | undefined => {
  const p = w.findings.find((f) => f.severity === "error")?.params ?? {};
  const hint = p.suggestion ?? p.number ?? p.hint_unit;
  return hint === undefined ? undefined : String(hint);
};

/** The figure assess leads to: the value it keeps, or the one its refusal says to type ("write 450", "e.g. 85"). */
const assessLead = (r: Awaited<ReturnType<typeof typed>>): unknown => {
  if ("value" in r) return typeof r.value === "object" && r.value !== null ? (r.value as { a?: unknown }).a : r.value;
  const figure = /(?:write|e\.g\.) (\S+)$/.exec(r.error)?.[1];
  const parsed = figure === undefined ? undefined : parseNumber(figure);
  return parsed?.kind === "ok" ? parsed.value : undefined;
};

// 1.1 counts cuộc họp (at most 52), 2.3 triệu đồng (at most 1000000), 2.2 is a percentage, 3.3 Mbps/CBCCVC, 1.5 yes/no.
describe("a typed answer and the same text in a file agree", () => {
  it.each([
    // Full-width digits: validate said "did you mean 12?" and assess refused "１２" as no number.
    ["1.1", "１２", 12],
    ["2.2", "８５", 85],
    // Commas between thousands (two or more: no decimal comma) and both marks: one reading at the terminal, no hint in a file.
    ["3.3", "1,000,000", 1000000],
    ["3.3", "1,000.5", 1000.5],
    ["3.3", "１２，５", 12.5],
    // An amount in đồng where the answer counts in triệu đồng: "write 450" at the terminal, and now in a file.
    ["2.3", "450,000,000", 450],
    ["2.3", "450.000.000", 450],
    ["2.3", "450000000", 450],
    // A decimal comma before the unit or other words: taken typed (or 'e.g. 1,5'), no hint in a file.
    ["2.3", "12,5 triệu đồng", 12.5],
    ["3.3", "1,5 Mbps", 1.5],
    ["2.3", "150 triệu đồng", 150],
    ["1.1", "4 cuộc họp", 4],
  ])("%s: %j leads to %s at the terminal and in a file", async (code, text, value) => {
    const ind = indicator(code);
    expect(assessLead(await typed(ind, text))).toBe(value);
    const file = written(ind, text);
    const hint = accepted(file) ? undefined : lead(file);
    expect(accepted(file) ? file.value : Number(hint)).toBe(value);
    // The hint is itself an answer both take.
    if (hint !== undefined) {
      expect(await typed(ind, hint)).toEqual({ value });
      expect(accepted(written(ind, hint))).toBe(true);
    }
  });

  it.each([
    // A full-width % at a count: no count, as 80% is not (the sign was dropped and 85 kept).
    ["1.1", "８５％", "This question does not ask for a percentage"],
    // A figure with other words that the question itself refuses: its own reason, not "e.g. 85" (then "at most 52").
    ["1.1", "85 người", "52"],
    ["1.1", "1,5 người", "whole number"],
  ])("%s: %j is refused at the terminal: %s", async (code, text, said) => {
    expect(await typed(indicator(code), text)).toEqual({ error: expect.stringContaining(said) });
    expect(await typed(indicator(code), text)).not.toEqual({ error: expect.stringContaining("e.g.") });
  });

  it.each([
    // 10 squared: validate read it through NFKC as 102 and said "did you mean 102?"; assess refuses it.
    ["3.5", "10²"],
    ["3.5", "①"],
    // A space that groups no thousands: validate gives it no reading, and assess took it as 100.
    ["3.5", "1 00"],
    ["3.5", "1.000 000"],
  ])("%s: %j is no answer at the terminal, and no figure is suggested for it in a file", async (code, text) => {
    const ind = indicator(code);
    expect(await typed(ind, text)).toEqual({ error: expect.any(String) });
    const file = written(ind, text);
    expect([accepted(file), lead(file)]).toEqual([false, undefined]);
  });
});
