import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkShare, scoreShare, type ScoredEntry } from "../../src/batch/share.js";
import type { LoadedRubric } from "../../src/load/load-rubric.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "egov-share-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scoreShare", () => {
  it("hands the scored agencies over some at a time, the same entries in the same order as returned whole", () => {
    // More files than two hand-overs (of 20 here; 2,000 in a run), so that the list is sent in three parts.
    generate(44, path.join(dir, "files"));
    const files = readdirSync(path.join(dir, "files")).sort().map((f) => ({ file: path.join(dir, "files", f) }));
    const rubrics = new Map<string, LoadedRubric>();
    const checked = checkShare(files, 0, { onFailure: () => undefined }, path.join(dir, "agencies"), rubrics);
    const contexts = checked.contexts;
    const whole = scoreShare(checked, contexts, rubrics, path.join(dir, "whole"), { groups: false });
    const parts: ScoredEntry[][] = [];
    const handedOver = scoreShare(checked, contexts, rubrics, path.join(dir, "parts"), { groups: false, handOverEvery: 20, onEntries: (entries) => parts.push(entries) });
    // One file in 20 of the corpus is invalid: 41 or 42 agencies.
    expect(whole.entries.length).toBeGreaterThan(40);
    expect(handedOver.entries).toEqual([]);
    expect(parts.map((p) => p.length)).toEqual([20, 20, whole.entries.length - 40]);
    expect(parts.flat()).toEqual(whole.entries);
  });
});
