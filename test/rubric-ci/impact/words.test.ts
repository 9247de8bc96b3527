import { describe, expect, it } from "vitest";
import { leftOutText } from "../../../src/rubric-ci/impact/words.js";
import type { InvalidFile } from "../../../src/rubric-ci/impact/corpus.js";

const failed = (file: string, code: string): InvalidFile => ({ file, diagnostics: [{ code, params: {} }] }) as unknown as InvalidFile;

// A file that is there but refused (permissions: file-unreadable) is one not read, as a path not there is: it was
// counted among the invalid ones only where the corpus tests could make one (a path not there; root reads any file).
describe("leftOutText counts the files not read apart from the invalid ones", () => {
  it.each([
    ["a path not there", "file-not-found"],
    ["a file refused", "file-unreadable"],
  ])("%s", (_, code) => {
    const files = [failed("a.yaml", "invalid-value"), failed("b.yaml", code)];
    expect(leftOutText("impact-corpus-invalid", files, "en")).toBe("2 corpus files could not be used: 1 invalid, 1 not read (see the errors above)");
    expect(leftOutText("impact-corpus-invalid", [files[1]!], "en")).toBe("1 corpus file could not be read (see the errors above)");
  });
});
