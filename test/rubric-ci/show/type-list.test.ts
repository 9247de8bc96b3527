import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { typeList } from "../../../src/rubric-ci/show/type-list.js";
import { runCli } from "../../helpers/run-cli.js";

// dti-cap-so's 5.7, 6.1.5 and 6.2 are for two types whose Vietnamese labels hold commas.
const TWO_TYPES = "Sở, ban, ngành cấp tỉnh; Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh";

describe("typeList", () => {
  it("separates labels by commas, or by semicolons when a label holds a comma", () => {
    expect(typeList(["UBND xã", "UBND phường"])).toBe("UBND xã, UBND phường");
    expect(typeList(["Sở, ban, ngành cấp tỉnh", "Cơ quan ngành dọc"])).toBe("Sở, ban, ngành cấp tỉnh; Cơ quan ngành dọc");
  });

  it("rubric show's legend and md say dti-cap-so's two types as two, not four", async () => {
    const table = stripVTControlCharacters((await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi"])).stdout);
    expect(table).toContain(`ᵃ Áp dụng cho: ${TWO_TYPES}\n`);
    const md = (await runCli(["rubric", "show", "dti-cap-so", "--lang", "vi", "--format", "md"])).stdout;
    expect(md).toContain(`- **Áp dụng cho:** ${TWO_TYPES}\n`);
    expect(md).toContain(`\nÁp dụng cho: ${TWO_TYPES}\n`);
    expect(md).toContain(`Sở, ban, ngành và ban quản lý (${TWO_TYPES})`);
  });
});
