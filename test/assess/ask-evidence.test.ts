import { describe, expect, it } from "vitest";
import { askEvidence } from "../../src/assess/ask-evidence.js";
import { unfitFields } from "../../src/assess/held-evidence.js";
import { EVIDENCE_NUMBER_MAX, EVIDENCE_TITLE_MAX } from "../../src/core/agency-schema.js";
import { allIndicators } from "../../src/core/codes.js";
import type { EvidenceItem } from "../../src/core/agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import type { Asker } from "../../src/prompts/ask.js";
import { Refused, typedText } from "../helpers/scripted-officer.js";

const loaded = loadRubric("rubrics/dti-cap-so.yaml");
if (!loaded.ok) throw new Error("dti-cap-so does not load");
const rubric = loaded.loaded.rubric;
// 1.2 asks one document, its number, date and title, of an answer that earns points.
const indicator = allIndicators(rubric).find((i) => i.code === "1.2")!;

/** What askEvidence keeps of one new document typed field by field, or the line it refuses a field with. */
async function typedDocument(typed: string[]): Promise<EvidenceItem[] | string> {
  const asker: Asker = { text: typedText(typed), async select() { throw new Error("no list"); }, async checkbox() { return []; }, async confirm() { return false; } };
  try {
    return await askEvidence({ asker, lang: "en", rubric, print: () => undefined }, indicator, "thu-truong", [], async () => undefined);
  } catch (e) {
    if (e instanceof Refused) return e.error;
    throw e;
  }
}

// A page pasted at a field was saved whole, then refused by validate and copied into the html report by score.
describe("an evidence text longer than the file's check takes", () => {
  it("is refused as typed, at the number and at the title, with the limit", async () => {
    expect(await typedDocument(["1".repeat(EVIDENCE_NUMBER_MAX + 1)])).toBe(`At most ${EVIDENCE_NUMBER_MAX} characters (${EVIDENCE_NUMBER_MAX + 1} given); shorten it`);
    expect(await typedDocument(["18/QĐ-SKHCN", "20/01/2025", "x".repeat(EVIDENCE_TITLE_MAX + 1)])).toBe(`At most ${EVIDENCE_TITLE_MAX} characters (${EVIDENCE_TITLE_MAX + 1} given); shorten it`);
    expect(await typedDocument(["18/QĐ-SKHCN", "20/01/2025", "x".repeat(EVIDENCE_TITLE_MAX), ""])).toEqual([{ number: "18/QĐ-SKHCN", date: "2025-01-20", title: "x".repeat(EVIDENCE_TITLE_MAX) }]);
  });

  it("held in the file, is asked again", () => {
    expect(unfitFields({ number: "18/QĐ-SKHCN", date: "2025-01-20", title: "x".repeat(EVIDENCE_TITLE_MAX + 1) }, indicator.evidence)).toEqual(["title"]);
    expect(unfitFields({ number: "18/QĐ-SKHCN", date: "2025-01-20", title: "x".repeat(EVIDENCE_TITLE_MAX) }, indicator.evidence)).toEqual([]);
  });
});

// Found by helper officer58 at dti-cap-xa's 4.16 (a channel's link the only field required): the number, date and
// title were asked first, each skippable, and the link typed at the date was refused as "Ngày không hợp lệ".
describe("evidence whose only required field is the link", () => {
  const xa = loadRubric("rubrics/dti-cap-xa.yaml");
  if (!xa.ok) throw new Error("dti-cap-xa does not load");
  const xaRubric = xa.loaded.rubric;
  const channels = allIndicators(xaRubric).find((i) => i.code === "4.16")!;

  async function asked(typed: string[]): Promise<{ prompts: string[]; items: EvidenceItem[] }> {
    const prompts: string[] = [];
    const asker: Asker = { text: typedText(typed, (m) => prompts.push(m)), async select() { throw new Error("no list"); }, async checkbox() { return []; }, async confirm() { return false; } };
    const items = await askEvidence({ asker, lang: "vi", rubric: xaRubric, print: () => undefined }, channels, ["zalo-oa"], [], async () => undefined);
    return { prompts, items };
  }

  it("asks the link first, then the optional number, date and title", async () => {
    const { prompts, items } = await asked(["https://zalo.me/xa-tan-phu", "", "", ""]);
    expect(prompts).toEqual(["Đường dẫn (link)", "Số hiệu văn bản (Enter để bỏ qua)", "Ngày văn bản (31/03/2025 hoặc 2025-03-31) (Enter để bỏ qua)", "Trích yếu / tên tài liệu (Enter để bỏ qua)"]);
    expect(items).toEqual([{ link: "https://zalo.me/xa-tan-phu" }]);
  });

  it("keeps number, date and title first where the number is required (1.2)", async () => {
    const { prompts } = await typedDocumentPrompts(["18/QĐ-SKHCN", "20/01/2025", "Quyết định", ""]);
    expect(prompts[0]).toBe("Document number");
    expect(prompts[3]).toBe("Link (Enter to skip)");
  });
});

async function typedDocumentPrompts(typed: string[]): Promise<{ prompts: string[] }> {
  const prompts: string[] = [];
  const asker: Asker = { text: typedText(typed, (m) => prompts.push(m)), async select() { throw new Error("no list"); }, async checkbox() { return []; }, async confirm() { return false; } };
  await askEvidence({ asker, lang: "en", rubric, print: () => undefined }, indicator, "thu-truong", [], async () => undefined);
  return { prompts };
}

// Found by helper officer59 at dti-cap-so's 3.5 ([title]) and 4.4 ([title, link]): the number and date, each "Enter to
// skip", were asked before the required title, and a title typed at the number was saved as the document's number.
describe("evidence whose required fields do not include the number", () => {
  async function asked(code: string, value: unknown, typed: string[]): Promise<{ prompts: string[]; items: EvidenceItem[] }> {
    const prompts: string[] = [];
    const asker: Asker = { text: typedText(typed, (m) => prompts.push(m)), async select() { throw new Error("no list"); }, async checkbox() { return []; }, async confirm() { return false; } };
    const asking = allIndicators(rubric).find((i) => i.code === code)!;
    const items = await askEvidence({ asker, lang: "en", rubric, print: () => undefined }, asking, value, [], async () => undefined);
    return { prompts, items };
  }

  it("asks the title first where it is the only field required (3.5), then the optional number, date and link", async () => {
    const { prompts, items } = await asked("3.5", 3, ["Báo cáo kết nối LGSP", "", "", ""]);
    expect(prompts).toEqual(["Title or summary", "Document number (Enter to skip)", "Document date (2025-03-31 or 31/03/2025) (Enter to skip)", "Link (Enter to skip)"]);
    expect(items).toEqual([{ title: "Báo cáo kết nối LGSP" }]);
  });

  it("asks the title and link first where both are required (4.4), then the optional number and date", async () => {
    const { prompts, items } = await asked("4.4", 85, ["Thống kê MOOCs", "https://mooc.example.vn/thong-ke", "", ""]);
    expect(prompts).toEqual(["Title or summary", "Link", "Document number (Enter to skip)", "Document date (2025-03-31 or 31/03/2025) (Enter to skip)"]);
    expect(items).toEqual([{ title: "Thống kê MOOCs", link: "https://mooc.example.vn/thong-ke" }]);
  });
});
