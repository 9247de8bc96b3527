import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { makeAsker } from "../../src/prompts/ask.js";

/** A yes/no question answered by typing `keys`, through the real prompt on in-memory streams. */
async function confirmWith(keys: string, fallback: boolean): Promise<{ answer: boolean; shown: string }> {
  const input = new PassThrough();
  let shown = "";
  const output = new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } });
  const asker = makeAsker("vi", { input, output });
  const pending = asker.confirm({ message: "Thêm minh chứng khác?", default: fallback });
  for (const line of keys.split("\n").slice(0, -1)) { await new Promise((r) => setTimeout(r, 20)); input.write(line + "\n"); }
  return { answer: await pending, shown };
}

describe("yes/no prompts", () => {
  it.each([
    ["co\n", false, true], ["có\n", false, true], ["c\n", false, true], ["y\n", false, true],
    ["khong\n", true, false], ["không\n", true, false], ["k\n", true, false], ["n\n", true, false],
    ["\n", true, true], ["\n", false, false],
  ])("%j (default %s) → %s, as the rubric's yes/no questions take it", async (keys, fallback, expected) => {
    expect((await confirmWith(keys, fallback)).answer).toBe(expected);
  });

  it("asks again after an answer that is neither, saying how to answer", async () => {
    // The refused text stays on the line to be edited, as in a terminal: Ctrl-U clears it.
    const { answer, shown } = await confirmWith("maybe\n\u0015khong\n", true);
    expect(answer).toBe(false);
    expect(shown).toContain("Hãy trả lời có (c) hoặc không (k)");
  });
});
