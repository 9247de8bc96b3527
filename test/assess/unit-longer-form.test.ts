import { describe, expect, it } from "vitest";
import { askIndicator } from "../../src/assess/ask-indicator.js";
import { allIndicators } from "../../src/core/codes.js";
import type { Indicator } from "../../src/core/rubric.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import type { Asker } from "../../src/prompts/ask.js";
import { miniRubric, t } from "../helpers/mini-rubric.js";
import { Refused, typedText } from "../helpers/scripted-officer.js";

const rubric = miniRubric();
const households = (title: string): Indicator => ({ code: "1.9", title: t(title), max: 10, input: { type: "count", unit: { vi: "hộ", en: "households" } }, rule: { type: "fixed" } }) as unknown as Indicator;
const loaded = loadRubric("rubrics/dti-cap-xa.yaml");
if (!loaded.ok) throw new Error("dti-cap-xa does not load");
/** dti-cap-xa 1.3: a share of households, its a "Số hộ gia đình có kết nối…", counted in hộ. */
const fibre = allIndicators(loaded.loaded.rubric).find((i) => i.code === "1.3")!;

class Kept { constructor(readonly value: unknown) {} }

/** The value saved once the officer types `typed` at the first question (and a fraction's b after), or the line refusing it. */
async function answer(ind: Indicator, typed: string[]): Promise<{ value: unknown } | { refused: string }> {
  const asker: Asker = { text: typedText(typed), async select() { throw new Error("no list"); }, async checkbox() { return []; }, async confirm() { return false; } };
  try {
    // A fraction's a is saved alone ({a, b: "?"}) before b is asked: the answer is the save after b.
    const half = (v: unknown) => typeof v === "object" && v !== null && (v as { b?: unknown }).b === "?";
    await askIndicator({ asker, lang: "vi", rubric, print: () => undefined }, ind, undefined, (a) => { if (!half(a.value)) throw new Kept(a.value); });
    throw new Error("nothing saved");
  } catch (e) {
    if (e instanceof Refused) return { refused: e.error };
    if (e instanceof Kept) return { value: e.value };
    throw e;
  }
}

// Found by helper officer9: "4 100 hộ gia đình" was refused ("type the number alone") where the unit is hộ, though
// the question itself counts hộ gia đình; a longer form the question does not write stays refused, its unit named.
describe("assess, a count typed with its unit's longer form", () => {
  it("as the question writes it (hộ gia đình, unit hộ) is the figure", async () => {
    expect(await answer(households("Số hộ gia đình dùng dịch vụ công trực tuyến"), ["4 100 hộ gia đình"])).toEqual({ value: 4100 });
    expect(await answer(fibre, ["4 100 hộ gia đình", "5 000 hộ"])).toEqual({ value: { a: 4100, b: 5000 } });
  });

  it.each([
    ["Số hộ gia đình dùng dịch vụ công trực tuyến", "4 100 hộ kinh doanh", "hộ kinh doanh"],
    ["Số hộ dùng dịch vụ công trực tuyến", "4 100 hộ gia đình", "hộ gia đình"],
    ["Số hộ gia đình dùng dịch vụ công trực tuyến", "4 100 người", "người"],
  ])("(%s) refuses %s, another unit, naming the question's unit and what to type", async (title, typed, words) => {
    expect(await answer(households(title), [typed])).toEqual({ refused: `Đơn vị của câu này là "hộ", không phải "${words}": nếu đúng là số hộ, chỉ nhập con số, ví dụ 4 100` });
  });
});
